"""lsm:factorscreening (raster mode, within a mask), lsm:unitfactors, lsm:buildsamples (within a study
area, spatial split) and lsm:frequencyratio (within a study area) with a Dask scheduler (issue 21
item 2) through processing.run on the bundled Ecuador data: the outputs equal a run here, value for
value; the log names the cluster and the blocks of the workers (the rasterised masks and unit ids in
the Processing temporary folder, read by the workers)."""

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


def _rows(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid()
    names = [n for n in layer.fields().names() if n != "fid"]
    return names, [tuple(f[n] for n in names) for f in layer.getFeatures()]


def _logged_cluster(log, address):
    assert any(line.startswith(f"Dask cluster at {address}: 2 worker(s)") for line in log.infos)
    (blocks,) = [line for line in log.infos if line.startswith("Blocks per Dask worker: ")]
    assert blocks.count("tcp://") >= 1


def test_factorscreening_rasters_on_the_cluster_equal_a_run_here(
    dask_cluster, run_alg, log_feedback, sample_dir, factor_paths, tmp_path
):
    params = {
        "RASTERS": [factor_paths[n] for n in FACTORS],
        "MASK": str(sample_dir / "half_basins.gpkg"),
        "CORRELATION": str(tmp_path / "here_r.gpkg"),
        "OUTPUT_TABLE": str(tmp_path / "here.gpkg"),
    }
    here = run_alg("lsm:factorscreening", params)
    params.update(
        SCHEDULER=dask_cluster.scheduler_address,
        CORRELATION=str(tmp_path / "dask_r.gpkg"),
        OUTPUT_TABLE=str(tmp_path / "dask.gpkg"),
    )
    remote = run_alg("lsm:factorscreening", params, log_feedback)
    assert (
        here["KEPT_FACTORS"] == remote["KEPT_FACTORS"]
        and here["REMOVED_FACTORS"] == remote["REMOVED_FACTORS"]
    )
    names, rows = _rows(here["OUTPUT_TABLE"])
    assert _rows(remote["OUTPUT_TABLE"]) == (names, rows) and len(rows) == len(FACTORS)
    assert _rows(here["CORRELATION"]) == _rows(remote["CORRELATION"])
    _logged_cluster(log_feedback, dask_cluster.scheduler_address)
    assert any(line.startswith("Statistics over ") for line in log_feedback.infos)


def test_unitfactors_on_the_cluster_equal_a_run_here(
    dask_cluster, run_alg, log_feedback, sample_dir, factor_paths, tmp_path
):
    params = {
        "UNITS": str(sample_dir / "half_basins.gpkg"),
        "FACTORS": [factor_paths[n] for n in FACTORS],
        "INVENTORY": str(sample_dir / "landslides.gpkg"),
        "OUTPUT": str(tmp_path / "here.gpkg"),
    }
    here = run_alg("lsm:unitfactors", params)
    params.update(SCHEDULER=dask_cluster.scheduler_address, OUTPUT=str(tmp_path / "dask.gpkg"))
    remote = run_alg("lsm:unitfactors", params, log_feedback)
    names, rows = _rows(here["OUTPUT"])
    assert _rows(remote["OUTPUT"]) == (names, rows) and len(rows) == 197
    assert "slope_median" in names and here["FACTOR_FIELDS"] == remote["FACTOR_FIELDS"]
    _logged_cluster(log_feedback, dask_cluster.scheduler_address)


def test_buildsamples_on_the_cluster_equal_a_run_here(
    dask_cluster, run_alg, log_feedback, sample_dir, factor_paths, tmp_path
):
    params = {
        "FACTORS": [factor_paths[n] for n in FACTORS],
        "INVENTORY": str(sample_dir / "landslides.gpkg"),
        "STUDY_AREA": str(sample_dir / "half_basins.gpkg"),
        "RATIO": 5.0,
        "BUFFER": 30.0,
        "SPLIT_MODE": 1,
        "BLOCK_SIZE": 1500.0,
        "SEED": 4,
        "OUTPUT": str(tmp_path / "here.gpkg"),
    }
    here = run_alg("lsm:buildsamples", params)
    params.update(SCHEDULER=dask_cluster.scheduler_address, OUTPUT=str(tmp_path / "dask.gpkg"))
    remote = run_alg("lsm:buildsamples", params, log_feedback)
    names, rows = _rows(here["OUTPUT"])
    assert _rows(remote["OUTPUT"]) == (names, rows)
    assert here["TRAIN_UNLABELED"] == remote["TRAIN_UNLABELED"] > 0 and here["SUMMARY"] == remote["SUMMARY"]
    assert "split" in names and len(rows) > 6 * (here["TRAIN_LANDSLIDES"] + here["TEST_LANDSLIDES"]) * 0.9
    _logged_cluster(log_feedback, dask_cluster.scheduler_address)


def test_frequencyratio_within_a_study_area_on_the_cluster_equals_a_run_here(
    dask_cluster, run_alg, sample_dir, factor_paths, tmp_path
):
    params = {
        "FACTORS": [factor_paths[n] for n in FACTORS],
        "INVENTORY": str(sample_dir / "landslides.gpkg"),
        "STUDY_AREA": str(sample_dir / "half_basins.gpkg"),
        "OUTPUT_TABLE": str(tmp_path / "here.gpkg"),
    }
    here = run_alg("lsm:frequencyratio", params)
    params.update(SCHEDULER=dask_cluster.scheduler_address, OUTPUT_TABLE=str(tmp_path / "dask.gpkg"))
    remote = run_alg("lsm:frequencyratio", params)
    names, rows = _rows(here["OUTPUT_TABLE"])
    assert _rows(remote["OUTPUT_TABLE"]) == (names, rows) and len(rows) >= 5 * len(FACTORS)
