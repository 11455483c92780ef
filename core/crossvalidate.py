"""Out-of-fold assessment of a model type (lsm:crossvalidate), without QGIS.

Each fold of core.folds is scored on its own "random" test set: the fold's landslides against its
unlabeled samples (label 0), none of which the fold's model saw. The model of a fold is fitted on
that fold's training landslides and on negatives drawn from that fold's training unlabeled rows only
(core.folds.fold_negatives, at *ratio* negatives per landslide; ratio 0 takes them all), so nothing
leaks across folds. Repeats redraw the folds (and the negatives) with seeds spawned from *seed*.

    FOLD_MODES = ("stratified", "spatial", "kmeans", "group")
    make_folds(mode, labels, xy=None, k=5, block_size=None, groups=None, n_repeats=1, seed=0)
        -> (list per repeat of [(train, test), ...], fold names of repeat 1)
    cross_validate(model_type, samples, folds, ratio=1.0, params=None, seed=0, n_jobs=None,
                   device="auto", feedback=None, fit=None, fold_names=None) -> CrossValidationResult
    result.fold_table() -> (columns [(name, kind)], rows)    one row per fold and repeat
    result.summary(level=0.95) -> (columns, rows)            mean, sd, interval per metric
    result.intervals(level=0.95) -> {metric: {"value", "low", "high"}, "_meta": {...}}
    result.fold_metrics() -> {metric: [value per fold, in table order]}
    result.oof_score() -> mean out-of-fold score per sample over the repeats
    result.first_fold() -> fold number (1-based) of each sample in repeat 1

Interval (from the spread of the fold values, not a bootstrap): with one repeat, the t interval of
the mean, mean +/- t(0.975, n - 1) sd / sqrt(n) over the n folds; with repeats, the 2.5 and 97.5
percentiles of all fold values (folds of different repeats share samples, so a t interval over them
would be too narrow). Both are clipped to the metric's range ([-1, 1] for kappa, [0, 1] otherwise).

*fit*(model_type, samples, rows, params, seed, n_jobs, device, feedback) -> a fitted model with
predict_proba; default core.fitting.fit (tests may pass a cheap one).
"""

import math
from dataclasses import dataclass, field

import numpy as np

from . import folds as F
from .errors import LsmError
from .metrics import METRIC_KEYS, evaluate_scores
from .progress import SubProgress, check_canceled, ensure_feedback

FOLD_MODES = ("stratified", "spatial", "kmeans", "group")
#: the test-set kind of every fold (core.records test_set)
TEST_SET = "random"


def _check_xy(xy, n, mode):
    if xy is None:
        raise LsmError(f"The {mode} folds need the sample coordinates (point geometries).")
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    if xy.shape[0] != n or not np.isfinite(xy).all():
        raise LsmError(
            f"The {mode} folds need a point geometry for every sample: {int((~np.isfinite(xy).all(axis=1)).sum())} "
            "sample(s) have none. Remove them or use stratified folds."
        )
    return xy


def _builder(mode, labels, xy, k, block_size, groups):
    """(builder(seed) -> folds, fold names or None) of one fold mode."""
    if mode == "stratified":
        return (lambda seed: F.stratified_kfold(labels, k, seed)), None
    if mode == "spatial":
        xy = _check_xy(xy, labels.size, mode)
        return (lambda seed: F.spatial_block_folds(xy[:, 0], xy[:, 1], labels, block_size, k, seed)), None
    if mode == "kmeans":
        xy = _check_xy(xy, labels.size, "k-means")
        return (lambda seed: F.kmeans_folds(xy[:, 0], xy[:, 1], labels, k, seed)), None
    if mode == "group":
        if groups is None:
            raise LsmError("Leave-one-group-out needs a group field (event, region or year).")
        folds = F.group_folds(groups, labels)
        return (lambda seed: folds), F.group_names(groups)
    raise LsmError(f"Unknown fold mode '{mode}' (use one of {', '.join(FOLD_MODES)}).")


