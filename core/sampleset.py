"""Sample tables for the learners, without QGIS: the Samples table, its train/test split and the
subsample of a negative pool at an imbalance ratio.

Sampling follows Fu et al. 2024 (IEEE JSTARS 17): training negatives are drawn from a pool at a
ratio of negatives per positive (1:2.5 ... 1:200); the test set is fixed once (default 1:200)
and never shares a row with training. Labels are read with core.labels.parse_labels (the one label
rule); make_samples drops the NULL-label rows and counts them.

    Samples(X, y, factors, categorical, split, xy, dropped, warnings, kind)
    make_samples(X, labels, factors, categorical=(), split=None, xy=None, layer_name="samples",
                 kinds=None)
    parse_split(values) -> 'train' / 'test' / '' per value
    split_rows(samples, test_fraction=DEFAULT_TEST_FRACTION, seed=None) -> (train rows, test rows)
    subsample_pool(pool, n_positive, ratio, rng, what="training") -> sorted rows of *pool*
    check_classes(y, what, minimum=MIN_POSITIVES)

Test-set kinds (issue 13): every evaluation names its negatives.
    'random'  random unlabeled cells of the test split (landslide cells excluded): the honest numbers
    'rn'      reliable negatives of the test split's prior (Fu et al. 2024's PU testing method):
              optimistic, the negatives are the cells least like landslides by construction
    'area'    every valid cell (rate curves, lsm:ratecurves)
A sample layer says which kind each negative is in the field NEGATIVE_KIND_FIELD ('negative_kind',
values 'rn' / 'random'; ignored on landslides). Without it: a layer with a 'prior' field (an
lsm:spysampling output) holds reliable negatives, any other layer (lsm:buildsamples) random cells.

    parse_negative_kinds(values, layer_name, field=NEGATIVE_KIND_FIELD) -> 'rn' / 'random' / '' each
    default_kind(field_names) -> the kind of every negative of a layer without the kind field
    negative_kinds(samples) -> 'rn' / 'random' per row ('' for landslides)
    kind_test_sets(samples, test_rows) -> {kind: rows}: the test landslides with the test negatives of
        each kind present, 'random' first
    training_pool(samples, train_rows) -> (negative rows to train on, note or '')
    split_warnings(n_test_landslides) -> plain warnings (a test split under MIN_TEST_LANDSLIDES)
    RN_NOTE: the sentence the logs print beside 'rn' metrics
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
#: field of a sample layer naming the kind of each negative ('rn' / 'random')
NEGATIVE_KIND_FIELD = "negative_kind"
#: negative kinds of a sample layer, in display order (the honest one first)
NEGATIVE_KINDS = ("random", "rn")
#: test-set kinds a run record may name (core.records, the dock's test-set column)
TEST_SET_KINDS = ("random", "rn", "area")
#: fewer test landslides than this give a warning (issue 13: wide intervals, unstable metrics)
MIN_TEST_LANDSLIDES = 30
RN_NOTE = (
    "'rn' metrics are optimistic: reliable negatives are the cells a prior model found least like landslides, "
    "the easiest to tell apart by construction. Quote the 'random' test-set numbers."
)


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
    kind: np.ndarray = None

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


def make_samples(X, labels, factors, categorical=(), split=None, xy=None, layer_name="samples", kinds=None):
    """Samples from raw columns: rows with a NULL label (core.labels.NULL_LABEL, any negative label)
    or a missing factor value are dropped (and counted in *dropped*); categorical factors must hold
    whole-number codes. *kinds*: the negative kind of each row ('rn' / 'random', see
    parse_negative_kinds) or one kind for all; None: 'random'."""
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
        kind=_row_kinds(kinds, labels.size)[keep],
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


def parse_negative_kinds(values, layer_name, field=NEGATIVE_KIND_FIELD):
    """'rn' / 'random' / '' (NULL, empty or 'landslide': lsm:spysampling marks its landslide rows so)
    per value of a negative-kind field (case-insensitive; 'unlabeled' reads as 'random'); LsmError
    naming the layer for any other value."""
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values):
        text = str(value).strip().lower() if value is not None else ""
        text = {"unlabeled": "random", "landslide": ""}.get(text, text)
        if text not in ("", *NEGATIVE_KINDS):
            raise LsmError(
                f"Field '{field}' of layer '{layer_name}' holds '{value}': use 'rn' (reliable negatives) or "
                "'random' (random unlabeled cells)."
            )
        out[i] = text
    return out


def default_kind(field_names):
    """Kind of every negative of a layer without the kind field: 'rn' for an lsm:spysampling output
    (it has a 'prior' field), else 'random' (lsm:buildsamples, any other layer)."""
    return "rn" if "prior" in list(field_names) else "random"


def _row_kinds(kinds, n):
    if kinds is None or isinstance(kinds, str):
        return np.full(n, kinds or "random", dtype=object)
    kinds = np.asarray(kinds, dtype=object)
    if kinds.shape != (n,):
        raise LsmError(f"{kinds.size} negative kinds for {n} samples: give one per sample.")
    return kinds


def negative_kinds(samples):
    """'rn' / 'random' per row of *samples* ('' for landslides); negatives of no stated kind
    count as 'random'."""
    kinds = _row_kinds(samples.kind, samples.y.size).copy()
    kinds[(samples.y == 0) & (kinds == "")] = "random"
    kinds[samples.y != 0] = ""
    return kinds


def kind_test_sets(samples, test_rows):
    """{kind: sorted rows}: the test landslides with the test negatives of each kind, for every kind
    that has test negatives ('random' first, then 'rn')."""
    test_rows = np.asarray(test_rows)
    kinds = negative_kinds(samples)[test_rows]
    positives = test_rows[samples.y[test_rows] == 1]
    out = {}
    for kind in NEGATIVE_KINDS:
        negatives = test_rows[kinds == kind]
        if negatives.size:
            out[kind] = np.sort(np.concatenate([positives, negatives]))
    return out


def training_pool(samples, train_rows):
    """(negative rows to train on, note): every training negative, or only the reliable negatives
    when the training rows hold both kinds (the note says so)."""
    train_rows = np.asarray(train_rows)
    negatives = train_rows[samples.y[train_rows] == 0]
    kinds = negative_kinds(samples)[negatives]
    n_rn, n_random = int((kinds == "rn").sum()), int((kinds == "random").sum())
    if n_rn and n_random:
        return negatives[kinds == "rn"], (
            f"The training rows hold {n_rn} reliable negatives and {n_random} random unlabeled cells: the model "
            "trains on the reliable negatives."
        )
    return negatives, ""


def split_warnings(n_test_landslides):
    """Plain warnings about a test split (a list, empty when there is nothing to say)."""
    if 0 < n_test_landslides < MIN_TEST_LANDSLIDES:
        return [
            f"The test split has only {n_test_landslides} landslides (fewer than {MIN_TEST_LANDSLIDES}): its "
            "metrics swing widely from one split to the next (see the intervals). Try a larger test share, "
            "every-cell polygon sampling (more test cells per landslide), or lsm:crossvalidate, which tests "
            "on every landslide once."
        ]
    return []
