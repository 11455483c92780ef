"""Reliable negatives by positive-unlabeled (PU) learning: the two-step spy technique and Bagging-PU.

Landslide inventories give positives only; the unlabeled cells hold undetected and future
landslides. Following Fu et al. 2024 (IEEE JSTARS 17, "An integrated framework of
positive-unlabeled and imbalanced learning for landslide susceptibility mapping"):

- Step 1 (spy): hide a random share of the training landslides (the spies, default 15 %) among the
  unlabeled, train landslides-minus-spies against unlabeled+spies, score everything, set the
  threshold from the spies' scores (the lowest spy score once the lowest *noise share* of spies is
  discarded) and keep the unlabeled scoring below it: relatively reliable negatives (RRN).
- Step 2: train landslides against RRN: the prior model. It is streamed over the factor rasters
  (`core.grid.predict_to_raster`) to give a prior susceptibility map, classed by exact Jenks breaks
  (`core.jenks`), and the reliable negatives (RN) are drawn from the chosen low classes.
- Bagging-PU (Mordelet & Vert 2014, Pattern Recognition Letters 37): every tree sees all
  landslides and a bootstrap of the unlabeled of the same size; unlabeled cells are scored
  out-of-bag. The ensemble is the prior model, streamed over the rasters as above; the RN are the
  lowest-scored unlabeled cells of the split (`lowest_negatives`): every valid non-landslide cell
  ranked by its score, the out-of-bag score for the sample's unlabeled cells (the map's score for
  them is biased low, the trees that saw them learnt them as negatives), ties broken at random.
  The negative classes do not apply; the summary's threshold is the highest score taken.

Train and test are never mixed (Fu et al. 2024, III.G): one prior model per split, each from that
split's landslides and unlabeled cells; test RN never share a cell with training RN.

The step classifier is a random forest whose trees each see a balanced bootstrap (as many
negatives as positives, Chen et al. 2004 "balanced random forest"), so two million unlabeled cells
cost no more to fit than ten thousand, and every unlabeled cell gets an out-of-bag score from the
trees that did not see it (no in-sample optimism, which would make every spy look negative).
"""

import math
import os
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from .errors import LsmError
from .progress import SubProgress, check_canceled, ensure_feedback

#: share of the training landslides hidden among the unlabeled as spies (Fu et al. 2024)
SPY_FRACTION = 0.15
#: share of spies allowed below the threshold: the noise tail (Liu et al. 2002, ICML, "noise level")
SPY_NOISE = 0.05
#: trees of the step classifier (random forest)
N_TREES = 100
#: classes of the Jenks classification of the prior map (Fu et al. 2024: very low ... very high)
JENKS_CLASSES = 5
#: prior classes the reliable negatives come from (very low and low)
NEGATIVE_CLASSES = (1, 2)
#: reliable negatives drawn per landslide of the split
NEGATIVE_RATIO = 10.0
#: fewest spies that give a threshold worth the name
MIN_SPIES = 5
#: fewest landslides per split to train a step classifier
MIN_LANDSLIDES = 10
#: fewest relatively reliable negatives to train the prior model
MIN_RRN = 10
#: rows scored at once (bounded memory, progress and cancel between chunks)
SCORE_CHUNK = 262144
METHODS = ("spy", "bagging")
MODEL_TYPES = {"spy": "spy", "bagging": "bagging_pu"}


# ---------------------------------------------------------------------------------------------
# the step classifier


def _fit_tree(X_pos, X_neg, seed, n_per_class, bootstrap_positives, max_depth, min_samples_leaf):
    from sklearn.tree import DecisionTreeClassifier

    rng = np.random.default_rng(seed)
    # a bootstrap as distinct rows with integer weights: the same tree as repeated rows, fewer rows to sort
    if bootstrap_positives:
        ip, wp = np.unique(rng.integers(0, len(X_pos), n_per_class), return_counts=True)
    else:
        ip, wp = np.arange(len(X_pos)), np.ones(len(X_pos), dtype=np.int64)
    ineg, wn = np.unique(rng.integers(0, len(X_neg), n_per_class), return_counts=True)
    X = np.concatenate([X_pos[ip], X_neg[ineg]])
    y = np.concatenate([np.ones(ip.size), np.zeros(ineg.size)])
    weights = np.concatenate([wp, wn]).astype(np.float64)
    tree = DecisionTreeClassifier(
        max_depth=max_depth,
        min_samples_leaf=min_samples_leaf,
        max_features="sqrt",
        random_state=seed % (2**31),
    )
    tree.fit(X, y, sample_weight=weights)
    return tree, ineg.astype(np.int64)


