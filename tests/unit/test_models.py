"""core.models, core.sampleset, core.fitting, core.cross_validation and core.saturation: every model type trains on the bundled data, bundles round-trip,
our balanced random forest matches imbalanced-learn's, and the saturation test draws as specified."""

import pickle

import numpy as np
import pytest
from _helpers import CancelAfter
from landslide_susceptibility.core import bundle as lsm_bundle
from landslide_susceptibility.core import (
    catalogue,
    cross_validation,
    fitting,
    metrics,
    models,
    sampleset,
    saturation,
)
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import Factor
from landslide_susceptibility.core.labels import parse_labels
from landslide_susceptibility.core.runrecord import read_store

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
#: small settings so that every model fits in well under a second or two
SMALL = {
    "brf": {"n_estimators": 40},
    "rf": {"n_estimators": 40},
    "easyensemble": {"n_estimators": 4, "boost_estimators": 20},
    "smote_dnn": {"epochs": 8},
    "adasyn_dnn": {"epochs": 8},
    "dnn": {"epochs": 8},
    "klr": {"n_components": 100},
}


pytestmark = pytest.mark.usefixtures("few_torch_threads")


@pytest.fixture(scope="module")
def ecuador(sample_dir):
    """points_350 (175 landslides + 175 non-landslides) read with OGR, as Samples."""
    from osgeo import ogr

    ds = ogr.Open(str(sample_dir / "points_350.gpkg"))
    layer = ds.GetLayer(0)
    rows, labels, xy = [], [], []
    for feature in layer:
        rows.append([feature.GetField(n) for n in FACTORS])
        labels.append(feature.GetField("lslpts"))
        point = feature.GetGeometryRef()
        xy.append((point.GetX(), point.GetY()))
    labels = parse_labels(labels, "points_350", "lslpts")
    return sampleset.make_samples(np.array(rows, dtype=float), labels, FACTORS, xy=np.array(xy))


def _imbalanced(n_pos=300, ratio=20, n_features=6, seed=0):
    rng = np.random.default_rng(seed)
    n_neg = n_pos * ratio
    X = np.vstack([rng.normal(0.8, 1.0, (n_pos, n_features)), rng.normal(0.0, 1.0, (n_neg, n_features))])
    y = np.r_[np.ones(n_pos, int), np.zeros(n_neg, int)]
    return X, y


@pytest.fixture(scope="module")
def cropped_factors(sample_dir, tmp_path_factory):
    """The five factor rasters cut to a 120 x 100 window (12 000 cells), by name."""
    from osgeo import gdal

    folder = tmp_path_factory.mktemp("cropped")
    paths = {}
    for name in FACTORS:
        paths[name] = str(folder / f"{name}.tif")
        gdal.Translate(paths[name], str(sample_dir / f"{name}.tif"), srcWin=[150, 180, 120, 100])
    return paths


