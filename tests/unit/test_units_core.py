"""core.units: streamed zonal statistics against numpy, medians (exact and histogram), categorical shares,
unit Jenks, class table, unit rate curves, field matching and unit predictions."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Factor
from landslide_susceptibility.core.jenks import jenks_reference
from landslide_susceptibility.core.units import (
    match_unit_fields,
    median_bins,
    predict_units,
    unit_class_table,
    unit_jenks,
    unit_rate_curve,
    zonal_reference,
    zonal_statistics,
)
from osgeo import gdal

NODATA = -9999.0


def _tif(path, array, dtype=gdal.GDT_Float64, nodata=None):
    return write_raster(path, array, origin=(500000.0, 9700000.0), nodata=nodata, dtype=dtype, block=16)


@pytest.fixture()
def data(tmp_path):
    rng = np.random.default_rng(3)
    shape = (70, 90)
    ids = rng.integers(0, 13, size=shape).astype(np.int32)  # 12 units, 0 = outside
    ids[ids == 7] = 0  # unit 7 has no cell
    values = 1000.0 + rng.normal(size=shape) * 50
    values[rng.random(shape) < 0.1] = NODATA
    classes = rng.integers(1, 4, size=shape).astype(np.float64) * 10
    return {
        "ids": ids,
        "values": values,
        "classes": classes,
        "ids_path": _tif(tmp_path / "ids.tif", ids, gdal.GDT_Int32),
        "v_path": _tif(tmp_path / "v.tif", values, nodata=NODATA),
        "c_path": _tif(tmp_path / "c.tif", classes),
    }


def test_zonal_means_equal_numpy(data):
    result = zonal_statistics(data["ids_path"], [Factor("v", data["v_path"])], 12)
    ref = zonal_reference(data["ids"], data["values"], 12, nodata=NODATA)
    stats = result.stats["v"]
    np.testing.assert_array_equal(stats.count, ref[0])
    np.testing.assert_allclose(stats.mean, ref[1], rtol=1e-12, equal_nan=True)
    np.testing.assert_allclose(stats.std, ref[2], rtol=1e-9, equal_nan=True)
    np.testing.assert_array_equal(stats.median, ref[3])  # exact
    assert result.median_method == "exact"
    assert result.n_cells[6] == 0 and np.isnan(stats.mean[6])
    assert any("1 unit(s) cover no cell centre" in n for n in result.notes)


def test_histogram_median_within_one_bin(data):
    result = zonal_statistics(data["ids_path"], [Factor("v", data["v_path"])], 12, exact_median_cells=0)
    ref = zonal_reference(data["ids"], data["values"], 12, nodata=NODATA)
    valid = data["values"][data["values"] != NODATA]
    width = (valid.max() - valid.min()) / median_bins(12)
    has = ref[0] > 0
    assert result.median_method == "histogram"
    assert np.abs(result.stats["v"].median[has] - ref[3][has]).max() <= width
    np.testing.assert_allclose(result.stats["v"].mean, ref[1], rtol=1e-12, equal_nan=True)


def test_categorical_shares_and_majority(data):
    result = zonal_statistics(data["ids_path"], [Factor("c", data["c_path"], categorical=True)], 12)
    stats = result.stats["c"]
    assert list(stats.classes) == [10, 20, 30]
    for u in (1, 5, 12):
        cells = data["classes"][data["ids"] == u]
        shares = [(cells == c).mean() for c in (10, 20, 30)]
        np.testing.assert_allclose(stats.shares[u - 1], shares)
        assert stats.majority[u - 1] == [10, 20, 30][int(np.argmax(shares))]


def test_cancel_stops(data):
    from landslide_susceptibility.core.errors import Canceled
    from landslide_susceptibility.core.progress import NullFeedback

    feedback = NullFeedback()
    feedback.cancel()
    with pytest.raises(Canceled):
        zonal_statistics(data["ids_path"], [Factor("v", data["v_path"])], 12, feedback=feedback)


def test_units_over_no_cell_is_an_error(tmp_path, data):
    empty = _tif(tmp_path / "none.tif", np.zeros((70, 90), dtype=np.int32), gdal.GDT_Int32)
    with pytest.raises(LsmError, match="No unit covers the centre of any cell"):
        zonal_statistics(empty, [Factor("v", data["v_path"])], 3)


def test_unit_jenks_exact_and_weighted():
    rng = np.random.default_rng(0)
    values = np.r_[rng.normal(0, 1, 60), rng.normal(6, 1, 40), [np.nan]]
    weights = rng.uniform(1, 100, values.size)
    np.testing.assert_allclose(unit_jenks(values, 4).breaks, jenks_reference(values, 4))
    np.testing.assert_allclose(unit_jenks(values, 3, weights).breaks, jenks_reference(values, 3, weights))


def test_unit_class_table():
    rows = unit_class_table([1, 1, 2, 3, 0], 3, [1.0, 3.0, 4.0, 2.0, 5.0], [0, 2, 1, 1, 9])
    assert [r["units"] for r in rows] == [2, 1, 1]
    assert [r["area_pct"] for r in rows] == pytest.approx([40.0, 40.0, 20.0])
    assert [r["landslide_pct"] for r in rows] == pytest.approx([50.0, 25.0, 25.0])


def test_unit_rate_curve_by_area_with_ties():
    # scores 0.9 (area 1, 2 slides), 0.5 twice (areas 1 and 2, 1 slide), 0.1 (area 4, 1 slide)
    curve = unit_rate_curve([0.5, 0.9, 0.1, 0.5], [1.0, 1.0, 4.0, 2.0], [1, 2, 1, 0])
    np.testing.assert_allclose(curve.area_share, [0, 0.125, 0.5, 1.0])
    np.testing.assert_allclose(curve.landslide_share, [0, 0.5, 0.75, 1.0])
    expected = 0.125 * 0.25 + 0.375 * (0.5 + 0.75) / 2 + 0.5 * (0.75 + 1.0) / 2
    assert curve.auc == pytest.approx(expected)
    with pytest.raises(LsmError, match="negative"):
        unit_rate_curve([0.1, 0.2], [1, 1], [1, -1])
    with pytest.raises(LsmError, match="0 everywhere"):
        unit_rate_curve([0.1, 0.2], [1, 1], [0, 0])


def test_match_unit_fields():
    assert match_unit_fields(["slope", "elev"], ["elev", "slope_mean", "slope"], "u") == ["slope", "elev"]
    assert match_unit_fields(["slope"], ["slope_mean"], "u") == ["slope_mean"]
    with pytest.raises(LsmError, match=r"'u' has no field for the model factor\(s\) elev"):
        match_unit_fields(["slope", "elev"], ["slope_mean"], "u")


def test_predict_units_equals_predict_proba_with_spread():
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(1)
    X = rng.normal(size=(200, 3))
    y = (X[:, 0] + rng.normal(size=200) > 0).astype(int)
    X[5, 1] = np.nan
    ok = np.isfinite(X).all(axis=1)
    forest = RandomForestClassifier(n_estimators=20, random_state=0).fit(X[ok], y[ok])
    p, sd, complete = predict_units(forest, X, n_jobs=1)
    np.testing.assert_allclose(p[ok], forest.predict_proba(X[ok])[:, 1], atol=1e-6)
    assert np.isnan(p[5]) and not complete[5]
    trees = np.array([t.predict_proba(X[ok].astype(np.float32))[:, 1] for t in forest.estimators_])
    np.testing.assert_allclose(sd[ok], trees.std(axis=0), atol=1e-6)
    linear = LogisticRegression().fit(X[ok], y[ok])
    p, sd, _ = predict_units(linear, X)
    assert sd is None
    np.testing.assert_allclose(p[ok], linear.predict_proba(X[ok])[:, 1])


def test_units_over_nodata_only_are_null_with_a_warning(data, tmp_path):
    """A unit whose cells are all nodata of a factor gets NULL statistics of it and a warning; the other
    units keep theirs. A factor without a valid cell under any unit is an error."""
    values = data["values"].copy()
    values[data["ids"] == 3] = NODATA
    path = _tif(tmp_path / "holes.tif", values, nodata=NODATA)
    result = zonal_statistics(data["ids_path"], [Factor("v", path)], 12)
    stats = result.stats["v"]
    assert result.n_cells[2] > 0 and stats.count[2] == 0 and np.isnan(stats.mean[2])
    assert np.isfinite(stats.mean[[0, 1, 3]]).all()
    assert any("1 of the 11 unit(s) with cells have no valid cell of 'v'" in n for n in result.notes)
    empty = _tif(tmp_path / "empty.tif", np.full(values.shape, NODATA), nodata=NODATA)
    with pytest.raises(LsmError, match=r"Factor 'e' has no valid cell \(only nodata\) under any unit"):
        zonal_statistics(data["ids_path"], [Factor("e", empty)], 12)


def test_a_stack_gives_the_statistics_of_its_bands_as_single_files(tmp_path, data):
    """One read per file and window (all bands of a pixel- or band-interleaved stack at once, a
    float64 stack too): the statistics of single-band files, to the bit, bands in any order."""
    rng = np.random.default_rng(8)
    arrays = [data["values"], data["values"] * 0.5 + rng.normal(size=data["values"].shape), data["classes"]]
    arrays[1][arrays[0] == NODATA] = NODATA
    singles = [
        Factor("a", data["v_path"]),
        Factor("b", _tif(tmp_path / "b.tif", arrays[1], nodata=NODATA)),
        Factor("c", data["c_path"], categorical=True),
    ]
    want = zonal_statistics(data["ids_path"], singles, 12)
    for interleave in ("PIXEL", "BAND"):
        path = str(tmp_path / f"stack_{interleave}.tif")
        h, w = arrays[0].shape
        options = [f"INTERLEAVE={interleave}", "TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"]
        ds = gdal.GetDriverByName("GTiff").Create(path, w, h, 3, gdal.GDT_Float64, options)
        ds.SetGeoTransform(gdal.Open(data["v_path"]).GetGeoTransform())
        ds.SetProjection(gdal.Open(data["v_path"]).GetProjection())
        for b, a in enumerate(arrays, start=1):
            ds.GetRasterBand(b).SetNoDataValue(NODATA)
            ds.GetRasterBand(b).WriteArray(a)
        ds = None
        stacked = [Factor("c", path, 3, True), Factor("a", path, 1), Factor("b", path, 2)]
        got = zonal_statistics(data["ids_path"], stacked, 12)
        np.testing.assert_array_equal(got.n_cells, want.n_cells)
        for name in ("a", "b"):
            for stat in ("count", "mean", "std", "median"):
                np.testing.assert_array_equal(getattr(got.stats[name], stat), getattr(want.stats[name], stat))
        np.testing.assert_array_equal(got.stats["c"].shares, want.stats["c"].shares)
