"""Frequency ratio on small hand-computed rasters (core.frequency_ratio)."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import frequency_ratio as fr
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import FLOAT_NODATA, Factor
from osgeo import gdal


def _raster(path, array, nodata=None):
    return write_raster(path, array, origin=(500000.0, 9000000.0), epsg=None, nodata=nodata)


@pytest.fixture()
def ramp(tmp_path):
    """Factor "v": a 4 x 4 raster of the values 0..15, row by row."""
    return Factor("v", _raster(tmp_path / "v.tif", np.arange(16, dtype=np.float32).reshape(4, 4)))


def _assert_classes(result, edges, cells, landslide_cells, fr_values):
    """The class edges, cell and landslide-cell counts and frequency ratios of one factor's result."""
    np.testing.assert_allclose(result.edges, edges)
    np.testing.assert_array_equal(result.cells, cells)
    np.testing.assert_array_equal(result.landslide_cells, landslide_cells)
    np.testing.assert_allclose(result.fr, fr_values)


def test_categorical_fr_by_hand(tmp_path):
    lith = np.array([[1, 1, 2, 2], [1, 1, 2, 2], [3, 3, 3, 3], [3, 3, 3, np.nan]], dtype=np.float32)
    factor = Factor("lith", _raster(tmp_path / "lith.tif", lith), categorical=True)
    # landslide cells: (0,0) and (0,1) in class 1, (1,2) in class 2, (2,0) in class 3; (0,0) twice (counted once)
    rows = np.array([0, 0, 1, 2, 0])
    cols = np.array([0, 1, 2, 0, 0])
    (result,) = fr.frequency_ratio([factor], rows, cols)
    np.testing.assert_array_equal(result.levels, [1, 2, 3])
    np.testing.assert_array_equal(result.cells, [4, 4, 7])
    np.testing.assert_array_equal(result.landslide_cells, [2, 1, 1])
    # % area 4/15, 4/15, 7/15; % landslides 2/4, 1/4, 1/4
    np.testing.assert_allclose(result.pct_area, [100 * 4 / 15, 100 * 4 / 15, 100 * 7 / 15])
    np.testing.assert_allclose(result.fr, [0.5 / (4 / 15), 0.25 / (4 / 15), 0.25 / (7 / 15)])
    assert result.fr[0] == pytest.approx(1.875)
    assert [r["range"] for r in result.rows()] == ["1", "2", "3"]


def test_continuous_equal_interval_and_fr_raster(tmp_path, ramp):
    factor = ramp
    # landslides on values 0, 13 and 14
    (result,) = fr.frequency_ratio([factor], [0, 3, 3], [0, 1, 2], method="equal", n_classes=4)
    _assert_classes(
        result, [0, 3.75, 7.5, 11.25, 15], [4, 4, 4, 4], [1, 0, 0, 2], [(1 / 3) / 0.25, 0, 0, (2 / 3) / 0.25]
    )
    out = tmp_path / "v_fr.tif"
    fr.write_fr_raster(factor, result, out)
    got = gdal.Open(str(out)).ReadAsArray()
    expected = np.repeat(np.array([4 / 3, 0, 0, 8 / 3], dtype=np.float32), 4).reshape(4, 4)
    np.testing.assert_allclose(got, expected, rtol=1e-6)
    assert not list(tmp_path.glob(".*partial*"))


def test_jenks_classes_on_two_clusters_and_nodata(tmp_path):
    values = np.array([[1, 1, 2, 2, 50], [1, 2, 2, 51, 52], [-9999, 1, 2, 50, 51]], dtype=np.float32)
    factor = Factor("v", _raster(tmp_path / "v.tif", values, nodata=-9999))
    (result,) = fr.frequency_ratio([factor], [0, 1, 2], [4, 3, 0], method="jenks", n_classes=2)
    # natural breaks split the two clusters: {1, 2} (9 cells) and {50, 51, 52} (5 cells)
    np.testing.assert_allclose(result.edges, [1, 2, 52])
    np.testing.assert_array_equal(result.cells, [9, 5])
    # the landslide on nodata (2, 0) is not counted
    np.testing.assert_array_equal(result.landslide_cells, [0, 2])
    assert any("nodata" in n for n in result.notes)
    out = tmp_path / "fr.tif"
    fr.write_fr_raster(factor, result, out)
    got = gdal.Open(str(out)).ReadAsArray()
    assert got[2, 0] == FLOAT_NODATA
    assert got[0, 4] == pytest.approx(1.0 / (5 / 14))


def test_mask_restricts_area_and_landslides(tmp_path):
    values = np.arange(16, dtype=np.float32).reshape(4, 4)
    factor = Factor("v", _raster(tmp_path / "v.tif", values))

    def left_half(window):
        xoff, yoff, xs, ys = window
        return np.broadcast_to((np.arange(xoff, xoff + xs) < 2)[None, :], (ys, xs))

    (result,) = fr.frequency_ratio([factor], [0, 3], [0, 3], method="equal", n_classes=2, mask_fn=left_half)
    # inside the mask: values 0,1,4,5,8,9,12,13 -> edges [0, 6.5, 13]; landslide (3,3) is outside
    np.testing.assert_allclose(result.edges, [0, 6.5, 13])
    np.testing.assert_array_equal(result.cells, [4, 4])
    np.testing.assert_array_equal(result.landslide_cells, [1, 0])


def test_bad_factors(tmp_path):
    floats = np.random.default_rng(0).normal(size=(20, 20)).astype(np.float32)
    factor = Factor("soil", _raster(tmp_path / "s.tif", floats), categorical=True)
    with pytest.raises(LsmError, match="categorical"):
        fr.frequency_ratio([factor], [0], [0])
    flat = Factor("flat", _raster(tmp_path / "f.tif", np.full((5, 5), 3.0, dtype=np.float32)))
    with pytest.raises(LsmError, match="flat"):
        fr.frequency_ratio([flat], [0], [0], method="equal")
    empty = Factor("empty", _raster(tmp_path / "e.tif", np.full((5, 5), np.nan, dtype=np.float32)))
    with pytest.raises(LsmError, match="nodata"):
        fr.frequency_ratio([empty], [0], [0])


def test_quantile_classes_by_hand_and_repeated_breaks_merged(tmp_path, ramp):
    factor = ramp
    # quartiles (lower value of the rank): 3, 7, 11; landslides on 2, 9 and 10
    (result,) = fr.frequency_ratio([factor], [0, 2, 2], [2, 1, 2], method="quantile", n_classes=4)
    _assert_classes(
        result, [0, 3, 7, 11, 15], [4, 4, 4, 4], [1, 0, 2, 0], [(1 / 3) / 0.25, 0, (2 / 3) / 0.25, 0]
    )
    # skewed: twelve zeros, then 1..4; the quartiles 0, 0, 0 repeat and merge into one class
    skewed = np.array([0] * 12 + [1, 2, 3, 4], dtype=np.float32).reshape(4, 4)
    factor = Factor("s", _raster(tmp_path / "s.tif", skewed))
    (result,) = fr.frequency_ratio([factor], [0, 3, 3], [0, 2, 3], method="quantile", n_classes=4)
    np.testing.assert_allclose(result.edges, [0, 0, 4])
    np.testing.assert_array_equal(result.cells, [12, 4])
    np.testing.assert_array_equal(result.landslide_cells, [1, 2])
    np.testing.assert_allclose(result.fr, [(1 / 3) / 0.75, (2 / 3) / 0.25])
    assert any("merged, 2 classes left" in n for n in result.notes)
