"""Training, evaluation and Fu et al.'s saturation test, without QGIS.

The algorithms (trainmodel, evaluatemodel, saturationtest) read layers into numpy and call the
functions here; tests and notebooks call them directly.

Sampling follows Fu et al. 2024 (IEEE JSTARS 17): training negatives are drawn from a pool at a
ratio of negatives per positive (1:2.5 ... 1:200); the test set is fixed once (default 1:200)
and never shares a row with training.
"""

import math
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from itertools import product

import numpy as np

from .bundle import data_hash, library_versions, make_manifest, save_bundle
from .errors import LsmError
from .metrics import METRIC_KEYS, METRIC_LABELS, evaluate
from .progress import check_canceled, ensure_feedback
from .runrecord import new_record, write_record

#: model type -> English description (core.models builds them; kept here so that the algorithms
#: can list them without importing scikit-learn)
MODEL_TYPES = {
    "brf": "Balanced random forest",
    "easyensemble": "EasyEnsemble (AdaBoost members)",
    "smote_dnn": "SMOTE + deep neural network",
    "adasyn_dnn": "ADASYN + deep neural network",
    "rf": "Random forest (benchmark)",
    "dnn": "Deep neural network (benchmark)",
    "svm": "Support vector machine (RBF)",
    "lr": "Logistic regression",
    "klr": "Kernel logistic regression (RBF)",
}
#: model types that need torch
TORCH_MODELS = ("smote_dnn", "adasyn_dnn", "dnn")

#: imbalance ratios of Fu et al. 2024's saturation test (negatives per positive)
DEFAULT_RATIOS = (2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200)
#: repeated samplings per model and ratio (Fu et al. 2024)
DEFAULT_REPEATS = 10
#: negatives per positive of the fixed test set (Fu et al. 2024)
DEFAULT_TEST_RATIO = 200.0
#: share of the landslides held out for testing when the samples have no split field (70/30)
DEFAULT_TEST_FRACTION = 0.3
#: the four imbalanced learners of Fu et al. 2024
DEFAULT_SATURATION_MODELS = ("brf", "easyensemble", "smote_dnn", "adasyn_dnn")
#: fewest training landslides we accept
MIN_POSITIVES = 10
#: a categorical factor with more distinct values than this is probably continuous
MAX_CATEGORIES = 50
#: points kept in the curve tables (the run records keep about 101)
CURVE_TABLE_POINTS = 1000
#: scores the cross-validated search can optimise
CV_SCORES = ("roc_auc", "pr_auc", "balanced_accuracy", "g_mean", "f1", "kappa")


@dataclass
class Samples:
    """A clean sample table: factor matrix, 0/1 labels, optional split ('train'/'test') and xy."""

    X: np.ndarray
    y: np.ndarray
    factors: list
    categorical: list = field(default_factory=list)
    split: np.ndarray = None
    xy: np.ndarray = None
    dropped: int = 0
    warnings: list = field(default_factory=list)

    @property
    def categorical_index(self):
        return [self.factors.index(name) for name in self.categorical]

    def categories(self, rows=None):
        """Sorted distinct values of each categorical factor (over *rows*, default all)."""
        X = self.X if rows is None else self.X[rows]
        return [sorted(np.unique(X[:, i]).tolist()) for i in self.categorical_index]


def parse_labels(values, layer_name, field_name):
    """0/1 int labels (-1 for NULL) from a field's values; LsmError for other values."""
    out = np.full(len(values), -1, dtype=np.int64)
    bad = set()
    for i, value in enumerate(values):
        if value is None:
            continue
        if isinstance(value, str):
            text = value.strip().lower()
            mapping = {"1": 1, "0": 0, "true": 1, "false": 0, "yes": 1, "no": 0}
            if text in mapping:
                out[i] = mapping[text]
                continue
            bad.add(value)
            continue
        try:
            number = float(value)
        except (TypeError, ValueError):
            bad.add(str(value))
            continue
        if number in (0.0, 1.0):
            out[i] = int(number)
        elif not math.isnan(number):
            bad.add(value)
    if bad:
        shown = ", ".join(str(v) for v in sorted(bad, key=str)[:8])
        raise LsmError(
            f"Field '{field_name}' of layer '{layer_name}' must hold 1 (landslide) or 0 (non-landslide); it also "
            f"holds {shown}. Choose the right label field or recode it."
        )
    return out


