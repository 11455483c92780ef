"""core.crossvalidate: out-of-fold scores cover every sample, nothing leaks, intervals by hand."""

import math

import numpy as np
import pytest
from landslide_susceptibility.core import crossvalidate as CV
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.sampleset import make_samples


def synthetic(n=400, seed=0):
    """Samples whose first factor carries the signal; xy on a 1000 x 1000 square; groups 'a'/'b'."""
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.25).astype(int)
    X = np.column_stack([y * 1.5 + rng.normal(size=n), rng.normal(size=n)])
    xy = rng.uniform(0, 1000, size=(n, 2))
    return make_samples(X, y, ["signal", "noise"], xy=xy)


class Recorder:
    """A cheap 'model type': logistic on the signal; remembers the rows each fold trained on."""

    def __init__(self):
        self.trained = []

    def __call__(self, model_type, samples, rows, params, seed, n_jobs, device, feedback):
        self.trained.append(np.asarray(rows))

        class Model:
            def predict_proba(self, X):
                p = 1.0 / (1.0 + np.exp(-X[:, 0]))
                return np.column_stack([1 - p, p])

        return Model()


def test_folds_cover_every_sample_and_train_on_own_unlabeled():
    samples = synthetic()
    folds, names = CV.make_folds("stratified", samples.y, k=4, n_repeats=2, seed=3)
    fit = Recorder()
    result = CV.cross_validate("brf", samples, folds, ratio=1.0, seed=3, fit=fit, fold_names=names)
    assert len(result.folds) == 8 and result.scores.shape == (2, samples.y.size)
    for r in range(2):
        assert np.isfinite(result.scores[r]).all()
        assert set(np.unique(result.fold_of[r])) == {1, 2, 3, 4}
    for (train, test), rows in zip(folds[0] + folds[1], fit.trained):
        assert np.isin(rows, train).all() and not np.isin(rows, test).any()
        n_pos = int((samples.y[rows] == 1).sum())
        assert int((samples.y[rows] == 0).sum()) == n_pos  # 1:1
    row = result.fold_table()[1][0]
    assert row[5] + row[6] == folds[0][0][1].size


def test_same_seed_same_result_and_ratio_zero_takes_all():
    samples = synthetic()
    runs = []
    for _ in range(2):
        folds, names = CV.make_folds("spatial", samples.y, samples.xy, k=3, block_size=200.0, seed=5)
        runs.append(CV.cross_validate("brf", samples, folds, ratio=2.0, seed=5, fit=Recorder()).fold_table())
    assert runs[0] == runs[1]
    fit = Recorder()
    folds, _ = CV.make_folds("stratified", samples.y, k=3, seed=1)
    CV.cross_validate("brf", samples, folds, ratio=0, fit=fit)
    for (train, _), rows in zip(folds[0], fit.trained):
        assert np.array_equal(rows, train)


def test_group_errors_and_names():
    samples = synthetic()
    with pytest.raises(LsmError, match="single value"):
        CV.make_folds("group", samples.y, groups=["a"] * samples.y.size)
    groups = np.where(samples.xy[:, 0] < 500, "east", "west")
    folds, names = CV.make_folds("group", samples.y, groups=groups, n_repeats=2)
    assert names == ["east", "west"] and len(folds) == 2
    result = CV.cross_validate("brf", samples, folds, fit=Recorder(), fold_names=names)
    assert [f.name for f in result.folds] == ["east", "west", "east", "west"]
    with pytest.raises(LsmError, match="landslide"):
        CV.make_folds("stratified", np.r_[np.ones(3), np.zeros(50)], k=5)
    with pytest.raises(LsmError, match="point geometry"):
        CV.make_folds("kmeans", samples.y, np.full((samples.y.size, 2), np.nan), k=3)


def test_fold_without_unlabeled_is_an_error():
    y = np.r_[np.ones(20), np.zeros(20)].astype(int)
    X = np.column_stack([y + np.linspace(0, 1, 40), np.linspace(0, 1, 40)])
    samples = make_samples(X, y, ["a", "b"])
    groups = np.r_[["g1"] * 10, ["g2"] * 10, ["g2"] * 20]
    folds, names = CV.make_folds("group", y, groups=groups)
    with pytest.raises(LsmError, match="no unlabeled"):
        CV.cross_validate("brf", samples, folds, fit=Recorder(), fold_names=names)


def test_spread_interval_by_hand():
    values = [0.8, 0.7, 0.9]
    mean, sd, low, high, method = CV.spread_interval(values)
    assert mean == pytest.approx(0.8) and sd == pytest.approx(0.1)
    half = 4.302652729911275 * 0.1 / math.sqrt(3)  # t(0.975, 2)
    assert (low, high) == (pytest.approx(0.8 - half), 1.0)  # the high end is clipped to 1
    assert "t interval" in method
    _, _, low, high, method = CV.spread_interval(np.linspace(0, 1, 41), repeated=True)
    assert (low, high) == (pytest.approx(0.025), pytest.approx(0.975)) and "percentile" in method
    assert math.isnan(CV.spread_interval([0.5])[2])


def test_summary_and_intervals_agree():
    samples = synthetic()
    folds, names = CV.make_folds("kmeans", samples.y, samples.xy, k=3, seed=2)
    result = CV.cross_validate("brf", samples, folds, fit=Recorder())
    columns, rows = result.summary()
    auc = next(r for r in rows if r[0] == "roc_auc")
    intervals = result.intervals()
    assert auc[1] == pytest.approx(np.mean(result.fold_metrics()["roc_auc"]))
    assert intervals["roc_auc"]["low"] == auc[3] <= auc[1] <= auc[4] == intervals["roc_auc"]["high"]
    assert intervals["roc_auc"]["value"] > 0.7  # the signal is found out of fold
    assert np.array_equal(result.first_fold(), result.fold_of[0])
