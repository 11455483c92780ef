"""Raster blocks as tasks, here or on a Dask distributed cluster, with results in window order.

The raster-wide steps (Jenks passes and the classed raster of lsm:jenksclassify, the counting pass
of lsm:ratecurves, the class areas of lsm:frequencyratio) express their block work as
`task(spec, window) -> part`, a module-level function, and merge the parts on the client in
window order. `BlockRunner(None)` runs the tasks here one after the other; `BlockRunner(address)`
sends them to the workers of a running scheduler (the spec scattered once per map, a bounded
number of blocks in flight, parts reordered by window), so the merged result is the same to the
bit either way: the same parts, added in the same order. Workers open the rasters themselves:
the paths must be readable there and this plugin importable as `landslide_susceptibility`
(as for lsm:predictraster, core/predict_dask.py, whose pattern this generalises).
"""

import os
import threading
from collections import Counter

from .errors import Canceled, LsmError

#: blocks in flight per worker thread
BLOCKS_PER_THREAD = 2
#: seconds to wait for a Dask scheduler to answer
CONNECT_TIMEOUT_S = 20
#: per-thread objects (open readers) a worker keeps between tasks
WORKER_CACHE_SIZE = 4

_LOCAL = threading.local()


def worker_cached(key, factory, paths=()):
    """factory() built once per *key* in this (worker) thread and kept for the next tasks: open
    GDAL datasets are not opened again for every block. With *paths* (the files the object reads),
    it is built again when one of them has changed since (size or modification time): a raster
    written again at the same path on a long-running cluster is not read from the stale dataset."""
    cache = getattr(_LOCAL, "cache", None)
    if cache is None:
        cache = _LOCAL.cache = {}
    stamp = _stamps(paths)
    entry = cache.get(key)
    if entry is None or entry[0] != stamp:
        if entry is None and len(cache) >= WORKER_CACHE_SIZE:
            cache.pop(next(iter(cache)))
        entry = cache[key] = (stamp, factory())
    return entry[1]


def _stamps(paths):
    out = []
    for path in paths:
        try:
            st = os.stat(path)
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:  # not a plain file (a /vsi path): no stamp
            out.append(None)
    return tuple(out)


def connect(scheduler):
    """A distributed.Client of *scheduler*, or an LsmError saying how to fix it."""
    try:
        from distributed import Client
    except ImportError as exc:
        raise LsmError(
            "Running on a Dask cluster needs the Python package 'distributed' (python3 -m pip install "
            '"distributed"); leave the scheduler address empty to run here.'
        ) from exc
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise LsmError(
            f"Cannot reach the Dask scheduler at '{scheduler}' ({exc}). Check the address (tcp://host:8786) "
            "and that the scheduler is running."
        ) from exc


def _on_worker(task, spec, window):
    """task(spec, window) on a worker, with the worker's address (who ran which block)."""
    from distributed import get_worker

    return get_worker().address, task(spec, window)


class BlockRunner:
    """Runs block tasks here (scheduler None or '') or on a Dask cluster; a context manager that
    holds the cluster's client for every map of a run. `tasks_per_worker` counts the blocks each
    worker ran."""

    def __init__(self, scheduler=None):
        self.scheduler = (scheduler or "").strip() or None
        self.client = None
        self.tasks_per_worker = Counter()

    @property
    def distributed(self):
        return self.scheduler is not None

    def __enter__(self):
        if self.scheduler is not None and self.client is None:
            self.client = connect(self.scheduler)
        return self

    def __exit__(self, *exc):
        if self.client is not None:
            self.client.close()
            self.client = None
        return False

    def describe(self):
        """One line on where the blocks run."""
        if self.client is None:
            return "blocks run here"
        threads = self.client.nthreads()
        return (
            f"Dask cluster at {self.scheduler}: {len(threads)} worker(s), {sum(threads.values())} thread(s)"
        )

    def map(self, task, spec, windows, feedback=None):
        """task(spec, window) of every window, yielded in window order; cancel checked per block."""
        windows = list(windows)
        if self.scheduler is None:
            return self._local(task, spec, windows, feedback)
        if self.client is None:
            raise LsmError("BlockRunner.map on a cluster needs the runner open (use it in a with block).")
        return self._dask(task, spec, windows, feedback)

    def _local(self, task, spec, windows, feedback):
        for window in windows:
            if feedback is not None and feedback.isCanceled():
                raise Canceled()
            yield task(spec, window)

    def _dask(self, task, spec, windows, feedback):
        from distributed import as_completed

        client = self.client
        limit = BLOCKS_PER_THREAD * max(1, sum(client.nthreads().values()))
        # in a list: a scattered tuple would become a tuple of futures; unhashed: each map its own key
        (spec_future,) = client.scatter([spec], broadcast=True, hash=False)
        pending, futures = {}, {}
        submitted = done = 0

        def submit_more():
            nonlocal submitted
            # in flight and waiting to be yielded together stay within 2 * limit blocks
            while submitted < len(windows) and len(futures) < limit and submitted - done < 2 * limit:
                future = client.submit(_on_worker, task, spec_future, windows[submitted], pure=False)
                futures[future] = submitted
                running.add(future)
                submitted += 1

        running = as_completed([], loop=client.loop)
        try:
            submit_more()
            while done < len(windows):
                if feedback is not None and feedback.isCanceled():
                    raise Canceled()
                if done in pending:
                    yield pending.pop(done)
                    done += 1
                    submit_more()
                    continue
                future = next(running)
                index = futures.pop(future)
                worker, pending[index] = future.result()
                future.release()
                self.tasks_per_worker[worker] += 1
        except BaseException:
            client.cancel(list(futures))
            raise
