"""lsm:trainfcn and lsm:fcnpredict through processing.run on the Ecuador data: the bundle, the map,
the run records per test-set kind, leave-one-group-out validation and the device option."""

import glob
import json
import math
import os

import numpy as np
import pytest

torch = pytest.importorskip("torch")

FACTOR_NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
TINY = {"WINDOW": 96, "FILTERS": 2, "DEPTH": 1, "EPOCHS": 3, "LEARNING_RATE": 3e-3, "SEED": 7, "DEVICE": 1}

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def _records(store):
    """The records of *store*, each one the metrics dock reads (core.runrecord.validate_record)."""
    from landslide_susceptibility.core.runrecord import validate_record

    out = []
    for path in glob.glob(os.path.join(store, "*.lsmrun.json")):
        with open(path, encoding="utf-8") as stream:
            out.append(json.load(stream))
        assert validate_record(out[-1]) == "", path
    return out


def test_train_and_map_the_ecuador_rasters(run_alg, sample_dir, factor_paths, tmp_path):
    from landslide_susceptibility.core.bundle import load_bundle
    from osgeo import gdal

    store = tmp_path / "runs"
    trained = run_alg(
        "lsm:trainfcn",
        {
            "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
            "LANDSLIDES": str(sample_dir / "landslides.gpkg"),
            **TINY,
            "TEST_SHARE": 0.3,
            "RUN_STORE": str(store),
            "OUTPUT_BUNDLE": str(tmp_path / "fcn.lsmodel"),
        },
    )
    bundle = load_bundle(trained["OUTPUT_BUNDLE"])
    assert bundle.kind == "fcn" and bundle.factors == FACTOR_NAMES
    assert bundle.manifest["architecture"]["window"] == 96
    assert bundle.manifest["validation"]["test_set"] == "validation"
    assert bundle.manifest["test_set"] == "random"
    assert set(bundle.manifest["test_metrics_by_set"]) == {"random", "area"}
    assert 1 <= trained["BEST_EPOCH"] <= 3
    # one record per test-set kind, linked; the reported one is 'random'
    records = {r["test_set"]: r for r in _records(store)}
    assert set(records) == {"random", "area"} and trained["RUN_ID"] == records["random"]["run_id"]
    assert trained["RUN_RECORD"].endswith(records["random"]["run_id"] + ".lsmrun.json")
    assert records["area"]["test_set_runs"] == {k: r["run_id"] for k, r in records.items()}
    random_, area = records["random"], records["area"]
    assert random_["algorithm"] == "lsm:trainfcn" and random_["model_type"] == "fcn"
    assert random_["summary"]["n_test_positive"] == area["summary"]["n_test_positive"] > 0
    # 'random' holds as many non-landslide cells as landslide cells; 'area' every held-out cell
    assert random_["summary"]["n_test_negative"] == random_["summary"]["n_test_positive"]
    n_area = area["summary"]["n_test_positive"] + area["summary"]["n_test_negative"]
    assert 0 < n_area <= area["summary"]["n_test_cells"]
    assert math.isclose(trained["TEST_ROC_AUC"], random_["metrics"]["roc_auc"])
    for record in records.values():
        interval = record["intervals"]["roc_auc"]
        assert interval["low"] <= interval["value"] <= interval["high"]
        assert record["intervals"]["_meta"]["n_boot"] == 1000
        assert record["data_hashes"]["test"] != record["data_hashes"]["train"]
        assert record["summary"]["n_test_windows"] == 9  # 30 windows of 96 cells, 30 % held out
    assert math.isnan(trained["GROUP_ROC_AUC"]) and trained["GROUP_RUN_ID"] == ""
    mapped = run_alg(
        "lsm:fcnpredict",
        {
            "BUNDLE": trained["OUTPUT_BUNDLE"],
            "FACTORS": [factor_paths[n] for n in reversed(FACTOR_NAMES)],
            "DEVICE": 1,
            "OUTPUT": str(tmp_path / "fcn.tif"),
        },
    )
    result = gdal.Open(mapped["OUTPUT"]).ReadAsArray()
    assert result.shape == (415, 383)
    assert mapped["N_CELLS"] == 383 * 415 - 619 and int((result == -9999).sum()) == 619
    valid = result != -9999
    assert 0.0 <= result[valid].min() and result[valid].max() <= 1.0