def parse_split(values):
    """'train' / 'test' / '' from a split field's values (case-insensitive)."""
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        text = str(value).strip().lower() if value is not None else ""
        out[i] = text if text in ("train", "test") else ""
    return out


def make_samples(X, labels, factors, categorical=(), split=None, xy=None, layer_name="samples"):
    """Samples from raw columns: rows with a NULL label or a missing factor value are dropped
    (and counted); categorical factors must hold whole-number codes."""
    X = np.asarray(X, dtype=np.float64)
    labels = np.asarray(labels)
    factors = list(factors)
    categorical = [c for c in factors if c in set(categorical)]
    unknown = sorted(set(categorical) - set(factors))
    if unknown:
        raise LsmError(f"Categorical factor(s) {', '.join(unknown)} are not among the factor fields.")
    if X.shape[0] == 0:
        raise LsmError(f"Layer '{layer_name}' has no features.")
    keep = (labels >= 0) & np.isfinite(X).all(axis=1)
    dropped = int((~keep).sum())
    if not keep.any():
        raise LsmError(
            f"Every feature of layer '{layer_name}' lacks the label or a factor value; check the fields chosen."
        )
    samples = Samples(
        X=X[keep],
        y=labels[keep].astype(np.int64),
        factors=factors,
        categorical=categorical,
        split=None if split is None else np.asarray(split, dtype=object)[keep],
        xy=None if xy is None else np.asarray(xy, dtype=np.float64)[keep],
        dropped=dropped,
    )
    for name, i in zip(categorical, samples.categorical_index):
        values = samples.X[:, i]
        if not np.allclose(values, np.round(values)):
            raise LsmError(
                f"Categorical factor '{name}' of layer '{layer_name}' holds non-integer values (e.g. "
                f"{values[values != np.round(values)][0]:g}): it looks continuous. Declare it continuous or "
                "give class codes."
            )
        count = np.unique(values).size
        if count > MAX_CATEGORIES:
            raise LsmError(
                f"Categorical factor '{name}' of layer '{layer_name}' has {count} distinct values (more than "
                f"{MAX_CATEGORIES}): it looks continuous. Declare it continuous or reclassify it."
            )
    for i, name in enumerate(factors):
        if name in categorical:
            continue
        values = samples.X[:, i]
        distinct = np.unique(values)
        if distinct.size <= 12 and np.allclose(distinct, np.round(distinct)) and distinct.size > 2:
            samples.warnings.append(
                f"Factor '{name}' has only {distinct.size} whole-number values ({', '.join(f'{v:g}' for v in distinct)}): "
                "if these are class codes (lithology, land cover), declare it categorical."
            )
        if distinct.size == 1:
            raise LsmError(
                f"Factor '{name}' of layer '{layer_name}' has the same value everywhere: it cannot inform a model; "
                "leave it out."
            )
    return samples