@pytest.mark.parametrize("model_type", list(models.MODEL_TYPES))
def test_every_model_trains_predicts_and_maps_on_ecuador(ecuador, cropped_factors, model_type, tmp_path):
    from landslide_susceptibility.core.grid import FLOAT_NODATA, FactorReader
    from landslide_susceptibility.core.predict import predict_map
    from osgeo import gdal

    train, test = sampleset.split_rows(ecuador, 0.3, seed=1)
    model = fitting.fit(model_type, ecuador, train, SMALL.get(model_type), seed=1, n_jobs=2, device="cpu")
    proba = model.predict_proba(ecuador.X[test])
    assert proba.shape == (test.size, 2)
    assert np.allclose(proba.sum(axis=1), 1.0)
    evaluation = metrics.evaluate_scores(ecuador.y[test], proba[:, 1])
    # slope and contributing area separate landslides well here: every model reaches 0.7 (most 0.8+)
    assert evaluation["metrics"]["roc_auc"] > 0.7, evaluation["metrics"]
    # the pickled object is what a bundle stores: same predictions after a round trip
    again = pickle.loads(pickle.dumps(model, protocol=4))
    assert np.allclose(again.predict_proba(ecuador.X[test]), proba)
    # the bundle maps (lsm:predictraster's core, factors given in another order) exactly as
    # predict_proba on the same cells, in several blocks; ensembles also give their members' spread
    manifest = fitting.build_manifest(model_type, ecuador, train, SMALL.get(model_type), 1)
    bundle = fitting.write_bundle(str(tmp_path / f"{model_type}.lsmodel"), model, manifest)
    spread_path = str(tmp_path / "spread.tif") if model_type in models.ENSEMBLE_MODELS else None
    summary = predict_map(
        [bundle],
        [Factor(n, cropped_factors[n]) for n in reversed(FACTORS)],
        str(tmp_path / "map.tif"),
        spread_path,
        block_cells=4096,
        n_jobs=2,
        device="cpu",
    )
    X, valid = FactorReader([Factor(n, cropped_factors[n]) for n in FACTORS]).read_window((0, 0, 120, 100))
    values = gdal.Open(str(tmp_path / "map.tif")).ReadAsArray().ravel()
    assert summary.n_blocks > 1 and summary.n_valid == int(valid.sum()) > 11000
    np.testing.assert_allclose(values[valid], model.predict_proba(X[valid])[:, 1], atol=1e-6, rtol=0)
    assert np.all(values[~valid] == FLOAT_NODATA)
    if spread_path:
        members = models.member_probabilities(model, X[valid])
        spread = gdal.Open(spread_path).ReadAsArray().ravel()
        np.testing.assert_allclose(spread[valid], members.std(axis=0), atol=1e-6, rtol=0)
        # EasyEnsemble's members differ by their under-samples only: on these balanced samples
        # (123:123) every member sees the same rows, so only the forests must spread here
        if model_type != "easyensemble":
            assert spread[valid].max() > 0.05


def test_bundle_round_trip_and_factor_check(ecuador, tmp_path):
    train, _test = sampleset.split_rows(ecuador, 0.3, seed=2)
    model = fitting.fit("brf", ecuador, train, {"n_estimators": 30}, seed=2, n_jobs=2)
    manifest = fitting.build_manifest(
        "brf", ecuador, train, {"n_estimators": 30}, 2, "EPSG:32717", (10.0, 10.0)
    )
    for key in (
        "factors",
        "categorical",
        "preprocessing",
        "crs_wkt",
        "cell_size",
        "versions",
        "parameters",
        "seed",
        "data_hash",
    ):
        assert key in manifest
    assert manifest["parameters"]["n_estimators"] == 30
    path = fitting.write_bundle(tmp_path / "brf.lsmodel", model, manifest)
    loaded = lsm_bundle.load_bundle(path)
    assert loaded.factors == FACTORS
    assert loaded.version_warnings() == []
    assert type(loaded.model.steps[-1][1]).__module__ == "landslide_susceptibility.core.forest"
    assert np.allclose(loaded.predict_proba(ecuador.X[:20]), model.predict_proba(ecuador.X[:20])[:, 1])
    # the rasters are matched by name whatever their order; other factors are refused
    shuffled = [Factor(n, f"/x/{n}.tif") for n in reversed(FACTORS)]
    assert [f.name for f in loaded.order_factors(shuffled)] == FACTORS
    other = [Factor(n, f"/x/{n}.tif") for n in ["slope", "cplan", "cprof", "elev", "aspect"]]
    with pytest.raises(LsmError, match="log10_carea"):
        loaded.order_factors(other)


