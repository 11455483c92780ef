"""lsm:buildsamples's pass over the grid on a local Dask cluster of 2 workers (issue 21 item 2): the
sample table (landslides, the unlabeled cells of both pools, their values, the notes with each
pool's candidate count) is the local run's, for a random and a spatial split, with a study-area
raster, an exclusion buffer and a deformation pool (rasters the workers open from their paths);
several windows per row and both workers ran blocks; cancel is honoured; a small block capacity
(a pool asking for more cells than a block holds) changes nothing."""

import numpy as np
import pytest
from _helpers import write_on_grid
from landslide_susceptibility.core import samples
from landslide_susceptibility.core.dask_blocks import BlockRunner
from landslide_susceptibility.core.errors import Canceled
from landslide_susceptibility.core.grid import Factor, Grid
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal

W, H = 1100, 520  # wider than one window of 256 x 256 tiles: several windows per row
GT = (500000.0, 10.0, 0.0, 9800000.0, 0.0, -10.0)


@pytest.fixture(scope="module")
def area(tmp_path_factory):
    folder = tmp_path_factory.mktemp("samples_dask")
    grid = Grid(W, H, GT, "")
    rng = np.random.default_rng(3)
    yy, xx = np.mgrid[0:H, 0:W] / 90.0
    slope = (30 + 15 * np.sin(xx + 0.5 * yy) + rng.normal(0, 3, xx.shape)).astype(np.float32)
    wet = (np.cos(1.3 * yy - xx) + rng.normal(0, 0.3, xx.shape)).astype(np.float32)
    litho = np.floor(2 * (np.sin(0.4 * xx) + 1.2)).astype(np.float32)
    slope[:, :6] = -9999.0
    wet[200:230, 400:470] = -9999.0
    stack = write_on_grid(folder / "stack.tif", grid, [slope, wet])
    geology = write_on_grid(folder / "litho.tif", grid, [litho])
    factors = [Factor("slope", stack, 1), Factor("wet", stack, 2), Factor("litho", geology, 1, True)]
    study = np.ones((H, W), dtype=np.uint8)
    study[:, -90:] = 0
    study[:40, :] = 0  # the first windows hold no candidate
    study_path = write_on_grid(folder / "study.tif", grid, [study], nodata=None, dtype=gdal.GDT_Byte)
    deformation = rng.normal(0, 4, (H, W)).astype(np.float32)
    deformation_path = write_on_grid(folder / "deformation.tif", grid, [deformation])
    n = 400
    rows, cols = rng.integers(45, H, n), rng.integers(10, W - 100, n)
    cells = samples.LandslideCells(np.arange(n), rows, cols, rows.copy(), cols.copy())
    data = {
        "factors": factors,
        "grid": grid,
        "cells": cells,
        "study": study_path,
        "pool": samples.DeformationMask(Factor("deformation", deformation_path), grid, 9.0),
    }
    yield data
    # the mask's open raster closed here: left to pytest's final release it crashes the interpreter
    del data["pool"]


def _build(area, runner=None, feedback=None, **options):
    options.setdefault("ratio", 20.0)
    return samples.build_samples(
        area["factors"],
        area["cells"],
        area["grid"],
        samples.RasterMask(area["study"]),
        buffer=25.0,
        seed=9,
        pool_mask=area["pool"],
        runner=runner,
        feedback=feedback,
        target_cells=40_000,
        **options,
    )


def _same(a, b):
    assert a.names == b.names and a.counts == b.counts and a.notes == b.notes
    for name in ("label", "split", "rows", "cols", "unit"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)
    np.testing.assert_array_equal(a.X, b.X)
    np.testing.assert_array_equal(a.x, b.x)
    np.testing.assert_array_equal(a.y, b.y)


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"split_mode": "spatial", "block_size": 900.0},
        {"n_unlabeled": 200_000},  # more than any block holds: each block sends all it has
    ],
    ids=["random", "spatial", "all-cells"],
)
def test_samples_on_the_cluster_are_the_local_ones(dask_cluster, area, options):
    local = _build(area, **options)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = _build(area, runner, **options)
        per_worker = dict(runner.tasks_per_worker)
    _same(local, remote)
    assert local.counts["train_unlabeled"] > 0 and local.counts["test_unlabeled"] > 0
    assert len(per_worker) == 2 and all(n > 0 for n in per_worker.values())
    assert sum(per_worker.values()) > H // 256 + 1  # windows, not rows of the grid sent whole


def test_the_draw_needs_no_more_than_each_pools_capacity_per_block(dask_cluster, area):
    spec_blocks = []
    local = _build(area, n_unlabeled=50)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        original = runner.map

        def spy_map(task, spec, windows, feedback=None):
            for part in original(task, spec, windows, feedback):
                spec_blocks.append(part)
                yield part

        runner.map = spy_map
        remote = _build(area, runner, n_unlabeled=50)
    _same(local, remote)
    capacities = (local.counts["train_unlabeled"], local.counts["test_unlabeled"])
    sent = [[len(part[1]) for part in block[2].values()] for block in spec_blocks]
    seen = sum(part[0] for block in spec_blocks for part in block[2].values())
    assert all(n <= max(capacities) for block in sent for n in block)
    assert seen > 100 * sum(capacities)  # the blocks stood for many more candidates than they sent


class _CancelAfter(NullFeedback):
    def __init__(self, n):
        super().__init__()
        self.n = n

    def isCanceled(self):  # noqa: N802
        self.n -= 1
        return self.n < 0


def test_cancel_on_the_cluster(dask_cluster, area):
    with BlockRunner(dask_cluster.scheduler_address) as runner, pytest.raises(Canceled):
        _build(area, runner, feedback=_CancelAfter(4))
