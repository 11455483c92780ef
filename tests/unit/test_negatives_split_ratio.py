"""A test ratio apart from the training one (lsm:spysampling TEST_RATIO): negative counts per split, the
per-split feasibility bound (core.negatives.max_split_ratio) and its message, the PU parameters' check."""

import math
import re

import numpy as np
import pytest
from landslide_susceptibility.core import negatives
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.pu_steps import PuParams


def test_counts_take_a_ratio_per_split():
    landslides = {"train": 122, "test": 53}
    assert negatives.negative_counts(landslides, {"train": 2, "test": 7.5}) == {"train": 244, "test": 398}
    assert negatives.negative_counts(landslides, 3) == {"train": 366, "test": 159}
    # a split missing from the dict takes the first ratio given
    assert negatives.negative_counts(landslides, {"train": 2}) == {"train": 244, "test": 106}


def test_params_give_the_test_ratio_or_the_training_one():
    assert PuParams(ratio=10).split_ratios() == {"train": 10.0, "test": 10.0}
    assert PuParams(ratio=10, test_ratio=200).split_ratios() == {"train": 10.0, "test": 200.0}
    assert PuParams(ratio=10, test_ratio=0).split_ratios() == {"train": 10.0, "test": 10.0}
    with pytest.raises(LsmError, match="test negatives per landslide must be 0"):
        PuParams(ratio=10, test_ratio=-1).check()
    with pytest.raises(LsmError, match="leave the test ratio at 0"):
        PuParams(ratio=10, test_ratio=50, fit_ratio=True).check()
    PuParams(ratio=10, test_ratio=50).check()


def test_disjoint_splits_bound_each_split_by_its_own_cells():
    available, landslides = {"train": 5000, "test": 2000}, {"train": 100, "test": 40}
    union = 7000  # no cell open to both splits
    ratios = {"train": 10, "test": 1}
    assert negatives.max_split_ratio(available, union, landslides, ratios, "test") == 50.0
    assert negatives.max_split_ratio(available, union, landslides, ratios, "train") == 50.0
    assert negatives.check_feasible(available, union, landslides, {"train": 10, "test": 50}) == 50.0
    with pytest.raises(LsmError, match=r"'test': 40 landslides x 50.5 = 2020 asked, 2000 cells open"):
        negatives.check_feasible(available, union, landslides, {"train": 10, "test": 50.5})


def test_shared_cells_leave_the_second_split_what_the_first_takes():
    """A random split: every open cell is open to both; the test split keeps what the training draw leaves."""
    e, landslides = 20_000, {"train": 122, "test": 53}
    available, union = {"train": e, "test": e}, e
    largest = negatives.max_split_ratio(available, union, landslides, {"train": 2, "test": 1}, "test")
    assert largest == np.floor((e - 244) / 53 * 100) / 100
    # the training ratio beside a large test ratio: the first split's draw must leave the test negatives
    first = negatives.max_split_ratio(available, union, landslides, {"train": 1, "test": 300}, "train")
    assert first == np.floor((e - 300 * 53) / 122 * 100) / 100


@pytest.mark.parametrize("seed", range(6))
def test_the_bound_is_the_largest_ratio_that_fits(seed):
    """max_split_ratio r: r fits beside the other split's ratio, the next ratio beyond the rounding of the
    counts (r + 0.01 + half a negative per landslide) does not (partial overlaps)."""
    rng = np.random.default_rng(seed)
    landslides = {"train": int(rng.integers(20, 200)), "test": int(rng.integers(10, 80))}
    e1, e2 = int(rng.integers(5_000, 40_000)), int(rng.integers(3_000, 30_000))
    union = int(rng.integers(max(e1, e2), e1 + e2 + 1))
    available = {"train": e1, "test": e2}
    for split, other in (("test", "train"), ("train", "test")):
        ratios = {other: float(rng.integers(1, 20)), split: 1.0}
        r = negatives.max_split_ratio(available, union, landslides, ratios, split)
        assert r > 0
        assert negatives._fits(available, union, landslides, dict(ratios, **{split: r}))
        beyond = math.ceil((r + 0.01 + 0.5 / landslides[split]) * 100) / 100
        assert not negatives._fits(available, union, landslides, dict(ratios, **{split: beyond}))


def test_infeasible_test_ratio_message_gives_the_numbers():
    available, union, landslides = {"train": 9000, "test": 9000}, 9000, {"train": 122, "test": 53}
    with pytest.raises(LsmError) as raised:
        negatives.check_feasible(available, union, landslides, {"train": 2, "test": 200})
    message = str(raised.value)
    assert "'train': 122 landslides x 2 = 244 asked, 9000 cells open" in message
    assert "'test': 53 landslides x 200 = 10600 asked, 9000 cells open" in message
    assert "9000 distinct cells in all" in message
    common = negatives.max_ratio(available, union, landslides)
    assert f"is {common:g} for both splits" in message
    test_alone = float(re.search(r"for 'test' alone ([0-9.]+) \(the other at train 2\)", message).group(1))
    assert test_alone == negatives.max_split_ratio(
        available, union, landslides, {"train": 2, "test": 200}, "test"
    )
    assert round(test_alone * 53) <= 9000 - 244
    assert "lower the ratio (or the test ratio)" in message
    # the same request at the largest test ratio passes
    negatives.check_feasible(available, union, landslides, {"train": 2, "test": test_alone})
