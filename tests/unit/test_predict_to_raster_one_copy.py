"""One streaming prediction mechanism: core.grid.FactorReader reads each file once per window and
core.grid.predict_to_raster (read ahead, write behind; core.prior_map.predict_to_raster is it at
DEFLATE level 1) writes what the code before the merge wrote.

The reference is the code before (issue 21): FactorReader.read_window read band by band and
core.grid.predict_to_raster wrote on the caller's thread; core.prior_map had its own copy (a stack
reader and a write-behind writer, DEFLATE level 1). GOLDEN holds the (n_valid, md5 of the float32
pixels) that code wrote for IEEE-exact scores (see _formula): the same on every machine.
"""

import hashlib

import numpy as np
import pytest
from landslide_susceptibility.core import grid as G
from landslide_susceptibility.core import prior_map
from landslide_susceptibility.core.errors import Canceled
from landslide_susceptibility.core.forest import BalancedRandomForest
from osgeo import gdal

SHAPE = (300, 310)
GT = (500000.0, 10.0, 0.0, 9500000.0, 0.0, -10.0)


def _raster(path, arrays, dtype=gdal.GDT_Float32, nodata=-9999.0, options=()):
    h, w = arrays[0].shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, len(arrays), dtype, list(options))
    ds.SetGeoTransform(GT)
    for b, a in enumerate(arrays, start=1):
        if nodata is not None:
            ds.GetRasterBand(b).SetNoDataValue(nodata)
        ds.GetRasterBand(b).WriteArray(a)
    ds = None
    return str(path)


def _tiled(interleave="PIXEL"):
    return [f"INTERLEAVE={interleave}", "COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64"]


def _arrays(seed=0):
    rng = np.random.default_rng(seed)
    arrays = [rng.normal(size=SHAPE).astype(np.float32) for _ in range(4)]
    arrays[0][:, :20] = -9999.0
    arrays[1][50, 60] = np.nan
    arrays[2][100:103, :] = np.inf
    arrays[3][200, 5:9] = -np.inf
    return arrays


def _factor_sets(folder):
    arrays = _arrays()
    pixel = _raster(folder / "pixel.tif", arrays, options=_tiled("PIXEL"))
    band = _raster(folder / "band.tif", arrays, options=_tiled("BAND"))
    ints = [np.round(a * 100).clip(-30000, 30000) for a in arrays]
    int16 = _raster(folder / "int16.tif", ints, gdal.GDT_Int16, options=_tiled("PIXEL"))
    singles = [_raster(folder / f"s{i}.tif", [a], options=_tiled()) for i, a in enumerate(arrays)]
    stripes = _raster(folder / "stripes.tif", [arrays[3]], nodata=7.0)  # untiled, another nodata
    wide = arrays[2].astype(np.float64)
    wide[10:12, 30:40] = 1e39  # beyond float32: inf once read as float32, so not a value
    wide[20, :] = np.nan
    float64 = _raster(folder / "float64.tif", [wide], gdal.GDT_Float64, nodata=float("nan"), options=_tiled())
    level = np.nan_to_num(arrays[1], nan=0.0)
    byte = np.where(level > 1.5, 0, np.clip(level * 40 + 120, 1, 254)).astype(np.uint8)
    uint8 = _raster(folder / "uint8.tif", [byte], gdal.GDT_Byte, nodata=0, options=_tiled())
    return {
        "pixel stack": G.band_factors(pixel),
        "band stack, bands reordered": [G.Factor(f"f{b}", band, b) for b in (3, 1, 4, 2)],
        "int16 stack": G.band_factors(int16),
        "single files and a stack": [
            G.Factor("a", singles[0]),
            G.Factor("b", pixel, 2),
            G.Factor("c", singles[2]),
            G.Factor("d", stripes),
        ],
        "strips first, float64, byte, stack bands": [
            G.Factor("d", stripes),
            G.Factor("w", float64),
            G.Factor("u", uint8),
            G.Factor("p4", pixel, 4),
            G.Factor("p1", pixel, 1),
        ],
    }


@pytest.fixture(scope="module")
def factor_sets(tmp_path_factory):
    return _factor_sets(tmp_path_factory.mktemp("factors"))


def _mask(window):
    xoff, yoff, xs, ys = window
    return ((np.arange(yoff, yoff + ys)[:, None] * 3 + np.arange(xoff, xoff + xs)[None, :]) % 4) != 1


def _formula(X):
    """Scores from IEEE-exact arithmetic only (the same bits on every machine and library)."""
    X = X.astype(np.float64)
    return X[:, 0] * 0.5 + X[:, -1] * 0.25 - X[:, 1] * X[:, -2]


@pytest.fixture(scope="module")
def forest():
    rng = np.random.default_rng(1)
    X = rng.normal(size=(600, 5)).astype(np.float32)
    y = (X[:, 0] + X[:, 1] > 0).astype(int)
    models = {k: BalancedRandomForest(n_estimators=7, random_state=0).fit(X[:, :k], y) for k in (4, 5)}
    return lambda block: models[block.shape[1]].predict_proba(block)[:, 1]


