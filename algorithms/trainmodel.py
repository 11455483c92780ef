"""lsm:trainmodel: fit an imbalanced learner (or a benchmark) on samples and save a model bundle.

The parameters and the run here; the grid search, evaluation and run records in algorithms/_train_io.py.
"""

import numpy as np
from qgis.core import (
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
)

from ..core import catalogue, fitting, sampleset
from ..core.bundle import EXTENSION
from ..core.errors import LsmError
from . import _params, _train_io
from ._compat import TYPE_RASTER
from ._samples import add_sample_parameters, read_samples
from .base import LsmAlgorithm

CV_MODES = ("none", "stratified", "spatial")
#: cross-validation folds (5-fold CV, as is usual in LSM studies)
DEFAULT_FOLDS = 5
#: spatial CV block size in map units (1 km)
DEFAULT_BLOCK_SIZE = 1000.0


class TrainModelAlgorithm(LsmAlgorithm):
    """Fits one model type on training samples and writes a model bundle and a run record."""

    ALGORITHM_NAME = "trainmodel"
    DISPLAY_NAME = "Train susceptibility model"
    GROUP_ID = "models"
    REQUIRES = ("sklearn", "imblearn", "skops")
    HELP = (
        "Trains a landslide susceptibility model on samples (landslides 1, negatives 0) and saves it as a "
        "model bundle (.lsmodel) for lsm:predictraster and lsm:evaluatemodel.\n\n"
        "Models: balanced random forest, EasyEnsemble, SMOTE-DNN, ADASYN-DNN (Fu et al. 2024), the benchmarks "
        "rf and dnn, SVM, kernel and plain logistic regression. With a ratio r > 0, r training negatives per "
        "landslide are drawn; 0 uses all. 'test' rows give the test metrics; an optional cross-validated grid "
        "search picks the parameters.\n\n"
        "SECURITY: a bundle holds a Python pickle: open only bundles you trust. See the help link for the "
        "model parameters and the bundle format."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    SAMPLE_LAYERS = (("INPUT", "LABEL_FIELD"),)
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

    MODEL_KEYS = tuple(catalogue.MODEL_TYPES)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_sample_parameters(self)
        p = QgsProcessingParameterEnum(
            self.MODEL,
            self.tr("Model"),
            [self.tr(v) for v in catalogue.MODEL_TYPES.values()],
            defaultValue=0,
        )
        p.setHelp(
            self.tr("Model type; the bundle and run record name it by its key ({}).").format(
                ", ".join(self.MODEL_KEYS)
            )
        )
        self.addParameter(p)
        p = _params.number(
            self.RATIO,
            self.tr("Imbalance ratio (negatives per landslide; 0 = all negatives)"),
            0.0,
            0.0,
            decimals=_params.RATIO,
        )
        _params.add(self, p, self.tr("1 = balanced benchmark; Fu et al. 2024 use 1:2.5 to 1:200."))
        _params.add(
            self,
            QgsProcessingParameterString(
                self.MODEL_PARAMS, self.tr("Model parameters (name=value; ...)"), optional=True
            ),
            self.tr(
                "Overrides of the model's defaults, e.g. 'n_estimators=300; max_depth=12' (the names and "
                "defaults of each model are in the help link)."
            ),
        )
        self._add_cv_parameters()
        p = QgsProcessingParameterMultipleLayers(
            self.FACTOR_RASTERS, self.tr("Factor rasters"), TYPE_RASTER, optional=True
        )
        p.setHelp(
            self.tr(
                "The factor rasters the model will be applied to: their names are checked against the factor "
                "fields and their CRS and cell size are recorded in the bundle."
            )
        )
        self.addParameter(p)
        _params.add_seed(
            self, help_text=self.tr("Seed of every random draw: the same seed and data give the same model.")
        )
        _params.add_n_jobs(self)
        _params.add_device(self)
        _params.add_run_store(self)
        _params.add(
            self,
            QgsProcessingParameterBoolean(
                self.WRITE_RECORD, self.tr("Write a run record"), defaultValue=True
            ),
            self.tr(
                "Write the run's record (metrics, curves, parameters) into the run store for the metrics dock."
            ),
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

    def _add_cv_parameters(self):
        _params.add(
            self,
            QgsProcessingParameterEnum(
                self.CV,
                self.tr("Hyper-parameter search by cross-validation"),
                [self.tr("None"), self.tr("Stratified folds"), self.tr("Spatial blocks")],
                defaultValue=0,
            ),
            self.tr(
                "Grid search on the training rows: folds stratified by class, or folds of whole square blocks "
                "(neighbouring cells never on both sides). The best combination is refitted on all training rows."
            ),
        )
        p = _params.number(
            self.CV_FOLDS, self.tr("Cross-validation folds"), DEFAULT_FOLDS, 2, 20, integer=True
        )
        _params.add(
            self,
            p,
            self.tr("Number of folds of the cross-validation (5 is usual in susceptibility studies)."),
        )
        p = _params.number(
            self.CV_BLOCK_SIZE,
            self.tr("Spatial block size (map units)"),
            DEFAULT_BLOCK_SIZE,
            0.0,
            decimals=_params.DISTANCE,
        )
        _params.add(
            self,
            p,
            self.tr("Side of the square blocks of the spatial cross-validation, in the samples' map units."),
        )
        _params.add(
            self,
            QgsProcessingParameterEnum(
                self.CV_SCORE,
                self.tr("Cross-validation score"),
                # labels of catalogue.CV_SCORES, in its order (the stored index picks the score)
                [
                    self.tr("ROC-AUC"),
                    self.tr("PR-AUC"),
                    self.tr("Balanced accuracy"),
                    self.tr("G-mean"),
                    self.tr("F1 score"),
                    self.tr("Cohen's kappa"),
                ],
                defaultValue=0,
            ),
            self.tr("The score the grid search maximises."),
        )
        _params.add(
            self,
            QgsProcessingParameterString(
                self.GRID, self.tr("Search grid (name=v1,v2; ...; empty = default grid)"), optional=True
            ),
            self.tr(
                "Values to try, e.g. 'n_estimators=100,300; max_depth=8,16'; empty: a small default grid per model."
            ),
        )

    def process(self, parameters, context, feedback):
        from ..core import models as lsm_models

        model_type = self.MODEL_KEYS[self.parameterAsEnum(parameters, self.MODEL, context)]
        if model_type in catalogue.TORCH_MODELS:
            message = self._torch_missing()
            if message:
                raise LsmError(message)
        ratio = self.parameterAsDouble(parameters, self.RATIO, context)
        params = catalogue.parse_params(self.parameterAsString(parameters, self.MODEL_PARAMS, context))
        lsm_models.model_params(model_type, params)
        seed = _params.seed(self, parameters, context)
        cv_mode = CV_MODES[self.parameterAsEnum(parameters, self.CV, context)]
        out_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out_path.lower().endswith(EXTENSION):
            out_path += EXTENSION

        steps = QgsProcessingMultiStepFeedback(4 if cv_mode != "none" else 3, feedback)
        samples, layer_name, crs_wkt = read_samples(self, parameters, context, steps)
        crs_wkt, cell_size = _train_io.grid_info(self, parameters, context, samples, crs_wkt, feedback)
        # the split and the negative draw each get their own stream of the seed
        split_seed, draw_seed = np.random.SeedSequence(seed).spawn(2)
        train_rows, test_rows = sampleset.split_rows(samples, sampleset.DEFAULT_TEST_FRACTION, split_seed)
        positives, negatives = self._training_rows(samples, train_rows, ratio, draw_seed, feedback)
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
            best, cv_table = _train_io.search(
                self, parameters, context, model_type, cv_mode, samples, rows, params, steps
            )
            params = dict(params, **best)
        steps.setCurrentStep(2 if cv_mode != "none" else 1)
        n_jobs, device = _params.n_jobs(self, parameters, context), _params.device(self, parameters, context)
        model = fitting.fit(model_type, samples, rows, params, seed, n_jobs, device, steps)
        steps.setCurrentStep(3 if cv_mode != "none" else 2)
        train_eval, test_evals = _train_io.evaluate(self, model, samples, rows, test_rows, feedback)
        test_eval = next(iter(test_evals.values()), None)
        extra = {
            "training_metrics": train_eval["metrics"],
            "test_metrics": test_eval["metrics"] if test_eval else None,
            "test_set": next(iter(test_evals), None),
            "test_metrics_by_set": {kind: e["metrics"] for kind, e in test_evals.items()} or None,
            "ratio": ratio,
            "n_train_positive": int(positives.size),
            "n_train_negative": int(negatives.size),
            "n_test": int(test_rows.size),
            "label_field": self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label",
            "dataset": layer_name,
            "cv": {"mode": cv_mode, "table": cv_table} if cv_table else None,
        }
        manifest = fitting.build_manifest(model_type, samples, rows, params, seed, crs_wkt, cell_size, extra)
        fitting.write_bundle(out_path, model, manifest)
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
            facts = {
                "model_type": model_type,
                "ratio": ratio if ratio > 0 else negatives.size / positives.size,
                "dataset": layer_name,
                "seed": seed,
                "n_train_positive": int(positives.size),
                "n_train_negative": int(negatives.size),
            }
            run_records = _train_io.run_records(
                self,
                parameters,
                context,
                facts,
                manifest,
                (samples, test_rows),
                (train_eval, test_evals),
                out_path,
            )
            for record in run_records[::-1]:  # the reported (first) record last: RUN_RECORD names it
                results[self.OUT_RUN_ID] = self.write_run_record(
                    record, parameters, context, feedback, out_path
                )
            results[self.OUT_RECORD] = self.last_record_path
        return results

    @staticmethod
    def _training_rows(samples, train_rows, ratio, seed, feedback):
        """(positive rows, drawn negative rows) of the training rows; *seed* an int or SeedSequence.
        With both negative kinds among the training rows the reliable negatives are drawn from."""
        rng = np.random.default_rng(seed)
        positives = train_rows[samples.y[train_rows] == 1]
        sampleset.check_classes(samples.y[train_rows], "training")
        pool, note = sampleset.training_pool(samples, train_rows)
        if note:
            feedback.pushInfo(note)
        return positives, sampleset.subsample_pool(pool, positives.size, ratio, rng)

    def _torch_missing(self):
        from ..core.dependencies import dependency_message

        message = dependency_message(("torch",))
        return self.tr(message) if message else ""