class BalancedForest:
    """Random forest of trees fitted on balanced bootstraps (positives vs negatives/unlabeled).

    Each tree draws `n_per_class` rows of the negatives with replacement (default: as many as
    there are positives) and the positives either bootstrapped too (balanced random forest, the
    spy steps) or all of them (Bagging-PU). predict_proba(X_raw) works on raw factor values, so a
    fitted forest is a kind "sklearn" model bundle. `oob_scores(X_neg)` averages, for each negative
    row, only the trees whose bootstrap did not hold it.
    """

    classes_ = np.array([0, 1])

    def __init__(
        self,
        n_estimators=N_TREES,
        max_depth=None,
        min_samples_leaf=1,
        n_per_class=None,
        bootstrap_positives=True,
        random_state=0,
        n_jobs=1,
    ):
        self.n_estimators = int(n_estimators)
        self.max_depth = max_depth
        self.min_samples_leaf = int(min_samples_leaf)
        self.n_per_class = n_per_class
        self.bootstrap_positives = bool(bootstrap_positives)
        self.random_state = int(random_state)
        self.n_jobs = int(n_jobs)
        self.estimators_ = []
        self.in_bag_ = []

    def __getstate__(self):
        state = dict(self.__dict__)
        state["in_bag_"] = []  # training bookkeeping, not needed to predict
        return state

    def _workers(self):
        return max(1, self.n_jobs if self.n_jobs > 0 else (os.cpu_count() or 1))

    def fit(self, X_pos, X_neg, feedback=None):
        """Fit the trees (in threads: tree building releases the GIL)."""
        X_pos = np.ascontiguousarray(X_pos, dtype=np.float32)
        X_neg = np.ascontiguousarray(X_neg, dtype=np.float32)
        if len(X_pos) == 0 or len(X_neg) == 0:
            raise LsmError("The step classifier needs both landslides and unlabeled cells.")
        self.n_features_in_ = X_pos.shape[1]
        n = int(self.n_per_class or len(X_pos))
        seeds = np.random.default_rng(self.random_state).integers(0, 2**62, self.n_estimators)
        trees = [None] * self.n_estimators
        bags = [None] * self.n_estimators

        def work(i):
            check_canceled(feedback)
            return i, _fit_tree(
                X_pos,
                X_neg,
                int(seeds[i]),
                n,
                self.bootstrap_positives,
                self.max_depth,
                self.min_samples_leaf,
            )

        done = 0
        with ThreadPoolExecutor(max_workers=self._workers()) as pool:
            for i, (tree, bag) in pool.map(work, range(self.n_estimators)):
                trees[i], bags[i] = tree, bag
                done += 1
                if feedback is not None:
                    feedback.setProgress(100.0 * done / self.n_estimators)
        self.estimators_ = trees
        self.in_bag_ = bags
        return self

    def _tree_groups(self):
        k = min(self._workers(), len(self.estimators_))
        return [list(range(g, len(self.estimators_), k)) for g in range(k)]

    def _score(self, X, feedback=None, oob=False):
        X = np.ascontiguousarray(X, dtype=np.float32)
        n = len(X)
        total = np.zeros(n, dtype=np.float64)
        count = np.full(n, float(len(self.estimators_)))
        groups = self._tree_groups()
        chunks = list(range(0, n, SCORE_CHUNK)) or [0]

        def run(group, lo, hi):
            acc = np.zeros(hi - lo, dtype=np.float64)
            drop = np.zeros(hi - lo, dtype=np.float64) if oob else None
            for t in group:
                p = self.estimators_[t].predict_proba(X[lo:hi], check_input=False)[:, 1]
                acc += p
                if oob:
                    bag = self.in_bag_[t]
                    a, b = np.searchsorted(bag, (lo, hi))
                    inside = bag[a:b] - lo
                    acc[inside] -= p[inside]
                    drop[inside] += 1.0
            return acc, drop

        with ThreadPoolExecutor(max_workers=len(groups)) as pool:
            for c, lo in enumerate(chunks):
                check_canceled(feedback)
                hi = min(n, lo + SCORE_CHUNK)
                for acc, drop in pool.map(run, groups, [lo] * len(groups), [hi] * len(groups)):
                    total[lo:hi] += acc
                    if oob:
                        count[lo:hi] -= drop
                if feedback is not None:
                    feedback.setProgress(100.0 * (c + 1) / len(chunks))
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(count > 0, total / np.maximum(count, 1.0), np.nan)

    def predict_proba(self, X):
        """(n, 2) class probabilities: the mean of the trees' leaf frequencies."""
        p = self._score(X)
        return np.column_stack([1.0 - p, p])

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(np.int64)

    def oob_scores(self, X_neg, feedback=None):
        """Out-of-bag landslide scores of the negative rows the forest was fitted on (same order);
        rows that were in every bootstrap get the full-forest score."""
        if not self.in_bag_:
            raise LsmError("Out-of-bag scores need the forest just fitted (not a reloaded one).")
        scores = self._score(X_neg, feedback, oob=True)
        missing = np.isnan(scores)
        if missing.any():
            scores[missing] = self._score(np.asarray(X_neg)[missing])
        return scores


