"""lsm:crossvalidate through processing.run on a small synthetic sample layer."""

import csv
import json

import numpy as np
import pytest

N = 240
#: logistic regression: fast, and deterministic for a seed
LR = 7


def _layer(groups=None, n=N, seed=0):
    """Memory points: label (about 25 % landslides; one NULL), signal, noise, region."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    rng = np.random.default_rng(seed)
    labels = (rng.random(n) < 0.25).astype(int)
    signal = labels * 1.5 + rng.normal(size=n)
    xy = rng.uniform(0, 3000, size=(n, 2))
    region = groups if groups is not None else np.where(xy[:, 0] < 1500, "east", "west")
    layer = QgsVectorLayer(
        "Point?crs=EPSG:32617&field=id:integer&field=label:integer&field=signal:double&field=noise:double"
        "&field=region:string",
        "cv_samples",
        "memory",
    )
    features = []
    for i in range(n):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(xy[i, 0]), float(xy[i, 1]))))
        label = None if i == 0 else int(labels[i])
        f.setAttributes([i, label, float(signal[i]), float(rng.normal()), str(region[i])])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def _params(tmp_path, layer, tag="a", **extra):
    parameters = {
        "INPUT": layer,
        "LABEL_FIELD": "label",
        "FACTOR_FIELDS": ["signal", "noise"],
        "MODEL": LR,
        "RATIO": 1.0,
        "FOLD_MODE": 0,
        "FOLDS": 4,
        "REPEATS": 1,
        "SEED": 7,
        "N_JOBS": 1,
        "RUN_STORE": str(tmp_path / "runs"),
        "OUTPUT_FOLDS": str(tmp_path / f"folds_{tag}.csv"),
        "OUTPUT_SUMMARY": str(tmp_path / f"summary_{tag}.csv"),
        "OUTPUT_SCORES": str(tmp_path / f"oof_{tag}.gpkg"),
        "OUTPUT_PLOT": str(tmp_path / f"folds_{tag}.png"),
    }
    parameters.update(extra)
    return parameters


def _csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _oof(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "oof", "ogr")
    assert layer.isValid()

    def value(v):
        return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v

    return {f["id"]: tuple(value(f[k]) for k in ("label", "oof_score", "fold")) for f in layer.getFeatures()}


def test_folds_cover_every_sample_once_per_repeat(run_alg, tmp_path):
    result = run_alg("lsm:crossvalidate", _params(tmp_path, _layer(), REPEATS=2))
    folds = _csv(tmp_path / "folds_a.csv")
    assert len(folds) == 8
    for repeat in ("1", "2"):
        rows = [r for r in folds if r["repeat"] == repeat]
        # every labelled sample (N - 1: one NULL label) is tested once in each repeat
        assert sum(int(r["n_test_landslides"]) + int(r["n_test_negatives"]) for r in rows) == N - 1
        for r in rows:  # 1:1 negatives from the fold's own training unlabeled samples
            assert int(r["n_train_negatives"]) == int(r["n_train_landslides"])
    oof = _oof(tmp_path / "oof_a.gpkg")
    assert sorted(oof) == list(range(N))  # every input feature, with its fields
    assert oof[0] == (None, None, None)  # NULL label: no score, no fold
    scored = [v for k, v in oof.items() if k != 0]
    assert all(0.0 <= s <= 1.0 and f in (1, 2, 3, 4) for _, s, f in scored)
    summary = {r["metric"]: r for r in _csv(tmp_path / "summary_a.csv")}
    auc = summary["roc_auc"]
    assert float(auc["low"]) <= float(auc["mean"]) <= float(auc["high"]) and "percentile" in auc["method"]
    assert result["ROC_AUC"] == pytest.approx(float(auc["mean"])) and result["ROC_AUC"] > 0.75
    assert (tmp_path / "folds_a.png").stat().st_size > 1000
    record = json.loads(open(result["RUN_RECORD"], encoding="utf-8").read())
    assert record["kind"] == "crossvalidation" and record["test_set"] == "random"
    assert len(record["fold_metrics"]["roc_auc"]) == 8


def test_same_seed_same_tables(run_alg, tmp_path):
    layer = _layer()
    run_alg("lsm:crossvalidate", _params(tmp_path, layer, "a", FOLD_MODE=1, BLOCK_SIZE=500.0))
    run_alg("lsm:crossvalidate", _params(tmp_path, layer, "b", FOLD_MODE=1, BLOCK_SIZE=500.0))
    assert _csv(tmp_path / "folds_a.csv") == _csv(tmp_path / "folds_b.csv")
    assert _oof(tmp_path / "oof_a.gpkg") == _oof(tmp_path / "oof_b.gpkg")
    run_alg("lsm:crossvalidate", _params(tmp_path, layer, "c", FOLD_MODE=1, BLOCK_SIZE=500.0, SEED=8))
    assert _oof(tmp_path / "oof_a.gpkg") != _oof(tmp_path / "oof_c.gpkg")


def test_group_mode(run_alg, tmp_path):
    run_alg("lsm:crossvalidate", _params(tmp_path, _layer(), FOLD_MODE=3, GROUP_FIELD="region"))
    folds = _csv(tmp_path / "folds_a.csv")
    assert [r["fold_name"] for r in folds] == ["east", "west"]


def _error(run_alg, parameters):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg("lsm:crossvalidate", parameters)
    return " ".join(str(a) for a in excinfo.value.args)


def test_clear_errors_and_nothing_written(run_alg, tmp_path):
    one_group = _layer(groups=np.array(["quake"] * N))
    message = _error(run_alg, _params(tmp_path, one_group, FOLD_MODE=3, GROUP_FIELD="region"))
    assert "single value" in message and "quake" in message
    assert "group field" in _error(run_alg, _params(tmp_path, _layer(), FOLD_MODE=3))
    message = _error(run_alg, _params(tmp_path, _layer(), FOLDS=90))
    assert "90 folds" in message and "landslide" in message
    assert not (tmp_path / "folds_a.png").exists() and not (tmp_path / "runs").exists()
    assert not (tmp_path / "folds_a.csv").exists()
