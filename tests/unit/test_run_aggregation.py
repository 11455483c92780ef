"""core.run_compare: rows, repeat groups (mean +/- sd), best values, filters, CSV, chart data."""

import csv
import json
import math

import pytest
from landslide_susceptibility.core import run_compare as rc
from landslide_susceptibility.core.metrics import METRIC_KEYS, threshold_metrics
from landslide_susceptibility.core.runrecord import new_record, read_store, write_record


def make(model, ratio, repeat, roc_auc, counts, dataset="ecuador", algorithm="lsm:trainmodel", **extra):
    """A record with metrics from confusion *counts* (tp, fp, tn, fn) and the given ROC-AUC."""
    metrics = threshold_metrics(*counts)
    metrics["roc_auc"] = roc_auc
    metrics["pr_auc"] = roc_auc - 0.03
    tp, fp, tn, fn = counts
    return new_record(
        algorithm,
        model_type=model,
        ratio=ratio,
        repeat=repeat,
        dataset=dataset,
        metrics=metrics,
        threshold=0.5,
        confusion={"tp": tp, "fp": fp, "tn": tn, "fn": fn},
        **extra,
    )


@pytest.fixture()
def records():
    return [
        make("brf", 1.0, 0, 0.80, (29, 8, 27, 6)),
        make("brf", 1.0, 1, 0.84, (30, 7, 28, 5)),
        make("brf", 1.0, 2, 0.82, (28, 6, 29, 7)),
        make("easyensemble", 1.0, 0, 0.78, (27, 9, 26, 8)),
        make("easyensemble", 1.0, 1, 0.79, (28, 9, 26, 7)),
        make("rf", 5.0, 0, 0.86, (24, 4, 171, 11)),
    ]


def test_mean_sd_by_hand():
    # 0.80, 0.84, 0.82: mean 0.82, deviations -0.02, 0.02, 0 -> sample variance 0.0008/2 -> sd 0.02
    mean, sd, n = rc.mean_sd([0.80, 0.84, 0.82])
    assert n == 3
    assert mean == pytest.approx(0.82)
    assert sd == pytest.approx(0.02)
    assert rc.mean_sd([0.7, None, float("nan"), "x"]) == (0.7, None, 1)
    assert rc.mean_sd([]) == (None, None, 0)


def test_group_rows_mean_and_sd(records):
    rows = rc.table_rows(records, grouped=True)
    by_model = {row["model_type"]: row for row in rows}
    assert [row["model_type"] for row in rows] == ["brf", "easyensemble", "rf"]
    assert by_model["brf"]["n"] == 3
    assert by_model["brf"]["values"]["roc_auc"] == pytest.approx(0.82)
    assert by_model["brf"]["sd"]["roc_auc"] == pytest.approx(0.02)
    # sensitivity 29/35, 30/35, 28/35 -> mean 29/35, sd 1/35
    assert by_model["brf"]["values"]["sensitivity"] == pytest.approx(29 / 35)
    assert by_model["brf"]["sd"]["sensitivity"] == pytest.approx(1 / 35)
    assert by_model["easyensemble"]["values"]["roc_auc"] == pytest.approx(0.785)
    assert by_model["rf"]["n"] == 1 and by_model["rf"]["sd"]["roc_auc"] is None
    assert set(by_model["brf"]["run_ids"]) == {r["run_id"] for r in records[:3]}


def test_groups_keep_ratio_dataset_and_experiment_apart(records):
    other = [
        make("brf", 2.0, 0, 0.8, (29, 8, 27, 6)),
        make("brf", 1.0, 0, 0.8, (29, 8, 27, 6), dataset="other"),
        make("brf", 1.0, 0, 0.8, (29, 8, 27, 6), group="saturation-1"),
    ]
    rows = rc.group_rows(records[:3] + other)
    assert sorted(row["n"] for row in rows) == [1, 1, 1, 3]


def test_best_values_and_ties(records):
    rows = rc.table_rows(records)
    best = rc.best_values(rows)
    assert best["roc_auc"] == pytest.approx(0.86)
    # specificity of rf: 171 / 175
    assert best["specificity"] == pytest.approx(171 / 175)
    assert best["sensitivity"] == pytest.approx(30 / 35)
    marked = [row["model_type"] for row in rows if rc.is_best(row, "roc_auc", best)]
    assert marked == ["rf"]
    tie = rc.table_rows([make("a", 1, 0, 0.9, (1, 1, 1, 1)), make("b", 1, 0, 0.9, (1, 1, 1, 1))])
    assert sum(rc.is_best(row, "roc_auc", rc.best_values(tie)) for row in tie) == 2
    assert rc.best_values([])["oa"] is None


def test_filters(records):
    assert rc.filter_choices(records) == (["brf", "easyensemble", "rf"], [1.0, 5.0], ["ecuador"])
    assert len(rc.filter_records(records, model="brf")) == 3
    assert len(rc.filter_records(records, ratio=5)) == 1
    assert len(rc.filter_records(records, model="brf", ratio=5.0)) == 0
    assert len(rc.filter_records(records, dataset="elsewhere")) == 0


