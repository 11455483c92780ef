"""Stratified bootstrap intervals: point values as core.metrics, interval holds them, shrinks with n."""

import time

import numpy as np
import pytest
from landslide_susceptibility.core import intervals as I
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.metrics import METRIC_KEYS, evaluate


def synthetic(n, seed=0, prevalence=0.1):
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < prevalence).astype(int)
    y[:2] = [0, 1]
    scores = np.clip(rng.normal(0.35 + 0.3 * y, 0.2), 0, 1)
    return y, np.round(scores, 2)  # rounded: ties


def test_point_values_equal_core_metrics():
    y, s = synthetic(2000)
    result = I.bootstrap_intervals(y, s, metrics=METRIC_KEYS, n_boot=50)
    reference = evaluate(y, s)["metrics"]
    for key in METRIC_KEYS:
        assert result[key]["value"] == pytest.approx(reference[key], abs=1e-12), key


def test_hand_example():
    # 2 landslides (0.9, 0.4), 2 negatives (0.4, 0.1): pairs 1 + 1 + 0.5 + 1 = 3.5 of 4
    out = I.bootstrap_intervals(
        [1, 1, 0, 0], [0.9, 0.4, 0.4, 0.1], metrics=("roc_auc", "sensitivity"), n_boot=200
    )
    assert out["roc_auc"]["value"] == pytest.approx(3.5 / 4)
    assert out["sensitivity"]["value"] == pytest.approx(0.5)  # 0.4 < 0.5
    assert 0.0 <= out["roc_auc"]["low"] <= out["roc_auc"]["high"] <= 1.0


def test_contains_point_and_shrinks_with_n():
    widths = []
    for n in (500, 5000, 50000):
        y, s = synthetic(n, seed=1)
        out = I.bootstrap_intervals(y, s)
        for key in I.DEFAULT_METRICS:
            assert out[key]["low"] <= out[key]["value"] <= out[key]["high"], (n, key)
        widths.append(out["roc_auc"]["high"] - out["roc_auc"]["low"])
    assert widths[0] > widths[1] > widths[2]
    # width ~ 1/sqrt(n): a tenfold n narrows the interval about 3.2x
    assert 2.0 < widths[0] / widths[1] < 5.0


def test_same_seed_same_interval_and_stratified():
    y, s = synthetic(1000, seed=2)
    a = I.bootstrap_intervals(y, s, seed=5)
    b = I.bootstrap_intervals(y, s, seed=5)
    c = I.bootstrap_intervals(y, s, seed=6)
    assert a == b
    assert a["roc_auc"] != c["roc_auc"]
    assert a["_meta"]["n_pos"] == int(y.sum()) and a["_meta"]["n_boot"] == 1000


def test_fast_for_10k_rows():
    y, s = synthetic(10000, seed=3)
    s = s + np.random.default_rng(0).random(s.size) * 1e-3  # mostly distinct scores: the slow case
    start = time.perf_counter()
    I.bootstrap_intervals(y, s, metrics=METRIC_KEYS)
    assert time.perf_counter() - start < 1.0


def test_format_and_errors():
    assert I.format_interval({"value": 0.84, "low": 0.8212, "high": 0.858}) == "0.840 [0.821, 0.858]"
    with pytest.raises(LsmError, match="both landslides and negatives"):
        I.bootstrap_intervals([1, 1], [0.2, 0.3])
    with pytest.raises(LsmError, match="Unknown metric"):
        I.bootstrap_intervals([1, 0], [0.2, 0.3], metrics=("auc",))
    with pytest.raises(LsmError, match="NaN"):
        I.bootstrap_intervals([1, 0], [np.nan, 0.3])


def test_each_resample_equals_core_metrics_on_the_resampled_rows():
    y, s = synthetic(300, seed=4)
    layout = I._Layout(y, s, 0.5)
    rng = np.random.default_rng(9)
    pos, neg = np.flatnonzero(y == 1), np.flatnonzero(y == 0)
    for _ in range(5):
        ip = rng.integers(0, pos.size, pos.size)
        ineg = rng.integers(0, neg.size, neg.size)
        wpos = I._counts(layout.pos_cat, ip[None, :].astype(np.int32), layout.ps.size)
        wneg = I._counts(layout.neg_cat, ineg[None, :].astype(np.int32), layout.cat_code.size)
        ours = layout.metrics(wpos, wneg, METRIC_KEYS)
        rows = np.concatenate([pos[ip], neg[ineg]])
        reference = evaluate(y[rows], s[rows])["metrics"]
        for key in METRIC_KEYS:
            assert ours[key][0] == pytest.approx(reference[key], abs=1e-12), key
