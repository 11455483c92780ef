"""lsm:trainmodel: fit an imbalanced learner (or a benchmark) on samples and save a model bundle."""

import json

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import training
from ..core.bundle import EXTENSION, data_hash
from ..core.runrecord import new_record, write_record
from .base import LsmAlgorithm, read_point_table

DEVICES = ("auto", "cpu", "cuda")
CV_MODES = ("none", "stratified", "spatial")
#: default seed of every random draw (negatives, splits, model initialisation)
DEFAULT_SEED = 42
#: cross-validation folds (5-fold CV, as is usual in LSM studies)
DEFAULT_FOLDS = 5
#: spatial CV block size in map units (1 km)
DEFAULT_BLOCK_SIZE = 1000.0


def _tr(text):
    return QCoreApplication.translate("LsmModels", text)


class _NamedSource:
    """A feature source with the layer name read_point_table reports in its errors."""

    def __init__(self, source, name):
        self._source = source
        self._name = name

    def name(self):
        return self._name

    def fields(self):
        return self._source.fields()

    def featureCount(self):  # noqa: N802
        return self._source.featureCount()

    def getFeatures(self, *args):  # noqa: N802
        return self._source.getFeatures(*args)


def source_name(alg, parameters, name, context):
    """Display name of a feature source parameter's layer (for messages)."""
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if layer is not None:
        return layer.name()
    value = parameters.get(name)
    return str(getattr(value, "source", value) or name)


def add_sample_parameters(alg, factors=True, label_default="label"):
    """INPUT, LABEL_FIELD, [FACTOR_FIELDS, CATEGORICAL_FIELDS], SPLIT_FIELD parameters."""
    p = QgsProcessingParameterFeatureSource(alg.INPUT, _tr("Samples"), [QgsProcessing.TypeVectorPoint])
    p.setHelp(
        _tr(
            "Point layer of samples: an lsm:buildsamples / lsm:spysampling output (fields label, split and one "
            "field per factor) or any point layer with a 0/1 field."
        )
    )
    alg.addParameter(p)
    # optional with a default: qgis_process (3.22) asks for every mandatory field parameter, default or not
    p = QgsProcessingParameterField(
        alg.LABEL_FIELD,
        _tr("Label field (1 landslide, 0 non-landslide)"),
        label_default,
        alg.INPUT,
        optional=True,
    )
    p.setHelp(_tr("Field holding 1 for landslides and 0 for the other samples (default 'label')."))
    alg.addParameter(p)
    if factors:
        p = QgsProcessingParameterField(
            alg.FACTOR_FIELDS,
            _tr("Factor fields"),
            parentLayerParameterName=alg.INPUT,
            type=QgsProcessingParameterField.Numeric,
            allowMultiple=True,
        )
        p.setHelp(_tr("The conditioning factors, in the order the model will expect them."))
        alg.addParameter(p)
        p = QgsProcessingParameterField(
            alg.CATEGORICAL_FIELDS,
            _tr("Categorical factor fields (one-hot encoded)"),
            parentLayerParameterName=alg.INPUT,
            type=QgsProcessingParameterField.Numeric,
            allowMultiple=True,
            optional=True,
        )
        p.setHelp(
            _tr("Factors holding class codes (lithology, land cover); they must be among the factor fields.")
        )
        alg.addParameter(p)
    p = QgsProcessingParameterField(
        alg.SPLIT_FIELD, _tr("Split field ('train' / 'test')"), "split", alg.INPUT, optional=True
    )
    p.setHelp(
        _tr(
            "Field saying which samples are for training and which for testing (lsm:buildsamples writes "
            "'split'). Without it the samples are split at random, each class apart."
        )
    )
    alg.addParameter(p)


