"""Drawing the reliable negatives of the PU run (core.pu) from the classed prior maps.

``draw_negative_cells``: a uniform draw, without replacement, from the cells whose prior falls in
the chosen low Jenks classes (the spy technique). ``lowest_negatives``: the lowest-scored valid
cells (Bagging-PU). Both stream the prior rasters once, keeping per split the cells with the
smallest seeded keys of core.cellkeys (bounded memory; ties of equal keys go to the lower cell index,
so the kept cells do not depend on the order or grouping of the blocks), and never give one cell to
two splits. ``eligible_counts``: the cells open to each split's negatives before any fit.

With a distributed core.dask_blocks.BlockRunner (*runner*) the windows are tasks on its cluster:
each worker reads the maps (or factors) and the negatives' rule itself (core.pu_cluster.portable:
the mask rasters by path) and sends back, per split, the window's counts and at most the split's
capacity of smallest keys; merged in window order they give the local run's cells and counts.
"""

import math
from dataclasses import dataclass

import numpy as np

from .cellkeys import cell_keys, score_keys
from .errors import LsmError
from .progress import check_canceled, ensure_feedback


@dataclass
class DrawResult:
    """Reliable negatives per split: flat cell index, prior score; and the eligible cell counts."""

    cells: dict
    priors: dict
    available: dict
    available_union: int


def draw_negative_cells(
    prior_paths,
    edges,
    negative_classes,
    counts,
    exclude_cells,
    seed,
    feedback=None,
    landslides=None,
    eligible=None,
    runner=None,
):
    """Draw counts[split] cells uniformly without replacement from the cells whose prior (of that
    split's map) falls in *negative_classes* of the Jenks *edges*, excluding *exclude_cells* (flat
    indices, e.g. every landslide cell) and never giving a cell to two splits.

    One block-wise pass over the prior rasters (bounded memory: the kept candidates only). The
    first split ('train') draws first; later splits draw from what is left. A request larger than
    what the low classes hold raises LsmError with the available counts (and, given the landslides
    per split, the largest negatives-per-landslide ratio that fits). *eligible(window, split)*: flat
    bool of the cells open to that split's negatives (core.samples.Eligibility; None: every cell).
    *runner*: a core.dask_blocks.BlockRunner; on a cluster the windows are its tasks (the same cells).
    """
    wanted = np.asarray(sorted(int(c) for c in negative_classes), dtype=np.int64)
    select = _InClasses({s: np.asarray(edges[s]) for s in prior_paths}, wanted, int(seed))
    return _draw_smallest_keys(
        prior_paths, counts, exclude_cells, select, feedback, landslides, eligible, runner=runner
    )


def lowest_negatives(
    prior_paths,
    counts,
    exclude_cells,
    seed,
    overrides=None,
    feedback=None,
    landslides=None,
    eligible=None,
    runner=None,
):
    """Bagging-PU reliable negatives: for each split the counts[split] valid cells with the lowest
    score on that split's prior map, excluding *exclude_cells* (flat indices) and never giving a cell
    to two splits (the first split chooses first). *overrides*: {split: (cells, scores)} replacing the
    map's score of those cells (the out-of-bag scores of the sample's unlabeled cells). Ties are
    broken by a seeded random key (and, should two keys be equal, by the cell index). *eligible*,
    *runner*: as in draw_negative_cells. One block-wise pass, bounded memory. Returns a DrawResult;
    LsmError (with the largest ratio that fits) when a split has too few cells.
    """
    sorted_overrides = {}
    for s, (c, v) in (overrides or {}).items():
        c = np.asarray(c, dtype=np.int64)
        order = np.argsort(c, kind="stable")
        sorted_overrides[s] = (c[order], np.asarray(v, dtype=np.float32)[order])
    return _draw_smallest_keys(
        prior_paths,
        counts,
        exclude_cells,
        _Lowest(sorted_overrides, int(seed)),
        feedback,
        landslides,
        eligible,
        "valid non-landslide cells",
        runner=runner,
    )


