"""core.prior_map: the spy prior map gives, cell for cell, what core.grid.predict_to_raster gives
(same rows to the model, same nodata), with the reading and writing off the model's thread."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import grid as G
from landslide_susceptibility.core import prior_map
from landslide_susceptibility.core.errors import Canceled
from landslide_susceptibility.core.forest import BalancedRandomForest
from osgeo import gdal

SHAPE = (300, 310)


def _stack(path, arrays, interleave, dtype=gdal.GDT_Float32, nodata=-9999.0):
    h, w = arrays[0].shape
    options = [f"INTERLEAVE={interleave}", "COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64"]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, len(arrays), dtype, options)
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 9500000.0, 0.0, -10.0))
    for b, a in enumerate(arrays, start=1):
        ds.GetRasterBand(b).SetNoDataValue(nodata)
        ds.GetRasterBand(b).WriteArray(a)
    ds = None
    return str(path)


def _arrays(seed=0):
    rng = np.random.default_rng(seed)
    arrays = [rng.normal(size=SHAPE).astype(np.float32) for _ in range(4)]
    arrays[0][:, :20] = -9999.0
    arrays[1][50, 60] = np.nan
    arrays[2][100:103, :] = np.inf
    return arrays


@pytest.fixture(scope="module")
def forest():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(600, 4)).astype(np.float32)
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    return BalancedRandomForest(n_estimators=7, random_state=0).fit(X, y)


def _factor_sets(folder):
    arrays = _arrays()
    pixel = _stack(folder / "pixel.tif", arrays, "PIXEL")
    band = _stack(folder / "band.tif", arrays, "BAND")
    ints = _stack(
        folder / "int.tif", [np.round(a * 100).clip(-30000, 30000) for a in arrays], "PIXEL", gdal.GDT_Int16
    )
    singles = [
        write_raster(folder / f"s{i}.tif", a, epsg=None, nodata=-9999.0, block=64)
        for i, a in enumerate(arrays)
    ]
    stripes = write_raster(folder / "stripes.tif", arrays[3], epsg=None, nodata=7.0)  # another nodata value
    return {
        "pixel stack": G.band_factors(pixel),
        "band stack, bands reordered": [G.Factor(f"f{b}", band, b) for b in (3, 1, 4, 2)],
        "int16 stack": G.band_factors(ints),
        "single files and a stack": [
            G.Factor("a", singles[0]),
            G.Factor("b", pixel, 2),
            G.Factor("c", singles[2]),
            G.Factor("d", stripes),
        ],
    }


def _mask(window):
    xoff, yoff, xs, ys = window
    return ((np.arange(yoff, yoff + ys)[:, None] * 3 + np.arange(xoff, xoff + xs)[None, :]) % 4) != 1


@pytest.mark.parametrize("mask", [None, _mask])
def test_prior_map_equals_the_reader_based_map(tmp_path, forest, mask):
    def predict(block):
        return forest.predict_proba(block)[:, 1]

    for name, factors in _factor_sets(tmp_path).items():
        want = tmp_path / "want.tif"
        got = tmp_path / "got.tif"
        _, n_want = G.predict_to_raster(factors, predict, want, mask_fn=mask, description="prior_train")
        grid, n_got = prior_map.predict_to_raster(
            factors, predict, got, mask_fn=mask, description="prior_train"
        )
        assert n_got == n_want > 0, name
        a, b = gdal.Open(str(want)), gdal.Open(str(got))
        np.testing.assert_array_equal(b.ReadAsArray(), a.ReadAsArray(), err_msg=name)
        assert b.GetRasterBand(1).GetDescription() == "prior_train"
        assert b.GetGeoTransform() == a.GetGeoTransform() and b.GetProjection() == a.GetProjection()
        assert b.GetRasterBand(1).GetBlockSize() == a.GetRasterBand(1).GetBlockSize()
        assert b.GetRasterBand(1).GetNoDataValue() == G.FLOAT_NODATA
        assert (b.RasterXSize, b.RasterYSize) == (grid.width, grid.height) == SHAPE[::-1]


def test_stack_blocks_read_as_the_factor_reader(tmp_path):
    for name, factors in _factor_sets(tmp_path).items():
        ref, fast = G.FactorReader(factors), prior_map.StackBlocks(factors)
        assert fast.windows() == ref.windows(), name
        for window in ref.windows()[:5] + ref.windows()[-2:]:
            X, valid = fast.read_window(window)
            Y, ok = ref.read_window(window)
            assert X.dtype == np.float32 and X.flags["C_CONTIGUOUS"]
            np.testing.assert_array_equal(valid, ok, err_msg=name)
            np.testing.assert_array_equal(X[valid], Y[ok], err_msg=name)


class _CancelAfter:
    def __init__(self, n):
        self.n = n

    def isCanceled(self):  # noqa: N802
        self.n -= 1
        return self.n < 0

    def setProgress(self, value):  # noqa: N802
        pass


def test_cancel_leaves_no_partial_file(tmp_path, forest):
    factors = _factor_sets(tmp_path)["pixel stack"]
    out = tmp_path / "prior.tif"
    with pytest.raises(Canceled):
        prior_map.predict_to_raster(factors, lambda b: forest.predict_proba(b)[:, 1], out, _CancelAfter(3))
    assert not out.exists() and not list(tmp_path.glob(".*partial*"))
