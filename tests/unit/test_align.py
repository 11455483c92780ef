"""Factor alignment (core.align): shifted and coarser rasters onto a reference grid through gdal.Warp."""

import os

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import align
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import FLOAT_NODATA, Factor, FactorReader, check_grids, grid_of
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal, osr

CELL = 20.0


def _raster(path, values, x0=0.0, y0=400.0, cell=CELL, nodata=None, dtype=gdal.GDT_Float32, epsg=32617):
    return write_raster(path, values, origin=(x0, y0), cell=cell, epsg=epsg, nodata=nodata, dtype=dtype)


@pytest.fixture()
def rasters(tmp_path):
    rng = np.random.default_rng(3)
    ref = _raster(tmp_path / "ref.tif", rng.normal(size=(20, 20)).astype(np.float32))
    slope = rng.uniform(0, 40, size=(20, 20)).astype(np.float32)
    slope[5, 5] = -1.0
    shifted = _raster(tmp_path / "slope.tif", slope, x0=10.0, nodata=-1.0)  # half a cell east
    geology = rng.integers(1, 6, size=(10, 10)).astype(np.uint8)
    coarse = _raster(tmp_path / "geology.tif", geology, cell=40.0, dtype=gdal.GDT_Byte)
    return ref, (shifted, slope), (coarse, geology)


def _read(path):
    ds = gdal.Open(path)
    return ds.GetRasterBand(1).ReadAsArray(), ds.GetRasterBand(1).GetNoDataValue()


def test_shifted_and_coarser_rasters_land_on_the_reference_grid(rasters, tmp_path):
    ref, (shifted, slope), (coarse, geology) = rasters
    factors = [Factor("slope", shifted), Factor("geology", coarse, categorical=True)]
    out = tmp_path / "aligned"
    result = align.align_factors(factors, grid_of(ref), str(out), vrt_path=str(out / "stack.vrt"))
    assert [os.path.basename(p) for p in result.paths] == ["slope.tif", "geology.tif"]
    assert sorted(os.listdir(out)) == ["geology.tif", "slope.tif", "stack.vrt"]
    assert check_grids([Factor("ref", ref)] + [Factor(f.name, p) for f, p in zip(factors, result.paths)])
    s, s_nodata = _read(result.paths[0])
    g, g_nodata = _read(result.paths[1])
    assert s_nodata == g_nodata == FLOAT_NODATA
    # nearest: target cell (r, c) centre lies in coarse cell (r // 2, c // 2)
    for r, c in [(0, 0), (3, 7), (10, 11), (19, 19)]:
        assert g[r, c] == geology[r // 2, c // 2]
    # bilinear: target centre x = 20 c + 10 lies halfway between the source centres of columns c - 1 and c
    for r, c in [(2, 3), (12, 8), (18, 15)]:
        assert s[r, c] == pytest.approx((slope[r, c - 1] + slope[r, c]) / 2, rel=1e-5)
    # the source's nodata cell (5, 5) is never averaged in: the cell whose centre falls on it (x = 110, its
    # left edge) is nodata, the next one (x = 130) takes its valid side only
    assert s[5, 5] == FLOAT_NODATA
    assert s[5, 6] == pytest.approx(slope[5, 6], rel=1e-5)
    assert (s != FLOAT_NODATA).sum() == 399
    # the stack's bands are the factors, named by their descriptions
    vrt = gdal.Open(str(out / "stack.vrt"))
    assert [vrt.GetRasterBand(b).GetDescription() for b in (1, 2)] == ["slope", "geology"]
    np.testing.assert_array_equal(vrt.GetRasterBand(2).ReadAsArray(), g)
    X, valid = FactorReader([Factor("slope", str(out / "stack.vrt"), 1)]).read_window((0, 0, 20, 20))
    assert valid.sum() == 399  # all but the nodata cell: the shifted raster covers the reference grid


def test_cells_outside_the_source_are_nodata(tmp_path):
    ref = _raster(tmp_path / "ref.tif", np.zeros((10, 10), np.float32))
    small = _raster(tmp_path / "small.tif", np.ones((5, 10), np.float32))  # the top half only
    result = align.align_factors([Factor("small", small)], grid_of(ref), str(tmp_path / "out"))
    values, _ = _read(result.paths[0])
    assert (values[:5] == 1).all() and (values[5:] == FLOAT_NODATA).all()


def test_band_of_a_stack_and_average(tmp_path):
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "stack.tif"), 4, 4, 2, gdal.GDT_Float32)
    ds.SetGeoTransform((0.0, 10.0, 0.0, 40.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32617)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(np.zeros((4, 4), np.float32))
    ds.GetRasterBand(2).WriteArray(np.arange(16, dtype=np.float32).reshape(4, 4))
    ds = None
    grid = align.target_grid((0, 0, 40, 40), 20, srs.ExportToWkt())
    result = align.align_factors(
        [Factor("b2", str(tmp_path / "stack.tif"), 2)], grid, str(tmp_path / "out"), continuous="average"
    )
    values, _ = _read(result.paths[0])
    np.testing.assert_allclose(values, [[2.5, 4.5], [10.5, 12.5]])


def test_target_grid():
    grid = align.target_grid((100.0, 200.0, 150.0, 260.0), 20.0, "")
    assert (grid.width, grid.height) == (3, 3)  # a partial last column / row is kept
    assert grid.geotransform == (100.0, 20.0, 0.0, 260.0, 0.0, -20.0)
    assert align.target_grid((0, 0, 100.1, 100), 10, "").width == 10  # 1 % of a cell is rounding
    with pytest.raises(LsmError, match="cell size must be a positive"):
        align.target_grid((0, 0, 1, 1), 0, "")
    with pytest.raises(LsmError, match="is empty"):
        align.target_grid((0, 0, 0, 1), 1, "")


def test_names_that_collide_are_refused(rasters, tmp_path):
    ref, (shifted, _), _ = rasters
    with pytest.raises(LsmError, match="would both be written as 'a_b.tif'"):
        align.align_factors(
            [Factor("a b", shifted), Factor("a/b", shifted)], grid_of(ref), str(tmp_path / "o")
        )
    assert align.output_names([Factor("NDVI (2020)", shifted)]) == ["NDVI_2020"]


class _CancelAfter(NullFeedback):
    def __init__(self, calls):
        super().__init__()
        self.calls = calls

    def setProgress(self, value):  # noqa: N802
        self.calls -= 1
        if self.calls <= 0:
            self.cancel()


def test_cancel_and_errors_leave_no_file(rasters, tmp_path):
    ref, (shifted, _), (coarse, _) = rasters
    factors = [Factor("slope", shifted), Factor("geology", coarse, categorical=True)]
    out = tmp_path / "out"
    with pytest.raises(Canceled):
        align.align_factors(factors, grid_of(ref), str(out), feedback=_CancelAfter(3))
    assert os.listdir(out) == []
    missing = factors + [Factor("gone", str(tmp_path / "gone.tif"))]
    with pytest.raises(LsmError, match="gone"):
        align.align_factors(missing, grid_of(ref), str(out))
    assert os.listdir(out) == []
    with pytest.raises(LsmError, match="Unknown resampling"):
        align.align_factors(factors, grid_of(ref), str(out), continuous="lanczos")
