"""lsm:saturationtest: Fu et al. 2024's saturation test of imbalanced learners against the ratio."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import catalogue, sampleset, saturation
from ..core.errors import LsmError
from ..core.metrics import METRIC_KEYS
from . import _params
from ._samples import add_sample_parameters, read_samples
from .base import LsmAlgorithm, json_parameters, write_table


class SaturationTestAlgorithm(LsmAlgorithm):
    """Trains each model at each imbalance ratio, repeatedly, and scores it on one fixed test set."""

    ALGORITHM_NAME = "saturationtest"
    DISPLAY_NAME = "Saturation test (metrics vs imbalance ratio)"
    GROUP_ID = "evaluation"
    REQUIRES = ("sklearn", "imblearn")
    HELP = (
        "The saturation test of Fu et al. 2024 (IEEE JSTARS 17): how do imbalanced learners behave as more "
        "negatives per landslide are used for training?\n\n"
        "A test set is fixed once (the test landslides and r_test negatives each); then for each ratio and "
        "repeat, ratio x n training negatives are drawn (the same draw for every model) and each model is "
        "trained and scored on that test set.\n\n"
        "Outputs: a long table (one row per fit), mean +/- sd per model and ratio, a PNG of each metric "
        "against the ratio, and one run record per fit sharing a group key for the metrics dock."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    FACTOR_FIELDS = "FACTOR_FIELDS"
    CATEGORICAL_FIELDS = "CATEGORICAL_FIELDS"
    SPLIT_FIELD = "SPLIT_FIELD"
    TEST_FRACTION = "TEST_FRACTION"
    MODELS = "MODELS"
    RATIOS = "RATIOS"
    REPEATS = "REPEATS"
    TEST_RATIO = "TEST_RATIO"
    MODEL_PARAMS = "MODEL_PARAMS"
    SEED = "SEED"
    N_JOBS = "N_JOBS"
    DEVICE = "DEVICE"
    RUN_STORE = "RUN_STORE"
    OUTPUT_LONG = "OUTPUT_LONG"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"
    OUTPUT_PLOT = "OUTPUT_PLOT"
    OUT_GROUP = "GROUP"
    OUT_RUNS = "N_RUNS"

    MODEL_KEYS = tuple(catalogue.MODEL_TYPES)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_sample_parameters(self)
        self._add(
            QgsProcessingParameterNumber(
                self.TEST_FRACTION,
                self.tr("Test share of each class when there is no split field"),
                QgsProcessingParameterNumber.Double,
                sampleset.DEFAULT_TEST_FRACTION,
                minValue=0.05,
                maxValue=0.95,
            ),
            "Without a split field, this share of each class becomes the fixed test pool.",
        )
        defaults = [self.MODEL_KEYS.index(m) for m in saturation.DEFAULT_SATURATION_MODELS]
        self._add(
            QgsProcessingParameterEnum(
                self.MODELS,
                self.tr("Models"),
                [self.tr(v) for v in catalogue.MODEL_TYPES.values()],
                allowMultiple=True,
                defaultValue=defaults,
            ),
            "Models to train at each ratio; default the four imbalanced learners of Fu et al. 2024.",
        )
        self._add(
            QgsProcessingParameterString(
                self.RATIOS,
                self.tr("Imbalance ratios (negatives per landslide, comma separated)"),
                ", ".join(f"{r:g}" for r in saturation.DEFAULT_RATIOS),
            ),
            "Fu et al. 2024: 2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200.",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.REPEATS,
                self.tr("Repeats (resamplings per model and ratio)"),
                QgsProcessingParameterNumber.Integer,
                saturation.DEFAULT_REPEATS,
                minValue=1,
            ),
            "Independent negative draws per model and ratio; the tables give their mean and sd.",
        )
        self._add(
            QgsProcessingParameterNumber(
                self.TEST_RATIO,
                self.tr("Test set ratio (negatives per test landslide; 0 = all test negatives)"),
                QgsProcessingParameterNumber.Double,
                saturation.DEFAULT_TEST_RATIO,
                minValue=0.0,
            ),
            "Negatives per test landslide in the fixed test set (Fu et al. 2024: 200).",
        )
        self._add(
            QgsProcessingParameterString(
                self.MODEL_PARAMS, self.tr("Model parameters (model.name=value; ...)"), optional=True
            ),
            "Per-model overrides, e.g. 'brf.n_estimators=200; smote_dnn.epochs=20' (names as in lsm:trainmodel).",
        )
        _params.add_seed(self, help_text=self.tr("Seed of the test set, the negative draws and the models."))
        _params.add_n_jobs(self, help_text=self.tr("Fits that run at once in threads: -1 uses all cores."))
        _params.add_device(self)
        _params.add_run_store(
            self, help_text=self.tr("Folder of the run records (one per fit, sharing a group key).")
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_LONG, self.tr("Saturation runs (long table)"), QgsProcessing.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY, self.tr("Saturation summary (mean and sd)"), QgsProcessing.TypeVector
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PLOT,
                self.tr("Metrics vs ratio (PNG)"),
                self.tr("PNG files (*.png)"),
                optional=True,
            )
        )
        self.addOutput(QgsProcessingOutputString(self.OUT_GROUP, self.tr("Group key of the run records")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_RUNS, self.tr("Number of fits")))

    def _add(self, parameter, help_text):
        parameter.setHelp(self.tr(help_text))
        self.addParameter(parameter)

    def _model_params(self, text, model_types):
        params = {}
        for key, value in catalogue.parse_params(text).items():
            if "." not in key:
                raise LsmError(
                    self.tr(
                        "Model parameter '{}' needs its model: write model.name=value (e.g. brf.n_estimators=200)."
                    ).format(key)
                )
            model_type, name = key.split(".", 1)
            if model_type not in self.MODEL_KEYS:
                raise LsmError(
                    self.tr("Unknown model '{}' in the model parameters; models are {}.").format(
                        model_type, ", ".join(self.MODEL_KEYS)
                    )
                )
            params.setdefault(model_type, {})[name] = value
        return {m: p for m, p in params.items() if m in model_types}

    def process(self, parameters, context, feedback):
        model_types = [self.MODEL_KEYS[i] for i in self.parameterAsEnums(parameters, self.MODELS, context)]
        if not model_types:
            raise LsmError(self.tr("Choose at least one model."))
        if any(m in catalogue.TORCH_MODELS for m in model_types):
            from ..core.dependencies import dependency_message

            message = dependency_message(("torch",))
            if message:
                raise LsmError(self.tr(message))
        ratios = saturation.parse_ratios(self.parameterAsString(parameters, self.RATIOS, context))
        repeats = self.parameterAsInt(parameters, self.REPEATS, context)
        test_ratio = self.parameterAsDouble(parameters, self.TEST_RATIO, context)
        seed = _params.seed(self, parameters, context)
        n_jobs = _params.n_jobs(self, parameters, context)
        device = _params.device(self, parameters, context)
        params = self._model_params(
            self.parameterAsString(parameters, self.MODEL_PARAMS, context), model_types
        )
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)

        samples, layer_name, _crs = read_samples(self, parameters, context, feedback)
        fraction = self.parameterAsDouble(parameters, self.TEST_FRACTION, context)
        train_rows, test_rows = sampleset.split_rows(samples, fraction, seed)
        store = _params.run_store(self, parameters, context, plot_path or None)
        record_extra = {
            "dataset": layer_name,
            "parameters": json_parameters(self, parameters, context),
        }
        results, group = saturation.saturation_test(
            samples,
            train_rows,
            test_rows,
            model_types=model_types,
            ratios=ratios,
            repeats=repeats,
            test_ratio=test_ratio,
            seed=seed,
            n_jobs=n_jobs,
            params=params,
            device=device,
            feedback=feedback,
            store=store,
            record_extra=record_extra,
        )
        feedback.pushInfo(
            self.tr("{} run records written to {} (group {}).").format(len(results), store, group)
        )
        outputs = {self.OUT_GROUP: group, self.OUT_RUNS: len(results)}
        long_columns = (
            [
                ("model", "str"),
                ("ratio", "double"),
                ("repeat", "int"),
                ("n_train_pos", "int"),
                ("n_train_neg", "int"),
            ]
            + [(k, "double") for k in METRIC_KEYS]
            + [("best_threshold", "double"), ("fit_seconds", "double"), ("run_id", "str")]
        )
        long_rows = [
            [r["model"], r["ratio"], r["repeat"] + 1, r["n_train_pos"], r["n_train_neg"]]
            + [r["metrics"][k] for k in METRIC_KEYS]
            + [r["best_threshold"], r["seconds"], r["run_id"]]
            for r in results
        ]
        dest = write_table(self, parameters, self.OUTPUT_LONG, context, long_columns, long_rows)
        if dest is not None:
            outputs[self.OUTPUT_LONG] = dest
        summary = saturation.summarise(results)
        summary_columns = [("model", "str"), ("ratio", "double"), ("n", "int")]
        for key in METRIC_KEYS:
            summary_columns += [(key + "_mean", "double"), (key + "_sd", "double")]
        summary_columns.append(("seconds_mean", "double"))
        summary_rows = [[row[c] for c, _kind in summary_columns] for row in summary]
        dest = write_table(self, parameters, self.OUTPUT_SUMMARY, context, summary_columns, summary_rows)
        if dest is not None:
            outputs[self.OUTPUT_SUMMARY] = dest
        feedback.pushInfo(self.tr("Mean +/- sd (BA, ROC-AUC, PR-AUC):"))
        for row in summary:
            feedback.pushInfo(
                "  {:<13} 1:{:<6g} BA {:.3f} +/- {:.3f}  ROC-AUC {:.3f} +/- {:.3f}  PR-AUC {:.3f} +/- {:.3f}".format(
                    row["model"],
                    row["ratio"],
                    row["balanced_accuracy_mean"],
                    row["balanced_accuracy_sd"],
                    row["roc_auc_mean"],
                    row["roc_auc_sd"],
                    row["pr_auc_mean"],
                    row["pr_auc_sd"],
                )
            )
        if plot_path:
            saturation.plot_saturation(
                summary, plot_path, title=self.tr("Saturation test - {}").format(layer_name)
            )
            outputs[self.OUTPUT_PLOT] = plot_path
        return outputs
