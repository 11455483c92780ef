"""Classification metrics of the papers we follow (Fu et al. 2024 Table III; plus F1 and kappa)."""

import numpy as np

#: metric keys in display order; the run records and the dock use these
METRIC_KEYS = (
    "oa",
    "precision",
    "sensitivity",
    "specificity",
    "balanced_accuracy",
    "g_mean",
    "f1",
    "kappa",
    "roc_auc",
    "pr_auc",
)
METRIC_LABELS = {
    "oa": "OA",
    "precision": "Precision",
    "sensitivity": "Sensitivity",
    "specificity": "Specificity",
    "balanced_accuracy": "BA",
    "g_mean": "G-mean",
    "f1": "F1",
    "kappa": "Kappa",
    "roc_auc": "ROC-AUC",
    "pr_auc": "PR-AUC",
}


def confusion(y_true, y_pred):
    """(tp, fp, tn, fn) of binary labels."""
    y_true = np.asarray(y_true).astype(bool)
    y_pred = np.asarray(y_pred).astype(bool)
    tp = int(np.sum(y_true & y_pred))
    fp = int(np.sum(~y_true & y_pred))
    tn = int(np.sum(~y_true & ~y_pred))
    fn = int(np.sum(y_true & ~y_pred))
    return tp, fp, tn, fn


def _div(a, b):
    return float(a) / float(b) if b else 0.0


def threshold_metrics(tp, fp, tn, fn):
    """OA, precision, sensitivity, specificity, BA, G-mean, F1 and Cohen's kappa from counts."""
    n = tp + fp + tn + fn
    sens = _div(tp, tp + fn)
    spec = _div(tn, tn + fp)
    prec = _div(tp, tp + fp)
    oa = _div(tp + tn, n)
    expected = _div((tp + fp) * (tp + fn) + (tn + fn) * (tn + fp), n * n) if n else 0.0
    kappa = _div(oa - expected, 1.0 - expected) if expected < 1.0 else 0.0
    return {
        "oa": oa,
        "precision": prec,
        "sensitivity": sens,
        "specificity": spec,
        "balanced_accuracy": (sens + spec) / 2.0,
        "g_mean": float(np.sqrt(sens * spec)),
        "f1": _div(2 * prec * sens, prec + sens),
        "kappa": kappa,
    }


def best_gmean_threshold(y_true, scores):
    """The score threshold (predict 1 when score >= t) that maximises the G-mean."""
    from sklearn.metrics import roc_curve

    fpr, tpr, thresholds = roc_curve(np.asarray(y_true).astype(int), np.asarray(scores, dtype=float))
    return _gmean_threshold(fpr, tpr, thresholds)


def _gmean_threshold(fpr, tpr, thresholds):
    gmeans = np.sqrt(tpr * (1.0 - fpr))
    i = int(np.argmax(gmeans))
    return float(min(thresholds[i], 1.0))


def evaluate(y_true, scores, threshold=0.5, curve_points=101):
    """All metrics at *threshold* and at the G-mean-best threshold, with ROC and PR curves.

    Returns a dict with metrics, threshold, confusion, metrics_best, best_threshold,
    confusion_best, curves (down-sampled to about *curve_points* points each). The scores are
    ranked twice (one ROC curve, one precision-recall curve); ROC-AUC and average precision are
    computed from those curves as scikit-learn's roc_auc_score and average_precision_score do.
    """
    from sklearn.metrics import auc, precision_recall_curve, roc_curve

    y = np.asarray(y_true).astype(int)
    s = np.asarray(scores, dtype=float)
    if y.size == 0 or y.min() == y.max():
        raise ValueError("evaluation needs both classes among the test labels")
    fpr, tpr, roc_thresholds = roc_curve(y, s)
    precision, recall, _ = precision_recall_curve(y, s)
    # clipped: the average precision may sum to 1 + 2e-16 on a perfect ranking
    roc_auc = float(np.clip(auc(fpr, tpr), 0.0, 1.0))
    pr_auc = float(np.clip(-np.sum(np.diff(recall) * np.asarray(precision)[:-1]), 0.0, 1.0))
    result = {}
    for key, t in (("", float(threshold)), ("_best", _gmean_threshold(fpr, tpr, roc_thresholds))):
        tp, fp, tn, fn = confusion(y, s >= t)
        metrics = threshold_metrics(tp, fp, tn, fn)
        metrics["roc_auc"] = roc_auc
        metrics["pr_auc"] = pr_auc
        result["metrics" + key] = metrics
        result["confusion" + key] = {"tp": tp, "fp": fp, "tn": tn, "fn": fn}
        result["threshold" if not key else "best_threshold"] = t
    result["curves"] = {
        "roc": {"fpr": _thin(fpr, curve_points), "tpr": _thin(tpr, curve_points)},
        "pr": {
            "recall": _thin(recall[::-1], curve_points),
            "precision": _thin(precision[::-1], curve_points),
        },
    }
    return result


def _thin(values, points=101):
    values = np.asarray(values, dtype=float)
    if values.size <= points:
        return [round(float(v), 6) for v in values]
    idx = np.unique(np.linspace(0, values.size - 1, points).round().astype(int))
    return [round(float(v), 6) for v in values[idx]]


#: points kept in the curve tables (the run records keep about 101)
CURVE_TABLE_POINTS = 1000


def evaluate_scores(y, scores, threshold=0.5, curve_points=101):
    """evaluate() plus the counts (n_positive, n_negative) and the prevalence of the test set."""
    y = np.asarray(y).astype(int)
    result = evaluate(y, scores, threshold=threshold, curve_points=curve_points)
    result["n_positive"] = int((y == 1).sum())
    result["n_negative"] = int((y == 0).sum())
    result["prevalence"] = result["n_positive"] / float(y.size)
    return result


def _thin_index(n, points):
    """Indices of about *points* of *n* rows, ends kept."""
    if n <= points:
        return np.arange(n)
    return np.unique(np.linspace(0, n - 1, points).round().astype(int))


def curve_tables(y, scores, points=CURVE_TABLE_POINTS):
    """ROC rows (fpr, tpr, threshold) and PR rows (recall, precision, threshold), thinned to about
    *points* rows each (ends kept)."""
    from sklearn.metrics import precision_recall_curve, roc_curve

    y = np.asarray(y).astype(int)
    scores = np.asarray(scores, dtype=float)
    fpr, tpr, roc_t = roc_curve(y, scores)
    precision, recall, pr_t = precision_recall_curve(y, scores)
    pr_t = np.append(pr_t, np.inf)
    roc = [(float(fpr[i]), float(tpr[i]), float(min(roc_t[i], 1.0))) for i in _thin_index(fpr.size, points)]
    order = np.arange(recall.size)[::-1]
    pr = [
        (float(recall[order[i]]), float(precision[order[i]]), float(min(pr_t[order[i]], 1.0)))
        for i in _thin_index(order.size, points)
    ]
    return roc, pr


def metrics_rows(evaluation):
    """(metric key, label, value at the threshold, value at the G-mean-best threshold) rows of an
    evaluate() result, then the thresholds and the confusion counts."""
    rows = [
        (k, METRIC_LABELS[k], evaluation["metrics"][k], evaluation["metrics_best"][k]) for k in METRIC_KEYS
    ]
    rows.append(("threshold", "Threshold", evaluation["threshold"], evaluation["best_threshold"]))
    for key in ("tp", "fp", "tn", "fn"):
        rows.append((key, key.upper(), evaluation["confusion"][key], evaluation["confusion_best"][key]))
    return rows