# ---------------------------------------------------------------------------------------------
# step 1 and the two methods


def spy_threshold(spy_scores, noise_share=SPY_NOISE):
    """The lowest spy score once the floor(noise_share * n) lowest spies are discarded as noise:
    at most that many spies score strictly below it."""
    scores = np.sort(np.asarray(spy_scores, dtype=np.float64))
    if scores.size == 0:
        raise LsmError("There are no spies to set the threshold from.")
    if not 0.0 <= noise_share < 1.0:
        raise LsmError("The spy noise share must be at least 0 and below 1.")
    k = int(math.floor(noise_share * scores.size + 1e-9))
    return float(scores[min(k, scores.size - 1)])


def required_landslides(spy_fraction=SPY_FRACTION):
    """Fewest landslides per split for a spy set of MIN_SPIES and a step classifier."""
    # the fewest landslides whose spy share (rounded as fit_spy rounds it) reaches MIN_SPIES
    n = int(math.floor((MIN_SPIES - 0.5) / spy_fraction)) if spy_fraction > 0 else MIN_SPIES * 2
    while int(round(spy_fraction * n)) < MIN_SPIES:
        n += 1
    return max(MIN_LANDSLIDES, n, MIN_SPIES * 2)


@dataclass
class PuParams:
    """Settings of a PU run (defaults: Fu et al. 2024 where the paper gives them)."""

    method: str = "spy"
    spy_fraction: float = SPY_FRACTION
    noise_share: float = SPY_NOISE
    n_trees: int = N_TREES
    max_depth: int = 0
    n_classes: int = JENKS_CLASSES
    negative_classes: tuple = NEGATIVE_CLASSES
    ratio: float = NEGATIVE_RATIO
    seed: int = 0
    n_jobs: int = 1

    def forest(self, seed_offset, bootstrap_positives=True):
        return BalancedForest(
            n_estimators=self.n_trees,
            max_depth=self.max_depth or None,
            bootstrap_positives=bootstrap_positives,
            random_state=self.seed * 1009 + seed_offset,
            n_jobs=self.n_jobs,
        )

    def check(self):
        if self.method not in METHODS:
            raise LsmError(f"Unknown PU method '{self.method}': use one of {', '.join(METHODS)}.")
        if not 0.0 < self.spy_fraction < 1.0:
            raise LsmError("The spy fraction must lie between 0 and 1 (Fu et al. 2024 use 0.15).")
        if not 0.0 <= self.noise_share < 1.0:
            raise LsmError("The spy noise share must be at least 0 and below 1 (default 0.05).")
        if self.n_trees < 1:
            raise LsmError("The step classifier needs at least one tree.")
        if self.n_classes < 2:
            raise LsmError("The prior map needs at least 2 Jenks classes.")
        bad = [c for c in self.negative_classes if not 1 <= int(c) <= self.n_classes]
        if bad or not self.negative_classes:
            raise LsmError(
                "Negative classes must be class numbers between 1 (very low) and {} (very high); got {}.".format(
                    self.n_classes, ", ".join(str(c) for c in self.negative_classes) or "none"
                )
            )
        if len(set(self.negative_classes)) >= self.n_classes:
            raise LsmError(
                "Negatives cannot come from every prior class: leave out at least the highest one."
            )
        if self.ratio <= 0:
            raise LsmError("The number of negatives per landslide must be above 0.")


@dataclass
class StepResult:
    """The prior model of one split and what step 1 found."""

    model: BalancedForest
    unlabeled_scores: np.ndarray  # out-of-bag step-1 scores (spy) or Bagging-PU scores of the unlabeled
    threshold: float = float("nan")
    n_spies: int = 0
    spy_scores: np.ndarray = None
    rrn: np.ndarray = None  # bool mask over the unlabeled (spy); None for bagging
    times: dict = field(default_factory=dict)


