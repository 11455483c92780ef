"""Issue 14 in core: the one eligibility rule of unlabeled and negative cells (core.samples.Eligibility)
in the PU draw, the feasibility check before sampling, the step-1 classifier choice, the small-inventory
advice."""

import numpy as np
import pytest
from _helpers import run_pu
from landslide_susceptibility.core import negatives, pu
from landslide_susceptibility.core import samples as core_samples
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Factor, Grid, create_geotiff

W, H = 40, 30


def _grid():
    return Grid(W, H, (0.0, 10.0, 0.0, 300.0, 0.0, -10.0), "")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A 40 x 30 two-band raster, the first 4 columns nodata; landslides where band 1 is high."""
    folder = tmp_path_factory.mktemp("elig")
    grid = _grid()
    rng = np.random.default_rng(0)
    yy, xx = np.mgrid[0:H, 0:W]
    a = (np.sin(xx / 5.0) + np.cos(yy / 4.0) + rng.normal(0, 0.2, (H, W))).astype(np.float32)
    b = rng.normal(0, 1, (H, W)).astype(np.float32)
    a[:, :4] = -9999.0
    path = str(folder / "stack.tif")
    ds = create_geotiff(path, grid, bands=2, nodata=-9999.0, descriptions=["a", "b"])
    ds.GetRasterBand(1).WriteArray(a)
    ds.GetRasterBand(2).WriteArray(b)
    ds = None
    factors = [Factor("a", path, 1), Factor("b", path, 2)]
    valid = (a != -9999.0).ravel()
    top = np.argsort(-np.where(valid, a.ravel(), -np.inf))[:60]
    pos = rng.permutation(top)
    unl = rng.choice(np.setdiff1d(np.flatnonzero(valid), pos), 400, replace=False)
    cells = np.concatenate([pos, unl])
    labels = np.concatenate([np.ones(pos.size, int), np.zeros(unl.size, int)])
    splits = np.array(["train"] * 40 + ["test"] * 20 + ["train"] * 250 + ["test"] * 150)
    X = np.column_stack([a.ravel()[cells], b.ravel()[cells]]).astype(np.float64)
    return {
        "folder": folder,
        "grid": grid,
        "factors": factors,
        "X": X,
        "labels": labels,
        "splits": splits,
        "cells": cells,
        "valid": valid,
    }


def test_eligible_counts_and_the_feasibility_message_numbers(small):
    """Numbers a person can check: 40 x 30 cells, 4 nodata columns -> 1080 valid; minus the 60 landslide
    cells -> 1020 open to each split; the western half closed by a study mask -> 36 - 16 = 20 columns."""
    grid = small["grid"]
    ls = small["cells"][small["labels"] == 1]
    landslides = {"train": 40, "test": 20}
    available, union = negatives.eligible_counts(small["factors"], grid, landslides, ls)
    assert available == {"train": 1020, "test": 1020} and union == 1020
    # largest ratio: the train split alone 1020 / 40 = 25.5; with test sharing the cells the bound is lower
    best = negatives.max_ratio(available, union, landslides)
    assert 0 < best <= 1020 / 60 + 1e-9
    assert negatives.check_feasible(available, union, landslides, best) == best
    with pytest.raises(LsmError) as info:
        negatives.check_feasible(available, union, landslides, 30)
    text = str(info.value)
    assert "'train': 40 landslides x 30 = 1200 asked, 1020 cells open" in text
    assert "'test': 20 landslides x 30 = 600 asked, 1020 cells open" in text
    assert f"that fits is {best:g}" in text

    def east(window):
        xoff, yoff, xs, ys = window
        cols = xoff + np.arange(xs)
        return np.broadcast_to(cols >= 20, (ys, xs))

    elig = core_samples.Eligibility(grid, study_mask=east)
    in_east = int(np.sum(small["cells"][small["labels"] == 1] % W >= 20))
    available, union = negatives.eligible_counts(small["factors"], grid, landslides, ls, elig)
    assert available["train"] == 20 * 30 - in_east == union


def test_split_blocks_from_samples(small):
    grid = small["grid"]
    rows = np.array([0, 0, 29, 29])
    cols = np.array([0, 39, 0, 39])
    blocks = core_samples.blocks_from_samples(rows, cols, ["train", "train", "test", "test"], grid, 100.0)
    to_train, to_test = blocks.split_of(np.array([1, 28, 15]), np.array([1, 38, 20]))
    assert to_train.tolist() == [True, False, False] and to_test.tolist() == [False, True, False]
    with pytest.raises(LsmError, match="not made with a spatial split"):
        core_samples.blocks_from_samples(rows, cols, ["train", "test", "test", "test"], grid, 1000.0)


@pytest.mark.parametrize("method", ["spy", "bagging"])
def test_pu_negatives_obey_the_eligibility_and_are_reproducible(small, method):
    grid = small["grid"]
    ls = small["cells"][small["labels"] == 1]
    r, c = ls // W, ls % W
    blocks = core_samples.SplitBlocks(grid, 100.0, [0, 1, 4, 5], [2, 3, 6, 7], other=lambda b: b % 2 == 0)
    elig = core_samples.negative_eligibility(grid, r, c, 10.0, None, blocks)
    near = core_samples.Exclusion(r, c, grid, 10.0)((0, 0, W, H)).ravel()
    params = pu.PuParams(method=method, n_trees=15, ratio=2, seed=4, n_jobs=1, spy_fraction=0.3)
    result = run_pu(small, params, f"{method}1", elig)
    for s in ("train", "test"):
        cells = result.negatives[s]["rows"] * W + result.negatives[s]["cols"]
        assert cells.size == 2 * {"train": 40, "test": 20}[s]
        assert not near[cells].any()
        to_train, to_test = blocks.split_of(cells // W, cells % W)
        assert (to_train if s == "train" else to_test).all()
    params.n_jobs = 2
    again = run_pu(small, params, f"{method}2", elig)
    for s in ("train", "test"):
        assert np.array_equal(result.negatives[s]["rows"], again.negatives[s]["rows"])
        assert np.array_equal(result.negatives[s]["cols"], again.negatives[s]["cols"])


def test_feasibility_stops_before_fitting(small):
    params = pu.PuParams(n_trees=5, ratio=40, seed=1, spy_fraction=0.3)
    with pytest.raises(LsmError, match="The area cannot hold the negatives asked"):
        run_pu(small, params, "big")
    assert not (small["folder"] / "prior_train_big.tif").exists()  # stopped before the prior map


def test_plain_random_forest_step1(small):
    """The paper's step 1 (plain forest, in-sample scores) runs and differs from the out-of-bag default."""
    pos = small["X"][(small["labels"] == 1) & (small["splits"] == "train")]
    unl = small["X"][(small["labels"] == 0) & (small["splits"] == "train")]
    base = pu.PuParams(n_trees=20, seed=2, spy_fraction=0.3)
    plain = pu.PuParams(n_trees=20, seed=2, spy_fraction=0.3, step1="plain_rf")
    a, b = pu.fit_spy(pos, unl, base), pu.fit_spy(pos, unl, plain)
    assert b.unlabeled_scores.shape == a.unlabeled_scores.shape
    assert not np.allclose(a.unlabeled_scores, b.unlabeled_scores)
    assert np.array_equal(b.unlabeled_scores, pu.fit_spy(pos, unl, plain).unlabeled_scores)
    with pytest.raises(LsmError, match="step-1 classifier"):
        pu.PuParams(step1="svm").check()


def test_small_inventory_message_says_what_works():
    rng = np.random.default_rng(0)
    with pytest.raises(LsmError) as info:
        pu.fit_spy(rng.normal(size=(19, 3)), rng.normal(size=(500, 3)), pu.PuParams(), name="train")
    text = str(info.value)
    assert "at least 31 landslides" in text and "'Every cell'" in text
    assert "raise the spy fraction to 0.24" in text  # round(0.24 * 19) = 5 spies; round(0.23 * 19) = 4
    assert pu.required_landslides(0.24) <= 19 < pu.required_landslides(0.23)
    assert f"Bagging-PU, which needs {pu.MIN_LANDSLIDES}" in text
    assert "lower the test share" not in text
    with pytest.raises(LsmError, match="raise the test share"):
        pu.fit_spy(rng.normal(size=(19, 3)), rng.normal(size=(500, 3)), pu.PuParams(), name="test")
    assert pu.MIN_LANDSLIDES == core_samples.MIN_LANDSLIDES
