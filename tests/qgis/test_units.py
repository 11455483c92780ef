"""lsm:unitfactors, lsm:predictunits, lsm:unitclasses on real units (the bundled half-basins) and small
synthetic ones; units as samples of lsm:trainmodel / lsm:crossvalidate."""

import numpy as np
import pytest

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


def _features(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    return layer, list(layer.getFeatures())


@pytest.fixture(scope="module")
def units_out(lsm_provider, sample_dir, tmp_path_factory):
    """The half-basins with factor statistics and the landslide response (run once)."""
    from qgis import processing

    d = tmp_path_factory.mktemp("units")
    result = processing.run(
        "lsm:unitfactors",
        {
            "UNITS": str(sample_dir / "half_basins.gpkg"),
            "FACTORS": [str(sample_dir / f"{n}.tif") for n in FACTORS],
            "INVENTORY": str(sample_dir / "landslides.gpkg"),
            "OUTPUT": str(d / "units.gpkg"),
        },
    )
    return result["OUTPUT"]


def test_unitfactors_equals_qgis_zonal_statistics(lsm_provider, sample_dir, tmp_path):
    """Means, std, medians and counts equal native:zonalstatisticsfb (to 1e-9) on the real half-basins."""
    from qgis import processing

    units = str(sample_dir / "half_basins.gpkg")
    ours = processing.run(
        "lsm:unitfactors",
        {"UNITS": units, "FACTORS": [str(sample_dir / "slope.tif")], "OUTPUT": str(tmp_path / "ours.gpkg")},
    )["OUTPUT"]
    native = processing.run(
        "native:zonalstatisticsfb",
        {
            "INPUT": units,
            "INPUT_RASTER": str(sample_dir / "slope.tif"),
            "RASTER_BAND": 1,
            "COLUMN_PREFIX": "q_",
            "STATISTICS": [0, 2, 3, 4],  # count, mean, median, std
            "OUTPUT": str(tmp_path / "native.gpkg"),
        },
    )["OUTPUT"]
    _, a = _features(ours)
    _, b = _features(native)
    by_id = {f["unit_id"]: f for f in b}
    assert len(a) == len(b) == 197
    for f in a:
        g = by_id[f["unit_id"]]
        assert f["n_cells"] >= g["q_count"]
        if not g["q_count"]:
            continue
        assert f["slope_mean"] == pytest.approx(g["q_mean"], abs=1e-9, rel=1e-9)
        assert f["slope_std"] == pytest.approx(g["q_stdev"], abs=1e-9, rel=1e-9)
        assert f["slope_median"] == pytest.approx(g["q_median"], abs=1e-9, rel=1e-9)


def test_unit_landslide_response(units_out):
    layer, features = _features(units_out)
    assert "ls_area_share" not in layer.fields().names()  # a point inventory: no area share
    count = np.array([f["ls_count"] for f in features])
    presence = np.array([f["ls_presence"] for f in features])
    assert (presence == (count >= 1)).all()
    assert 0 < presence.sum() < len(features)
    assert count.sum() <= 350


UNIT_FACTORS = ["slope_mean", "cplan_mean", "elev_mean", "log10_carea_mean"]
RF = 4  # "rf" in catalogue.MODEL_TYPES order


@pytest.fixture(scope="module")
def unit_bundle(units_out, tmp_path_factory):
    """A random forest trained on the half-basins (label ls_presence: count >= 1)."""
    from qgis import processing

    d = tmp_path_factory.mktemp("unit_model")
    result = processing.run(
        "lsm:trainmodel",
        {
            "INPUT": units_out,
            "LABEL_FIELD": "ls_presence",
            "FACTOR_FIELDS": UNIT_FACTORS,
            "MODEL": RF,
            "MODEL_PARAMS": "n_estimators=50",
            "N_JOBS": 1,
            "WRITE_RECORD": False,
            "OUTPUT": str(d / "units.lsmodel"),
        },
    )
    return result["OUTPUT"]


def test_predictunits_equals_predict_proba(units_out, unit_bundle, tmp_path):
    from landslide_susceptibility.core.bundle import load_bundle
    from qgis import processing

    out = processing.run(
        "lsm:predictunits",
        {"UNITS": units_out, "BUNDLE": unit_bundle, "OUTPUT": str(tmp_path / "pred.gpkg")},
    )["OUTPUT"]
    _, features = _features(out)
    X = np.array(
        [[f[n] if f[n] is not None else np.nan for n in UNIT_FACTORS] for f in features], dtype=float
    )
    ok = np.isfinite(X).all(axis=1)
    model = load_bundle(unit_bundle).model
    expected = model.predict_proba(X[ok])[:, 1]
    got = np.array([f["susceptibility"] for f in features], dtype=object)
    assert all(v is None for v in got[~ok])
    np.testing.assert_allclose(got[ok].astype(float), expected, atol=1e-6)
    spread = np.array([f["uncertainty"] for f in features[: int(ok.sum())] if f["uncertainty"] is not None])
    assert spread.size and (spread >= 0).all() and spread.max() > 0


def test_predictunits_transfer_and_missing_field(units_out, unit_bundle, tmp_path):
    """Another area's units with the same fields (every other unit, saved apart); a missing field is an error."""
    from qgis import processing
    from qgis.core import QgsProcessingException

    other = processing.run(
        "native:extractbyexpression",
        {"INPUT": units_out, "EXPRESSION": '"unit_id" % 2 = 0', "OUTPUT": str(tmp_path / "other.gpkg")},
    )["OUTPUT"]
    out = processing.run(
        "lsm:predictunits", {"UNITS": other, "BUNDLE": unit_bundle, "OUTPUT": str(tmp_path / "t.gpkg")}
    )["OUTPUT"]
    _, features = _features(out)
    assert len(features) == 98 and any(f["susceptibility"] is not None for f in features)
    dropped = processing.run(
        "native:deletecolumn",
        {"INPUT": units_out, "COLUMN": ["elev_mean"], "OUTPUT": str(tmp_path / "d.gpkg")},
    )["OUTPUT"]
    with pytest.raises(QgsProcessingException, match=r"no field for the model factor\(s\) elev_mean"):
        processing.run(
            "lsm:predictunits", {"UNITS": dropped, "BUNDLE": unit_bundle, "OUTPUT": str(tmp_path / "x.gpkg")}
        )
    assert not (tmp_path / "x.gpkg").exists()


def test_unitclasses_jenks_and_curves(units_out, unit_bundle, tmp_path):
    """Unit Jenks equals the exact breaks of the unit values (unweighted); the AUC equals a hand computation."""
    from landslide_susceptibility.core.jenks import jenks_reference
    from qgis import processing

    pred = processing.run(
        "lsm:predictunits", {"UNITS": units_out, "BUNDLE": unit_bundle, "OUTPUT": str(tmp_path / "p.gpkg")}
    )["OUTPUT"]
    result = processing.run(
        "lsm:unitclasses",
        {
            "UNITS": pred,
            "FIELD": "susceptibility",
            "N_CLASSES": 4,
            "LANDSLIDE_FIELD": "ls_count",
            "OUTPUT": str(tmp_path / "c.gpkg"),
            "OUTPUT_TABLE": str(tmp_path / "t.gpkg"),
            "OUTPUT_CURVES": str(tmp_path / "curves.csv"),
        },
    )
    _, features = _features(result["OUTPUT"])
    s = np.array([f["susceptibility"] if f["susceptibility"] is not None else np.nan for f in features])
    ok = np.isfinite(s)
    edges = jenks_reference(s[ok], 4)
    classes = np.array([f["class"] for f in features])
    expected = np.searchsorted(edges[1:-1], s[ok], side="left") + 1
    assert (classes[ok] == expected).all() and (classes[~ok] == 0).all()
    table, rows = _features(result["OUTPUT_TABLE"])
    assert [r["units"] for r in rows] == [int((expected == j).sum()) for j in range(1, 5)]
    assert sum(r["area_pct"] for r in rows) == pytest.approx(100.0)
    np.testing.assert_allclose([r["upper"] for r in rows], edges[1:])
    # the success rate by unit area, by hand (no ties among forest probabilities of distinct units assumed away)
    layer = __import__("qgis.core", fromlist=["QgsVectorLayer"]).QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    area = np.array([f.geometry().area() for f in layer.getFeatures()])[ok]
    count = np.array([f["ls_count"] for f in features], dtype=float)[ok]
    order = np.argsort(-s[ok], kind="stable")
    _, starts = np.unique(-s[ok][order], return_index=True)
    x = np.r_[0.0, np.cumsum(np.add.reduceat(area[order], starts))] / area.sum()
    y = np.r_[0.0, np.cumsum(np.add.reduceat(count[order], starts))] / count.sum()
    assert result["SUCCESS_AUC"] == pytest.approx(float(np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2)), abs=1e-12)
    assert 0.5 < result["SUCCESS_AUC"] <= 1.0
    assert result["PREDICTION_AUC"] is None


