"""core.unit_pu: reliable-negative units from the prior's low classes, counts checked, thresholds."""

import numpy as np
import pytest
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.pu_steps import PuParams
from landslide_susceptibility.core.unit_pu import check_counts, unit_negatives


def _units(n=400, seed=0):
    rng = np.random.default_rng(seed)
    signal = rng.normal(size=n)
    count = rng.poisson(np.exp(1.2 * signal - 1.5))
    return np.column_stack([signal, rng.normal(size=n)]), count.astype(float)


def test_reliable_negatives_are_unlabeled_units_of_the_low_classes():
    X, count = _units()
    count[7], X[9, 1] = np.nan, np.nan
    r = unit_negatives(X, count, PuParams(n_trees=30, seed=2), threshold=2)
    assert (r.label[count >= 2] == 1).all() and r.label[7] == -1 and r.label[9] == -1
    assert (
        (r.label == 0) == ((count == 0) & np.isin(r.prior_class, [1, 2]) & np.isfinite(X).all(axis=1))
    ).all()
    assert (r.label[count == 1] == -1).all() and any("1 to 1 landslides" in n for n in r.notes)
    assert np.nanmean(r.prior[r.label == 0]) < np.nanmean(r.prior[r.label == 1])
    assert r.n_spies >= 5 and np.isnan(r.prior[9]) and r.prior_class[9] == 0
    again = unit_negatives(X, count, PuParams(n_trees=30, seed=2), threshold=2)
    assert (again.label == r.label).all()  # same seed, same units


def test_ratio_draws_at_most_ratio_per_landslide_unit():
    X, count = _units()
    r = unit_negatives(X, count, PuParams(n_trees=30, seed=1), ratio=0.5)
    n_pos = int((r.label == 1).sum())
    assert int((r.label == 0).sum()) == round(0.5 * n_pos) < r.n_candidates


def test_counts_must_be_counts():
    with pytest.raises(LsmError, match=r"'ls_count' holds values that are not counts \(-1, 0.5\)"):
        check_counts([0, 1, -1, 0.5, np.nan], "ls_count")
    X, count = _units(60)
    with pytest.raises(LsmError, match="at least 1 landslide"):
        unit_negatives(X, count, PuParams(), threshold=0)
    few = np.where(np.arange(60) < 12, 1.0, 0.0)
    with pytest.raises(
        LsmError, match=r"12 unit\(s\) hold at least 1 landslide.*needs at least 31 .*Bagging-PU"
    ):
        unit_negatives(X, few, PuParams())
