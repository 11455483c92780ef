"""lsm:trainlsnet and lsm:lsnetpredict through processing.run on the Ecuador data."""

import json
import os

import numpy as np
import pytest

torch = pytest.importorskip("torch")

FACTOR_NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
#: a tiny network that trains in seconds on a CPU
TINY = {
    "PATCH_SIZE": 11,
    "WIDTH": 4,
    "EPOCHS": 8,
    "LEARNING_RATE": 1e-3,
    "PATIENCE": 8,
    "SEED": 42,
    "DEVICE": 1,
}


pytestmark = pytest.mark.usefixtures("one_torch_thread")


@pytest.fixture(scope="module")
def trained_bundle(tmp_path_factory, sample_dir, factor_paths, lsm_provider):
    """Results of one lsm:trainlsnet run on points_350 (label 'lslpts', no split field)."""
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject, QgsVectorLayer

    torch.set_num_threads(1)
    folder = tmp_path_factory.mktemp("lsnet")
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    results = processing.run(
        "lsm:trainlsnet",
        {
            "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
            "SAMPLES": str(sample_dir / "points_350.gpkg"),
            "LABEL_FIELD": "lslpts",
            **TINY,
            "OUTPUT_BUNDLE": str(folder / "net.lsmodel"),
            "OUTPUT_CURVES": str(folder / "curves.gpkg"),
            "OUTPUT_CURVES_PNG": str(folder / "curves.png"),
            "RUN_STORE": str(folder / "runs"),
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    curves = QgsVectorLayer(results["OUTPUT_CURVES"], "curves", "ogr")
    rows = [f.attributes() for f in curves.getFeatures()]
    return results, folder, rows


def test_training_writes_bundle_curves_and_run_record(trained_bundle):
    from landslide_susceptibility.core.bundle import load_bundle

    results, folder, curve_rows = trained_bundle
    bundle = load_bundle(results["OUTPUT_BUNDLE"])
    assert bundle.kind == "lsnet"
    assert bundle.factors == FACTOR_NAMES
    assert bundle.manifest["patch_size"] == 11
    assert bundle.manifest["cell_size"] == [10.0, 10.0]
    with open(folder / "curves.png", "rb") as handle:
        assert handle.read(4) == b"\x89PNG"
    # one table row per epoch: epoch, train_loss, val_loss, val_auc, seconds
    assert [int(r[0]) for r in curve_rows] == list(range(1, 9))
    assert all(0.0 <= r[3] <= 1.0 for r in curve_rows)
    with open(results["RUN_RECORD"], encoding="utf-8") as handle:
        record = json.load(handle)
    assert record["algorithm"] == "lsm:trainlsnet" and record["model_type"] == "lsnet"
    assert record["run_id"] == results["RUN_ID"]
    # 30 % of each class held out for testing: 52 + 52 of 175 + 175
    assert record["summary"]["n_test"] == 104
    assert record["ratio"] == 1.0  # 123 + 123 fitted (training and validation)
    assert record["dataset"] == "points_350"
    assert record["confusion"]["tp"] + record["confusion"]["fn"] == 52
    assert record["metrics"]["roc_auc"] == pytest.approx(results["TEST_ROC_AUC"])
    assert results["TEST_ROC_AUC"] > 0.6  # chance is 0.5
    assert 1 <= results["BEST_EPOCH"] <= 8
    # the test metrics of the models issue, at 0.5 and at the best G-mean threshold, with curves
    from landslide_susceptibility.core.metrics import METRIC_KEYS

    assert set(METRIC_KEYS) <= set(record["metrics"]) and set(METRIC_KEYS) <= set(record["metrics_best"])
    assert len(record["curves"]["roc"]["fpr"]) == len(record["curves"]["roc"]["tpr"]) >= 2
    # the record names the files of the run; the curves table is a file the dock can load
    assert record["outputs"]["bundle"] == results["OUTPUT_BUNDLE"]
    assert record["outputs"]["curves_png"] == str(folder / "curves.png")
    assert record["outputs"]["curves"].split("|")[0] == str(folder / "curves.gpkg")
    # the curves of the record and of the table are the same epochs
    assert [h["epoch"] for h in record["summary"]["history"]] == [int(r[0]) for r in curve_rows]
    assert record["summary"]["best_epoch"] == results["BEST_EPOCH"]
    assert record["summary"]["architecture"] == bundle.manifest["architecture"]
    assert bundle.manifest["normalisation"]["mean"] and len(bundle.manifest["normalisation"]["std"]) == 5
    assert "mask channel" in bundle.manifest["nodata_handling"]


def test_predict_from_the_stack_equals_single_rasters(
    trained_bundle, run_alg, sample_dir, factor_paths, tmp_path
):
    from landslide_susceptibility.core.grid import grid_of
    from osgeo import gdal
    from qgis.core import QgsVectorLayer

    bundle = trained_bundle[0]["OUTPUT_BUNDLE"]
    singles = run_alg(
        "lsm:lsnetpredict",
        {
            "BUNDLE": bundle,
            "FACTORS": [factor_paths[n] for n in reversed(FACTOR_NAMES)],
            "TILE_SIZE": 100,
            "DEVICE": 0,
            "OUTPUT": str(tmp_path / "singles.tif"),
        },
    )
    stack = run_alg(
        "lsm:lsnetpredict",
        {
            "BUNDLE": bundle,
            "FACTORS": [str(sample_dir / "factor_stack.tif")],
            "OUTPUT": str(tmp_path / "stack.tif"),
        },
    )
    a = gdal.Open(singles["OUTPUT"]).ReadAsArray()
    b = gdal.Open(stack["OUTPUT"]).ReadAsArray()
    assert a.shape == (415, 383)
    assert singles["N_CELLS"] == 383 * 415 - 619
    assert int((a == -9999).sum()) == 619
    valid = a != -9999
    assert 0.0 <= a[valid].min() and a[valid].max() <= 1.0
    # the map ranks the known landslide cells above the non-landslide ones on average
    points = QgsVectorLayer(str(sample_dir / "points_350.gpkg"), "points", "ogr")
    grid = grid_of(factor_paths["slope"])
    xy = np.array([(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in points.getFeatures()])
    labels = np.array([f["lslpts"] for f in points.getFeatures()])
    rows, cols = grid.rowcol(xy[:, 0], xy[:, 1])
    assert a[rows, cols][labels == 1].mean() > a[rows, cols][labels == 0].mean()
    assert np.array_equal(a == -9999, b == -9999)
    assert np.max(np.abs(a - b)) <= 1e-6


def test_predict_refuses_rasters_of_other_factors(trained_bundle, run_alg, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="log10_carea"):
        run_alg(
            "lsm:lsnetpredict",
            {
                "BUNDLE": trained_bundle[0]["OUTPUT_BUNDLE"],
                "FACTORS": [factor_paths[n] for n in FACTOR_NAMES[:4]],
                "OUTPUT": str(tmp_path / "x.tif"),
            },
        )
    assert not (tmp_path / "x.tif").exists()


def test_training_uses_the_split_field(run_alg, sample_dir, factor_paths, tmp_path):
    from landslide_susceptibility.algorithms._compat import make_field
    from qgis.core import QgsFeature, QgsVectorLayer

    source = QgsVectorLayer(str(sample_dir / "points_350.gpkg"), "points", "ogr")
    layer = QgsVectorLayer(f"Point?crs={source.crs().authid()}", "samples", "memory")
    layer.dataProvider().addAttributes([make_field("label", "int"), make_field("split", "str")])
    layer.updateFields()
    features = []
    for i, f in enumerate(source.getFeatures()):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(f.geometry())
        feature.setAttributes([int(f["lslpts"]), "test" if i % 4 == 0 else "train"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    results = run_alg(
        "lsm:trainlsnet",
        {
            "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
            "SAMPLES": layer,
            **TINY,
            "PATCH_SIZE": 9,
            "EPOCHS": 2,
            "OUTPUT_BUNDLE": str(tmp_path / "split.lsmodel"),
            "OUTPUT_CURVES_PNG": "",
            "RUN_STORE": str(tmp_path / "runs"),
        },
    )
    with open(results["RUN_RECORD"], encoding="utf-8") as handle:
        record = json.load(handle)
    assert record["parameters"]["split_field"] == "split"
    assert record["summary"]["n_test"] == 88  # every 4th of 350 points
    assert record["summary"]["n_train"] + record["summary"]["n_validation"] == 262


def _training_refused(run_alg, factor_paths, samples, tmp_path, match, **extra):
    """lsm:trainlsnet of the TINY network on *samples* (label 'lslpts') with *extra* fails with *match*."""
    from qgis.core import QgsProcessingException

    parameters = {
        "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
        "SAMPLES": str(samples),
        "LABEL_FIELD": "lslpts",
        **TINY,
        **extra,
        "OUTPUT_BUNDLE": str(tmp_path / "never.lsmodel"),
    }
    with pytest.raises(QgsProcessingException, match=match):
        run_alg("lsm:trainlsnet", parameters)


def test_training_needs_non_landslides(run_alg, sample_dir, factor_paths, tmp_path):
    landslides = sample_dir / "landslides.gpkg"
    runs = str(tmp_path / "runs")
    _training_refused(run_alg, factor_paths, landslides, tmp_path, "non-landslides", RUN_STORE=runs)
    assert not (tmp_path / "never.lsmodel").exists()


def test_patch_larger_than_the_rasters_is_refused(run_alg, sample_dir, factor_paths, tmp_path):
    # even sizes are accepted since issue 20 (the paper's 224); a patch beyond the rasters is not
    points = sample_dir / "points_350.gpkg"
    _training_refused(
        run_alg, factor_paths, points, tmp_path, "larger than the factor rasters", PATCH_SIZE=416
    )


@pytest.mark.parametrize("alg_id", ["lsm:trainlsnet", "lsm:lsnetpredict"])
def test_algorithms_registered_and_executable(lsm_provider, alg_id):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg is not None
    assert alg.canExecute()[0]
    assert alg.groupId() == ("models" if alg_id == "lsm:trainlsnet" else "maps")


class _CancelAt:
    """Cancels a QgsProcessingFeedback once its progress passes *percent*."""

    def __init__(self, percent):
        from qgis.core import QgsProcessingFeedback

        self.feedback = QgsProcessingFeedback()
        self.percent = percent
        self.feedback.progressChanged.connect(self._progress)

    def _progress(self, value):
        if value > self.percent:
            self.feedback.cancel()


def test_cancelled_training_leaves_no_file(run_alg, sample_dir, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException

    cancel = _CancelAt(20.0)  # training is 10-90 %: cancelled after two of eight epochs
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "lsm:trainlsnet",
            {
                "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
                "SAMPLES": str(sample_dir / "points_350.gpkg"),
                "LABEL_FIELD": "lslpts",
                **TINY,
                "PATCH_SIZE": 9,
                "OUTPUT_BUNDLE": str(tmp_path / "never.lsmodel"),
                "OUTPUT_CURVES": str(tmp_path / "never_curves.gpkg"),
                "OUTPUT_CURVES_PNG": str(tmp_path / "never.png"),
                "RUN_STORE": str(tmp_path / "runs"),
            },
            feedback=cancel.feedback,
        )
    assert cancel.feedback.isCanceled()
    assert sorted(os.listdir(tmp_path)) == []


def test_cancelled_map_leaves_no_file(trained_bundle, run_alg, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException

    cancel = _CancelAt(10.0)  # 20 tiles of 100 cells: cancelled after the third
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "lsm:lsnetpredict",
            {
                "BUNDLE": trained_bundle[0]["OUTPUT_BUNDLE"],
                "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
                "TILE_SIZE": 100,
                "DEVICE": 1,
                "OUTPUT": str(tmp_path / "cancelled.tif"),
            },
            feedback=cancel.feedback,
        )
    assert cancel.feedback.isCanceled()
    assert os.listdir(tmp_path) == []


def _geology(source, path, unseen=False):
    """A categorical raster of 4 classes (10, 20, 30, 40) by elevation quartile, on the factors' grid;
    *unseen*: the top-left 20 x 20 cells get class 99."""
    from osgeo import gdal

    ds = gdal.Open(source)
    elev = ds.GetRasterBand(1).ReadAsArray().astype(np.float64)
    valid = np.isfinite(elev)  # the Ecuador rasters mark nodata with NaN
    breaks = np.quantile(elev[valid], [0.25, 0.5, 0.75])
    classes = (np.digitize(elev, breaks) + 1) * 10.0
    classes[~valid] = -1
    if unseen:
        classes[:20, :20] = 99
    out = gdal.GetDriverByName("GTiff").Create(str(path), ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Float32)
    out.SetGeoTransform(ds.GetGeoTransform())
    out.SetProjection(ds.GetProjection())
    out.GetRasterBand(1).SetNoDataValue(-1)
    out.GetRasterBand(1).WriteArray(classes)
    out = None
    return str(path)


class _Warnings:
    """A QgsProcessingFeedback that keeps its warnings."""

    def __init__(self):
        from qgis.core import QgsProcessingFeedback

        class Feedback(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.warnings = []

            def pushWarning(self, text):  # noqa: N802
                self.warnings.append(text)
                super().pushWarning(text)

        self.feedback = Feedback()


def test_late_fusion_categorical_factor_and_one_record_per_test_kind(
    run_alg, sample_dir, factor_paths, tmp_path
):
    """A late-fusion network with a one-hot categorical factor; negatives of both kinds give one
    linked record per kind with bootstrap intervals; an unseen class at mapping time is warned about."""
    from landslide_susceptibility.algorithms._compat import make_field
    from landslide_susceptibility.core.bundle import load_bundle
    from osgeo import gdal
    from qgis.core import QgsFeature, QgsVectorLayer

    geology = _geology(factor_paths["elev"], tmp_path / "geology.tif")
    source = QgsVectorLayer(str(sample_dir / "points_350.gpkg"), "points", "ogr")
    layer = QgsVectorLayer(f"Point?crs={source.crs().authid()}", "kinds", "memory")
    layer.dataProvider().addAttributes([make_field("label", "int"), make_field("negative_kind", "str")])
    layer.updateFields()
    features = []
    for i, f in enumerate(source.getFeatures()):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(f.geometry())
        label = int(f["lslpts"])
        feature.setAttributes([label, "" if label else ("rn" if i % 2 else "random")])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    factors = [factor_paths[n] for n in ("slope", "elev")] + [geology]
    results = run_alg(
        "lsm:trainlsnet",
        {
            "FACTORS": factors,
            "CATEGORICAL": "geology",
            "FUSION": 1,
            "SAMPLES": layer,
            **TINY,
            "PATCH_SIZE": 9,
            "WIDTH": 2,
            "EPOCHS": 2,
            "OUTPUT_BUNDLE": str(tmp_path / "late.lsmodel"),
            "OUTPUT_CURVES_PNG": "",
            "RUN_STORE": str(tmp_path / "runs"),
        },
    )
    bundle = load_bundle(results["OUTPUT_BUNDLE"])
    arch = bundle.manifest["architecture"]
    assert arch["fusion"] == "late" and arch["categories"] == [[], [], [10, 20, 30, 40]]
    assert bundle.manifest["categorical"] == {"geology": [10, 20, 30, 40]}
    with open(results["RUN_RECORD"], encoding="utf-8") as handle:
        first = json.load(handle)
    assert first["test_set"] == "random"
    links = first["test_set_runs"]
    assert set(links) == {"random", "rn"} and links["random"] == results["RUN_ID"]
    runs = [json.loads(p.read_text(encoding="utf-8")) for p in (tmp_path / "runs").rglob("*.json")]
    by_kind = {r["test_set"]: r for r in runs if r.get("algorithm") == "lsm:trainlsnet"}
    assert set(by_kind) == {"random", "rn"}
    for record in by_kind.values():
        interval = record["intervals"]["roc_auc"]
        assert interval["low"] <= record["metrics"]["roc_auc"] <= interval["high"]
        assert record["intervals"]["_meta"]["n_boot"] == 1000
        # the test landslides with the test negatives of this kind only
        n_pos, n_neg = record["summary"]["n_test_positive"], record["summary"]["n_test_negative"]
        assert n_pos + n_neg < record["summary"]["n_test"] and n_pos == 52
    # both kinds in training: the network trains on the reliable negatives only
    assert first["ratio"] < 0.6
    (tmp_path / "unseen").mkdir()
    unseen = _geology(factor_paths["elev"], tmp_path / "unseen" / "geology.tif", unseen=True)
    warnings = _Warnings()
    mapped = run_alg(
        "lsm:lsnetpredict",
        {
            "BUNDLE": results["OUTPUT_BUNDLE"],
            "FACTORS": [factor_paths["slope"], factor_paths["elev"], unseen],
            "OUTPUT": str(tmp_path / "late.tif"),
        },
        feedback=warnings.feedback,
    )
    assert any("99" in w and "geology" in w for w in warnings.feedback.warnings)
    values = gdal.Open(mapped["OUTPUT"]).ReadAsArray()
    assert values[5, 5] != -9999 and 0.0 <= values[5, 5] <= 1.0  # an unseen class is still mapped