def test_unitclasses_area_weighted_differs(units_out, unit_bundle, tmp_path):
    from landslide_susceptibility.core.jenks import jenks_reference
    from qgis import processing

    pred = processing.run(
        "lsm:predictunits", {"UNITS": units_out, "BUNDLE": unit_bundle, "OUTPUT": str(tmp_path / "p.gpkg")}
    )["OUTPUT"]
    result = processing.run(
        "lsm:unitclasses", {"UNITS": pred, "N_CLASSES": 3, "WEIGHT": 1, "OUTPUT": str(tmp_path / "c.gpkg")}
    )
    layer, features = _features(pred)
    s = np.array([f["susceptibility"] if f["susceptibility"] is not None else np.nan for f in features])
    area = np.array([f.geometry().area() for f in features])
    ok = np.isfinite(s)
    edges = jenks_reference(s[ok], 3, weights=area[ok])
    _, classed = _features(result["OUTPUT"])
    expected = np.searchsorted(edges[1:-1], s[ok], side="left") + 1
    assert (np.array([f["class"] for f in classed])[ok] == expected).all()


def test_trainmodel_refuses_a_count_field(units_out, tmp_path):
    """A count is not a label: lsm:trainmodel asks for 0/1 (use ls_presence = count >= 1)."""
    from qgis import processing
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"must hold 1 .*or 0"):
        processing.run(
            "lsm:trainmodel",
            {
                "INPUT": units_out,
                "LABEL_FIELD": "ls_count",
                "FACTOR_FIELDS": UNIT_FACTORS,
                "MODEL": RF,
                "WRITE_RECORD": False,
                "OUTPUT": str(tmp_path / "m.lsmodel"),
            },
        )


