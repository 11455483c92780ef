"""lsm:trainmodel, lsm:evaluatemodel and lsm:saturationtest through processing.run on the Ecuador data."""

import csv

import numpy as np
import pytest
from landslide_susceptibility.core.bundle import load_bundle
from landslide_susceptibility.core.runrecord import read_record, read_store
from osgeo import ogr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


pytestmark = pytest.mark.usefixtures("few_torch_threads")


def _points(sample_dir):
    """(labels, factor matrix) of points_350 read with OGR."""
    ds = ogr.Open(str(sample_dir / "points_350.gpkg"))
    rows = [[f.GetField("lslpts")] + [f.GetField(n) for n in FACTORS] for f in ds.GetLayer(0)]
    table = np.array(rows, dtype=float)
    return table[:, 0].astype(int), table[:, 1:]


def _csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _run(alg_id, parameters):
    """processing.run with a fresh context (as the run_alg fixture, usable by module fixtures)."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg_id, parameters, context=context, feedback=QgsProcessingFeedback())


def _error(alg_id, parameters):
    """The message of the QgsProcessingException the algorithm raises."""
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as excinfo:
        _run(alg_id, parameters)
    return " ".join(str(a) for a in excinfo.value.args)


def _train_parameters(sample_dir, tmp_path, **extra):
    parameters = {
        "INPUT": str(sample_dir / "points_350.gpkg"),
        "LABEL_FIELD": "lslpts",
        "FACTOR_FIELDS": FACTORS,
        "MODEL": 0,
        "MODEL_PARAMS": "n_estimators=40",
        "FACTOR_RASTERS": [str(sample_dir / f"{n}.tif") for n in FACTORS],
        "SEED": 7,
        "N_JOBS": 2,
        "RUN_STORE": str(tmp_path / "runs"),
        "OUTPUT": str(tmp_path / "brf.lsmodel"),
    }
    parameters.update(extra)
    return parameters


@pytest.fixture(scope="module")
def trained(lsm_provider, sample_dir, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("trained")
    results = _run("lsm:trainmodel", _train_parameters(sample_dir, tmp_path))
    return results, tmp_path


def test_trainmodel_writes_bundle_and_record(trained, sample_dir):
    results, tmp_path = trained
    bundle = load_bundle(results["OUTPUT"])
    manifest = bundle.manifest
    assert manifest["model_type"] == "brf" and manifest["kind"] == "sklearn"
    assert manifest["factors"] == FACTORS
    assert 'AUTHORITY["EPSG","32717"]' in manifest["crs_wkt"] or "32717" in manifest["crs_wkt"]
    assert manifest["cell_size"] == [10.0, 10.0]
    assert manifest["parameters"]["n_estimators"] == 40 and manifest["seed"] == 7
    assert len(manifest["data_hash"]) == 64
    assert manifest["versions"]["scikit-learn"] and manifest["versions"]["imbalanced-learn"]
    assert manifest["training_metrics"]["roc_auc"] > 0.95  # resubstitution: near perfect for a forest
    # points_350 has no split field: 30 % of each class held out (52 + 52)
    assert manifest["n_train_positive"] == 123 and manifest["n_test"] == 104
    record = read_record(results["RUN_RECORD"])
    assert record["run_id"] == results["RUN_ID"] and record["model_type"] == "brf"
    assert record["summary"]["metrics_on"] == "test"
    assert record["metrics"]["roc_auc"] == pytest.approx(results["ROC_AUC"])
    assert results["ROC_AUC"] > 0.75
    assert record["confusion"]["tp"] + record["confusion"]["fn"] == 52
    assert len(record["curves"]["roc"]["fpr"]) == len(record["curves"]["roc"]["tpr"]) >= 10
    assert record["outputs"]["bundle"] == results["OUTPUT"]
    # everything the metrics dock needs (issue 5): id, time, algorithm, model, ratio, repeat,
    # parameters, data hashes, metrics at 0.5 and at the G-mean-best threshold, ROC and PR points
    from datetime import datetime

    from landslide_susceptibility.core.metrics import METRIC_KEYS

    assert record["algorithm"] == "lsm:trainmodel" and record["schema"] == "lsm-run"
    assert datetime.fromisoformat(record["created"]).tzinfo is not None
    assert record["ratio"] == pytest.approx(1.0) and record["repeat"] == 0  # RATIO 0: all 123 negatives
    assert record["parameters"]["MODEL_PARAMS"] == "n_estimators=40" and record["parameters"]["SEED"] == 7
    assert record["data_hashes"]["train"] == manifest["data_hash"]
    assert len(record["data_hashes"]["test"]) == 64 and record["data_hashes"]["test"] != manifest["data_hash"]
    assert set(METRIC_KEYS) <= set(record["metrics"]) and set(METRIC_KEYS) <= set(record["metrics_best"])
    assert record["threshold"] == 0.5 and 0.0 < record["best_threshold"] <= 1.0
    assert record["metrics_best"]["g_mean"] >= record["metrics"]["g_mean"] - 1e-12
    assert record["metrics"]["balanced_accuracy"] == pytest.approx(results["BALANCED_ACCURACY"])
    pr = record["curves"]["pr"]
    assert (
        len(pr["recall"]) == len(pr["precision"]) >= 10 and pr["recall"][0] == 0.0 and pr["recall"][-1] == 1.0
    )
    assert record["summary"]["n_test_positive"] == 52 and record["summary"]["n_test_negative"] == 52
    assert manifest["test_metrics"]["roc_auc"] == pytest.approx(results["ROC_AUC"])
    # the bundle predicts from raw factor values
    y, X = _points(sample_dir)
    proba = bundle.predict_proba(X)
    assert proba.shape == (350,) and np.all((proba >= 0) & (proba <= 1))


def test_evaluatemodel_with_bundle(run_alg, trained, sample_dir, tmp_path):
    from sklearn.metrics import average_precision_score, roc_auc_score

    bundle_path = trained[0]["OUTPUT"]
    results = run_alg(
        "lsm:evaluatemodel",
        {
            "INPUT": str(sample_dir / "points_350.gpkg"),
            "LABEL_FIELD": "lslpts",
            "BUNDLE": bundle_path,
            "RUN_STORE": str(tmp_path / "runs"),
            "OUTPUT_METRICS": str(tmp_path / "metrics.csv"),
            "OUTPUT_ROC": str(tmp_path / "roc.csv"),
            "OUTPUT_PR": str(tmp_path / "pr.csv"),
            "OUTPUT_PLOT": str(tmp_path / "curves.png"),
        },
    )
    y, X = _points(sample_dir)
    scores = load_bundle(bundle_path).predict_proba(X)
    assert results["ROC_AUC"] == pytest.approx(roc_auc_score(y, scores))
    assert results["PR_AUC"] == pytest.approx(average_precision_score(y, scores))
    rows = {r["metric"]: r for r in _csv(tmp_path / "metrics.csv")}
    tp = int(np.sum((scores >= 0.5) & (y == 1)))
    assert float(rows["tp"]["at_threshold"]) == tp
    assert float(rows["roc_auc"]["at_threshold"]) == pytest.approx(results["ROC_AUC"])
    assert float(rows["threshold"]["at_best"]) == pytest.approx(results["BEST_THRESHOLD"])
    roc = _csv(tmp_path / "roc.csv")
    assert float(roc[0]["fpr"]) == 0.0 and float(roc[-1]["tpr"]) == 1.0
    assert len(_csv(tmp_path / "pr.csv")) > 10
    assert (tmp_path / "curves.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    record = read_record(results["RUN_RECORD"])
    assert record["algorithm"] == "lsm:evaluatemodel" and record["model_type"] == "brf"
    assert record["outputs"]["bundle"] == bundle_path


def test_evaluatemodel_with_raster_samples_the_raster(run_alg, sample_dir, tmp_path):
    from sklearn.metrics import roc_auc_score

    # slope as a "susceptibility": its AUC at the points equals the AUC of the points' slope field
    results = run_alg(
        "lsm:evaluatemodel",
        {
            "INPUT": str(sample_dir / "points_350.gpkg"),
            "LABEL_FIELD": "lslpts",
            "RASTER": str(sample_dir / "slope.tif"),
            "THRESHOLD": 30.0,
            "WRITE_RECORD": False,
            "OUTPUT_METRICS": str(tmp_path / "metrics.csv"),
        },
    )
    y, X = _points(sample_dir)
    assert results["ROC_AUC"] == pytest.approx(roc_auc_score(y, X[:, 0]), abs=1e-6)
    rows = {r["metric"]: r for r in _csv(tmp_path / "metrics.csv")}
    assert float(rows["tp"]["at_threshold"]) == np.sum((X[:, 0] >= 30.0) & (y == 1))


def test_evaluatemodel_refuses_samples_without_the_bundle_factors(lsm_provider, trained, sample_dir):
    from landslide_susceptibility.algorithms._compat import make_field
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:32717", "few_fields", "memory")
    layer.dataProvider().addAttributes([make_field("lslpts", "int"), make_field("slope", "double")])
    layer.updateFields()
    features = []
    for i in range(20):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([i % 2, 10.0 + i])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(716000 + i, 9560000)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    message = _error(
        "lsm:evaluatemodel",
        {
            "INPUT": layer,
            "LABEL_FIELD": "lslpts",
            "BUNDLE": trained[0]["OUTPUT"],
            "WRITE_RECORD": False,
            "OUTPUT_METRICS": "TEMPORARY_OUTPUT",
        },
    )
    assert "cplan" in message and "log10_carea" in message


def test_trainmodel_ratio_beyond_the_pool_is_refused(lsm_provider, sample_dir, tmp_path):
    message = _error("lsm:trainmodel", _train_parameters(sample_dir, tmp_path, RATIO=5.0))
    assert "1:5" in message and "only 123" in message and "at most 1:1" in message
    assert not (tmp_path / "brf.lsmodel").exists()


def test_trainmodel_torch_model_with_cv(run_alg, sample_dir, tmp_path):
    results = run_alg(
        "lsm:trainmodel",
        _train_parameters(
            sample_dir,
            tmp_path,
            MODEL=2,
            MODEL_PARAMS="epochs=4; hidden_layers=16x8",
            CV=1,
            CV_FOLDS=3,
            GRID="dropout=0.0,0.2",
            DEVICE=1,
            OUTPUT=str(tmp_path / "smote.lsmodel"),
        ),
    )
    manifest = load_bundle(results["OUTPUT"]).manifest
    assert manifest["model_type"] == "smote_dnn"
    assert manifest["parameters"]["hidden_layers"] == [16, 8]
    assert manifest["parameters"]["dropout"] in (0.0, 0.2)
    assert [row["params"]["dropout"] for row in manifest["cv"]["table"]] == [0.0, 0.2]
    assert results["ROC_AUC"] > 0.7


def test_saturationtest_small(run_alg, sample_dir, tmp_path):
    store = tmp_path / "runs"
    results = run_alg(
        "lsm:saturationtest",
        {
            "INPUT": str(sample_dir / "points_350.gpkg"),
            "LABEL_FIELD": "lslpts",
            "FACTOR_FIELDS": FACTORS,
            "MODELS": [0, 7],
            "RATIOS": "0.5, 1",
            "REPEATS": 2,
            "TEST_RATIO": 1.0,
            "MODEL_PARAMS": "brf.n_estimators=20",
            "N_JOBS": 2,
            "RUN_STORE": str(store),
            "OUTPUT_LONG": str(tmp_path / "long.csv"),
            "OUTPUT_SUMMARY": str(tmp_path / "summary.csv"),
            "OUTPUT_PLOT": str(tmp_path / "saturation.png"),
        },
    )
    assert results["N_RUNS"] == 8
    long_rows = _csv(tmp_path / "long.csv")
    assert len(long_rows) == 8
    assert {(r["model"], float(r["ratio"])) for r in long_rows} == {
        ("brf", 0.5),
        ("brf", 1.0),
        ("lr", 0.5),
        ("lr", 1.0),
    }
    # 123 training landslides: 62 negatives at 1:0.5, 123 at 1:1
    assert {(float(r["ratio"]), int(r["n_train_neg"])) for r in long_rows} == {(0.5, 62), (1.0, 123)}
    summary = _csv(tmp_path / "summary.csv")
    assert len(summary) == 4
    brf_half = [float(r["roc_auc"]) for r in long_rows if r["model"] == "brf" and float(r["ratio"]) == 0.5]
    row = next(r for r in summary if r["model"] == "brf" and float(r["ratio"]) == 0.5)
    assert float(row["roc_auc_mean"]) == pytest.approx(np.mean(brf_half))
    assert float(row["roc_auc_sd"]) == pytest.approx(np.std(brf_half, ddof=1))
    records, unreadable = read_store(str(store))
    assert not unreadable and len(records) == 8
    assert {r["group"] for r in records} == {results["GROUP"]}
    assert {r["run_id"] for r in records} == {r["run_id"] for r in long_rows}
    assert (tmp_path / "saturation.png").read_bytes()[:4] == b"\x89PNG"
