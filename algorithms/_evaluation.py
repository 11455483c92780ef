"""Shared reporting of test-set evaluations (lsm:trainmodel, lsm:evaluatemodel): the bootstrap
intervals in the log and as table columns.

    log_intervals(alg, feedback, intervals, metrics=LOGGED_METRICS): one log line of 95 % intervals
    interval_columns(intervals, key) -> (low, high) of *key*, (None, None) when it has none
    check_tabular(bundle, path, feedback, refusal): a bundle applied to tables (not LSNet), warnings logged
"""

from ..core.errors import LsmError
from ..core.intervals import format_interval
from ..core.metrics import METRIC_LABELS

#: metrics whose interval the log shows
LOGGED_METRICS = ("roc_auc", "pr_auc", "balanced_accuracy", "sensitivity", "specificity")


def log_intervals(alg, feedback, intervals, metrics=LOGGED_METRICS):
    """One line: '95 % intervals (stratified bootstrap, 1000 resamples): ROC-AUC 0.840 [0.821, 0.858], ...'."""
    meta = intervals.get("_meta", {})
    parts = ", ".join(
        f"{METRIC_LABELS[k]} {format_interval(intervals[k])}" for k in metrics if k in intervals
    )
    feedback.pushInfo(
        alg.tr("  95 % intervals (stratified bootstrap, {} resamples, seed {}): {}").format(
            meta.get("n_boot", ""), meta.get("seed", ""), parts
        )
    )


def interval_columns(intervals, key):
    """(low, high) of metric *key* of an intervals dict, (None, None) when it has none."""
    entry = (intervals or {}).get(key)
    if not entry or key == "_meta":
        return None, None
    return float(entry["low"]), float(entry["high"])


def check_tabular(bundle, path, feedback, refusal):
    """A bundle to apply to a table of factor values: LsmError *refusal* (translated by the algorithm,
    formatted with *path* and the bundle's kind) unless it is a scikit-learn model; then its version
    warnings go to the log."""
    if bundle.kind != "sklearn":
        raise LsmError(refusal.format(path, bundle.kind))
    for warning in bundle.version_warnings():
        feedback.pushWarning(warning)