def _check_split(name, X_pos, X_unl, params):
    need = required_landslides(params.spy_fraction) if params.method == "spy" else MIN_LANDSLIDES
    if len(X_pos) < need:
        if params.method == "spy":
            n_spies = int(round(params.spy_fraction * len(X_pos)))
            raise LsmError(
                "The '{}' split has {} landslides: a spy fraction of {:g} gives {} spies, but the spy "
                "technique needs at least {} spies and {} landslides; so at least {} landslides are needed "
                "in this split (add landslides, lower the test share, or raise the spy fraction).".format(
                    name, len(X_pos), params.spy_fraction, n_spies, MIN_SPIES, MIN_LANDSLIDES, need
                )
            )
        raise LsmError(f"The '{name}' split has {len(X_pos)} landslides; Bagging-PU needs at least {need}.")
    if len(X_unl) < MIN_RRN:
        raise LsmError(
            f"The '{name}' split has {len(X_unl)} unlabeled cells (label 0); at least {MIN_RRN} are needed, "
            "and many more (several per landslide) for a useful prior: draw more unlabeled cells."
        )


def fit_spy(X_pos, X_unl, params, feedback=None, name="train"):
    """Two-step spy technique on the landslides and unlabeled cells of one split."""
    feedback = ensure_feedback(feedback)
    _check_split(name, X_pos, X_unl, params)
    times = {}
    rng = np.random.default_rng(params.seed * 7919 + (0 if name == "train" else 1))
    n_pos = len(X_pos)
    n_spies = max(MIN_SPIES, int(round(params.spy_fraction * n_pos)))
    spies = np.zeros(n_pos, dtype=bool)
    spies[rng.choice(n_pos, n_spies, replace=False)] = True
    # unlabeled + spies, spies last
    X_u = np.concatenate([np.asarray(X_unl, dtype=np.float32), np.asarray(X_pos, dtype=np.float32)[spies]])
    t = time.perf_counter()
    step1 = params.forest(1 if name == "train" else 11)
    step1.fit(np.asarray(X_pos, dtype=np.float32)[~spies], X_u, SubProgress(feedback, 0, 30))
    times["step1_fit"] = time.perf_counter() - t
    t = time.perf_counter()
    scores = step1.oob_scores(X_u, SubProgress(feedback, 30, 80))
    times["step1_score"] = time.perf_counter() - t
    del X_u
    t = time.perf_counter()
    unl_scores, spy_scores = scores[: len(X_unl)], scores[len(X_unl) :]
    threshold = spy_threshold(spy_scores, params.noise_share)
    rrn = unl_scores < threshold
    if rrn.sum() < MIN_RRN:
        # coarse scores (few trees) can put the threshold on the lowest score itself: take the ties too
        rrn = unl_scores <= threshold
        feedback.pushInfo(
            f"{name}: few scores lie strictly below the spy threshold; unlabeled cells equal to it "
            "are taken as well (more trees give finer scores)."
        )
    times["threshold"] = time.perf_counter() - t
    n_rrn = int(rrn.sum())
    if n_rrn < MIN_RRN:
        raise LsmError(
            "In the '{}' split only {} of {} unlabeled cells scored below the spy threshold {:.3g}: the spies "
            "cannot be told from the unlabeled. Raise the spy noise share, draw more unlabeled cells, or check "
            "that the factors explain the landslides.".format(name, n_rrn, len(X_unl), threshold)
        )
    feedback.pushInfo(
        "{}: {} spies, threshold {:.4f}, {} of {} unlabeled below it (RRN), {:.1%} rejected".format(
            name, n_spies, threshold, n_rrn, len(X_unl), 1.0 - n_rrn / len(X_unl)
        )
    )
    t = time.perf_counter()
    prior = params.forest(2 if name == "train" else 12)
    prior.fit(X_pos, np.asarray(X_unl)[rrn], SubProgress(feedback, 80, 100))
    prior.in_bag_ = []
    times["step2_fit"] = time.perf_counter() - t
    return StepResult(prior, unl_scores, threshold, n_spies, spy_scores, rrn, times)


def fit_bagging(X_pos, X_unl, params, feedback=None, name="train"):
    """Bagging-PU (Mordelet & Vert 2014): all landslides vs a bootstrap of the unlabeled of the same
    size per tree; unlabeled cells scored out-of-bag."""
    feedback = ensure_feedback(feedback)
    _check_split(name, X_pos, X_unl, params)
    times = {}
    t = time.perf_counter()
    model = params.forest(3 if name == "train" else 13, bootstrap_positives=False)
    model.fit(X_pos, X_unl, SubProgress(feedback, 0, 40))
    times["bagging_fit"] = time.perf_counter() - t
    t = time.perf_counter()
    scores = model.oob_scores(X_unl, SubProgress(feedback, 40, 100))
    model.in_bag_ = []
    times["bagging_score"] = time.perf_counter() - t
    return StepResult(model, scores, times=times)


