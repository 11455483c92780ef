"""lsm:comparenegatives: which negatives? random, buffer, spy and Bagging-PU negatives times models
times repeats, on one common random test set and the map (core.compare_negatives)."""

import csv
import tempfile
import uuid

import numpy as np
from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
)

from ..core import catalogue, records, sampleset
from ..core import compare_negatives as cn
from ..core.errors import LsmError
from ..core.grid import FactorReader, atomic_path, check_grids
from ..core.labels import parse_labels
from . import _params
from ._compat import NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_RASTER, TYPE_VECTOR_POINT
from ._samples import NamedSource, cells_on_grid, read_point_table, source_name
from .base import LsmAlgorithm, json_parameters

STRATEGY_LABELS = ("Random", "Buffer (beyond a distance)", "Spy technique", "Bagging-PU")


class CompareNegativesAlgorithm(LsmAlgorithm):
    """Negative-sampling strategies x models x repeats on one common random test set and the map."""

    ALGORITHM_NAME = "comparenegatives"
    DISPLAY_NAME = "Compare negative sampling strategies"
    GROUP_ID = "evaluation"
    REQUIRES = ("sklearn", "imblearn")
    HELP = (
        "Which negatives make the better map? Trains every chosen model on random, buffer (beyond a distance "
        "from every training landslide), spy and Bagging-PU negatives, N times each, and scores every run on "
        "ONE common test set: the test landslides against the sample layer's random unlabeled test cells "
        "(test set 'random'), and by the prediction-rate AUC over the whole map ('area'). Each strategy's "
        "own test negatives ('rn') are scored too, for reference: they are easy by construction.\n\n"
        "Input: a sample layer of lsm:buildsamples (label, split) and the factor rasters. Outputs: a CSV "
        "(strategy, model, test_set, metric, mean, sd, n), a box-plot PNG and run records."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    FACTORS = "FACTORS"
    STRATEGIES = "STRATEGIES"
    MODELS = "MODELS"
    REPEATS = "REPEATS"
    RATIO = "RATIO"
    BUFFER = "BUFFER_DISTANCE"
    MAP_AUC = "MAP_AUC"
    WRITE_RECORD = "WRITE_RECORD"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_PLOT = "OUTPUT_PLOT"
    OUT_GROUP = "GROUP"

    MODEL_KEYS = tuple(catalogue.MODEL_TYPES)

    def initAlgorithm(self, config=None):  # noqa: N802
        add = _params.add
        add(
            self,
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Sample layer"), [TYPE_VECTOR_POINT]),
            self.tr(
                "Points with label (1 landslide, 0 random unlabeled) and split fields (lsm:buildsamples)."
            ),
        )
        add(
            self,
            QgsProcessingParameterField(
                self.LABEL_FIELD, self.tr("Label field"), "label", self.INPUT, optional=True
            ),
            self.tr("1 for landslides, 0 for random unlabeled cells."),
        )
        add(
            self,
            QgsProcessingParameterField(
                self.SPLIT_FIELD, self.tr("Split field"), "split", self.INPUT, optional=True
            ),
            self.tr(
                "'train' / 'test': negatives come from the training split, the common test from the test one."
            ),
        )
        add(
            self,
            QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Factor rasters"), TYPE_RASTER),
            self.tr("The factors (one grid); the values are read from them at the samples' cells."),
        )
        add(
            self,
            QgsProcessingParameterEnum(
                self.STRATEGIES,
                self.tr("Negative sampling strategies"),
                [self.tr(s) for s in STRATEGY_LABELS],
                allowMultiple=True,
                defaultValue=[0, 1, 2, 3],
            ),
            self.tr("Random, buffer, spy (Fu et al. 2024) and Bagging-PU negatives (core.pu)."),
        )
        add(
            self,
            QgsProcessingParameterEnum(
                self.MODELS,
                self.tr("Models"),
                [self.tr(catalogue.MODEL_TYPES[k]) for k in self.MODEL_KEYS],
                allowMultiple=True,
                defaultValue=[0],
            ),
            self.tr("Model types of lsm:trainmodel, fitted with their default parameters."),
        )
        self._add_numbers()
        add(
            self,
            QgsProcessingParameterBoolean(self.MAP_AUC, self.tr("Prediction-rate AUC over the map"), True),
            self.tr(
                "Predict every cell for every run (block by block) and rank the test landslides: slow on big maps."
            ),
        )
        _params.add_seed(self)
        _params.add_n_jobs(self)
        _params.add_device(self, advanced=True)
        _params.add_run_store(self, advanced=True)
        add(
            self,
            QgsProcessingParameterBoolean(self.WRITE_RECORD, self.tr("Write run records"), True),
            self.tr(
                "One record per run (its common random test, with the rn and map scores in its summary)."
            ),
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_TABLE, self.tr("Comparison table (CSV)"), self.tr("CSV files (*.csv)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PLOT, self.tr("Box plots (PNG)"), self.tr("PNG files (*.png)"), optional=True
            )
        )
        self.addOutput(
            QgsProcessingOutputString(self.OUT_GROUP, self.tr("Experiment group of the run records"))
        )

    def _add_numbers(self):
        add = _params.add
        add(
            self,
            QgsProcessingParameterNumber(self.REPEATS, self.tr("Repeats"), NUMBER_INTEGER, 3, minValue=1),
            self.tr("Draws (and fits) per strategy and model; the table gives their mean and sd."),
        )
        add(
            self,
            _params.set_decimals(
                QgsProcessingParameterNumber(
                    self.RATIO, self.tr("Negatives per landslide"), NUMBER_DOUBLE, 1.0, minValue=0.01
                ),
                _params.RATIO,
            ),
            self.tr("Training negatives per training landslide for every strategy."),
        )
        add(
            self,
            _params.set_decimals(
                QgsProcessingParameterNumber(
                    self.BUFFER, self.tr("Buffer distance (map units)"), NUMBER_DOUBLE, 500.0, minValue=0.0
                ),
                _params.DISTANCE,
            ),
            self.tr("Buffer negatives lie farther than this from every landslide of their split."),
        )

    # -- the run --------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        factors = self.raster_factors(self.parameterAsLayerList(parameters, self.FACTORS, context))
        grid = check_grids(factors)
        samples, name = self._samples(parameters, context, feedback, factors, grid)
        settings = cn.CompareSettings(
            strategies=tuple(
                cn.STRATEGIES[i] for i in self.parameterAsEnums(parameters, self.STRATEGIES, context)
            ),
            model_types=tuple(
                self.MODEL_KEYS[i] for i in self.parameterAsEnums(parameters, self.MODELS, context)
            ),
            repeats=self.parameterAsInt(parameters, self.REPEATS, context),
            ratio=self.parameterAsDouble(parameters, self.RATIO, context),
            buffer_distance=self.parameterAsDouble(parameters, self.BUFFER, context),
            seed=_params.seed(self, parameters, context),
            map_auc=self.parameterAsBool(parameters, self.MAP_AUC, context),
            n_jobs=_params.n_jobs(self, parameters, context),
            device=_params.device(self, parameters, context),
        )
        with tempfile.TemporaryDirectory(prefix="lsm_comparenegatives_") as workdir:
            result = cn.compare(factors, samples, settings, workdir, feedback)
        table = cn.summary_table(result.runs)
        self._log(feedback, table, result)
        results = self._write_outputs(parameters, context, result, table, settings.map_auc)
        group = f"comparenegatives-{uuid.uuid4().hex[:8]}"
        results[self.OUT_GROUP] = group
        if self.parameterAsBool(parameters, self.WRITE_RECORD, context):
            self._records(parameters, context, feedback, result, (name, group, settings.ratio), results)
        return results

    def _samples(self, parameters, context, feedback, factors, grid):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise LsmError(self.tr("The sample layer could not be opened."))
        name = source_name(self, parameters, self.INPUT, context)
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label"
        split_field = self.parameterAsString(parameters, self.SPLIT_FIELD, context) or "split"
        _X, columns, xy = read_point_table(
            NamedSource(source, name), [], [label_field, split_field], feedback
        )
        labels = parse_labels(columns[label_field], name, label_field)
        splits = sampleset.parse_split(columns[split_field])
        rows, cols = cells_on_grid(xy, source.sourceCrs(), grid, context)
        keep = (labels >= 0) & (splits != "") & grid.inside(rows, cols)
        X = FactorReader(factors, grid).read_cells(rows[keep], cols[keep]).astype(np.float64)
        ok = np.isfinite(X).all(axis=1)
        dropped = int((~keep).sum() + (~ok).sum())
        if dropped:
            feedback.pushWarning(
                self.tr("{} row(s) of '{}' without label, split, or factor values were left out.").format(
                    dropped, name
                )
            )
        samples = cn.CompareSamples(
            X[ok], labels[keep][ok], splits[keep][ok].astype(str), rows[keep][ok], cols[keep][ok]
        )
        return samples, name

    def _log(self, feedback, table, result):
        n_pos, n_neg = result.n_common_test
        feedback.pushInfo(
            self.tr("Common random test set: {} test landslides, {} random unlabeled test cells.").format(
                n_pos, n_neg
            )
        )
        for strategy, model, test_set, metric, mean, sd, n in table:
            if metric in ("roc_auc", "pr_auc", cn.MAP_METRIC):
                feedback.pushInfo(
                    "{:<8} {:<12} {:<7} {:<20} {:.4f} ± {:.4f} (n = {})".format(
                        strategy, model, test_set, metric, mean, sd if np.isfinite(sd) else 0.0, n
                    )
                )
        feedback.pushInfo(
            self.tr(
                "Quote the 'random' and 'area' rows: 'rn' rows score each strategy on its own negatives, "
                "which are easy by construction (optimistic)."
            )
        )

    def _write_outputs(self, parameters, context, result, table, with_map):
        table_path = self.parameterAsFileOutput(parameters, self.OUTPUT_TABLE, context)
        with atomic_path(table_path) as tmp:
            with open(tmp, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["strategy", "model", "test_set", "metric", "mean", "sd", "n"])
                for row in table:
                    writer.writerow(["" if isinstance(v, float) and not np.isfinite(v) else v for v in row])
        results = {self.OUTPUT_TABLE: table_path, self.OUTPUT_PLOT: None}
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)
        if plot_path:
            from ..core.charts import save_png

            with atomic_path(plot_path) as tmp:
                save_png(cn.boxes_figure(result.runs, with_map), tmp)
            results[self.OUTPUT_PLOT] = plot_path
        return results

    def _records(self, parameters, context, feedback, result, about, results):
        dataset, group, ratio = about
        others = {(r.strategy, r.model, r.repeat, r.test_set): r.metrics for r in result.runs}
        params = json_parameters(self, parameters, context)
        for run in (r for r in result.runs if r.test_set == "random"):
            record = records.run_record(
                "lsm:comparenegatives",
                evaluation=run.evaluation,
                test_set="random",
                name=f"{run.strategy} negatives / {run.model} #{run.repeat + 1}",
                model_type=run.model,
                ratio=ratio,
                repeat=run.repeat,
                dataset=dataset,
                group=group,
                parameters=params,
                outputs={"table": results[self.OUTPUT_TABLE]},
                summary={
                    "strategy": run.strategy,
                    "rn_metrics": others.get((run.strategy, run.model, run.repeat, "rn")),
                    "area_metrics": others.get((run.strategy, run.model, run.repeat, "area")),
                },
            )
            self.write_run_record(record, parameters, context, feedback, results[self.OUTPUT_TABLE])
