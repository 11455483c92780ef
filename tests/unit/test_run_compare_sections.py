"""core.run_compare: sections of the dock, "best" only among comparable runs, the rn flag, rate curves
and fold values of the validation records, the test-set column in CSV."""

import csv

from landslide_susceptibility.core import run_compare as rc
from landslide_susceptibility.core.runrecord import new_record


def _run(model, roc, test_set, digest="h1", **extra):
    return new_record(
        "lsm:trainmodel",
        model_type=model,
        metrics={"roc_auc": roc},
        test_set=test_set,
        data_hashes={"test": digest},
        **extra,
    )


def test_sections():
    prior = new_record("lsm:spysampling", model_type="spy", metrics={"roc_auc": 0.99}, test_set="rn")
    classes = new_record("lsm:jenksclassify", class_areas={"labels": ["a"], "percent": [100.0]})
    rates = new_record("lsm:ratecurves", kind="rate_curves", test_set="area", rate_curves={})
    model = _run("brf", 0.8, "random")
    sections = rc.split_sections([prior, classes, model, rates])
    assert sections == {"metrics": [model], "maps": [classes, rates], "priors": [prior]}


def test_best_only_among_comparable_rows():
    records = [
        _run("brf", 0.80, "random"),
        _run("rf", 0.85, "random"),
        _run("brf", 0.95, "rn"),  # the highest value, but on another test set
        _run("lr", 0.90, "random", digest="other"),  # other test data
    ]
    rows = rc.table_rows(records)
    best = rc.best_among_comparable(rows)
    marked = [(r["model_type"], r["test_set"]) for r in rows if rc.is_best_among(r, "roc_auc", best)]
    assert marked == [("rf", "random"), ("brf", "rn"), ("lr", "random")]
    # the plain best of the column would mark the rn run alone
    assert [r["model_type"] for r in rows if rc.is_best(r, "roc_auc", rc.best_values(rows))] == ["brf"]


def test_repeats_on_two_test_sets_are_two_groups():
    records = [_run("brf", 0.8, "random", repeat=i) for i in range(2)]
    records += [_run("brf", 0.9, "rn", repeat=i) for i in range(2)]
    groups = rc.table_rows(records, grouped=True)
    assert [(g["test_set"], g["n"]) for g in groups] == [("random", 2), ("rn", 2)]


def test_uses_rn():
    assert rc.uses_rn(rc.table_rows([_run("brf", 0.9, "rn")]))
    assert not rc.uses_rn(rc.table_rows([_run("brf", 0.9, "random")]))
    # an rn record without any metric does not count
    assert not rc.uses_rn(rc.table_rows([new_record("lsm:x", test_set="rn")]))


def test_rate_curve_series_and_fold_values():
    rates = new_record(
        "lsm:ratecurves",
        rate_curves={
            "success": {"area_share": [0, 0.5, 1], "landslide_share": [0, 0.8, 1], "auc": 0.8},
            "prediction": {"area_share": [0, 1], "landslide_share": [0], "auc": 0.7},  # broken: skipped
        },
    )
    found = rc.rate_curve_series([rates, _run("brf", 0.8, "random")])
    assert [(kind, x, y, auc) for _, kind, x, y, auc in found] == [("success", [0, 0.5, 1], [0, 0.8, 1], 0.8)]
    cv = new_record("lsm:crossvalidate", fold_metrics={"roc_auc": [0.7, None, 0.9], "oa": [0.5]})
    assert rc.fold_values([cv], "roc_auc") == [(cv, [0.7, 0.9])]
    assert rc.fold_values([cv], "oa") == []  # one value is no spread


def test_csv_has_the_test_set(tmp_path):
    rows = rc.table_rows([_run("brf", 0.8, "random"), _run("brf", 0.9, "rn")])
    path = rc.write_csv(str(tmp_path / "runs.csv"), rows)
    with open(path, encoding="utf-8", newline="") as handle:
        assert [line["test_set"] for line in csv.DictReader(handle)] == ["random", "rn"]
