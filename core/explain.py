"""Why a model scores a cell as it does: SHAP values of a bundle's model and permutation importance
(lsm:explainmodel; tests and notebooks too). No qgis import; shap is imported on first use.

SHAP (Lundberg & Lee 2017, the `shap` package):
- tree models (random forests, the balanced random forest, LightGBM gradient boosting): exact
  TreeExplainer values on the pipeline's transformed columns (one-hot categories, standardised
  factors), then the columns of a factor summed back into one value per factor (a categorical
  factor's one-hot columns add up: SHAP values are additive). Forests explain the probability,
  LightGBM its log-odds (the booster's raw output).
- every other model: shap.PermutationExplainer on the pipeline's predict_proba in raw factor space
  (a categorical factor is one factor there), with *background* rows as the masker's reference
  (antithetic permutations: the values still add up exactly to the model output).
Additivity: base value + sum of a row's SHAP values = the model output of that row;
``max_additivity_error`` is the largest deviation (about 1e-7 for trees, float32 splits).

Permutation importance (Breiman 2001): the drop of the ROC-AUC on the given (test) rows when one
factor's values are shuffled, n_repeats times (seeded): model-agnostic, in raw factor space.

API:
  shap_values(model, X, factors, background, seed=None, max_evals=None, feedback=None) -> Explanation
  make_explainer(model, factors, background=None, seed=None, max_evals=None) -> TreeShap or
      PermutationShap, made once and applied block by block (core.contribution):
      .explain(X, feedback=None, chunk_rows=None) -> Explanation; .method, .scale
  mean_abs(explanation) -> [(factor, mean |SHAP|)] largest first
  permutation_importance(model, X, y, factors, n_repeats=10, seed=None, feedback=None)
      -> [(factor, mean drop of ROC-AUC, sd)] largest first
  importance_figure / beeswarm_figure / dependence_figure(explanation, ...) -> matplotlib Figure
  sample_rows(n, max_rows, seed) -> sorted row indices (all when n <= max_rows)
"""

import time
import warnings
from dataclasses import dataclass

import numpy as np

from .errors import LsmError
from .progress import check_canceled, ensure_feedback

#: rows explained per step of the sampled explainer (progress and cancel between steps)
CHUNK_ROWS = 16
#: first chunk of the tree explainer; later chunks are sized to take about TREE_CHUNK_SECONDS (an
#: unpruned 200-tree forest explains about 120 rows/s on one core: cancel is honoured within a second)
TREE_CHUNK_ROWS = 32
TREE_CHUNK_SECONDS = 0.5
#: additivity tolerance for tree explanations (the issue's bar) and for the sampled explainer
TREE_TOLERANCE = 1e-6
SAMPLED_TOLERANCE = 1e-6


@dataclass
class Explanation:
    """SHAP values of *X* (n, n_factors) in raw factor order, with their base and model output."""

    factors: list
    X: np.ndarray
    values: np.ndarray
    base: np.ndarray
    output: np.ndarray
    method: str  # "tree" or "permutation"
    scale: str  # "probability" or "log-odds"

    @property
    def max_additivity_error(self):
        if not self.values.size:
            return 0.0
        return float(np.max(np.abs(self.base + self.values.sum(axis=1) - self.output)))

    @property
    def tolerance(self):
        return TREE_TOLERANCE if self.method == "tree" else SAMPLED_TOLERANCE


def sample_rows(n, max_rows, seed=None):
    """Sorted indices of at most *max_rows* of *n* rows (all when n <= max_rows), seeded."""
    if max_rows is None or n <= int(max_rows):
        return np.arange(n)
    rng = np.random.default_rng(seed)
    return np.sort(rng.choice(n, size=int(max_rows), replace=False))


def _shap():
    try:
        import shap
    except ImportError as exc:
        from .dependencies import dependency_message

        raise LsmError(dependency_message(("shap",)) or f"shap cannot be imported: {exc}") from exc
    return shap