def read_samples(alg, parameters, context, feedback, factor_names=None, categorical=None):
    """(Samples, layer name, CRS WKT) from the sample parameters; the factor fields from the
    FACTOR_FIELDS parameter unless *factor_names* is given."""
    source = alg.parameterAsSource(parameters, alg.INPUT, context)
    if source is None:
        raise QgsProcessingException(_tr("The samples layer could not be opened."))
    name = source_name(alg, parameters, alg.INPUT, context)
    label_field = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or "label"
    if factor_names is None:
        factor_names = alg.parameterAsFields(parameters, alg.FACTOR_FIELDS, context)
        categorical = alg.parameterAsFields(parameters, alg.CATEGORICAL_FIELDS, context)
    if not factor_names:
        raise QgsProcessingException(_tr("Choose the factor fields of layer '{}'.").format(name))
    if label_field in factor_names:
        raise QgsProcessingException(
            _tr("The label field '{}' is also chosen as a factor: remove it from the factor fields.").format(
                label_field
            )
        )
    unknown = [c for c in (categorical or []) if c not in factor_names]
    if unknown:
        raise QgsProcessingException(
            _tr("Categorical field(s) {} are not among the factor fields; add them there too.").format(
                ", ".join(unknown)
            )
        )
    split_field = alg.parameterAsString(parameters, alg.SPLIT_FIELD, context) if alg.SPLIT_FIELD else ""
    extra = [label_field]
    if split_field:
        if split_field in source.fields().names():
            extra.append(split_field)
        elif split_field != "split":
            raise QgsProcessingException(
                _tr("Layer '{}' has no split field '{}' (its fields: {}).").format(
                    name, split_field, ", ".join(source.fields().names())
                )
            )
        else:
            split_field = ""
    X, columns, xy = read_point_table(_NamedSource(source, name), factor_names, extra, feedback)
    labels = training.parse_labels(columns[label_field], name, label_field)
    split = training.parse_split(columns[split_field]) if split_field else None
    samples = training.make_samples(X, labels, factor_names, categorical or [], split, xy, name)
    if samples.dropped:
        feedback.pushWarning(
            _tr("{} sample(s) of '{}' were left out: no label or a missing factor value.").format(
                samples.dropped, name
            )
        )
    for warning in samples.warnings:
        feedback.pushWarning(warning)
    crs = source.sourceCrs()
    return samples, name, crs.toWkt() if crs.isValid() else ""


def json_parameters(alg, parameters, context):
    """The algorithm parameters as JSON-safe values (layers by source, objects as text)."""
    result = {}
    for definition in alg.parameterDefinitions():
        key = definition.name()
        if key not in parameters:
            continue
        value = parameters[key]
        try:
            json.dumps(value)
            result[key] = value
        except (TypeError, ValueError):
            result[key] = str(getattr(value, "source", value))
    return result


def run_store(alg, parameters, context, output_path=None):
    """The run store folder: the RUN_STORE parameter or LsmAlgorithm.default_run_store."""
    folder = alg.parameterAsFile(parameters, alg.RUN_STORE, context)
    return folder or alg.default_run_store(context, output_path)


def add_run_store_parameter(alg):
    p = QgsProcessingParameterFile(
        alg.RUN_STORE, _tr("Run store folder"), behavior=QgsProcessingParameterFile.Folder, optional=True
    )
    p.setHelp(
        _tr(
            "Folder of run records (JSON) read by the metrics dock. Default: 'lsm_runs' beside the saved "
            "project, else beside the output."
        )
    )
    alg.addParameter(p)


def add_common_model_parameters(alg, jobs_default=2):
    """SEED, N_JOBS and DEVICE."""
    p = QgsProcessingParameterNumber(
        alg.SEED, _tr("Random seed"), QgsProcessingParameterNumber.Integer, DEFAULT_SEED, minValue=0
    )
    p.setHelp(_tr("Seed of every random draw: the same seed and data give the same model."))
    alg.addParameter(p)
    p = QgsProcessingParameterNumber(
        alg.N_JOBS,
        _tr("Parallel jobs (threads; -1 = all cores)"),
        QgsProcessingParameterNumber.Integer,
        jobs_default,
        minValue=-1,
    )
    alg.addParameter(p)
    p = QgsProcessingParameterEnum(alg.DEVICE, _tr("Device for torch models"), list(DEVICES), defaultValue=0)
    p.setHelp(
        _tr("auto: a CUDA GPU when torch sees one, else the CPU. Only the neural network models use it.")
    )
    alg.addParameter(p)


