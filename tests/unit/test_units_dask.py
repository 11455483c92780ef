"""lsm:unitfactors' zonal statistics on a local Dask cluster of 2 workers (issue 21 item 2): block
tasks return per-unit partials (counts, shifted sums and sums of squares, median histograms or the
unit cells for exact medians, class counts) merged here in window order; every statistic is the
same to the bit as the local run, exact and histogram medians, with windows without unit cells
and a factor whose first valid cell comes late (the shift scan goes on); both workers ran blocks;
the same errors; cancel is honoured."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import units as core_units
from landslide_susceptibility.core.dask_blocks import BlockRunner
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import Factor
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal

H, W = 600, 650  # 64 x 64 tiles: one window per row of tiles, 10 windows
NODATA = -9999.0
N_UNITS = 500


def _tif(path, array, dtype=gdal.GDT_Float32, nodata=NODATA):
    return write_raster(path, array, nodata=nodata, dtype=dtype, block=64)


@pytest.fixture(scope="module")
def area(tmp_path_factory):
    folder = tmp_path_factory.mktemp("units_dask")
    rng = np.random.default_rng(5)
    # units: 25 x 25 cell squares with shuffled ids; none over the first 140 rows (two windows),
    # and some ids never burnt (units without a cell)
    squares = (np.arange(H)[:, None] // 25) * 27 + np.arange(W)[None, :] // 25
    ids = (rng.permutation(N_UNITS + 40)[squares % (N_UNITS + 40)] + 1).astype(np.int32)
    ids[ids > N_UNITS] = 0
    ids[:140] = 0
    yy, xx = np.mgrid[0:H, 0:W] / 70.0
    elev = (2500 + 600 * yy + rng.normal(0, 20, (H, W))).astype(np.float32)
    slope = (25 + 10 * np.sin(xx * 1.3) + rng.normal(0, 3, (H, W))).astype(np.float64)
    late = (0.4 + 0.1 * np.cos(yy) + rng.normal(0, 0.02, (H, W))).astype(np.float32)
    litho = rng.integers(1, 6, (H, W)).astype(np.float32) * 10
    elev[rng.random((H, W)) < 0.05] = NODATA
    slope[200:260, 300:420] = np.nan  # whole units with nodata only
    late[:330] = NODATA  # the first valid value under a unit in the sixth window
    litho[400:450, :100] = NODATA
    return {
        "ids": _tif(folder / "ids.tif", ids, gdal.GDT_Int32, None),
        "factors": [
            Factor("elev", _tif(folder / "elev.tif", elev)),
            Factor("slope", _tif(folder / "slope.tif", slope, gdal.GDT_Float64)),
            Factor("late", _tif(folder / "late.tif", late)),
            Factor("litho", _tif(folder / "litho.tif", litho), categorical=True),
        ],
    }


def _same(a, b):
    assert a.n_cells.tobytes() == b.n_cells.tobytes()
    assert a.notes == b.notes and a.median_method == b.median_method
    assert list(a.stats) == list(b.stats)
    for name, sa in a.stats.items():
        sb = b.stats[name]
        for field, x in vars(sa).items():
            y = getattr(sb, field)
            assert (x is None) == (y is None), (name, field)
            if x is not None:
                assert x.dtype == y.dtype and x.tobytes() == y.tobytes(), (name, field)  # the same bits


def _both_workers(runner):
    assert len(runner.tasks_per_worker) == 2 and min(runner.tasks_per_worker.values()) > 0


@pytest.mark.parametrize("exact_cells", [None, 0], ids=["exact-median", "histogram-median"])
def test_zonal_statistics_on_the_cluster_are_the_local_ones(dask_cluster, area, exact_cells):
    args = (area["ids"], area["factors"], N_UNITS, core_units.CONTINUOUS_STATISTICS)
    local = core_units.zonal_statistics(*args, exact_median_cells=exact_cells)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = core_units.zonal_statistics(*args, exact_median_cells=exact_cells, runner=runner)
    _same(local, remote)
    _both_workers(runner)
    assert local.median_method == ("exact" if exact_cells is None else "histogram")
    # the result is a real one: units without cells, nodata-only units of 'slope', four classes
    assert (local.n_cells == 0).sum() > 0 and any("nodata only" in n for n in local.notes)
    assert local.stats["litho"].classes.tolist() == [10, 20, 30, 40, 50]
    assert np.isfinite(local.stats["late"].mean).sum() > 50


def test_mean_only_on_the_cluster(dask_cluster, area):
    args = (area["ids"], area["factors"][:2], N_UNITS, ("mean",))
    local = core_units.zonal_statistics(*args)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = core_units.zonal_statistics(*args, runner=runner)
    _same(local, remote)
    assert local.stats["elev"].median is None


def test_the_same_errors_on_the_cluster(dask_cluster, area, tmp_path):
    rng = np.random.default_rng(0)
    many = _tif(tmp_path / "many.tif", rng.integers(0, 500, (H, W)).astype(np.float32))
    empty = _tif(tmp_path / "empty.tif", np.full((H, W), NODATA, dtype=np.float32))
    for factors in ([Factor("many", many, categorical=True)], [area["factors"][0], Factor("empty", empty)]):
        with pytest.raises(LsmError) as here:
            core_units.zonal_statistics(area["ids"], factors, N_UNITS)
        with BlockRunner(dask_cluster.scheduler_address) as runner:
            with pytest.raises(LsmError) as there:
                core_units.zonal_statistics(area["ids"], factors, N_UNITS, runner=runner)
        assert str(here.value) == str(there.value)


class _CancelAfter(NullFeedback):
    def __init__(self, n):
        super().__init__()
        self.n, self.calls = n, 0

    def setProgress(self, value):  # noqa: N802
        self.calls += 1

    def isCanceled(self):  # noqa: N802
        return self.calls >= self.n


def test_cancel_on_the_cluster(dask_cluster, area):
    args = (area["ids"], area["factors"], N_UNITS)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        with pytest.raises(Canceled):
            core_units.zonal_statistics(*args, feedback=_CancelAfter(3), runner=runner)
        again = core_units.zonal_statistics(*args, runner=runner)  # the runner still works
    _same(core_units.zonal_statistics(*args), again)