def _split(model):
    """(list of transform steps, final estimator) of a pipeline (samplers and passthrough skipped)."""
    steps = getattr(model, "steps", None)
    if not steps:
        return [], model
    transforms = [
        s for _, s in steps[:-1] if s is not None and s != "passthrough" and not hasattr(s, "fit_resample")
    ]
    return transforms, steps[-1][1]


def _column_groups(transforms, n_factors):
    """For each raw factor, the transformed columns that carry it (one-hot blocks, scaled columns)."""
    if not transforms:
        return [[j] for j in range(n_factors)]
    if len(transforms) != 1 or not hasattr(transforms[0], "transformers_"):
        return None
    groups = [[] for _ in range(n_factors)]
    offset = 0
    for name, step, columns in transforms[0].transformers_:
        if name == "remainder" or step == "drop":
            continue
        columns = [int(c) for c in np.atleast_1d(columns)]
        if hasattr(step, "categories_"):
            for c, cats in zip(columns, step.categories_):
                groups[c].extend(range(offset, offset + len(cats)))
                offset += len(cats)
        else:
            for c in columns:
                groups[c].append(offset)
                offset += 1
    return groups


def _tree_kind(final):
    """'forest', 'lightgbm' or None (not a tree model shap explains exactly)."""
    from sklearn.ensemble import RandomForestClassifier

    if isinstance(final, RandomForestClassifier) and getattr(final, "n_outputs_", 1) == 1:
        return "forest"
    if callable(getattr(final, "booster", None)) and hasattr(final, "model_string_"):
        return "lightgbm"
    return None


def _check_rows(X, factors, what):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or X.shape[1] != len(factors):
        raise LsmError(
            f"The {what} rows must have one column per factor ({len(factors)}: {', '.join(factors)})."
        )
    if X.shape[0] == 0:
        raise LsmError(
            f"There are no {what} rows to explain (0 rows with all factor values): give a sample layer "
            "with rows that carry every factor of the bundle."
        )
    return X


def shap_values(model, X, factors, background, seed=None, max_evals=None, feedback=None):
    """Explanation of the landslide score of *model* (a bundle's pipeline) on raw rows *X*."""
    feedback = ensure_feedback(feedback)
    X = _check_rows(X, factors, "sample")
    explainer = make_explainer(model, factors, background, seed, max_evals)
    return explainer.explain(X, feedback)


def make_explainer(model, factors, background=None, seed=None, max_evals=None):
    """A reusable explainer of *model* (made once, applied to many blocks of rows): TreeShap for the
    tree models shap explains exactly, else PermutationShap on *background* rows (required then)."""
    transforms, final = _split(model)
    kind = _tree_kind(final)
    groups = _column_groups(transforms, len(factors)) if kind else None
    if kind and groups is not None:
        return TreeShap(transforms, final, kind, groups, factors)
    if background is None:
        raise LsmError(
            "This model is not a tree model: its SHAP values need background rows (the sampled explainer)."
        )
    background = _check_rows(background, factors, "background")
    return PermutationShap(model, factors, background, seed, max_evals)


def _transform(transforms, X):
    for step in transforms:
        X = step.transform(X)
    return np.asarray(X, dtype=np.float64)


