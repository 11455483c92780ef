"""Sample tables for the learners, without QGIS: the Samples table, its train/test split and the
subsample of a negative pool at an imbalance ratio.

Sampling follows Fu et al. 2024 (IEEE JSTARS 17): training negatives are drawn from a pool at a
ratio of negatives per positive (1:2.5 ... 1:200); the test set is fixed once (default 1:200)
and never shares a row with training. Labels are read with core.labels.parse_labels (the one label
rule); make_samples drops the NULL-label rows and counts them.

    Samples(X, y, factors, categorical, split, xy, dropped, warnings)
    make_samples(X, labels, factors, categorical=(), split=None, xy=None, layer_name="samples")
    parse_split(values) -> 'train' / 'test' / '' per value
    split_rows(samples, test_fraction=DEFAULT_TEST_FRACTION, seed=None) -> (train rows, test rows)
    subsample_pool(pool, n_positive, ratio, rng, what="training") -> sorted rows of *pool*
    check_classes(y, what, minimum=MIN_POSITIVES)
"""

import math
from dataclasses import dataclass, field

import numpy as np

from .errors import LsmError
from .labels import NULL_LABEL

#: share of the landslides held out for testing when the samples have no split field (70/30)
DEFAULT_TEST_FRACTION = 0.3
#: fewest training landslides we accept
MIN_POSITIVES = 10
#: a categorical factor with more distinct values than this is probably continuous
MAX_CATEGORIES = 50
#: a continuous factor with at most this many whole-number values may be class codes (a warning)
FEW_VALUES = 12


@dataclass
class Samples:
    """A clean sample table: factor matrix, 0/1 labels, optional split ('train'/'test') and xy;
    *dropped* counts the rows left out (NULL label or a missing factor value)."""

    X: np.ndarray
    y: np.ndarray
    factors: list
    categorical: list = field(default_factory=list)
    split: np.ndarray = None
    xy: np.ndarray = None
    dropped: int = 0
    warnings: list = field(default_factory=list)

    @property
    def categorical_index(self):
        return [self.factors.index(name) for name in self.categorical]

    def categories(self, rows=None):
        """Sorted distinct values of each categorical factor (over *rows*, default all)."""
        X = self.X if rows is None else self.X[rows]
        return [sorted(np.unique(X[:, i]).tolist()) for i in self.categorical_index]


def parse_split(values):
    """'train' / 'test' / '' from a split field's values (case-insensitive)."""
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        text = str(value).strip().lower() if value is not None else ""
        out[i] = text if text in ("train", "test") else ""
    return out


def _check_categorical(samples, layer_name):
    """LsmError when a categorical factor holds non-integer or too many distinct values."""
    for name, i in zip(samples.categorical, samples.categorical_index):
        values = samples.X[:, i]
        if not np.allclose(values, np.round(values)):
            raise LsmError(
                f"Categorical factor '{name}' of layer '{layer_name}' holds non-integer values (e.g. "
                f"{values[values != np.round(values)][0]:g}): it looks continuous. Declare it continuous or "
                "give class codes."
            )
        count = np.unique(values).size
        if count > MAX_CATEGORIES:
            raise LsmError(
                f"Categorical factor '{name}' of layer '{layer_name}' has {count} distinct values (more than "
                f"{MAX_CATEGORIES}): it looks continuous. Declare it continuous or reclassify it."
            )


def _check_continuous(samples, layer_name):
    """LsmError for a constant factor; a warning for a continuous one that looks like class codes."""
    for i, name in enumerate(samples.factors):
        if name in samples.categorical:
            continue
        distinct = np.unique(samples.X[:, i])
        if distinct.size == 1:
            raise LsmError(
                f"Factor '{name}' of layer '{layer_name}' has the same value everywhere: it cannot inform a model; "
                "leave it out."
            )
        if 2 < distinct.size <= FEW_VALUES and np.allclose(distinct, np.round(distinct)):
            samples.warnings.append(
                f"Factor '{name}' has only {distinct.size} whole-number values ({', '.join(f'{v:g}' for v in distinct)}): "
                "if these are class codes (lithology, land cover), declare it categorical."
            )


