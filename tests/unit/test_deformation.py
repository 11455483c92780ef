"""Deformation x susceptibility matrix (core.deformation): a hand-computed table, the chi-square test."""

import math

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import deformation
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Factor
from osgeo import gdal

ND = -9999.0
#: velocities in mm/yr (ND: nodata); classes of -inf,-10,-5,5,10,inf below each row
VELOCITY = np.array(
    [
        [-12, -7, 0, 3],  # 0 1 2 2
        [6, 11, -1, ND],  # 3 4 2 -
        [0, 2, 8, -20],  # 2 2 3 0
    ],
    dtype=np.float32,
)
#: classed susceptibility (0: nodata, as lsm:jenksclassify writes)
CLASSES = np.array([[1, 2, 3, 3], [2, 3, 1, 2], [1, 1, 3, 0]], dtype=np.uint8)
#: deformation class (rows) x code 1, 2, 3 (columns), counted by hand from the two grids above
HAND = np.array([[1, 0, 0], [0, 1, 0], [3, 0, 2], [0, 1, 1], [0, 0, 1]])
#: n = 10, rows 1 1 5 2 1, columns 4 2 4; sum O^2 / E - n with E = r c / n:
#: 2.5 + 5 + 4.5 + 2 + 2.5 + 1.25 + 2.5 - 10
HAND_CHI2 = 10.25
EDGES = "-inf,-10,-5,5,10,inf"


def _raster(path, values, nodata, dtype=gdal.GDT_Float32, x0=1000.0):
    return write_raster(path, values, origin=(x0, 2000.0), epsg=32617, nodata=nodata, dtype=dtype)


@pytest.fixture()
def pair(tmp_path):
    v = Factor("velocity", _raster(tmp_path / "velocity.tif", VELOCITY, ND))
    s = Factor("classes", _raster(tmp_path / "classes.tif", CLASSES, 0, gdal.GDT_Byte))
    return v, s


@pytest.mark.parametrize("target_cells", [4, 1_000_000])  # 3 blocks of one row, or one block
def test_hand_computed_table_and_cramers_v(pair, target_cells):
    v, s = pair
    m = deformation.contingency_matrix(v, s, deformation.parse_breaks(EDGES), target_cells=target_cells)
    np.testing.assert_array_equal(m.counts, HAND)
    assert m.n == 10
    assert m.susceptibility_codes == [1, 2, 3]
    assert m.susceptibility_labels == ["Class 1", "Class 2", "Class 3"]
    assert m.deformation_labels == ["< -10", "-10 to -5", "-5 to 5", "5 to 10", ">= 10"]
    assert (m.n_deformation_only, m.n_susceptibility_only) == (1, 1)  # (0 on nodata), (nodata on 2)
    assert m.chi2 == pytest.approx(HAND_CHI2, rel=1e-12)
    assert m.dof == 8
    assert m.cramers_v == pytest.approx(math.sqrt(HAND_CHI2 / (10 * 2)), rel=1e-12)
    scipy_stats = pytest.importorskip("scipy.stats")
    assert m.p_value == pytest.approx(scipy_stats.chi2.sf(HAND_CHI2, 8), rel=1e-12)
    np.testing.assert_allclose(m.row_shares()[2], [0.6, 0.0, 0.4])
    np.testing.assert_allclose(m.column_shares()[:, 0], [0.25, 0.0, 0.75, 0.0, 0.0])


def test_absolute_velocity_and_continuous_susceptibility(tmp_path):
    v = Factor("velocity", _raster(tmp_path / "v.tif", VELOCITY, ND))
    index = (CLASSES.astype(np.float32) - 0.5) / 3.0  # 1 -> 0.1667, 2 -> 0.5, 3 -> 0.833; 0 -> nodata
    index[CLASSES == 0] = ND
    s = Factor("index", _raster(tmp_path / "s.tif", index, ND))
    m = deformation.contingency_matrix(
        v, s, deformation.parse_breaks("0,5,inf"), deformation.parse_breaks("0,0.4,0.7,1"), absolute=True
    )
    # |v| < 5: cells (0,2) (0,3) (1,2) (2,0) (2,1) -> codes 3 3 1 1 1; |v| >= 5: (0,0) (0,1) (1,0) (1,1) (2,2)
    np.testing.assert_array_equal(m.counts, [[3, 0, 2], [1, 2, 2]])
    assert m.deformation_labels == ["|v| 0 to 5", "|v| >= 5"]
    assert m.susceptibility_labels == ["0 to 0.4", "0.4 to 0.7", "0.7 to 1"]


