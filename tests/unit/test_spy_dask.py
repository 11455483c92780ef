"""lsm:spysampling's raster-wide steps on a local Dask cluster of 2 workers (issue 21 item 2): the
open-cell counts, the prior maps (the same bytes), their Jenks breaks, the draw of the reliable
negatives (the same cells) and the negatives' factor values equal the local run's, for the spy
technique and Bagging-PU, with a negatives' rule holding open rasters (study area, deformation pool);
both workers ran blocks; cancel is honoured."""

import os
import pickle

import numpy as np
import pytest
from _helpers import write_on_grid
from landslide_susceptibility.core import negatives, pu, pu_cluster, spy
from landslide_susceptibility.core import samples as core_samples
from landslide_susceptibility.core.dask_blocks import BlockRunner
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import Factor, Grid
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal

# wider than one window of 256 x 256 tiles (1024 columns): windows narrower than the grid
W, H = 1100, 520
GT = (500000.0, 10.0, 0.0, 9800000.0, 0.0, -10.0)


def _wkt():
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    return srs.ExportToWkt()


@pytest.fixture(scope="module")
def area(tmp_path_factory):
    """A two-file factor stack (a nodata strip), landslides where the factors say so, unlabeled cells,
    a random train/test split, and a negatives' rule with every kind of mask: a study-area raster, an
    exclusion buffer around the landslides and a deformation pool (a raster read per window)."""
    folder = tmp_path_factory.mktemp("spy_dask")
    grid = Grid(W, H, GT, _wkt())
    rng = np.random.default_rng(7)
    yy, xx = np.mgrid[0:H, 0:W] / 100.0
    slope = (30 + 15 * np.sin(xx + 0.5 * yy) + rng.normal(0, 3, xx.shape)).astype(np.float32)
    wet = (np.cos(1.3 * yy - xx) + rng.normal(0, 0.3, xx.shape)).astype(np.float32)
    elev = (1000 + 300 * yy + rng.normal(0, 10, xx.shape)).astype(np.float32)
    slope[:, :6] = -9999.0
    stack = write_on_grid(folder / "stack.tif", grid, [slope, wet])
    single = write_on_grid(folder / "elev.tif", grid, [elev])
    factors = [Factor("slope", stack, 1), Factor("wet", stack, 2), Factor("elev", single, 1)]
    valid = (slope != -9999.0).ravel()
    logit = 0.25 * (slope - 40) + 1.2 * wet
    p = np.where(valid.reshape(H, W), 1 / (1 + np.exp(-np.clip(logit, -30, 30))), 0.0)
    pos = np.flatnonzero(rng.random(p.shape).ravel() < 0.0012 * p.ravel())
    unl = rng.choice(np.setdiff1d(np.flatnonzero(valid), pos), 3000, replace=False)
    cells = np.concatenate([pos, unl])
    labels = np.concatenate([np.ones(pos.size, int), np.zeros(unl.size, int)])
    splits = np.where(rng.random(cells.size) < 0.7, "train", "test")
    values = np.stack([slope.ravel(), wet.ravel(), elev.ravel()], axis=1)
    X = values[cells].astype(np.float64)
    study = np.ones((H, W), dtype=np.uint8)
    study[:, -80:] = 0
    study_path = write_on_grid(folder / "study.tif", grid, [study], nodata=None, dtype=gdal.GDT_Byte)
    deformation = rng.normal(0, 4, (H, W)).astype(np.float32)
    deformation_path = write_on_grid(folder / "deformation.tif", grid, [deformation])
    rows, cols = cells[labels == 1] // W, cells[labels == 1] % W
    rule = core_samples.negative_eligibility(
        grid,
        rows,
        cols,
        buffer=15.0,
        study_mask=core_samples.RasterMask(study_path),
        pool_mask=core_samples.DeformationMask(Factor("deformation", deformation_path), grid, 9.0),
    )
    data = {
        "folder": folder,
        "grid": grid,
        "factors": factors,
        "X": X,
        "labels": labels,
        "splits": splits,
        "cells": cells,
        "rule": rule,
    }
    yield data
    # the masks' open rasters closed here: left to pytest's final release they crashed the interpreter
    del data["rule"], rule


def _run(area, method, tag, runner=None):
    params = pu.PuParams(method=method, n_trees=15, ratio=4.0, seed=11, n_jobs=2)  # 1 on the workers
    paths = {s: str(area["folder"] / f"prior_{s}_{method}_{tag}.tif") for s in ("train", "test")}
    result = pu.pu_sampling(
        area["factors"],
        area["X"],
        area["labels"],
        area["splits"],
        area["cells"],
        paths,
        params,
        eligible=area["rule"],
        runner=runner,
    )
    return result, paths


