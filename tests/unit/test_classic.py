"""The classic models (core.classic): FR / IV / WoE class tables on a hand-computed example, user
breaks, the logistic coefficient table against statsmodels, and bundle round trips."""

import math

import numpy as np
import pytest
from landslide_susceptibility.core import classic, fitting, models, sampleset
from landslide_susceptibility.core.bundle import load_bundle, make_manifest
from landslide_susceptibility.core.errors import LsmError

# one categorical factor: class 1 holds 6 landslides and 4 other rows, class 2 4 and 16, class 3 0 and 20
COUNTS = {1.0: (6, 4), 2.0: (4, 16), 3.0: (0, 20)}


def _table_data():
    values, labels = [], []
    for level, (pos, neg) in COUNTS.items():
        values += [level] * (pos + neg)
        labels += [1] * pos + [0] * neg
    return np.array(values)[:, None], np.array(labels)


def _fit_index(method, X, y, **kw):
    return classic.ClassicIndexClassifier(
        method=method, categorical_index=(0,), factor_names=["litho"], **kw
    ).fit(X, y)


def test_class_table_matches_the_hand_computed_weights():
    X, y = _table_data()
    rows = _fit_index("woe", X, y).class_table()
    assert [(r["landslides"], r["others"]) for r in rows] == list(COUNTS.values())
    A, B = 10.0, 40.0
    # FR = (a / A) / (b / B); the class without landslides has FR 0
    assert [r["fr"] for r in rows] == pytest.approx([6.0, 1.0, 0.0])
    assert rows[0]["pct_landslides"] == pytest.approx(60.0) and rows[0]["pct_others"] == pytest.approx(10.0)
    # class 1: W+ = ln 6, W- = ln(0.4 / 0.9), C = ln 13.5, s(C) = sqrt(1/6 + 1/4 + 1/4 + 1/36)
    assert rows[0]["wplus"] == pytest.approx(math.log(6.0))
    assert rows[0]["wminus"] == pytest.approx(math.log(0.4 / 0.9))
    assert rows[0]["contrast"] == pytest.approx(math.log(13.5))
    s = math.sqrt(1 / 6 + 1 / 4 + 1 / 4 + 1 / 36)
    assert rows[0]["s_contrast"] == pytest.approx(s)
    assert rows[0]["studentised"] == pytest.approx(math.log(13.5) / s)
    # class 2 holds its share: FR 1, W+ 0
    assert rows[1]["wplus"] == pytest.approx(0.0, abs=1e-12) and rows[1]["iv"] == pytest.approx(
        0.0, abs=1e-12
    )
    # class 3, no landslide: a count of 0.5 instead of 0 keeps IV / W+ / C finite
    wplus3 = math.log((0.5 / A) / (20 / B))
    wminus3 = math.log((10 / A) / (20 / B))
    assert rows[2]["iv"] == pytest.approx(wplus3) and rows[2]["wplus"] == pytest.approx(wplus3)
    assert rows[2]["contrast"] == pytest.approx(wplus3 - wminus3)
    assert rows[2]["s_contrast"] == pytest.approx(math.sqrt(1 / 0.5 + 1 / 10 + 1 / 20 + 1 / 20))


def test_summed_index_is_normalised_by_the_weight_bounds():
    X, y = _table_data()
    fr = _fit_index("fr", X, y)
    # FR 6 / 1 / 0 over bounds [0, 6]; an unknown category gets the neutral FR 1
    proba = fr.predict_proba(np.array([[1.0], [2.0], [3.0], [9.0]]))[:, 1]
    assert proba == pytest.approx([1.0, 1 / 6, 0.0, 1 / 6])
    woe = _fit_index("woe", X, y)
    scores = woe.predict_proba(np.array([[1.0], [2.0], [3.0]]))[:, 1]
    assert scores[0] == pytest.approx(1.0) and scores[2] == pytest.approx(0.0) and 0 < scores[1] < 1


def test_continuous_classes_quantile_equal_and_user_breaks():
    rng = np.random.default_rng(0)
    x = rng.uniform(0, 10, size=400)
    y = (x > 6).astype(int)
    X = x[:, None]
    quantile = classic.ClassicIndexClassifier("fr", "quantile", 4).fit(X, y)
    assert [r["others"] + r["landslides"] for r in quantile.class_table()] == [100, 100, 100, 100]
    equal = classic.ClassicIndexClassifier("fr", "equal", 5).fit(X, y)
    assert len(equal.class_table()) == 5
    user = classic.ClassicIndexClassifier("fr", breaks="slope:3|6", factor_names=["slope"]).fit(X, y)
    table = user.class_table()
    assert [r["upper"] for r in table] == [3.0, 6.0, math.inf]
    assert table[2]["landslides"] == int(y.sum()) and table[0]["fr"] == 0.0
    assert user.predict_proba(np.array([[1.0], [8.0]]))[:, 1] == pytest.approx([0.0, 1.0])


def test_user_breaks_that_do_not_increase_are_refused():
    X = np.arange(20.0)[:, None]
    y = (np.arange(20) > 10).astype(int)
    with pytest.raises(LsmError, match="User breaks of factor 'slope' do not increase"):
        classic.ClassicIndexClassifier("fr", breaks="slope:5|3", factor_names=["slope"]).fit(X, y)
    with pytest.raises(LsmError, match="which the model does not have"):
        classic.ClassicIndexClassifier("fr", breaks="elev:5|8", factor_names=["slope"]).fit(X, y)
    with pytest.raises(LsmError, match="factor:b1"):
        classic.parse_breaks("slope=5", ["slope"])


