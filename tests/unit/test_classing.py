"""Raster classing: breaks streamed from GDAL, nodata honoured, class table."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import classing, jenks
from landslide_susceptibility.core.errors import LsmError
from osgeo import gdal, osr


def test_raster_breaks_equal_array_breaks_and_nodata_excluded(tmp_path):
    rng = np.random.default_rng(0)
    array = rng.beta(0.6, 2.5, (300, 260)).astype(np.float32)
    array[:20] = -9999
    array[50, 50] = np.nan
    path = write_raster(tmp_path / "s.tif", array, nodata=-9999, block=64)
    result = classing.compute_breaks(path, 1, "jenks", 5)
    valid = array[(array != -9999) & np.isfinite(array)]
    assert result.n_values == valid.size
    np.testing.assert_array_equal(result.breaks, jenks.jenks_breaks(valid, 5))
    out = tmp_path / "classes.tif"
    counts = classing.write_classes(path, 1, result.breaks, out)
    classes = gdal.Open(str(out)).ReadAsArray()
    assert gdal.Open(str(out)).GetRasterBand(1).GetNoDataValue() == 0
    assert (classes[:20] == 0).all() and classes[50, 50] == 0
    assert counts.sum() == valid.size
    np.testing.assert_array_equal(np.bincount(classes.ravel(), minlength=6)[1:], counts)


def test_class_table_percentages_and_frequency_ratio():
    edges = np.array([0, 1, 2, 3.0])
    rows = classing.class_table(
        edges, ["a", "b", "c"], np.array([50, 30, 20]), 100.0, True, np.array([1, 3, 6])
    )
    assert sum(r.area_percent for r in rows) == pytest.approx(100.0)
    assert sum(r.landslide_percent for r in rows) == pytest.approx(100.0)
    assert rows[2].frequency_ratio == pytest.approx(60.0 / 20.0)
    assert rows[0].area_km2 == pytest.approx(50 * 100 / 1e6)


def test_errors_all_nodata_and_bad_band(tmp_path):
    path = write_raster(tmp_path / "empty.tif", np.full((10, 10), -9999, np.float32), nodata=-9999)
    with pytest.raises(LsmError, match="nodata"):
        classing.compute_breaks(path, 1, "jenks", 5)
    with pytest.raises(LsmError, match="Band 3"):
        classing.compute_breaks(path, 3, "jenks", 5)


def test_cancel_leaves_no_file(tmp_path):
    from landslide_susceptibility.core.errors import Canceled
    from landslide_susceptibility.core.progress import NullFeedback

    array = np.random.default_rng(1).random((200, 200)).astype(np.float32)
    path = write_raster(tmp_path / "s.tif", array, block=16)
    feedback = NullFeedback()
    feedback.cancel()
    out = tmp_path / "c.tif"
    with pytest.raises(Canceled):
        classing.write_classes(path, 1, np.array([0, 0.5, 1.0]), out, feedback)
    assert list(tmp_path.iterdir()) == [tmp_path / "s.tif"]


def _square(x0, y0, size):
    from osgeo import ogr

    x1, y1 = x0 + size, y0 - size
    wkt = f"POLYGON(({x0} {y0}, {x1} {y0}, {x1} {y1}, {x0} {y1}, {x0} {y0}))"
    return ogr.CreateGeometryFromWkt(wkt).ExportToWkb()


def test_polygon_cells_counted_alike_by_frequency_ratio_and_jenks_classes(tmp_path):
    """Issue 14 item 11: one polygon rule (cell centres, the centroid cell of a sub-cell polygon)."""
    from landslide_susceptibility.core import frequency_ratio, samples
    from landslide_susceptibility.core.grid import Factor, grid_of

    rng = np.random.default_rng(3)
    path = write_raster(tmp_path / "v.tif", rng.random((40, 30)).astype(np.float32))
    x0, y0 = 500000, 9500000
    wkbs = [
        _square(x0 + 50, y0 - 50, 50),  # 5 x 5 cell centres
        _square(x0 + 70, y0 - 70, 50),  # 25 centres, 9 shared with the first: 16 more cells
        _square(x0 + 201, y0 - 201, 3),  # inside one cell, no centre inside: its centroid cell
    ]
    grid = grid_of(path)
    cells = samples.cells_from_polygons(wkbs, grid, "every")
    classes = frequency_ratio.frequency_ratio([Factor("v", path)], cells.rows, cells.cols, "equal", 4)
    fr_counts = classes[0].landslide_cells
    class_path = str(tmp_path / "classes.tif")
    classing.write_classes(path, 1, classes[0].edges, class_path)
    counts, notes = classing.polygon_class_counts(class_path, wkbs, 4)
    assert int(fr_counts.sum()) == int(counts.sum()) == 25 + 16 + 1
    np.testing.assert_array_equal(counts, fr_counts)
    assert notes == ["1 polygon(s) smaller than a cell: the cell of their centroid was used."]
    assert notes == cells.notes


def test_polygon_rasterising_raises_no_gdal_warning_flood():
    from landslide_susceptibility.core import samples
    from landslide_susceptibility.core.grid import Grid
    from osgeo import ogr

    messages = []
    gdal.PushErrorHandler(lambda cls, no, msg: messages.append(msg))
    try:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(32717)
        for wkt in (srs.ExportToWkt(), ""):
            grid = Grid(30, 30, (0, 10, 0, 300, 0, -10), wkt)
            rows, cols = samples.polygon_cells(ogr.CreateGeometryFromWkb(_square(20, 280, 40)), grid)
            assert rows.size == 16
    finally:
        gdal.PopErrorHandler()
    assert not [m for m in messages if "spatial reference" in m], messages
