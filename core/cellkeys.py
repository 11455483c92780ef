"""Seeded random keys of grid cells and the smallest-key sampler (uniform draws in bounded memory).

A cell's key is a seeded 64-bit hash of its flat index (row * width + col), so the random order
of the cells does not depend on how the grid is read (block layout, threads). Keeping the cells
with the smallest keys while the grid streams past gives a uniform sample without replacement;
ordering by (score, key) gives the lowest-scored cells with ties broken at random.

API
- ``spawn_seeds(seed, n) -> list[int]``: *n* independent integer seeds derived from *seed* by
  ``numpy.random.SeedSequence(seed).spawn(n)`` (the one way the core derives seeds of sub-steps).
- ``cell_keys(cells, seed, stream=0) -> uint64 array``: splitmix64 of the cell index mixed with
  *seed* and *stream*; distinct cells give distinct keys for one (seed, stream).
- ``unit_uniform(cells, seed, stream=0) -> float64 array`` in [0, 1) from the keys.
- ``score_keys(scores, cells, seed, stream=0) -> uint64 array``: keys ordering cells by their
  non-negative float32 score, ties by the cell key.
- ``SmallestKeys(capacity, value_shape=(), value_dtype=float32)``: ``add(keys, cells, values)``
  keeps the *capacity* triples with the smallest keys (``seen`` counts every key offered; *seen=*
  says how many a pre-cut offer stood for);
  ``result() -> (keys, cells, values)`` sorted by key.
"""

import numpy as np

_MASK64 = 0xFFFFFFFFFFFFFFFF
_GOLDEN = 0x9E3779B97F4A7C15
_STREAM = 0xD1B54A32D192ED03


def spawn_seeds(seed, n):
    """*n* integer seeds derived from *seed* with SeedSequence.spawn (independent streams)."""
    children = np.random.SeedSequence(int(seed)).spawn(int(n))
    return [int(child.generate_state(1, np.uint64)[0] >> np.uint64(1)) for child in children]


def cell_keys(cells, seed, stream=0):
    """Random uint64 key of each cell index (splitmix64 of the index mixed with seed and stream): a
    random order of cells that does not depend on the block layout; distinct cells, distinct keys."""
    with np.errstate(over="ignore"):
        salt = np.uint64((int(seed) * _GOLDEN + int(stream) * _STREAM + 1) & _MASK64)
        z = np.asarray(cells, dtype=np.uint64) ^ salt
        z = z + np.uint64(_GOLDEN)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


def unit_uniform(cells, seed, stream=0):
    """Seeded uniform numbers in [0, 1) from integers (the top 53 bits of their keys)."""
    return (cell_keys(cells, seed, stream) >> np.uint64(11)).astype(np.float64) * (1.0 / 9007199254740992.0)


def score_keys(scores, cells, seed, stream=0):
    """uint64 keys ordering cells by score (non-negative float32), ties by a seeded hash of the cell."""
    s = np.maximum(np.asarray(scores, dtype=np.float32), np.float32(0.0))
    high = s.view(np.uint32).astype(np.uint64) << np.uint64(32)
    return high | (cell_keys(cells, seed, stream) >> np.uint64(32))


class SmallestKeys:
    """The *capacity* (key, cell, value) triples with the smallest keys offered so far.

    Values are rows of shape *value_shape* (() for one number per cell, (n,) for n factor values).
    Memory stays below about three times the capacity whatever is offered.
    """

    def __init__(self, capacity, value_shape=(), value_dtype=np.float32):
        self.capacity = max(0, int(capacity))
        self.keys = np.zeros(0, dtype=np.uint64)
        self.cells = np.zeros(0, dtype=np.int64)
        self.values = np.zeros((0, *tuple(value_shape)), dtype=value_dtype)
        self.seen = 0

    def add(self, keys, cells, values, seen=None):
        """Offer (key, cell, value) triples; *seen*: how many keys they stand for (default: their
        number; more when they are already the smallest of a larger offer, e.g. a block's on a worker)."""
        keys = np.asarray(keys, dtype=np.uint64)
        self.seen += keys.size if seen is None else int(seen)
        if self.capacity == 0 or keys.size == 0:
            return
        cells = np.asarray(cells, dtype=np.int64)
        values = np.asarray(values, dtype=self.values.dtype)
        if self.keys.size >= self.capacity:
            keep = keys < self.keys.max()
            keys, cells, values = keys[keep], cells[keep], values[keep]
        if keys.size > self.capacity:
            keys, cells, values = self._smallest(keys, cells, values)
        self.keys = np.concatenate([self.keys, keys])
        self.cells = np.concatenate([self.cells, cells])
        self.values = np.concatenate([self.values, values])
        if self.keys.size > 2 * self.capacity:
            self.keys, self.cells, self.values = self._smallest(self.keys, self.cells, self.values)

    def _smallest(self, keys, cells, values):
        if keys.size <= self.capacity:
            return keys, cells, values
        part = np.argpartition(keys, self.capacity - 1)[: self.capacity]
        return keys[part], cells[part], values[part]

    def result(self):
        """(keys, cells, values) of the kept triples, smallest key first."""
        self.keys, self.cells, self.values = self._smallest(self.keys, self.cells, self.values)
        order = np.argsort(self.keys, kind="stable")
        return self.keys[order], self.cells[order], self.values[order]
