"""The shipped lsm:pipeline model through the real qgis_process binary on a polygon inventory (every-cell
mode) with a categorical factor and a study area (issue 14): it succeeds, writes every output, and the
categorical factor reaches the model bundle."""

import csv
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis_env import PLUGIN_PATH, QGIS_PROCESS, qgis_process_env

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
OUTPUTS = {
    "trainmodel:Model bundle": "model.lsmodel",
    "predictraster:Susceptibility": "susceptibility.tif",
    "jenksclassify:Classes": "classes.tif",
    "jenksclassify:Class table": "classes.csv",
    "evaluatemodel:ROC and PR curves": "curves.png",
    "ratecurves:Success and prediction rate curves": "rates.png",
}

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin not installed")


def geology(sample_dir, path):
    """A categorical factor on the factors' grid: 4 'lithology' codes (11, 22, 33, 44) in bands of
    elevation quartiles, shifted by a column pattern so that they are not elevation itself; 0 nodata."""
    src = gdal.Open(str(sample_dir / "elev.tif"))
    elev = src.ReadAsArray().astype(float)
    valid = np.isfinite(elev)
    edges = np.quantile(elev[valid], [0.25, 0.5, 0.75])
    codes = np.digitize(elev, edges)
    codes = (codes + (np.arange(elev.shape[1])[None, :] // 97)) % 4
    out = np.where(valid, 11 * (codes + 1), 0).astype(np.int16)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Int16)
    ds.SetGeoTransform(src.GetGeoTransform())
    ds.SetProjection(src.GetProjection())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.WriteArray(out)
    ds = None
    return out


def _layer(path, wkt_crs, name):
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt_crs)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    return ds, ds.CreateLayer(name, srs, ogr.wkbPolygon)


def polygons(sample_dir, path, radius=16.0):
    """Landslide polygons: discs of *radius* m around the bundled landslide points (a few cells each)."""
    src = ogr.Open(str(sample_dir / "landslides.gpkg"))
    layer = src.GetLayer(0)
    ds, out = _layer(path, layer.GetSpatialRef().ExportToWkt(), "landslides")
    for f in layer:
        g = f.GetGeometryRef()
        disc = ogr.CreateGeometryFromWkt(f"POINT ({g.GetX()} {g.GetY()})").Buffer(radius, 8)
        feature = ogr.Feature(out.GetLayerDefn())
        feature.SetGeometry(disc)
        out.CreateFeature(feature)
    count = out.GetFeatureCount()
    del out, ds  # closes the file
    return count


def study_area(sample_dir, path):
    """The rasters' extent without its western tenth; the western edge."""
    src = gdal.Open(str(sample_dir / "elev.tif"))
    x0, dx, _r, y1, _r2, dy = src.GetGeoTransform()
    x1, y0 = x0 + dx * src.RasterXSize, y1 + dy * src.RasterYSize
    cut = x0 + 0.1 * (x1 - x0)
    ds, out = _layer(path, src.GetProjection(), "study")
    feature = ogr.Feature(out.GetLayerDefn())
    feature.SetGeometry(
        ogr.CreateGeometryFromWkt(f"POLYGON (({cut} {y0}, {x1} {y0}, {x1} {y1}, {cut} {y1}, {cut} {y0}))")
    )
    out.CreateFeature(feature)
    del out, ds  # closes the file
    return int(np.ceil((cut - x0) / dx))


def test_pipeline_runs_on_polygons_with_a_categorical_factor(sample_dir, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    codes = geology(sample_dir, data / "geology.tif")
    n_polygons = polygons(sample_dir, data / "landslides.gpkg")
    first_col = study_area(sample_dir, data / "study.gpkg")
    env = qgis_process_env(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    args = [QGIS_PROCESS, "--json", "run", "lsm:pipeline", "--"]
    args += [f"FACTORS={sample_dir / (name + '.tif')}" for name in FACTORS]
    args += [
        f"FACTORS={data / 'geology.tif'}",
        "CATEGORICAL=geology",
        f"INVENTORY={data / 'landslides.gpkg'}",
        "POLYGON_MODE=2",  # every cell whose centre a polygon covers
        f"STUDY_AREA={data / 'study.gpkg'}",
        "UNLABELED_RATIO=3",
        "NEGATIVE_RATIO=2",
        "TEST_RATIO=4",
        "TREES=20",
        "SEED=3",
        f"RUN_STORE={out / 'runs'}",
    ]
    args += [f"{name}={out / file}" for name, file in OUTPUTS.items()]
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    results = json.loads(proc.stdout[proc.stdout.index("{") :])["results"]
    for name, file in OUTPUTS.items():
        assert results[name] == str(out / file)
        assert (out / file).stat().st_size > 0, name
    # no flood of GDAL spatial-reference warnings from the polygon rasterisation
    assert (proc.stdout + proc.stderr).count("Failed to fetch spatial reference") < 5

    sys.path.insert(0, str(PLUGIN_PATH))
    from landslide_susceptibility.core.bundle import load_bundle

    manifest = load_bundle(str(out / "model.lsmodel")).manifest
    assert manifest["factors"] == FACTORS + ["geology"]
    assert sorted(manifest["categorical"]["geology"]) == [11, 22, 33, 44]

    # the map: probabilities inside the study area, nothing west of it; classes 1..5 there
    dataset = gdal.Open(str(out / "susceptibility.tif"))  # kept open while its band is read
    band = dataset.GetRasterBand(1)
    susceptibility, nodata = band.ReadAsArray(), band.GetNoDataValue()
    band = dataset = None
    valid = codes > 0
    valid[:, :first_col] = False
    inside = susceptibility[valid]
    assert ((inside >= 0) & (inside <= 1)).all() and inside.std() > 0.05
    assert (susceptibility[:, : first_col - 1] == nodata).all()
    classes = gdal.Open(str(out / "classes.tif")).ReadAsArray()
    assert set(np.unique(classes[valid])) == {1, 2, 3, 4, 5}
    with open(out / "classes.csv", encoding="utf-8") as handle:
        assert len(list(csv.DictReader(handle))) == 5

    records = [json.loads(p.read_text(encoding="utf-8")) for p in (out / "runs").glob("*.lsmrun.json")]
    by_algorithm = {r["algorithm"]: r for r in records if r.get("test_set") != "random"}
    assert {"lsm:spysampling", "lsm:trainmodel", "lsm:evaluatemodel", "lsm:ratecurves"} <= set(by_algorithm)
    spy = by_algorithm["lsm:spysampling"]
    assert spy["test_set"] == "rn" and spy["summary"]["categorical"] == ["geology"]
    summary = by_algorithm["lsm:evaluatemodel"]["summary"]
    # every-cell mode: more landslide cells than polygons; the test split at 1:4
    assert summary["n_test_positive"] > 0.3 * n_polygons
    assert summary["n_test_negative"] == 4 * summary["n_test_positive"]
    assert by_algorithm["lsm:evaluatemodel"]["metrics"]["roc_auc"] > 0.7