def test_crossvalidate_units_kmeans(units_out, tmp_path):
    """Units as samples: k-means folds of the unit centroids, out-of-fold scores per unit."""
    from qgis import processing

    result = processing.run(
        "lsm:crossvalidate",
        {
            "INPUT": units_out,
            "LABEL_FIELD": "ls_presence",
            "FACTOR_FIELDS": UNIT_FACTORS,
            "MODEL": 8,  # lr
            "FOLD_MODE": 2,  # kmeans
            "FOLDS": 4,
            "WRITE_RECORD": False,
            "OUTPUT_FOLDS": str(tmp_path / "folds.csv"),
            "OUTPUT_SUMMARY": str(tmp_path / "summary.csv"),
            "OUTPUT_SCORES": str(tmp_path / "scores.gpkg"),
        },
    )
    assert 0.0 <= result["ROC_AUC"] <= 1.0
    _, folds = _features(result["OUTPUT_FOLDS"])
    assert len(folds) == 4


def _null(value):
    """A NULL attribute (None, or a NULL QVariant as PyQGIS 3.22 returns it)."""
    return value is None or (hasattr(value, "isNull") and value.isNull())


def _with_year(units_out, tmp_path):
    """The half-basins with a year per unit (2015, 2016, 2017 by unit id), as a multi-date inventory gives."""
    from qgis import processing

    return processing.run(
        "native:fieldcalculator",
        {
            "INPUT": units_out,
            "FIELD_NAME": "year",
            "FIELD_TYPE": 1,  # integer
            "FORMULA": '2015 + ("unit_id" % 3)',
            "OUTPUT": str(tmp_path / "years.gpkg"),
        },
    )["OUTPUT"]


def _cv_units(units, tmp_path, **extra):
    from qgis import processing

    parameters = {
        "INPUT": units,
        "LABEL_FIELD": "ls_presence",
        "FACTOR_FIELDS": UNIT_FACTORS,
        "MODEL": 8,  # lr
        "N_JOBS": 1,
        "WRITE_RECORD": False,
        "OUTPUT_FOLDS": str(tmp_path / "folds.csv"),
        "OUTPUT_SUMMARY": str(tmp_path / "summary.csv"),
        "OUTPUT_SCORES": str(tmp_path / "scores.gpkg"),
    }
    parameters.update(extra)
    return processing.run("lsm:crossvalidate", parameters)


