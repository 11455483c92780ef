"""VIF, TOL, correlation, elimination order, generalised VIF, information gain (core.screening)."""

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import screening, screening_report
from landslide_susceptibility.core.errors import LsmError
from landslide_susceptibility.core.grid import Factor


def _raster(path, array, nodata=None, block=None):
    """An unprojected Float32 GeoTIFF with 10 m cells and its corner at (0, 0)."""
    return write_raster(path, array, origin=(0.0, 0.0), epsg=None, nodata=nodata, block=block)


def _direct_vif(X):
    """VIF_i = 1 / (1 - R_i^2) by an ordinary least-squares fit with intercept of each column on the others."""
    out = []
    for j in range(X.shape[1]):
        A = np.column_stack([np.ones(len(X)), np.delete(X, j, axis=1)])
        coef, *_ = np.linalg.lstsq(A, X[:, j], rcond=None)
        resid = X[:, j] - A @ coef
        r2 = 1.0 - resid @ resid / np.sum((X[:, j] - X[:, j].mean()) ** 2)
        out.append(1.0 / (1.0 - r2))
    return np.array(out)


def _collinear_set(n=20000, seed=0):
    """x3 = x1 + x2 + small noise (VIF ~ 1e4); x4 = x1 + 0.4 x2 + 0.5 e: r(x1, x4) ~ 0.84 and
    VIF(x4) = 1/(1 - 1.16/1.41) = 5.64 > VIF(x1) = 1/(1 - 0.8) = 5 once x3 is gone."""
    rng = np.random.default_rng(seed)
    x1, x2, x5, e, noise = rng.normal(size=(5, n))
    x3 = x1 + x2 + 0.01 * noise
    x4 = x1 + 0.4 * x2 + 0.5 * e
    return np.column_stack([x1, x2, x3, x4, x5]), ["x1", "x2", "x3", "x4", "x5"]


def test_vif_equals_direct_least_squares():
    rng = np.random.default_rng(1)
    base = rng.normal(size=(5000, 6))
    mix = np.array(
        [
            [1, 0.5, 0, 0, 0.3, 0],
            [0, 1, 0.8, 0, 0, 0],
            [0, 0, 1, 0.4, 0, 0.2],
            [0.2, 0, 0, 1, 0, 0],
            [0, 0, 0, 0.6, 1, 0],
            [0, 0, 0, 0, 0, 1],
        ]
    )
    X = base @ mix + np.array([100, -3, 0.01, 5e3, 0, 1])  # offsets: the shifted means must cope
    acc = screening.CovarianceAccumulator(6)
    for chunk in np.array_split(X, 7):
        acc.update(chunk)
    R = screening.correlation_from_covariance(acc.covariance())
    np.testing.assert_allclose(R, np.corrcoef(X.T), rtol=0, atol=1e-12)
    gvif, vif = screening.vif_from_correlation(R)
    np.testing.assert_allclose(vif, _direct_vif(X), rtol=1e-9)
    np.testing.assert_allclose(gvif, vif)
    assert np.all(vif > 1.0)


def test_known_vif_from_known_correlation():
    # two factors with r = 0.9: VIF = 1 / (1 - 0.81) = 5.263157...
    R = np.array([[1.0, 0.9], [0.9, 1.0]])
    _, vif = screening.vif_from_correlation(R)
    np.testing.assert_allclose(vif, [1 / 0.19, 1 / 0.19], rtol=1e-12)


def test_perfectly_collinear_is_inf_not_a_crash():
    rng = np.random.default_rng(2)
    a, b, d = rng.normal(size=(3, 1000))
    X = np.column_stack([a, b, 2 * a - b + 3, d])
    R = np.corrcoef(X.T)
    _, vif = screening.vif_from_correlation(R)
    assert np.isinf(vif[:3]).all()
    assert vif[3] == pytest.approx(_direct_vif(X[:, [0, 1, 3]])[2], rel=1e-6)
    kept, steps = screening.eliminate(R, ["a", "b", "c", "d"])
    # ties among inf VIFs: the later factor goes first, and one removal resolves the collinearity
    assert [s.factor for s in steps] == ["c"]
    assert steps[0].stage == "vif" and "inf" in steps[0].reason
    assert kept == ["a", "b", "d"]


