"""The raster-wide block work of the PU run (core.pu) on a Dask cluster, identical to the local run.

With a distributed core.dask_blocks.BlockRunner:

- ``prior_map(factors, model, path, runner, feedback, grid, description)``: the prior susceptibility
  map. The fitted model travels in the map's spec (scattered once to every worker); one task per
  window reads the factors (core.grid.FactorReader, kept open per worker thread), scores the cells
  where every factor has a value with model.predict_proba and returns the window's float32 scores
  (FLOAT_NODATA elsewhere); the client writes them in window order with core.grid.write_windows,
  the writer of the local path (core.prior_map.predict_to_raster), so the file is the same to the byte.
- ``read_cells(factors, grid, rows, cols, runner, feedback)``: the factor values of the drawn
  negatives, one task per row band holding some of them (FactorReader.read_cells here).
- ``portable(obj)`` / ``unpack(spec_blob)``: a negatives' rule (core.samples.Eligibility and its
  masks) as bytes a worker turns back into its own copy, per worker thread: the open rasters inside
  (core.samples.RasterMask, core.grid.FactorReader of a deformation mask) travel as their paths
  and are opened again there, so those paths must be readable from the workers.

The tasks are module-level functions of specs that pickle (no open dataset, no closure).
"""

import copyreg
import io
import pickle
import uuid
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from .errors import LsmError
from .grid import (
    DEFAULT_BLOCK_CELLS,
    FLOAT_NODATA,
    FactorReader,
    check_grids,
    write_windows,
)
from .prior_map import PRIOR_ZLEVEL
from .progress import ensure_feedback


def token():
    """A key of one map's worker-side readers: a file rewritten at the same path is opened again."""
    return uuid.uuid4().hex


# ---------------------------------------------------------------------------------------------
# the prior map


@dataclass(frozen=True)
class PriorSpec:
    """What a worker needs to score one window of the prior map."""

    key: str
    factors: tuple
    grid: object
    model: object


def prior_task(spec, window):
    """The float32 scores of one window (FLOAT_NODATA off the valid cells), on a worker."""
    from .dask_blocks import worker_cached

    reader = worker_cached((spec.key, "factors"), lambda: FactorReader(list(spec.factors), spec.grid))
    _one_thread(spec.model)
    X, valid = reader.read_window(window)
    out = np.full(X.shape[0], FLOAT_NODATA, dtype=np.float32)
    if valid.any():
        out[valid] = spec.model.predict_proba(X[valid])[:, 1]
    return out


def _one_thread(model):
    """The worker's copy of the model scores with one thread per task (the worker's threads are the
    parallelism; the forest's scores do not depend on its thread count: core.forest sums its tree
    groups in a fixed order)."""
    for estimator in [model] + [step for _name, step in getattr(model, "steps", [])]:
        if getattr(estimator, "n_jobs", 1) != 1:
            estimator.n_jobs = 1


def prior_map(factors, model, out_path, runner, feedback=None, grid=None, description="susceptibility"):
    """The prior map of *model* (predict_proba) over the factors on the cluster of *runner* (see the
    module docstring). Progress per window; cancel removes the partial file. Returns (grid, n_valid)."""
    feedback = ensure_feedback(feedback)
    grid = grid or check_grids(factors)
    windows = FactorReader(factors, grid).windows()
    spec = PriorSpec(token(), tuple(factors), grid, model)
    n_valid = 0

    def counted(blocks):
        nonlocal n_valid
        for out in blocks:
            n_valid += int(np.count_nonzero(out != np.float32(FLOAT_NODATA)))
            yield out

    blocks = counted(runner.map(prior_task, spec, windows, feedback))
    write_windows(out_path, grid, windows, blocks, feedback, description, PRIOR_ZLEVEL)
    return grid, n_valid


# ---------------------------------------------------------------------------------------------
# factor values at cells


@dataclass(frozen=True)
class CellsSpec:
    """The cells (sorted by row) whose factor values the row-band tasks read."""

    key: str
    factors: tuple
    grid: object
    rows: np.ndarray
    cols: np.ndarray


def cells_task(spec, window):
    """Factor values (float64, NaN for nodata) of the spec's cells inside one row band, on a worker."""
    from .dask_blocks import worker_cached

    reader = worker_cached((spec.key, "factors"), lambda: FactorReader(list(spec.factors), spec.grid))
    _xoff, r0, _xs, ys = window
    a, b = np.searchsorted(spec.rows, (r0, r0 + ys))
    X, _ = reader.read_window(window)
    return X[(spec.rows[a:b] - r0) * spec.grid.width + spec.cols[a:b]].astype(np.float64)


def read_cells(factors, grid, rows, cols, runner=None, feedback=None):
    """Factor values (float64, NaN for nodata) at cells (row, col): FactorReader.read_cells here, one
    task per row band holding some of the cells on the cluster of *runner* (the same values)."""
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    if runner is None or not runner.distributed:
        return FactorReader(factors, grid).read_cells(rows, cols)
    out = np.full((rows.size, len(factors)), np.nan, dtype=np.float64)
    if rows.size == 0:
        return out
    order = np.argsort(rows, kind="stable")
    band_rows = max(1, DEFAULT_BLOCK_CELLS // max(1, grid.width))
    windows = [
        (0, int(b) * band_rows, grid.width, min(band_rows, grid.height - int(b) * band_rows))
        for b in np.unique(rows // band_rows)
    ]
    spec = CellsSpec(token(), tuple(factors), grid, rows[order], cols[order])
    done = 0
    for values in runner.map(cells_task, spec, windows, feedback):
        out[order[done : done + len(values)]] = values
        done += len(values)
    return out


# ---------------------------------------------------------------------------------------------
# a negatives' rule on the workers


def _reduce_raster_mask(mask):
    from .eligibility import RasterMask

    return RasterMask, (mask.path,)


def _reduce_factor_reader(reader):
    return FactorReader, (list(reader.factors), reader.grid)


def portable(obj):
    """*obj* (an Eligibility, a mask_fn; None stays None) as bytes for the workers: the rasters it
    holds open travel as their paths (see the module docstring). LsmError when it cannot be sent."""
    if obj is None:
        return None
    from .eligibility import RasterMask

    try:
        import cloudpickle

        base = cloudpickle.CloudPickler
    except ImportError:  # distributed brings cloudpickle; plain pickle for plain objects
        base = pickle.Pickler
    table = getattr(base, "dispatch_table", None)
    table = table if isinstance(table, Mapping) else copyreg.dispatch_table

    class _Pickler(base):
        # a class attribute: the C pickler reads it when created
        dispatch_table = ChainMap(
            {RasterMask: _reduce_raster_mask, FactorReader: _reduce_factor_reader}, table
        )

    buffer = io.BytesIO()
    pickler = _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    try:
        pickler.dump(obj)
    except (TypeError, AttributeError, pickle.PicklingError) as exc:
        raise LsmError(
            f"The cells open to the negatives (study area, exclusion, pool masks) cannot be sent to the Dask "
            f"workers ({exc}); leave the scheduler address empty to run here."
        ) from exc
    return buffer.getvalue()


def unpack(key, blob):
    """This worker thread's own copy of a portable() object (opened once per thread and key)."""
    if blob is None:
        return None
    from .dask_blocks import worker_cached

    return worker_cached((key, "rule"), lambda: pickle.loads(blob))