class TreeShap:
    """Exact TreeExplainer values of a forest or LightGBM model, summed back per raw factor."""

    method = "tree"

    def __init__(self, transforms, final, kind, groups, factors):
        shap = _shap()
        self.transforms, self.final, self.kind, self.groups = transforms, final, kind, groups
        self.factors = list(factors)
        if kind == "forest":
            self.explainer = shap.TreeExplainer(final)
            self.positive = list(final.classes_).index(1)
            self.scale = "probability"
        else:
            self.booster = final.booster()
            self.explainer = shap.TreeExplainer(self.booster)
            self.scale = "log-odds"

    def _base(self):
        base = np.atleast_1d(np.asarray(self.explainer.expected_value, dtype=np.float64))
        return float(base[1] if base.size == 2 and self.kind == "forest" else base[-1])

    def values(self, X):
        """(SHAP per factor (n, n_factors), base value, model output (n,)) of raw rows X."""
        Xt = _transform(self.transforms, X)
        if self.kind == "forest":
            Xt = Xt.astype(np.float32).astype(np.float64)  # scikit-learn's trees split float32 values
            output = self.final.predict_proba(Xt)[:, self.positive]
        else:
            output = np.asarray(self.booster.predict(Xt, raw_score=True), dtype=np.float64)
        with warnings.catch_warnings():  # shap's note on its LightGBM output format
            warnings.simplefilter("ignore", UserWarning)
            raw = self.explainer.shap_values(Xt, check_additivity=False)
        values = np.asarray(raw[1] if isinstance(raw, list) else raw, dtype=np.float64)
        if values.ndim == 3:  # (n, columns, classes)
            values = values[:, :, 1]
        per_factor = np.column_stack([values[:, g].sum(axis=1) for g in self.groups])
        return per_factor, self._base(), output

    def explain(self, X, feedback=None, chunk_rows=None):
        """Explanation of raw rows X, in chunks of *chunk_rows* (progress and cancel between them)."""
        feedback = ensure_feedback(feedback)
        chunk = int(chunk_rows or TREE_CHUNK_ROWS)
        values, output = np.empty((X.shape[0], len(self.factors))), np.empty(X.shape[0])
        base, start = self._base(), 0
        while start < X.shape[0]:
            check_canceled(feedback)
            part = slice(start, start + chunk)
            began = time.perf_counter()
            values[part], base, output[part] = self.values(X[part])
            start += chunk
            if not chunk_rows:  # about TREE_CHUNK_SECONDS per chunk
                rate = chunk / max(time.perf_counter() - began, 1e-6)
                chunk = int(min(max(16, rate * TREE_CHUNK_SECONDS), 4 * chunk))
            feedback.setProgress(100.0 * min(X.shape[0], start) / X.shape[0])
        return Explanation(
            list(self.factors), X, values, np.full(X.shape[0], base), output, "tree", self.scale
        )


class PermutationShap:
    """shap.PermutationExplainer on the pipeline's landslide score, with *background* as reference."""

    method = "permutation"
    scale = "probability"

    def __init__(self, model, factors, background, seed=None, max_evals=None):
        shap = _shap()
        self.model, self.factors = model, list(factors)
        masker = shap.maskers.Independent(background, max_samples=background.shape[0])
        self.explainer = shap.PermutationExplainer(self.score, masker, seed=seed)
        self.evals = max(int(max_evals or 10 * (2 * len(factors) + 1)), 2 * len(factors) + 1)
        # shap draws its permutations from numpy's global generator, seeded once when the explainer is
        # made: reseeded before every step from this explainer's own stream, whatever else draws from
        # the global generator between steps (the same seed gives the same values)
        self.seeds = np.random.default_rng(seed) if seed is not None else None

    def score(self, rows):
        return np.asarray(self.model.predict_proba(np.asarray(rows, dtype=np.float64)))[:, 1]

    def explain(self, X, feedback=None, chunk_rows=None):
        """Explanation of raw rows X, CHUNK_ROWS rows a step (progress and cancel between steps)."""
        feedback = ensure_feedback(feedback)
        chunk = int(chunk_rows or CHUNK_ROWS)
        values, base = np.empty_like(X, dtype=np.float64), np.empty(X.shape[0])
        for start in range(0, X.shape[0], chunk):
            check_canceled(feedback)
            if self.seeds is not None:
                np.random.seed(int(self.seeds.integers(2**32)))
            part = self.explainer(X[start : start + chunk], max_evals=self.evals, silent=True)
            values[start : start + chunk] = part.values
            base[start : start + chunk] = part.base_values
            feedback.setProgress(100.0 * min(X.shape[0], start + chunk) / X.shape[0])
        return Explanation(list(self.factors), X, values, base, self.score(X), "permutation", self.scale)


def mean_abs(explanation):
    """[(factor, mean |SHAP|)] largest first."""
    means = np.abs(explanation.values).mean(axis=0)
    order = np.argsort(-means, kind="stable")
    return [(explanation.factors[j], float(means[j])) for j in order]


def _auc(y, scores):
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, scores))


