"""core.metrics: equal to scikit-learn on the same predictions, and to hand-computed formulas."""

import math

import numpy as np
import pytest
from landslide_susceptibility.core import metrics, saturation


def _scores(seed=0, n=400):
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.3).astype(int)
    scores = np.clip(0.35 * y + rng.random(n) * 0.7, 0, 1)
    return y, scores


def test_threshold_metrics_by_hand():
    # tp 40, fp 10, tn 30, fn 20 (n = 100)
    m = metrics.threshold_metrics(40, 10, 30, 20)
    assert m["oa"] == pytest.approx(0.70)
    assert m["precision"] == pytest.approx(0.80)
    assert m["sensitivity"] == pytest.approx(40 / 60)
    assert m["specificity"] == pytest.approx(0.75)
    assert m["balanced_accuracy"] == pytest.approx((40 / 60 + 0.75) / 2)
    assert m["g_mean"] == pytest.approx(math.sqrt(40 / 60 * 0.75))
    assert m["f1"] == pytest.approx(2 * 0.8 * (40 / 60) / (0.8 + 40 / 60))
    # observed agreement 0.7, chance agreement (50*60 + 50*40) / 100^2 = 0.5 -> kappa 0.4
    assert m["kappa"] == pytest.approx(0.4)


def test_confusion_counts():
    y = [1, 1, 1, 0, 0, 0, 0]
    pred = [1, 0, 1, 1, 0, 0, 0]
    assert metrics.confusion(y, pred) == (2, 1, 3, 1)


def test_evaluate_equals_sklearn():
    from sklearn.metrics import (
        accuracy_score,
        average_precision_score,
        balanced_accuracy_score,
        cohen_kappa_score,
        f1_score,
        precision_score,
        recall_score,
        roc_auc_score,
    )

    y, s = _scores()
    result = metrics.evaluate(y, s, threshold=0.5)
    pred = (s >= 0.5).astype(int)
    m = result["metrics"]
    assert m["oa"] == pytest.approx(accuracy_score(y, pred))
    assert m["precision"] == pytest.approx(precision_score(y, pred))
    assert m["sensitivity"] == pytest.approx(recall_score(y, pred))
    assert m["specificity"] == pytest.approx(recall_score(y, pred, pos_label=0))
    assert m["balanced_accuracy"] == pytest.approx(balanced_accuracy_score(y, pred))
    assert m["f1"] == pytest.approx(f1_score(y, pred))
    assert m["kappa"] == pytest.approx(cohen_kappa_score(y, pred))
    assert m["roc_auc"] == pytest.approx(roc_auc_score(y, s))
    assert m["pr_auc"] == pytest.approx(average_precision_score(y, s))
    # specificity and G-mean as imbalanced-learn computes them (scikit-learn has neither)
    from imblearn.metrics import geometric_mean_score, specificity_score

    assert m["specificity"] == pytest.approx(specificity_score(y, pred))
    assert m["g_mean"] == pytest.approx(geometric_mean_score(y, pred))
    from sklearn.metrics import confusion_matrix

    (tn, fp), (fn, tp) = confusion_matrix(y, pred)
    assert result["confusion"] == {"tp": tp, "fp": fp, "tn": tn, "fn": fn}
    # the best threshold's metrics are those of its own predictions
    t = result["best_threshold"]
    pred_best = (s >= t).astype(int)
    assert result["metrics_best"]["balanced_accuracy"] == pytest.approx(balanced_accuracy_score(y, pred_best))
    assert result["metrics_best"]["g_mean"] >= m["g_mean"] - 1e-12


@pytest.mark.parametrize("ties", [False, True])
def test_areas_from_the_two_curves_equal_sklearns_scores_to_the_bit(ties):
    """evaluate ranks the scores twice (one ROC, one PR curve) instead of once per metric: the same
    numbers as roc_auc_score, average_precision_score and best_gmean_threshold, exactly."""
    from sklearn.metrics import average_precision_score, roc_auc_score

    rng = np.random.default_rng(8)
    y = (rng.random(20_000) < 0.05).astype(int)
    s = rng.normal(0.3 + 0.25 * y, 0.2)
    if ties:
        s = np.round(s, 2)  # many tied scores
    result = metrics.evaluate(y, s)
    assert result["metrics"]["roc_auc"] == float(np.clip(roc_auc_score(y, s), 0, 1))
    assert result["metrics"]["pr_auc"] == float(np.clip(average_precision_score(y, s), 0, 1))
    assert result["metrics_best"]["roc_auc"] == result["metrics"]["roc_auc"]
    assert result["best_threshold"] == metrics.best_gmean_threshold(y, s)


def test_best_gmean_threshold_is_the_maximum():
    y, s = _scores(seed=3)
    t = metrics.best_gmean_threshold(y, s)
    gmean_at = {}
    for candidate in np.unique(s):
        tp, fp, tn, fn = metrics.confusion(y, s >= candidate)
        gmean_at[candidate] = metrics.threshold_metrics(tp, fp, tn, fn)["g_mean"]
    tp, fp, tn, fn = metrics.confusion(y, s >= t)
    assert metrics.threshold_metrics(tp, fp, tn, fn)["g_mean"] == pytest.approx(max(gmean_at.values()))


def test_perfect_separation():
    y = np.array([0, 0, 0, 1, 1])
    s = np.array([0.1, 0.2, 0.3, 0.8, 0.9])
    result = metrics.evaluate(y, s)
    assert result["metrics"]["roc_auc"] == 1.0
    assert result["metrics"]["balanced_accuracy"] == 1.0
    assert result["confusion"] == {"tp": 2, "fp": 0, "tn": 3, "fn": 0}


def test_curve_points_are_honoured():
    y, s = _scores(n=3000)
    result = metrics.evaluate(y, s, curve_points=21)
    assert 2 <= len(result["curves"]["roc"]["fpr"]) <= 21
    assert len(result["curves"]["roc"]["fpr"]) == len(result["curves"]["roc"]["tpr"])
    assert len(result["curves"]["pr"]["recall"]) <= 21


def test_one_class_is_refused():
    with pytest.raises(ValueError):
        metrics.evaluate([1, 1, 1], [0.2, 0.5, 0.9])


def test_curve_tables_ends_and_order():
    from sklearn.metrics import auc

    y, s = _scores(n=800)
    roc, pr = metrics.curve_tables(y, s, points=200)
    fpr = np.array([r[0] for r in roc])
    tpr = np.array([r[1] for r in roc])
    assert (fpr[0], tpr[0]) == (0.0, 0.0) and (fpr[-1], tpr[-1]) == (1.0, 1.0)
    assert np.all(np.diff(fpr) >= 0) and np.all(np.diff(tpr) >= 0)
    assert len(roc) <= 200
    # the thinned curve keeps the area (trapezoids) to within 0.01 of the ROC-AUC
    assert auc(fpr, tpr) == pytest.approx(metrics.evaluate(y, s)["metrics"]["roc_auc"], abs=0.01)
    recall = np.array([r[0] for r in pr])
    assert recall[0] == 0.0 and recall[-1] == 1.0 and np.all(np.diff(recall) >= 0)


def test_summarise_mean_and_sd():
    results = [
        {"model": "brf", "ratio": 5.0, "seconds": 1.0, "metrics": dict.fromkeys(metrics.METRIC_KEYS, v)}
        for v in (0.6, 0.7, 0.8)
    ]
    (row,) = saturation.summarise(results)
    assert row["n"] == 3
    assert row["roc_auc_mean"] == pytest.approx(0.7)
    assert row["roc_auc_sd"] == pytest.approx(np.std([0.6, 0.7, 0.8], ddof=1))
