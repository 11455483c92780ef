"""lsm:evaluatemodel: test metrics, ROC and PR curves of a model bundle or a susceptibility raster."""

import numpy as np
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import fitting, records, sampleset
from ..core import metrics as lsm_metrics
from ..core.bundle import EXTENSION, data_hash
from ..core.errors import LsmError
from ..core.intervals import evaluate_with_intervals
from . import _params
from ._compat import NUMBER_DOUBLE, TYPE_VECTOR
from ._evaluation import interval_columns, log_intervals
from ._samples import (
    NamedSource,
    add_sample_parameters,
    cells_on_grid,
    read_labels,
    read_point_table,
    read_samples,
    source_name,
    split_field_of,
)
from .base import LsmAlgorithm, json_parameters, write_table

#: default decision threshold on the landslide probability
DEFAULT_THRESHOLD = 0.5


class EvaluateModelAlgorithm(LsmAlgorithm):
    """Evaluates a bundle on test samples, or a susceptibility raster at test points."""

    ALGORITHM_NAME = "evaluatemodel"
    DISPLAY_NAME = "Evaluate susceptibility model"
    GROUP_ID = "evaluation"
    REQUIRES = ("sklearn", "skops")
    HELP = (
        "Evaluates a model on test samples: a model bundle applied to the samples' factor fields (named as "
        "the bundle's factors), or a susceptibility raster sampled at the test points. Only the 'test' rows "
        "of the split field are used when there is one.\n\n"
        "Metrics: overall accuracy, precision, sensitivity, specificity, balanced accuracy, G-mean, F1 and "
        "kappa at the threshold and at the G-mean-best threshold (optimistic: chosen on the test set), "
        "ROC-AUC and PR-AUC. Outputs: the metrics table, ROC and PR curve tables, a PNG of both curves and a "
        "run record for the metrics dock.\n\n"
        "Bundles hold pickled Python objects: open only bundles from sources you trust."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    SAMPLE_LAYERS = (("INPUT", "LABEL_FIELD"),)
    SPLIT_FIELD = "SPLIT_FIELD"
    BUNDLE = "BUNDLE"
    RASTER = "RASTER"
    ONE_OF = (("BUNDLE", "RASTER"),)
    EXCLUSIVE = (("BUNDLE", "RASTER"),)
    RASTER_BAND = "RASTER_BAND"
    THRESHOLD = "THRESHOLD"
    MODEL_NAME = "MODEL_NAME"
    RUN_STORE = "RUN_STORE"
    WRITE_RECORD = "WRITE_RECORD"
    OUTPUT_METRICS = "OUTPUT_METRICS"
    OUTPUT_ROC = "OUTPUT_ROC"
    OUTPUT_PR = "OUTPUT_PR"
    OUTPUT_PLOT = "OUTPUT_PLOT"
    OUT_RECORD = "RUN_RECORD"
    OUT_RUN_ID = "RUN_ID"
    OUT_AUC = "ROC_AUC"
    OUT_PR_AUC = "PR_AUC"
    OUT_BA = "BALANCED_ACCURACY"
    OUT_BEST = "BEST_THRESHOLD"

    def initAlgorithm(self, config=None):  # noqa: N802
        _params.add_trust(self)
        add_sample_parameters(self, factors=False)
        p = QgsProcessingParameterFile(
            self.BUNDLE,
            self.tr("Model bundle"),
            extension=EXTENSION.lstrip("."),
            optional=True,
        )
        p.setHelp(
            self.tr("A model bundle; the samples need a field per factor of the bundle. Trusted files only.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(self.RASTER, self.tr("Susceptibility raster"), optional=True)
        p.setHelp(self.tr("Instead of a bundle: a susceptibility raster (e.g. lsm:predictraster's output)."))
        self.addParameter(p)
        p = QgsProcessingParameterBand(
            self.RASTER_BAND, self.tr("Raster band"), 1, self.RASTER, optional=True
        )
        p.setHelp(self.tr("Band of the susceptibility raster holding the scores (default 1)."))
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.THRESHOLD,
                self.tr("Threshold (landslide when score >= threshold)"),
                NUMBER_DOUBLE,
                DEFAULT_THRESHOLD,
            ),
            _params.THRESHOLD,
        )
        p.setHelp(
            self.tr("Scores at or above it count as landslide for the threshold metrics (default 0.5).")
        )
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.MODEL_NAME, self.tr("Run name (for the run record)"), optional=True
        )
        p.setHelp(self.tr("Name of the run in the metrics dock; empty: the model type and the run id."))
        self.addParameter(p)
        _params.add_run_store(self)
        p = QgsProcessingParameterBoolean(self.WRITE_RECORD, self.tr("Write a run record"), defaultValue=True)
        p.setHelp(
            self.tr("Write the metrics and curves as a run record into the run store for the metrics dock.")
        )
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_METRICS, self.tr("Metrics"), TYPE_VECTOR)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_ROC, self.tr("ROC curve"), TYPE_VECTOR, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_PR, self.tr("Precision-recall curve"), TYPE_VECTOR, optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PLOT,
                self.tr("ROC and PR curves (PNG)"),
                self.tr("PNG files (*.png)"),
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputFile(self.OUT_RECORD, self.tr("Run record")))
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, self.tr("Run id")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_AUC, self.tr("ROC-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_PR_AUC, self.tr("PR-AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BA, self.tr("Balanced accuracy at the threshold")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_BEST, self.tr("G-mean-best threshold")))

    def process(self, parameters, context, feedback):
        bundle_path = self.parameterAsFile(parameters, self.BUNDLE, context)
        raster = self.parameterAsRasterLayer(parameters, self.RASTER, context)
        if bool(bundle_path) == (raster is not None):
            raise LsmError(self.tr("Give either a model bundle or a susceptibility raster (one of the two)."))
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        if bundle_path:
            y, scores, layer_name, what, model_type, extra = self._bundle_scores(
                bundle_path, parameters, context, feedback
            )
        else:
            y, scores, layer_name, what, model_type, extra = self._raster_scores(
                raster, parameters, context, feedback
            )
        sampleset.check_classes(y, "test", minimum=1)
        feedback.setProgress(60)
        sets = self._evaluate_sets(y, scores, extra.pop("kinds"), threshold, feedback, (what, layer_name))
        kind, evaluation = next(iter(sets.items()))
        results = {
            self.OUT_AUC: evaluation["metrics"]["roc_auc"],
            self.OUT_PR_AUC: evaluation["metrics"]["pr_auc"],
            self.OUT_BA: evaluation["metrics"]["balanced_accuracy"],
            self.OUT_BEST: evaluation["best_threshold"],
            self.OUT_RECORD: "",
            self.OUT_RUN_ID: "",
        }
        results.update(self._write_tables(parameters, context, sets))
        feedback.setProgress(80)
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)
        if plot_path:
            fitting.plot_curves(evaluation, plot_path, title=f"{what} - {layer_name} [{kind}]")
            results[self.OUTPUT_PLOT] = plot_path
            extra["outputs"]["plot"] = plot_path
        if self.parameterAsBool(parameters, self.WRITE_RECORD, context):
            run_records = self._records(parameters, context, sets, model_type, layer_name, extra)
            for record in run_records[::-1]:  # the reported (first) record last: RUN_RECORD names it
                results[self.OUT_RUN_ID] = self.write_run_record(
                    record, parameters, context, feedback, plot_path or extra["outputs"].get("bundle") or None
                )
            results[self.OUT_RECORD] = self.last_record_path
        feedback.setProgress(100)
        return results

    def _evaluate_sets(self, y, scores, kinds, threshold, feedback, names):
        """{test-set kind: evaluation with intervals, warnings, y and scores}, 'random' first, each
        logged; the warnings (a small test split) and the 'rn' note in words."""
        what, layer_name = names
        warnings = sampleset.split_warnings(int((y == 1).sum()))
        sets = {}
        for kind in sampleset.NEGATIVE_KINDS:
            keep = (y == 1) | (kinds == kind)
            if not (y[keep] == 0).any():
                continue
            evaluation = evaluate_with_intervals(y[keep], scores[keep], threshold, feedback=feedback)
            evaluation.update(warnings=list(warnings), y=y[keep], scores=scores[keep])
            sets[kind] = evaluation
            self._log(feedback, evaluation, f"{what} [{kind}]", layer_name)
            log_intervals(self, feedback, evaluation["intervals"])
        if "rn" in sets:
            feedback.pushInfo(sampleset.RN_NOTE)
        for warning in warnings:
            feedback.pushWarning(warning)
        return sets

    def _records(self, parameters, context, sets, model_type, layer_name, extra):
        """One lsm:evaluatemodel record per test-set kind (linked, the reported kind first)."""
        name = self.parameterAsString(parameters, self.MODEL_NAME, context).strip()
        built = [
            records.evaluation_record(
                model_type,
                layer_name,
                json_parameters(self, parameters, context),
                data_hash(np.asarray(e["scores"], dtype=float), np.asarray(e["y"])),
                e,
                extra["outputs"],
                name=f"{name} [{kind}]" if name and len(sets) > 1 else name,
                ratio=extra.get("ratio"),
                test_set=kind,
                warnings=e["warnings"],
            )
            for kind, e in sets.items()
        ]
        return records.link_test_sets(built)

    def _log(self, feedback, evaluation, what, layer_name):
        feedback.pushInfo(
            self.tr("{} on {} test landslides and {} negatives of '{}':").format(
                what, evaluation["n_positive"], evaluation["n_negative"], layer_name
            )
        )
        for key, label, at_threshold, at_best in lsm_metrics.metrics_rows(evaluation):
            feedback.pushInfo(
                "  {:<12} {:>10.4f} {:>10.4f}".format(label, float(at_threshold), float(at_best))
                if key not in ("tp", "fp", "tn", "fn")
                else "  {:<12} {:>10d} {:>10d}".format(label, int(at_threshold), int(at_best))
            )
        feedback.pushInfo(
            self.tr("(columns: threshold {:.3f}, G-mean-best threshold {:.3f})").format(
                evaluation["threshold"], evaluation["best_threshold"]
            )
        )

    def _write_tables(self, parameters, context, sets):
        """The metrics, ROC and PR table sinks that were asked for (rows of every test-set kind, with
        the 95 % interval of each metric): {parameter: destination id}."""
        metric_rows, roc_rows, pr_rows = [], [], []
        for kind, evaluation in sets.items():
            for key, label, a, b in lsm_metrics.metrics_rows(evaluation):
                low, high = interval_columns(evaluation["intervals"], key)
                metric_rows.append((key, label, float(a), float(b), kind, low, high))
            roc, pr = lsm_metrics.curve_tables(evaluation["y"], evaluation["scores"])
            roc_rows += [row + (kind,) for row in roc]
            pr_rows += [row + (kind,) for row in pr]
        tables = (
            (
                self.OUTPUT_METRICS,
                [
                    ("metric", "str"),
                    ("label", "str"),
                    ("at_threshold", "double"),
                    ("at_best", "double"),
                    ("test_set", "str"),
                    ("low", "double"),
                    ("high", "double"),
                ],
                metric_rows,
            ),
            (
                self.OUTPUT_ROC,
                [("fpr", "double"), ("tpr", "double"), ("threshold", "double"), ("test_set", "str")],
                roc_rows,
            ),
            (
                self.OUTPUT_PR,
                [("recall", "double"), ("precision", "double"), ("threshold", "double"), ("test_set", "str")],
                pr_rows,
            ),
        )
        written = {}
        for name, columns, rows in tables:
            dest = write_table(self, parameters, name, context, columns, rows)
            if dest is not None:
                written[name] = dest
        return written

    def _test_rows(self, samples, feedback):
        if samples.split is not None and (samples.split == "test").any():
            rows = np.flatnonzero(samples.split == "test")
            feedback.pushInfo(self.tr("Using the {} 'test' rows of the split field.").format(rows.size))
            return rows
        return np.arange(samples.y.size)

    def _bundle_scores(self, path, parameters, context, feedback):
        from ..core.bundle import load_bundle

        bundle = load_bundle(path, trust=_params.trust(self, parameters, context), feedback=feedback)
        if bundle.kind != "sklearn":
            raise LsmError(
                self.tr(
                    "Model bundle '{}' is a '{}' model, which needs its factor rasters: map it (lsm:lsnetpredict) "
                    "and evaluate the map with the raster input."
                ).format(path, bundle.kind)
            )
        for warning in bundle.version_warnings():
            feedback.pushWarning(warning)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise LsmError(self.tr("The samples layer could not be opened."))
        names = source.fields().names()
        missing = [f for f in bundle.factors if f not in names]
        if missing:
            raise LsmError(
                self.tr(
                    "The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). "
                    "Evaluate with samples that carry the bundle's factors ({})."
                ).format(", ".join(missing), ", ".join(names), ", ".join(bundle.factors))
            )
        categorical = list(bundle.manifest.get("categorical", {}))
        samples, layer_name, _crs = read_samples(
            self, parameters, context, feedback, bundle.factors, categorical
        )
        rows = self._test_rows(samples, feedback)
        scores = bundle.predict_proba(samples.X[rows])
        extra = {
            "outputs": {"bundle": path},
            "ratio": bundle.manifest.get("ratio"),
            "kinds": sampleset.negative_kinds(samples)[rows],
        }
        what = self.tr("Model {}").format(bundle.model_type)
        return samples.y[rows], scores, layer_name, what, bundle.model_type, extra

    def _raster_scores(self, raster, parameters, context, feedback):
        from ..core.grid import Factor, FactorReader, grid_of

        band = self.parameterAsInt(parameters, self.RASTER_BAND, context) or 1
        path = raster.source().split("|")[0]
        if band > raster.bandCount():
            raise LsmError(
                self.tr("Band {} does not exist in '{}' ({} band(s)).").format(
                    band, raster.name(), raster.bandCount()
                )
            )
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise LsmError(self.tr("The samples layer could not be opened."))
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label"
        samples, layer_name, _crs = self._points_only(parameters, context, feedback, label_field)
        rows = self._test_rows(samples, feedback)
        grid = grid_of(path)
        r, c = cells_on_grid(samples.xy[rows], source.sourceCrs(), grid, context)
        inside = grid.inside(r, c)
        values = np.full(rows.size, np.nan)
        if inside.any():
            reader = FactorReader([Factor(raster.name(), path, band)], grid)
            values[inside] = reader.read_cells(r[inside], c[inside])[:, 0]
        ok = np.isfinite(values)
        outside = int((~inside).sum())
        nodata = int((inside & ~ok).sum())
        if outside or nodata:
            feedback.pushWarning(
                self.tr("{} test point(s) fall outside raster '{}' and {} on nodata: left out.").format(
                    outside, raster.name(), nodata
                )
            )
        if not ok.any():
            raise LsmError(
                self.tr(
                    "No test point of '{}' falls on a value of raster '{}': check that they cover the same area."
                ).format(layer_name, raster.name())
            )
        extra = {"outputs": {"raster": path}, "kinds": sampleset.negative_kinds(samples)[rows][ok]}
        what = self.tr("Raster {}").format(raster.name())
        return samples.y[rows][ok], values[ok], layer_name, what, "", extra

    def _points_only(self, parameters, context, feedback, label_field):
        """Samples with labels, split and xy but no factor (a zero column as a stand-in matrix)."""
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = source_name(self, parameters, self.INPUT, context)
        split_field = split_field_of(self, parameters, context, source, name)
        names = source.fields().names()
        kind_field = sampleset.NEGATIVE_KIND_FIELD if sampleset.NEGATIVE_KIND_FIELD in names else ""
        extra = [label_field] + [f for f in (split_field, kind_field) if f]
        _X, columns, xy = read_point_table(NamedSource(source, name), [], extra, feedback)
        labels, _n_null = read_labels(columns[label_field], name, label_field, feedback)
        split = sampleset.parse_split(columns[split_field]) if split_field else None
        if kind_field:
            kinds = sampleset.parse_negative_kinds(columns[kind_field], name)
        else:
            kinds = np.full(labels.size, sampleset.default_kind(names), dtype=object)
        keep = labels >= 0
        samples = sampleset.Samples(
            X=np.zeros((int(keep.sum()), 0)),
            y=labels[keep],
            factors=[],
            split=None if split is None else split[keep],
            xy=xy[keep],
            kind=kinds[keep],
        )
        return samples, name, ""
