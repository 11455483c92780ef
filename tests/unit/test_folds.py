"""Fold builders: disjoint test sets covering every row, stratification, whole blocks and groups."""

import numpy as np
import pytest
from landslide_susceptibility.core import folds as F
from landslide_susceptibility.core.errors import LsmError


def table(n=600, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.uniform(0, 1000, n)
    y = rng.uniform(0, 800, n)
    labels = (rng.random(n) < 0.2).astype(int)
    return x, y, labels


def assert_partition(folds, n):
    tests = np.concatenate([t for _, t in folds])
    assert np.array_equal(np.sort(tests), np.arange(n))  # every row tested exactly once
    for train, test in folds:
        assert np.intersect1d(train, test).size == 0
        assert train.size + test.size == n


def test_stratified_kfold():
    _, _, labels = table()
    folds = F.stratified_kfold(labels, k=5, seed=1)
    assert_partition(folds, labels.size)
    n_pos = [int(labels[t].sum()) for _, t in folds]
    assert max(n_pos) - min(n_pos) <= 1
    assert max(t.size for _, t in folds) - min(t.size for _, t in folds) <= 1
    assert all(np.array_equal(a[1], b[1]) for a, b in zip(folds, F.stratified_kfold(labels, k=5, seed=1)))


def test_spatial_blocks_are_whole():
    x, y, labels = table()
    folds = F.spatial_block_folds(x, y, labels, block_size=200, k=4, seed=0)
    assert_partition(folds, labels.size)
    blocks = F.block_ids(x, y, 200)
    for train, test in folds:
        assert np.intersect1d(blocks[train], blocks[test]).size == 0  # no training row in a test block
        assert labels[test].sum() > 0
    n_pos = [int(labels[t].sum()) for _, t in folds]
    assert max(n_pos) - min(n_pos) <= 0.25 * np.mean(n_pos)  # 20 blocks of ~6 landslides: balanced


def test_block_ids_by_hand():
    # blocks of 10 from (0, 0): (5, 5) -> 0, (15, 5) -> 1, (5, 15) -> 2 (row 1 of 2 columns)
    assert F.block_ids([0, 15, 5], [0, 5, 15], 10).tolist() == [0, 1, 2]


def test_kmeans_folds():
    pytest.importorskip("sklearn")
    x, y, labels = table()
    folds = F.kmeans_folds(x, y, labels, k=4, seed=3)
    assert_partition(folds, labels.size)
    again = F.kmeans_folds(x, y, labels, k=4, seed=3)
    assert all(np.array_equal(a[1], b[1]) for a, b in zip(folds, again))


def test_group_folds():
    groups = np.array(["2016", "2016", "2019", "2019", "2023", "2023"])
    labels = np.array([1, 0, 1, 0, 1, 0])
    folds = F.group_folds(groups, labels)
    assert F.group_names(groups) == ["2016", "2019", "2023"]
    assert [t.tolist() for _, t in folds] == [[0, 1], [2, 3], [4, 5]]
    for train, test in folds:
        assert set(groups[train]).isdisjoint(groups[test])  # no training row inside the test group


def test_repeated_spawns_different_seeds():
    _, _, labels = table()
    reps = F.repeated(F.stratified_kfold, 3, seed=7, labels=labels, k=5)
    assert len(reps) == 3
    assert not np.array_equal(reps[0][0][1], reps[1][0][1])
    again = F.repeated(F.stratified_kfold, 3, seed=7, labels=labels, k=5)
    assert all(np.array_equal(a[0][1], b[0][1]) for a, b in zip(reps, again))
    for folds in reps:
        assert_partition(folds, labels.size)


def test_fold_negatives_stay_in_training_unlabeled():
    x, y, labels = table()
    folds = F.spatial_block_folds(x, y, labels, block_size=250, k=3)
    negatives = F.fold_negatives(folds, labels, ratio=2.0, seed=1)
    for (train, test), neg in zip(folds, negatives):
        assert np.isin(neg, train).all() and not np.isin(neg, test).any()
        assert (labels[neg] == 0).all()
        assert neg.size == min(2 * int(labels[train].sum()), int((labels[train] == 0).sum()))
        assert np.unique(neg).size == neg.size
    leaky = [folds[0][1]] + [f[0] for f in folds[1:]]  # fold 1's pool is its test set
    with pytest.raises(LsmError, match="Fold 1: .* leak"):
        F.fold_negatives(folds, labels, pools=leaky)


def test_bad_input():
    with pytest.raises(LsmError, match="only 3 landslide"):
        F.stratified_kfold([1, 1, 1, 0, 0, 0, 0, 0], k=5)
    with pytest.raises(LsmError, match="at least 2 folds"):
        F.stratified_kfold([1, 0], k=1)
    with pytest.raises(LsmError, match="single value"):
        F.group_folds(["a", "a", "a"], [1, 0, 1])
    with pytest.raises(LsmError, match="no value in the group field"):
        F.group_folds(["a", None, "b"], [1, 0, 1])
    with pytest.raises(LsmError, match="'b' hold no landslide"):
        F.group_folds(["a", "a", "b"], [1, 0, 0])
    x, y, labels = table()
    with pytest.raises(LsmError, match="Only 1 blocks"):
        F.spatial_block_folds(x, y, labels, block_size=5000, k=3)
    with pytest.raises(LsmError, match="positive distance"):
        F.spatial_block_folds(x, y, labels, block_size=0, k=3)
