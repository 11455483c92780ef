"""Small pieces shared by the block passes that run on a Dask cluster as per-block sufficient
statistics (core.covariance for lsm:factorscreening, core.units for lsm:unitfactors).

    worker_mask(mask_fn) -> a mask_fn the workers can receive: a rasterised mask
        (core.eligibility.RasterMask, an open GDAL dataset) travels as its path and is opened once per
        worker thread; any other mask_fn must pickle (LsmError with the fix otherwise)
    scan_in_order(runner, task, spec, windows, feedback) -> task(spec, window) in window order, mapped
        in batches of 1, 2, 4, ... windows: a consumer that stops at the first block with a valid cell
        (the shift of a streamed sum) reads about that many blocks, not a whole pass held in flight
    first_in_order(runner, task, spec, windows, feedback) -> the first result that is not None (the
        shift of a streamed sum), by scan_in_order
    raster_paths(paths) -> the sorted distinct paths (the files a worker's cached reader depends on)
    worker_factor_reader(factors, grid) -> this worker thread's core.grid.FactorReader of the factors
        (one per factor list, shared by the passes of a step; opened again when a file changes)
"""

import pickle

from .errors import LsmError


class _PathMask:
    """mask_fn(window) of a rasterised mask known by its path: a core.eligibility.RasterMask opened
    once per worker thread (core.dask_blocks.worker_cached, opened again when the file changes)."""

    def __init__(self, path):
        self.path = str(path)

    def __call__(self, window):
        from .dask_blocks import worker_cached
        from .eligibility import RasterMask

        mask = worker_cached(("dask_parts_mask", self.path), lambda: RasterMask(self.path), (self.path,))
        return mask(window)


def worker_mask(mask_fn):
    """*mask_fn* in a form the Dask workers can receive (module docstring); None stays None."""
    if mask_fn is None:
        return None
    from .eligibility import RasterMask

    if isinstance(mask_fn, RasterMask):
        return _PathMask(mask_fn.path)
    try:
        import cloudpickle as pickler  # what distributed sends tasks with
    except ImportError:
        pickler = pickle
    try:
        pickler.dumps(mask_fn)
    except (TypeError, AttributeError, pickle.PicklingError) as exc:
        raise LsmError(
            f"The mask cannot be sent to the Dask workers ({exc}): give it as a rasterised mask, or leave "
            "the scheduler address empty to run here."
        ) from exc
    return mask_fn


def scan_in_order(runner, task, spec, windows, feedback=None):
    """task(spec, window) of the windows in order, in map batches of 1, 2, 4, ... windows (the
    consumer may stop early: the batch in flight is cancelled when the generator is closed)."""
    windows = list(windows)
    start, size = 0, 1
    while start < len(windows):
        yield from runner.map(task, spec, windows[start : start + size], feedback)
        start += size
        size *= 2


def first_in_order(runner, task, spec, windows, feedback=None):
    """The first result of task(spec, window) that is not None, in window order (None when every
    window gives None): scan_in_order stopped there, its batch in flight cancelled."""
    scan = scan_in_order(runner, task, spec, windows, feedback)
    try:
        for result in scan:
            if result is not None:
                return result
    finally:
        scan.close()
    return None


def raster_paths(paths):
    """The sorted distinct *paths* (as str)."""
    return tuple(sorted({str(p) for p in paths}))


def worker_factor_reader(factors, grid=None):
    """The FactorReader of *factors* on *grid* cached in this worker thread (module docstring)."""
    from .dask_blocks import worker_cached
    from .grid import FactorReader

    factors = tuple(factors)
    return worker_cached(
        ("factor_reader", factors, grid),
        lambda: FactorReader(list(factors), grid),
        raster_paths(f.path for f in factors),
    )
