"""core.report_content and the honest parts of the report: test sets, comparable runs, priors, the
best-model criterion, limitations and no local paths, on hand-made run records."""

import re

import pytest
from landslide_susceptibility.core import report, report_content
from landslide_susceptibility.core.runrecord import new_record, write_record


def _model(name, test_set, roc, pr, ba, test_hash, **extra):
    return new_record(
        "lsm:trainmodel",
        name=name,
        model_type=name.split()[0].lower(),
        ratio=10.0,
        dataset="ecuador",
        test_set=test_set,
        data_hashes={"train": "t0", "test": test_hash},
        metrics={"roc_auc": roc, "pr_auc": pr, "balanced_accuracy": ba},
        threshold=0.5,
        **extra,
    )


def _rates(name, success, prediction):
    return new_record(
        "lsm:ratecurves",
        kind="rate_curves",
        test_set="area",
        name=name,
        dataset=name,
        rate_curves={
            "success": {
                "auc": success,
                "area_share": [0, 0.5, 1],
                "landslide_share": [0, 0.9, 1],
                "n_landslide_cells": 80,
            },
            "prediction": {
                "auc": prediction,
                "area_share": [0, 0.5, 1],
                "landslide_share": [0, 0.8, 1],
                "n_landslide_cells": 20,
            },
        },
        summary={"n_area_cells": 1000},
    )


@pytest.fixture()
def records():
    # on rn, SMOTE-DNN looks best; on the random test set BRF is better in ROC-AUC and PR-AUC (issue 13)
    return [
        _model("BRF 1:10", "rn", 0.96, 0.82, 0.90, "rn-brf"),
        _model("SMOTE_DNN 1:10", "rn", 0.97, 0.85, 0.93, "rn-brf"),
        _model(
            "BRF 1:10",
            "random",
            0.846,
            0.105,
            0.70,
            "random",
            intervals={
                "roc_auc": {"value": 0.846, "low": 0.82, "high": 0.87},
                "_meta": {"n_pos": 412, "n_neg": 4120},
            },
            warnings=["the top class covers 40 % of the area: try more classes"],
        ),
        _model("SMOTE_DNN 1:10", "random", 0.824, 0.080, 0.75, "random"),
        new_record(
            "lsm:spysampling",
            name="spy prior 1:10",
            model_type="spy",
            ratio=10.0,
            dataset="ecuador",
            metrics={"roc_auc": 0.99, "pr_auc": 0.99, "balanced_accuracy": 0.98},
            parameters={"samples": "/home/analyst/secret/samples.gpkg|layername=s"},
        ),
    ]


def test_roc_auc_on_the_random_test_set_picks_the_honest_winner(records):
    best = report_content.choose_best(records)
    assert best.record is records[2] and best.criterion == "roc_auc" and best.test_set == "random"
    assert best.interval == (0.82, 0.87) and best.n_candidates == 2
    assert report_content.choose_best(records, "pr_auc").record is records[2]


def test_prediction_rate_auc_wins_when_rate_curves_exist(records):
    rated = records + [_rates("BRF map", 0.83, 0.799), _rates("SMOTE-DNN map", 0.85, 0.753)]
    best = report_content.choose_best(rated)
    assert best.criterion == "prediction_auc" and best.record["name"] == "BRF map" and best.value == 0.799
    # an explicit ROC-AUC criterion still ranks the model runs
    assert report_content.choose_best(rated, "roc_auc").record is records[2]


def test_only_rn_metrics_are_called_optimistic(records, tmp_path):
    rn_only = records[:2] + records[4:]
    best = report_content.choose_best(rn_only)
    assert best.test_set == "rn" and best.record["name"] == "SMOTE_DNN 1:10"
    assert "optimistic" in best.reason
    text = report.build_report(rn_only)
    assert 'class="optimistic"' in text and "these numbers are optimistic" in text


def test_priors_are_never_chosen_nor_ranked(records):
    assert report_content.is_prior(records[4]) and report_content.kind(records[4]) == "prior"
    assert report_content.choose_best(records).record is not records[4]
    text = report.build_report(records)
    priors = text.split("Prior models (reference, not ranked)")[1].split("</table>")[0]
    assert "spy prior 1:10" in priors and "0.9900" in priors and 'class="best"' not in priors
    models = text.split('data-set="metrics"')[1].split("</table>")[0]
    assert "spy prior" not in models


