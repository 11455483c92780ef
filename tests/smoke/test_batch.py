"""The README's headless batch (tools/batch_areas.sh) on two study areas cut from the Ecuador data."""

import json
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis_env import QGIS_PROCESS, qgis_process_env

REPO = Path(__file__).resolve().parent.parent.parent
SAMPLE = REPO / "resources" / "sample_data" / "ecuador"
FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin not installed")


def make_area(folder, first_column, width):
    """A study area: the factor rasters cut to columns [first_column, first_column + width) and the
    landslides inside them."""
    folder.mkdir(parents=True)
    for name in FACTORS:
        gdal.Translate(
            str(folder / f"{name}.tif"), str(SAMPLE / f"{name}.tif"), srcWin=[first_column, 0, width, 415]
        )
    dataset = gdal.Open(str(folder / "slope.tif"))
    x0, dx = dataset.GetGeoTransform()[:2]
    source = ogr.Open(str(SAMPLE / "landslides.gpkg"))
    layer = source.GetLayer(0)
    layer.SetSpatialFilterRect(x0, -1e9, x0 + dx * dataset.RasterXSize, 1e9)
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(folder / "landslides.gpkg"))
    count = target.CopyLayer(layer, "landslides").GetFeatureCount()
    target = None
    return count


def test_batch_script_maps_two_areas(tmp_path):
    areas = {"west": make_area(tmp_path / "west", 0, 256), "east": make_area(tmp_path / "east", 127, 256)}
    assert all(count > 100 for count in areas.values())
    env = qgis_process_env(tmp_path)
    env.update(QGIS_PROCESS=QGIS_PROCESS, SPY_FRACTION="0.2")
    proc = subprocess.run(
        ["bash", str(REPO / "tools" / "batch_areas.sh"), str(tmp_path / "west"), str(tmp_path / "east")],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert [line["area"] for line in lines] == ["west", "east"]
    for line in lines:
        out = tmp_path / line["area"] / "lsm_output"
        assert line["roc_auc"] > 0.75, line
        assert 0.9 < line["jenks_gvf"] <= 1.0
        susceptibility = gdal.Open(line["susceptibility"]).ReadAsArray()
        slope = gdal.Open(str(tmp_path / line["area"] / "slope.tif")).ReadAsArray()
        valid = np.isfinite(slope)
        assert susceptibility.shape == slope.shape
        assert ((susceptibility[valid] >= 0) & (susceptibility[valid] <= 1)).all()
        classes = gdal.Open(line["classes"]).ReadAsArray()
        assert set(np.unique(classes[valid])) == {1, 2, 3, 4, 5}
        assert (out / "susceptibility_classes.csv").read_text().count("\n") == 6
        assert len(list((out / "lsm_runs").glob("*.lsmrun.json"))) >= 2  # spy + evaluation