def test_bundle_load_checks_format_versions_and_factors(ecuador, tmp_path):
    import json
    import zipfile

    rows = np.arange(ecuador.y.size)
    model = fitting.fit("lr", ecuador, rows)
    manifest = fitting.build_manifest("lr", ecuador, rows, None, 0)
    # documented keys (core.bundle's docstring), readable without unpickling
    for key in (
        "format",
        "format_version",
        "kind",
        "model_type",
        "factors",
        "categorical",
        "versions",
        "created",
    ):
        assert key in manifest, key
    # not a bundle, missing, newer format
    (tmp_path / "text.lsmodel").write_text("not a zip")
    with pytest.raises(LsmError, match="not a model bundle"):
        lsm_bundle.load_bundle(tmp_path / "text.lsmodel")
    with pytest.raises(LsmError, match="does not exist"):
        lsm_bundle.load_bundle(tmp_path / "missing.lsmodel")
    newer = dict(manifest, format_version=lsm_bundle.FORMAT_VERSION + 1)
    lsm_bundle.save_bundle(str(tmp_path / "newer.lsmodel"), newer, model)
    with pytest.raises(LsmError, match="newer than this plugin reads.*update the plugin"):
        lsm_bundle.load_bundle(tmp_path / "newer.lsmodel")
    # other library versions: one sentence per library, naming both versions
    old = dict(
        manifest, versions=dict(manifest["versions"], **{"scikit-learn": "0.20.4", "xgboost": "1.7.0"})
    )
    path = lsm_bundle.save_bundle(str(tmp_path / "old.lsmodel"), old, model)
    warnings = lsm_bundle.load_bundle(path).version_warnings()
    assert len(warnings) == 2
    assert any("scikit-learn 0.20.4" in w and manifest["versions"]["scikit-learn"] in w for w in warnings)
    assert any("xgboost 1.7.0" in w and "not installed" in w for w in warnings)
    # a model that cannot be unpickled: the error names the training versions
    broken = tmp_path / "broken.lsmodel"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("manifest.json", json.dumps(old))
        archive.writestr("model.pkl", b"\x80\x04cno_such_module\nThing\n.")
    # a pickle is refused unless trusted (tests/unit/test_bundle.py); trusted, it fails clearly
    with pytest.raises(LsmError, match="old format.*trust"):
        lsm_bundle.load_bundle(broken)
    with pytest.raises(LsmError, match="cannot be loaded.*scikit-learn 0.20.4"):
        lsm_bundle.load_bundle(broken, trust=True).predict_proba(ecuador.X[:2])
    # factors: matched by name, missing ones named, categorical declared now but continuous then
    loaded = lsm_bundle.load_bundle(path)
    with pytest.raises(LsmError, match="elev"):
        loaded.order_factors([Factor(n, f"/x/{n}.tif") for n in FACTORS if n != "elev"])
    as_classes = [Factor(n, f"/x/{n}.tif", categorical=n == "slope") for n in FACTORS]
    with pytest.raises(LsmError, match="'slope' is declared categorical now but was continuous"):
        loaded.order_factors(as_classes)


def test_categorical_factor_is_one_hot_and_tolerates_unknown_codes():
    rng = np.random.default_rng(4)
    n = 600
    lithology = rng.integers(1, 5, n).astype(float)  # codes 1..4
    noise = rng.normal(size=n)
    y = ((lithology == 3) | (rng.random(n) < 0.05)).astype(int)
    samples = sampleset.make_samples(
        np.c_[lithology, noise], y, ["lithology", "noise"], categorical=["lithology"]
    )
    rows = np.arange(n)
    model = fitting.fit("lr", samples, rows, seed=0)
    encoder = model.named_steps["preprocess"].named_transformers_["categorical"]
    assert [list(c) for c in encoder.categories_] == [[1.0, 2.0, 3.0, 4.0]]
    p = model.predict_proba(np.array([[3.0, 0.0], [1.0, 0.0], [9.0, 0.0]]))[:, 1]
    # code 3 is the landslide class; an unseen code (9) encodes as all zeros and does not crash
    assert p[0] > 0.8 and p[1] < 0.2 and np.isfinite(p[2])
    manifest = fitting.build_manifest("lr", samples, rows, None, 0)
    assert manifest["categorical"] == {"lithology": [1.0, 2.0, 3.0, 4.0]}