def test_logistic_coefficients_equal_statsmodels():
    sm = pytest.importorskip("statsmodels.api")
    rng = np.random.default_rng(4)
    X = np.column_stack([rng.normal(30, 10, 300), rng.normal(size=300), rng.integers(1, 4, 300)])
    eta = -1.0 + 0.05 * (X[:, 0] - 30) + 0.8 * X[:, 1] + 0.7 * (X[:, 2] == 3)
    y = (rng.uniform(size=300) < 1 / (1 + np.exp(-eta))).astype(int)
    model = classic.LogitClassifier(categorical_index=(2,), factor_names=["slope", "ndvi", "litho"]).fit(X, y)
    design = np.column_stack([np.ones(300), X[:, 0], X[:, 1], X[:, 2] == 2, X[:, 2] == 3]).astype(float)
    reference = sm.Logit(y, design).fit(disp=0)
    table = model.coefficient_table()
    assert [r["term"] for r in table] == ["intercept", "slope", "ndvi", "litho=2", "litho=3"]
    np.testing.assert_allclose([r["coefficient"] for r in table], reference.params, rtol=1e-7, atol=1e-9)
    np.testing.assert_allclose([r["std_error"] for r in table], reference.bse, rtol=1e-6)
    np.testing.assert_allclose([r["z"] for r in table], reference.tvalues, rtol=1e-6)
    np.testing.assert_allclose([r["p_value"] for r in table], reference.pvalues, rtol=1e-5, atol=1e-12)
    np.testing.assert_allclose([r["odds_ratio"] for r in table], np.exp(reference.params), rtol=1e-7)
    np.testing.assert_allclose(model.predict_proba(X)[:, 1], reference.predict(design), rtol=1e-7)


def test_logistic_refuses_a_factor_without_variation():
    X = np.column_stack([np.arange(50.0), np.ones(50)])
    y = (np.arange(50) % 3 == 0).astype(int)
    with pytest.raises(LsmError, match="do not vary"):
        classic.LogitClassifier(factor_names=["slope", "flat"]).fit(X, y)


def _samples():
    rng = np.random.default_rng(7)
    X = np.column_stack([rng.normal(size=400), rng.normal(size=400), rng.integers(1, 4, 400)])
    y = (X[:, 0] + 0.6 * (X[:, 2] == 2) + rng.normal(size=400) > 1.2).astype(int)
    split = np.where(np.arange(400) < 300, "train", "test")
    return sampleset.make_samples(X, y, ["slope", "ndvi", "litho"], ["litho"], split)


@pytest.mark.parametrize("model_type", ["fr", "iv", "woe", "logit", "lgbm"])
def test_classic_and_boosting_bundles_round_trip(model_type, tmp_path):
    samples = _samples()
    train = np.flatnonzero(samples.split == "train")
    test = np.flatnonzero(samples.split == "test")
    model = fitting.fit(model_type, samples, train, seed=3)
    manifest = fitting.build_manifest(model_type, samples, train, None, 3)
    path = fitting.write_bundle(str(tmp_path / f"{model_type}.lsmodel"), model, manifest)
    bundle = load_bundle(path)
    np.testing.assert_array_equal(
        bundle.predict_proba(samples.X[test]), model.predict_proba(samples.X[test])[:, 1]
    )
    final, loaded = model.steps[-1][1], bundle.model.steps[-1][1]
    if model_type in classic.CLASSIC_INDEX_MODELS:
        assert loaded.class_table() == final.class_table()
        # fitted on the training landslides only
        assert sum(r["landslides"] for r in final.class_table() if r["factor"] == "slope") == int(
            samples.y[train].sum()
        )
        assert final.class_table()[0]["factor"] == "slope"
    elif model_type == "logit":
        assert loaded.coefficient_table() == final.coefficient_table()


def test_classic_pipeline_has_no_preprocessing():
    model = models.make_model("woe", 3, categorical_index=[2], factor_names=["a", "b", "c"])
    assert model.steps[0] == ("preprocess", "passthrough")
    assert model.steps[-1][1].categorical_index == (2,)


def test_gradient_boosting_balances_classes():
    pytest.importorskip("lightgbm")
    rng = np.random.default_rng(1)
    X = rng.normal(size=(2000, 3))
    y = (X[:, 0] + rng.normal(size=2000) > 2.2).astype(int)  # about 6 % landslides, noisy
    params = {"n_estimators": 50, "min_child_samples": 50}
    model = models.fit_model(models.make_model("lgbm", 3, params=params, seed=2), X[:1000], y[:1000])
    again = models.fit_model(models.make_model("lgbm", 3, params=params, seed=2), X[:1000], y[:1000])
    # balanced weights: held-out scores average far above the prevalence; same seed, same model
    scores = model.predict_proba(X[1000:])[:, 1]
    assert scores.mean() > 3 * y.mean()
    np.testing.assert_array_equal(scores, again.predict_proba(X[1000:])[:, 1])


def test_manifest_names_no_preprocessing_for_classic_models():
    samples = _samples()
    manifest = fitting.build_manifest("fr", samples, np.arange(300), None, 1)
    assert manifest["preprocessing"].startswith("None: the classic model")
    assert make_manifest("fr", ["a"])["model_type"] == "fr"
