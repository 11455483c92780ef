"""Input checks of issue 15 (item 4): user Jenks breaks, untagged nodata markers, sample values vs rasters."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import jenks
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Factor
from landslide_susceptibility.core.nodata import untagged_nodata_note
from landslide_susceptibility.core.sample_check import check_sample_values


def _raster(path, array, nodata=None):
    return write_raster(path, array, origin=(500000.0, 9600000.0), nodata=nodata)


@pytest.mark.parametrize(
    "breaks, message",
    [
        ([5.0, 3.0], "strictly increasing"),
        ([3.0, 3.0], "strictly increasing"),
        ([float("nan")], "strictly increasing"),
        ([0.0, 5.0], r"break\(s\) 0 are not inside the data range 0 to 9"),
        ([5.0, 9.0], r"break\(s\) 9 are not inside"),
        ([-1.0, 20.0], r"break\(s\) -1, 20 are not inside"),
    ],
)
def test_user_breaks_must_increase_inside_the_range(breaks, message):
    with pytest.raises(LsmError, match=message):
        jenks.manual(jenks.array_source(np.arange(10.0)), breaks)


def test_user_breaks_inside_the_range_are_kept():
    result = jenks.manual(jenks.array_source(np.arange(10.0)), [2.0, 5.5])
    np.testing.assert_array_equal(result.breaks, [0.0, 2.0, 5.5, 9.0])
    assert 0.0 < result.gvf < 1.0


@pytest.mark.parametrize("marker", [-9999.0, -3.4028234663852886e38, -32768.0])
def test_untagged_nodata_marker_is_warned(tmp_path, marker):
    array = np.arange(36, dtype=np.float32).reshape(6, 6)
    array[0, 0] = marker
    note = untagged_nodata_note(_raster(tmp_path / "a.tif", array), 1, "dem")
    assert note.startswith("WARNING: Raster 'dem' (band 1)") and "declares no nodata value" in note


def test_tagged_or_ordinary_values_give_no_warning(tmp_path):
    array = np.arange(36, dtype=np.float32).reshape(6, 6)
    assert untagged_nodata_note(_raster(tmp_path / "plain.tif", array)) is None
    array[0, 0] = -9999.0
    assert untagged_nodata_note(_raster(tmp_path / "tagged.tif", array, nodata=-9999.0)) is None
    empty = np.full((6, 6), -9999.0, dtype=np.float32)
    assert untagged_nodata_note(_raster(tmp_path / "empty.tif", empty, nodata=-9999.0)) is None


def test_untagged_marker_beside_another_nodata_is_warned(tmp_path):
    array = np.arange(36, dtype=np.float32).reshape(6, 6)
    array[0, 0] = -9999.0
    note = untagged_nodata_note(_raster(tmp_path / "a.tif", array, nodata=0.0))
    assert "its nodata value is 0" in note


def _factors(tmp_path):
    a = np.arange(20, dtype=np.float32).reshape(4, 5) / 3.0
    b = np.full((4, 5), 7.0, dtype=np.float32)
    b[3, 4] = -9999.0
    return (
        [
            Factor("a", _raster(tmp_path / "a.tif", a)),
            Factor("b", _raster(tmp_path / "b.tif", b, nodata=-9999.0)),
        ],
        a,
        b,
    )


def test_sample_values_that_match_the_rasters_pass(tmp_path):
    factors, a, b = _factors(tmp_path)
    rows, cols = np.array([0, 1, 2]), np.array([0, 3, 4])
    values = np.column_stack([a[rows, cols].astype(np.float64), b[rows, cols]])
    values[2, 1] = np.nan  # a NULL stored value is skipped
    check_sample_values(factors, rows, cols, values, "samples")


def test_sample_values_from_other_rasters_are_refused(tmp_path):
    factors, a, _b = _factors(tmp_path)
    rows, cols = np.array([0, 1, 2]), np.array([0, 3, 4])
    values = np.column_stack([a[rows, cols], np.full(3, 1.0)])  # 'b' is 7 in the raster
    with pytest.raises(
        LsmError,
        match=r"'samples'.*differ for 'b' at 3 of 3 samples; e.g. 'b' at row 0, col 0: 1 in the layer, 7",
    ):
        check_sample_values(factors, rows, cols, values, "samples")


def test_sample_on_raster_nodata_or_outside_the_grid_is_refused(tmp_path):
    factors, a, _b = _factors(tmp_path)
    with pytest.raises(LsmError, match="nodata in the raster"):
        check_sample_values(factors, [3], [4], [[a[3, 4], 7.0]], "samples")
    with pytest.raises(LsmError, match="outside the factor rasters' grid"):
        check_sample_values(factors, [4], [0], [[0.0, 7.0]], "samples")