class _InClasses:
    """The cells of draw_negative_cells: finite, open, prior in the *wanted* classes of the split's
    Jenks *edges*; uniform random keys."""

    def __init__(self, edges, wanted, seed):
        self.edges, self.wanted, self.seed = edges, wanted, seed

    def __call__(self, j, s, values, cells, allowed):
        from .jenks import classify

        ok = np.isfinite(values) & allowed
        if ok.any():
            cls = np.zeros(values.size, dtype=np.int64)
            cls[ok] = classify(values[ok], self.edges[s])
            ok &= np.isin(cls, self.wanted)
        return ok, cell_keys(cells[ok], self.seed, j), values[ok]


class _Lowest:
    """The cells of lowest_negatives: finite and open, keyed by score (the override's score where one
    is given), ties by a random key."""

    def __init__(self, sorted_overrides, seed):
        self.sorted_overrides, self.seed = sorted_overrides, seed

    def __call__(self, j, s, values, cells, allowed):
        if s in self.sorted_overrides:
            values = values.copy()
            oc, ov = self.sorted_overrides[s]
            a, b = np.searchsorted(oc, (cells[0], cells[-1] + 1))
            if b > a:
                pos = np.minimum(np.searchsorted(cells, oc[a:b]), cells.size - 1)
                hit = cells[pos] == oc[a:b]  # windows narrower than the grid skip some cells
                values[pos[hit]] = ov[a:b][hit]
        ok = np.isfinite(values) & allowed
        return ok, score_keys(values[ok], cells[ok], self.seed, j), values[ok]


def _smallest(keys, cells, values, capacity):
    """The *capacity* triples smallest by (key, cell), in their input order: one set whatever the
    order or grouping the triples came in (distinct cells), so block parts merge to the same cells."""
    if keys.size <= capacity:
        return keys, cells, values
    if capacity <= 0:
        return keys[:0], cells[:0], values[:0]
    kth = np.partition(keys, capacity - 1)[capacity - 1]
    below = keys < kth
    at = np.flatnonzero(keys == kth)
    need = capacity - int(np.count_nonzero(below))
    if at.size > need:
        below[at[np.argsort(cells[at], kind="stable")[:need]]] = True
    else:
        below[at] = True
    return keys[below], cells[below], values[below]


class _Pool:
    """The *capacity* (key, cell, value) triples smallest by (key, cell) offered so far (a total
    order: the cells are distinct), in bounded memory (below three times the capacity)."""

    def __init__(self, capacity):
        self.capacity = max(0, int(capacity))
        self.keys = np.zeros(0, dtype=np.uint64)
        self.cells = np.zeros(0, dtype=np.int64)
        self.values = np.zeros(0, dtype=np.float32)

    def add(self, keys, cells, values):
        if self.capacity == 0 or keys.size == 0:
            return
        if self.keys.size >= self.capacity:
            keep = keys <= self.keys.max()  # an equal key may still win by its cell
            keys, cells, values = keys[keep], cells[keep], values[keep]
        keys, cells, values = _smallest(keys, cells, values, self.capacity)
        self.keys = np.concatenate([self.keys, keys])
        self.cells = np.concatenate([self.cells, np.asarray(cells, dtype=np.int64)])
        self.values = np.concatenate([self.values, np.asarray(values, dtype=np.float32)])
        if self.keys.size > 2 * self.capacity:
            self.keys, self.cells, self.values = _smallest(self.keys, self.cells, self.values, self.capacity)

    def result(self):
        """(cells, values) of the kept triples, smallest (key, cell) first."""
        keys, cells, values = _smallest(self.keys, self.cells, self.values, self.capacity)
        order = np.lexsort((cells, keys))
        return cells[order], values[order]