def test_best_marks_only_among_the_same_test_set(records):
    text = report.build_report(records)
    table = text.split('data-set="metrics"')[1].split("</table>")[0]
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table)[1:]:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row)
        rows[(cells[0], cells[3])] = row
    # the random test set comes first; each test set has its own column best
    assert list(rows)[0][1] == "random cells"
    assert "0.8460&#9733;" in rows[("BRF 1:10", "random cells")]
    assert "0.7500&#9733;" in rows[("SMOTE_DNN 1:10", "random cells")]  # BA of the random set
    assert "0.9700&#9733;" in rows[("SMOTE_DNN 1:10", "rn (reliable negatives)")]
    assert "0.9600&#9733;" not in rows[("BRF 1:10", "rn (reliable negatives)")]
    # the best-model text names the run, the criterion, the test set and the reason
    best = text.split("<h2>Best model</h2>")[1].split("</p>")[0]
    assert "BRF 1:10 (run " in best and "ROC-AUC" in best and "random cells test set" in best
    assert "0.846 (95 % interval 0.820 to 0.870)" in best and "because" in best


def test_limitations_methods_and_no_local_paths(records, tmp_path):
    store = tmp_path / "runs"
    for record in records:
        write_record(store, record)
    out = tmp_path / "r.html"
    report.write_report(out, str(store))
    text = out.read_text(encoding="utf-8")
    limits = text.split("<h2>Limitations</h2>")[1]
    assert "rn metrics are optimistic" in limits and "random unlabeled cells" in limits
    assert "412" in limits and "4120" in limits  # the test landslides and negatives of the interval
    assert "0.846 [0.820, 0.870]" in limits
    assert "the top class covers 40 % of the area" in limits
    methods = text.split("<h2>Methods, data and parameters</h2>")[1].split("<h2>")[0]
    assert "lsm:trainmodel" in methods and "lsm:spysampling" in methods and "ratio 1:10" in methods
    assert "samples.gpkg" in methods
    for private in ("/home/analyst", str(tmp_path), "layername"):
        assert private not in text
    assert "Run store: runs;" in text


def test_rate_curves_section_and_best_mark():
    rated = [_rates("BRF map", 0.83, 0.799), _rates("SMOTE-DNN map", 0.85, 0.753)]
    text = report.build_report(rated)
    table = text.split('class="rates wide"')[1].split("</table>")[0]
    assert "0.7990&#9733;" in table and "0.7530&#9733;" not in table
    assert "prediction-rate AUC" in text.split("<h2>Best model</h2>")[1].split("</p>")[0]
    assert text.count("data:image/png") == 1  # the rate-curves figure


def test_counts_and_public_values():
    record = {"summary": {"n_test_landslides": [10, 12], "n_test_negatives": [100, 120]}}
    assert report_content.landslide_counts(record) == (22, 220)
    record = {"confusion": {"tp": 3, "fn": 1, "tn": 7, "fp": 2}}
    assert report_content.landslide_counts(record) == (4, 9)
    assert report_content.landslide_counts({}) == (None, None)
    assert report_content.public_value({"a": ["C:\\data\\x.tif", "/tmp/y.gpkg|layername=y", "brf", 3]}) == {
        "a": ["x.tif", "y.gpkg", "brf", 3]
    }


def test_map_captions_in_words(tmp_path):
    classes = str(tmp_path / "OUTPUT.tif")
    jenks = new_record(
        "lsm:jenksclassify",
        name="BRF classes 5",
        outputs={"classes": classes},
        class_areas={"labels": ["Low"], "percent": [100.0]},
    )
    assert report_content.map_caption("OUTPUT", classes, [jenks]).startswith("Classes of BRF classes 5 (run ")
    assert report_content.map_caption("OUTPUT", str(tmp_path / "brf_map.tif"), []) == "Brf map (brf_map.tif)"
    assert (
        report_content.map_caption("Susceptibility - BRF 1:10", "/x/a.tif", []) == "Susceptibility - BRF 1:10"
    )
    with pytest.raises(ValueError):
        report_content.choose_best([], "balanced_accuracy")
