"""Rate curves (Chung and Fabbri 2003): a hand-computed raster with ties, streamed == in memory, errors."""

import numpy as np
import pytest
from landslide_susceptibility.core import ratecurves as R
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Grid, create_geotiff

# 8 valid cells; landslides on 0.8 (tie group of 2) and 0.5 (tie group of 3); one on nodata
HAND = np.array([[0.9, 0.8, 0.8], [0.5, 0.5, 0.5], [0.2, 0.1, np.nan]], dtype=np.float32)
HAND_ROWS, HAND_COLS = [0, 1, 2], [1, 0, 2]


def test_hand_computed_with_ties():
    # ranked from the top: 0.9 (1 cell, 0 landslides), 0.8 (2, 1), 0.5 (3, 1), 0.2, 0.1
    # vertices (0,0) (1/8,0) (3/8,1/2) (6/8,1) (1,1); area = 2/8*1/4 + 3/8*3/4 + 2/8*1 = 19/32
    result = R.rate_curves(HAND, {"test": (HAND_ROWS, HAND_COLS)})
    curve = result.curves["test"]
    assert curve.auc == pytest.approx(19 / 32, abs=1e-15)
    np.testing.assert_allclose(curve.area_share, [0, 1 / 8, 3 / 8, 6 / 8, 1])
    np.testing.assert_allclose(curve.landslide_share, [0, 0, 0.5, 1, 1])
    assert (curve.n_landslide_cells, curve.n_dropped, curve.n_area_cells) == (2, 1, 8)
    assert "1 cell(s) on nodata" in result.notes[0]
    # Mann-Whitney: (5 + 2/2) + (2 + 3/2) = 9.5 pairs of 8 * 2
    assert curve.auc == pytest.approx(9.5 / 16)
    assert curve.landslide_share_at(0.25) == pytest.approx(0.25)  # halfway through the 0.8 group


def test_duplicates_counted_once_and_mask():
    mask = np.ones((3, 3), dtype=np.uint8)
    mask[0, 0] = 0  # drop the 0.9 cell: 7 cells, the curve starts in the 0.8 group
    result = R.rate_curves(HAND, {"t": ([0, 0, 1], [1, 1, 0])}, mask=mask)
    curve = result.curves["t"]
    assert curve.n_duplicates == 1 and curve.n_landslide_cells == 2
    # pairs: 0.8 -> 4 below + 1 tie half; 0.5 -> 2 below + 1.5 = 9.5 of 7 * 2
    assert curve.auc == pytest.approx(9.5 / 14)


def test_perfect_and_worst_maps():
    v = np.arange(100, dtype=np.float64).reshape(10, 10)
    top = R.rate_curves(v, {"t": ([9], [9])}).curves["t"]
    bottom = R.rate_curves(v, {"t": ([0], [0])}).curves["t"]
    assert top.auc == pytest.approx(1 - 0.5 / 100)
    assert bottom.auc == pytest.approx(0.5 / 100)
    flat = R.rate_curves(np.ones((4, 4)), {"t": ([0, 1], [0, 1])}).curves["t"]
    assert flat.auc == pytest.approx(0.5)  # one tie group: the diagonal


@pytest.mark.parametrize("decimals", [2, 3, None])
def test_streamed_equals_in_memory(decimals, tmp_path):
    rng = np.random.default_rng(7)
    v = rng.beta(0.6, 2.5, (203, 157))
    if decimals is not None:
        v = np.round(v, decimals)  # many ties
    v = v.astype(np.float32)
    v[rng.random(v.shape) < 0.05] = -9999.0
    mask = (rng.random(v.shape) < 0.9).astype(np.uint8)
    rows = rng.integers(0, 203, 400)
    cols = rng.integers(0, 157, 400)
    path = tmp_path / "map.tif"
    ds = create_geotiff(path, Grid(157, 203, (0, 10, 0, 2030, 0, -10), ""))
    ds.GetRasterBand(1).WriteArray(v)
    ds = None
    mpath = tmp_path / "mask.tif"
    ds = create_geotiff(mpath, Grid(157, 203, (0, 10, 0, 2030, 0, -10), ""), nodata=None)
    ds.GetRasterBand(1).WriteArray(mask)
    ds = None
    streamed = R.rate_curves(
        path, {"a": (rows, cols), "b": (rows[:50], cols[:50])}, mask=mpath, block_cells=500
    )
    in_memory = R.rate_curves(v, {"a": (rows, cols), "b": (rows[:50], cols[:50])}, mask=mask, nodata=-9999.0)
    vv = np.where(v == -9999.0, np.nan, v)
    ok = np.isfinite(vv[rows, cols]) & (mask[rows, cols] != 0)
    ref_auc, ref_x, ref_y = R.rate_curve_reference(vv, rows[ok], cols[ok], mask=mask)
    a = streamed.curves["a"]
    assert a.auc == in_memory.curves["a"].auc
    assert a.auc == pytest.approx(ref_auc, abs=1e-12)
    np.testing.assert_allclose(a.landslide_share_at(ref_x), ref_y, atol=1e-12)
    assert streamed.curves["b"].auc == in_memory.curves["b"].auc
    assert streamed.n_area_cells == int((np.isfinite(vv) & (mask != 0)).sum())


def test_table_for_csv():
    result = R.rate_curves(HAND, {"success": ([0], [0]), "prediction": ([1], [1])})
    header, rows = result.table(5)
    assert header == ["area_share", "success_landslide_share", "prediction_landslide_share"]
    assert [r[0] for r in rows] == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert rows[1][1] == 1.0  # the 0.9 cell is the top 1/8
    assert rows[-1][1:] == [1.0, 1.0]


def test_bad_input():
    with pytest.raises(LsmError, match="2 of 3 cells lie outside the map grid"):
        R.rate_curves(HAND, {"test": ([0, 3, -1], [0, 0, 0])})
    with pytest.raises(LsmError, match="all 1 landslide cells lie on nodata"):
        R.rate_curves(HAND, {"test": ([2], [2])})
    with pytest.raises(LsmError, match="no landslide cell"):
        R.rate_curves(HAND, {"test": ([], [])})
    with pytest.raises(LsmError, match="not on the map's grid"):
        R.rate_curves(HAND, {"test": ([0], [0])}, mask=np.ones((2, 2)))