def _window_cells(window, width):
    xoff, yoff, xs, ys = window
    local = np.arange(xs * ys, dtype=np.int64)
    return (yoff + local // xs) * width + (xoff + local % xs)


def _allowed(cells, exclude):
    """Flat bool: cells not in the sorted *exclude*."""
    allowed = np.ones(cells.size, dtype=bool)
    if exclude.size:
        a, b = np.searchsorted(exclude, (cells[0], cells[-1] + 1))
        if b > a:
            allowed = ~np.isin(cells, exclude[a:b])
    return allowed


def _window_candidates(X, window, width, exclude, select, eligible, splits):
    """One window of the prior maps (column j: split j's map): per split (eligible cells, their keys,
    cells, values), and the cells eligible for some split."""
    cells = _window_cells(window, width)
    allowed = _allowed(cells, exclude)
    any_eligible = np.zeros(cells.size, dtype=bool)
    parts = []
    for j, s in enumerate(splits):
        open_cells = allowed if eligible is None else allowed & eligible(window, s)
        ok, keys, values = select(j, s, X[:, j], cells, open_cells)
        any_eligible |= ok
        parts.append((int(ok.sum()), keys, cells[ok], values))
    return parts, int(any_eligible.sum())


@dataclass(frozen=True)
class _DrawSpec:
    """One draw's block work on a worker: the prior maps (a Factor per split), what the window
    function needs and each split's capacity (a window sends no more than that per split)."""

    key: str
    maps: tuple
    width: int
    exclude: np.ndarray
    select: object
    rule: bytes
    capacities: tuple


def draw_task(spec, window):
    """_window_candidates of one window on a Dask worker, each split's part cut to its capacity."""
    from .dask_blocks import worker_cached
    from .grid import FactorReader
    from .pu_cluster import unpack

    reader = worker_cached((spec.key, "maps"), lambda: FactorReader(list(spec.maps)))
    X, _valid = reader.read_window(window)
    splits = [f.name for f in spec.maps]
    eligible = unpack(spec.key, spec.rule)
    parts, union = _window_candidates(X, window, spec.width, spec.exclude, spec.select, eligible, splits)
    return [(n, *_smallest(k, c, v, cap)) for (n, k, c, v), cap in zip(parts, spec.capacities)], union


def _candidate_blocks(reader, windows, exclude, select, eligible, capacities, runner, feedback):
    """(parts, union) of every window in window order: read here, or the tasks of *runner*'s cluster."""
    splits = [f.name for f in reader.factors]
    if runner is not None and runner.distributed:
        from .pu_cluster import portable, token

        spec = _DrawSpec(
            token(), tuple(reader.factors), reader.grid.width, exclude, select, portable(eligible), capacities
        )
        yield from runner.map(draw_task, spec, windows, feedback)
        return
    for window in windows:
        check_canceled(feedback)
        X, _valid = reader.read_window(window)
        yield _window_candidates(X, window, reader.grid.width, exclude, select, eligible, splits)


def _draw_smallest_keys(
    prior_paths, counts, exclude_cells, select, feedback, landslides, eligible, *what, runner=None
):
    """The block-wise pass shared by draw_negative_cells and lowest_negatives: for each split, the
    counts[split] eligible cells with the smallest keys, never a cell of *exclude_cells* and never one
    cell for two splits (the first split chooses first). *select(j, split, values, cells, allowed)*
    returns (eligible mask, keys and values of the eligible cells) for one window of split j's map;
    *eligible(window, split)* (or None) restricts each split's cells further."""
    from .grid import Factor, FactorReader

    feedback = ensure_feedback(feedback)
    splits = list(prior_paths)
    reader = FactorReader([Factor(s, str(prior_paths[s])) for s in splits])
    exclude = np.unique(np.asarray(exclude_cells, dtype=np.int64))
    # split i keeps the smallest keys of its own key stream; enough spare for cells taken by earlier splits
    capacities = tuple(counts[s] + sum(counts[o] for o in splits[:i]) for i, s in enumerate(splits))
    pools = {s: _Pool(c) for s, c in zip(splits, capacities)}
    available = {s: 0 for s in splits}
    available_union = 0
    windows = reader.windows()
    blocks = _candidate_blocks(reader, windows, exclude, select, eligible, capacities, runner, feedback)
    for n, (parts, union) in enumerate(blocks):
        for s, (n_ok, keys, cells, values) in zip(splits, parts):
            available[s] += n_ok
            pools[s].add(keys, cells, values)
        available_union += union
        feedback.setProgress(100.0 * (n + 1) / len(windows))
    taken = np.zeros(0, dtype=np.int64)
    out_cells, out_priors = {}, {}
    for s in splits:
        c, v = pools[s].result()
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
        "cells and the cells closed to negatives: exclusion buffer, outside the study area, the other split's "
        "blocks; train and test never share a cell).{} Lower the negatives per landslide to at most that{}.".format(
            "in the chosen low prior classes" if low else "on the prior maps",
            details,
            result.available_union,
            offer,
            ", or take more classes as negatives" if low else "",
        )
    )