def fit_prior(X_pos, X_unl, params, feedback=None, name="train"):
    """The prior model of one split by the chosen method."""
    fit = fit_spy if params.method == "spy" else fit_bagging
    return fit(X_pos, X_unl, params, feedback, name)


# ---------------------------------------------------------------------------------------------
# drawing the reliable negatives from the classed prior maps

_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)


def cell_keys(cells, seed, stream=0):
    """Random uint64 key of each cell index (splitmix64 of the index mixed with seed and stream): a
    random order of cells that does not depend on the block layout; distinct cells, distinct keys."""
    with np.errstate(over="ignore"):
        salt = np.uint64(
            (int(seed) * 0x9E3779B97F4A7C15 + int(stream) * 0xD1B54A32D192ED03 + 1) & 0xFFFFFFFFFFFFFFFF
        )
        z = np.asarray(cells, dtype=np.uint64) ^ salt
        z = z + np.uint64(0x9E3779B97F4A7C15)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return z ^ (z >> np.uint64(31))


class _Smallest:
    """The `capacity` (key, cell, value) triples with the smallest keys seen so far."""

    def __init__(self, capacity):
        self.capacity = int(capacity)
        self.keys = np.zeros(0, dtype=np.uint64)
        self.cells = np.zeros(0, dtype=np.int64)
        self.values = np.zeros(0, dtype=np.float32)

    def add(self, keys, cells, values):
        if self.capacity <= 0 or keys.size == 0:
            return
        if self.keys.size >= self.capacity:
            limit = self.keys.max()
            keep = keys < limit
            keys, cells, values = keys[keep], cells[keep], values[keep]
            if keys.size == 0:
                return
        self.keys = np.concatenate([self.keys, keys])
        self.cells = np.concatenate([self.cells, cells])
        self.values = np.concatenate([self.values, values])
        if self.keys.size > 2 * self.capacity:
            self._trim()

    def _trim(self):
        if self.keys.size > self.capacity:
            part = np.argpartition(self.keys, self.capacity - 1)[: self.capacity]
            self.keys, self.cells, self.values = self.keys[part], self.cells[part], self.values[part]

    def result(self):
        self._trim()
        order = np.argsort(self.keys)
        return self.keys[order], self.cells[order], self.values[order]


@dataclass
class DrawResult:
    """Reliable negatives per split: flat cell index, prior score; and the eligible cell counts."""

    cells: dict
    priors: dict
    available: dict
    available_union: int


def draw_negatives(
    prior_paths, edges, negative_classes, counts, exclude_cells, seed, feedback=None, landslides=None
):
    """Draw counts[split] cells uniformly without replacement from the cells whose prior (of that
    split's map) falls in *negative_classes* of the Jenks *edges*, excluding *exclude_cells* (flat
    indices, e.g. every landslide cell) and never giving a cell to two splits.

    One block-wise pass over the prior rasters (bounded memory: the kept candidates only). The
    first split ('train') draws first; later splits draw from what is left. A request larger than
    what the low classes hold raises LsmError with the available counts (and, given the landslides
    per split, the largest negatives-per-landslide ratio that fits).
    """
    from .jenks import classify

    wanted = np.asarray(sorted(int(c) for c in negative_classes), dtype=np.int64)

    def select(j, s, values, cells, allowed):
        ok = np.isfinite(values) & allowed
        if ok.any():
            cls = np.zeros(values.size, dtype=np.int64)
            cls[ok] = classify(values[ok], edges[s])
            ok &= np.isin(cls, wanted)
        return ok, cell_keys(cells[ok], seed, j), values[ok]

    return _draw_smallest_keys(prior_paths, counts, exclude_cells, select, feedback, landslides)


def _score_keys(scores, cells, seed, stream):
    """uint64 keys ordering cells by score (non-negative float32), ties by a seeded hash of the cell."""
    s = np.maximum(np.asarray(scores, dtype=np.float32), np.float32(0.0))
    high = s.view(np.uint32).astype(np.uint64) << np.uint64(32)
    return high | (cell_keys(cells, seed, stream) >> np.uint64(32))