def test_csv_equals_records(tmp_path, records):
    path = rc.write_csv(str(tmp_path / "runs.csv"), rc.table_rows(records))
    with open(path, encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert len(lines) == len(records)
    for line, record in zip(lines, records):
        assert line["run_id"] == record["run_id"]
        assert line["model_type"] == record["model_type"]
        assert float(line["ratio"]) == record["ratio"]
        assert int(line["repeat"]) == record["repeat"]
        for key in METRIC_KEYS:
            assert float(line[key]) == record["metrics"][key]  # full precision, not rounded


def test_grouped_csv(tmp_path, records):
    path = rc.write_csv(str(tmp_path / "groups.csv"), rc.table_rows(records, grouped=True), grouped=True)
    with open(path, encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert [line["n"] for line in lines] == ["3", "2", "1"]
    assert float(lines[0]["roc_auc_mean"]) == pytest.approx(0.82)
    assert float(lines[0]["roc_auc_sd"]) == pytest.approx(0.02)
    assert lines[2]["roc_auc_sd"] == ""


def test_odd_values_do_not_break_rows():
    record = new_record(
        "lsm:trainmodel", ratio="many", repeat="2", metrics={"oa": "0.9", "kappa": None, "f1": True}
    )
    row = rc.record_row(record)
    assert row["ratio"] is None and row["repeat"] == 2
    assert row["values"]["oa"] == 0.9 and row["values"]["kappa"] is None and row["values"]["f1"] is None
    assert rc.record_row(new_record("lsm:spysampling", metrics="broken"))["values"]["oa"] is None


def test_rename_and_delete(tmp_path, records):
    store = str(tmp_path)
    for record in records[:2]:
        write_record(store, record)
    found, _ = read_store(store)
    rc.rename_record(found[0], "BRF 1:1 first")
    with open(found[0]["_path"], encoding="utf-8") as handle:
        saved = json.load(handle)
    assert saved["name"] == "BRF 1:1 first" and "_path" not in saved
    with pytest.raises(ValueError):
        rc.rename_record(found[0], "  ")
    rc.delete_record(found[1])
    assert [r["run_id"] for r in read_store(store)[0]] == [found[0]["run_id"]]


def test_ratio_series():
    runs = [
        make("brf", 1.0, 0, 0.80, (29, 8, 27, 6)),
        make("brf", 1.0, 1, 0.84, (30, 7, 28, 5)),
        make("brf", 5.0, 0, 0.86, (24, 4, 171, 11)),
        make("rf", 5.0, 0, 0.83, (20, 3, 172, 15)),
        make("rf", None, 0, 0.83, (20, 3, 172, 15)),
    ]
    series = rc.ratio_series(runs, "roc_auc")
    assert list(series) == ["brf", "rf"]
    (r1, m1, s1, n1), (r5, m5, s5, n5) = series["brf"]
    assert (r1, n1, r5, n5) == (1.0, 2, 5.0, 1)
    assert m1 == pytest.approx(0.82) and s1 == pytest.approx(math.sqrt(0.0008))
    assert m5 == pytest.approx(0.86) and s5 is None
    assert series["rf"] == [(5.0, 0.83, None, 1)]


def test_class_area_series_and_curves():
    areas = {"labels": ["very low", "low", "high"], "percent": [50, 30, 20], "landslide_percent": [5, 25, 70]}
    runs = [
        make("brf", 1, 0, 0.8, (1, 1, 1, 1), class_areas=areas),
        make("brf", 1, 1, 0.8, (1, 1, 1, 1), class_areas=dict(areas, percent=[40, 40, 20])),
        make("rf", 1, 0, 0.8, (1, 1, 1, 1), class_areas=dict(areas, landslide_percent=None)),
        make("lr", 1, 0, 0.8, (1, 1, 1, 1), class_areas={"labels": ["a", "b"], "percent": [1, 99]}),
    ]
    labels, series = rc.class_area_series(runs)
    assert labels == ["very low", "low", "high"]
    assert series["brf"] == ([45.0, 35.0, 20.0], [5.0, 25.0, 70.0])
    assert series["rf"] == ([50.0, 30.0, 20.0], None)
    assert "lr" not in series
    roc = {"roc": {"fpr": [0, 0.2, 1], "tpr": [0, 0.7, 1]}, "pr": {"recall": [0, 1], "precision": [1]}}
    record = make("brf", 1, 0, 0.8, (29, 8, 27, 6), curves=roc)
    assert rc.curve(record, "roc") == ([0.0, 0.2, 1.0], [0.0, 0.7, 1.0])
    assert rc.curve(record, "pr") is None  # lengths differ
    assert rc.prevalence(record) == pytest.approx(35 / 70)


def test_stores_of_results(tmp_path, records):
    store = tmp_path / "runs"
    record_path = write_record(str(store), records[0])
    assert rc.stores_of_results({"RUN_RECORD": record_path, "N": 3}) == [str(store)]
    # an output beside the default store of an unsaved project ('lsm_runs' beside the outputs)
    outputs = tmp_path / "maps"
    outputs.mkdir()
    (outputs / "map.tif").write_bytes(b"not read")
    assert rc.stores_of_results({"OUTPUT": str(outputs / "map.tif")}) == []  # no lsm_runs there
    write_record(str(outputs / "lsm_runs"), records[1])
    (outputs / "elsewhere.tif").write_bytes(b"")
    found = rc.stores_of_results(
        {
            "OUTPUT": str(outputs / "map.tif") + "|layername=map",
            "OTHER": str(outputs / "elsewhere.tif"),
            "RUN_RECORD": record_path,
            "MISSING": str(tmp_path / "gone.tif"),
        }
    )
    assert found == [str(store), str(outputs / "lsm_runs")]
    assert rc.stores_of_results(None) == [] and rc.stores_of_results({"A": 1.5, "B": ""}) == []