# -- the code before issue 21 (the reference) ----------------------------------------------------


class _ReferenceReader:
    """core.grid.FactorReader.read_window before issue 21: one read per band."""

    def __init__(self, factors):
        datasets = {f.path: gdal.Open(f.path) for f in factors}
        self._datasets = datasets
        self._bands = [
            (b, b.GetNoDataValue()) for b in (datasets[f.path].GetRasterBand(f.band) for f in factors)
        ]

    def read_window(self, window):
        xoff, yoff, xs, ys = window
        out = np.empty((ys * xs, len(self._bands)), dtype=np.float32)
        for j, (band, nodata) in enumerate(self._bands):
            with np.errstate(over="ignore"):
                values = band.ReadAsArray(xoff, yoff, xs, ys).astype(np.float32, copy=False).ravel()
            bad = ~np.isfinite(values)
            if nodata is not None and np.isfinite(nodata):
                bad |= values == np.float32(nodata)
            values[bad] = np.nan
            out[:, j] = values
        return out, np.isfinite(out).all(axis=1)


def _reference_map(factors, predict_fn, path, mask_fn=None, description="susceptibility", zlevel=None):
    """core.grid.predict_to_raster before issue 21 (on the caller's thread); with zlevel=1 and each
    row of output tiles flushed as it fills: core.prior_map's copy. Returns n_valid."""
    grid = G.check_grids(factors)
    reader = _ReferenceReader(factors)
    windows = G.block_windows(grid, G.natural_block(factors[0].path, factors[0].band))
    options = G.GTIFF_OPTIONS + ["PREDICTOR=3"] + ([f"ZLEVEL={zlevel}"] if zlevel else [])
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), grid.width, grid.height, 1, gdal.GDT_Float32, options
    )
    ds.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(G.FLOAT_NODATA)
    band.SetDescription(description)
    n_valid = 0
    for xoff, yoff, xs, ys in windows:
        X, valid = reader.read_window((xoff, yoff, xs, ys))
        if mask_fn is not None:
            valid &= np.asarray(mask_fn((xoff, yoff, xs, ys)), dtype=bool).ravel()
        out = np.full(xs * ys, G.FLOAT_NODATA, dtype=np.float32)
        if valid.any():
            out[valid] = np.asarray(predict_fn(X[valid]), dtype=np.float32)
            n_valid += int(valid.sum())
        band.WriteArray(out.reshape(ys, xs), xoff, yoff)
        bottom = yoff + ys
        if (
            zlevel
            and xoff + xs == grid.width
            and (bottom % band.GetBlockSize()[1] == 0 or bottom == grid.height)
        ):
            band.FlushCache()
    band.FlushCache()
    band = ds = None
    return n_valid


def _bits(a):
    return np.ascontiguousarray(a).view(np.uint32)


def _pixels(path):
    ds = gdal.Open(str(path))  # kept while the band is read (GDAL 3.6 frees the band with it)
    return ds.GetRasterBand(1).ReadAsArray()


def _file_bytes(path):
    with open(path, "rb") as handle:
        return handle.read()


# -- the reader ----------------------------------------------------------------------------------


def test_reader_gives_the_bits_of_the_band_by_band_reads(factor_sets):
    for name, factors in factor_sets.items():
        reader, reference = G.FactorReader(factors), _ReferenceReader(factors)
        for window in reader.windows():
            X, valid = reader.read_window(window)
            Y, ok = reference.read_window(window)
            assert X.dtype == np.float32 and X.flags["C_CONTIGUOUS"] and X.flags["WRITEABLE"], name
            assert X.shape == (window[2] * window[3], len(factors)), name
            np.testing.assert_array_equal(valid, ok, err_msg=f"{name} {window}")
            np.testing.assert_array_equal(_bits(X), _bits(Y), err_msg=f"{name} {window}")  # NaN included
        assert not valid.all() or name != "pixel stack"


def test_each_file_is_read_once_per_window(factor_sets, monkeypatch):
    calls = []
    read = G.FactorReader._read
    monkeypatch.setattr(
        G.FactorReader, "_read", staticmethod(lambda ds, b, w: calls.append(b) or read(ds, b, w))
    )
    expected = {
        "pixel stack": [[1, 2, 3, 4]],
        "band stack, bands reordered": [[3, 1, 4, 2]],
        "int16 stack": [[1, 2, 3, 4]],
        "single files and a stack": [[1], [2], [1], [1]],
        "strips first, float64, byte, stack bands": [[1], [1], [1], [4, 1]],
    }
    for name, factors in factor_sets.items():
        reader = G.FactorReader(factors)
        calls.clear()
        reader.read_window(reader.windows()[0])
        assert calls == expected[name], name