def _split_ratios(ratio, landslides):
    """{split: ratio}: *ratio* itself when a dict (a missing split takes the first one's), else one
    ratio for every split of *landslides*."""
    if isinstance(ratio, dict):
        first = next(iter(ratio.values()))
        return {s: float(ratio.get(s, first)) for s in landslides}
    return {s: float(ratio) for s in landslides}


def _overlap_share(available, available_union, first, second):
    """The share q of the *first* split's eligible cells that the *second* split could use too
    (overlap / first split's eligible cells): the first split's uniform draw takes q of its draws
    from the second split's cells."""
    e1, e2 = float(available[first]), float(available[second])
    return max(0.0, e1 + e2 - float(available_union)) / e1 if e1 else 0.0


def _fits(available, available_union, landslides, ratios):
    """True when ratios[split] x landslides fit in each split's open cells: the first split draws
    uniformly from its eligible cells, so it also takes a share q of the cells the second split
    could use (q = overlap / first split's eligible cells); the second split keeps a margin of three
    standard deviations of that (hypergeometric) take."""
    splits = [s for s in landslides if landslides[s]]
    if not splits:
        return True
    first = splits[0]
    e1, k1 = float(available[first]), round(ratios[first] * landslides[first])
    if k1 > e1:
        return False
    if len(splits) == 1:
        return True
    second = splits[1]
    e2 = float(available[second])
    q = _overlap_share(available, available_union, first, second)
    var = k1 * q * (1 - q) * max(0.0, e1 - k1) / max(1.0, e1 - 1)
    return e2 - k1 * q - 3.0 * math.sqrt(var) >= round(ratios[second] * landslides[second])


def _step_down(r, fits):
    """The largest ratio of 2 decimals at most *r* for which fits(ratio) holds (0 when none)."""
    r = math.floor(r * 100.0) / 100.0
    while r > 0 and not fits(r):
        r = round(r - 0.01, 2)
    return max(0.0, r)


def max_ratio(available, available_union, landslides):
    """The largest negatives-per-landslide ratio (2 decimals, rounded down) the low classes allow,
    the same for every split (_fits: the second split keeps a margin for the first one's take)."""
    splits = [s for s in landslides if landslides[s]]
    if not splits:
        return 0.0
    first = splits[0]
    e1, n1 = float(available[first]), float(landslides[first])
    r = e1 / n1
    if len(splits) > 1:
        second = splits[1]
        e2, n2 = float(available[second]), float(landslides[second])
        q = _overlap_share(available, available_union, first, second)
        r = min(r, e2 / (n2 + n1 * q))
    return _step_down(
        r, lambda ratio: _fits(available, available_union, landslides, _split_ratios(ratio, landslides))
    )


def max_split_ratio(available, available_union, landslides, ratios, split):
    """The largest ratio (2 decimals, rounded down) of *split* that fits with the other splits at
    ratios[other] (a separate test ratio: the largest test ratio beside the training ratio asked)."""
    ratios = _split_ratios(ratios, landslides)
    n = float(landslides.get(split, 0))
    if not n:
        return 0.0
    splits = [s for s in landslides if landslides[s]]
    bound = float(available[split]) / n
    if len(splits) > 1:
        first, second = splits[0], splits[1]
        if split == first:
            q = _overlap_share(available, available_union, first, second)
            e2, k2 = float(available[second]), round(ratios[second] * landslides[second])
            if q > 0:
                bound = min(bound, max(0.0, e2 - k2) / (q * n))
            elif k2 > e2:
                bound = 0.0
        else:
            q = _overlap_share(available, available_union, first, split)
            k1 = round(ratios[first] * landslides[first])
            bound = min(bound, max(0.0, float(available[split]) - k1 * q) / n)

    def fits(ratio):
        return _fits(available, available_union, landslides, dict(ratios, **{split: ratio}))

    return _step_down(bound, fits)


def negative_counts(landslides, ratio):
    """Negatives per split: ratio x landslides of the split, rounded (*ratio*: one for every split,
    or {split: ratio})."""
    ratios = _split_ratios(ratio, landslides)
    return {s: int(round(ratios[s] * n)) for s, n in landslides.items()}


