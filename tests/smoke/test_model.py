"""The graphical model shipped with the plugin (resources/models/lsm_pipeline.model3) through the real
qgis_process binary, as `lsm:pipeline`, on a copy of the bundled Ecuador data."""

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis_env import PLUGIN_PATH, QGIS_PROCESS, qgis_process_env

REPO = Path(__file__).resolve().parent.parent.parent
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
MODEL_ID = "lsm:pipeline"
#: the model's output parameters ('<step>:<output>'), which batch users name on the command line
OUTPUTS = {
    "trainmodel:Model bundle": "brf.lsmodel",
    "predictraster:Susceptibility": "susceptibility.tif",
    "jenksclassify:Classes": "classes.tif",
    "jenksclassify:Class table": "classes.csv",
    "evaluatemodel:ROC and PR curves": "curves.png",
    "ratecurves:Success and prediction rate curves": "rates.png",
}

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin not installed")


@pytest.fixture(scope="module")
def qgis_env(tmp_path_factory):
    """Environment of qgis_process: a profile of its own with the plugin enabled."""
    assert (PLUGIN_PATH / "landslide_susceptibility").exists(), "run `make setup` first"
    return qgis_process_env(tmp_path_factory.mktemp("qgis_model"))


def test_model_is_listed_with_its_parameters(qgis_env):
    proc = subprocess.run(
        [QGIS_PROCESS, "help", MODEL_ID], env=qgis_env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    for name in ["FACTORS", "INVENTORY", "NEGATIVE_RATIO", "TREES", "N_CLASSES", "RUN_STORE"] + list(OUTPUTS):
        assert f"{name}:" in proc.stdout, name


def test_model_runs_the_pipeline(qgis_env, sample_dir, tmp_path):
    out = tmp_path / "out"
    runs = out / "runs"
    args = [QGIS_PROCESS, "--json", "run", MODEL_ID, "--"]
    args += [f"FACTORS={sample_dir / (name + '.tif')}" for name in FACTORS]
    args += [
        f"INVENTORY={sample_dir / 'landslides.gpkg'}",
        "TREES=30",
        "UNLABELED_RATIO=10",
        "NEGATIVE_RATIO=2",
        "N_CLASSES=5",
        "SEED=7",
        f"RUN_STORE={runs}",
    ]
    args += [f"{name}={out / file}" for name, file in OUTPUTS.items()]
    out.mkdir()
    started = time.perf_counter()
    proc = subprocess.run(args, env=qgis_env, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    results = json.loads(proc.stdout[proc.stdout.index("{") :])["results"]
    for name, file in OUTPUTS.items():
        assert results[name] == str(out / file)
        assert (out / file).stat().st_size > 0, name

    # the bundle is a balanced random forest of 30 trees on the five factors
    sys.path.insert(0, str(PLUGIN_PATH))
    from landslide_susceptibility.core.bundle import load_bundle

    manifest = load_bundle(str(out / "brf.lsmodel")).manifest
    assert manifest["model_type"] == "brf" and manifest["factors"] == FACTORS
    assert manifest["parameters"]["n_estimators"] == 30

    # the map covers the factors' valid cells with probabilities; the classes are 1..5 there
    slope = gdal.Open(str(sample_dir / "slope.tif")).ReadAsArray()
    valid = np.isfinite(slope)
    susceptibility = gdal.Open(str(out / "susceptibility.tif")).ReadAsArray()
    assert susceptibility.shape == slope.shape
    assert (susceptibility[valid] >= 0).all() and (susceptibility[valid] <= 1).all()
    assert 0.05 < susceptibility[valid].std()
    classes = gdal.Open(str(out / "classes.tif")).ReadAsArray()
    assert set(np.unique(classes[valid])) == {1, 2, 3, 4, 5}

    # most landslides fall into the very high class, far beyond its share of the area
    with open(out / "classes.csv", encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    assert [row["label"] for row in table] == ["Very low", "Low", "Moderate", "High", "Very high"]
    very_high = table[-1]
    assert float(very_high["landslide_pct"]) > 50 > float(very_high["area_pct"])
    assert abs(sum(float(row["area_pct"]) for row in table) - 100) < 1e-6

    # run records of the spy step, the training and the evaluation; the test split (kept apart from
    # training, with negatives of its own spy model) is predicted well
    records = {r["algorithm"]: r for r in _records(runs) if r.get("test_set") != "random"}
    assert sorted(records) == [
        "lsm:evaluatemodel",
        "lsm:jenksclassify",
        "lsm:ratecurves",
        "lsm:spysampling",
        "lsm:trainmodel",
    ]
    # the prediction rate on the test landslides: far above the 0.5 of a random map
    assert records["lsm:ratecurves"]["summary"]["prediction_auc"] > 0.7
    evaluation = records["lsm:evaluatemodel"]
    # one record per test-set kind, each named after its kind (the 'random' one is 'BRF (pipeline) [random]')
    assert evaluation["model_type"] == "brf" and evaluation["name"] == "BRF (pipeline) [rn]"
    assert evaluation["metrics"]["roc_auc"] > 0.8
    # 53 test landslides (30 % of 175) and two spy negatives each
    assert (evaluation["summary"]["n_test_positive"], evaluation["summary"]["n_test_negative"]) == (53, 106)
    print(f"\n{MODEL_ID}: {seconds:.1f} s")


def test_model_defaults_apply_when_left_out(qgis_env, sample_dir, tmp_path):
    """qgis_process hands a model no value for a left-out input; the model's own defaults still apply
    (100 trees, 10 unlabeled cells per landslide), and the records go beside the bundle."""
    args = [QGIS_PROCESS, "--json", "run", MODEL_ID, "--"]
    args += [f"FACTORS={sample_dir / (name + '.tif')}" for name in FACTORS]
    args += [
        f"INVENTORY={sample_dir / 'landslides.gpkg'}",
        f"trainmodel:Model bundle={tmp_path / 'm.lsmodel'}",
        f"predictraster:Susceptibility={tmp_path / 's.tif'}",
        f"jenksclassify:Classes={tmp_path / 'c.tif'}",
    ]
    proc = subprocess.run(args, env=qgis_env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    sys.path.insert(0, str(PLUGIN_PATH))
    from landslide_susceptibility.core.bundle import load_bundle

    assert load_bundle(str(tmp_path / "m.lsmodel")).manifest["parameters"]["n_estimators"] == 100
    records = {r["algorithm"]: r for r in _records(tmp_path / "lsm_runs") if r.get("test_set") != "random"}
    assert records["lsm:trainmodel"]["parameters"]["MODEL_PARAMS"] == "n_estimators=100"
    assert records["lsm:evaluatemodel"]["summary"]["n_test_negative"] == 2 * 53
    assert "1220 unlabeled" in proc.stdout


PAPER_MODELS = ("BRF", "EasyEnsemble", "SMOTE-DNN", "ADASYN-DNN")


def test_paper_experiment_model_runs(qgis_env, sample_dir, tmp_path):
    """lsm:paperexperiment in a reduced setting (two ratios, two repeats, a 1:10 test set, BRF alone in the
    saturation test, 20 trees): the saturation summary, the four maps with their classes and the report."""
    out = tmp_path / "paper"
    args = [QGIS_PROCESS, "--json", "run", "lsm:paperexperiment", "--"]
    args += [f"FACTORS={sample_dir / (name + '.tif')}" for name in FACTORS]
    args += [
        f"INVENTORY={sample_dir / 'landslides.gpkg'}",
        "RATIOS=2,5",
        "REPEATS=2",
        "TEST_RATIO=10",
        "MODELS=0",
        "TREES=20",
        f"RUN_STORE={out / 'runs'}",
        f"report:Report={out / 'report.html'}",
        f"saturationtest:Saturation summary={out / 'saturation.csv'}",
    ]
    for short in PAPER_MODELS:
        suffix = short.lower().replace("-", "_")
        args += [
            f"predictraster_{suffix}:Susceptibility {short}={out / f's_{suffix}.tif'}",
            f"jenksclassify_{suffix}:Classes {short}={out / f'c_{suffix}.tif'}",
        ]
    out.mkdir()
    started = time.perf_counter()
    proc = subprocess.run(args, env=qgis_env, capture_output=True, text=True, timeout=900)
    seconds = time.perf_counter() - started
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert (out / "report.html").stat().st_size > 0
    with open(out / "saturation.csv", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) >= 2  # one row per ratio (and test set) at least
    records = _records(out / "runs")
    curves = [r for r in records if r["algorithm"] == "lsm:ratecurves"]
    assert len(curves) == 4 and all(r["summary"]["prediction_auc"] > 0.6 for r in curves)
    for short in PAPER_MODELS:
        suffix = short.lower().replace("-", "_")
        classes = gdal.Open(str(out / f"c_{suffix}.tif")).ReadAsArray()
        assert set(np.unique(classes)) >= {1, 5}
    print(f"\nlsm:paperexperiment (reduced): {seconds:.1f} s")


def _records(folder):
    return [json.loads(p.read_text(encoding="utf-8")) for p in Path(folder).glob("*.lsmrun.json")]