def test_cancelled_map_leaves_no_file(run_alg, sample_dir, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    trained = run_alg(
        "lsm:trainfcn",
        {
            "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
            "LANDSLIDES": str(sample_dir / "landslides.gpkg"),
            **TINY,
            "EPOCHS": 1,
            "OUTPUT_BUNDLE": str(tmp_path / "fcn.lsmodel"),
        },
    )
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 20 else None)
    out = tmp_path / "maps"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "lsm:fcnpredict",
            {
                "BUNDLE": trained["OUTPUT_BUNDLE"],
                "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
                "DEVICE": 1,
                "OUTPUT": str(out / "never.tif"),
            },
            feedback=feedback,
        )
    assert os.listdir(out) == []
    if not torch.cuda.is_available():
        with pytest.raises(QgsProcessingException, match="'cuda' was asked for"):
            run_alg(
                "lsm:fcnpredict",
                {
                    "BUNDLE": trained["OUTPUT_BUNDLE"],
                    "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
                    "DEVICE": 2,
                    "OUTPUT": str(out / "never.tif"),
                },
            )
        assert os.listdir(out) == []


def _grouped_landslides(sample_dir, folder, groups):
    """landslides.gpkg with a field 'event' from *groups*(x, y) per point."""
    from osgeo import ogr

    source = ogr.Open(str(sample_dir / "landslides.gpkg"))
    layer = source.GetLayer(0)
    path = str(folder / "grouped.gpkg")
    target = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    out = target.CreateLayer("grouped", layer.GetSpatialRef(), ogr.wkbPoint)
    out.CreateField(ogr.FieldDefn("event", ogr.OFTString))
    for feature in layer:
        point = feature.GetGeometryRef()
        new = ogr.Feature(out.GetLayerDefn())
        new.SetGeometry(point.Clone())
        value = groups(point.GetX(), point.GetY())
        if value is not None:
            new.SetField("event", value)
        out.CreateFeature(new)
    target = None
    return path


def _west_east(x, _y):
    return "west" if x < 714100.0 else "east"


def test_leave_one_group_out_folds_tables_and_records(run_alg, sample_dir, factor_paths, tmp_path):
    from qgis.core import QgsProcessingFeedback, QgsVectorLayer

    progress = []
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(progress.append)
    store = tmp_path / "runs"
    trained = run_alg(
        "lsm:trainfcn",
        {
            "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
            "LANDSLIDES": _grouped_landslides(sample_dir, tmp_path, _west_east),
            **TINY,
            "EPOCHS": 2,
            "GROUP_FIELD": "event",
            "GROUP_MARGIN": 1,
            "RUN_STORE": str(store),
            "OUTPUT_FOLDS": str(tmp_path / "folds.gpkg"),
            "OUTPUT_SUMMARY": str(tmp_path / "summary.gpkg"),
            "OUTPUT_BUNDLE": str(tmp_path / "fcn.lsmodel"),
        },
        feedback=feedback,
    )
    records = _records(store)
    assert len(records) == 4  # 'random' and 'area' of the model, the same two of the group folds
    group = {r["test_set"]: r for r in records if r.get("kind") == "crossvalidation"}
    main = {r["test_set"]: r for r in records if r.get("kind") != "crossvalidation"}
    assert set(group) == set(main) == {"random", "area"}
    assert {r["group"] for r in records} == {main["random"]["run_id"]}
    assert (
        trained["GROUP_RUN_ID"] == group["random"]["run_id"] and trained["RUN_ID"] == main["random"]["run_id"]
    )
    for record in group.values():
        summary = record["summary"]
        assert summary["fold_mode"] == "group" and summary["fold_names"] == ["east", "west"]
        assert "region" in summary["test_set_text"] and summary["group_field"] == "event"
        folds = record["fold_metrics"]["roc_auc"]
        assert len(folds) == 2 and math.isclose(record["metrics"]["roc_auc"], float(np.mean(folds)))
        interval = record["intervals"]["roc_auc"]
        assert interval["low"] <= interval["value"] <= interval["high"]
        assert record["intervals"]["_meta"]["method"] == "t interval over 2 folds"
        assert all(n > 0 for n in summary["n_test_landslides"])
        # the regions of the 'west' / 'east' split do not overlap: no warning
        (_, e_c0, _, _), (_, _, _, w_c1) = summary["regions"]
        assert w_c1 <= e_c0 and record["warnings"] == []
        assert sum(summary["n_group_landslides"]) == 175
    random_, area = group["random"]["summary"], group["area"]["summary"]
    assert random_["n_test_landslides"] == area["n_test_landslides"]
    assert random_["n_test_negatives"] == random_["n_test_landslides"]
    assert all(a > r for a, r in zip(area["n_test_negatives"], random_["n_test_negatives"]))
    assert math.isclose(trained["GROUP_ROC_AUC"], group["random"]["metrics"]["roc_auc"])
    folds = QgsVectorLayer(trained["OUTPUT_FOLDS"], "folds", "ogr")
    rows = [(f["test_set"], f["fold_name"], f["roc_auc"]) for f in folds.getFeatures()]
    assert sorted((k, n) for k, n, _ in rows) == [
        ("area", "east"),
        ("area", "west"),
        ("random", "east"),
        ("random", "west"),
    ]
    summary = QgsVectorLayer(trained["OUTPUT_SUMMARY"], "summary", "ogr")
    auc_rows = {f["test_set"]: f for f in summary.getFeatures() if f["metric"] == "roc_auc"}
    assert math.isclose(auc_rows["random"]["mean"], trained["GROUP_ROC_AUC"])
    assert auc_rows["random"]["low"] <= auc_rows["random"]["mean"] <= auc_rows["random"]["high"]
    assert progress == sorted(progress) and progress[-1] == 100