def test_collinear_set_eliminated_in_the_right_order():
    X, names = _collinear_set()
    R = np.corrcoef(X.T)
    vif0 = _direct_vif(X)
    assert np.argmax(vif0) == 2 and vif0[2] > 1e3
    kept, steps = screening.eliminate(R, names, vif_threshold=10, r_threshold=0.6)
    assert [(s.factor, s.stage) for s in steps] == [("x3", "vif"), ("x4", "correlation")]
    assert steps[0].vif == pytest.approx(vif0[2], rel=1e-8)
    # after x3 is gone the VIFs are those of the remaining four
    vif1 = _direct_vif(X[:, [0, 1, 3, 4]])
    assert vif1[2] == pytest.approx(5.64, rel=0.03) and vif1[0] == pytest.approx(5.0, rel=0.03)
    assert steps[1].vif == pytest.approx(vif1[2], rel=1e-8)
    assert "'x1'" in steps[1].reason
    assert kept == ["x1", "x2", "x5"]
    # a looser |r| threshold keeps x4
    kept, steps = screening.eliminate(R, names, vif_threshold=10, r_threshold=0.9)
    assert kept == ["x1", "x2", "x4", "x5"]


def test_screen_table_rows_and_report(tmp_path):
    X, names = _collinear_set(n=3000)
    y = (X[:, 0] + 0.3 * np.random.default_rng(3).normal(size=len(X)) > 0.5).astype(int)
    result = screening.screen_table(X, y, names, n_trees=20, seed=0)
    rows = {r["factor"]: r for r in result.rows()}
    assert rows["x3"]["status"] == "removed" and rows["x4"]["status"] == "removed"
    assert rows["x1"]["tol"] == pytest.approx(1 / rows["x1"]["vif"])
    # r(x3, x4) = 1.4 / sqrt(2 * 1.41) = 0.834 > r(x3, x1) = 1 / sqrt(2) = 0.707
    assert rows["x3"]["partner"] == "x4"
    assert rows["x3"]["max_abs_r"] == pytest.approx(1.4 / np.sqrt(2 * 1.41), abs=0.02)
    assert sum(r["gini"] for r in rows.values()) == pytest.approx(1.0)
    # the label is built from x1: it carries the most information, the independent x5 almost none
    assert rows["x1"]["info_gain"] > 0.3 > 0.02 > rows["x5"]["info_gain"]
    path = screening_report.write_report(result, tmp_path / "r.html")
    html = open(path, encoding="utf-8").read()
    assert html.count("data:image/png;base64,") == 3
    assert "x3 (vif step)" in html


def test_generalised_vif_of_one_hot_block():
    rng = np.random.default_rng(4)
    n = 4000
    cat = rng.integers(1, 4, size=n).astype(float)  # 3 classes
    cont = (cat == 2) * 1.5 + rng.normal(size=n)  # related to class 2
    other = rng.normal(size=n)
    X = np.column_stack([cont, cat, other])
    D, groups, notes = screening.design_matrix(X, ["cont", "lith", "other"], ["lith"])
    assert D.shape[1] == 4 and groups == [[0], [1, 2], [3]]
    R = np.corrcoef(D.T)
    gvif, vif = screening.vif_from_correlation(R, groups)
    # Fox & Monette: GVIF = det(R11) det(R22) / det(R)
    s, o = [1, 2], [0, 3]
    expected = np.linalg.det(R[np.ix_(s, s)]) * np.linalg.det(R[np.ix_(o, o)]) / np.linalg.det(R)
    assert gvif[1] == pytest.approx(expected, rel=1e-9)
    assert vif[1] == pytest.approx(expected**0.5, rel=1e-9)
    # a continuous factor's GVIF is its ordinary VIF (diagonal of the inverse)
    assert gvif[0] == pytest.approx(np.linalg.inv(R)[0, 0], rel=1e-9)
    assert "reference class" in notes[0]