def lowest_negatives(
    prior_paths, counts, exclude_cells, seed, overrides=None, feedback=None, landslides=None
):
    """Bagging-PU reliable negatives: for each split the counts[split] valid cells with the lowest
    score on that split's prior map, excluding *exclude_cells* (flat indices) and never giving a cell
    to two splits (the first split chooses first). *overrides*: {split: (cells, scores)} replacing the
    map's score of those cells (the out-of-bag scores of the sample's unlabeled cells). Ties are
    broken by a seeded random key. One block-wise pass, bounded memory. Returns a DrawResult;
    LsmError (with the largest ratio that fits) when a split has too few cells.
    """
    sorted_overrides = {}
    for s, (c, v) in (overrides or {}).items():
        c = np.asarray(c, dtype=np.int64)
        order = np.argsort(c, kind="stable")
        sorted_overrides[s] = (c[order], np.asarray(v, dtype=np.float32)[order])

    def select(j, s, values, cells, allowed):
        if s in sorted_overrides:
            values = values.copy()
            oc, ov = sorted_overrides[s]
            a, b = np.searchsorted(oc, (cells[0], cells[-1] + 1))
            if b > a:
                pos = np.minimum(np.searchsorted(cells, oc[a:b]), cells.size - 1)
                hit = cells[pos] == oc[a:b]  # windows narrower than the grid skip some cells
                values[pos[hit]] = ov[a:b][hit]
        ok = np.isfinite(values) & allowed
        return ok, _score_keys(values[ok], cells[ok], seed, j), values[ok]

    return _draw_smallest_keys(
        prior_paths, counts, exclude_cells, select, feedback, landslides, "valid non-landslide cells"
    )


