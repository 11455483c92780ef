"""Leave-one-out and temporal cross-validation (lsm:crossvalidate), for mapping units above all.

Two fold modes beside those of core.crossvalidate (FOLD_MODES here lists all six, in the order of
lsm:crossvalidate's enum):

- "loo", leave one out: every sample (unit) is the test set of its own fold, the model of that fold
  trains on all the others. A fold of one sample holds one class, so the metrics are pooled: one
  evaluation of all the out-of-fold scores together per repeat, with a stratified bootstrap interval
  (core.intervals) in place of the spread over folds.
- "temporal", train on earlier, test on later (forward chaining, expanding window): with the distinct
  times t1 < t2 < ... < tn of the time field, fold j (j = 2..n) tests on the samples of time tj and trains
  on every sample of a time before tj. No fold ever trains on a time later than (or equal to) the
  time it tests (check_time_order, asserted in every fold). The samples of t1 are in no test fold:
  their out-of-fold score is NaN (NULL in the layer). Times: numbers (years), dates or date-times, or
  text holding either (ISO 8601).

    FOLD_MODES = core.crossvalidate.FOLD_MODES + UNIT_FOLD_MODES
    leave_one_out_folds(labels) -> [(train, test), ...]
    time_keys(times, name="time") -> (float key per sample, label of each distinct key)
    temporal_folds(times, labels) -> (folds, fold names "<time>")
    check_time_order(keys, train, test, fold)   LsmError when a training time is not before the test time
    make_folds(mode, labels, times=None, n_repeats=1, seed=0) -> (folds per repeat, fold names)
    cross_validate(model_type, samples, folds, mode, ratio=1.0, params=None, seed=0, n_jobs=None,
                   device="auto", feedback=None, fit=None, fold_names=None, times=None)
        -> core.crossvalidate.CrossValidationResult (PooledResult for "loo")

Negatives: as in core.crossvalidate, each fold trains on negatives drawn from its own training
unlabeled samples only, at *ratio* per training landslide (0: all of them).
"""

import datetime
import math

import numpy as np

from . import crossvalidate as cv
from . import folds as F
from .errors import LsmError
from .intervals import bootstrap_intervals
from .metrics import METRIC_KEYS, evaluate_scores
from .progress import SubProgress, check_canceled, ensure_feedback

UNIT_FOLD_MODES = ("loo", "temporal")
FOLD_MODES = tuple(cv.FOLD_MODES) + UNIT_FOLD_MODES
#: name of the one row per repeat of the pooled leave-one-out table
POOLED_NAME = "pooled leave-one-out"
#: above this many samples leave-one-out warns of the number of fits
LOO_WARN = 2000


def leave_one_out_folds(labels):
    """One fold per sample: it is the test set, every other sample trains."""
    y = np.asarray(labels).astype(np.int64).ravel()
    n_pos = int((y == 1).sum())
    if n_pos < 2 or y.size - n_pos < 2:
        raise LsmError(
            f"Leave-one-out needs at least two landslide and two unlabeled samples ({n_pos} and "
            f"{y.size - n_pos} given)."
        )
    rows = np.arange(y.size)
    return [(np.delete(rows, i), rows[i : i + 1]) for i in range(y.size)]


def _is_number(value):
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(
        value, (bool, np.bool_)
    )


def _key(value):
    """(sortable float key, kind) of one time value, or (None, None) when it is not a time."""
    if _is_number(value):
        return (float(value), "number") if math.isfinite(float(value)) else (None, None)
    if isinstance(value, datetime.datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)
        return moment.timestamp(), "date"
    if isinstance(value, datetime.date):
        return _key(datetime.datetime(value.year, value.month, value.day))
    if isinstance(value, str) and value.strip():
        text = value.strip()
        try:
            return float(text), "number"
        except ValueError:
            pass
        try:
            return _key(datetime.datetime.fromisoformat(text))
        except ValueError:
            return None, None
    return None, None


def time_keys(times, name="time"):
    """(float64 key of each sample, {key: label}) of a time field: numbers, dates or date-times (not
    mixed). LsmError naming the empty or unreadable values."""
    values = list(times)
    keys, kinds, bad = np.empty(len(values)), set(), []
    labels = {}
    for i, value in enumerate(values):
        key, kind = _key(value)
        if key is None:
            bad.append(value)
            continue
        keys[i] = key
        kinds.add(kind)
        labels.setdefault(key, str(value))
    if bad:
        shown = ", ".join(sorted({"NULL" if v is None else str(v) for v in bad})[:8])
        raise LsmError(
            f"{len(bad)} sample(s) have no readable time in the {name} field ({shown}): give a year, a date "
            "or a date-time to every sample, or filter them out."
        )
    if len(kinds) > 1:
        raise LsmError(f"The {name} field mixes numbers and dates: use one kind (a year or a date).")
    return keys, labels