def _table(area, result):
    """The negatives layer's rows as spysampling writes them (core.spy.negative_rows)."""
    cells = area["cells"]
    grid = area["grid"]
    xy = np.column_stack(grid.xy(cells // W, cells % W))
    samples = spy.SpySamples(area["X"], area["labels"], area["splits"], xy, cells // W, cells % W)
    rows = spy.negative_rows(result, samples, grid, True, NullFeedback(), random_splits=("test",))
    return [(lab, s, list(v), int(r), int(c), float(p), x, y, k) for lab, s, v, r, c, p, x, y, k in rows]


def _read(path):
    with open(path, "rb") as f:
        return f.read()


@pytest.mark.parametrize("method", ["spy", "bagging"])
def test_the_run_on_the_cluster_equals_the_local_run(dask_cluster, area, method):
    local, local_paths = _run(area, method, "local")
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote, remote_paths = _run(area, method, "dask", runner)
    for s in ("train", "test"):
        assert _read(local_paths[s]) == _read(remote_paths[s])  # the prior maps, byte for byte
        a, b = local.negatives[s], remote.negatives[s]
        assert a["rows"].size == b["rows"].size > 0
        for key in ("rows", "cols", "prior", "X"):
            np.testing.assert_array_equal(a[key], b[key])
        la, lb = local.outcomes[s], remote.outcomes[s]
        assert la.edges == lb.edges and la.available == lb.available and la.threshold == lb.threshold
    assert _table(area, local) == _table(area, remote)
    # every raster-wide step ran block tasks, on both workers
    assert len(runner.tasks_per_worker) == 2
    assert min(runner.tasks_per_worker.values()) > 0
    # the rule's masks were used (the draw keeps off the study area's closed columns)
    for s in ("train", "test"):
        assert np.all(remote.negatives[s]["cols"] < W - 80)


def test_counts_and_cells_on_the_cluster_equal_the_local_ones(dask_cluster, area):
    landslides = {"train": 10, "test": 5}
    exclude = area["cells"][area["labels"] == 1]
    local = negatives.eligible_counts(area["factors"], area["grid"], landslides, exclude, area["rule"])
    rng = np.random.default_rng(3)
    rows, cols = rng.integers(0, H, 900), rng.integers(0, W, 900)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = negatives.eligible_counts(
            area["factors"], area["grid"], landslides, exclude, area["rule"], runner=runner
        )
        values = pu_cluster.read_cells(area["factors"], area["grid"], rows, cols, runner)
    assert local == remote and 0 < local[0]["train"] < W * H
    here = pu_cluster.read_cells(area["factors"], area["grid"], rows, cols)
    np.testing.assert_array_equal(here, values)
    assert np.isnan(values[cols < 6, 0]).all() and np.isfinite(values[cols >= 6]).all()


def test_equal_keys_keep_the_same_cells_whatever_the_grouping():
    """The pool orders by (key, cell): parts grouped or cut differently (blocks, workers) give the
    same cells; many keys equal (scores of few distinct values, as Bagging-PU's can be)."""
    rng = np.random.default_rng(0)
    cells = rng.permutation(50_000).astype(np.int64)
    keys = rng.integers(0, 40, cells.size).astype(np.uint64)
    values = rng.random(cells.size).astype(np.float32)
    order = np.lexsort((cells, keys))[:3000]
    expected = cells[order]
    for chunk in (1_000, 4_096, 17_000, 50_000):
        pool = negatives._Pool(3000)
        for lo in range(0, cells.size, chunk):
            part = slice(lo, lo + chunk)
            k, c, v = negatives._smallest(keys[part], cells[part], values[part], 3000)
            pool.add(k, c, v)
        got, got_values = pool.result()
        np.testing.assert_array_equal(got, expected)
        np.testing.assert_array_equal(got_values, values[order])


class _CancelAfter(NullFeedback):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.calls = 0

    def setProgress(self, value):  # noqa: N802
        self.calls += 1

    def isCanceled(self):  # noqa: N802
        return self.calls >= self.n


def test_cancel_on_the_cluster_leaves_no_map(dask_cluster, area, tmp_path):
    from landslide_susceptibility.core.forest import BalancedRandomForest

    rng = np.random.default_rng(1)
    model = BalancedRandomForest(n_estimators=5, random_state=0).fit(
        rng.normal(size=(200, 3)), rng.integers(0, 2, 200)
    )
    path = tmp_path / "prior.tif"
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        with pytest.raises(Canceled):
            pu_cluster.prior_map(area["factors"], model, path, runner, _CancelAfter(2))
        with pytest.raises(Canceled):
            negatives.eligible_counts(
                area["factors"], area["grid"], {"train": 1}, feedback=_CancelAfter(1), runner=runner
            )
        # the runner still works after a cancel
        grid, n_valid = pu_cluster.prior_map(area["factors"], model, path, runner)
    assert os.listdir(tmp_path) == ["prior.tif"] and n_valid == H * (W - 6)


def test_a_rule_holding_an_open_raster_of_its_own_is_refused_with_the_fix(area):
    class Held:
        def __init__(self, path):
            self.ds = gdal.Open(path)

        def __call__(self, window):
            return np.ones((window[3], window[2]), dtype=bool)

    rule = core_samples.Eligibility(area["grid"], study_mask=Held(area["factors"][2].path))
    with pytest.raises(LsmError, match="leave the scheduler address empty"):
        pu_cluster.portable(rule)
    blob = pu_cluster.portable(area["rule"])  # the masks of the run travel as their paths
    copy = pickle.loads(blob)
    window = (1000, 256, 100, 264)
    np.testing.assert_array_equal(copy(window, "train"), area["rule"](window, "train"))