def _window_counts(valid, window, width, exclude, eligible, splits):
    """Open cells of one window per split (valid, not excluded, eligible) and open for some split."""
    valid = valid & _allowed(_window_cells(window, width), exclude)
    any_open = np.zeros(valid.size, dtype=bool)
    counts = []
    for s in splits:
        ok = valid if eligible is None else valid & eligible(window, s)
        counts.append(int(ok.sum()))
        any_open |= ok
    return counts, int(any_open.sum())


@dataclass(frozen=True)
class _CountSpec:
    key: str
    factors: tuple
    grid: object
    exclude: np.ndarray
    rule: bytes
    splits: tuple


def count_task(spec, window):
    """_window_counts of one window on a Dask worker."""
    from .dask_blocks import worker_cached
    from .grid import FactorReader
    from .pu_cluster import unpack

    reader = worker_cached((spec.key, "factors"), lambda: FactorReader(list(spec.factors), spec.grid))
    _X, valid = reader.read_window(window)
    eligible = unpack(spec.key, spec.rule)
    return _window_counts(valid, window, spec.grid.width, spec.exclude, eligible, spec.splits)


def _count_blocks(reader, windows, exclude, eligible, splits, runner, feedback):
    if runner is not None and runner.distributed:
        from .pu_cluster import portable, token

        spec = _CountSpec(
            token(), tuple(reader.factors), reader.grid, exclude, portable(eligible), tuple(splits)
        )
        yield from runner.map(count_task, spec, windows, feedback)
        return
    for window in windows:
        check_canceled(feedback)
        _X, valid = reader.read_window(window)
        yield _window_counts(valid, window, reader.grid.width, exclude, eligible, splits)


def eligible_counts(factors, grid, landslides, exclude_cells=(), eligible=None, feedback=None, runner=None):
    """Cells open to each split's negatives before any model is fitted: valid on every factor, not in
    *exclude_cells* and *eligible(window, split)* (core.samples.Eligibility). One streamed pass (the
    tasks of *runner*'s cluster, core.dask_blocks.BlockRunner, when distributed: the same counts).
    Returns (available {split: cells}, distinct cells over the splits) for max_ratio / check_feasible."""
    from .grid import FactorReader

    feedback = ensure_feedback(feedback)
    splits = [s for s in landslides]
    reader = FactorReader(factors, grid)
    exclude = np.unique(np.asarray(exclude_cells, dtype=np.int64))
    available, union = {s: 0 for s in splits}, 0
    windows = reader.windows()
    for n, (counts, n_union) in enumerate(
        _count_blocks(reader, windows, exclude, eligible, splits, runner, feedback)
    ):
        for s, c in zip(splits, counts):
            available[s] += c
        union += n_union
        feedback.setProgress(100.0 * (n + 1) / len(windows))
    return available, union


def check_feasible(available, union, landslides, ratio, what="the negatives"):
    """LsmError, before sampling, when *ratio* negatives per landslide (one for every split, or
    {split: ratio}: a test ratio apart from the training one) cannot fit in the cells open to each
    split (eligible_counts); the message gives the cells per split and the largest ratios that fit.
    Returns the largest common ratio otherwise."""
    ratios = _split_ratios(ratio, landslides)
    counts = negative_counts(landslides, ratios)
    best = max_ratio(available, union, landslides)
    same = len(set(ratios.values())) <= 1
    fits = all(counts[s] <= available.get(s, 0) for s in counts) and (
        max(ratios.values(), default=0.0) <= best if same else _fits(available, union, landslides, ratios)
    )
    if fits:
        return best
    details = "; ".join(
        f"'{s}': {landslides[s]} landslides x {ratios[s]:g} = {counts[s]} asked, {available[s]} cells open"
        for s in counts
    )
    largest = f"The largest number of negatives per landslide that fits is {best:g}"
    if not same:
        largest += " for both splits; " + ", ".join(
            "for '{}' alone {:g} (the other at {})".format(
                s,
                max_split_ratio(available, union, landslides, ratios, s),
                ", ".join(f"{o} {ratios[o]:g}" for o in counts if o != s),
            )
            for s in counts
        )
    raise LsmError(
        f"The area cannot hold {what} asked ({details}; {union} distinct cells in all; train and test never "
        f"share a cell). {largest} (fewer still from the low prior classes of the spy technique): lower the "
        "ratio (or the test ratio) to at most that, or open more cells (a smaller exclusion buffer, a larger "
        "study area)."
    )
