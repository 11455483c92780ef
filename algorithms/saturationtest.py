"""lsm:saturationtest: Fu et al. 2024's saturation test of imbalanced learners against the ratio."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..core import training
from ..core.metrics import METRIC_KEYS
from .base import LsmAlgorithm, write_table
from .trainmodel import (
    DEVICES,
    add_common_model_parameters,
    add_run_store_parameter,
    add_sample_parameters,
    json_parameters,
    read_samples,
    run_store,
)


class SaturationTestAlgorithm(LsmAlgorithm):
    """Trains each model at each imbalance ratio, repeatedly, and scores it on one fixed test set."""

    ALGORITHM_NAME = "saturationtest"
    DISPLAY_NAME = "Saturation test (metrics vs imbalance ratio)"
    GROUP_ID = "evaluation"
    REQUIRES = ("sklearn", "imblearn")
    HELP = (
        "The saturation test of Fu et al. 2024 (IEEE JSTARS 17, Table III and Fig. 11): how do imbalanced "
        "learners behave as more negatives per landslide are used for training?\n\n"
        "The test set is fixed once: the test landslides and r_test negatives per test landslide (default "
        "1:200) drawn from the test negatives. Then for each ratio (default 2.5, 5, 7.5, 10, 15, 20, 25, 50, "
        "100, 150, 200) and each repeat (default 10), ratio x n training negatives are drawn without "
        "replacement from the training pool (the same draw for every model, so models are compared on the "
        "same data), each model is trained and evaluated on the fixed test set.\n\n"
        "Samples: a layer with landslides and a pool of negatives (e.g. lsm:spysampling's reliable negatives "
        "merged with the landslides, or lsm:buildsamples' output); the split field separates training and "
        "test rows; without it the layer is split at random (test share below), each class apart, into "
        "disjoint training and test pools. The pools must hold enough negatives for the largest ratios: the "
        "error message says how many are available.\n\n"
        "Models: by default the four imbalanced learners of Fu et al. 2024 (balanced random forest, "
        "EasyEnsemble, SMOTE-DNN, ADASYN-DNN); the benchmarks and the other models may be added. Model "
        "parameters: 'model.name=value; ...', e.g. 'brf.n_estimators=200; smote_dnn.epochs=20' (see "
        "lsm:trainmodel for the names and defaults).\n\n"
        "Outputs: the long table (model, ratio, repeat, the ten metrics at threshold 0.5, the G-mean-best "
        "threshold, fit seconds, run id), the mean +/- standard deviation table per model and ratio, a PNG of "
        "every metric against the ratio (mean line, +/- sd band), and one run record per fit sharing a group "
        "key (the metrics dock groups them). Fits run in parallel threads with n_jobs > 1; cancel stops "
        "between fits (and inside the forest and network fits)."
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

    MODEL_KEYS = tuple(training.MODEL_TYPES)

    def initAlgorithm(self, config=None):  # noqa: N802
        add_sample_parameters(self)
        p = QgsProcessingParameterNumber(
            self.TEST_FRACTION,
            self.tr("Test share of each class when there is no split field"),
            QgsProcessingParameterNumber.Double,
            training.DEFAULT_TEST_FRACTION,
            minValue=0.05,
            maxValue=0.95,
        )
        self.addParameter(p)
        defaults = [self.MODEL_KEYS.index(m) for m in training.DEFAULT_SATURATION_MODELS]
        p = QgsProcessingParameterEnum(
            self.MODELS,
            self.tr("Models"),
            [self.tr(v) for v in training.MODEL_TYPES.values()],
            allowMultiple=True,
            defaultValue=defaults,
        )
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.RATIOS,
            self.tr("Imbalance ratios (negatives per landslide, comma separated)"),
            ", ".join(f"{r:g}" for r in training.DEFAULT_RATIOS),
        )
        p.setHelp(self.tr("Fu et al. 2024: 2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200."))
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterNumber(
                self.REPEATS,
                self.tr("Repeats (resamplings per model and ratio)"),
                QgsProcessingParameterNumber.Integer,
                training.DEFAULT_REPEATS,
                minValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.TEST_RATIO,
                self.tr("Test set ratio (negatives per test landslide; 0 = all test negatives)"),
                QgsProcessingParameterNumber.Double,
                training.DEFAULT_TEST_RATIO,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.MODEL_PARAMS, self.tr("Model parameters (model.name=value; ...)"), optional=True
            )
        )
        add_common_model_parameters(self, jobs_default=1)
        add_run_store_parameter(self)
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

    def _model_params(self, text, model_types):
        params = {}
        for key, value in training.parse_params(text).items():
            if "." not in key:
                raise QgsProcessingException(
                    self.tr(
                        "Model parameter '{}' needs its model: write model.name=value (e.g. brf.n_estimators=200)."
                    ).format(key)
                )
            model_type, name = key.split(".", 1)
            if model_type not in self.MODEL_KEYS:
                raise QgsProcessingException(
                    self.tr("Unknown model '{}' in the model parameters; models are {}.").format(
                        model_type, ", ".join(self.MODEL_KEYS)
                    )
                )
            params.setdefault(model_type, {})[name] = value
        return {m: p for m, p in params.items() if m in model_types}

    def run(self, parameters, context, feedback):
        model_types = [self.MODEL_KEYS[i] for i in self.parameterAsEnums(parameters, self.MODELS, context)]
        if not model_types:
            raise QgsProcessingException(self.tr("Choose at least one model."))
        if any(m in training.TORCH_MODELS for m in model_types):
            from ..core.dependencies import dependency_message

            message = dependency_message(("torch",))
            if message:
                raise QgsProcessingException(self.tr(message))
        ratios = training.parse_ratios(self.parameterAsString(parameters, self.RATIOS, context))
        repeats = self.parameterAsInt(parameters, self.REPEATS, context)
        test_ratio = self.parameterAsDouble(parameters, self.TEST_RATIO, context)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        n_jobs = self.parameterAsInt(parameters, self.N_JOBS, context)
        device = DEVICES[self.parameterAsEnum(parameters, self.DEVICE, context)]
        params = self._model_params(
            self.parameterAsString(parameters, self.MODEL_PARAMS, context), model_types
        )
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)

        samples, layer_name, _crs = read_samples(self, parameters, context, feedback)
        fraction = self.parameterAsDouble(parameters, self.TEST_FRACTION, context)
        train_rows, test_rows = training.split_rows(samples, fraction, seed)
        store = run_store(self, parameters, context, plot_path or None)
        record_extra = {
            "dataset": layer_name,
            "parameters": json_parameters(self, parameters, context),
        }
        results, group = training.saturation_test(
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
        summary = training.summarise(results)
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
            training.plot_saturation(
                summary, plot_path, title=self.tr("Saturation test - {}").format(layer_name)
            )
            outputs[self.OUTPUT_PLOT] = plot_path
        return outputs
