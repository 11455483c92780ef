"""lsm:explainmodel: SHAP values and permutation importance of a model bundle on a sample layer."""

import csv

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
)

from ..core import explain
from ..core.bundle import EXTENSION
from ..core.errors import LsmError
from ..core.progress import SubProgress
from . import _params
from ._compat import TYPE_VECTOR
from ._evaluation import check_tabular
from ._samples import add_sample_parameters, check_factor_fields, read_samples
from .base import LsmAlgorithm, write_table

#: explained rows, background rows, dependence panels and permutation repeats by default
DEFAULT_ROWS = 500
DEFAULT_BACKGROUND = 100
DEFAULT_TOP = 3
DEFAULT_REPEATS = 10

CLASS_COLUMNS = [
    ("factor", "str"),
    ("class", "int"),
    ("range", "str"),
    ("lower", "double"),
    ("upper", "double"),
    ("landslides", "int"),
    ("others", "int"),
    ("pct_landslides", "double"),
    ("pct_others", "double"),
    ("fr", "double"),
    ("iv", "double"),
    ("wplus", "double"),
    ("wminus", "double"),
    ("contrast", "double"),
    ("s_contrast", "double"),
    ("studentised", "double"),
]
COEFFICIENT_COLUMNS = [
    ("term", "str"),
    ("coefficient", "double"),
    ("std_error", "double"),
    ("z", "double"),
    ("p_value", "double"),
    ("odds_ratio", "double"),
]


