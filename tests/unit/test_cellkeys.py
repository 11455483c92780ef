"""core.cellkeys: seeded cell keys, derived seeds and the smallest-key sampler."""

import numpy as np
from landslide_susceptibility.core import cellkeys


def test_cell_keys_distinct_and_seeded():
    cells = np.arange(200000)
    k1 = cellkeys.cell_keys(cells, 7, 0)
    assert np.unique(k1).size == cells.size
    assert np.array_equal(k1, cellkeys.cell_keys(cells, 7, 0))
    assert not np.array_equal(k1, cellkeys.cell_keys(cells, 8, 0))
    assert not np.array_equal(k1, cellkeys.cell_keys(cells, 7, 1))


def test_unit_uniform_is_uniform_and_seeded():
    u = cellkeys.unit_uniform(np.arange(100000), 3)
    assert 0.0 <= u.min() and u.max() < 1.0
    assert abs(u.mean() - 0.5) < 0.01
    assert np.array_equal(u, cellkeys.unit_uniform(np.arange(100000), 3))
    assert not np.array_equal(u, cellkeys.unit_uniform(np.arange(100000), 3, stream=1))


def test_spawn_seeds_are_seeded_and_distinct():
    a = cellkeys.spawn_seeds(5, 4)
    assert a == cellkeys.spawn_seeds(5, 4) and len(set(a)) == 4
    assert a != cellkeys.spawn_seeds(6, 4)
    assert all(0 <= s < 2**63 for s in a)


def test_score_keys_order_by_score_then_key():
    cells = np.arange(6)
    scores = np.array([0.5, 0.1, 0.5, 0.0, 0.9, 0.1], dtype=np.float32)
    keys = cellkeys.score_keys(scores, cells, 1)
    order = np.argsort(keys)
    assert np.all(np.diff(scores[order]) >= 0)


def test_smallest_keys_match_a_full_sort_whatever_the_batches():
    rng = np.random.default_rng(0)
    cells = rng.permutation(50000)
    keys = cellkeys.cell_keys(cells, 9)
    values = rng.normal(size=(cells.size, 3)).astype(np.float32)
    expected = np.argsort(keys)[:700]
    for batch in (1, 333, 4096, 50000):
        pool = cellkeys.SmallestKeys(700, value_shape=(3,))
        for lo in range(0, cells.size, batch):
            pool.add(keys[lo : lo + batch], cells[lo : lo + batch], values[lo : lo + batch])
        k, c, v = pool.result()
        assert pool.seen == cells.size
        assert np.array_equal(k, keys[expected]) and np.array_equal(c, cells[expected])
        assert np.array_equal(v, values[expected])
    empty = cellkeys.SmallestKeys(0)
    empty.add(keys, cells, values[:, 0])
    assert empty.result()[0].size == 0 and empty.seen == cells.size