def check_time_order(keys, train, test, fold=""):
    """LsmError unless every training time is strictly before every test time of the fold."""
    if train.size and test.size and keys[train].max() >= keys[test].min():
        raise LsmError(f"Temporal fold {fold}: a training sample is not earlier than the samples it tests.")


def temporal_folds(times, labels):
    """(folds, names): forward chaining over the distinct times (see the module docstring)."""
    y = np.asarray(labels).astype(np.int64).ravel()
    keys, labels_of = time_keys(times)
    if keys.size != y.size:
        raise LsmError(f"{keys.size} time values but {y.size} samples.")
    distinct = np.unique(keys)
    if distinct.size < 2:
        raise LsmError(
            "The time field has a single value: temporal cross-validation needs at least two times (train "
            "on the earlier, test on the later)."
        )
    first = keys == distinct[0]
    if int((y[first] == 1).sum()) == 0 or int((y[first] != 1).sum()) == 0:
        raise LsmError(
            f"The earliest time ('{labels_of[distinct[0]]}') needs landslides and unlabeled samples: the first "
            "fold trains on it alone. Merge it with the next time."
        )
    rows = np.arange(y.size)
    folds, names = [], []
    for key in distinct[1:]:
        train, test = rows[keys < key], rows[keys == key]
        check_time_order(keys, train, test, labels_of[key])
        folds.append((train, test))
        names.append(labels_of[key])
    return folds, names


def make_folds(mode, labels, times=None, n_repeats=1, seed=0):
    """(folds of each repeat, fold names) of "loo" or "temporal"; both are the same in every repeat
    (their repeats redraw the training negatives only)."""
    if int(n_repeats) < 1:
        raise LsmError(f"The number of repeats must be at least 1 (got {n_repeats}).")
    if mode == "loo":
        folds = leave_one_out_folds(labels)
        names = [POOLED_NAME]  # one pooled row per repeat (the folds themselves have no metrics)
    elif mode == "temporal":
        if times is None:
            raise LsmError("Temporal cross-validation needs a time field (a year or a date).")
        folds, names = temporal_folds(times, labels)
    else:
        raise LsmError(f"Unknown fold mode '{mode}' (use one of {', '.join(UNIT_FOLD_MODES)}).")
    return [folds for _ in range(int(n_repeats))], names


class PooledResult(cv.CrossValidationResult):
    """Leave-one-out: one pooled evaluation per repeat (folds holds one FoldResult per repeat); the
    interval is the stratified bootstrap of the pooled out-of-fold scores (their mean over repeats)."""

    y = None

    def _pooled(self, level):
        return bootstrap_intervals(self.y, self.oof_score(), METRIC_KEYS, level=level)

    def summary(self, level=0.95):
        pooled = self._pooled(level)
        rows = []
        for key in METRIC_KEYS:
            values = self.fold_metrics()[key]
            sd = float(np.std(values, ddof=1)) if len(values) > 1 else math.nan
            rows.append(
                [key, pooled[key]["value"], sd, pooled[key]["low"], pooled[key]["high"], self.y.size, _METHOD]
            )
        return list(cv.SUMMARY_COLUMNS), rows

    def intervals(self, level=0.95):
        pooled = self._pooled(level)
        out = {
            k: {"value": pooled[k]["value"], "low": pooled[k]["low"], "high": pooled[k]["high"]}
            for k in METRIC_KEYS
        }
        out["_meta"] = {
            "level": level,
            "n_folds": self.y.size,
            "n_repeats": self.n_repeats,
            "method": _METHOD,
        }
        return out


_METHOD = "stratified bootstrap of the pooled leave-one-out scores"