def test_categorical_given_with_float_values_is_refused():
    X = np.c_[np.linspace(0, 1, 50), np.arange(50.0)]
    y = np.r_[np.ones(25, int), np.zeros(25, int)]
    with pytest.raises(LsmError, match="non-integer"):
        sampleset.make_samples(X, y, ["slope", "dist"], categorical=["slope"])
    with pytest.raises(LsmError, match="distinct values"):
        sampleset.make_samples(
            np.c_[np.arange(200.0), np.ones(200)],
            np.r_[np.ones(100), np.zeros(100)],
            ["code", "c"],
            categorical=["code"],
        )


def test_labels_must_be_zero_or_one():
    assert list(parse_labels([1, 0, None, "1", True], "pts", "label")) == [1, 0, -1, 1, 1]
    with pytest.raises(LsmError, match="label.*2"):
        parse_labels([1, 0, 2], "pts", "label")


def test_fast_brf_matches_imbalanced_learn():
    X, y = _imbalanced(n_pos=250, ratio=20)
    X_test, y_test = _imbalanced(n_pos=250, ratio=20, seed=9)
    from sklearn.metrics import balanced_accuracy_score, roc_auc_score

    ours = models.make_estimator("brf", {"n_estimators": 100}, seed=0, n_jobs=2).fit(X, y)
    reference = models.make_estimator(
        "brf", {"n_estimators": 100, "implementation": "imblearn"}, seed=0, n_jobs=2
    ).fit(X, y)
    s_ours = ours.predict_proba(X_test)[:, 1]
    s_ref = reference.predict_proba(X_test)[:, 1]
    assert abs(roc_auc_score(y_test, s_ours) - roc_auc_score(y_test, s_ref)) < 0.02
    ba_ours = balanced_accuracy_score(y_test, s_ours >= 0.5)
    ba_ref = balanced_accuracy_score(y_test, s_ref >= 0.5)
    assert abs(ba_ours - ba_ref) < 0.03
    # same sampling as imbalanced-learn's: every tree saw n_pos draws of each class
    # (kept as distinct rows with integer weights, as scikit-learn's forests do: the weighted count)
    root_counts = {int(tree.tree_.weighted_n_node_samples[0]) for tree in ours.estimators_}
    assert root_counts == {2 * 250}
    assert len(ours.estimators_) == 100


def test_fast_brf_is_reproducible_and_threads_do_not_matter():
    X, y = _imbalanced(n_pos=80, ratio=10)
    a = models.make_estimator("brf", {"n_estimators": 20}, seed=5, n_jobs=1).fit(X, y).predict_proba(X)
    b = models.make_estimator("brf", {"n_estimators": 20}, seed=5, n_jobs=2).fit(X, y).predict_proba(X)
    c = models.make_estimator("brf", {"n_estimators": 20}, seed=6, n_jobs=2).fit(X, y).predict_proba(X)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_member_probabilities_average_to_the_forest(ecuador):
    rows = np.arange(ecuador.y.size)
    model = fitting.fit("brf", ecuador, rows, {"n_estimators": 25}, seed=3, n_jobs=2)
    members = models.member_probabilities(model, ecuador.X[:30])
    assert members.shape == (25, 30)
    assert np.allclose(members.mean(axis=0), model.predict_proba(ecuador.X[:30])[:, 1])
    assert models.member_probabilities(fitting.fit("lr", ecuador, rows), ecuador.X[:5]) is None


@pytest.mark.parametrize("model_type", ["brf", "dnn"])
def test_fit_honours_cancel(model_type):
    X, y = _imbalanced(n_pos=100, ratio=5)
    model = models.make_model(
        model_type,
        X.shape[1],
        params={"n_estimators": 500} if model_type == "brf" else {"epochs": 500},
        seed=0,
        n_jobs=2,
        device="cpu",
    )
    with pytest.raises(Canceled):
        models.fit_model(model, X, y, CancelAfter(3))


def test_oversampler_balances_and_passes_balanced_data():
    X, y = _imbalanced(n_pos=40, ratio=5)
    for method in ("smote", "adasyn"):
        Xr, yr = models.Oversampler(method, random_state=0).fit_resample(X, y)
        counts = np.bincount(yr)
        assert counts[0] == 200 and abs(counts[1] - 200) <= 10  # ADASYN lands near, not exactly on, the count
        assert np.array_equal(Xr[: len(X)], X)
    Xb, yb = X[:80], np.r_[np.ones(40, int), np.zeros(40, int)]
    Xo, yo = models.Oversampler("adasyn").fit_resample(Xb, yb)
    assert Xo is Xb and np.array_equal(yo, yb)


