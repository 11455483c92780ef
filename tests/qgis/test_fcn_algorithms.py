"""lsm:trainfcn and lsm:fcnpredict through processing.run on the Ecuador data."""

import os

import pytest

torch = pytest.importorskip("torch")

FACTOR_NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
TINY = {"WINDOW": 96, "FILTERS": 2, "DEPTH": 1, "EPOCHS": 3, "LEARNING_RATE": 3e-3, "SEED": 7, "DEVICE": 1}

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def test_train_and_map_the_ecuador_rasters(run_alg, sample_dir, factor_paths, tmp_path):
    from landslide_susceptibility.core.bundle import load_bundle
    from osgeo import gdal

    trained = run_alg(
        "lsm:trainfcn",
        {
            "FACTORS": [factor_paths[n] for n in FACTOR_NAMES],
            "LANDSLIDES": str(sample_dir / "landslides.gpkg"),
            **TINY,
            "OUTPUT_BUNDLE": str(tmp_path / "fcn.lsmodel"),
        },
    )
    bundle = load_bundle(trained["OUTPUT_BUNDLE"])
    assert bundle.kind == "fcn" and bundle.factors == FACTOR_NAMES
    assert bundle.manifest["architecture"]["window"] == 96
    assert bundle.manifest["validation"]["test_set"] == "area"
    assert 1 <= trained["BEST_EPOCH"] <= 3
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