# -- the maps ------------------------------------------------------------------------------------

#: (n_valid, md5 of the float32 pixels) of the maps of _formula written by the code before issue 21
#: (core.grid.predict_to_raster and core.prior_map.predict_to_raster gave the same pixels)
GOLDEN = {
    "pixel stack|all": (86129, "283d70d3cb059ef044bf305331a8d9b4"),
    "band stack, bands reordered|all": (86129, "1726e5b15394df794f8ae6a755a3321b"),
    "int16 stack|all": (93000, "be9de49fa503a4e5aeb2802774c48f9f"),
    "single files and a stack|all": (86129, "283d70d3cb059ef044bf305331a8d9b4"),
    "strips first, float64, byte, stack bands|all": (79937, "2358572f187505edc69e098fca9a4e69"),
    "pixel stack|mask": (64596, "4c4c3414d73bc9371e627802024ae472"),
    "band stack, bands reordered|mask": (64596, "fe277074d07ecb36d4c5decb8a80cd23"),
    "int16 stack|mask": (69750, "d776f03bc89211fc05e423dd5e3cdfd6"),
    "single files and a stack|mask": (64596, "4c4c3414d73bc9371e627802024ae472"),
    "strips first, float64, byte, stack bands|mask": (59971, "2a771a1144f8ec2b00a481c565702f8a"),
}

CALLERS = {"core.grid": (G.predict_to_raster, None), "core.prior_map": (prior_map.predict_to_raster, 1)}


@pytest.mark.parametrize("caller", CALLERS)
@pytest.mark.parametrize("masked", [False, True])
def test_maps_are_those_of_the_code_before(tmp_path, factor_sets, forest, caller, masked):
    function, zlevel = CALLERS[caller]
    mask = _mask if masked else None
    for name, factors in factor_sets.items():
        for predict in (forest, _formula):
            want, got = tmp_path / "want.tif", tmp_path / "got.tif"
            n_want = _reference_map(factors, predict, want, mask, "prior_x", zlevel)
            grid, n_got = function(factors, predict, got, mask_fn=mask, description="prior_x")
            assert n_got == n_want > 0, name
            np.testing.assert_array_equal(_bits(_pixels(got)), _bits(_pixels(want)), err_msg=name)
            # the same file, byte for byte (creation options, tile order, compression)
            assert _file_bytes(got) == _file_bytes(want), name
            a, b = gdal.Open(str(want)), gdal.Open(str(got))
            assert b.GetRasterBand(1).GetDescription() == "prior_x"
            assert b.GetRasterBand(1).GetNoDataValue() == G.FLOAT_NODATA
            assert (b.RasterXSize, b.RasterYSize) == (grid.width, grid.height) == SHAPE[::-1]
            assert b.GetMetadata("IMAGE_STRUCTURE") == a.GetMetadata("IMAGE_STRUCTURE")
        key = f"{name}|{'mask' if masked else 'all'}"
        pixels = _pixels(got)
        assert (n_got, hashlib.md5(pixels.tobytes()).hexdigest()) == GOLDEN[key], key


def test_the_model_gets_contiguous_float32_rows_of_valid_cells_only(tmp_path, factor_sets):
    seen, windows = [], []

    def predict(X):
        assert X.dtype == np.float32 and X.flags["C_CONTIGUOUS"]
        assert np.isfinite(X).all()
        seen.append(X.shape[0])
        return np.zeros(X.shape[0])

    def mask(window):
        windows.append(window)
        return _mask(window)

    factors = factor_sets["single files and a stack"]
    _, n = G.predict_to_raster(factors, predict, tmp_path / "m.tif", mask_fn=mask)
    assert windows == G.FactorReader(factors).windows()  # once per window, in order
    assert sum(seen) == n > 0


class _CancelAfter:
    def __init__(self, n):
        self.n = n

    def isCanceled(self):  # noqa: N802
        self.n -= 1
        return self.n < 0

    def setProgress(self, value):  # noqa: N802
        pass


@pytest.mark.parametrize("caller", CALLERS)
def test_cancel_leaves_no_partial_file(tmp_path, factor_sets, caller):
    out = tmp_path / "prior.tif"
    with pytest.raises(Canceled):
        CALLERS[caller][0](factor_sets["pixel stack"], _formula, out, _CancelAfter(3))
    assert not out.exists() and not list(tmp_path.glob(".*partial*"))


def test_an_error_of_the_model_propagates_and_leaves_no_file(tmp_path, factor_sets):
    def predict(X):
        if predict.calls == 2:
            raise ValueError("model failed")
        predict.calls += 1
        return np.zeros(X.shape[0])

    predict.calls = 0
    out = tmp_path / "prior.tif"
    with pytest.raises(ValueError, match="model failed"):
        G.predict_to_raster(factor_sets["pixel stack"], predict, out)
    assert not out.exists() and not list(tmp_path.glob(".*partial*"))