def make_samples(X, labels, factors, categorical=(), split=None, xy=None, layer_name="samples"):
    """Samples from raw columns: rows with a NULL label (core.labels.NULL_LABEL, any negative label)
    or a missing factor value are dropped (and counted in *dropped*); categorical factors must hold whole-number codes."""
    X = np.asarray(X, dtype=np.float64)
    labels = np.asarray(labels)
    factors = list(factors)
    unknown = sorted(set(categorical) - set(factors))
    if unknown:
        raise LsmError(f"Categorical factor(s) {', '.join(unknown)} are not among the factor fields.")
    categorical = [c for c in factors if c in set(categorical)]
    if X.shape[0] == 0:
        raise LsmError(f"Layer '{layer_name}' has no features.")
    keep = (labels > NULL_LABEL) & np.isfinite(X).all(axis=1)
    if not keep.any():
        raise LsmError(
            f"Every feature of layer '{layer_name}' lacks the label or a factor value; check the fields chosen."
        )
    samples = Samples(
        X=X[keep],
        y=labels[keep].astype(np.int64),
        factors=factors,
        categorical=categorical,
        split=None if split is None else np.asarray(split, dtype=object)[keep],
        xy=None if xy is None else np.asarray(xy, dtype=np.float64)[keep],
        dropped=int((~keep).sum()),
    )
    _check_categorical(samples, layer_name)
    _check_continuous(samples, layer_name)
    return samples


def split_rows(samples, test_fraction=DEFAULT_TEST_FRACTION, seed=None):
    """(train, test) row indices: the split field when the samples have one, else a random split of
    each class (the share *test_fraction* to test, Fu et al. 2024's disjoint pools)."""
    if samples.split is not None and (samples.split != "").any():
        train = np.flatnonzero(samples.split == "train")
        test = np.flatnonzero(samples.split == "test")
        return train, test
    rng = np.random.default_rng(seed)
    train, test = [], []
    for c in (1, 0):
        rows = rng.permutation(np.flatnonzero(samples.y == c))
        n_test = int(round(test_fraction * rows.size))
        test.append(rows[:n_test])
        train.append(rows[n_test:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(test))


def subsample_pool(pool, n_positive, ratio, rng, what="training"):
    """A subsample of the negative rows *pool*: round(ratio * n_positive) of them without
    replacement, sorted; ratio <= 0 (or None) takes the whole pool. LsmError saying how many are
    available (and the largest ratio they allow) when the pool is too small."""
    pool = np.asarray(pool)
    if ratio is None or ratio <= 0:
        return np.sort(pool)
    wanted = int(round(float(ratio) * n_positive))
    if wanted > pool.size:
        best = pool.size / n_positive if n_positive else 0.0
        raise LsmError(
            f"A {what} ratio of 1:{ratio:g} needs {wanted} negatives for {n_positive} landslides, but only "
            f"{pool.size} are available (at most 1:{math.floor(best * 10) / 10:g}). Lower the ratio or draw more "
            "negatives (lsm:buildsamples / lsm:spysampling with a higher ratio)."
        )
    return np.sort(rng.choice(pool, size=wanted, replace=False))


def check_classes(y, what, minimum=MIN_POSITIVES):
    """LsmError when *y* lacks enough landslides or any negative."""
    n_pos = int((y == 1).sum())
    n_neg = int((y == 0).sum())
    if n_pos < minimum:
        raise LsmError(
            f"The {what} set has {n_pos} landslide(s); at least {minimum} are needed. Add landslides or check "
            "the label field."
        )
    if n_neg == 0:
        raise LsmError(f"The {what} set has no negative (label 0) sample; add non-landslide points.")
