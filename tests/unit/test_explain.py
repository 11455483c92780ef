"""SHAP explanations and permutation importance (core.explain): additivity, categorical factors as one
factor, a noise factor near 0 and the signal factor clearly above, figures, errors."""

import numpy as np
import pytest
from _helpers import fit_with_last_categorical
from landslide_susceptibility.core import explain
from landslide_susceptibility.core.errors import LsmError

pytest.importorskip("shap")
FACTORS = ["signal", "noise", "litho"]


@pytest.fixture(scope="module")
def data():
    rng = np.random.default_rng(11)
    n = 600
    X = np.column_stack([rng.normal(size=n), rng.normal(size=n), rng.integers(1, 4, size=n)])
    y = (2.0 * X[:, 0] + 0.8 * (X[:, 2] == 3) + rng.normal(size=n) > 1.0).astype(int)
    return X, y


def _fit(model_type, data, params=None):
    X, y = data
    return fit_with_last_categorical(model_type, X[:400], y[:400], params, seed=1, factor_names=FACTORS)


@pytest.mark.parametrize(
    "model_type, params, method",
    [
        ("rf", {"n_estimators": 30}, "tree"),
        ("brf", {"n_estimators": 30}, "tree"),
        ("lgbm", {"n_estimators": 40}, "tree"),
        ("lr", None, "permutation"),
        ("woe", None, "permutation"),
    ],
)
def test_shap_values_add_up_to_the_model_output(data, model_type, params, method):
    if model_type == "lgbm":
        pytest.importorskip("lightgbm")
    X, _y = data
    model = _fit(model_type, data, params)
    e = explain.shap_values(model, X[400:460], FACTORS, X[:50], seed=2)
    assert e.method == method
    # one column per raw factor: the categorical factor's one-hot columns are summed into one
    assert e.values.shape == (60, 3)
    assert e.max_additivity_error < 1e-6
    if e.scale == "probability":
        np.testing.assert_allclose(e.output, model.predict_proba(X[400:460])[:, 1], atol=1e-6)
    ranked = explain.mean_abs(e)
    assert ranked[0][0] == "signal" and ranked[-1][0] == "noise"


def test_same_seed_same_sampled_values(data):
    X, _y = data
    model = _fit("lr", data)
    a = explain.shap_values(model, X[400:420], FACTORS, X[:30], seed=5)
    b = explain.shap_values(model, X[400:420], FACTORS, X[:30], seed=5)
    np.testing.assert_array_equal(a.values, b.values)


def test_permutation_importance_noise_near_zero_signal_clearly_above(data):
    X, y = data
    model = _fit("rf", data, {"n_estimators": 60})
    rows = dict(
        (name, (mean, sd))
        for name, mean, sd in explain.permutation_importance(
            model, X[400:], y[400:], FACTORS, n_repeats=10, seed=3
        )
    )
    assert rows["signal"][0] > 0.15
    assert abs(rows["noise"][0]) < 0.03
    assert rows["signal"][0] > 10 * max(abs(rows["noise"][0]), 1e-3)
    again = explain.permutation_importance(model, X[400:], y[400:], FACTORS, n_repeats=10, seed=3)
    assert dict((n, m) for n, m, _ in again) == {n: v[0] for n, v in rows.items()}


def test_zero_rows_and_wrong_columns_are_clear_errors(data):
    X, y = data
    model = _fit("lr", data)
    with pytest.raises(LsmError, match="no sample rows to explain"):
        explain.shap_values(model, X[:0], FACTORS, X[:20])
    with pytest.raises(LsmError, match="one column per factor"):
        explain.shap_values(model, X[:5, :2], FACTORS, X[:20])
    with pytest.raises(LsmError, match="both classes"):
        explain.permutation_importance(model, X[y == 1], y[y == 1], FACTORS)


def test_figures_are_written(data, tmp_path):
    from landslide_susceptibility.core.charts import save_png

    X, _y = data
    e = explain.shap_values(_fit("rf", data, {"n_estimators": 10}), X[400:450], FACTORS, X[:20])
    for name, figure in (
        ("bar", explain.importance_figure(e)),
        ("bee", explain.beeswarm_figure(e)),
        ("dep", explain.dependence_figure(e, top=2)),
    ):
        path = save_png(figure, str(tmp_path / f"{name}.png"))
        assert open(path, "rb").read(8) == b"\x89PNG\r\n\x1a\n"


def test_sample_rows_is_seeded_and_bounded():
    assert explain.sample_rows(5, 10).tolist() == [0, 1, 2, 3, 4]
    a = explain.sample_rows(1000, 50, seed=4)
    assert a.size == 50 and np.all(np.diff(a) > 0)
    np.testing.assert_array_equal(a, explain.sample_rows(1000, 50, seed=4))


def test_mrmr_puts_a_redundant_copy_after_an_independent_factor():
    from landslide_susceptibility.core import importance

    rng = np.random.default_rng(2)
    n = 2000
    signal = rng.integers(0, 4, n)
    weak = rng.integers(0, 2, n)
    copy = signal.copy()
    copy[rng.uniform(size=n) < 0.05] = 0  # nearly the same as signal
    y = (((signal >= 2) & (rng.uniform(size=n) < 0.9)) | ((weak == 1) & (rng.uniform(size=n) < 0.3))).astype(
        int
    )
    classes = [signal, copy, weak]
    gains = [importance.information_gain(c, y) for c in classes]
    assert gains[1] > gains[2]  # by relevance alone the copy comes second
    order, scores = importance.mrmr_ranking(classes, y)
    assert order == [0, 2, 1]
    assert scores[0] == pytest.approx(gains[0])
    assert scores[1] < scores[2]
    assert importance.mutual_information(signal, signal) == pytest.approx(
        importance.entropy(np.bincount(signal))
    )
    assert importance.mutual_information(signal, rng.integers(0, 4, n)) < 0.01