def test_bad_inputs_raise_clear_errors():
    X = np.column_stack([np.arange(10.0), np.full(10, 3.0), np.arange(10.0) ** 2])
    with pytest.raises(LsmError, match="b have zero variance"):
        screening.screen_table(X, None, ["a", "b", "c"])
    floats = np.random.default_rng(5).normal(size=(500, 2))
    with pytest.raises(LsmError, match="categorical"):
        screening.screen_table(floats, None, ["a", "lith"], ["lith"])
    with pytest.raises(LsmError, match="d have no value at any sample"):
        screening.screen_table(np.column_stack([floats, np.full(500, np.nan)]), None, ["a", "b", "d"])


def test_information_gain_by_hand():
    # perfectly informative classes: IG = H(y) = 1 bit
    assert screening.information_gain([1, 1, 2, 2], [1, 1, 0, 0]) == pytest.approx(1.0)
    assert screening.information_gain([1, 1, 1, 1], [1, 1, 0, 0]) == pytest.approx(0.0)
    # H(y) = 1; class 1 = {1,1,0} (H = 0.918296), class 2 = {0} (H = 0): IG = 1 - 0.75 * 0.918296
    assert screening.information_gain([1, 1, 1, 2], [1, 1, 0, 0]) == pytest.approx(
        1 - 0.75 * 0.9182958, abs=1e-6
    )