class _Runner:
    """Fits the folds of every repeat into one result (progress over all the folds)."""

    def __init__(self, model_type, samples, ratio, params, n_jobs, device, feedback, fit, total):
        self.model_type, self.samples, self.ratio, self.params = model_type, samples, ratio, params
        self.n_jobs, self.device, self.feedback = n_jobs, device, feedback
        self.fit = fit or cv._default_fit
        self.y = np.asarray(samples.y).astype(np.int64)
        self.done, self.total = 0, total

    def repeat(self, result, r, repeat_folds, r_seed, keys, names):
        """Fit every fold of repeat *r* into result.scores; returns (training landslides, negatives) per fold."""
        y = self.y
        neg_seed, fit_seed = F.spawn_seeds(r_seed, 2)
        negatives = cv._training_negatives(repeat_folds, y, self.ratio, neg_seed, result.notes, r + 1)
        fit_seeds = F.spawn_seeds(fit_seed, len(repeat_folds))
        counts = []
        for i, ((train, test), neg) in enumerate(zip(repeat_folds, negatives)):
            check_canceled(self.feedback)
            if keys is not None:
                check_time_order(keys, train, test, names[i])
            positives = train[y[train] == 1]
            rows = np.sort(np.concatenate([positives, neg]))
            sub = SubProgress(
                self.feedback, 100.0 * self.done / self.total, 100.0 * (self.done + 1) / self.total
            )
            model = self.fit(
                self.model_type, self.samples, rows, self.params, fit_seeds[i], self.n_jobs, self.device, sub
            )
            result.scores[r, test] = np.asarray(model.predict_proba(self.samples.X[test]))[:, 1]
            result.fold_of[r, test] = i + 1
            counts.append((positives.size, neg.size))
            self.done += 1
            self.feedback.setProgress(100.0 * self.done / self.total)
        return counts


def _pooled_fold(result, y, r, counts):
    n_pos = int((y == 1).sum())
    train_pos = int(round(float(np.mean([c[0] for c in counts]))))
    train_neg = int(round(float(np.mean([c[1] for c in counts]))))
    evaluation = evaluate_scores(y, result.scores[r])
    return cv.FoldResult(r + 1, 1, POOLED_NAME, train_pos, train_neg, n_pos, y.size - n_pos, evaluation)


def _fold_results(result, y, r, repeat_folds, counts, names):
    out = []
    for i, ((_train, test), (n_pos_train, n_neg)) in enumerate(zip(repeat_folds, counts)):
        n_pos = cv._fold_test(y, test, r + 1, i + 1, names[i])
        evaluation = evaluate_scores(y[test], result.scores[r, test])
        out.append(
            cv.FoldResult(r + 1, i + 1, names[i], n_pos_train, n_neg, n_pos, test.size - n_pos, evaluation)
        )
    return out


def cross_validate(
    model_type,
    samples,
    folds,
    mode,
    ratio=1.0,
    params=None,
    seed=0,
    n_jobs=None,
    device="auto",
    feedback=None,
    fit=None,
    fold_names=None,
    times=None,
):
    """Fit and score every fold of every repeat of a "loo" or "temporal" fold list (make_folds)."""
    feedback = ensure_feedback(feedback)
    y = np.asarray(samples.y).astype(np.int64)
    n_rep = len(folds)
    result = (
        PooledResult(model_type, float(ratio), n_rep)
        if mode == "loo"
        else cv.CrossValidationResult(model_type, float(ratio), n_rep)
    )
    result.y = y
    result.scores = np.full((n_rep, y.size), np.nan)
    result.fold_of = np.zeros((n_rep, y.size), dtype=np.int64)
    names = list(fold_names) if fold_names else [str(i + 1) for i in range(len(folds[0]))]
    keys = time_keys(times)[0] if mode == "temporal" else None
    if mode == "temporal":
        for i, (_train, test) in enumerate(folds[0]):
            cv._fold_test(y, test, 1, i + 1, names[i])
    if mode == "loo" and y.size > LOO_WARN:
        result.notes.append(f"WARNING: leave-one-out fits {y.size * n_rep} models; k-fold is far faster.")
    runner = _Runner(
        model_type, samples, ratio, params, n_jobs, device, feedback, fit, sum(len(f) for f in folds)
    )
    for r, (repeat_folds, r_seed) in enumerate(zip(folds, F.spawn_seeds(seed, n_rep))):
        counts = runner.repeat(result, r, repeat_folds, r_seed, keys, names)
        if mode == "loo":
            result.folds.append(_pooled_fold(result, y, r, counts))
        else:
            result.folds.extend(_fold_results(result, y, r, repeat_folds, counts, names))
    if mode == "temporal":
        untested = int(np.isnan(result.scores[0]).sum())
        result.notes.append(
            f"{untested} sample(s) of the earliest time are only trained on: their out-of-fold score is NULL."
        )
    return result
