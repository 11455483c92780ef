"""The class passes of every factor of lsm:frequencyratio in lock step: one read of the stack per
pass, whichever factors take part in it.

Where the scratch value files of core.fr_scan cannot be used (a Dask cluster, whose workers read
the rasters themselves; a temporary folder too small for them), each factor's classes come from
passes over the rasters: Jenks' summary, histogram and refinement passes, the value counts of a
categorical factor. Run one factor after the other, every pass decodes the whole stack again (a
pixel-interleaved GeoTIFF decodes all its bands for one) and the stack is decoded about 3 times per
factor: 57.7 s for 4 factors on the cluster where the scan takes 11.4 s here.

Here every factor's class computation runs in a thread of its own on a chunk source whose passes
are requests to one `LockStep`: when each factor still at work has asked for its next pass, the
lock step runs them as one map over the grid (here or as one task per block on the cluster: the
block read once, each factor's part computed on its column) and hands each factor its parts in
window order. A factor's parts are the ones it would have computed alone, merged in the same
order by the same code: the same classes to the bit. Factors that need fewer passes (a
categorical one, a Jenks without refinement) leave and the next passes go on without them.
"""

import queue
import threading

import numpy as np

from .errors import Canceled
from .grid import FactorReader

#: parts waiting for a factor's thread before the pass waits for it (bounded memory)
QUEUE_PARTS = 64
#: seconds between checks of a waiting put (a factor that stopped reading its pass)
POLL_S = 0.2

_END = object()


def _valid_columns(X, columns, window, mask_fn):
    """The valid values (float64, inside the mask) of each of *columns* of one window."""
    values = X[:, list(columns)].T.astype(np.float64)  # one row per column, contiguous
    ok = np.isfinite(values)
    if mask_fn is not None:
        ok &= np.asarray(mask_fn(window), dtype=bool).ravel()
    return [v if k.all() else v[k] for v, k in zip(values, ok)]


def pass_parts(X, window, requests, mask_fn):
    """part(valid values of the factor's column, None, *args) of every (column, part, args) request."""
    columns = [column for column, _part, _args in requests]
    values = _valid_columns(X, columns, window, mask_fn)
    return [part(v, None, *args) for v, (_c, part, args) in zip(values, requests)]


def pass_task(spec, window):
    """pass_parts of one window on a Dask worker (the block read once for every request)."""
    from .dask_parts import worker_factor_reader

    factors, grid, mask_fn, requests = spec
    X, _ = worker_factor_reader(factors, grid).read_window(window)
    return pass_parts(X, window, requests, mask_fn)


class _Ticket:
    """One pass asked for by one factor: its request and the queue of its parts."""

    def __init__(self, column, part, args):
        self.request = (column, part, args)
        self.parts = queue.Queue(QUEUE_PARTS)
        self.reading = True

    def read(self):
        try:
            while True:
                item = self.parts.get()
                if item is _END:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            self.reading = False  # a factor that stops early (too many categories) frees the pass

    def put(self, item):
        """item into the queue, unless the factor stopped reading this pass."""
        while self.reading:
            try:
                self.parts.put(item, timeout=POLL_S)
                return
            except queue.Full:
                continue


class LockStep:
    """Passes of several factors' threads run together (see the module docstring)."""

    def __init__(self, factors, grid, mask_fn, runner, feedback):
        self.factors, self.grid, self.mask_fn = tuple(factors), grid, mask_fn
        self.runner, self.feedback = runner, feedback
        self.reader = None if runner is not None and runner.distributed else FactorReader(factors, grid)
        self.windows = (self.reader or FactorReader(factors[:1], grid)).windows()
        self.changed = threading.Condition()
        self.waiting = {}  # column of a factor at work -> its _Ticket, None while it computes
        self.error = None
        self.passes = 0

    def join(self, column):
        with self.changed:
            self.waiting[column] = None

    def leave(self, column):
        with self.changed:
            self.waiting.pop(column, None)
            self.changed.notify_all()

    def source(self, column):
        """A core.jenks chunk source of the factor in *column*: its passes go through the lock step."""

        def chunks():
            for part in self.request(column, _identity, ()):
                yield part, None

        def map_parts(part, *args):
            return self.request(column, part, args)

        chunks.map_parts = map_parts
        return chunks

    def request(self, column, part, args):
        """The parts of one pass of the factor in *column*, in window order (a generator)."""
        ticket = _Ticket(column, part, args)
        with self.changed:
            if self.error is not None:
                raise self.error
            self.waiting[column] = ticket
            self.changed.notify_all()
        return ticket.read()

    def _next_batch(self):
        """The tickets of the next pass once every factor at work has asked (none: all have left)."""
        with self.changed:
            while any(t is None for t in self.waiting.values()):
                self.changed.wait(POLL_S)
                if self.feedback is not None and self.feedback.isCanceled():
                    raise Canceled()
            batch = [self.waiting[c] for c in sorted(self.waiting)]
            for c in self.waiting:
                self.waiting[c] = None
            return batch

    def _blocks(self, requests):
        if self.reader is None:
            spec = (self.factors, self.grid, self.mask_fn, tuple(requests))
            return self.runner.map(pass_task, spec, self.windows, self.feedback)
        return self._local_blocks(requests)

    def _local_blocks(self, requests):
        for window in self.windows:
            if self.feedback is not None and self.feedback.isCanceled():
                raise Canceled()
            X, _ = self.reader.read_window(window)
            yield pass_parts(X, window, requests, self.mask_fn)

    def run(self, progress=None):
        """Runs the passes until every factor has left; returns the number of passes. On an error
        (cancel included) every factor waiting or asking later gets it."""
        batch = []
        try:
            while True:
                batch = self._next_batch()
                if not batch:
                    return self.passes
                for i, parts in enumerate(self._blocks([t.request for t in batch])):
                    for ticket, part in zip(batch, parts):
                        ticket.put(part)
                    if progress is not None:
                        progress(self.passes, (i + 1) / len(self.windows))
                for ticket in batch:
                    ticket.put(_END)
                self.passes += 1
        except BaseException as exc:
            with self.changed:
                self.error = exc
                pending = batch + [t for t in self.waiting.values() if t is not None]
            for ticket in pending:
                ticket.put(exc)
            raise


def _identity(values, _weights):
    return values


def run_together(factors, grid, mask_fn, runner, feedback, work, progress=None):
    """work(j, chunk source of factor j) of every factor, each in a thread, their passes in lock
    step; the results (or the LsmError each raised) in factor order."""
    lock = LockStep(factors, grid, mask_fn, runner, feedback)
    results = [None] * len(factors)

    def worker(j):
        try:
            results[j] = work(j, lock.source(j))
        except Exception as exc:  # reported in factor order by the caller
            results[j] = exc
        finally:
            lock.leave(j)

    for j in range(len(factors)):
        lock.join(j)
    threads = [threading.Thread(target=worker, args=(j,), daemon=True) for j in range(len(factors))]
    for t in threads:
        t.start()
    try:
        lock.run(progress)
    finally:
        for t in threads:
            t.join()
    return results, lock.passes
