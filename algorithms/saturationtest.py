"""lsm:saturationtest: Fu et al. 2024's saturation test of imbalanced learners against the ratio."""

from qgis.core import (
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
from ._compat import NUMBER_DOUBLE, NUMBER_INTEGER, TYPE_VECTOR
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
    DESIGN = "DESIGN"
    LABEL_FIELD = "LABEL_FIELD"
    SAMPLE_LAYERS = (("INPUT", "LABEL_FIELD"),)
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
    #: the experiments of the DESIGN parameter
    DESIGNS = ("custom", "paper", "table2")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_sample_parameters(self)
        self._add(
            QgsProcessingParameterEnum(
                self.DESIGN,
                self.tr("Design"),
                [
                    self.tr("Custom: the models, ratios, repeats and test ratio below"),
                    self.tr(
                        "Paper design (Fu et al. 2024): ratios 1:2.5 ... 1:200, 10 repeats, test 1:200 or the largest that fits"
                    ),
                    self.tr("Unlabeled vs reliable negatives at 1:1 (Fu et al. 2024 Table II): rf and dnn"),
                ],
                defaultValue=0,
            ),
            "Custom uses the parameters below. The paper design replaces the ratios and repeats by Fu et al.'s "
            "and lowers the test ratio to the largest the test negatives allow. The Table II experiment trains "
            "rf and dnn at 1:1 on random unlabeled and on reliable training negatives (field negative_kind: an "
            "lsm:spysampling layer made with 'Keep the random training cells', RANDOM_TRAIN), the repeats below "
            "each, on the same fixed test sets.",
        )
        self._add(
            _params.set_decimals(
                QgsProcessingParameterNumber(
                    self.TEST_FRACTION,
                    self.tr("Test share of each class when there is no split field"),
                    NUMBER_DOUBLE,
                    sampleset.DEFAULT_TEST_FRACTION,
                    minValue=0.05,
                    maxValue=0.95,
                ),
                _params.SHARE,
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
                NUMBER_INTEGER,
                saturation.DEFAULT_REPEATS,
                minValue=1,
            ),
            "Independent negative draws per model and ratio; the tables give their mean and sd.",
        )
        self._add(
            _params.set_decimals(
                QgsProcessingParameterNumber(
                    self.TEST_RATIO,
                    self.tr("Test set ratio (negatives per test landslide; 0 = all test negatives)"),
                    NUMBER_DOUBLE,
                    saturation.DEFAULT_TEST_RATIO,
                    minValue=0.0,
                ),
                _params.RATIO,
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
                self.OUTPUT_LONG, self.tr("Saturation runs (long table)"), TYPE_VECTOR
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SUMMARY, self.tr("Saturation summary (mean and sd)"), TYPE_VECTOR
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

    def _check_torch(self, model_types):
        if any(m in catalogue.TORCH_MODELS for m in model_types):
            from ..core.dependencies import dependency_message

            message = dependency_message(("torch",))
            if message:
                raise LsmError(self.tr(message))

    def _table2_pools(self, samples, train_rows, layer_name):
        """{'unlabeled': random unlabeled training rows, 'rn': reliable-negative training rows}."""
        negatives = train_rows[samples.y[train_rows] == 0]
        kinds = sampleset.negative_kinds(samples)[negatives]
        pools = {"unlabeled": negatives[kinds == "random"], "rn": negatives[kinds == "rn"]}
        if not all(rows.size for rows in pools.values()):
            raise LsmError(
                self.tr(
                    "The Table II experiment needs training negatives of both kinds in '{}' (field '{}': 'random' "
                    "and 'rn'); it has {} random and {} reliable ones. Run lsm:spysampling again with its advanced "
                    "option 'Keep the random training cells' (RANDOM_TRAIN) on, which writes the sample layer's "
                    "unlabeled training cells as negative_kind 'random' beside the reliable negatives, and give "
                    "that layer here (or merge an lsm:buildsamples layer, negative_kind 'random', with the reliable "
                    "negatives, negative_kind 'rn')."
                ).format(layer_name, sampleset.NEGATIVE_KIND_FIELD, pools["unlabeled"].size, pools["rn"].size)
            )
        return pools

    def process(self, parameters, context, feedback):
        model_types = [self.MODEL_KEYS[i] for i in self.parameterAsEnums(parameters, self.MODELS, context)]
        if not model_types:
            raise LsmError(self.tr("Choose at least one model."))
        self._check_torch(model_types)
        design = self.DESIGNS[self.parameterAsEnum(parameters, self.DESIGN, context)]
        ratios = saturation.parse_ratios(self.parameterAsString(parameters, self.RATIOS, context))
        repeats = self.parameterAsInt(parameters, self.REPEATS, context)
        test_ratio = self.parameterAsDouble(parameters, self.TEST_RATIO, context)
        if design == "paper":
            ratios = list(saturation.PAPER_DESIGN["ratios"])
            repeats = saturation.PAPER_DESIGN["repeats"]
            test_ratio = saturation.PAPER_DESIGN["test_ratio"]
        elif design == "table2":
            model_types = list(saturation.TABLE2_MODELS)
            self._check_torch(model_types)
        seed = _params.seed(self, parameters, context)
        params = self._model_params(
            self.parameterAsString(parameters, self.MODEL_PARAMS, context), model_types
        )
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)

        samples, layer_name, _crs = read_samples(self, parameters, context, feedback)
        fraction = self.parameterAsDouble(parameters, self.TEST_FRACTION, context)
        train_rows, test_rows = sampleset.split_rows(samples, fraction, seed)
        store = _params.run_store(self, parameters, context, plot_path or None)
        options = {
            "model_types": model_types,
            "repeats": repeats,
            "test_ratio": test_ratio,
            "seed": seed,
            "n_jobs": _params.n_jobs(self, parameters, context),
            "params": params,
            "device": _params.device(self, parameters, context),
            "feedback": feedback,
            "store": store,
            "record_extra": {"dataset": layer_name, "parameters": json_parameters(self, parameters, context)},
            "fit_test_ratio": design == "paper",
        }
        if design == "table2":
            feedback.pushInfo(
                self.tr("Fu et al. Table II: rf and dnn at 1:1, random unlabeled vs reliable negatives.")
            )
            pools = self._table2_pools(samples, train_rows, layer_name)
            results, group = saturation.negatives_comparison(samples, train_rows, test_rows, pools, **options)
        else:
            results, group = saturation.saturation_test(
                samples, train_rows, test_rows, ratios=ratios, **options
            )
        feedback.pushInfo(
            self.tr("{} run records written to {} (group {}).").format(len(results), store, group)
        )
        n_fits = len({(r["model"], r["negatives"], r["ratio"], r["repeat"]) for r in results})
        outputs = {self.OUT_GROUP: group, self.OUT_RUNS: n_fits}
        outputs.update(self._write_long(parameters, context, results))
        summary = saturation.summarise(results)
        outputs.update(self._write_summary(parameters, context, summary))
        self._log_summary(feedback, summary)
        if plot_path:
            shown = summary[0]["test_set"]
            plotted = [
                dict(row, model=f"{row['model']} {row['negatives']}".strip())
                for row in summary
                if row["test_set"] == shown
            ]
            saturation.plot_saturation(
                plotted,
                plot_path,
                title=self.tr("Saturation test - {} (test set '{}')").format(layer_name, shown),
            )
            outputs[self.OUTPUT_PLOT] = plot_path
        return outputs

    def _write_long(self, parameters, context, results):
        long_columns = (
            [
                ("model", "str"),
                ("negatives", "str"),
                ("ratio", "double"),
                ("repeat", "int"),
                ("test_set", "str"),
                ("n_train_pos", "int"),
                ("n_train_neg", "int"),
                ("n_test_pos", "int"),
                ("n_test_neg", "int"),
            ]
            + [(k, "double") for k in METRIC_KEYS]
            + [("best_threshold", "double"), ("fit_seconds", "double"), ("run_id", "str")]
        )
        long_rows = [
            [r["model"], r["negatives"], r["ratio"], r["repeat"] + 1, r["test_set"], r["n_train_pos"]]
            + [r["n_train_neg"], r["n_test_pos"], r["n_test_neg"]]
            + [r["metrics"][k] for k in METRIC_KEYS]
            + [r["best_threshold"], r["seconds"], r["run_id"]]
            for r in results
        ]
        dest = write_table(self, parameters, self.OUTPUT_LONG, context, long_columns, long_rows)
        return {self.OUTPUT_LONG: dest} if dest is not None else {}

    def _write_summary(self, parameters, context, summary):
        columns = [
            ("model", "str"),
            ("negatives", "str"),
            ("ratio", "double"),
            ("test_set", "str"),
            ("n", "int"),
        ]
        for key in METRIC_KEYS:
            columns += [(key + "_mean", "double"), (key + "_sd", "double")]
        columns.append(("seconds_mean", "double"))
        rows = [[row[c] for c, _kind in columns] for row in summary]
        dest = write_table(self, parameters, self.OUTPUT_SUMMARY, context, columns, rows)
        return {self.OUTPUT_SUMMARY: dest} if dest is not None else {}

    def _log_summary(self, feedback, summary):
        feedback.pushInfo(self.tr("Mean +/- sd (BA, ROC-AUC, PR-AUC):"))
        for row in summary:
            feedback.pushInfo(
                "  {:<13} {:<9} 1:{:<6g} [{:<6}] BA {:.3f} +/- {:.3f}  ROC-AUC {:.3f} +/- {:.3f}  "
                "PR-AUC {:.3f} +/- {:.3f}".format(
                    row["model"],
                    row["negatives"],
                    row["ratio"],
                    row["test_set"],
                    row["balanced_accuracy_mean"],
                    row["balanced_accuracy_sd"],
                    row["roc_auc_mean"],
                    row["roc_auc_sd"],
                    row["pr_auc_mean"],
                    row["pr_auc_sd"],
                )
            )
        if any(row["test_set"] == "rn" for row in summary):
            feedback.pushInfo(sampleset.RN_NOTE)
