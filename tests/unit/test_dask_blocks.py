"""core.dask_blocks: block tasks here or on a local Dask cluster of 2 workers, in window order."""

import numpy as np
import pytest
from landslide_susceptibility.core import dask_blocks, jenks
from landslide_susceptibility.core.dask_blocks import BlockRunner, worker_cached
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import Factor, FactorReader
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal


@pytest.fixture(scope="module")
def raster(tmp_path_factory):
    path = tmp_path_factory.mktemp("blocks") / "r.tif"
    values = np.arange(200 * 180, dtype=np.float32).reshape(200, 180)
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path), 180, 200, 1, gdal.GDT_Float32, ["TILED=YES", "BLOCKXSIZE=32", "BLOCKYSIZE=32"]
    )
    ds.SetGeoTransform((0.0, 1.0, 0.0, 200.0, 0.0, -1.0))
    ds.GetRasterBand(1).WriteArray(values)
    ds = None
    return str(path)


def _windows(raster):
    return FactorReader([Factor("v", raster, 1)]).windows(2048)


def test_local_runner_runs_in_window_order(raster):
    windows = _windows(raster)
    spec = (raster, 1, jenks._summary_part, ())
    with BlockRunner(None) as runner:
        assert not runner.distributed and runner.describe() == "blocks run here"
        parts = list(runner.map(jenks.band_part_task, spec, windows))
    assert [p[1] for p in parts] == [float(w[1] * 180 + w[0]) for w in windows]  # each block's minimum


def test_local_runner_cancel():
    feedback = NullFeedback()
    feedback.cancel()
    with pytest.raises(Canceled):
        list(BlockRunner("").map(lambda spec, w: w, None, [(0, 0, 1, 1)], feedback))


def test_worker_cache_builds_once_and_stays_bounded():
    built = []
    for key in ["a", "a", "b"]:
        worker_cached(("test", key), lambda k=key: built.append(k) or k)
    assert built == ["a", "b"]
    for i in range(dask_blocks.WORKER_CACHE_SIZE + 2):
        worker_cached(("test_fill", i), lambda i=i: i)
    assert len(dask_blocks._LOCAL.cache) == dask_blocks.WORKER_CACHE_SIZE


def test_cluster_results_in_window_order_on_both_workers(dask_cluster, raster):
    windows = _windows(raster)
    spec = (raster, 1, jenks._summary_part, ())
    local = list(BlockRunner(None).map(jenks.band_part_task, spec, windows))
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        assert runner.distributed and "2 worker(s)" in runner.describe()
        remote = list(runner.map(jenks.band_part_task, spec, windows))
    assert remote == local
    assert len(windows) > 8
    assert sum(runner.tasks_per_worker.values()) == len(windows)
    assert len(runner.tasks_per_worker) == 2  # nothing sent to one worker whole


def test_cluster_cancel_stops(dask_cluster, raster):
    feedback = NullFeedback()
    spec = (raster, 1, jenks._summary_part, ())
    with BlockRunner(dask_cluster.scheduler_address) as runner:
        blocks = runner.map(jenks.band_part_task, spec, _windows(raster), feedback)
        next(blocks)
        feedback.cancel()
        with pytest.raises(Canceled):
            list(blocks)


def test_map_on_a_closed_cluster_runner_is_an_error(raster):
    with pytest.raises(LsmError, match="with block"):
        BlockRunner("tcp://127.0.0.1:1").map(jenks.band_part_task, None, [])


def test_unreachable_scheduler_is_a_clear_error(monkeypatch):
    pytest.importorskip("distributed", reason="dask distributed is not installed")
    monkeypatch.setattr(dask_blocks, "CONNECT_TIMEOUT_S", 2)
    with pytest.raises(LsmError, match="Cannot reach the Dask scheduler"):
        with BlockRunner("tcp://127.0.0.1:1"):
            pass