def split_rows(samples, test_fraction=DEFAULT_TEST_FRACTION, seed=None):
    """(train, test) row indices: the split field when the samples have one, else a random split of
    each class (the share *test_fraction* to test, Fu et al. 2024's disjoint pools)."""
    if samples.split is not None and (samples.split != "").any():
        train = np.flatnonzero(samples.split == "train")
        test = np.flatnonzero(samples.split == "test")
        return train, test
    rng = np.random.default_rng(seed)
    train, test = [], []
    for c in (1, 0):
        rows = rng.permutation(np.flatnonzero(samples.y == c))
        n_test = int(round(test_fraction * rows.size))
        test.append(rows[:n_test])
        train.append(rows[n_test:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def draw_negatives(pool, n_positive, ratio, rng, what="training"):
    """round(ratio * n_positive) rows of *pool* without replacement; ratio <= 0 takes the whole pool.
    LsmError saying how many are available (and the largest ratio they allow) otherwise."""
    pool = np.asarray(pool)
    if ratio is None or ratio <= 0:
        return np.sort(pool)
    wanted = int(round(float(ratio) * n_positive))
    if wanted > pool.size:
        best = pool.size / n_positive if n_positive else 0.0
        raise LsmError(
            f"A {what} ratio of 1:{ratio:g} needs {wanted} negatives for {n_positive} landslides, but only "
            f"{pool.size} are available (at most 1:{math.floor(best * 10) / 10:g}). Lower the ratio or draw more "
            "negatives (lsm:buildsamples / lsm:spysampling with a higher ratio)."
        )
    return np.sort(rng.choice(pool, size=wanted, replace=False))


def check_classes(y, what, minimum=MIN_POSITIVES):
    """LsmError when *y* lacks enough landslides or any negative."""
    n_pos = int((y == 1).sum())
    n_neg = int((y == 0).sum())
    if n_pos < minimum:
        raise LsmError(
            f"The {what} set has {n_pos} landslide(s); at least {minimum} are needed. Add landslides or check "
            "the label field."
        )
    if n_neg == 0:
        raise LsmError(f"The {what} set has no negative (label 0) sample; add non-landslide points.")


def parse_value(text):
    """A parameter value from text: None, True/False, int, float, '64x32' -> (64, 32), else the string."""
    text = text.strip()
    lowered = text.lower()
    if lowered in ("none", "null", ""):
        return None
    if lowered in ("true", "false"):
        return lowered == "true"
    if "x" in lowered and all(part.strip().isdigit() for part in lowered.split("x")):
        return tuple(int(part) for part in lowered.split("x"))
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text


def parse_params(text, multiple=False):
    """'key=value; key=value' -> dict ('key=v1,v2' lists when *multiple*, for grids)."""
    result = {}
    for part in (text or "").replace("\n", ";").split(";"):
        if not part.strip():
            continue
        if "=" not in part:
            raise LsmError(f"Cannot read '{part.strip()}': write parameters as name=value; name=value.")
        key, value = part.split("=", 1)
        values = [parse_value(v) for v in value.split(",")] if multiple else parse_value(value)
        result[key.strip()] = values
    return result


def parse_ratios(text):
    """'2.5, 5, 10' -> [2.5, 5.0, 10.0]; LsmError on anything else."""
    ratios = []
    for part in str(text).replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            value = float(part.strip().replace("1:", ""))
        except ValueError as exc:
            raise LsmError(f"Cannot read ratio '{part.strip()}': give numbers such as 2.5, 5, 10.") from exc
        if value <= 0:
            raise LsmError(f"Ratio {value:g} is not positive.")
        ratios.append(value)
    if not ratios:
        raise LsmError("No imbalance ratio was given.")
    return sorted(set(ratios))


def fit(
    model_type,
    samples,
    rows,
    params=None,
    seed=None,
    n_jobs=None,
    device="auto",
    feedback=None,
    n_threads=None,
):
    """A fitted make_model pipeline on samples rows *rows* (categories from those rows)."""
    from . import models as lsm_models

    model = lsm_models.make_model(
        model_type,
        len(samples.factors),
        samples.categorical_index,
        samples.categories(rows) or None,
        params=params,
        seed=seed,
        n_jobs=n_jobs,
        device=device,
        n_threads=n_threads,
    )
    return lsm_models.fit_model(model, samples.X[rows], samples.y[rows], feedback)


def spatial_blocks(xy, block_size):
    """Block id of each point on a square grid of *block_size* map units (spatial CV folds)."""
    xy = np.asarray(xy, dtype=np.float64)
    if not np.isfinite(xy).all():
        raise LsmError("Spatial cross-validation needs point geometries for every sample.")
    cells = np.floor((xy - xy.min(axis=0)) / float(block_size)).astype(np.int64)
    _, ids = np.unique(cells, axis=0, return_inverse=True)
    return ids.ravel()


def cv_folds(y, folds, seed, groups=None):
    """Index pairs of stratified folds, or of group folds (spatial blocks) when *groups* is given."""
    from sklearn.model_selection import GroupKFold, StratifiedKFold

    if groups is not None:
        n_groups = np.unique(groups).size
        if n_groups < folds:
            raise LsmError(
                f"Spatial cross-validation: only {n_groups} blocks hold samples, fewer than {folds} folds. Use "
                "smaller blocks or fewer folds."
            )
        splits = list(GroupKFold(n_splits=folds).split(np.zeros(len(y)), y, groups))
    else:
        n_min = int(min((y == 1).sum(), (y == 0).sum()))
        if n_min < folds:
            raise LsmError(
                f"Cross-validation with {folds} folds needs at least {folds} samples of each class."
            )
        splits = list(
            StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y)
        )
    for train, test in splits:
        if np.unique(y[test]).size < 2 or np.unique(y[train]).size < 2:
            raise LsmError(
                "A cross-validation fold holds a single class (landslides cluster in few blocks): use larger "
                "blocks, fewer folds or stratified folds."
            )
    return splits


def grid_search(
    model_type,
    samples,
    rows,
    grid,
    folds=5,
    scoring="roc_auc",
    groups=None,
    base_params=None,
    seed=None,
    n_jobs=None,
    device="auto",
    feedback=None,
):
    """Cross-validated search of *grid* ({param: [values]}) on samples rows *rows*.

    Returns (best_params, table) where table is a list of dicts (params, mean, sd per combination).
    """
    from . import models as lsm_models

    feedback = ensure_feedback(feedback)
    if scoring not in CV_SCORES:
        raise LsmError(f"Unknown score '{scoring}'; choose one of {', '.join(CV_SCORES)}.")
    grid = {k: list(v) for k, v in (grid or {}).items()}
    lsm_models.model_params(model_type, {k: v[0] for k, v in grid.items()})
    combos = [dict(zip(grid, values)) for values in product(*grid.values())] or [{}]
    y = samples.y[rows]
    splits = cv_folds(y, folds, seed, None if groups is None else np.asarray(groups)[rows])
    table = []
    total = len(combos) * len(splits)
    step = 0
    for combo in combos:
        params = dict(base_params or {})
        params.update(combo)
        scores = []
        for train, test in splits:
            check_canceled(feedback)
            model = fit(model_type, samples, rows[train], params, seed, n_jobs, device)
            s = model.predict_proba(samples.X[rows[test]])[:, 1]
            scores.append(evaluate(y[test], s)["metrics"][scoring])
            step += 1
            feedback.setProgress(100.0 * step / total)
        table.append(
            {
                "params": combo,
                "mean": float(np.mean(scores)),
                "sd": float(np.std(scores, ddof=1)) if len(scores) > 1 else 0.0,
            }
        )
        feedback.pushInfo(
            "CV {} = {:.4f} +/- {:.4f} for {}".format(scoring, table[-1]["mean"], table[-1]["sd"], combo)
        )
    best = max(table, key=lambda row: row["mean"])
    return dict(best["params"]), table


def curve_tables(y, scores, points=CURVE_TABLE_POINTS):
    """ROC rows (fpr, tpr, threshold) and PR rows (recall, precision, threshold), thinned to about
    *points* rows each (ends kept)."""
    from sklearn.metrics import precision_recall_curve, roc_curve

    y = np.asarray(y).astype(int)
    scores = np.asarray(scores, dtype=float)
    fpr, tpr, roc_t = roc_curve(y, scores)
    precision, recall, pr_t = precision_recall_curve(y, scores)
    pr_t = np.append(pr_t, np.inf)

    def thin(n):
        if n <= points:
            return np.arange(n)
        return np.unique(np.linspace(0, n - 1, points).round().astype(int))

    roc = [(float(fpr[i]), float(tpr[i]), float(min(roc_t[i], 1.0))) for i in thin(fpr.size)]
    order = np.arange(recall.size)[::-1]
    pr = [
        (float(recall[order[i]]), float(precision[order[i]]), float(min(pr_t[order[i]], 1.0)))
        for i in thin(order.size)
    ]
    return roc, pr


def plot_curves(evaluation, path, title=""):
    """PNG with the ROC curve (left) and the precision-recall curve (right) of an evaluate() result."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 4.6), dpi=110)
    FigureCanvasAgg(figure)
    roc_ax, pr_ax = figure.subplots(1, 2)
    curves = evaluation["curves"]
    metrics = evaluation["metrics"]
    roc_ax.plot(
        curves["roc"]["fpr"],
        curves["roc"]["tpr"],
        color="#d73027",
        lw=2,
        label="ROC (AUC = {:.3f})".format(metrics["roc_auc"]),
    )
    roc_ax.plot([0, 1], [0, 1], color="grey", ls="--", lw=1, label="random")
    roc_ax.set_xlabel("False positive rate (1 - specificity)")
    roc_ax.set_ylabel("True positive rate (sensitivity)")
    roc_ax.set_title("ROC curve")
    roc_ax.legend(loc="lower right")
    prevalence = evaluation.get("prevalence")
    pr_ax.plot(
        curves["pr"]["recall"],
        curves["pr"]["precision"],
        color="#1a9850",
        lw=2,
        label="PR (AP = {:.3f})".format(metrics["pr_auc"]),
    )
    if prevalence is not None:
        pr_ax.axhline(prevalence, color="grey", ls="--", lw=1, label=f"random ({prevalence:.3f})")
    pr_ax.set_xlabel("Recall (sensitivity)")
    pr_ax.set_ylabel("Precision")
    pr_ax.set_title("Precision-recall curve")
    pr_ax.legend(loc="lower left")
    for ax in (roc_ax, pr_ax):
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1.02)
        ax.grid(alpha=0.3)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    figure.savefig(path, format="png")
    return path


def evaluate_scores(y, scores, threshold=0.5, curve_points=101):
    """core.metrics.evaluate plus the counts and prevalence of the test set."""
    y = np.asarray(y).astype(int)
    result = evaluate(y, scores, threshold=threshold, curve_points=curve_points)
    result["n_positive"] = int((y == 1).sum())
    result["n_negative"] = int((y == 0).sum())
    result["prevalence"] = result["n_positive"] / float(y.size)
    return result


def record_fields(evaluation):
    """Run-record keys (metrics, threshold, metrics_best, best_threshold, confusion, curves) of an
    evaluate_scores() result."""
    return {
        "metrics": evaluation["metrics"],
        "threshold": evaluation["threshold"],
        "metrics_best": evaluation["metrics_best"],
        "best_threshold": evaluation["best_threshold"],
        "confusion": evaluation["confusion"],
        "confusion_best": evaluation["confusion_best"],
        "curves": evaluation["curves"],
    }


def metrics_rows(evaluation):
    """(metric key, label, value at the threshold, value at the G-mean-best threshold) rows."""
    rows = [
        (k, METRIC_LABELS[k], evaluation["metrics"][k], evaluation["metrics_best"][k]) for k in METRIC_KEYS
    ]
    rows.append(("threshold", "Threshold", evaluation["threshold"], evaluation["best_threshold"]))
    for key in ("tp", "fp", "tn", "fn"):
        rows.append((key, key.upper(), evaluation["confusion"][key], evaluation["confusion_best"][key]))
    return rows


def build_manifest(model_type, samples, train_rows, params, seed, crs_wkt="", cell_size=None, extra=None):
    """The bundle manifest of a model trained on samples rows *train_rows*."""
    from . import models as lsm_models

    categories = samples.categories(train_rows)
    manifest = make_manifest(
        model_type,
        samples.factors,
        kind="sklearn",
        categorical=dict(zip(samples.categorical, categories)),
        preprocessing=(
            "Inside the pickled pipeline: categorical factors one-hot encoded over the categories listed in "
            "'categorical' (unknown values encode as all zeros), continuous factors standardised with the "
            "training mean and standard deviation"
            + (
                "; SMOTE/ADASYN oversampling at fit time only"
                if model_type in ("smote_dnn", "adasyn_dnn")
                else ""
            )
            + ". predict_proba takes raw factor values in 'factors' order."
        ),
        crs_wkt=crs_wkt or "",
        cell_size=list(cell_size) if cell_size else None,
        parameters=lsm_models.model_params(model_type, params),
        seed=seed,
        data_hash=data_hash(samples.X[train_rows], samples.y[train_rows]),
    )
    manifest.update(extra or {})
    return manifest


def write_bundle(path, model, manifest):
    """Save a trained model bundle (atomic)."""
    return save_bundle(path, manifest, model=model)


# -- saturation test ------------------------------------------------------------------------------


class _CancelOnly:
    """Feedback for one fit among many: passes cancel through, keeps progress to itself."""

    def __init__(self, parent):
        self.parent = parent

    def isCanceled(self):  # noqa: N802
        return self.parent.isCanceled()

    def setProgress(self, value):  # noqa: N802
        pass

    def pushInfo(self, message):  # noqa: N802
        pass


def saturation_test(
    samples,
    train_rows,
    test_rows,
    model_types=DEFAULT_SATURATION_MODELS,
    ratios=DEFAULT_RATIOS,
    repeats=DEFAULT_REPEATS,
    test_ratio=DEFAULT_TEST_RATIO,
    seed=0,
    n_jobs=1,
    params=None,
    device="cpu",
    feedback=None,
    store=None,
    record_extra=None,
):
    """Fu et al. 2024's saturation test: for each ratio x repeat, draw the training negatives from
    the pool (the same draw for every model), fit each model and evaluate it on one fixed test set
    (test landslides + negatives at 1:*test_ratio*).

    *params* maps a model type to its parameters. With n_jobs > 1 fits run in that many threads
    (each fit single-threaded). When *store* is given one run record per fit is written (group
    key shared by the runs of this test). Returns (results, group): results a list of dicts
    (model, ratio, repeat, n_train_pos, n_train_neg, seconds, metrics, metrics_best,
    best_threshold, run_id), ordered by model, ratio, repeat.
    """
    from . import models as lsm_models

    feedback = ensure_feedback(feedback)
    for model_type in model_types:
        lsm_models.model_params(model_type, (params or {}).get(model_type))
    y = samples.y
    train_pos = train_rows[y[train_rows] == 1]
    pool = train_rows[y[train_rows] == 0]
    test_pos = test_rows[y[test_rows] == 1]
    test_pool = test_rows[y[test_rows] == 0]
    check_classes(y[train_rows], "training")
    if test_pos.size == 0 or test_pool.size == 0:
        raise LsmError("The test set needs landslides and negatives; check the split field.")
    root = np.random.SeedSequence(int(seed))
    test_rng, draw_root, model_root = (np.random.default_rng(s) for s in root.spawn(3))
    test_neg = draw_negatives(test_pool, test_pos.size, test_ratio, test_rng, what="test")
    test_set = np.concatenate([test_pos, test_neg])
    y_test = y[test_set]
    for ratio in ratios:  # all draws must be possible before any fit starts
        draw_negatives(pool, train_pos.size, ratio, np.random.default_rng(0))
    record_extra = dict(record_extra or {})
    group = record_extra.pop("group", None) or "sat-" + uuid.uuid4().hex[:10]
    draw_seeds = np.random.SeedSequence(int(seed) + 1).spawn(len(ratios) * repeats)
    tasks = []
    for r, ratio in enumerate(ratios):
        for repeat in range(repeats):
            rng = np.random.default_rng(draw_seeds[r * repeats + repeat])
            negatives = draw_negatives(pool, train_pos.size, ratio, rng)
            rows = np.concatenate([train_pos, negatives])
            for model_type in model_types:
                model_seed = int(np.random.default_rng([int(seed), r, repeat]).integers(0, 2**31 - 1))
                tasks.append((model_type, float(ratio), repeat, rows, model_seed))
    order = {m: i for i, m in enumerate(model_types)}
    tasks.sort(key=lambda t: (order[t[0]], t[1], t[2]))
    n_jobs = lsm_models.effective_jobs(n_jobs)
    inner_jobs = 1 if n_jobs > 1 else None
    cancel_only = _CancelOnly(feedback)
    test_hash = data_hash(samples.X[test_set], y_test)
    feedback.pushInfo(
        f"Saturation test: {len(model_types)} model(s) x {len(ratios)} ratio(s) x {repeats} repeat(s) = "
        f"{len(tasks)} fits; {train_pos.size} training landslides, pool of {pool.size} negatives; test set "
        f"{test_pos.size} landslides + {test_neg.size} negatives (1:{test_ratio:g})."
    )

    def run(task):
        model_type, ratio, repeat, rows, model_seed = task
        start = time.perf_counter()
        model = fit(
            model_type,
            samples,
            rows,
            (params or {}).get(model_type),
            model_seed,
            inner_jobs if model_type not in TORCH_MODELS else None,
            device,
            cancel_only,
            n_threads=None,
        )
        seconds = time.perf_counter() - start
        scores = model.predict_proba(samples.X[test_set])[:, 1]
        evaluation = evaluate_scores(y_test, scores)
        result = {
            "model": model_type,
            "ratio": ratio,
            "repeat": repeat,
            "n_train_pos": int(train_pos.size),
            "n_train_neg": int(rows.size - train_pos.size),
            "seconds": seconds,
            "metrics": evaluation["metrics"],
            "metrics_best": evaluation["metrics_best"],
            "best_threshold": evaluation["best_threshold"],
            "run_id": "",
        }
        if store:
            record = new_record(
                "lsm:saturationtest",
                model_type=model_type,
                ratio=ratio,
                repeat=repeat,
                group=group,
                name=f"{model_type} 1:{ratio:g} #{repeat + 1}",
                data_hashes={"train": data_hash(samples.X[rows], y[rows]), "test": test_hash},
                **record_fields(evaluation),
                **record_extra,
            )
            record["summary"] = dict(
                record.get("summary") or {},
                seed=model_seed,
                fit_seconds=seconds,
                n_train_pos=result["n_train_pos"],
                n_train_neg=result["n_train_neg"],
                n_test_pos=int(test_pos.size),
                n_test_neg=int(test_neg.size),
            )
            write_record(store, record)
            result["run_id"] = record["run_id"]
        return result

    torch_threads = None
    if any(m in TORCH_MODELS for m in model_types):
        import torch

        # network fits set torch's (process-wide) thread count while they train; parallel fits
        # could leave another count behind, so the caller's count is restored at the end
        torch_threads = torch.get_num_threads()
    results = [None] * len(tasks)
    try:
        if n_jobs <= 1:
            for i, task in enumerate(tasks):
                check_canceled(feedback)
                results[i] = run(task)
                _report(feedback, results[i], i + 1, len(tasks))
        else:
            with ThreadPoolExecutor(max_workers=n_jobs) as pool_executor:
                futures = {}
                next_task = 0
                done_count = 0
                try:
                    while next_task < len(tasks) or futures:
                        while next_task < len(tasks) and len(futures) < n_jobs:
                            futures[pool_executor.submit(run, tasks[next_task])] = next_task
                            next_task += 1
                        done, _ = wait(list(futures), timeout=0.5, return_when=FIRST_COMPLETED)
                        for future in done:
                            i = futures.pop(future)
                            results[i] = future.result()
                            done_count += 1
                            _report(feedback, results[i], done_count, len(tasks))
                        check_canceled(feedback)
                except BaseException:
                    for future in futures:
                        future.cancel()
                    raise
    finally:
        if torch_threads is not None:
            import torch

            torch.set_num_threads(torch_threads)
    return results, group


def _report(feedback, result, done, total):
    feedback.setProgress(100.0 * done / total)
    feedback.pushInfo(
        "{} 1:{:g} repeat {}: BA {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} ({:.1f} s) [{}/{}]".format(
            result["model"],
            result["ratio"],
            result["repeat"] + 1,
            result["metrics"]["balanced_accuracy"],
            result["metrics"]["roc_auc"],
            result["metrics"]["pr_auc"],
            result["seconds"],
            done,
            total,
        )
    )


def summarise(results, metric_set="metrics"):
    """Mean and sample standard deviation of each metric per (model, ratio): Fu et al.'s Table III.

    Returns a list of dicts: model, ratio, n, <metric>_mean, <metric>_sd for every METRIC_KEYS,
    seconds_mean.
    """
    groups = {}
    for result in results:
        groups.setdefault((result["model"], result["ratio"]), []).append(result)
    rows = []
    for (model_type, ratio), members in groups.items():
        row = {"model": model_type, "ratio": ratio, "n": len(members)}
        for key in METRIC_KEYS:
            values = np.array([m[metric_set][key] for m in members], dtype=float)
            row[key + "_mean"] = float(values.mean())
            row[key + "_sd"] = float(values.std(ddof=1)) if values.size > 1 else 0.0
        row["seconds_mean"] = float(np.mean([m["seconds"] for m in members]))
        rows.append(row)
    return rows


def plot_saturation(summary, path, metrics=METRIC_KEYS, title="Saturation test"):
    """PNG with one panel per metric: mean +/- sd against the imbalance ratio, a line per model
    (Fu et al. 2024, Fig. 11)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    metrics = list(metrics)
    cols = 4 if len(metrics) > 6 else 3
    rows = -(-len(metrics) // cols)
    figure = Figure(figsize=(4.2 * cols, 3.3 * rows), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.subplots(rows, cols, squeeze=False).ravel()
    model_types = list(dict.fromkeys(row["model"] for row in summary))
    colors = [
        "#d73027",
        "#4575b4",
        "#1a9850",
        "#984ea3",
        "#ff7f00",
        "#a65628",
        "#f781bf",
        "#999999",
        "#000000",
    ]
    for ax, key in zip(axes, metrics):
        for i, model_type in enumerate(model_types):
            rows_m = sorted((r for r in summary if r["model"] == model_type), key=lambda r: r["ratio"])
            x = [r["ratio"] for r in rows_m]
            mean = np.array([r[key + "_mean"] for r in rows_m])
            sd = np.array([r[key + "_sd"] for r in rows_m])
            color = colors[i % len(colors)]
            ax.plot(x, mean, marker="o", ms=3, color=color, label=model_type)
            ax.fill_between(x, mean - sd, mean + sd, color=color, alpha=0.15)
        ax.set_title(METRIC_LABELS[key])
        ax.set_xlabel("negatives per landslide (1:x)")
        if (
            len({r["ratio"] for r in summary}) > 1
            and max(r["ratio"] for r in summary) / min(r["ratio"] for r in summary) > 20
        ):
            ax.set_xscale("log")
        ax.grid(alpha=0.3)
    for ax in axes[len(metrics) :]:
        ax.set_visible(False)
    axes[0].legend(fontsize=8)
    figure.suptitle(title)
    figure.tight_layout()
    figure.savefig(path, format="png")
    return path


def versions_line():
    """One line naming the library versions (for logs)."""
    return ", ".join(f"{k} {v}" for k, v in library_versions().items() if v)