class ExplainModelAlgorithm(LsmAlgorithm):
    """SHAP explanations of a bundle on samples, permutation importance on the test rows."""

    ALGORITHM_NAME = "explainmodel"
    DISPLAY_NAME = "Explain susceptibility model (SHAP)"
    GROUP_ID = "evaluation"
    REQUIRES = ("sklearn", "skops", "shap", "matplotlib")
    HELP = (
        "Why the map says what it says: SHAP values of a model bundle on the rows of a sample layer (exact "
        "TreeExplainer values for forests and gradient boosting, a sampled permutation explainer for the "
        "other models), with a bar chart of mean |SHAP| per factor, a beeswarm figure, dependence plots of "
        "the top factors and a CSV of mean |SHAP|. Categorical factors count as one factor. The log shows "
        "the additivity check (base value + sum of SHAP = model output). Permutation importance (drop of "
        "ROC-AUC) on the test rows is the model-agnostic companion. Classic models also give their class "
        "or coefficient table."
    )

    INPUT = "INPUT"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    BUNDLE = "BUNDLE"
    MAX_ROWS = "MAX_ROWS"
    BACKGROUND = "BACKGROUND"
    TOP = "TOP"
    REPEATS = "REPEATS"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_BAR = "OUTPUT_BAR"
    OUTPUT_BEESWARM = "OUTPUT_BEESWARM"
    OUTPUT_DEPENDENCE = "OUTPUT_DEPENDENCE"
    OUTPUT_PERMUTATION = "OUTPUT_PERMUTATION"
    OUTPUT_MODEL_TABLE = "OUTPUT_MODEL_TABLE"
    OUT_ADDITIVITY = "ADDITIVITY_ERROR"

    def initAlgorithm(self, config=None):  # noqa: N802
        _params.add_trust(self)
        add_sample_parameters(self, factors=False)
        p = QgsProcessingParameterFile(self.BUNDLE, self.tr("Model bundle"), extension=EXTENSION.lstrip("."))
        p.setHelp(
            self.tr("A model bundle of lsm:trainmodel; the samples need a field per factor of the bundle.")
        )
        self.addParameter(p)
        self._add_numbers()
        _params.add_seed(self)
        self._add_outputs()

    def _add_numbers(self):
        _params.add(
            self,
            _params.number(
                self.MAX_ROWS, self.tr("Rows to explain (at most)"), DEFAULT_ROWS, 1, integer=True
            ),
            self.tr(
                "SHAP values are computed for at most this many rows (the test rows when there is a split), "
                "drawn at random with the seed."
            ),
        )
        _params.add(
            self,
            _params.number(
                self.BACKGROUND,
                self.tr("Background rows (sampled explainer)"),
                DEFAULT_BACKGROUND,
                1,
                integer=True,
            ),
            self.tr(
                "Reference rows of the sampled explainer (training rows, drawn with the seed); more rows: "
                "steadier values, slower. Tree models do not use them."
            ),
            advanced=True,
        )
        _params.add(
            self,
            _params.number(self.TOP, self.tr("Dependence plots (top factors)"), DEFAULT_TOP, 1, integer=True),
            self.tr("Number of the most important factors that get a dependence plot."),
        )
        _params.add(
            self,
            _params.number(self.REPEATS, self.tr("Permutation repeats"), DEFAULT_REPEATS, 1, integer=True),
            self.tr("Times each factor is shuffled for the permutation importance (mean and sd reported)."),
            advanced=True,
        )

    def _add_outputs(self):
        csv_filter = self.tr("CSV files (*.csv)")
        png_filter = self.tr("PNG files (*.png)")
        for name, label, file_filter, optional in (
            (self.OUTPUT_CSV, self.tr("Mean |SHAP| per factor (CSV)"), csv_filter, False),
            (self.OUTPUT_BAR, self.tr("Global importance bar chart (PNG)"), png_filter, True),
            (self.OUTPUT_BEESWARM, self.tr("Beeswarm figure (PNG)"), png_filter, True),
            (self.OUTPUT_DEPENDENCE, self.tr("Dependence plots (PNG)"), png_filter, True),
        ):
            p = QgsProcessingParameterFileDestination(name, label, file_filter, optional=optional)
            p.setHelp(self.tr("Where to write this output; empty (optional ones): not written."))
            self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_PERMUTATION, self.tr("Permutation importance"), TYPE_VECTOR, optional=True
        )
        p.setHelp(self.tr("Table: factor, mean drop of the test ROC-AUC when it is shuffled, its sd."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_MODEL_TABLE,
            self.tr("Class or coefficient table (classic models)"),
            TYPE_VECTOR,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "For fr / iv / woe bundles the class table (counts, FR, IV, W+, W-, contrast, studentised "
                "contrast per factor class); for logit bundles the coefficient table. Other models: empty."
            )
        )
        self.addParameter(p)
        self.addOutput(
            QgsProcessingOutputNumber(
                self.OUT_ADDITIVITY, self.tr("Largest additivity error of the SHAP values")
            )
        )

    def process(self, parameters, context, feedback):
        from ..core.bundle import load_bundle

        path = self.parameterAsFile(parameters, self.BUNDLE, context)
        bundle = load_bundle(path, trust=_params.trust(self, parameters, context), feedback=feedback)
        refusal = self.tr("Model bundle '{}' is a '{}' model: only lsm:trainmodel bundles can be explained.")
        check_tabular(bundle, path, feedback, refusal)
        missing = self.tr(
            "The model bundle needs factor field(s) {} which the samples layer lacks (its fields: {}). "
            "Explain the model on samples that carry the bundle's factors ({})."
        )
        check_factor_fields(self, parameters, context, bundle.factors, missing)
        samples, layer_name, _crs = read_samples(
            self, parameters, context, feedback, bundle.factors, list(bundle.manifest.get("categorical", {}))
        )
        seed = _params.seed(self, parameters, context)
        explained, background, test = self._rows(parameters, context, samples, seed, feedback)
        model = bundle.model
        explanation = explain.shap_values(
            model,
            samples.X[explained],
            bundle.factors,
            samples.X[background],
            seed=seed,
            feedback=SubProgress(feedback, 0, 70),
        )
        self._log_explanation(feedback, explanation, layer_name)
        results = {self.OUT_ADDITIVITY: explanation.max_additivity_error}
        results.update(self._write_figures(parameters, context, explanation, bundle))
        results.update(self._permutation(parameters, context, model, samples, test, bundle, seed, feedback))
        results.update(self._model_table(parameters, context, model, bundle))
        feedback.setProgress(100)
        return results

    def _rows(self, parameters, context, samples, seed, feedback):
        """(explained rows, background rows, test rows) of the samples."""
        n = samples.y.size
        if n == 0:
            raise LsmError(
                self.tr(
                    "The samples layer has no row with a label and every factor value: nothing to explain."
                )
            )
        if samples.split is not None and (samples.split == "test").any():
            test = np.flatnonzero(samples.split == "test")
            train = np.flatnonzero(samples.split != "test")
            feedback.pushInfo(self.tr("Explaining the {} 'test' rows of the split field.").format(test.size))
        else:
            test = train = np.arange(n)
            feedback.pushWarning(
                self.tr(
                    "No 'test' rows in the split field: every row is explained and permuted (optimistic)."
                )
            )
        if train.size == 0:
            train = test
        max_rows = self.parameterAsInt(parameters, self.MAX_ROWS, context)
        n_background = self.parameterAsInt(parameters, self.BACKGROUND, context)
        explained = test[explain.sample_rows(test.size, max_rows, seed)]
        background = train[explain.sample_rows(train.size, n_background, seed + 1)]
        return explained, background, test

    def _log_explanation(self, feedback, explanation, layer_name):
        feedback.pushInfo(
            self.tr(
                "SHAP values ({} explainer, {} scale) of {} rows of '{}'; mean |SHAP| per factor:"
            ).format(explanation.method, explanation.scale, explanation.values.shape[0], layer_name)
        )
        for name, value in explain.mean_abs(explanation):
            feedback.pushInfo("  {:<24} {:.6f}".format(name, value))
        error = explanation.max_additivity_error
        message = self.tr(
            "Additivity check: base value + sum of SHAP values = model output within {:.2e} (tolerance {:.0e})."
        ).format(error, explanation.tolerance)
        if error <= explanation.tolerance:
            feedback.pushInfo(message)
        else:
            feedback.pushWarning(message)

    def _write_figures(self, parameters, context, explanation, bundle):
        from ..core.charts import save_png

        written = {}
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        if csv_path:
            with open(csv_path, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(["factor", "mean_abs_shap", "rank", "scale"])
                for rank, (name, value) in enumerate(explain.mean_abs(explanation), start=1):
                    writer.writerow([name, repr(value), rank, explanation.scale])
            written[self.OUTPUT_CSV] = csv_path
        title = self.tr("Model {}").format(bundle.model_type)
        top = self.parameterAsInt(parameters, self.TOP, context)
        for name, draw in (
            (self.OUTPUT_BAR, lambda: explain.importance_figure(explanation, title)),
            (self.OUTPUT_BEESWARM, lambda: explain.beeswarm_figure(explanation, title=title)),
            (self.OUTPUT_DEPENDENCE, lambda: explain.dependence_figure(explanation, top, title)),
        ):
            out = self.parameterAsFileOutput(parameters, name, context)
            if out:
                written[name] = save_png(draw(), out)
        return written

    def _permutation(self, parameters, context, model, samples, test, bundle, seed, feedback):
        if np.unique(samples.y[test]).size != 2:
            feedback.pushWarning(self.tr("The test rows hold one class only: no permutation importance."))
            return {}
        rows = explain.permutation_importance(
            model,
            samples.X[test],
            samples.y[test],
            bundle.factors,
            self.parameterAsInt(parameters, self.REPEATS, context),
            seed,
            SubProgress(feedback, 70, 95),
        )
        feedback.pushInfo(
            self.tr("Permutation importance (drop of the ROC-AUC on {} rows):").format(test.size)
        )
        for name, mean, sd in rows:
            feedback.pushInfo("  {:<24} {:+.4f} (sd {:.4f})".format(name, mean, sd))
        columns = [("factor", "str"), ("auc_drop", "double"), ("auc_drop_sd", "double")]
        dest = write_table(self, parameters, self.OUTPUT_PERMUTATION, context, columns, rows)
        return {} if dest is None else {self.OUTPUT_PERMUTATION: dest}

    def _model_table(self, parameters, context, model, bundle):
        final = model.steps[-1][1] if getattr(model, "steps", None) else model
        if callable(getattr(final, "class_table", None)):
            columns, table = CLASS_COLUMNS, final.class_table(bundle.factors)
        elif callable(getattr(final, "coefficient_table", None)):
            columns, table = COEFFICIENT_COLUMNS, final.coefficient_table(bundle.factors)
        else:
            return {}
        rows = [[row[key] for key, _ in columns] for row in table]
        dest = write_table(self, parameters, self.OUTPUT_MODEL_TABLE, context, columns, rows)
        return {} if dest is None else {self.OUTPUT_MODEL_TABLE: dest}