class TrainModelAlgorithm(LsmAlgorithm):
    """Fits one model type on training samples and writes a model bundle and a run record."""

    ALGORITHM_NAME = "trainmodel"
    DISPLAY_NAME = "Train susceptibility model"
    GROUP_ID = "models"
    REQUIRES = ("sklearn", "imblearn")
    HELP = (
        "Trains a landslide susceptibility model on samples (landslides = 1, negatives = 0) and saves it as a "
        "model bundle for lsm:predictraster and lsm:evaluatemodel.\n\n"
        "Models: the imbalanced learners of Fu et al. 2024 (IEEE JSTARS 17): balanced random forest (brf: each "
        "tree on a balanced sample, n_pos draws with replacement per class; our implementation draws each "
        "tree's indices up front, so it stays fast at 1:200), EasyEnsemble (AdaBoost members on balanced "
        "under-samples, imbalanced-learn), SMOTE-DNN and ADASYN-DNN (imbalanced-learn oversampling, then a "
        "torch multilayer perceptron trained in mini-batches); their benchmarks random forest (rf) and neural "
        "network (dnn), meant for balanced data (ratio 1); and the SVM (RBF kernel) and kernel logistic "
        "regression (RBF features + logistic regression) of Zhang et al. 2022 (Geoscience Letters 9:26), with "
        "plain logistic regression (lr).\n\n"
        "Negatives: with an imbalance ratio r > 0, r negatives per training landslide are drawn (seeded, "
        "without replacement) from the training negatives of the layer (Fu et al. 2024 test 1:2.5 to 1:200); "
        "1 gives the balanced benchmark; 0 uses every training negative. Only rows whose split field says "
        "'train' are used when the layer has one; the 'test' rows give the test metrics of the run record.\n\n"
        "Model parameters: 'name=value; name=value' overriding the defaults, e.g. 'n_estimators=300; "
        "max_depth=12'. brf / rf: n_estimators=100, max_features=sqrt, max_depth=None, min_samples_leaf=1. "
        "easyensemble: n_estimators=10 members, boost_estimators=50, learning_rate=1.0. dnn / smote_dnn / "
        "adasyn_dnn: hidden_layers=64x32, dropout=0.1, epochs=30, batch_size=512, learning_rate=0.001, "
        "weight_decay=1e-05 (+ k_neighbors=5 for the oversamplers). svm: C=1, gamma=scale. lr: C=1. klr: C=1, "
        "gamma=None (1/n_features), n_components=300.\n\n"
        "Cross-validation (optional): a grid search on the training set, 'name=v1,v2; name=v1,v2' (empty: a "
        "small default grid per model), by stratified folds or by spatial blocks (folds of whole square blocks "
        "of the given size in map units, so neighbouring cells do not sit on both sides), scored by ROC-AUC, "
        "PR-AUC, balanced accuracy, G-mean, F1 or kappa. The best combination is refitted on the whole "
        "training set.\n\n"
        "Categorical factors are one-hot encoded and continuous ones standardised inside the saved pipeline, "
        "so the bundle takes raw factor values.\n\n"
        "Model bundle format (.lsmodel): a ZIP archive with manifest.json (readable without loading the model: "
        "format, format_version, kind 'sklearn', model_type, factors in model order, categorical factors and "
        "their known categories, preprocessing, crs_wkt and cell_size of the training data, library versions, "
        "parameters, seed, data_hash (sha256 of the training table), training_metrics, test_metrics, "
        "ratio and counts) and model.pkl (the pickled pipeline; predict_proba takes raw factor values in "
        "manifest order). Loading a bundle checks its format, the library versions and the factor names. "
        "SECURITY: model.pkl is a Python pickle, which can run code when loaded: open bundles only from "
        "sources you trust.\n\n"
        "A run record (JSON) goes into the run store folder for the metrics dock."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    CATEGORICAL_FIELDS = "CATEGORICAL_FIELDS"
    SPLIT_FIELD = "SPLIT_FIELD"
    MODEL = "MODEL"
    RATIO = "RATIO"
    MODEL_PARAMS = "MODEL_PARAMS"
    CV = "CV"
    CV_FOLDS = "CV_FOLDS"
    CV_BLOCK_SIZE = "CV_BLOCK_SIZE"
    CV_SCORE = "CV_SCORE"
    GRID = "GRID"
    FACTOR_RASTERS = "FACTOR_RASTERS"
    SEED = "SEED"
    N_JOBS = "N_JOBS"
    DEVICE = "DEVICE"
    RUN_STORE = "RUN_STORE"
    WRITE_RECORD = "WRITE_RECORD"
    OUTPUT = "OUTPUT"
    OUT_RECORD = "RUN_RECORD"
    OUT_RUN_ID = "RUN_ID"
    OUT_AUC = "ROC_AUC"
    OUT_BA = "BALANCED_ACCURACY"

    MODEL_KEYS = tuple(training.MODEL_TYPES)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_sample_parameters(self)
        p = QgsProcessingParameterEnum(
            self.MODEL,
            self.tr("Model"),
            [self.tr(v) for v in training.MODEL_TYPES.values()],
            defaultValue=0,
        )
        p.setHelp(
            self.tr("Model type; the bundle and run record name it by its key ({}).").format(
                ", ".join(self.MODEL_KEYS)
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.RATIO,
            self.tr("Imbalance ratio (negatives per landslide; 0 = all negatives)"),
            QgsProcessingParameterNumber.Double,
            0.0,
            minValue=0.0,
        )
        p.setHelp(self.tr("1 = balanced benchmark; Fu et al. 2024 use 1:2.5 to 1:200."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.MODEL_PARAMS, self.tr("Model parameters (name=value; ...)"), optional=True
        )
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CV,
                self.tr("Hyper-parameter search by cross-validation"),
                [self.tr("None"), self.tr("Stratified folds"), self.tr("Spatial blocks")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CV_FOLDS,
                self.tr("Cross-validation folds"),
                QgsProcessingParameterNumber.Integer,
                DEFAULT_FOLDS,
                minValue=2,
                maxValue=20,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.CV_BLOCK_SIZE,
                self.tr("Spatial block size (map units)"),
                QgsProcessingParameterNumber.Double,
                DEFAULT_BLOCK_SIZE,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.CV_SCORE, self.tr("Cross-validation score"), list(training.CV_SCORES), defaultValue=0
            )
        )
        p = QgsProcessingParameterString(
            self.GRID, self.tr("Search grid (name=v1,v2; ...; empty = default grid)"), optional=True
        )
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(
            self.FACTOR_RASTERS, self.tr("Factor rasters (optional)"), QgsProcessing.TypeRaster, optional=True
        )
        p.setHelp(
            self.tr(
                "The factor rasters the model will be applied to: their names are checked against the factor "
                "fields and their CRS and cell size are recorded in the bundle."
            )
        )
        self.addParameter(p)
        add_common_model_parameters(self)
        add_run_store_parameter(self)
        self.addParameter(
            QgsProcessingParameterBoolean(self.WRITE_RECORD, self.tr("Write a run record"), defaultValue=True)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Model bundle"), self.tr("LSM model bundle (*{})").format(EXTENSION)
            )
        )
        self.addOutput(QgsProcessingOutputFile(self.OUT_RECORD, self.tr("Run record")))
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, self.tr("Run id")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_AUC, self.tr("ROC-AUC (test rows, else training)")))
        self.addOutput(
            QgsProcessingOutputNumber(self.OUT_BA, self.tr("Balanced accuracy (test rows, else training)"))
        )

    def run(self, parameters, context, feedback):
        from ..core import models as lsm_models

        model_type = self.MODEL_KEYS[self.parameterAsEnum(parameters, self.MODEL, context)]
        if model_type in training.TORCH_MODELS:
            message = self._torch_missing()
            if message:
                raise QgsProcessingException(message)
        ratio = self.parameterAsDouble(parameters, self.RATIO, context)
        params = training.parse_params(self.parameterAsString(parameters, self.MODEL_PARAMS, context))
        lsm_models.model_params(model_type, params)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        n_jobs = self.parameterAsInt(parameters, self.N_JOBS, context)
        device = DEVICES[self.parameterAsEnum(parameters, self.DEVICE, context)]
        cv_mode = CV_MODES[self.parameterAsEnum(parameters, self.CV, context)]
        out_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out_path.lower().endswith(EXTENSION):
            out_path += EXTENSION

        steps = QgsProcessingMultiStepFeedback(4 if cv_mode != "none" else 3, feedback)
        samples, layer_name, crs_wkt = read_samples(self, parameters, context, steps)
        crs_wkt, cell_size = self._grid_info(parameters, context, samples, crs_wkt, feedback)
        train_rows, test_rows = training.split_rows(samples, training.DEFAULT_TEST_FRACTION, seed)
        rng = np.random.default_rng(seed)
        positives = train_rows[samples.y[train_rows] == 1]
        pool = train_rows[samples.y[train_rows] == 0]
        training.check_classes(samples.y[train_rows], "training")
        negatives = training.draw_negatives(pool, positives.size, ratio, rng)
        rows = np.concatenate([positives, negatives])
        feedback.pushInfo(
            self.tr(
                "Training {} on {} landslides and {} negatives (1:{:.3g}) from '{}'; {} test rows."
            ).format(
                model_type,
                positives.size,
                negatives.size,
                negatives.size / positives.size,
                layer_name,
                test_rows.size,
            )
        )
        cv_table = None
        if cv_mode != "none":
            steps.setCurrentStep(1)
            grid_text = self.parameterAsString(parameters, self.GRID, context)
            grid = (
                training.parse_params(grid_text, multiple=True)
                if grid_text.strip()
                else dict(lsm_models.DEFAULT_GRIDS[model_type])
            )
            groups = None
            if cv_mode == "spatial":
                size = self.parameterAsDouble(parameters, self.CV_BLOCK_SIZE, context)
                if size <= 0:
                    raise QgsProcessingException(self.tr("Give a spatial block size above 0 map units."))
                groups = training.spatial_blocks(samples.xy, size)
            scoring = training.CV_SCORES[self.parameterAsEnum(parameters, self.CV_SCORE, context)]
            best, cv_table = training.grid_search(
                model_type,
                samples,
                rows,
                grid,
                self.parameterAsInt(parameters, self.CV_FOLDS, context),
                scoring,
                groups,
                params,
                seed,
                n_jobs,
                device,
                steps,
            )
            feedback.pushInfo(self.tr("Best parameters by {} {} CV: {}").format(cv_mode, scoring, best))
            params = dict(params, **best)
        fit_step = 2 if cv_mode != "none" else 1
        steps.setCurrentStep(fit_step)
        model = training.fit(model_type, samples, rows, params, seed, n_jobs, device, steps)
        steps.setCurrentStep(fit_step + 1)
        train_eval = training.evaluate_scores(samples.y[rows], model.predict_proba(samples.X[rows])[:, 1])
        test_eval = None
        if test_rows.size and np.unique(samples.y[test_rows]).size == 2:
            test_eval = training.evaluate_scores(
                samples.y[test_rows], model.predict_proba(samples.X[test_rows])[:, 1]
            )
        self._log_metrics(feedback, self.tr("Training"), train_eval)
        if test_eval:
            self._log_metrics(feedback, self.tr("Test"), test_eval)
        extra = {
            "training_metrics": train_eval["metrics"],
            "test_metrics": test_eval["metrics"] if test_eval else None,
            "ratio": ratio,
            "n_train_positive": int(positives.size),
            "n_train_negative": int(negatives.size),
            "n_test": int(test_rows.size),
            "label_field": self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label",
            "dataset": layer_name,
            "cv": {"mode": cv_mode, "table": cv_table} if cv_table else None,
        }
        manifest = training.build_manifest(model_type, samples, rows, params, seed, crs_wkt, cell_size, extra)
        training.write_bundle(out_path, model, manifest)
        feedback.pushInfo(self.tr("Model bundle written: {}").format(out_path))
        reported = test_eval or train_eval
        results = {
            self.OUTPUT: out_path,
            self.OUT_RECORD: "",
            self.OUT_RUN_ID: "",
            self.OUT_AUC: reported["metrics"]["roc_auc"],
            self.OUT_BA: reported["metrics"]["balanced_accuracy"],
        }
        if self.parameterAsBool(parameters, self.WRITE_RECORD, context):
            record = new_record(
                "lsm:trainmodel",
                model_type=model_type,
                ratio=ratio if ratio > 0 else negatives.size / positives.size,
                repeat=0,
                dataset=layer_name,
                parameters=json_parameters(self, parameters, context),
                data_hashes={
                    "train": manifest["data_hash"],
                    "test": data_hash(samples.X[test_rows], samples.y[test_rows]) if test_rows.size else "",
                },
                outputs={"bundle": out_path},
                summary={
                    "metrics_on": "test" if test_eval else "train",
                    "training_metrics": train_eval["metrics"],
                    "model_parameters": manifest["parameters"],
                    "seed": seed,
                    "n_train_positive": int(positives.size),
                    "n_train_negative": int(negatives.size),
                    "n_test_positive": test_eval["n_positive"] if test_eval else 0,
                    "n_test_negative": test_eval["n_negative"] if test_eval else 0,
                    "cv": extra["cv"],
                },
                **training.record_fields(reported),
            )
            store = run_store(self, parameters, context, out_path)
            results[self.OUT_RECORD] = write_record(store, record)
            results[self.OUT_RUN_ID] = record["run_id"]
            feedback.pushInfo(self.tr("Run record: {}").format(results[self.OUT_RECORD]))
        return results

    def _torch_missing(self):
        from ..core.dependencies import dependency_message

        message = dependency_message(("torch",))
        return self.tr(message) if message else ""

    def _grid_info(self, parameters, context, samples, crs_wkt, feedback):
        """CRS and cell size of the factor rasters (when given), checked to share one grid."""
        from ..core.grid import check_grids

        layers = self.parameterAsLayerList(parameters, self.FACTOR_RASTERS, context)
        if not layers:
            return crs_wkt, None
        factors = self.raster_factors(layers)
        names = {f.name for f in factors}
        missing = [n for n in samples.factors if n not in names]
        if missing:
            feedback.pushWarning(
                self.tr(
                    "Factor field(s) {} have no raster of that name among the factor rasters ({}); name the "
                    "rasters as the fields when you apply the model (lsm:predictraster matches them by name)."
                ).format(", ".join(missing), ", ".join(sorted(names)))
            )
        grid = check_grids(factors)
        return grid.crs_wkt or crs_wkt, grid.cell_size

    def _log_metrics(self, feedback, what, evaluation):
        m = evaluation["metrics"]
        feedback.pushInfo(
            self.tr(
                "{} ({} landslides, {} negatives): OA {:.3f}, precision {:.3f}, sensitivity {:.3f}, "
                "specificity {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, "
                "PR-AUC {:.3f} at threshold {:.2f}"
            ).format(
                what,
                evaluation["n_positive"],
                evaluation["n_negative"],
                m["oa"],
                m["precision"],
                m["sensitivity"],
                m["specificity"],
                m["balanced_accuracy"],
                m["g_mean"],
                m["f1"],
                m["kappa"],
                m["roc_auc"],
                m["pr_auc"],
                evaluation["threshold"],
            )
        )
