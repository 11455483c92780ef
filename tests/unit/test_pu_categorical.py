"""Issue 14 items 2, 4 and 7 in core: categorical factors one-hot encoded in the PU step forests (equal to
a hand one-hot), the paper design's "largest ratio that fits", and the deformation-constrained unlabeled
pool (core.samples.DeformationMask / unlabeled_pool in the one Eligibility rule)."""

import numpy as np
import pytest
from _helpers import run_pu
from landslide_susceptibility.core import negatives, pu
from landslide_susceptibility.core import samples as core_samples
from landslide_susceptibility.core.bundle import load_bundle
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Factor, FactorReader, Grid, create_geotiff

W, H = 40, 30
THRESHOLD = 5.0


def _grid():
    return Grid(W, H, (0.0, 10.0, 0.0, 300.0, 0.0, -10.0), "")


@pytest.fixture(scope="module")
def land(tmp_path_factory):
    """A 40 x 30 stack: 'a' continuous, 'geo' class codes 1..4 (4 vertical bands), 'b' noise; landslides
    where 'a' is high, more on geo 2; a deformation raster (mm/yr) with a nodata corner."""
    folder = tmp_path_factory.mktemp("cat")
    grid = _grid()
    rng = np.random.default_rng(1)
    yy, xx = np.mgrid[0:H, 0:W]
    a = (np.sin(xx / 5.0) + np.cos(yy / 4.0) + rng.normal(0, 0.2, (H, W))).astype(np.float32)
    geo = (1 + xx // 10).astype(np.float32)
    b = rng.normal(0, 1, (H, W)).astype(np.float32)
    path = str(folder / "stack.tif")
    ds = create_geotiff(path, grid, bands=3, nodata=-9999.0, descriptions=["a", "geo", "b"])
    for i, band in enumerate((a, geo, b)):
        ds.GetRasterBand(i + 1).WriteArray(band)
    ds = None
    velocity = (12.0 * np.sin(yy / 3.0) * np.cos(xx / 7.0)).astype(np.float32)
    velocity[:5, :5] = -9999.0
    vpath = str(folder / "velocity.tif")
    ds = create_geotiff(vpath, grid, bands=1, nodata=-9999.0, descriptions=["v"])
    ds.GetRasterBand(1).WriteArray(velocity)
    ds = None
    factors = [Factor("a", path, 1), Factor("geo", path, 2, True), Factor("b", path, 3)]
    score = a.ravel() + 0.8 * (geo.ravel() == 2)
    pos = rng.permutation(np.argsort(-score)[:60])
    unl = rng.choice(np.setdiff1d(np.arange(W * H), pos), 400, replace=False)
    cells = np.concatenate([pos, unl])
    X = np.column_stack([a.ravel()[cells], geo.ravel()[cells], b.ravel()[cells]]).astype(np.float64)
    return {
        "folder": folder,
        "grid": grid,
        "factors": factors,
        "X": X,
        "labels": np.concatenate([np.ones(pos.size, int), np.zeros(unl.size, int)]),
        "splits": np.array(["train"] * 40 + ["test"] * 20 + ["train"] * 250 + ["test"] * 150),
        "cells": cells,
        "velocity": velocity.ravel(),
        "vfactor": Factor("velocity", vpath, 1),
    }


def _hand(X, categories):
    """A hand one-hot: the class indicator columns of 'geo' (column 1), then 'a' and 'b'."""
    onehot = (X[:, 1:2] == np.asarray(categories)[None, :]).astype(np.float64)
    return np.column_stack([onehot, X[:, 0], X[:, 2]])


@pytest.mark.parametrize("method", ["spy", "bagging"])
def test_categorical_prior_equals_a_hand_one_hot(land, method):
    train = land["splits"] == "train"
    pos = land["X"][train & (land["labels"] == 1)]
    unl = land["X"][train & (land["labels"] == 0)]
    categories = np.unique(np.concatenate([pos, unl])[:, 1])
    assert categories.tolist() == [1.0, 2.0, 3.0, 4.0]
    settings = {"method": method, "n_trees": 25, "seed": 7, "spy_fraction": 0.3}
    coded = pu.fit_prior(pos, unl, pu.PuParams(categorical=(1,), **settings))
    hand = pu.fit_prior(_hand(pos, categories), _hand(unl, categories), pu.PuParams(**settings))
    assert np.array_equal(coded.unlabeled_scores, hand.unlabeled_scores)
    if method == "spy":
        assert coded.threshold == hand.threshold and np.array_equal(coded.rrn, hand.rrn)
    X_all, valid = FactorReader(land["factors"], land["grid"]).read_window((0, 0, W, H))
    X_all = X_all[valid].astype(np.float64)
    assert np.array_equal(
        coded.model.predict_proba(X_all)[:, 1], hand.model.predict_proba(_hand(X_all, categories))[:, 1]
    )
    # the codes read as numbers give another model
    numeric = pu.fit_prior(pos, unl, pu.PuParams(**settings))
    assert not np.array_equal(numeric.unlabeled_scores, coded.unlabeled_scores)


def test_categorical_run_bundle_lists_the_categories_and_is_deterministic(land):
    bundles = {s: str(land["folder"] / f"{s}.lsmodel") for s in ("train", "test")}
    params = pu.PuParams(n_trees=15, ratio=2, seed=3, spy_fraction=0.3, categorical=(1,))
    result = run_pu(land, params, "c1", bundles=bundles)
    bundle = load_bundle(bundles["train"])
    assert bundle.manifest["categorical"] == {"geo": [1.0, 2.0, 3.0, 4.0]}
    assert "one-hot" in bundle.manifest["preprocessing"]
    X = land["X"][:50]
    assert np.allclose(bundle.model.predict_proba(X)[:, 1], result.models["train"].predict_proba(X)[:, 1])
    again = run_pu(land, pu.PuParams(n_trees=15, ratio=2, seed=3, spy_fraction=0.3, categorical=(1,)), "c2")
    for s in ("train", "test"):
        assert np.array_equal(result.negatives[s]["rows"], again.negatives[s]["rows"])
        assert np.array_equal(result.negatives[s]["cols"], again.negatives[s]["cols"])


def test_categorical_columns_are_checked(land):
    with pytest.raises(LsmError, match="not among the 3 factors"):
        run_pu(land, pu.PuParams(n_trees=5, spy_fraction=0.3, categorical=(5,)), "bad1")
    with pytest.raises(LsmError, match="'a' is marked categorical but holds non-integer"):
        run_pu(land, pu.PuParams(n_trees=5, spy_fraction=0.3, categorical=(0,)), "bad2")


def test_fit_ratio_takes_the_largest_that_fits(land):
    """The paper design: 1:200 asked, the largest ratio the open cells allow used (check_feasible's bound)."""
    landslides = {"train": 40, "test": 20}
    ls = land["cells"][land["labels"] == 1]
    available, union = negatives.eligible_counts(land["factors"], land["grid"], landslides, ls)
    best = negatives.max_ratio(available, union, landslides)
    assert 1 < best < 200
    params = pu.PuParams(method="bagging", n_trees=10, ratio=200, seed=1, fit_ratio=True)
    result = run_pu(land, params, "fit")
    assert params.ratio == best and params.ratio_asked == 200
    assert result.negatives["train"]["rows"].size == round(best * 40)
    assert result.negatives["test"]["rows"].size == round(best * 20)
    with pytest.raises(LsmError, match="cannot hold the negatives asked"):
        run_pu(land, pu.PuParams(method="bagging", n_trees=10, ratio=200, seed=1), "nofit")


def _pool_ok(land, cells, nodata_eligible=False):
    v = land["velocity"][cells]
    nodata = v == -9999.0
    return np.where(nodata, nodata_eligible, np.abs(v) < THRESHOLD)


@pytest.mark.parametrize("nodata_eligible", [False, True])
def test_build_samples_unlabeled_only_in_the_low_deformation_pool(land, nodata_eligible):
    grid = land["grid"]
    deformation = core_samples.DeformationMask(land["vfactor"], grid, THRESHOLD, nodata_eligible)
    east = np.zeros((H, W), dtype=np.uint8)
    east[:, 8:] = 1

    def pool_polygons(window):
        xoff, yoff, xs, ys = window
        return east[yoff : yoff + ys, xoff : xoff + xs] != 0

    pool = core_samples.unlabeled_pool(deformation, pool_polygons)
    ls = land["cells"][land["labels"] == 1]
    xy = np.column_stack(grid.xy(ls // W, ls % W))
    table = core_samples.build_samples(
        land["factors"], core_samples.cells_from_points(xy, grid), grid, ratio=4, seed=2, pool_mask=pool
    )
    unl = table.label == 0
    cells = table.rows[unl] * W + table.cols[unl]
    assert cells.size > 50
    assert _pool_ok(land, cells, nodata_eligible).all() and (table.cols[unl] >= 8).all()
    # landslides are not restricted by the pool
    assert (table.label == 1).sum() == 60 and not _pool_ok(land, ls).all()
    nodata_corner = (table.rows[unl] < 5) & (table.cols[unl] < 5)
    assert not nodata_corner.any()  # the corner lies west of the pool polygons either way
    if nodata_eligible:
        whole = core_samples.DeformationMask(land["vfactor"], grid, THRESHOLD, True)((0, 0, W, H))
        assert whole[:5, :5].all()


@pytest.mark.parametrize("method", ["spy", "bagging"])
def test_pu_negatives_only_in_the_low_deformation_pool(land, method):
    grid = land["grid"]
    pool = core_samples.unlabeled_pool(core_samples.DeformationMask(land["vfactor"], grid, THRESHOLD))
    ls = land["cells"][land["labels"] == 1]
    elig = core_samples.negative_eligibility(grid, ls // W, ls % W, 0.0, pool_mask=pool)
    params = pu.PuParams(method=method, n_trees=15, ratio=2, seed=4, spy_fraction=0.3)
    result = run_pu(land, params, f"def{method}", eligible=elig)
    for s in ("train", "test"):
        cells = result.negatives[s]["rows"] * W + result.negatives[s]["cols"]
        assert cells.size == 2 * {"train": 40, "test": 20}[s]
        assert _pool_ok(land, cells).all()


def test_deformation_mask_checks(land, tmp_path):
    with pytest.raises(LsmError, match="threshold must be above 0"):
        core_samples.DeformationMask(land["vfactor"], land["grid"], 0.0)
    other = Grid(W + 1, H, (0.0, 10.0, 0.0, 300.0, 0.0, -10.0), "")
    path = str(tmp_path / "v2.tif")
    create_geotiff(path, other, bands=1, nodata=-9999.0)
    with pytest.raises(LsmError, match="not on the factors' grid.*lsm:alignfactors"):
        core_samples.DeformationMask(Factor("v2", path, 1), land["grid"], THRESHOLD)
    assert core_samples.unlabeled_pool(None, None) is None