def permutation_importance(model, X, y, factors, n_repeats=10, seed=None, feedback=None):
    """[(factor, mean drop of ROC-AUC, sd over the repeats)] largest first, on rows X, y."""
    feedback = ensure_feedback(feedback)
    X = _check_rows(X, factors, "test")
    y = np.asarray(y).astype(int)
    if np.unique(y).size != 2:
        raise LsmError(
            "Permutation importance needs test rows of both classes (landslides and negatives); the test "
            "rows have only one."
        )

    def score(rows):
        return _auc(y, np.asarray(model.predict_proba(rows))[:, 1])

    reference = score(X)
    rng = np.random.default_rng(seed)
    out = []
    for j, name in enumerate(factors):
        drops = []
        for _ in range(int(n_repeats)):
            check_canceled(feedback)
            shuffled = X.copy()
            shuffled[:, j] = rng.permutation(shuffled[:, j])
            drops.append(reference - score(shuffled))
        out.append((name, float(np.mean(drops)), float(np.std(drops))))
        feedback.setProgress(100.0 * (j + 1) / len(factors))
    return sorted(out, key=lambda row: -row[1])


def importance_figure(explanation, title=""):
    """Horizontal bars of mean |SHAP| per factor (largest on top)."""
    from .charts import new_figure

    ranked = mean_abs(explanation)[::-1]
    figure = new_figure(6.0, 0.45 * len(ranked) + 1.2)
    axes = figure.add_subplot(1, 1, 1)
    axes.barh([r[0] for r in ranked], [r[1] for r in ranked], color="#1f77b4")
    axes.set_xlabel(f"mean |SHAP value| ({explanation.scale})")
    axes.set_title(title or "Global factor importance (SHAP)", fontsize=9)
    figure.tight_layout()
    return figure


def beeswarm_figure(explanation, seed=0, title=""):
    """One row of points per factor (most important on top): x the SHAP value, colour the factor value
    (low blue, high red, scaled per factor), a small vertical jitter."""
    from .charts import new_figure

    order = [explanation.factors.index(name) for name, _ in mean_abs(explanation)][::-1]
    figure = new_figure(7.0, 0.5 * len(order) + 1.4)
    axes = figure.add_subplot(1, 1, 1)
    rng = np.random.default_rng(seed)
    points = None
    for row, j in enumerate(order):
        values, x = explanation.values[:, j], explanation.X[:, j]
        lo, hi = np.nanmin(x), np.nanmax(x)
        colour = (x - lo) / (hi - lo) if hi > lo else np.full(x.shape, 0.5)
        jitter = rng.uniform(-0.3, 0.3, size=values.size)
        points = axes.scatter(values, row + jitter, c=colour, cmap="coolwarm", s=8, vmin=0.0, vmax=1.0)
    axes.set_yticks(range(len(order)))
    axes.set_yticklabels([explanation.factors[j] for j in order])
    axes.axvline(0.0, color="#888888", linewidth=0.8)
    axes.set_xlabel(f"SHAP value ({explanation.scale})")
    axes.set_title(title or "SHAP values per sample", fontsize=9)
    if points is not None:
        bar = figure.colorbar(points, ax=axes, ticks=[0.0, 1.0])
        bar.ax.set_yticklabels(["low", "high"])
        bar.set_label("factor value")
    figure.tight_layout()
    return figure


def dependence_figure(explanation, top=3, title=""):
    """SHAP value against the factor value for the *top* most important factors (one panel each)."""
    from .charts import new_figure

    names = [name for name, _ in mean_abs(explanation)][: max(1, int(top))]
    figure = new_figure(3.2 * len(names), 3.0)
    for k, name in enumerate(names):
        j = explanation.factors.index(name)
        axes = figure.add_subplot(1, len(names), k + 1)
        axes.scatter(explanation.X[:, j], explanation.values[:, j], s=8, color="#1f77b4", alpha=0.7)
        axes.axhline(0.0, color="#888888", linewidth=0.8)
        axes.set_xlabel(name)
        if k == 0:
            axes.set_ylabel(f"SHAP value ({explanation.scale})")
    figure.suptitle(title or "SHAP dependence of the top factors", fontsize=9)
    figure.tight_layout()
    return figure
