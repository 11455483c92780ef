"""Susceptibility maps on a Dask distributed cluster (core.predict.predict_map with a scheduler).

Blocks become tasks on the cluster's workers (they read the factors with GDAL and load the bundle
themselves, so the paths must be readable there and this plugin importable as
`landslide_susceptibility`); each worker writes its window into a part file of a scratch folder
beside the output, which the client copies into the output GeoTIFF as the blocks complete (a
compressed GeoTIFF has a single writer) and removes, with a bounded number of blocks in flight.
Workers that cannot write to that folder (no shared file system) send the window back instead.
"""

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, replace

import numpy as np
from osgeo import gdal

from .bundle import load_bundle
from .dask_blocks import connect
from .errors import Canceled
from .grid import FLOAT_NODATA, FactorReader
from .predict_models import (
    BlockPredictor,
    BlockResult,
    _finish,
    _open_outputs,
    _output_paths,
    _read_block,
    _Stats,
    _write,
)

#: blocks in flight per worker thread with a Dask cluster
DASK_BLOCKS_PER_THREAD = 2


_WORKER_STATE = threading.local()


@dataclass(frozen=True)
class _TaskSpec:
    bundle_paths: tuple
    factors: tuple
    grid: object
    columns: tuple
    categories_items: tuple
    uncertainty: bool
    device: str
    mask: object = None
    #: folder (beside the output, shared with the workers) where each task writes its window
    parts_dir: str = ""

    def key(self):
        return (self.bundle_paths, self.factors, self.grid, self.columns, self.uncertainty, self.device)


def _worker_state(spec):
    """Reader and predictor of this worker thread, built once per specification."""
    state = getattr(_WORKER_STATE, "state", None)
    if state is None or state[0] != spec.key():
        bundles = [load_bundle(p) for p in spec.bundle_paths]
        categories = {c: np.asarray(v, dtype=np.float32) for c, v in spec.categories_items}
        predictor = BlockPredictor(
            bundles, [list(c) for c in spec.columns], categories, spec.uncertainty, 1, spec.device
        )
        reader = FactorReader(list(spec.factors), spec.grid)
        state = (spec.key(), reader, predictor)
        _WORKER_STATE.state = state
    return state[1], state[2]


def dask_block_task(spec, window):
    """One block on a Dask worker: read it with GDAL, predict it and write the window into a part
    file of spec.parts_dir (a GeoTIFF of the window: probability, then spread). Returns (window,
    BlockResult, part path): the result's arrays are None when the part was written; when the
    worker cannot write there (no shared folder) the arrays come back instead and part is None."""
    reader, predictor = _worker_state(spec)
    X, valid = _read_block(reader, spec.grid, window, spec.mask)
    if X is None:
        empty = np.full(window[2] * window[3], FLOAT_NODATA, dtype=np.float32)
        result = BlockResult(empty, empty if spec.uncertainty else None)
    else:
        result = predictor.predict(X, valid)
    if spec.parts_dir:
        part = os.path.join(spec.parts_dir, "{}_{}.tif".format(window[0], window[1]))
        try:
            _write_part(part, window, result)
            return window, BlockResult(None, None, result.n_valid, result.n_unknown), part
        except (OSError, RuntimeError):
            # the client made the folder: if it is not there (not shared, or removed on cancel),
            # send the arrays back instead of creating it
            _remove_part(part)
    return window, result, None


def _write_part(part, window, result):
    if not os.path.isdir(os.path.dirname(part)):
        raise OSError(f"no folder for {part}")
    xs, ys = window[2], window[3]
    arrays = [result.probability] + ([result.spread] if result.spread is not None else [])
    ds = gdal.GetDriverByName("GTiff").Create(part, xs, ys, len(arrays), gdal.GDT_Float32)
    for b, values in enumerate(arrays, start=1):
        ds.GetRasterBand(b).WriteArray(values.reshape(ys, xs))
    ds.FlushCache()
    ds = None