def test_streamed_raster_covariance_matches_numpy(tmp_path):
    rng = np.random.default_rng(6)
    h, w = 300, 170
    a = rng.normal(size=(h, w)).astype(np.float32) + 1000
    b = (0.6 * a + rng.normal(size=(h, w))).astype(np.float32)
    c = rng.normal(size=(h, w)).astype(np.float32)
    a[5, 7] = -9999.0  # nodata
    c[100:120, :] = np.nan
    paths = []
    for name, arr in (("a", a), ("b", b), ("c", c)):
        paths.append(_raster(tmp_path / f"{name}.tif", arr, nodata=-9999.0, block=64))
    factors = [Factor(n, p) for n, p in zip("abc", paths)]
    stack = np.column_stack([a.ravel(), b.ravel(), c.ravel()]).astype(np.float64)
    valid = np.isfinite(stack).all(axis=1) & (stack[:, 0] != -9999.0)
    for threads in (1, 2, 3):  # bands read by one thread, or shared among several
        acc = screening.stream_covariance(factors, target_cells=5000, read_threads=threads)
        assert acc.n == int(valid.sum()) == h * w - 20 * w - 1
        np.testing.assert_allclose(acc.covariance(), np.cov(stack[valid].T), rtol=1e-10)
    # with a mask: only the left half
    half = lambda window: np.broadcast_to(  # noqa: E731
        (np.arange(window[0], window[0] + window[2]) < w // 2)[None, :], (window[3], window[2])
    )
    acc = screening.stream_covariance(factors, mask_fn=half, target_cells=5000)
    left = valid & (np.tile(np.arange(w), h) < w // 2)
    np.testing.assert_allclose(acc.covariance(), np.cov(stack[left].T), rtol=1e-10)
    result = screening.screen_rasters(factors)
    np.testing.assert_allclose(result.vif, _direct_vif(stack[valid]), rtol=1e-8)


def test_all_nodata_raster_is_named(tmp_path):
    paths = []
    for name, arr in (
        ("ok", np.arange(100, dtype=np.float32).reshape(10, 10)),
        ("empty", np.full((10, 10), np.nan, dtype=np.float32)),
    ):
        paths.append(_raster(tmp_path / f"{name}.tif", arr))
    with pytest.raises(LsmError, match="empty is all nodata"):
        screening.screen_rasters([Factor("ok", paths[0]), Factor("empty", paths[1])])


def test_streamed_generalised_vif_of_categorical_raster_matches_the_table(tmp_path):
    """Raster mode one-hot encodes a categorical factor block by block: same GVIF as the sample mode."""
    rng = np.random.default_rng(7)
    h, w = 120, 90
    lith = rng.choice([3.0, 5.0, 8.0, 11.0], size=(h, w), p=[0.4, 0.3, 0.2, 0.1]).astype(np.float32)
    cont = ((lith == 5) * 1.2 + (lith == 11) * -0.8 + rng.normal(size=(h, w))).astype(np.float32)
    other = (0.5 * cont + rng.normal(size=(h, w))).astype(np.float32)
    lith[:3, :] = -1.0  # nodata
    paths = {}
    for name, arr in (("cont", cont), ("lith", lith), ("other", other)):
        paths[name] = _raster(tmp_path / f"{name}.tif", arr, nodata=-1.0, block=32)
    factors = [
        Factor("cont", paths["cont"]),
        Factor("lith", paths["lith"], 1, True),
        Factor("other", paths["other"]),
    ]
    streamed = screening.screen_rasters(factors)
    X = np.column_stack([cont.ravel(), lith.ravel(), other.ravel()]).astype(np.float64)
    X = X[X[:, 1] != -1.0]
    table = screening.screen_table(X, None, ["cont", "lith", "other"], ["lith"])
    assert streamed.n == table.n == (h - 3) * w
    np.testing.assert_array_equal(streamed.df, [1, 3, 1])
    np.testing.assert_allclose(streamed.gvif, table.gvif, rtol=1e-9)
    np.testing.assert_allclose(streamed.vif, table.vif, rtol=1e-9)
    np.testing.assert_allclose(streamed.correlation, table.correlation, atol=1e-12)
    assert streamed.gvif[1] > 1.05  # the categorical block explains part of cont
    assert any("reference class 3" in n for n in streamed.notes)


def test_variance_test_is_scale_free_and_still_flags_a_constant():
    """Issue 14 item 10: NDVI-like values (1e-2 scale) beside an area in m^2 (1e12 scale) both pass."""
    rng = np.random.default_rng(11)
    n = 2000
    ndvi = rng.uniform(0.33, 0.62, size=n) * 1e-1  # values ~ 0.03-0.06, variance ~ 1e-4
    area = rng.uniform(0.0, 3e12, size=n)  # variance ~ 7e23
    other = rng.normal(size=n)
    result = screening.screen_table(np.column_stack([ndvi, area, other]), None, ["ndvi", "area", "other"])
    assert result.kept == ["ndvi", "area", "other"]
    assert np.all(np.abs(result.vif - 1.0) < 0.01)
    # the old relative test (variance <= 1e-14 x the largest) would have called ndvi constant
    assert np.var(ndvi) <= 1e-14 * np.var(area)
    constant = np.full(n, 123456.789)
    with pytest.raises(LsmError, match="const have zero variance"):
        screening.screen_table(np.column_stack([ndvi, area, constant]), None, ["ndvi", "area", "const"])
    # a covariance alone (no mean): only an exactly zero variance counts
    assert screening.constant_columns([1e-30, 0.0, 1e24]).tolist() == [1]
    assert screening.constant_columns([1e-30, 1e24], mean=[1e-10, 1e3]).tolist() == []
    assert screening.constant_columns([1e-30, 1e24], mean=[1e6, 1e3]).tolist() == [0]


def test_cramers_v_by_hand():
    # 2 x 2 table [[20, 10], [10, 20]]: expected 15 everywhere, chi2 = 4 * 25 / 15 = 6.667, n = 60,
    # V = sqrt(6.667 / 60) = 1/3
    a = np.repeat([1.0, 1.0, 2.0, 2.0], [20, 10, 10, 20])
    b = np.repeat([7.0, 9.0, 7.0, 9.0], [20, 10, 10, 20])
    table = screening.contingency(a, b)
    np.testing.assert_array_equal(table, [[20, 10], [10, 20]])
    assert screening.cramers_v(table) == pytest.approx(1.0 / 3.0, rel=1e-12)
    # a 3 x 3 relabelling: perfect association; independent halves: zero
    assert screening.cramers_v(np.diag([5.0, 7.0, 9.0])) == pytest.approx(1.0)
    assert screening.cramers_v([[10, 10], [10, 10]]) == pytest.approx(0.0)
    assert np.isnan(screening.cramers_v([[3, 4]]))  # a single class


def _categorical_pair(rng, n):
    geo = rng.choice([1.0, 2.0, 3.0], size=n, p=[0.5, 0.3, 0.2])
    same = rng.random(n) < 0.6
    landcover = np.where(same, geo + 10.0, rng.choice([11.0, 12.0, 13.0], size=n))
    cont = (geo == 2) * 1.0 + rng.normal(size=n)
    other = 0.5 * cont + rng.normal(size=n)
    return geo, landcover, cont, other


def test_categorical_pairs_get_cramers_v_not_pearson():
    rng = np.random.default_rng(12)
    geo, landcover, cont, other = _categorical_pair(rng, 3000)
    X = np.column_stack([cont, geo, landcover, other])
    names = ["cont", "geo", "lc", "other"]
    result = screening.screen_table(X, None, names, ["geo", "lc"], r_threshold=0.01)
    expected = screening.cramers_v(screening.contingency(geo, landcover))
    assert 0.3 < expected < 0.9
    assert result.correlation[1, 2] == result.correlation[2, 1] == pytest.approx(expected, rel=1e-12)
    # no Pearson r between a categorical and a continuous factor
    assert np.isnan(result.correlation[0, 1]) and np.isnan(result.correlation[3, 2])
    assert result.correlation[0, 3] == pytest.approx(np.corrcoef(cont, other)[0, 1], rel=1e-9)
    rows = {r["factor"]: r for r in result.rows()}
    assert rows["geo"]["max_cramers_v"] == pytest.approx(expected) and rows["geo"]["v_partner"] == "lc"
    assert np.isnan(rows["geo"]["max_abs_r"]) and rows["geo"]["partner"] == ""
    assert rows["cont"]["partner"] == "other" and np.isnan(rows["cont"]["max_cramers_v"])
    # the |r| step (threshold 0.01) removes one of the continuous pair, never a categorical factor
    assert [s.stage for s in result.steps] == ["correlation"]
    assert result.steps[0].factor in ("cont", "other")


def test_streamed_cramers_v_matches_the_table(tmp_path):
    rng = np.random.default_rng(13)
    h, w = 60, 50
    geo, landcover, cont, other = (v.reshape(h, w) for v in _categorical_pair(rng, h * w))
    paths = {}
    for name, arr in (("cont", cont), ("geo", geo), ("lc", landcover), ("other", other)):
        paths[name] = _raster(tmp_path / f"{name}.tif", arr.astype(np.float32))
    factors = [
        Factor("cont", paths["cont"]),
        Factor("geo", paths["geo"], 1, True),
        Factor("lc", paths["lc"], 1, True),
        Factor("other", paths["other"]),
    ]
    streamed = screening.screen_rasters(factors)
    expected = screening.cramers_v(screening.contingency(geo.ravel(), landcover.ravel()))
    assert streamed.correlation[1, 2] == pytest.approx(expected, rel=1e-9)
    path = screening_report.write_report(streamed, tmp_path / "r.html")
    html = open(path, encoding="utf-8").read()
    assert "Cramer's V" in html


def test_streamed_variance_test_is_scale_free(tmp_path):
    rng = np.random.default_rng(14)
    h, w = 40, 30
    arrays = {
        "ndvi": rng.uniform(0.33, 0.62, size=(h, w)) * 1e-1,
        "area": rng.uniform(0.0, 3e12, size=(h, w)),
        "const": np.full((h, w), 2.5e6),
    }
    paths = {}
    for name, arr in arrays.items():
        paths[name] = _raster(tmp_path / f"{name}.tif", arr.astype(np.float32))
    result = screening.screen_rasters([Factor("ndvi", paths["ndvi"]), Factor("area", paths["area"])])
    assert result.kept == ["ndvi", "area"]
    with pytest.raises(LsmError, match="const have zero variance"):
        screening.screen_rasters([Factor(n, paths[n]) for n in ("ndvi", "area", "const")])