def test_torch_mlp_pickles_weights_not_modules():
    X, y = _imbalanced(n_pos=60, ratio=3)
    mlp = models.TorchMLPClassifier(hidden_layers=(8,), epochs=3, random_state=0, device="cpu").fit(X, y)
    state = mlp.__getstate__()
    assert "module_" not in state and all(isinstance(v, np.ndarray) for v in state["_weights"].values())
    again = pickle.loads(pickle.dumps(mlp))
    assert np.allclose(again.predict_proba(X), mlp.predict_proba(X))
    assert len(mlp.loss_curve_) == 3


def test_unknown_parameter_is_named():
    with pytest.raises(LsmError, match="n_trees"):
        models.make_model("brf", 3, params={"n_trees": 10})
    assert catalogue.parse_params("n_estimators=200; max_depth=None; hidden_layers=64x32") == {
        "n_estimators": 200,
        "max_depth": None,
        "hidden_layers": (64, 32),
    }
    assert catalogue.parse_params("C=0.1,1", multiple=True) == {"C": [0.1, 1]}
    assert saturation.parse_ratios("1:2.5, 5,10") == [2.5, 5.0, 10.0]


def test_draw_negatives_says_what_is_available():
    rng = np.random.default_rng(0)
    pool = np.arange(100)
    assert sampleset.subsample_pool(pool, 10, 2.5, rng).size == 25
    assert sampleset.subsample_pool(pool, 10, 0, rng).size == 100
    with pytest.raises(LsmError, match=r"needs 200 negatives.*only 100.*1:10"):
        sampleset.subsample_pool(pool, 10, 20, rng)


def test_grid_search_prefers_the_better_setting(ecuador):
    rows = np.arange(ecuador.y.size)
    best, table = cross_validation.grid_search(
        "lr", ecuador, rows, {"C": [1e-6, 1.0]}, folds=3, scoring="roc_auc", seed=0
    )
    # a vanishing C shrinks every coefficient to 0: scores tie, AUC falls to chance
    assert best == {"C": 1.0}
    assert len(table) == 2 and table[1]["mean"] > table[0]["mean"]
    groups = cross_validation.spatial_blocks(ecuador.xy, 1000.0)
    best_spatial, _ = cross_validation.grid_search(
        "lr", ecuador, rows, {"C": [1e-6, 1.0]}, folds=3, groups=groups, seed=0
    )
    assert best_spatial == {"C": 1.0}


def _brf_lr_saturation(samples, train, test, ratios, test_ratio, seed, n_jobs, trees, **extra):
    """saturation.saturation_test of BRF (*trees* trees) and LR at *ratios*, 2 repeats each."""
    return saturation.saturation_test(
        samples,
        train,
        test,
        model_types=("brf", "lr"),
        ratios=ratios,
        repeats=2,
        test_ratio=test_ratio,
        seed=seed,
        n_jobs=n_jobs,
        params={"brf": {"n_estimators": trees}},
        **extra,
    )