def _read_part(part, result, uncertainty):
    """The BlockResult of a worker's part file (removed once read)."""
    ds = gdal.Open(part)
    probability = ds.GetRasterBand(1).ReadAsArray().ravel()
    spread = ds.GetRasterBand(2).ReadAsArray().ravel() if uncertainty else None
    ds = None
    _remove_part(part)
    return BlockResult(probability, spread, result.n_valid, result.n_unknown)


def _remove_part(part):
    try:
        os.remove(part)
    except OSError:
        pass


@contextmanager
def _parts_folder(folder):
    """A scratch folder for the workers' part files inside *folder*, removed with what is left."""
    import shutil
    import tempfile
    import time

    path = tempfile.mkdtemp(prefix=".lsm_parts_", dir=folder)
    try:
        yield path
    finally:
        # after a cancel, tasks still running on the workers may write a last part meanwhile
        for _ in range(20):
            shutil.rmtree(path, ignore_errors=True)
            if not os.path.exists(path):
                break
            time.sleep(0.1)


def predict_dask(
    scheduler,
    bundles,
    factors,
    grid,
    columns,
    categories,
    out_path,
    uncertainty_path,
    mask,
    device,
    block_cells,
    feedback,
    summary,
):
    from distributed import as_completed

    # fail here, not on the workers, when a model cannot be loaded or has no members
    BlockPredictor(
        bundles, columns, categories, bool(uncertainty_path), 1, "cpu" if device == "auto" else device
    )
    spec = _TaskSpec(
        tuple(os.path.abspath(b.path) for b in bundles),
        tuple(factors),
        grid,
        tuple(tuple(c) for c in columns),
        tuple((c, tuple(float(x) for x in v)) for c, v in categories.items()),
        bool(uncertainty_path),
        device,
        mask,
    )
    windows = FactorReader(factors, grid).windows(block_cells)
    out_dir = os.path.dirname(os.path.abspath(out_path))
    summary.n_blocks = len(windows)
    summary.n_members = len(bundles)
    stats, spread_stats = _Stats(), _Stats()
    client = connect(scheduler)
    try:
        threads = max(1, sum(client.nthreads().values()))
        limit = DASK_BLOCKS_PER_THREAD * threads
        feedback.pushInfo(
            f"Dask cluster at {scheduler}: {len(client.nthreads())} worker(s), {threads} thread(s)."
        )
        with _output_paths(out_path, uncertainty_path) as (tmp, tmp_u), _parts_folder(out_dir) as parts:
            spec = replace(spec, parts_dir=parts)
            spec_future = client.scatter(spec, broadcast=True)
            datasets = _open_outputs(tmp, tmp_u, grid)
            queue = iter(windows)
            futures = []
            try:
                for window in queue:
                    futures.append(client.submit(dask_block_task, spec_future, window, pure=False))
                    if len(futures) >= limit:
                        break
                running = as_completed(list(futures), loop=client.loop)
                done = 0
                for future in running:
                    if feedback.isCanceled():
                        raise Canceled()
                    window, result, part = future.result()
                    futures.remove(future)
                    future.release()
                    if part is not None:
                        result = _read_part(part, result, bool(uncertainty_path))
                        summary.n_worker_written += 1
                    _write(datasets, window, result)
                    summary.n_valid += result.n_valid
                    summary.n_unknown_categories += result.n_unknown
                    stats.add(result.probability)
                    if result.spread is not None:
                        spread_stats.add(result.spread)
                    done += 1
                    feedback.setProgress(100.0 * done / len(windows))
                    nxt = next(queue, None)
                    if nxt is not None:
                        futures.append(client.submit(dask_block_task, spec_future, nxt, pure=False))
                        running.add(futures[-1])
                _finish(datasets, summary, stats, spread_stats)
            except BaseException:
                client.cancel(futures)
                raise
            finally:
                datasets = None
    finally:
        client.close()
    return summary