def test_crossvalidate_units_temporal(units_out, tmp_path):
    """Temporal folds on units: each later year is tested by a model of the earlier years only (at ratio 0
    the training counts are exactly those of the earlier years); the earliest year has no score."""
    result = _cv_units(_with_year(units_out, tmp_path), tmp_path, FOLD_MODE=5, TIME_FIELD="year", RATIO=0.0)
    _, units = _features(result["OUTPUT_SCORES"])
    year = np.array([f["year"] for f in units])
    presence = np.array([f["ls_presence"] for f in units])
    ok = np.array([not any(_null(f[n]) for n in UNIT_FACTORS) for f in units])
    _, folds = _features(result["OUTPUT_FOLDS"])
    assert [f["fold_name"] for f in folds] == ["2016", "2017"]
    for f in folds:
        test_year = int(f["fold_name"])
        earlier = ok & (year < test_year)
        assert int(f["n_train_landslides"]) == int((presence[earlier] == 1).sum())
        assert int(f["n_train_negatives"]) == int((presence[earlier] == 0).sum())
        assert int(f["n_test_landslides"]) == int((presence[ok & (year == test_year)] == 1).sum())
    score = [f["oof_score"] for f in units]
    assert all(_null(s) for s, y in zip(score, year) if y == 2015)
    assert all(not _null(s) for s, y, k in zip(score, year, ok) if y > 2015 and k)


def test_crossvalidate_units_leave_one_out(units_out, tmp_path):
    """Leave one unit out: every unit scored, one pooled row, the ROC-AUC of the written scores."""
    from sklearn.metrics import roc_auc_score

    result = _cv_units(units_out, tmp_path, FOLD_MODE=4, WRITE_RECORD=True, RUN_STORE=str(tmp_path / "runs"))
    record = __import__("json").loads(open(result["RUN_RECORD"], encoding="utf-8").read())
    assert record["summary"]["fold_names"] == ["pooled leave-one-out"] and record["test_set"] == "random"
    _, units = _features(result["OUTPUT_SCORES"])
    scored = [(f["ls_presence"], f["oof_score"]) for f in units if not _null(f["oof_score"])]
    assert len(scored) == sum(not any(_null(f[n]) for n in UNIT_FACTORS) for f in units)
    y, s = np.array(scored).T
    assert result["ROC_AUC"] == pytest.approx(roc_auc_score(y, s), abs=1e-9)
    _, folds = _features(result["OUTPUT_FOLDS"])
    assert [f["fold_name"] for f in folds] == ["pooled leave-one-out"]
    _, summary = _features(result["OUTPUT_SUMMARY"])
    auc = next(r for r in summary if r["metric"] == "roc_auc")
    assert auc["low"] < auc["mean"] < auc["high"] and "bootstrap" in auc["method"]


def test_unitnegatives_spy_on_units(units_out, tmp_path):
    """Reliable negatives are unlabeled units (count 0) of the prior's low Jenks classes; the prior classes are
    the exact Jenks classes of the written prior values; the output trains lsm:trainmodel."""
    from landslide_susceptibility.core.jenks import jenks_reference
    from qgis import processing

    result = processing.run(
        "lsm:unitnegatives",
        {
            "UNITS": units_out,
            "FACTOR_FIELDS": UNIT_FACTORS,
            "N_TREES": 50,
            "SPY_FRACTION": 0.2,
            "N_JOBS": 1,
            "OUTPUT": str(tmp_path / "neg.gpkg"),
        },
    )
    _, units = _features(result["OUTPUT"])
    count = np.array([f["ls_count"] for f in units])
    label = np.array([-1 if _null(f["label"]) else f["label"] for f in units])
    kind = [None if _null(f["negative_kind"]) else f["negative_kind"] for f in units]
    prior = np.array([np.nan if _null(f["prior"]) else f["prior"] for f in units])
    klass = np.array([0 if _null(f["prior_class"]) else f["prior_class"] for f in units])
    ok = np.isfinite(prior)
    assert ((label == 1) == (ok & (count >= 1))).all()
    assert (count[label == 0] == 0).all() and np.isin(klass[label == 0], [1, 2]).all()
    assert result["N_NEGATIVES"] == int((label == 0).sum()) > 0
    unlabeled_low = ok & (count == 0) & np.isin(klass, [1, 2])
    assert ((label == 0) == unlabeled_low).all()  # ratio 0: every one of them
    assert all(k == "rn" for k, lab in zip(kind, label) if lab == 0)
    assert all(k == "landslide" for k, lab in zip(kind, label) if lab == 1)
    edges = jenks_reference(prior[ok], 5)
    expected = np.searchsorted(edges[1:-1], prior[ok], side="left") + 1
    assert (klass[ok] == expected).all()
    assert 0.0 < result["SPY_THRESHOLD"] < 1.0
    model = processing.run(
        "lsm:trainmodel",
        {
            "INPUT": result["OUTPUT"],
            "LABEL_FIELD": "label",
            "FACTOR_FIELDS": UNIT_FACTORS,
            "MODEL": 8,
            "WRITE_RECORD": False,
            "OUTPUT": str(tmp_path / "m.lsmodel"),
        },
    )
    assert (tmp_path / "m.lsmodel").exists() and model["OUTPUT"]
