"""The one thread-pool helper of the core (numpy, GDAL, scikit-learn trees and torch release the GIL).

API
- ``resolve_n_jobs(n_jobs, n_tasks=None) -> int``: threads for *n_jobs* with joblib's meaning
  (None: 1, -1: every core, -2: all but one, ..., positive: as is; 0 raises LsmError), capped by
  *n_tasks* when given and never below 1.
- ``map_threads(function, items, n_jobs, feedback=None, progress=True, on_done=None) -> list``:
  ``[function(item) for item in items]`` in ``resolve_n_jobs(n_jobs)`` threads, results in item
  order. At most two items per thread are queued at a time; the caller's thread watches *feedback*:
  on ``isCanceled()`` nothing more is submitted, queued items are dropped and ``Canceled`` is
  raised. The first exception of *function* propagates (the items not started are dropped).
  *progress* sets ``feedback.setProgress`` (0..100) as items finish; ``on_done(index, result,
  n_done)`` is called in the caller's thread as each item finishes (in completion order).
- ``Threads(n_jobs)``: a reusable pool (context manager) whose ``map`` method is ``map_threads``
  without the pool start-up; for loops that map many small batches.
- ``imap_ahead(function, items, ahead=1)``: iterator over ``function(item)`` in item order, with
  the next *ahead* items computed in background threads while the caller works on the current
  one (block pipelines: read the next block while this one is predicted). With ``ahead == 1`` a
  single thread calls *function*, so a reader that is not thread-safe (a GDAL handle) may be
  used as long as the caller's thread does not use it too. Use it in a ``with`` block (it is a
  context manager) so that an early exit (cancel, error) waits for the running item and drops the
  rest.
- ``WriteBehind()``: one background thread running one task at a time (write the previous block
  while this one is predicted): ``submit(function, *args)`` first waits for (and re-raises the
  error of) the previous task; ``join()`` waits for the last one. A context manager.
"""

import os
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from .errors import Canceled, LsmError

#: seconds between two looks at the cancel flag while threads work
CANCEL_POLL_S = 0.2
#: items queued per thread by map_threads
QUEUED_PER_THREAD = 2


def resolve_n_jobs(n_jobs, n_tasks=None):
    """Threads for *n_jobs* (joblib's meaning: None 1, -1 every core, -2 all but one; 0 is an error)."""
    if n_jobs is None:
        threads = 1
    else:
        n_jobs = int(n_jobs)
        if n_jobs == 0:
            raise LsmError("N_JOBS = 0 is not a number of threads: use -1 for every core, or 1, 2, ...")
        cores = os.cpu_count() or 1
        threads = cores + 1 + n_jobs if n_jobs < 0 else n_jobs
    if n_tasks is not None:
        threads = min(threads, int(n_tasks))
    return max(1, threads)


def _canceled(feedback):
    return feedback is not None and feedback.isCanceled()


def _map_serial(function, items, feedback, progress, on_done):
    results = [None] * len(items)
    for i, item in enumerate(items):
        if _canceled(feedback):
            raise Canceled()
        results[i] = function(item)
        if on_done is not None:
            on_done(i, results[i], i + 1)
        if progress and feedback is not None:
            feedback.setProgress(100.0 * (i + 1) / len(items))
    return results


def _map_pool(pool, workers, function, items, feedback, progress, on_done):
    results = [None] * len(items)
    futures = {}
    next_item = 0
    n_done = 0
    try:
        while next_item < len(items) or futures:
            while next_item < len(items) and len(futures) < QUEUED_PER_THREAD * workers:
                futures[pool.submit(function, items[next_item])] = next_item
                next_item += 1
            done, _ = wait(list(futures), timeout=CANCEL_POLL_S, return_when=FIRST_COMPLETED)
            for future in done:
                i = futures.pop(future)
                results[i] = future.result()
                n_done += 1
                if on_done is not None:
                    on_done(i, results[i], n_done)
            if _canceled(feedback):
                raise Canceled()
            if done and progress and feedback is not None:
                feedback.setProgress(100.0 * n_done / len(items))
    finally:
        for future in futures:
            future.cancel()
    return results


class _OwnsPool:
    """A context manager that closes itself on the way out and owns one executor, ``self._pool``."""

    _pool = None

    def _shutdown_pool(self):
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


class Threads(_OwnsPool):
    """A reusable thread pool of ``resolve_n_jobs(n_jobs)`` threads (context manager)."""

    def __init__(self, n_jobs):
        self.workers = resolve_n_jobs(n_jobs)
        self._pool = ThreadPoolExecutor(max_workers=self.workers) if self.workers > 1 else None

    def map(self, function, items, feedback=None, progress=True, on_done=None):
        """``[function(item) for item in items]`` in order, in the pool's threads (see the module)."""
        items = list(items)
        if self._pool is None or len(items) <= 1:
            return _map_serial(function, items, feedback, progress, on_done)
        return _map_pool(self._pool, self.workers, function, items, feedback, progress, on_done)

    def close(self):
        self._shutdown_pool()


def map_threads(function, items, n_jobs, feedback=None, progress=True, on_done=None):
    """``[function(item) for item in items]`` in *n_jobs* threads, in order; cancel and progress on
    *feedback* (see the module docstring)."""
    items = list(items)
    with Threads(resolve_n_jobs(n_jobs, len(items))) as threads:
        return threads.map(function, items, feedback, progress, on_done)


class imap_ahead(_OwnsPool):  # noqa: N801 (used like a function: ``for x in imap_ahead(...)``)
    """``function(item)`` for each item, in order, the next *ahead* items computed in background."""

    def __init__(self, function, items, ahead=1):
        self._function = function
        self._items = list(items)
        self._ahead = max(1, int(ahead))
        self._pool = None
        self._pending = deque()
        self._next = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pool is None:
            if self._next >= len(self._items):
                raise StopIteration
            self._pool = ThreadPoolExecutor(max_workers=self._ahead)
        while self._next < len(self._items) and len(self._pending) < self._ahead + 1:
            self._pending.append(self._pool.submit(self._function, self._items[self._next]))
            self._next += 1
        if not self._pending:
            self.close()
            raise StopIteration
        return self._pending.popleft().result()

    def close(self):
        """Drop the items not started and wait for the running ones."""
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        self._next = len(self._items)
        self._shutdown_pool()

    def __del__(self):
        self.close()


class WriteBehind:
    """One background thread running one task at a time; errors surface at the next call."""

    def __init__(self):
        self._pool = ThreadPoolExecutor(max_workers=1)
        self._last = None

    def join(self):
        """Wait for the last task (re-raising its error)."""
        last, self._last = self._last, None
        if last is not None:
            last.result()

    def submit(self, function, *args):
        """Wait for the previous task, then start function(*args) in the background."""
        self.join()
        self._last = self._pool.submit(function, *args)

    def close(self):
        self._pool.shutdown(wait=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        try:
            if exc[0] is None:
                self.join()
        finally:
            self.close()
        return False