def test_group_field_mistakes_are_named(run_alg, sample_dir, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException

    base = {
        "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
        **TINY,
        "EPOCHS": 1,
        "GROUP_FIELD": "event",
        "OUTPUT_BUNDLE": str(tmp_path / "fcn.lsmodel"),
    }
    one = tmp_path / "one"
    one.mkdir()
    with pytest.raises(QgsProcessingException, match="single value"):
        run_alg(
            "lsm:trainfcn", {**base, "LANDSLIDES": _grouped_landslides(sample_dir, one, lambda x, y: "a")}
        )
    empty = tmp_path / "empty"
    empty.mkdir()
    blank = _grouped_landslides(sample_dir, empty, lambda x, y: None if x < 713000 else "b")
    with pytest.raises(QgsProcessingException, match="no value in the group field"):
        run_alg("lsm:trainfcn", {**base, "LANDSLIDES": blank})
    assert not os.path.exists(base["OUTPUT_BUNDLE"])


def test_cancel_during_group_folds_leaves_no_bundle(run_alg, sample_dir, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 10 else None)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "lsm:trainfcn",
            {
                "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
                "LANDSLIDES": _grouped_landslides(sample_dir, tmp_path, _west_east),
                **TINY,
                "GROUP_FIELD": "event",
                "RUN_STORE": str(tmp_path / "runs"),
                "OUTPUT_BUNDLE": str(tmp_path / "fcn.lsmodel"),
            },
            feedback=feedback,
        )
    assert not os.path.exists(tmp_path / "fcn.lsmodel") and not os.path.exists(tmp_path / "runs")


def test_cuda_without_a_gpu_is_refused_before_any_work(run_alg, sample_dir, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException

    if torch.cuda.is_available():
        pytest.skip("a CUDA GPU is present: the GPU test in tests/unit/test_fcn.py covers this path")
    with pytest.raises(QgsProcessingException, match="'cuda' was asked for"):
        run_alg(
            "lsm:trainfcn",
            {
                "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
                "LANDSLIDES": str(sample_dir / "landslides.gpkg"),
                **TINY,
                "DEVICE": 2,
                "OUTPUT_BUNDLE": str(tmp_path / "fcn.lsmodel"),
            },
        )
    assert not os.path.exists(tmp_path / "fcn.lsmodel")
