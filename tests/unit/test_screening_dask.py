"""lsm:factorscreening raster mode on a local Dask cluster of 2 workers (issue 21 item 2): the
streamed covariance (continuous factors), the classes of categorical factors and the one-hot
design's covariance are block tasks whose sufficient statistics are merged in window order; the
accumulators and the screening are the same to the bit as the local run, with and without a
rasterised mask (one that leaves the first blocks empty: the shift is found further on); both
workers ran blocks; cancel is honoured."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import covariance, screening
from landslide_susceptibility.core.dask_blocks import BlockRunner
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import Factor, check_grids
from landslide_susceptibility.core.progress import NullFeedback
from landslide_susceptibility.core.samples import RasterMask
from osgeo import gdal

H, W = 600, 650  # 64 x 64 tiles: one window per row of tiles, 10 windows
NODATA = -9999.0


def _tif(path, array, nodata=NODATA):
    return write_raster(path, array.astype(np.float32), nodata=nodata, block=64)


@pytest.fixture(scope="module")
def rasters(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screen_dask")
    rng = np.random.default_rng(11)
    yy, xx = np.mgrid[0:H, 0:W] / 80.0
    slope = 30 + 12 * np.sin(xx + yy) + rng.normal(0, 2, (H, W))
    elev = 1500 + 400 * yy + 5 * slope + rng.normal(0, 9, (H, W))  # correlated with slope
    wet = np.cos(xx - 0.7 * yy) + rng.normal(0, 0.2, (H, W))
    area = 1e6 * np.exp(rng.normal(0, 1, (H, W)))  # huge values: the shift matters
    litho = np.floor(3 * (np.sin(0.5 * xx) + 1.0) + rng.integers(0, 2, (H, W))).astype(np.float32)
    slope[:, :20] = NODATA
    wet[100:130, 300:340] = np.nan
    litho[500:, 600:] = NODATA
    mask = np.zeros((H, W), dtype=np.float32)
    mask[210:, 40:] = 1.0  # the first three windows hold no cell of the mask
    paths = {
        name: _tif(folder / f"{name}.tif", a)
        for name, a in (("slope", slope), ("elev", elev), ("wet", wet), ("area", area), ("litho", litho))
    }
    paths["mask"] = _tif(folder / "mask.tif", mask, nodata=None)
    return paths


def _factors(paths, categorical=()):
    names = ["slope", "elev", "wet", "area"] + (["litho"] if categorical else [])
    return [Factor(n, paths[n], 1, n in categorical) for n in names]


def _same_acc(a, b):
    assert a.n == b.n > 0
    for x, y in ((a.shift, b.shift), (a.s1, b.s1), (a.s2, b.s2)):
        assert x.tobytes() == y.tobytes()  # the same bits, not allclose


def _same_result(a, b):
    assert a.n == b.n and a.kept == b.kept and a.notes == b.notes
    assert [vars(s) for s in a.steps] == [vars(s) for s in b.steps]
    for field in ("vif", "gvif", "df", "max_r", "max_v"):
        assert getattr(a, field).tobytes() == getattr(b, field).tobytes(), field
    assert a.correlation.tobytes() == b.correlation.tobytes()
    assert a.partner == b.partner and a.v_partner == b.v_partner


def _both_workers(runner):
    assert len(runner.tasks_per_worker) == 2 and min(runner.tasks_per_worker.values()) > 0


@pytest.mark.parametrize("masked", [False, True])
def test_streamed_covariance_on_the_cluster_is_the_local_one(dask_cluster, rasters, masked):
    factors = _factors(rasters)
    mask = RasterMask(rasters["mask"]) if masked else None
    local = covariance.stream_covariance(factors, mask_fn=mask)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        remote = covariance.stream_covariance(factors, mask_fn=mask, runner=runner)
    _same_acc(local, remote)
    _both_workers(runner)
    # the counts and the shift by hand: the shift is the mean of the first window (a row of tiles)
    # with a valid cell: the first, or the fourth with the mask
    X = np.stack([gdal.Open(f.path).ReadAsArray().astype(np.float64) for f in factors])
    valid = np.isfinite(X).all(axis=0) & (X != NODATA).all(axis=0)
    if masked:
        valid &= gdal.Open(rasters["mask"]).ReadAsArray() != 0
    assert local.n == int(valid.sum())
    first = 192 if masked else 0
    rows = slice(first, first + 64)
    keep = valid[rows].ravel()
    shift = np.array([X[j][rows].ravel()[keep].mean() for j in range(len(factors))])
    assert shift.tobytes() == remote.shift.tobytes()


@pytest.mark.parametrize("masked", [False, True])
def test_screening_of_rasters_on_the_cluster_is_the_local_one(dask_cluster, rasters, masked):
    mask = RasterMask(rasters["mask"]) if masked else None
    for categorical in ((), ("litho",)):
        factors = _factors(rasters, categorical)
        local = screening.screen_rasters(factors, mask_fn=mask)
        with BlockRunner(dask_cluster.scheduler_address) as runner:
            remote = screening.screen_rasters(factors, mask_fn=mask, runner=runner)
        _same_result(local, remote)
        _both_workers(runner)
        if categorical:
            assert remote.df.tolist() == [1, 1, 1, 1, local.df[-1]] and local.df[-1] >= 2


def test_categorical_design_accumulator_on_the_cluster_is_the_local_one(dask_cluster, rasters):
    factors = _factors(rasters, ("litho",))
    grid = check_grids(factors)
    mask = RasterMask(rasters["mask"])
    levels = screening.categorical_levels_raster(factors[-1:], mask_fn=mask)
    level_of = {"litho": levels[0]}
    local = screening._stream_design(factors, level_of, NullFeedback(), mask, grid)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        assert [
            lv.tobytes()
            for lv in screening.categorical_levels_raster(factors[-1:], mask_fn=mask, runner=runner)
        ] == [levels[0].tobytes()]
        remote = screening._stream_design(factors, level_of, NullFeedback(), mask, grid, runner)
    _same_acc(local[0], remote[0])
    assert local[1] == remote[1] and local[2] == remote[2]
    assert {k: v.tobytes() for k, v in local[3].items()} == {k: v.tobytes() for k, v in remote[3].items()}


def test_too_many_classes_is_the_same_error_on_the_cluster(dask_cluster, rasters):
    factors = [Factor("area", rasters["area"], 1, True), Factor("slope", rasters["slope"])]
    with pytest.raises(LsmError) as here:
        screening.screen_rasters(factors)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        with pytest.raises(LsmError) as there:
            screening.screen_rasters(factors, runner=runner)
    assert str(here.value) == str(there.value) and "categorical" in str(here.value)


def test_no_valid_cell_is_the_same_error_on_the_cluster(dask_cluster, rasters, tmp_path):
    empty = _tif(tmp_path / "empty.tif", np.full((H, W), NODATA))
    factors = [Factor("slope", rasters["slope"]), Factor("empty", empty)]
    with pytest.raises(LsmError) as here:
        covariance.stream_covariance(factors)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        with pytest.raises(LsmError) as there:
            covariance.stream_covariance(factors, runner=runner)
    assert str(here.value) == str(there.value) and "empty" in str(here.value)


class _CancelAfter(NullFeedback):
    def __init__(self, n):
        super().__init__()
        self.n, self.calls = n, 0

    def setProgress(self, value):  # noqa: N802
        self.calls += 1

    def isCanceled(self):  # noqa: N802
        return self.calls >= self.n


def test_cancel_on_the_cluster(dask_cluster, rasters):
    factors = _factors(rasters)
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        with pytest.raises(Canceled):
            covariance.stream_covariance(factors, _CancelAfter(2), runner=runner)
        with pytest.raises(Canceled):
            screening.screen_rasters(_factors(rasters, ("litho",)), _CancelAfter(3), runner=runner)
        # the runner still works after a cancel
        again = covariance.stream_covariance(factors, runner=runner)
    _same_acc(covariance.stream_covariance(factors), again)


def test_a_mask_that_cannot_travel_is_refused_with_the_fix(dask_cluster, rasters):
    class Held:
        def __init__(self, path):
            self.ds = gdal.Open(path)

        def __call__(self, window):
            xoff, yoff, xs, ys = window
            return self.ds.GetRasterBand(1).ReadAsArray(xoff, yoff, xs, ys) != 0

    with BlockRunner(dask_cluster.scheduler_address) as runner:
        with pytest.raises(LsmError, match="rasterised mask"):
            covariance.stream_covariance(_factors(rasters), mask_fn=Held(rasters["mask"]), runner=runner)