def _draw_smallest_keys(prior_paths, counts, exclude_cells, select, feedback, landslides, *what):
    """The block-wise pass shared by draw_negatives and lowest_negatives: for each split, the
    counts[split] eligible cells with the smallest keys, never a cell of *exclude_cells* and never one
    cell for two splits (the first split chooses first). *select(j, split, values, cells, allowed)*
    returns (eligible mask, keys and values of the eligible cells) for one window of split j's map."""
    from .grid import Factor, FactorReader

    feedback = ensure_feedback(feedback)
    splits = list(prior_paths)
    reader = FactorReader([Factor(s, str(prior_paths[s])) for s in splits])
    width = reader.grid.width
    exclude = np.unique(np.asarray(exclude_cells, dtype=np.int64))
    # split i keeps the smallest keys of its own key stream; enough spare for cells taken by earlier splits
    pools, spare = {}, 0
    for s in splits:
        pools[s] = _Smallest(counts[s] + spare)
        spare += counts[s]
    available = {s: 0 for s in splits}
    available_union = 0
    windows = reader.windows()
    for n, window in enumerate(windows):
        check_canceled(feedback)
        X, _valid = reader.read_window(window)
        xoff, yoff, xs, ys = window
        local = np.arange(xs * ys, dtype=np.int64)
        cells = (yoff + local // xs) * width + (xoff + local % xs)
        allowed = np.ones(cells.size, dtype=bool)
        if exclude.size:
            a, b = np.searchsorted(exclude, (cells[0], cells[-1] + 1))
            if b > a:
                allowed = ~np.isin(cells, exclude[a:b])
        any_eligible = np.zeros(cells.size, dtype=bool)
        for j, s in enumerate(splits):
            ok, keys, values = select(j, s, X[:, j], cells, allowed)
            any_eligible |= ok
            available[s] += int(ok.sum())
            if ok.any():
                pools[s].add(keys, cells[ok], values)
        available_union += int(any_eligible.sum())
        feedback.setProgress(100.0 * (n + 1) / len(windows))
    taken = np.zeros(0, dtype=np.int64)
    out_cells, out_priors = {}, {}
    for s in splits:
        _keys, c, v = pools[s].result()
        free = ~np.isin(c, taken)
        c, v = c[free][: counts[s]], v[free][: counts[s]]
        out_cells[s], out_priors[s] = c, v
        taken = np.concatenate([taken, c])
    result = DrawResult(out_cells, out_priors, available, available_union)
    _check_enough(result, counts, splits, landslides, *what)
    return result


def _check_enough(result, counts, splits, landslides=None, what="its low classes"):
    short = [s for s in splits if result.cells[s].size < counts[s]]
    if not short:
        return
    details = "; ".join(
        "'{}' asks for {} and {} hold {} cells".format(s, counts[s], what, result.available[s])
        for s in splits
    )
    offer = ""
    if landslides:
        offer = " The largest number of negatives per landslide that fits is {:g}.".format(
            max_ratio(result.available, result.available_union, landslides)
        )
    low = what == "its low classes"
    raise LsmError(
        "Not enough cells {} for the negatives asked ({}; {} distinct cells in all, after removing landslide "
        "cells; train and test never share a cell).{} Lower the negatives per landslide to at most that{}.".format(
            "in the chosen low prior classes" if low else "on the prior maps",
            details,
            result.available_union,
            offer,
            ", or take more classes as negatives" if low else "",
        )
    )


def max_ratio(available, available_union, landslides):
    """The largest negatives-per-landslide ratio (2 decimals, rounded down) the low classes allow.

    The first split draws uniformly from its eligible cells, so it also takes a share q of the cells
    the second split could use (q = overlap / first split's eligible cells); the second split's
    bound keeps a margin of three standard deviations of that (hypergeometric) take.
    """
    splits = [s for s in landslides if landslides[s]]
    if not splits:
        return 0.0
    first = splits[0]
    e1, n1 = float(available[first]), float(landslides[first])
    r = e1 / n1
    if len(splits) > 1:
        second = splits[1]
        e2, n2 = float(available[second]), float(landslides[second])
        overlap = max(0.0, e1 + e2 - float(available_union))
        q = overlap / e1 if e1 else 0.0
        r = min(r, e2 / (n2 + n1 * q))

        def fits(ratio):
            k1 = round(ratio * n1)
            var = k1 * q * (1 - q) * max(0.0, e1 - k1) / max(1.0, e1 - 1)
            return e2 - k1 * q - 3.0 * math.sqrt(var) >= round(ratio * n2) and k1 <= e1
    else:

        def fits(ratio):
            return round(ratio * n1) <= e1

    r = math.floor(r * 100.0) / 100.0
    while r > 0 and not fits(r):
        r = round(r - 0.01, 2)
    return max(0.0, r)


def negative_counts(landslides, ratio):
    """Negatives per split: ratio x landslides of the split, rounded."""
    return {s: int(round(ratio * n)) for s, n in landslides.items()}


# ---------------------------------------------------------------------------------------------
# the whole run


@dataclass
class SplitOutcome:
    """Facts of one split for the summary table and the run record."""

    split: str
    landslides: int
    unlabeled: int
    spies: int
    threshold: float
    rrn: int
    rejected_share: float
    negatives: int
    available: int
    edges: list
    prior_path: str
    bundle_path: str = ""


@dataclass
class PuResult:
    """Reliable negatives (per split: rows, cols, prior, factor values) and the split outcomes."""

    negatives: dict
    outcomes: dict
    models: dict
    grid: object
    times: dict
    metrics: dict = None


def pu_sampling(
    factors,
    X,
    labels,
    splits,
    cells,
    prior_paths,
    params,
    bundle_paths=None,
    feedback=None,
    bundle_extra=None,
):
    """The whole PU run on samples of one grid.

    factors: core.grid.Factor list (the rasters the prior maps are computed on), in the column
    order of *X* (float array, one row per sample point). labels: 1 landslide / 0 unlabeled.
    splits: 'train'/'test' per row. cells: flat cell index (row * width + col) of each row.
    prior_paths / bundle_paths: {split: path} to write. Returns a PuResult.
    """
    from .bundle import data_hash, make_manifest, save_bundle
    from .grid import FactorReader, check_grids, predict_to_raster
    from .jenks import jenks, raster_source

    feedback = ensure_feedback(feedback)
    params.check()
    grid = check_grids(factors)
    X = np.asarray(X)
    X = X if X.dtype in (np.float32, np.float64) else X.astype(np.float64)
    labels = np.asarray(labels).astype(np.int64)
    splits = np.asarray(splits).astype(str)
    cells = np.asarray(cells, dtype=np.int64)
    present = [s for s in ("train", "test") if np.any(splits == s)]
    if "train" not in present:
        raise LsmError(
            "The sample layer has no 'train' rows: the split field must hold 'train' (and 'test')."
        )
    names = [f.name for f in factors]
    times = {}
    n_stages = len(present) * 3 + 1
    stage = 0

    def sub():
        nonlocal stage
        s = SubProgress(feedback, 100.0 * stage / n_stages, 100.0 * (stage + 1) / n_stages)
        stage += 1
        return s

    models, outcomes, edges, step_results = {}, {}, {}, {}
    for s in present:
        pos = (splits == s) & (labels == 1)
        unl = (splits == s) & (labels == 0)
        feedback.pushInfo(
            f"Prior model of the '{s}' split ({params.method}): {pos.sum()} landslides, {unl.sum()} unlabeled"
        )
        t = time.perf_counter()
        step = fit_prior(X[pos], X[unl], params, sub(), s)
        times[f"{s}_fit"] = time.perf_counter() - t
        for key, value in step.times.items():
            times[f"{s}_{key}"] = value
        models[s] = step.model
        step_results[s] = step
        t = time.perf_counter()
        model = step.model

        def predict(block, model=model):
            return model.predict_proba(block)[:, 1]

        predict_to_raster(factors, predict, prior_paths[s], sub(), grid=grid, description=f"prior_{s}")
        times[f"{s}_prior_map"] = time.perf_counter() - t
        t = time.perf_counter()
        edges[s] = jenks(raster_source(prior_paths[s], feedback=sub()), params.n_classes, feedback).breaks
        times[f"{s}_jenks"] = time.perf_counter() - t
    landslides = {s: int(np.sum((splits == s) & (labels == 1))) for s in present}
    counts = negative_counts(landslides, params.ratio)
    t = time.perf_counter()
    if params.method == "bagging":
        overrides = {
            s: (cells[(splits == s) & (labels == 0)], step_results[s].unlabeled_scores) for s in present
        }
        draw = lowest_negatives(
            {s: prior_paths[s] for s in present},
            counts,
            cells[labels == 1],
            params.seed,
            overrides,
            sub(),
            landslides=landslides,
        )
    else:
        draw = draw_negatives(
            {s: prior_paths[s] for s in present},
            edges,
            params.negative_classes,
            counts,
            cells[labels == 1],
            params.seed,
            sub(),
            landslides=landslides,
        )
    times["draw"] = time.perf_counter() - t
    negatives = {}
    reader = FactorReader(factors, grid)
    for s in present:
        c = draw.cells[s]
        order = np.argsort(c)
        c = c[order]
        rows, cols = c // grid.width, c % grid.width
        negatives[s] = {
            "rows": rows,
            "cols": cols,
            "prior": draw.priors[s][order].astype(np.float64),
            "X": reader.read_cells(rows, cols),
        }
    # the summary facts; for Bagging-PU the "threshold" is the highest score among the RN taken and
    # the "RRN" the sample's unlabeled cells whose out-of-bag score is at most that
    for s in present:
        step = step_results[s]
        unl = (splits == s) & (labels == 0)
        if params.method == "spy":
            threshold = step.threshold
            n_rrn = int(step.rrn.sum())
        else:
            taken = negatives[s]["prior"]
            threshold = float(taken.max()) if taken.size else float("nan")
            n_rrn = int(np.sum(step.unlabeled_scores <= threshold))
        n_unl = int(unl.sum())
        outcomes[s] = SplitOutcome(
            split=s,
            landslides=landslides[s],
            unlabeled=n_unl,
            spies=step.n_spies,
            threshold=threshold,
            rrn=n_rrn,
            rejected_share=1.0 - n_rrn / n_unl if n_unl else float("nan"),
            negatives=int(negatives[s]["rows"].size),
            available=int(draw.available[s]),
            edges=[float(e) for e in edges[s]],
            prior_path=str(prior_paths[s]),
        )
    metrics = None
    if "test" in present and negatives["test"]["rows"].size:
        from .metrics import evaluate

        Xt = np.concatenate([X[(splits == "test") & (labels == 1)], negatives["test"]["X"]])
        yt = np.concatenate([np.ones(landslides["test"]), np.zeros(negatives["test"]["rows"].size)])
        finite = np.isfinite(Xt).all(axis=1)
        if finite.any() and len(np.unique(yt[finite])) == 2:
            metrics = evaluate(yt[finite], models["train"].predict_proba(Xt[finite])[:, 1])
    for s in present:
        if bundle_paths and bundle_paths.get(s):
            pos = (splits == s) & (labels == 1)
            manifest = make_manifest(
                MODEL_TYPES[params.method],
                names,
                kind="sklearn",
                preprocessing="none: a balanced random forest on raw factor values",
                crs_wkt=grid.crs_wkt,
                cell_size=list(grid.cell_size),
                parameters=_params_dict(params),
                seed=params.seed,
                data_hash=data_hash(X[splits == s], labels[splits == s]),
                training_metrics={
                    "split": s,
                    "landslides": int(pos.sum()),
                    "threshold": outcomes[s].threshold,
                    "rrn": outcomes[s].rrn,
                    "jenks_edges": outcomes[s].edges,
                },
                role="pu_prior",
                split=s,
                **(bundle_extra or {}),
            )
            save_bundle(bundle_paths[s], manifest, models[s])
            outcomes[s].bundle_path = str(bundle_paths[s])
    return PuResult(negatives, outcomes, models, grid, times, metrics)


def _params_dict(params):
    return {
        "method": params.method,
        "spy_fraction": params.spy_fraction,
        "noise_share": params.noise_share,
        "n_trees": params.n_trees,
        "max_depth": params.max_depth,
        "n_classes": params.n_classes,
        "negative_classes": list(params.negative_classes),
        "ratio": params.ratio,
        "seed": params.seed,
    }


def params_dict(params):
    """JSON-safe parameters of a PuParams (for bundles and run records)."""
    return _params_dict(params)
