"""lsm:crossvalidate: out-of-fold assessment of a model type of lsm:trainmodel (core.crossvalidate).

The parameters and the run here; the sample reading, log and outputs in algorithms/_cv_io.py.
"""

from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import catalogue, unit_folds
from ..core import crossvalidate as cv
from ..core.errors import LsmError
from . import _cv_io, _params
from ._compat import (
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    TYPE_VECTOR,
    TYPE_VECTOR_ANY,
)
from ._samples import _add_factor_parameters, source_name
from .base import LsmAlgorithm, push_notes

#: fold modes in the order of the FOLD_MODE enum (core.unit_folds.FOLD_MODES)
FOLD_LABELS = (
    "Stratified k-fold",
    "Spatial blocks (square blocks of the block size)",
    "k-means clusters of the coordinates",
    "Leave one group out (group field)",
    "Leave one out (each sample or unit alone; metrics pooled)",
    "Temporal (time field: train on earlier times, test on each later one)",
)
DEFAULT_FOLDS = 5
DEFAULT_BLOCK_SIZE = 1000.0
DEFAULT_RATIO = 1.0


class CrossValidateAlgorithm(LsmAlgorithm):
    """k-fold, spatial, k-means or leave-one-group-out cross-validation of one model type."""

    ALGORITHM_NAME = "crossvalidate"
    DISPLAY_NAME = "Cross-validate model"
    GROUP_ID = "evaluation"
    REQUIRES = ("sklearn", "imblearn")
    HELP = (
        "Out-of-fold assessment of any model type of lsm:trainmodel on sample points (landslides 1, "
        "unlabeled 0) or mapping units (polygons with factor fields, label ls_presence of lsm:unitfactors). "
        "Folds: stratified k-fold, spatial blocks, k-means of the coordinates (unit centroids), leave one "
        "group out, leave one out (pooled metrics) or temporal (each later time tested by a model of the "
        "earlier times only), optionally repeated. Each fold trains on negatives drawn from its own "
        "training unlabeled samples and is tested on its landslides against its unlabeled samples (test "
        "set 'random').\n\n"
        "Outputs: per-fold metrics, their mean, sd and 95 % interval, the out-of-fold score of every "
        "sample as a layer, a ROC / PR figure of the folds and a run record (the dock shows the spread)."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    CATEGORICAL_FIELDS = "CATEGORICAL_FIELDS"
    #: no split field: every sample is in some test fold
    SPLIT_FIELD = ""
    MODEL = "MODEL"
    RATIO = "RATIO"
    MODEL_PARAMS = "MODEL_PARAMS"
    FOLD_MODE = "FOLD_MODE"
    FOLDS = "FOLDS"
    BLOCK_SIZE = "BLOCK_SIZE"
    GROUP_FIELD = "GROUP_FIELD"
    TIME_FIELD = "TIME_FIELD"
    REPEATS = "REPEATS"
    SEED = "SEED"
    N_JOBS = "N_JOBS"
    DEVICE = "DEVICE"
    RUN_STORE = "RUN_STORE"
    WRITE_RECORD = "WRITE_RECORD"
    OUTPUT_FOLDS = "OUTPUT_FOLDS"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUTPUT_SCORES = "OUTPUT_SCORES"
    OUTPUT_PLOT = "OUTPUT_PLOT"
    OUT_AUC = "ROC_AUC"
    OUT_PR_AUC = "PR_AUC"
    OUT_RECORD = "RUN_RECORD"
    OUT_RUN_ID = "RUN_ID"

    MODEL_KEYS = tuple(catalogue.MODEL_TYPES)

    def _add(self, parameter, help_text):
        parameter.setHelp(self.tr(help_text))
        self.addParameter(parameter)

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Samples or mapping units"), [TYPE_VECTOR_ANY]
            ),
            "Point layer of samples (landslides 1, unlabeled cells 0, e.g. an lsm:buildsamples output) or a "
            "polygon layer of mapping units with factor fields and a 0/1 field (lsm:unitfactors: ls_presence); "
            "every sample is tested once per repeat (temporal folds: all but the earliest time), whatever its "
            "split field says.",
        )
        self._add(
            QgsProcessingParameterField(
                self.LABEL_FIELD,
                self.tr("Label field (1 landslide, 0 unlabeled)"),
                "label",
                self.INPUT,
                optional=True,
            ),
            "Field holding 1 for landslides and 0 for the unlabeled samples (default 'label'); NULL rows are skipped.",
        )
        _add_factor_parameters(self)
        self._add(
            QgsProcessingParameterEnum(
                self.MODEL,
                self.tr("Model"),
                [self.tr(v) for v in catalogue.MODEL_TYPES.values()],
                defaultValue=0,
            ),
            self.tr("Model type, as in lsm:trainmodel ({}).").format(", ".join(self.MODEL_KEYS)),
        )
        self._add(
            _params.set_decimals(
                QgsProcessingParameterNumber(
                    self.RATIO,
                    self.tr("Negatives per landslide in each fold (0 = all)"),
                    NUMBER_DOUBLE,
                    DEFAULT_RATIO,
                    minValue=0.0,
                ),
                _params.RATIO,
            ),
            "Each fold trains on its training landslides and this many negatives per landslide, drawn from that "
            "fold's training unlabeled samples only; 0 uses all of them.",
        )
        self._add(
            QgsProcessingParameterString(
                self.MODEL_PARAMS, self.tr("Model parameters (name=value; ...)"), optional=True
            ),
            "Overrides of the model's defaults, e.g. 'n_estimators=300' (as in lsm:trainmodel).",
        )
        self._add_fold_parameters()
        _params.add_seed(
            self, help_text="Seed of the folds, the negatives and the models: same seed, same tables."
        )
        _params.add_n_jobs(self)
        _params.add_device(self)
        _params.add_run_store(self)
        self._add(
            QgsProcessingParameterBoolean(
                self.WRITE_RECORD, self.tr("Write a run record"), defaultValue=True
            ),
            "Write the per-fold metrics and their summary into the run store for the metrics dock.",
        )
        self._add_outputs()

    def _add_fold_parameters(self):
        self._add(
            QgsProcessingParameterEnum(
                self.FOLD_MODE, self.tr("Folds"), [self.tr(v) for v in FOLD_LABELS], defaultValue=0
            ),
            "How samples go to folds: at random by class, by whole square blocks, by k-means clusters of the "
            "coordinates (neighbours stay together), one fold per value of the group field (Fan et al. 2025 "
            "leave-one-event-out), one fold per sample (leave one out) or by time (temporal: never trains on "
            "a time later than the one it tests).",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.FOLDS,
                self.tr("Number of folds (k)"),
                NUMBER_INTEGER,
                DEFAULT_FOLDS,
                minValue=2,
                maxValue=100,
            ),
            "k of the stratified, spatial-block and k-means folds (leave-one-group-out has one fold per group).",
        )
        self._add(
            _params.set_decimals(
                QgsProcessingParameterNumber(
                    self.BLOCK_SIZE,
                    self.tr("Block size (map units)"),
                    NUMBER_DOUBLE,
                    DEFAULT_BLOCK_SIZE,
                    minValue=0.0,
                ),
                _params.DISTANCE,
            ),
            "Side of the square blocks of the spatial folds, in the layer's map units.",
        )
        self._add(
            QgsProcessingParameterField(
                self.GROUP_FIELD,
                self.tr("Group field (leave one group out)"),
                None,
                self.INPUT,
                optional=True,
            ),
            "Field naming the event, region or year of each sample; every group needs landslides and unlabeled "
            "samples, and there must be at least two.",
        )
        self._add(
            QgsProcessingParameterField(
                self.TIME_FIELD,
                self.tr("Time field (temporal folds)"),
                None,
                self.INPUT,
                optional=True,
            ),
            "Year, date or date-time of each sample (of its landslide inventory); every time after the earliest "
            "is one test fold, trained on the samples of earlier times; each needs landslides and unlabeled "
            "samples.",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.REPEATS,
                self.tr("Repeats"),
                NUMBER_INTEGER,
                1,
                minValue=1,
                maxValue=100,
            ),
            "Repeat the whole cross-validation with new folds and negatives; the interval is then the 2.5-97.5 "
            "percentiles of all fold values.",
        )

    def _add_outputs(self):
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_FOLDS, self.tr("Per-fold metrics"), TYPE_VECTOR)
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY,
                self.tr("Metrics summary (mean, sd, 95 % interval)"),
                TYPE_VECTOR,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SCORES, self.tr("Out-of-fold scores"), TYPE_VECTOR_ANY
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PLOT,
                self.tr("ROC and PR curves of the folds (PNG)"),
                self.tr("PNG files (*.png)"),
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_AUC, self.tr("Mean ROC-AUC over the folds")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_PR_AUC, self.tr("Mean PR-AUC over the folds")))
        self.addOutput(QgsProcessingOutputFile(self.OUT_RECORD, self.tr("Run record")))
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, self.tr("Run id")))

    # -- the run --------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        model_type, params = self._model(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise LsmError(self.tr("The samples layer could not be opened."))
        name = source_name(self, parameters, self.INPUT, context)
        samples, keep, groups = _cv_io.read(self, parameters, context, feedback, source, name)
        mode = unit_folds.FOLD_MODES[self.parameterAsEnum(parameters, self.FOLD_MODE, context)]
        seed = _params.seed(self, parameters, context)
        folds, fold_names = self._folds(parameters, context, mode, samples, groups, seed)
        ratio = self.parameterAsDouble(parameters, self.RATIO, context)
        feedback.pushInfo(
            self.tr(
                "Cross-validating {} on '{}': {} landslides, {} unlabeled; {} folds ({}) x {} repeat(s), 1:{}."
            ).format(
                model_type,
                name,
                int((samples.y == 1).sum()),
                int((samples.y == 0).sum()),
                len(folds[0]),
                mode,
                len(folds),
                f"{ratio:g}" if ratio > 0 else self.tr("all"),
            )
        )
        options = {
            "ratio": ratio,
            "params": params,
            "seed": seed,
            "n_jobs": _params.n_jobs(self, parameters, context),
            "device": _params.device(self, parameters, context),
            "feedback": feedback,
            "fold_names": fold_names,
        }
        if mode in unit_folds.UNIT_FOLD_MODES:
            result = unit_folds.cross_validate(model_type, samples, folds, mode, times=groups, **options)
        else:
            result = cv.cross_validate(model_type, samples, folds, **options)
        push_notes(feedback, result.notes)
        _cv_io.log(self, feedback, result)
        results = _cv_io.write_outputs(self, parameters, context, feedback, source, keep, result, name)
        if self.parameterAsBool(parameters, self.WRITE_RECORD, context):
            record = _cv_io.record(
                self, parameters, context, result, model_type, mode, name, fold_names, results
            )
            results[self.OUT_RUN_ID] = self.write_run_record(record, parameters, context, feedback)
            results[self.OUT_RECORD] = self.last_record_path
        return results

    def _folds(self, parameters, context, mode, samples, groups, seed):
        """(folds per repeat, fold names); *groups*: the group or time values of the samples."""
        n_repeats = self.parameterAsInt(parameters, self.REPEATS, context)
        if mode in unit_folds.UNIT_FOLD_MODES:
            return unit_folds.make_folds(mode, samples.y, groups, n_repeats, seed)
        return cv.make_folds(
            mode,
            samples.y,
            samples.xy,
            k=self.parameterAsInt(parameters, self.FOLDS, context),
            block_size=self.parameterAsDouble(parameters, self.BLOCK_SIZE, context),
            groups=groups,
            n_repeats=n_repeats,
            seed=seed,
        )

    def _model(self, parameters, context):
        from ..core import models as lsm_models
        from ..core.dependencies import dependency_message

        model_type = self.MODEL_KEYS[self.parameterAsEnum(parameters, self.MODEL, context)]
        if model_type in catalogue.TORCH_MODELS and dependency_message(("torch",)):
            raise LsmError(self.tr(dependency_message(("torch",))))
        params = catalogue.parse_params(self.parameterAsString(parameters, self.MODEL_PARAMS, context))
        lsm_models.model_params(model_type, params)
        return model_type, params
