"""lsm:spysampling: reliable negatives by positive-unlabeled learning (spy technique or Bagging-PU)."""

import os
from contextlib import ExitStack

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..core import pu
from ..core import samples as core_samples
from ..core.errors import LsmError
from .base import LsmAlgorithm, push_notes, read_point_table, write_table
from .buildsamples import read_inventory


def _same_crs(a, b):
    """True when two QgsCoordinateReferenceSystem are the same (by authority id where both have one)."""
    if a.authid() and b.authid():
        return a.authid() == b.authid()
    return a == b


class _NamedSource:
    """A QgsProcessingFeatureSource that also answers name() (read_point_table names the layer)."""

    def __init__(self, source, name):
        self._source = source
        self._name = name

    def name(self):
        return self._name

    def __getattr__(self, attribute):
        return getattr(self._source, attribute)


class SpySampling(LsmAlgorithm):
    ALGORITHM_NAME = "spysampling"
    DISPLAY_NAME = "Reliable negatives (spy technique / Bagging-PU)"
    GROUP_ID = "negatives"
    REQUIRES = ("sklearn",)
    HELP = (
        "Finds reliable non-landslide cells (negatives) by positive-unlabeled learning, following Fu et al. "
        "2024 (IEEE JSTARS 17, 'An integrated framework of positive-unlabeled and imbalanced learning for "
        "landslide susceptibility mapping').\n\n"
        "Input: the sample layer of lsm:buildsamples (points with 'label' 1 landslide / 0 unlabeled, 'split' "
        "train/test, one field per factor) and the factor rasters, named as the factor fields; or, instead of "
        "a sample layer, the landslide inventory itself: the samples are then built as lsm:buildsamples does "
        "(points, or the cell of each polygon's centroid; landslides split train/test by the train fraction; "
        "the given number of unlabeled cells per landslide drawn without repetition from disjoint train and "
        "test pools, never on a landslide cell).\n\n"
        "Spy technique (two steps): a share of the training landslides (spy fraction, 0.15 in Fu et al. 2024) is "
        "hidden among the unlabeled; a random forest learns landslides-minus-spies against unlabeled+spies; the "
        "threshold is the lowest spy score once the lowest share of spies (noise share, default 0.05) is "
        "discarded; unlabeled cells scoring below it are relatively reliable negatives (RRN). Step 2 trains "
        "landslides against RRN: the prior model.\n"
        "Bagging-PU (Mordelet & Vert 2014): each tree sees all landslides and a bootstrap of the unlabeled of the "
        "same size; the ensemble is the prior model and unlabeled cells are scored out-of-bag.\n\n"
        "The prior model is applied block by block over the factor rasters (the prior susceptibility map), "
        "classed by exact Jenks natural breaks (5 classes). Spy technique: the negatives are drawn at random from "
        "the chosen low classes (default 1,2: very low and low), never on a landslide cell. Bagging-PU: the "
        "negatives are the lowest-scored unlabeled cells (out-of-bag scores for the sample's unlabeled cells, the "
        "map's score elsewhere; ties at random); the negative classes do not apply and the summary's threshold "
        "is the highest score taken. Train and test are kept "
        "apart (Fu et al. 2024, III.G): one prior model per split, training negatives from the training prior, "
        "test negatives from the test prior, never the same cell.\n\n"
        "The step classifier is a random forest whose trees each see a balanced bootstrap (Chen et al. 2004); "
        "unlabeled cells are scored out-of-bag. Each prior model is saved as a model bundle (lsm:predictraster "
        "can apply it). Bundles hold pickled Python objects: load only bundles you trust.\n\n"
        "Outputs: the negatives (label 0, split, factor values, 'prior' score; optionally with the landslides "
        "copied, label 1), the prior map(s), the bundles, a summary table (spies, threshold, RRN, negatives, "
        "share of unlabeled rejected, cells available in the low classes) and a run record for the metrics "
        "dock. When there is a test split, the record holds the metrics of the training prior on the test "
        "landslides against the test negatives."
    )

    INPUT = "INPUT"
    INVENTORY = "INVENTORY"
    UNLABELED_RATIO = "UNLABELED_RATIO"
    TRAIN_FRACTION = "TRAIN_FRACTION"
    FACTORS = "FACTORS"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    METHOD = "METHOD"
    SPY_FRACTION = "SPY_FRACTION"
    NOISE_SHARE = "NOISE_SHARE"
    N_TREES = "N_TREES"
    MAX_DEPTH = "MAX_DEPTH"
    N_CLASSES = "N_CLASSES"
    NEGATIVE_CLASSES = "NEGATIVE_CLASSES"
    RATIO = "RATIO"
    SEED = "SEED"
    N_JOBS = "N_JOBS"
    INCLUDE_LANDSLIDES = "INCLUDE_LANDSLIDES"
    RUN_STORE = "RUN_STORE"
    OUTPUT = "OUTPUT"
    PRIOR_TRAIN = "PRIOR_TRAIN"
    PRIOR_TEST = "PRIOR_TEST"
    BUNDLE_TRAIN = "BUNDLE_TRAIN"
    BUNDLE_TEST = "BUNDLE_TEST"
    SUMMARY = "SUMMARY"
    RUN_RECORD = "RUN_RECORD"
    RUN_ID = "RUN_ID"
    THRESHOLD_TRAIN = "THRESHOLD_TRAIN"
    NEGATIVES_TRAIN = "NEGATIVES_TRAIN"
    NEGATIVES_TEST = "NEGATIVES_TEST"

    METHOD_KEYS = ("spy", "bagging")

    def initAlgorithm(self, config=None):  # noqa: N802
        tr = self.tr
        params = []
        p = QgsProcessingParameterFeatureSource(
            self.INPUT,
            tr("Sample layer (landslides and unlabeled cells)"),
            [QgsProcessing.TypeVectorPoint],
            optional=True,
        )
        p.setHelp(
            tr(
                "Points of lsm:buildsamples: label 1/0, split train/test, one field per factor. Leave empty "
                "to give the landslide inventory instead."
            )
        )
        params.append(p)
        p = QgsProcessingParameterFeatureSource(
            self.INVENTORY,
            tr("Landslide inventory (instead of a sample layer)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
        p.setHelp(
            tr(
                "Landslide points or polygons (centroid cell): the samples are built from it and the factor "
                "rasters as lsm:buildsamples does. Use lsm:buildsamples first for the other polygon modes, a "
                "study area, an exclusion buffer or a spatial split."
            )
        )
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.UNLABELED_RATIO,
            tr("Unlabeled cells per landslide (inventory input)"),
            QgsProcessingParameterNumber.Double,
            10.0,
            minValue=1.0,
        )
        p.setHelp(
            tr(
                "With the inventory input: unlabeled cells drawn per landslide for the step classifier "
                "(default 10)."
            )
        )
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.TRAIN_FRACTION,
            tr("Train fraction (inventory input)"),
            QgsProcessingParameterNumber.Double,
            core_samples.DEFAULT_TRAIN_FRACTION,
            minValue=0.05,
            maxValue=0.95,
        )
        p.setHelp(tr("With the inventory input: share of the landslides for training (default 0.7)."))
        params.append(p)
        p = QgsProcessingParameterMultipleLayers(
            self.FACTORS, tr("Factor rasters (for the prior maps)"), QgsProcessing.TypeRaster
        )
        p.setHelp(
            tr(
                "Single bands are named after the layer, stack bands after their descriptions; the factor "
                "fields must be among these names."
            )
        )
        params.append(p)
        p = QgsProcessingParameterField(
            self.FACTOR_FIELDS,
            tr("Factor fields (empty: every factor raster)"),
            parentLayerParameterName=self.INPUT,
            type=QgsProcessingParameterField.Numeric,
            allowMultiple=True,
            optional=True,
        )
        p.setHelp(
            tr("Numeric fields holding the factor values; each must have a factor raster of the same name.")
        )
        params.append(p)
        # optional with a default: QGIS 3.22 rejects a missing non-optional field parameter despite its default
        p = QgsProcessingParameterField(
            self.LABEL_FIELD, tr("Label field (1 landslide, 0 unlabeled)"), "label", self.INPUT, optional=True
        )
        p.setHelp(tr("Field with 1 for landslides and 0 for unlabeled cells."))
        params.append(p)
        p = QgsProcessingParameterField(
            self.SPLIT_FIELD, tr("Split field (train/test)"), "split", self.INPUT, optional=True
        )
        p.setHelp(
            tr(
                "Field with 'train' or 'test'; when the layer has no such field every point is training "
                "data and no test negatives are drawn."
            )
        )
        params.append(p)
        p = QgsProcessingParameterEnum(
            self.METHOD,
            tr("PU method"),
            [tr("Spy technique, two steps (Fu et al. 2024)"), tr("Bagging-PU (Mordelet & Vert 2014)")],
            defaultValue=0,
        )
        p.setHelp(tr("How the prior model is found."))
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.SPY_FRACTION,
            tr("Spy fraction"),
            QgsProcessingParameterNumber.Double,
            pu.SPY_FRACTION,
            minValue=0.01,
            maxValue=0.9,
        )
        p.setHelp(tr("Share of the landslides hidden among the unlabeled as spies (0.15: Fu et al. 2024)."))
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.NOISE_SHARE,
            tr("Spy noise share (spies allowed below the threshold)"),
            QgsProcessingParameterNumber.Double,
            pu.SPY_NOISE,
            minValue=0.0,
            maxValue=0.5,
        )
        p.setHelp(
            tr(
                "The threshold is the lowest spy score once this share of the lowest-scored spies is "
                "discarded as noise (0.05, after Liu et al. 2002)."
            )
        )
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.N_TREES,
            tr("Trees of the step classifier"),
            QgsProcessingParameterNumber.Integer,
            pu.N_TREES,
            minValue=1,
            maxValue=5000,
        )
        p.setHelp(tr("Random forest size (each tree sees a balanced bootstrap)."))
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.MAX_DEPTH,
            tr("Maximum tree depth (0: unlimited)"),
            QgsProcessingParameterNumber.Integer,
            0,
            minValue=0,
            maxValue=200,
        )
        p.setHelp(tr("Depth limit of the trees; 0 grows them fully as in Breiman's random forest."))
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.N_CLASSES,
            tr("Jenks classes of the prior map"),
            QgsProcessingParameterNumber.Integer,
            pu.JENKS_CLASSES,
            minValue=2,
            maxValue=10,
        )
        p.setHelp(
            tr(
                "Classes of the exact Jenks classification of the prior map (5: very low ... very high, "
                "Fu et al. 2024)."
            )
        )
        params.append(p)
        p = QgsProcessingParameterString(
            self.NEGATIVE_CLASSES,
            tr("Prior classes giving negatives (comma separated)"),
            ",".join(str(c) for c in pu.NEGATIVE_CLASSES),
        )
        p.setHelp(
            tr("Class numbers from 1 (lowest prior) up; default 1,2 (very low and low, Fu et al. 2024).")
        )
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.RATIO,
            tr("Negatives per landslide"),
            QgsProcessingParameterNumber.Double,
            pu.NEGATIVE_RATIO,
            minValue=0.01,
            maxValue=100000,
        )
        p.setHelp(tr("Negatives drawn per landslide of each split (Fu et al. 2024 go up to 200)."))
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.SEED, tr("Random seed"), QgsProcessingParameterNumber.Integer, 42, minValue=0
        )
        p.setHelp(tr("Same seed and inputs give the same spies, models and negatives."))
        params.append(p)
        p = QgsProcessingParameterNumber(
            self.N_JOBS,
            tr("Parallel threads (0: all cores)"),
            QgsProcessingParameterNumber.Integer,
            0,
            minValue=0,
            maxValue=256,
        )
        p.setHelp(tr("Threads used to fit and apply the forests."))
        params.append(p)
        p = QgsProcessingParameterBoolean(
            self.INCLUDE_LANDSLIDES, tr("Copy the landslides into the output (label 1)"), True
        )
        p.setHelp(
            tr("Also write the landslides of the sample layer, so the output feeds lsm:trainmodel directly.")
        )
        params.append(p)
        p = QgsProcessingParameterFile(
            self.RUN_STORE,
            tr("Run store folder (run records)"),
            behavior=QgsProcessingParameterFile.Folder,
            optional=True,
        )
        p.setHelp(
            tr(
                "Folder of the run records the metrics dock reads; empty: 'lsm_runs' beside the project or "
                "the output."
            )
        )
        params.append(p)
        for p in params:
            if p.name() in (
                self.MAX_DEPTH,
                self.N_JOBS,
                self.NOISE_SHARE,
                self.RUN_STORE,
                self.N_CLASSES,
                self.UNLABELED_RATIO,
                self.TRAIN_FRACTION,
            ):
                p.setFlags(p.flags() | p.FlagAdvanced)
            self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, tr("Reliable negatives"), QgsProcessing.TypeVectorPoint
            )
        )
        # the secondary outputs are optional (created by default in the dialog) so that qgis_process and
        # models need not name them: qgis_process 3.22 asks for every mandatory output
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.PRIOR_TRAIN, tr("Prior map (train)"), optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.PRIOR_TEST, tr("Prior map (test)"), optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.BUNDLE_TRAIN,
                tr("Prior model bundle (train)"),
                tr("Model bundle (*.lsmodel)"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.BUNDLE_TEST,
                tr("Prior model bundle (test)"),
                tr("Model bundle (*.lsmodel)"),
                optional=True,
                createByDefault=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.SUMMARY, tr("PU summary"), QgsProcessing.TypeVector, optional=True, createByDefault=True
            )
        )
        self.addOutput(QgsProcessingOutputString(self.RUN_RECORD, tr("Run record file")))
        self.addOutput(QgsProcessingOutputString(self.RUN_ID, tr("Run id")))
        self.addOutput(QgsProcessingOutputNumber(self.THRESHOLD_TRAIN, tr("Spy threshold (train)")))
        self.addOutput(QgsProcessingOutputNumber(self.NEGATIVES_TRAIN, tr("Training negatives")))
        self.addOutput(QgsProcessingOutputNumber(self.NEGATIVES_TEST, tr("Test negatives")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        try:
            self._negative_classes(parameters, context)
        except LsmError as exc:
            return False, str(exc)
        return super().checkParameterValues(parameters, context)

    def _negative_classes(self, parameters, context):
        text = self.parameterAsString(parameters, self.NEGATIVE_CLASSES, context) or ""
        n_classes = self.parameterAsInt(parameters, self.N_CLASSES, context)
        try:
            classes = tuple(sorted({int(v) for v in text.replace(";", ",").split(",") if v.strip()}))
        except ValueError as exc:
            raise LsmError(
                self.tr(
                    "Prior classes giving negatives: '{}' is not a comma-separated list of class numbers "
                    "(e.g. 1,2)."
                ).format(text)
            ) from exc
        if not classes or classes[0] < 1 or classes[-1] > n_classes or len(classes) >= n_classes:
            raise LsmError(
                self.tr(
                    "Prior classes giving negatives must be numbers from 1 to {} (the Jenks classes), leaving "
                    "out at least the highest; got '{}'."
                ).format(n_classes, text)
            )
        return classes

    # -- run ------------------------------------------------------------------------------------

    def run(self, parameters, context, feedback):
        import numpy as np

        from ..core.bundle import data_hash
        from ..core.grid import check_grids
        from ..core.runrecord import new_record, write_record

        source = self.parameterAsSource(parameters, self.INPUT, context)
        inventory = self.parameterAsSource(parameters, self.INVENTORY, context)
        if source is None and inventory is None:
            raise LsmError(
                self.tr(
                    "Give a sample layer (from lsm:buildsamples) or a landslide inventory: the sample layer "
                    "could not be read and no inventory was given."
                )
            )
        if source is not None and inventory is not None:
            raise LsmError(
                self.tr(
                    "Give either a sample layer or a landslide inventory, not both: with a sample layer the "
                    "inventory is not used."
                )
            )
        layer_name = (source or inventory).sourceName() or ("samples" if source is not None else "inventory")
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        factors = self.raster_factors(layers)
        grid = check_grids(factors)
        by_name = {f.name: f for f in factors}
        fields = self.parameterAsFields(parameters, self.FACTOR_FIELDS, context) or [f.name for f in factors]
        missing = [f for f in fields if f not in by_name]
        if missing:
            raise LsmError(
                self.tr(
                    "Factor field(s) {} have no factor raster of the same name (rasters: {}). Add the rasters, "
                    "or name the layers/band descriptions as the fields."
                ).format(", ".join(missing), ", ".join(by_name))
            )
        factors = [by_name[f] for f in fields]
        method = self.METHOD_KEYS[self.parameterAsEnum(parameters, self.METHOD, context)]
        n_jobs = self.parameterAsInt(parameters, self.N_JOBS, context) or (os.cpu_count() or 1)
        params = pu.PuParams(
            method=method,
            spy_fraction=self.parameterAsDouble(parameters, self.SPY_FRACTION, context),
            noise_share=self.parameterAsDouble(parameters, self.NOISE_SHARE, context),
            n_trees=self.parameterAsInt(parameters, self.N_TREES, context),
            max_depth=self.parameterAsInt(parameters, self.MAX_DEPTH, context),
            n_classes=self.parameterAsInt(parameters, self.N_CLASSES, context),
            negative_classes=self._negative_classes(parameters, context),
            ratio=self.parameterAsDouble(parameters, self.RATIO, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            n_jobs=n_jobs,
        )
        params.check()

        # -- the samples --
        if source is not None:
            X, labels, splits, xy, rows, cols = self._sample_layer(
                source, layer_name, fields, parameters, context, feedback, grid
            )
        else:
            X, labels, splits, xy, rows, cols = self._inventory_samples(
                inventory, layers[0].crs(), factors, grid, parameters, context, feedback
            )
        cells = rows * grid.width + cols

        # -- outputs, written only if the whole run succeeds --
        present = [s for s in ("train", "test") if np.any(splits == s)]
        prior_out = {
            "train": self.parameterAsOutputLayer(parameters, self.PRIOR_TRAIN, context),
            "test": self.parameterAsOutputLayer(parameters, self.PRIOR_TEST, context),
        }
        bundle_out = {
            "train": self.parameterAsFileOutput(parameters, self.BUNDLE_TRAIN, context),
            "test": self.parameterAsFileOutput(parameters, self.BUNDLE_TEST, context),
        }
        from ..core.grid import atomic_path

        with ExitStack() as stack:
            prior_tmp, bundle_tmp = {}, {}
            for s in present:
                target = prior_out[s] or QgsProcessingUtils.generateTempFilename(f"prior_{s}.tif")
                prior_out[s] = target
                prior_tmp[s] = stack.enter_context(atomic_path(target))
                if bundle_out[s]:
                    bundle_tmp[s] = stack.enter_context(atomic_path(bundle_out[s]))
            result = pu.pu_sampling(
                factors,
                X,
                labels,
                splits,
                cells,
                prior_tmp,
                params,
                bundle_tmp,
                feedback,
                bundle_extra={"source_layer": layer_name},
            )
            outputs = self._write_negatives(
                parameters, context, feedback, result, X, labels, splits, rows, cols, fields, grid, xy
            )
            summary_id = self._write_summary(parameters, context, result)
        for s in present:
            result.outcomes[s].prior_path = prior_out[s]
            result.outcomes[s].bundle_path = bundle_out[s] if s in bundle_tmp else ""

        # -- run record --
        # default store beside the negatives when they are a file (the prior map may be a temporary file)
        negatives_path = str(outputs or "").split("|")[0]
        anchor = negatives_path if os.path.isabs(negatives_path) else prior_out["train"]
        store = self.parameterAsFile(parameters, self.RUN_STORE, context) or self.default_run_store(
            context, anchor
        )
        summary = {
            "method": method,
            "splits": {s: {k: v for k, v in vars(o).items()} for s, o in result.outcomes.items()},
            "times_s": {k: round(v, 3) for k, v in result.times.items()},
            "factors": fields,
        }
        record_outputs = {"negatives": outputs}
        for s in present:
            record_outputs[f"prior_{s}"] = prior_out[s]
            if s in bundle_tmp:
                record_outputs[f"bundle_{s}"] = bundle_out[s]
        record = new_record(
            "lsm:spysampling",
            model_type=pu.MODEL_TYPES[method],
            ratio=params.ratio,
            dataset=layer_name,
            parameters=pu.params_dict(params),
            data_hashes={s: data_hash(X[splits == s], labels[splits == s]) for s in present},
            outputs=record_outputs,
            summary=summary,
            name="{} prior 1:{:g}".format(pu.MODEL_TYPES[method], params.ratio),
        )
        if result.metrics:
            m = result.metrics
            record.update(
                metrics=m["metrics"],
                threshold=m["threshold"],
                metrics_best=m["metrics_best"],
                best_threshold=m["best_threshold"],
                confusion=m["confusion"],
                curves=m["curves"],
            )
        record_path = write_record(store, record)
        feedback.pushInfo(self.tr("Run record: {}").format(record_path))

        from ..plugin.postprocessors import ContinuousRasterStyler, attach_styler

        for s in present:
            attach_styler(context, prior_out[s], ContinuousRasterStyler(0.0, 1.0))
        return {
            self.OUTPUT: outputs,
            self.SUMMARY: summary_id,
            self.PRIOR_TRAIN: prior_out["train"],
            self.PRIOR_TEST: prior_out["test"] if "test" in present else None,
            self.BUNDLE_TRAIN: bundle_out["train"],
            self.BUNDLE_TEST: bundle_out["test"] if "test" in bundle_tmp else None,
            self.RUN_RECORD: record_path,
            self.RUN_ID: record["run_id"],
            self.THRESHOLD_TRAIN: result.outcomes["train"].threshold,
            self.NEGATIVES_TRAIN: result.outcomes["train"].negatives,
            self.NEGATIVES_TEST: result.outcomes["test"].negatives if "test" in present else 0,
        }

    def _sample_layer(self, source, layer_name, fields, parameters, context, feedback, grid):
        """(X, labels, splits, xy, rows, cols) of the points of a sample layer on the grid."""
        import numpy as np

        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label"
        split_field = self.parameterAsString(parameters, self.SPLIT_FIELD, context) or "split"
        if split_field not in source.fields().names():
            feedback.pushInfo(
                self.tr("'{}' has no field '{}': every point is training data, no test negatives.").format(
                    layer_name, split_field
                )
            )
            split_field = ""
        if source.sourceCrs().isValid() and grid.crs_wkt:
            raster_crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
            if raster_crs.isValid() and not _same_crs(raster_crs, source.sourceCrs()):
                raise LsmError(
                    self.tr(
                        "The sample layer '{}' is in {} but the factor rasters are in {}: reproject the "
                        "layer (Vector > Data Management > Reproject layer) first."
                    ).format(
                        layer_name,
                        source.sourceCrs().authid() or source.sourceCrs().description(),
                        raster_crs.authid() or raster_crs.description(),
                    )
                )
        extra = [label_field] + ([split_field] if split_field else [])
        X, columns, xy = read_point_table(_NamedSource(source, layer_name), fields, extra, feedback)
        labels = self._labels(columns[label_field], layer_name, label_field)
        if split_field:
            splits = np.array([str(v).strip().lower() if v is not None else "" for v in columns[split_field]])
            bad = sorted(set(splits) - {"train", "test"})
            if bad:
                raise LsmError(
                    self.tr("Field '{}' of '{}' holds {}: only 'train' and 'test' are understood.").format(
                        split_field, layer_name, ", ".join(repr(b) for b in bad[:5])
                    )
                )
        else:
            splits = np.array(["train"] * len(labels))
        rows, cols = grid.rowcol(xy[:, 0], xy[:, 1]) if len(xy) else (np.zeros(0, int), np.zeros(0, int))
        inside = np.isfinite(xy).all(axis=1) & grid.inside(rows, cols)
        complete = np.isfinite(X).all(axis=1)
        keep = inside & complete
        if np.sum(~inside):
            feedback.pushWarning(
                self.tr("{} point(s) outside the factor rasters were left out.").format(int(np.sum(~inside)))
            )
        if np.sum(inside & ~complete):
            feedback.pushWarning(
                self.tr("{} point(s) without a value for every factor field were left out.").format(
                    int(np.sum(inside & ~complete))
                )
            )
        if not np.any(keep & (labels == 1)):
            raise LsmError(
                self.tr(
                    "No landslide of '{}' lies on the factor rasters with a value for every factor: check that "
                    "the layer and the rasters cover the same area."
                ).format(layer_name)
            )
        X, labels, splits, xy = X[keep], labels[keep], splits[keep], xy[keep]
        return X, labels, splits, xy, rows[keep], cols[keep]

    def _inventory_samples(self, inventory, crs, factors, grid, parameters, context, feedback):
        """(X, labels, splits, xy, rows, cols) of samples built from an inventory as lsm:buildsamples does
        (points, or polygon centroids; no buffer, random split, unlabeled per landslide as asked)."""
        import numpy as np

        from ..core.progress import SubProgress

        kind, geometry = read_inventory(inventory, crs, context, feedback)
        if kind == "point":
            cells = core_samples.cells_from_points(geometry, grid)
        else:
            cells = core_samples.cells_from_polygons(geometry, grid, "centroid")
        table = core_samples.build_samples(
            factors,
            cells,
            grid,
            ratio=self.parameterAsDouble(parameters, self.UNLABELED_RATIO, context),
            train_fraction=self.parameterAsDouble(parameters, self.TRAIN_FRACTION, context),
            seed=self.parameterAsInt(parameters, self.SEED, context),
            feedback=SubProgress(feedback, 0, 1),
        )
        push_notes(feedback, table.notes)
        feedback.pushInfo(
            self.tr("Samples built from '{}': {}").format(
                inventory.sourceName(), "; ".join(table.summary_lines())
            )
        )
        xy = np.column_stack([table.x, table.y])
        return table.X, table.label.astype(np.int64), table.split.astype(str), xy, table.rows, table.cols

    def _labels(self, values, layer_name, field):
        import numpy as np

        out = np.full(len(values), -1, dtype=np.int64)
        for i, v in enumerate(values):
            try:
                out[i] = int(float(v))
            except (TypeError, ValueError):
                out[i] = -1
        bad = sorted({str(values[i]) for i in np.flatnonzero((out != 0) & (out != 1))})
        if bad:
            raise LsmError(
                self.tr(
                    "Field '{}' of '{}' must hold 1 (landslide) or 0 (unlabeled); it also holds {}."
                ).format(field, layer_name, ", ".join(bad[:5]))
            )
        return out

    def _write_negatives(
        self, parameters, context, feedback, result, X, labels, splits, rows, cols, fields, grid, xy
    ):
        import numpy as np

        out_fields = QgsFields()
        out_fields.append(QgsField("label", QVariant.Int))
        out_fields.append(QgsField("split", QVariant.String))
        for name in fields:
            out_fields.append(QgsField(name, QVariant.Double))
        out_fields.append(QgsField("row", QVariant.Int))
        out_fields.append(QgsField("col", QVariant.Int))
        out_fields.append(QgsField("prior", QVariant.Double))
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        sink, dest_id = self.parameterAsSink(
            parameters, self.OUTPUT, context, out_fields, QgsWkbTypes.Point, crs
        )
        if sink is None:
            raise LsmError(self.tr("The negatives output could not be created."))

        def add(label, split, values, row, col, prior, x, y):
            feature = QgsFeature(out_fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            feature.setAttributes(
                [int(label), split] + [float(v) for v in values] + [int(row), int(col), float(prior)]
            )
            sink.addFeature(feature, QgsFeatureSink.FastInsert)

        if self.parameterAsBool(parameters, self.INCLUDE_LANDSLIDES, context):
            for s in result.negatives:
                pos = np.flatnonzero((splits == s) & (labels == 1))
                prior = result.models[s].predict_proba(X[pos])[:, 1] if pos.size else []
                for i, p in zip(pos, prior):
                    add(1, s, X[i], rows[i], cols[i], p, xy[i, 0], xy[i, 1])
        for s, neg in result.negatives.items():
            x, y = grid.xy(neg["rows"], neg["cols"])
            for i in range(neg["rows"].size):
                if i % 5000 == 0 and feedback.isCanceled():
                    from ..core.errors import Canceled

                    raise Canceled()
                add(0, s, neg["X"][i], neg["rows"][i], neg["cols"][i], neg["prior"][i], x[i], y[i])
        return dest_id

    def _write_summary(self, parameters, context, result):
        """The PU summary table, or None when that output was not asked for."""
        if parameters.get(self.SUMMARY) is None:
            return None
        columns = (
            ("split", "str"),
            ("landslides", "int"),
            ("unlabeled", "int"),
            ("spies", "int"),
            ("threshold", "double"),
            ("rrn", "int"),
            ("rejected_share", "double"),
            ("negatives", "int"),
            ("available_cells", "int"),
            ("jenks_breaks", "str"),
        )
        rows = [
            [
                o.split,
                o.landslides,
                o.unlabeled,
                o.spies,
                o.threshold,
                o.rrn,
                o.rejected_share,
                o.negatives,
                o.available,
                ", ".join("{:.6g}".format(e) for e in o.edges),
            ]
            for o in result.outcomes.values()
        ]
        return write_table(self, parameters, self.SUMMARY, context, columns, rows, required=True)