def make_folds(mode, labels, xy=None, k=5, block_size=None, groups=None, n_repeats=1, seed=0):
    """(folds of each repeat, fold names): see the module docstring. Group folds are the same in
    every repeat (one per group); their repeats redraw the training negatives only."""
    labels = np.asarray(labels).astype(np.int64).ravel()
    if int(n_repeats) < 1:
        raise LsmError(f"The number of repeats must be at least 1 (got {n_repeats}).")
    build, names = _builder(mode, labels, xy, k, block_size, groups)
    per_repeat = [build(s) for s in F.spawn_seeds(seed, int(n_repeats))]
    if names is None:
        names = [str(i + 1) for i in range(len(per_repeat[0]))]
    return per_repeat, names


@dataclass
class FoldResult:
    """One fitted fold: its counts and its core.metrics.evaluate_scores result on the test rows."""

    repeat: int
    fold: int
    name: str
    n_train_landslides: int
    n_train_negatives: int
    n_test_landslides: int
    n_test_negatives: int
    evaluation: dict


#: columns of the per-fold table before the metrics
FOLD_COLUMNS = (
    ("repeat", "int"),
    ("fold", "int"),
    ("fold_name", "str"),
    ("n_train_landslides", "int"),
    ("n_train_negatives", "int"),
    ("n_test_landslides", "int"),
    ("n_test_negatives", "int"),
)
SUMMARY_COLUMNS = (
    ("metric", "str"),
    ("mean", "double"),
    ("sd", "double"),
    ("low", "double"),
    ("high", "double"),
    ("n", "int"),
    ("method", "str"),
)


def _t_quantile(p, df):
    from scipy.stats import t

    return float(t.ppf(p, df))


def spread_interval(values, repeated=False, level=0.95, lower=0.0, upper=1.0):
    """(mean, sd, low, high, method) of fold values (see the module docstring); sd, low and high
    are NaN with fewer than two values."""
    v = np.asarray(values, dtype=np.float64)
    mean = float(v.mean())
    if v.size < 2:
        return mean, math.nan, math.nan, math.nan, "one fold: no interval"
    sd = float(v.std(ddof=1))
    tail = (1.0 - level) / 2.0
    if repeated:
        low, high = np.percentile(v, [100 * tail, 100 * (1 - tail)])
        method = f"percentile of the {v.size} fold values"
    else:
        half = _t_quantile(1.0 - tail, v.size - 1) * sd / math.sqrt(v.size)
        low, high = mean - half, mean + half
        method = f"t interval over {v.size} folds"
    return mean, sd, float(np.clip(low, lower, upper)), float(np.clip(high, lower, upper)), method


@dataclass
class CrossValidationResult:
    model_type: str
    ratio: float
    n_repeats: int
    folds: list = field(default_factory=list)
    #: (n_repeats, n_samples) out-of-fold scores and 1-based fold numbers
    scores: np.ndarray = None
    fold_of: np.ndarray = None
    notes: list = field(default_factory=list)

    def fold_table(self):
        """(columns, rows): one row per fold and repeat, the metrics at threshold 0.5."""
        columns = list(FOLD_COLUMNS) + [(k, "double") for k in METRIC_KEYS]
        rows = []
        for f in self.folds:
            counts = [f.n_train_landslides, f.n_train_negatives, f.n_test_landslides, f.n_test_negatives]
            rows.append(
                [f.repeat, f.fold, f.name] + counts + [f.evaluation["metrics"][k] for k in METRIC_KEYS]
            )
        return columns, rows

    def fold_metrics(self):
        """{metric: [value of each fold, in fold_table order]}."""
        return {k: [float(f.evaluation["metrics"][k]) for f in self.folds] for k in METRIC_KEYS}

    def _spread(self, key, level):
        lower = -1.0 if key == "kappa" else 0.0
        return spread_interval(self.fold_metrics()[key], self.n_repeats > 1, level, lower, 1.0)

    def summary(self, level=0.95):
        """(columns, rows): metric, mean, sd, low, high, n folds, interval method."""
        rows = []
        for key in METRIC_KEYS:
            mean, sd, low, high, method = self._spread(key, level)
            rows.append([key, mean, sd, low, high, len(self.folds), method])
        return list(SUMMARY_COLUMNS), rows

    def intervals(self, level=0.95):
        """{metric: {"value": mean, "low", "high"}, "_meta"} (the shape of core.intervals)."""
        out = {}
        for key in METRIC_KEYS:
            mean, _sd, low, high, method = self._spread(key, level)
            out[key] = {"value": mean, "low": low, "high": high}
        out["_meta"] = {
            "level": level,
            "n_folds": len(self.folds),
            "n_repeats": self.n_repeats,
            "method": method,
        }
        return out

    def oof_score(self):
        """Mean out-of-fold score of each sample over the repeats."""
        return self.scores.mean(axis=0)

    def first_fold(self):
        """Fold number (1-based) of each sample in the first repeat."""
        return self.fold_of[0]


