"""core.unit_folds: temporal folds never train on a later time than they test; leave-one-out pooled."""

import datetime

import numpy as np
import pytest
from landslide_susceptibility.core import unit_folds as UF
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.metrics import evaluate_scores
from landslide_susceptibility.core.sampleset import make_samples


class Recorder:
    """A cheap model type (logistic on the first factor) that remembers the rows each fold trained on."""

    def __init__(self):
        self.trained = []

    def __call__(self, model_type, samples, rows, params, seed, n_jobs, device, feedback):
        self.trained.append(np.asarray(rows))
        shift = float(samples.X[rows, 0].mean())  # depends on the training rows: a leak would show

        class Model:
            def predict_proba(self, X):
                p = 1.0 / (1.0 + np.exp(-(X[:, 0] - shift)))
                return np.column_stack([1 - p, p])

        return Model()


def units(n=120, seed=0):
    rng = np.random.default_rng(seed)
    y = (rng.random(n) < 0.3).astype(int)
    y[:4] = [1, 0, 1, 0]
    X = np.column_stack([y * 1.5 + rng.normal(size=n), rng.normal(size=n)])
    years = rng.choice([2016, 2018, 2019, 2021], size=n)
    years[:4] = [2016, 2016, 2018, 2018]
    return make_samples(X, y, ["signal", "noise"], xy=rng.uniform(0, 1000, (n, 2))), years


def test_temporal_never_trains_on_a_later_time():
    samples, years = units()
    folds, names = UF.make_folds("temporal", samples.y, years, n_repeats=2, seed=1)
    assert names == ["2018", "2019", "2021"]
    fit = Recorder()
    result = UF.cross_validate(
        "lr", samples, folds, "temporal", ratio=1.0, seed=1, fit=fit, fold_names=names, times=years
    )
    assert len(fit.trained) == 6 and len(result.folds) == 6
    for (train, test), rows in zip(folds[0] + folds[1], fit.trained):
        assert years[rows].max() < years[test].min()  # trained only on earlier years
        assert np.isin(rows, train).all() and (years[test] == years[test][0]).all()
    first = years == 2016
    assert np.isnan(result.oof_score()[first]).all() and np.isfinite(result.oof_score()[~first]).all()
    assert (result.first_fold()[first] == 0).all()
    assert [f.name for f in result.folds[:3]] == names
    assert any("earliest time" in n for n in result.notes)


def test_temporal_check_refuses_a_later_training_time():
    keys = np.array([1.0, 2.0, 3.0])
    with pytest.raises(LsmError, match="not earlier"):
        UF.check_time_order(keys, np.array([0, 2]), np.array([1]), "2")
    UF.check_time_order(keys, np.array([0, 1]), np.array([2]), "3")


def test_time_keys_dates_and_errors():
    keys, labels = UF.time_keys([datetime.date(2020, 5, 1), datetime.datetime(2019, 1, 1, 12), "2021-03-04"])
    assert keys[1] < keys[0] < keys[2] and len(labels) == 3
    with pytest.raises(LsmError, match=r"2 sample\(s\) have no readable time .*NULL, soon"):
        UF.time_keys([2019, None, "soon"])
    with pytest.raises(LsmError, match="mixes numbers and dates"):
        UF.time_keys([2019, datetime.date(2020, 1, 1)])
    with pytest.raises(LsmError, match="single value"):
        UF.temporal_folds([2019, 2019, 2019], [1, 0, 1])
    with pytest.raises(LsmError, match="earliest time .*'2019'"):
        UF.temporal_folds([2019, 2020, 2020, 2020], [1, 1, 0, 1])


def test_leave_one_out_is_pooled_with_a_bootstrap_interval():
    samples, _ = units(60)
    folds, _names = UF.make_folds("loo", samples.y)
    assert len(folds[0]) == 60 and all(test.size == 1 for _train, test in folds[0])
    fit = Recorder()
    result = UF.cross_validate("lr", samples, folds, "loo", ratio=0.0, fit=fit)
    for (_train, test), rows in zip(folds[0], fit.trained):
        assert not np.isin(test, rows).any() and rows.size == 59  # ratio 0: every other sample
    scores = result.oof_score()
    assert np.isfinite(scores).all()
    expected = evaluate_scores(samples.y, scores)["metrics"]["roc_auc"]
    assert result.fold_table()[1][0][2] == UF.POOLED_NAME and len(result.fold_table()[1]) == 1
    interval = result.intervals()["roc_auc"]
    assert interval["value"] == pytest.approx(expected)
    assert interval["low"] < interval["value"] < interval["high"]
    _columns, rows = result.summary()
    auc_row = next(row for row in rows if row[0] == "roc_auc")
    assert auc_row[1] == pytest.approx(expected) and auc_row[5] == 60 and "bootstrap" in auc_row[6]


def test_unit_fold_modes_extend_the_others():
    assert UF.FOLD_MODES[:4] == ("stratified", "spatial", "kmeans", "group")
    with pytest.raises(LsmError, match="two landslide"):
        UF.leave_one_out_folds([1, 0, 0])
