"""lsm:trainmodel, lsm:evaluatemodel and lsm:saturationtest on a layer carrying both negative kinds
(field negative_kind 'rn' / 'random', issue 13): one record per kind, intervals, the small-test
warning, the 'rn' note, and the saturation designs' up-front checks (issue 14)."""

import csv

import numpy as np
import pytest
from landslide_susceptibility.core.runrecord import read_record, read_store


def _layer(name="both_kinds"):
    """Memory points: 100 training landslides (steep), 400 training reliable negatives (the flattest
    cells), 20 test landslides, 200 test reliable negatives and 200 random test cells."""
    from landslide_susceptibility.algorithms._compat import make_field
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    rng = np.random.default_rng(0)
    rows = []
    for split, n_pos, n_rn, n_random in (("train", 100, 400, 0), ("test", 20, 200, 200)):
        rows += [(1, split, "", rng.uniform(35, 50)) for _ in range(n_pos)]
        rows += [(0, split, "rn", rng.uniform(0, 12)) for _ in range(n_rn)]
        rows += [(0, split, "random", rng.uniform(0, 50)) for _ in range(n_random)]
    layer = QgsVectorLayer("Point?crs=EPSG:32717", name, "memory")
    layer.dataProvider().addAttributes(
        [
            make_field("label", "int"),
            make_field("split", "str"),
            make_field("negative_kind", "str"),
            make_field("slope", "double"),
        ]
    )
    layer.updateFields()
    features = []
    for i, (label, split, kind, slope) in enumerate(rows):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([label, split, kind or None, float(slope + rng.normal(0, 6))])
        feature.setGeometry(
            QgsGeometry.fromPointXY(QgsPointXY(716000 + 10 * (i % 50), 9560000 + 10 * (i // 50)))
        )
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def _csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_trainmodel_and_evaluatemodel_report_random_beside_rn(run_alg, tmp_path, log_feedback):
    log = log_feedback
    store = tmp_path / "runs"
    layer = _layer()
    results = run_alg(
        "lsm:trainmodel",
        {
            "INPUT": layer,
            "FACTOR_FIELDS": ["slope"],
            "MODEL": 7,  # lr
            "RUN_STORE": str(store),
            "OUTPUT": str(tmp_path / "lr.lsmodel"),
        },
        feedback=log,
    )
    records, unreadable = read_store(str(store))
    assert not unreadable and len(records) == 2
    by_kind = {r["test_set"]: r for r in records}
    assert set(by_kind) == {"random", "rn"}
    assert read_record(results["RUN_RECORD"])["test_set"] == "random"  # the reported record: the honest one
    assert results["ROC_AUC"] == pytest.approx(by_kind["random"]["metrics"]["roc_auc"])
    assert by_kind["rn"]["metrics"]["roc_auc"] > by_kind["random"]["metrics"]["roc_auc"]
    for record in by_kind.values():
        assert record["test_set_runs"] == {k: r["run_id"] for k, r in by_kind.items()}
        assert record["summary"]["n_test_positive"] == 20 and record["summary"]["n_test_negative"] == 200
        entry = record["intervals"]["roc_auc"]
        assert entry["low"] <= entry["value"] <= entry["high"]
        assert entry["value"] == pytest.approx(record["metrics"]["roc_auc"])
        assert record["intervals"]["_meta"]["n_boot"] == 1000
        assert "only 20 landslides" in record["warnings"][0]
    text = "\n".join(log.lines)
    assert (
        "'rn' metrics are optimistic" in text
        and "95 % intervals" in text
        and "WARNING The test split" in text
    )

    evaluated = run_alg(
        "lsm:evaluatemodel",
        {
            "INPUT": layer,
            "BUNDLE": results["OUTPUT"],
            "WRITE_RECORD": False,
            "OUTPUT_METRICS": str(tmp_path / "metrics.csv"),
            "OUTPUT_ROC": str(tmp_path / "roc.csv"),
        },
    )
    rows = {(r["test_set"], r["metric"]): r for r in _csv(tmp_path / "metrics.csv")}
    assert {kind for kind, _ in rows} == {"random", "rn"}
    auc = rows[("random", "roc_auc")]
    assert float(auc["at_threshold"]) == pytest.approx(evaluated["ROC_AUC"])
    assert float(auc["low"]) <= float(auc["at_threshold"]) <= float(auc["high"])
    assert float(auc["at_threshold"]) == pytest.approx(by_kind["random"]["metrics"]["roc_auc"])
    assert rows[("rn", "tp")]["low"] == ""  # counts have no interval
    assert {r["test_set"] for r in _csv(tmp_path / "roc.csv")} == {"random", "rn"}


def test_saturation_designs_check_up_front(lsm_provider, tmp_path):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    base = {
        "INPUT": _layer("sat"),
        "FACTOR_FIELDS": ["slope"],
        "MODELS": [7],
        "RUN_STORE": str(tmp_path / "runs"),
        "OUTPUT_LONG": str(tmp_path / "long.csv"),
        "OUTPUT_SUMMARY": str(tmp_path / "summary.csv"),
    }

    def failure(design):
        with pytest.raises(QgsProcessingException) as excinfo:
            processing.run(
                "lsm:saturationtest",
                dict(base, DESIGN=design),
                context=QgsProcessingContext(),
                feedback=QgsProcessingFeedback(),
            )
        return str(excinfo.value)

    # the paper design: 1:200 needs 20000 training negatives, the layer has 400: stop at once with the numbers
    message = failure(1)
    assert "need 20000 negatives, but only 400" in message and "at most 1:4" in message
    # Table II needs random unlabeled training negatives too: the training rows hold only reliable ones
    assert "it has 0 random and 400 reliable ones" in failure(2)
    assert not (tmp_path / "runs").exists() or not list((tmp_path / "runs").iterdir())
