"""lsm:spysampling with a Dask scheduler (issue 21 item 2) through processing.run on the bundled Ecuador
data: the outputs equal a run here (prior maps byte for byte, the negatives table, the summary), for the
spy technique and Bagging-PU, with a study area and an exclusion buffer (masks in the Processing
temporary folder, read by the workers); the log names the cluster and the blocks of each worker; the
inventory input passes the scheduler on to lsm:buildsamples."""

import csv

import pytest
from landslide_susceptibility.core.grid import Factor, check_grids
from osgeo import ogr, osr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


def _study_area(grid, path):
    """A study area leaving out the western fifth of the rasters."""
    xmin, ymin, xmax, ymax = grid.extent
    x0 = xmin + 0.2 * (xmax - xmin)
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    wkt = f"POLYGON (({x0} {ymin}, {xmax} {ymin}, {xmax} {ymax}, {x0} {ymax}, {x0} {ymin}))"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("study", srs, ogr.wkbPolygon)
    f = ogr.Feature(layer.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
    layer.CreateFeature(f)
    ds = None


@pytest.fixture(scope="module")
def study(tmp_path_factory, sample_dir):
    path = tmp_path_factory.mktemp("spy_dask_study") / "study.gpkg"
    _study_area(check_grids([Factor(n, str(sample_dir / f"{n}.tif")) for n in FACTORS]), path)
    return str(path)


def _run(run_alg, log, sample_dir, factor_paths, folder, **over):
    folder.mkdir()
    params = {
        "INVENTORY": str(sample_dir / "landslides.gpkg"),
        "FACTORS": [factor_paths[n] for n in FACTORS],
        "N_TREES": 20,
        "RATIO": 5,
        "SEED": 3,
        "N_JOBS": 1,
        "BUFFER": 25.0,
        "RUN_STORE": str(folder / "runs"),
        "OUTPUT": str(folder / "negatives.gpkg"),
        "PRIOR_TRAIN": str(folder / "prior_train.tif"),
        "PRIOR_TEST": str(folder / "prior_test.tif"),
        "SUMMARY": str(folder / "summary.csv"),
    }
    params.update(over)
    return run_alg("lsm:spysampling", params, log)


def _rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "negatives", "ogr")
    assert layer.isValid()
    names = [n for n in layer.fields().names() if n != "fid"]
    rows = [
        tuple(f[n] for n in names) + (f.geometry().asPoint().x(), f.geometry().asPoint().y())
        for f in layer.getFeatures()
    ]
    return names, rows


def _summary(path):
    with open(path, newline="") as handle:
        return list(csv.DictReader(handle))


def _bytes(path):
    with open(path, "rb") as handle:
        return handle.read()


@pytest.mark.parametrize("method", [0, 1])
def test_a_run_on_the_cluster_equals_a_run_here(
    dask_cluster, study, run_alg, log_feedback, sample_dir, factor_paths, tmp_path, monkeypatch, method
):
    from qgis import processing

    children = []
    run = processing.run

    def recording(alg_id, parameters, *args, **kwargs):
        children.append((alg_id, dict(parameters)))
        return run(alg_id, parameters, *args, **kwargs)

    monkeypatch.setattr(processing, "run", recording)
    common = {"METHOD": method, "STUDY_AREA": study}
    here = _run(run_alg, None, sample_dir, factor_paths, tmp_path / "here", **common)
    address = dask_cluster.scheduler_address
    remote = _run(
        run_alg, log_feedback, sample_dir, factor_paths, tmp_path / "dask", SCHEDULER=address, **common
    )
    for key in ("PRIOR_TRAIN", "PRIOR_TEST"):
        assert _bytes(here[key]) == _bytes(remote[key])
    names, rows = _rows(here["OUTPUT"])
    assert _rows(remote["OUTPUT"]) == (names, rows) and len(rows) > 100
    assert _summary(here["SUMMARY"]) == _summary(remote["SUMMARY"])
    assert here["NEGATIVES_TRAIN"] == remote["NEGATIVES_TRAIN"] > 0
    # the child lsm:buildsamples got the run's scheduler (empty for the run here)
    builds = [p for alg_id, p in children if alg_id == "lsm:buildsamples"]
    assert [p["SCHEDULER"] for p in builds] == ["", address]
    # the log names the cluster and the blocks of both workers: the child lsm:buildsamples's line, then
    # this run's
    assert any(line.startswith(f"Dask cluster at {address}: 2 worker(s)") for line in log_feedback.infos)
    lines = [line for line in log_feedback.infos if line.startswith("Blocks per Dask worker: ")]
    assert len(lines) == 2 and all(line.count("tcp://") == 2 for line in lines)
