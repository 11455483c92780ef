"""lsm:frequencyratio's one-read path (core.fr_scan) against the reader-based passes and against
classes counted by brute force in memory, on rasters big enough for the histogram path of Jenks."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import fr_scan
from landslide_susceptibility.core import frequency_ratio as fr
from landslide_susceptibility.core import jenks as J
from landslide_susceptibility.core.grid import Factor, check_grids
from landslide_susceptibility.core.progress import ensure_feedback
from osgeo import gdal

SHAPE = (520, 530)  # 275,600 cells: more than core.jenks.MAX_DIRECT_UNITS


def _stack(path, arrays, nodata=-9999.0):
    """A pixel-interleaved 64 x 64 tiled stack of *arrays* (bands f1, f2, ...)."""
    h, w = arrays[0].shape
    options = ["INTERLEAVE=PIXEL", "COMPRESS=DEFLATE", "TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64"]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, len(arrays), gdal.GDT_Float32, options)
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 9500000.0, 0.0, -10.0))
    for b, a in enumerate(arrays, start=1):
        ds.GetRasterBand(b).SetNoDataValue(nodata)
        ds.GetRasterBand(b).WriteArray(a)
    ds = None
    return str(path)


def _mask(window):
    xoff, yoff, xs, ys = window
    return ((np.arange(yoff, yoff + ys)[:, None] + 2 * np.arange(xoff, xoff + xs)[None, :]) % 5) != 0


@pytest.fixture(scope="module")
def factors(tmp_path_factory):
    """Three factors of a stack (continuous with a nodata strip, skewed with a NaN, class codes)
    and one of a striped single-band file (another window layout), with its own nodata value."""
    folder = tmp_path_factory.mktemp("frscan")
    rng = np.random.default_rng(7)
    a = rng.beta(0.6, 2.5, SHAPE).astype(np.float32)
    a[:, :25] = -9999.0
    b = rng.lognormal(0, 1.5, SHAPE).astype(np.float32)
    b[10, 10] = np.nan
    c = rng.integers(1, 7, SHAPE).astype(np.float32)
    d = (np.round(rng.normal(size=SHAPE) * 300) / 100).astype(np.float32)
    d[100:120, :] = -1.0
    stack = _stack(folder / "stack.tif", [a, b, c])
    single = write_raster(folder / "d.tif", d, epsg=None, nodata=-1.0)
    out = [Factor("a", stack, 1), Factor("b", stack, 2), Factor("c", stack, 3, True), Factor("d", single, 1)]
    return out, {"a": np.where(a == -9999.0, np.nan, a), "b": b, "c": c, "d": np.where(d == -1.0, np.nan, d)}


def _landslides():
    rng = np.random.default_rng(3)
    # some twice, some outside the grid, some on nodata (column < 25 for factor a)
    rows = np.concatenate([rng.integers(0, SHAPE[0], 300), [5, 5, -1, 600]])
    cols = np.concatenate([rng.integers(0, SHAPE[1], 300), [3, 3, 2, 2]])
    return rows, cols


@pytest.mark.parametrize("method", ["jenks", "quantile", "equal"])
@pytest.mark.parametrize("mask", [None, _mask])
def test_one_read_path_equals_the_reader_passes(factors, method, mask):
    factors, _ = factors
    rows, cols = _landslides()
    got = fr.frequency_ratio(factors, rows, cols, method, 5, mask_fn=mask)
    grid = check_grids(factors)
    want = fr._frequency_ratio(factors, grid, rows, cols, method, 5, mask, ensure_feedback(None), None)
    for g, w in zip(got, want):
        assert g.name == w.name and g.notes == w.notes
        if w.categorical:
            np.testing.assert_array_equal(g.levels, w.levels)
        else:
            np.testing.assert_array_equal(g.edges, w.edges)
        np.testing.assert_array_equal(g.cells, w.cells)
        np.testing.assert_array_equal(g.landslide_cells, w.landslide_cells)
        assert g.cells.dtype == np.int64


def test_classes_and_counts_by_brute_force(factors):
    factors, arrays = factors
    rows, cols = _landslides()
    got = fr.frequency_ratio(factors, rows, cols, "jenks", 4, mask_fn=_mask)
    keep = _mask((0, 0, SHAPE[1], SHAPE[0]))
    inside = (rows >= 0) & (rows < SHAPE[0])
    cells = np.unique(rows[inside] * SHAPE[1] + cols[inside])
    r, c = cells // SHAPE[1], cells % SHAPE[1]
    r, c = r[keep[r, c]], c[keep[r, c]]
    for result in got:
        values = arrays[result.name][keep]
        values = values[np.isfinite(values)]
        if result.categorical:
            levels, counts = np.unique(values, return_counts=True)
            np.testing.assert_array_equal(result.levels, levels)
            np.testing.assert_array_equal(result.cells, counts)
        else:
            np.testing.assert_array_equal(result.edges, J.jenks_breaks(values, 4))
            classes = result.classify(values)
            np.testing.assert_array_equal(result.cells, np.bincount(classes, minlength=4))
        at = result.classify(arrays[result.name][r, c])
        np.testing.assert_array_equal(
            result.landslide_cells, np.bincount(at[at >= 0], minlength=result.n_classes)
        )
    assert any("landslide cell(s) on nodata" in n for n in got[0].notes)


def test_tally_gives_the_jenks_class_cells_without_another_pass(factors, tmp_path):
    factors, arrays = factors
    grid = check_grids(factors)
    scan = fr_scan.scan_factors(factors[:2], grid, np.zeros(0, int), np.zeros(0, int), None, str(tmp_path))
    for source, name in zip(scan.sources, "ab"):
        values = arrays[name][np.isfinite(arrays[name])]
        assert source.n_values == values.size > J.MAX_DIRECT_UNITS
        edges = J.jenks(source, 5).breaks
        cells = source.tally.class_cells(edges, source.n_values)
        assert cells is not None  # the histogram and refinement passes determined them
        np.testing.assert_array_equal(cells, np.bincount(J.classify(values, edges) - 1, minlength=5))
        # edges that are not data values (equal intervals) are not determined: None, never a guess
        assert source.tally.class_cells(np.linspace(values.min(), values.max(), 6), source.n_values) is None