def test_jenks_codes_get_the_default_labels(tmp_path):
    v = Factor("velocity", _raster(tmp_path / "v.tif", VELOCITY, ND))
    codes = np.array([[1, 2, 3, 4], [5, 1, 2, 3], [4, 5, 1, 2]], dtype=np.uint8)
    s = Factor("classes", _raster(tmp_path / "c.tif", codes, 0, gdal.GDT_Byte))
    m = deformation.contingency_matrix(v, s, deformation.parse_breaks(EDGES))
    assert m.susceptibility_labels == ["Very low", "Low", "Moderate", "High", "Very high"]


def test_grid_mismatch_points_to_alignfactors(tmp_path):
    v = Factor("velocity", _raster(tmp_path / "v.tif", VELOCITY, ND))
    s = Factor("classes", _raster(tmp_path / "c.tif", CLASSES, 0, gdal.GDT_Byte, x0=1005.0))
    with pytest.raises(LsmError, match=r"not on the same grid as 'velocity': 'classes' .*lsm:alignfactors"):
        deformation.contingency_matrix(v, s, deformation.parse_breaks(EDGES))


def test_continuous_map_without_breaks_is_refused(tmp_path):
    v = Factor("velocity", _raster(tmp_path / "v.tif", VELOCITY, ND))
    s = Factor("index", _raster(tmp_path / "s.tif", VELOCITY / 7.0, ND))
    with pytest.raises(LsmError, match="not whole numbers.*Give susceptibility breaks"):
        deformation.contingency_matrix(v, s, deformation.parse_breaks(EDGES))


def test_no_cell_in_the_classes(pair):
    v, s = pair
    with pytest.raises(LsmError, match="No cell has both"):
        deformation.contingency_matrix(v, s, deformation.parse_breaks("100,200"))


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "at least two edges"),
        ("1", "at least two edges"),
        ("1,a", "numbers"),
        ("5,1", "increase strictly"),
    ],
)
def test_bad_breaks(text, message):
    with pytest.raises(LsmError, match=message):
        deformation.parse_breaks(text)


def test_classify_edges():
    edges = deformation.parse_breaks("0,1,2")
    np.testing.assert_array_equal(
        deformation.classify([-0.1, 0, 0.99, 1, 2, 2.1, np.nan], edges), [-1, 0, 0, 1, 1, -1, -1]
    )


@pytest.mark.parametrize("dof", [1, 2, 3, 8, 17, 50])
@pytest.mark.parametrize("x", [0.01, 0.5, 1.0, 3.0, 10.25, 25.0, 80.0, 300.0])
def test_series_survival_function_matches_scipy(x, dof):
    stats = pytest.importorskip("scipy.stats")
    expected = stats.chi2.sf(x, dof)
    assert deformation.chi2_sf_series(x, dof) == pytest.approx(expected, rel=1e-10, abs=1e-300)


def test_series_survival_function_limits():
    assert deformation.chi2_sf_series(0.0, 3) == 1.0
    assert deformation.chi2_sf_series(2.0, 2) == pytest.approx(math.exp(-1.0), rel=1e-13)  # dof 2: e^(-x/2)


def test_csv_and_figure(pair, tmp_path):
    v, s = pair
    m = deformation.contingency_matrix(v, s, deformation.parse_breaks(EDGES))
    path = deformation.write_csv(m, str(tmp_path / "m.csv"))
    lines = open(path, encoding="utf-8").read().splitlines()
    assert lines[0] == "deformation_class,susceptibility_class,cells,row_share,column_share,share"
    assert len(lines) == 1 + 15
    assert lines[7] == "-5 to 5,Class 1,3,0.6,0.75,0.3"
    figure = deformation.matrix_figure(m, "map")
    from landslide_susceptibility.core.charts import figure_png

    assert figure_png(figure)[:8] == b"\x89PNG\r\n\x1a\n"


def test_p_value_without_scipy(pair, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "scipy.stats", None)  # import fails: the series gives the p-value
    v, s = pair
    m = deformation.contingency_matrix(v, s, deformation.parse_breaks(EDGES))
    assert m.p_value == pytest.approx(deformation.chi2_sf_series(HAND_CHI2, 8), rel=1e-12)
    assert 0.2 < m.p_value < 0.3
