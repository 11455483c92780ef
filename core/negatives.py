"""Drawing the reliable negatives of the PU run (core.pu) from the classed prior maps.

``draw_negative_cells``: a uniform draw, without replacement, from the cells whose prior falls in
the chosen low Jenks classes (the spy technique). ``lowest_negatives``: the lowest-scored valid
cells (Bagging-PU). Both stream the prior rasters once with the smallest-key sampler of
core.cellkeys (bounded memory) and never give one cell to two splits.
"""

import math
from dataclasses import dataclass

import numpy as np

from .cellkeys import SmallestKeys, cell_keys, score_keys
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
):
    """Draw counts[split] cells uniformly without replacement from the cells whose prior (of that
    split's map) falls in *negative_classes* of the Jenks *edges*, excluding *exclude_cells* (flat
    indices, e.g. every landslide cell) and never giving a cell to two splits.

    One block-wise pass over the prior rasters (bounded memory: the kept candidates only). The
    first split ('train') draws first; later splits draw from what is left. A request larger than
    what the low classes hold raises LsmError with the available counts (and, given the landslides
    per split, the largest negatives-per-landslide ratio that fits). *eligible(window, split)*: flat
    bool of the cells open to that split's negatives (core.samples.Eligibility; None: every cell).
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

    return _draw_smallest_keys(prior_paths, counts, exclude_cells, select, feedback, landslides, eligible)


def lowest_negatives(
    prior_paths, counts, exclude_cells, seed, overrides=None, feedback=None, landslides=None, eligible=None
):
    """Bagging-PU reliable negatives: for each split the counts[split] valid cells with the lowest
    score on that split's prior map, excluding *exclude_cells* (flat indices) and never giving a cell
    to two splits (the first split chooses first). *overrides*: {split: (cells, scores)} replacing the
    map's score of those cells (the out-of-bag scores of the sample's unlabeled cells). Ties are
    broken by a seeded random key. *eligible*: as in draw_negative_cells. One block-wise pass, bounded
    memory. Returns a DrawResult;
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
        return ok, score_keys(values[ok], cells[ok], seed, j), values[ok]

    return _draw_smallest_keys(
        prior_paths,
        counts,
        exclude_cells,
        select,
        feedback,
        landslides,
        eligible,
        "valid non-landslide cells",
    )


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


def _draw_smallest_keys(prior_paths, counts, exclude_cells, select, feedback, landslides, eligible, *what):
    """The block-wise pass shared by draw_negative_cells and lowest_negatives: for each split, the
    counts[split] eligible cells with the smallest keys, never a cell of *exclude_cells* and never one
    cell for two splits (the first split chooses first). *select(j, split, values, cells, allowed)*
    returns (eligible mask, keys and values of the eligible cells) for one window of split j's map;
    *eligible(window, split)* (or None) restricts each split's cells further."""
    from .grid import Factor, FactorReader

    feedback = ensure_feedback(feedback)
    splits = list(prior_paths)
    reader = FactorReader([Factor(s, str(prior_paths[s])) for s in splits])
    width = reader.grid.width
    exclude = np.unique(np.asarray(exclude_cells, dtype=np.int64))
    # split i keeps the smallest keys of its own key stream; enough spare for cells taken by earlier splits
    pools, spare = {}, 0
    for s in splits:
        pools[s] = SmallestKeys(counts[s] + spare)
        spare += counts[s]
    available = {s: 0 for s in splits}
    available_union = 0
    windows = reader.windows()
    for n, window in enumerate(windows):
        check_canceled(feedback)
        X, _valid = reader.read_window(window)
        cells = _window_cells(window, width)
        allowed = _allowed(cells, exclude)
        any_eligible = np.zeros(cells.size, dtype=bool)
        for j, s in enumerate(splits):
            open_cells = allowed if eligible is None else allowed & eligible(window, s)
            ok, keys, values = select(j, s, X[:, j], cells, open_cells)
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


def eligible_counts(factors, grid, landslides, exclude_cells=(), eligible=None, feedback=None):
    """Cells open to each split's negatives before any model is fitted: valid on every factor, not in
    *exclude_cells* and *eligible(window, split)* (core.samples.Eligibility). One streamed pass.
    Returns (available {split: cells}, distinct cells over the splits) for max_ratio / check_feasible."""
    from .grid import FactorReader

    feedback = ensure_feedback(feedback)
    splits = [s for s in landslides]
    reader = FactorReader(factors, grid)
    exclude = np.unique(np.asarray(exclude_cells, dtype=np.int64))
    available, union = {s: 0 for s in splits}, 0
    windows = reader.windows()
    for n, window in enumerate(windows):
        check_canceled(feedback)
        _X, valid = reader.read_window(window)
        valid &= _allowed(_window_cells(window, grid.width), exclude)
        any_open = np.zeros(valid.size, dtype=bool)
        for s in splits:
            ok = valid if eligible is None else valid & eligible(window, s)
            available[s] += int(ok.sum())
            any_open |= ok
        union += int(any_open.sum())
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