def _default_fit(model_type, samples, rows, params, seed, n_jobs, device, feedback):
    from .fitting import fit

    return fit(model_type, samples, rows, params, seed, n_jobs, device, feedback)


def _training_negatives(folds, y, ratio, seed, notes, repeat):
    """Per fold, the negatives it trains on (all its training unlabeled at ratio 0)."""
    if ratio <= 0:
        return [np.sort(train[y[train] != 1]) for train, _ in folds]
    drawn = F.fold_negatives(folds, y, ratio, seed=seed)
    for i, ((train, _), neg) in enumerate(zip(folds, drawn)):
        wanted = int(round(ratio * int((y[train] == 1).sum())))
        if neg.size < wanted:
            notes.append(
                f"WARNING: repeat {repeat}, fold {i + 1}: only {neg.size} unlabeled training samples for the "
                f"{wanted} negatives of 1:{ratio:g}; all of them were used."
            )
    return drawn


def _fold_test(y, test, repeat, fold, name):
    n_pos = int((y[test] == 1).sum())
    if n_pos == 0 or n_pos == test.size:
        what = "landslide" if n_pos == 0 else "unlabeled sample"
        raise LsmError(
            f"Repeat {repeat}, fold {fold} ('{name}') holds no {what}, so it cannot be scored: use fewer "
            "folds, larger blocks, or merge that group."
        )
    return n_pos


def cross_validate(
    model_type,
    samples,
    folds,
    ratio=1.0,
    params=None,
    seed=0,
    n_jobs=None,
    device="auto",
    feedback=None,
    fit=None,
    fold_names=None,
):
    """Fit and score every fold of every repeat (*folds*: a list per repeat from make_folds)."""
    feedback = ensure_feedback(feedback)
    fit = fit or _default_fit
    y = np.asarray(samples.y).astype(np.int64)
    n_rep = len(folds)
    result = CrossValidationResult(model_type, float(ratio), n_rep)
    result.scores = np.full((n_rep, y.size), np.nan)
    result.fold_of = np.zeros((n_rep, y.size), dtype=np.int64)
    total = sum(len(f) for f in folds)
    done = 0
    names = list(fold_names) if fold_names else [str(i + 1) for i in range(max(len(f) for f in folds))]
    for r, (repeat_folds, r_seed) in enumerate(zip(folds, F.spawn_seeds(seed, n_rep))):
        neg_seed, fit_seed = F.spawn_seeds(r_seed, 2)
        n_test_pos = [
            _fold_test(y, test, r + 1, i + 1, names[i]) for i, (_train, test) in enumerate(repeat_folds)
        ]
        negatives = _training_negatives(repeat_folds, y, ratio, neg_seed, result.notes, r + 1)
        fit_seeds = F.spawn_seeds(fit_seed, len(repeat_folds))
        for i, ((train, test), neg) in enumerate(zip(repeat_folds, negatives)):
            check_canceled(feedback)
            positives = train[y[train] == 1]
            rows = np.sort(np.concatenate([positives, neg]))
            sub = SubProgress(feedback, 100.0 * done / total, 100.0 * (done + 1) / total)
            model = fit(model_type, samples, rows, params, fit_seeds[i], n_jobs, device, sub)
            scores = np.asarray(model.predict_proba(samples.X[test]))[:, 1]
            result.scores[r, test] = scores
            result.fold_of[r, test] = i + 1
            evaluation = evaluate_scores(y[test], scores)
            result.folds.append(
                FoldResult(
                    r + 1,
                    i + 1,
                    names[i],
                    positives.size,
                    neg.size,
                    n_test_pos[i],
                    test.size - n_test_pos[i],
                    evaluation,
                )
            )
            done += 1
            feedback.setProgress(100.0 * done / total)
    if np.isnan(result.scores).any():
        raise LsmError("Some samples were in no test fold: the folds do not cover the table.")
    return result