def test_saturation_test_draws_and_records(tmp_path):
    X, y = _imbalanced(n_pos=60, ratio=30, n_features=4, seed=2)
    samples = sampleset.make_samples(X, y, ["a", "b", "c", "d"])
    train, test = sampleset.split_rows(samples, 0.3, seed=0)
    results, group = _brf_lr_saturation(
        samples,
        train,
        test,
        (2.5, 10),
        test_ratio=20,
        seed=1,
        n_jobs=2,
        trees=20,
        store=str(tmp_path),
        record_extra={"dataset": "synthetic"},
    )
    assert len(results) == 2 * 2 * 2
    n_pos = int((y[train] == 1).sum())
    for r in results:
        assert r["n_train_pos"] == n_pos
        assert r["n_train_neg"] == round(r["ratio"] * n_pos)
    records, unreadable = read_store(str(tmp_path))
    assert not unreadable and len(records) == 8
    assert {rec["group"] for rec in records} == {group}
    assert {rec["dataset"] for rec in records} == {"synthetic"}
    # one fixed test set: every record tested on the same rows (same hash), at 1:20
    assert len({rec["data_hashes"]["test"] for rec in records}) == 1
    assert {rec["summary"]["n_test_neg"] for rec in records} == {20 * int((y[test] == 1).sum())}
    # the same negatives for every model at one ratio and repeat
    by_key = {}
    for rec in records:
        by_key.setdefault((rec["ratio"], rec["repeat"]), set()).add(rec["data_hashes"]["train"])
    assert all(len(hashes) == 1 for hashes in by_key.values())
    assert len({next(iter(h)) for h in by_key.values()}) == 4
    summary = saturation.summarise(results)
    assert len(summary) == 4
    path = saturation.plot_saturation(summary, str(tmp_path / "sat.png"))
    assert open(path, "rb").read(8) == b"\x89PNG\r\n\x1a\n"


def test_saturation_test_same_seed_same_results_any_n_jobs():
    X, y = _imbalanced(n_pos=50, ratio=12, n_features=3, seed=5)
    samples = sampleset.make_samples(X, y, ["a", "b", "c"])
    train, test = sampleset.split_rows(samples, 0.3, seed=0)

    def run(seed, n_jobs):
        results, _group = _brf_lr_saturation(
            samples, train, test, (5, 2.5), test_ratio=5, seed=seed, n_jobs=n_jobs, trees=15
        )
        return [(r["model"], r["ratio"], r["repeat"], r["metrics"], r["best_threshold"]) for r in results]

    first = run(7, 1)
    assert first == run(7, 3)
    # ordered by model, ratio (ascending, whatever the order given), repeat
    assert [(m, ratio, repeat) for m, ratio, repeat, _, _ in first] == [
        (m, ratio, repeat) for m in ("brf", "lr") for ratio in (2.5, 5.0) for repeat in (0, 1)
    ]
    # the repeats draw other negatives (a forest's metrics differ), another seed other draws
    brf = [r[3] for r in first if r[0] == "brf"]
    assert brf[0] != brf[1]
    assert run(8, 2) != first


def test_resolve_device_is_strict():
    assert catalogue.resolve_device("cpu") == "cpu"
    assert catalogue.resolve_device("auto") in ("cpu", "cuda")
    assert catalogue.resolve_device(None) == catalogue.resolve_device("auto")
    with pytest.raises(LsmError, match="Unknown device 'tpu'"):
        catalogue.resolve_device("tpu")
    import torch

    if not torch.cuda.is_available():
        assert catalogue.resolve_device("auto") == "cpu"
        with pytest.raises(LsmError, match="'cuda' was asked for"):
            catalogue.resolve_device("cuda")


def test_saturation_test_refuses_ratios_beyond_the_pool():
    X, y = _imbalanced(n_pos=30, ratio=5, n_features=3)
    samples = sampleset.make_samples(X, y, ["a", "b", "c"])
    train, test = sampleset.split_rows(samples, 0.3, seed=0)
    with pytest.raises(LsmError, match="only"):
        saturation.saturation_test(samples, train, test, ("lr",), ratios=(2.5, 50), repeats=1, test_ratio=1)


def test_saturation_test_cancel(tmp_path):
    X, y = _imbalanced(n_pos=40, ratio=10, n_features=3)
    samples = sampleset.make_samples(X, y, ["a", "b", "c"])
    train, test = sampleset.split_rows(samples, 0.3, seed=0)
    feedback = CancelAfter(2)
    with pytest.raises(Canceled):
        saturation.saturation_test(
            samples,
            train,
            test,
            ("lr",),
            ratios=(1, 2, 3, 4),
            repeats=3,
            test_ratio=2,
            feedback=feedback,
            store=str(tmp_path),
        )
    assert len(read_store(str(tmp_path))[0]) < 12
