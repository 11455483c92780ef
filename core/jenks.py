"""Exact Jenks (Fisher) natural breaks over all values, and the other class-break methods.

Jenks natural breaks split sorted values into k contiguous classes minimising the within-class
sum of squared deviations (SSE); the goodness of variance fit is GVF = 1 - SSE / SST.

How we stay exact and fast on tens of millions of pixels:

1. Values are weighted units: distinct values with their counts, or whole histogram bins
   (count, sum, sum of squares), so the SSE of any run of units comes from prefix sums.
2. The dynamic programme D_j(i) = min_t D_{j-1}(t) + SSE(t, i) is solved with the
   divide-and-conquer optimisation (the optimal t is monotone in i because the SSE satisfies
   the quadrangle inequality), vectorised level by level with numpy: O(k m log m) for m units.
3. When the values have more distinct values than `MAX_DIRECT_UNITS`, a histogram of
   `histogram_bins_for(n)` equal-width bins (16384 up to 1e6 values, growing with sqrt(n) to
   65536 at 16e6: more bins keep the expanded bins of skewed data small) gives provisional breaks; the bins around each break are
   expanded into their distinct values (one more pass over the data) and the DP is solved again
   over the mixed sequence. Windows grow until every break lies inside an expanded window with
   an expanded bin on each side. The data are read in chunks (raster blocks), so memory is
   bounded by the histogram plus the values of the expanded bins.

`jenks_reference` is the plain O(k m^2) DP over distinct values that the tests compare against.
Breaks are returned as k+1 edges [min, upper_1, ..., upper_k]: class j holds
upper_{j-1} < v <= upper_j (the first class includes the minimum), as jenkspy and mapclassify.
"""

from dataclasses import dataclass, field

import numpy as np

from .errors import LsmError
from .progress import check_canceled

#: histogram resolution of the first pass
HISTOGRAM_BINS = 16384
#: most bins of the automatic histogram (reached at 16e6 values)
MAX_HISTOGRAM_BINS = 65536
#: up to this many distinct values the DP runs on them directly
MAX_DIRECT_UNITS = 200_000
#: values handled at once when a plain array is given
CHUNK = 1 << 18
METHODS = ("jenks", "equal", "quantile", "manual")


@dataclass
class BreaksResult:
    """Class edges and how well they fit."""

    breaks: np.ndarray
    gvf: float
    sse: float
    sst: float
    n_values: int
    method: str
    notes: list = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# dynamic programme on weighted units


def _prefix(w, s1, s2):
    zero = np.zeros(1)
    return (
        np.concatenate([zero, np.cumsum(w)]),
        np.concatenate([zero, np.cumsum(s1)]),
        np.concatenate([zero, np.cumsum(s2)]),
    )


def _sse(W, S1, S2, a, b):
    """SSE of units a..b-1 (arrays of the same shape), from prefix sums.

    Units have positive weights, so an empty run (a == b) is the only one with w == 0, and its
    s is 0 too: dividing by max(w, tiny) gives 0 there without a branch (this is the DP's hot loop).
    """
    w = W[b] - W[a]
    s = S1[b] - S1[a]
    out = S2[b] - S2[a]
    out -= s * s / np.maximum(w, 1e-300)
    return np.maximum(out, 0.0, out=out)


def _dp_layer(prev, W, S1, S2, j, m):
    """D_j(i) for i = j..m and the smallest optimal t, by level-wise divide and conquer."""
    cur = np.full(m + 1, np.inf)
    arg = np.zeros(m + 1, dtype=np.int64)
    # segments: i range [ilo, ihi], t range [tlo, thi]
    ilo = np.array([j])
    ihi = np.array([m])
    tlo = np.array([j - 1])
    thi = np.array([m - 1])  # noqa: E702
    while ilo.size:
        mid = (ilo + ihi) // 2
        hi = np.minimum(thi, mid - 1)
        lens = hi - tlo + 1
        offsets = np.concatenate([[0], np.cumsum(lens)[:-1]])
        seg = np.repeat(np.arange(mid.size), lens)
        t = tlo[seg] + (np.arange(seg.size) - offsets[seg])
        i = mid[seg]
        val = prev[t] + _sse(W, S1, S2, t, i)
        mins = np.minimum.reduceat(val, offsets)
        hit = np.flatnonzero(val == mins[seg])
        _, first = np.unique(seg[hit], return_index=True)
        best = t[hit[first]]
        cur[mid] = mins
        arg[mid] = best
        left = mid - 1 >= ilo
        right = mid + 1 <= ihi
        ilo, ihi, tlo, thi = (
            np.concatenate([ilo[left], mid[right] + 1]),
            np.concatenate([mid[left] - 1, ihi[right]]),
            np.concatenate([tlo[left], best[right]]),
            np.concatenate([best[left], thi[right]]),
        )
    return cur, arg


def optimal_partition(w, s1, s2, k):
    """Break positions (k-1 unit indices, a break before unit t) minimising the total SSE of k
    contiguous classes of weighted units, and that SSE."""
    m = len(w)
    W, S1, S2 = _prefix(w, s1, s2)
    if k == 1:
        return np.zeros(0, dtype=np.int64), float(_sse(W, S1, S2, np.array([0]), np.array([m]))[0])
    idx = np.arange(m + 1)
    prev = _sse(W, S1, S2, np.zeros(m + 1, dtype=np.int64), idx)
    prev[0] = np.inf
    args = []
    for j in range(2, k + 1):
        prev, arg = _dp_layer(prev, W, S1, S2, j, m)
        args.append(arg)
    cuts = []
    i = m
    for arg in reversed(args):
        i = int(arg[i])
        cuts.append(i)
    return np.array(cuts[::-1], dtype=np.int64), float(prev[m])


# ---------------------------------------------------------------------------------------------
# data sources: callables that yield 1-D float64 chunks of valid values


def array_source(values, weights=None):
    """Chunk source over an in-memory array (NaN/inf dropped). With *weights*, yields pairs."""
    values = np.asarray(values)
    if values.dtype not in (np.float32, np.float64):
        values = values.astype(np.float64)
    values = values.ravel()
    if weights is not None:
        weights = np.asarray(weights, dtype=np.float64).ravel()
        if weights.shape != values.shape:
            raise ValueError("weights must have the shape of values")

    def chunks():
        for start in range(0, values.size, CHUNK):
            v = values[start : start + CHUNK]
            keep = np.isfinite(v)
            if weights is None:
                yield (v if keep.all() else v[keep]), None
            else:
                wv = weights[start : start + CHUNK]
                keep &= wv > 0
                yield v[keep], wv[keep]

    return chunks


def raster_source(path, band=1, feedback=None, expected_passes=4, runner=None):
    """Chunk source over the valid pixels of a raster band, read block by block.

    Jenks reads the data a few times (summary, histogram, expansion); progress runs over
    *expected_passes* passes and cancel is checked every block. The source's `map_parts` runs a
    pass's per-block parts where the blocks are read: here, or on the Dask cluster of *runner*
    (a core.dask_blocks.BlockRunner) as one task per block.
    """
    from .grid import Factor, FactorReader

    reader = FactorReader([Factor("value", str(path), band)])
    windows = reader.windows()
    passes = [0]

    def progress(done, n):
        if feedback is not None:
            fraction = (done + (n + 1) / len(windows)) / max(expected_passes, done + 1)
            feedback.setProgress(100.0 * min(1.0, fraction))

    def chunks():
        done = passes[0]
        passes[0] += 1
        for n, window in enumerate(windows):
            check_canceled(feedback)
            X, valid = reader.read_window(window)
            progress(done, n)
            yield X[valid, 0], None

    def map_parts(part, *args):
        if runner is None or not runner.distributed:
            for v, w in chunks():
                yield part(v, w, *args)
            return
        done = passes[0]
        passes[0] += 1
        spec = (str(path), int(band), part, args)
        for n, result in enumerate(runner.map(band_part_task, spec, windows, feedback)):
            progress(done, n)
            yield result

    chunks.map_parts = map_parts
    return chunks


def band_part_task(spec, window):
    """One block of a raster_source pass on a Dask worker: part(valid values, None, *args)."""
    from .dask_blocks import worker_cached
    from .grid import Factor, FactorReader

    path, band, part, args = spec
    reader = worker_cached(("band", path, band), lambda: FactorReader([Factor("value", path, band)]), (path,))
    X, valid = reader.read_window(window)
    return part(X[valid, 0], None, *args)


@dataclass
class _Summary:
    n: float
    vmin: float
    vmax: float
    mean: float
    count: int


def chunk_parts(chunks, part, *args):
    """part(values, weights, *args) of every chunk, in chunk order. A source with a `map_parts`
    method (raster_source) runs the parts itself, where its blocks are (here or on a Dask
    cluster); the caller merges them in chunk order, so the sums are the same either way."""
    mapper = getattr(chunks, "map_parts", None)
    if mapper is not None:
        return mapper(part, *args)
    return (part(v, w, *args) for v, w in chunks())


def _summary_part(v, w):
    """(count, min, max, weight, weighted sum) of one chunk; None when empty."""
    if v.size == 0:
        return None
    if w is None:
        return v.size, float(v.min()), float(v.max()), v.size, float(v.sum(dtype=np.float64))
    return v.size, float(v.min()), float(v.max()), float(w.sum()), float(np.dot(v, w))


def _summary(chunks):
    n = total = 0.0
    count = 0
    vmin, vmax = np.inf, -np.inf
    for part in chunk_parts(chunks, _summary_part):
        if part is None:
            continue
        count += part[0]
        vmin = min(vmin, part[1])
        vmax = max(vmax, part[2])
        n += part[3]
        total += part[4]
    return _Summary(n, vmin, vmax, total / n if n else np.nan, count)


class BinSums:
    """Per-bin weight, shifted sum and shifted sum of squares of one chunk (float64). Only the
    occupied bins are kept where that is smaller (a block's values fill a few of the tens of
    thousands of bins), so a pass on a Dask cluster ships kilobytes per block, not three full
    histograms per factor. `add_to` adds them into full arrays: the unoccupied bins' sums are
    exactly 0, so the totals are the same bits either way."""

    __slots__ = ("bins", "w", "s1", "s2")

    #: bytes per kept bin (int32 index + 3 float64) and per bin of the full form
    SPARSE_BYTES, DENSE_BYTES = 28, 24

    def __init__(self, w, s1, s2, occupied=None):
        nbins = w.size
        if occupied is None:
            occupied = np.flatnonzero(w)
        if occupied.size * self.SPARSE_BYTES < nbins * self.DENSE_BYTES:
            self.bins = occupied.astype(np.int32)
            w, s1, s2 = w[occupied], s1[occupied], s2[occupied]
        else:
            self.bins = None
        self.w, self.s1, self.s2 = w, s1, s2

    def add_to(self, w, s1=None, s2=None):
        """Adds the chunk's sums into full arrays (in place); *s1* / *s2* optional."""
        where = slice(None) if self.bins is None else self.bins
        for total, part in ((w, self.w), (s1, self.s1), (s2, self.s2)):
            if total is not None:
                total[where] += part


def _moments_part(v, wt, shift, binner, nbins):
    """BinSums of one chunk; None when empty."""
    if v.size == 0:
        return None
    b = binner(v)
    d = v.astype(np.float64) - shift
    wd = d if wt is None else d * wt
    w = np.bincount(b, weights=wt, minlength=nbins)
    occupied = None if wt is None else np.flatnonzero(np.bincount(b, minlength=nbins))
    return BinSums(
        w,
        np.bincount(b, weights=wd, minlength=nbins),
        np.bincount(b, weights=wd * d, minlength=nbins),
        occupied,
    )


def _moments(chunks, shift, binner, nbins):
    """Per-bin weight, shifted sum and shifted sum of squares (float64)."""
    w = np.zeros(nbins)
    s1 = np.zeros(nbins)
    s2 = np.zeros(nbins)  # noqa: E702
    for part in chunk_parts(chunks, _moments_part, shift, binner, nbins):
        if part is not None:
            part.add_to(w, s1, s2)
    return w, s1, s2


def _distinct_part(v, w, select, binner):
    """The values of one chunk (float64, of the selected bins), their weights and bins. Unweighted
    values come as the chunk's distinct values with their counts (integer sums: the same totals in
    any order), so what a pass keeps grows with the distinct values, not with the raster."""
    if select is not None:
        keep = select[binner(v)]
        v = v[keep]
        w = None if w is None else w[keep]
    if w is None:
        v, counts = np.unique(v, return_counts=True)
        w = counts.astype(np.float64)
    b = None if binner is None else binner(v)
    return v.astype(np.float64), w, b


def _distinct_units(chunks, select=None, binner=None):
    """Distinct values (float64) with their weights and, with *binner*, their bins (computed on
    the values as stored, so the same as in the histogram pass). With *select*, only values whose
    bin is selected."""
    parts, wparts, bparts = [], [], []
    for v, w, b in chunk_parts(chunks, _distinct_part, select, binner):
        if b is not None:
            bparts.append(b)
        if v.size:
            parts.append(v)
            wparts.append(w)
    if not parts:
        return np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.intp)
    v = np.concatenate(parts)
    w = np.concatenate(wparts)
    order = np.argsort(v, kind="stable")
    v, w = v[order], w[order]
    starts = np.flatnonzero(np.concatenate([[True], v[1:] != v[:-1]]))
    bins = (
        np.concatenate(bparts)[order][starts] if binner is not None else np.zeros(starts.size, dtype=np.intp)
    )
    return v[starts], np.add.reduceat(w, starts), bins


class _Binner:
    """Bin of each value; monotone in the value, the same for the same value every call (a class,
    not a closure, so that it travels to Dask workers)."""

    def __init__(self, vmin, vmax, nbins):
        span = vmax - vmin
        scale = nbins / span if span > 0 else 0.0
        self.nbins = nbins
        self.typed = {
            np.dtype(np.float32): (np.float32(vmin), np.float32(scale)),
            np.dtype(np.float64): (vmin, scale),
        }

    def __call__(self, v):
        lo, sc = self.typed[v.dtype]
        b = ((v - lo) * sc).astype(np.intp)
        np.clip(b, 0, self.nbins - 1, out=b)
        return b


def _make_binner(vmin, vmax, nbins):
    return _Binner(vmin, vmax, nbins)


def _check_k(k, n_distinct):
    if k < 2:
        raise LsmError("At least 2 classes are needed.")
    if n_distinct < k:
        raise LsmError(
            f"The values have only {n_distinct} distinct value(s): fewer than the {k} classes asked for. "
            "Choose fewer classes."
        )


def histogram_bins_for(n_values):
    """Bins of the refinement's histogram for *n_values* values: HISTOGRAM_BINS up to 1e6 values,
    then growing with sqrt(n) up to MAX_HISTOGRAM_BINS. Measured (bench/bench_jenks.py): at 16e6
    lognormal values 16384 bins leave ~200 k distinct values in the expanded bins (1.4 s), 65536
    bins about 4x fewer (0.32 s); at 1e6 values more bins only make the first DP dearer."""
    scaled = HISTOGRAM_BINS * np.sqrt(max(float(n_values), 1.0) / 1e6)
    return int(min(MAX_HISTOGRAM_BINS, max(HISTOGRAM_BINS, scaled)))


def jenks(chunks, k, feedback=None, histogram_bins=None, max_direct=MAX_DIRECT_UNITS):
    """Exact Jenks breaks of the values of a chunk source (see module docstring); the histogram
    has *histogram_bins* bins (default: histogram_bins_for the number of values)."""
    summary = _summary(chunks)
    if summary.count == 0:
        raise LsmError("There is no valid value to classify (all values are nodata).")
    if summary.count <= max_direct:
        return _jenks_direct(chunks, k, summary)
    nbins = int(histogram_bins or histogram_bins_for(summary.count))
    binner = _make_binner(summary.vmin, summary.vmax, nbins)
    bw, bs1, bs2 = _moments(chunks, summary.mean, binner, nbins)
    occupied = np.flatnonzero(bw > 0)
    if occupied.size < k:
        # values cluster in fewer bins than classes (extreme outliers): run on the distinct values
        return jenks(chunks, k, feedback, histogram_bins, max_direct=summary.count)
    check_canceled(feedback)
    cuts, _ = optimal_partition(bw[occupied], bs1[occupied], bs2[occupied], k)
    break_bins, _ = _break_bins(cuts, occupied, np.zeros(nbins, dtype=bool), bw, 1)
    return _refine(chunks, k, feedback, summary, binner, (bw, bs1, bs2), break_bins)


def _jenks_direct(chunks, k, summary):
    """The exact dynamic programme over every distinct value (few distinct values)."""
    v, w, _ = _distinct_units(chunks)
    _check_k(k, v.size)
    d = v - summary.mean
    cuts, sse = optimal_partition(w, w * d, w * d * d, k)
    uppers = [v[c - 1] for c in cuts] + [v[-1]]
    sst = float(np.dot(w * d, d) - np.dot(w, d) ** 2 / w.sum())
    notes = [f"exact dynamic programme over {v.size} distinct values"]
    return _dp_result([v[0]] + uppers, sse, sst, summary, notes)


def _refine(chunks, k, feedback, summary, binner, moments, break_bins):
    """Expand the bins around the breaks into their distinct values (widening the margin) until
    the optimal partition of the mixed sequence has its breaks inside expanded bins only."""
    bw, bs1, bs2 = moments
    nbins = bw.size
    expanded = np.zeros(nbins, dtype=bool)
    cache = (np.zeros(0), np.zeros(0), np.zeros(0, dtype=np.intp))
    margin = 1
    for _round in range(64):
        check_canceled(feedback)
        new = _around(break_bins, margin, nbins) & (bw > 0) & ~expanded
        if new.any():
            cache = _add_units(cache, _distinct_units(chunks, new, binner))
            expanded |= new
        units_w, units_s1, units_s2, unit_bin, unit_val = _mixed_units(moments, expanded, cache, summary.mean)
        _check_k(k, units_w.size)
        cuts, sse = optimal_partition(units_w, units_s1, units_s2, k)
        break_bins, settled = _break_bins(cuts, unit_bin, expanded, bw, margin)
        if settled:
            uppers = [unit_val[c - 1] for c in cuts] + [summary.vmax]
            notes = [
                "exact: histogram of {} bins, {} bins around the breaks expanded into {} distinct values".format(
                    nbins, int(expanded.sum()), cache[0].size
                )
            ]
            sst = float(bs2.sum() - bs1.sum() ** 2 / bw.sum())
            return _dp_result([summary.vmin] + uppers, sse, sst, summary, notes)
        margin = min(nbins, margin * 2)
    raise LsmError("Jenks refinement did not settle; please report this data set.")  # pragma: no cover


def _around(break_bins, margin, nbins):
    """The bins within *margin* of a break bin."""
    want = np.zeros(nbins, dtype=bool)
    for b in break_bins:
        want[max(0, b - margin) : min(nbins, b + margin + 1)] = True
    return want


def _add_units(cache, units):
    """The cached (values, weights, bins) with *units* added, sorted by value (stable)."""
    cache_v, cache_w, cache_b = (np.concatenate([old, add]) for old, add in zip(cache, units))
    order = np.argsort(cache_v, kind="stable")
    return cache_v[order], cache_w[order], cache_b[order]


def _mixed_units(moments, expanded, cache, mean):
    """The mixed sequence: whole bins, and expanded bins as their distinct values, in order;
    (weights, shifted sums, shifted sums of squares, bin, value (NaN for a whole bin))."""
    bw, bs1, bs2 = moments
    cache_v, cache_w, cache_b = cache
    whole = np.flatnonzero((bw > 0) & ~expanded)
    d = cache_v - mean
    all_bins = np.concatenate([whole, cache_b])
    order = np.lexsort((np.concatenate([np.full(whole.size, -np.inf), cache_v]), all_bins))
    return (
        np.concatenate([bw[whole], cache_w])[order],
        np.concatenate([bs1[whole], cache_w * d])[order],
        np.concatenate([bs2[whole], cache_w * d * d])[order],
        all_bins[order],
        np.concatenate([np.full(whole.size, np.nan), cache_v])[order],
    )


def _break_bins(cuts, unit_bin, expanded, bw, margin):
    """(bins on either side of each cut, whether every occupied bin within *margin* of them is
    expanded)."""
    nbins = bw.size
    settled = True
    break_bins = set()
    for c in cuts:
        left_bin, right_bin = int(unit_bin[c - 1]), int(unit_bin[c])
        break_bins.update((left_bin, right_bin))
        for b in (left_bin, right_bin):
            lo, hi = max(0, b - margin), min(nbins, b + margin + 1)
            if not expanded[lo:hi][bw[lo:hi] > 0].all():
                settled = False
    return break_bins, settled


def _dp_result(edges, sse, sst, summary, notes):
    """Jenks result with the SSE of the optimal partition (sums over all values, no sample)."""
    gvf = 1.0 - sse / sst if sst > 0 else 1.0
    return BreaksResult(np.asarray(edges, dtype=np.float64), gvf, sse, sst, summary.count, "jenks", notes)


def _result(chunks, edges, summary, method, notes):
    edges = np.asarray(edges, dtype=np.float64)
    gvf, sse, sst = goodness_of_variance_fit(chunks, edges, summary.mean)
    return BreaksResult(edges, gvf, sse, sst, summary.count, method, notes)


def _class_sums_part(v, wt, edges, shift, k):
    """(weights, sums of the shifted values) of each class of one chunk."""
    v = v.astype(np.float64)
    c = classify(v, edges) - 1
    return (
        np.bincount(c, weights=wt, minlength=k),
        np.bincount(c, weights=(v - shift) if wt is None else (v - shift) * wt, minlength=k),
    )


def _squares_part(v, wt, edges, means, grand):
    """(squares about the class means, squares about the grand mean) of one chunk."""
    v = v.astype(np.float64)
    c = classify(v, edges) - 1
    dv = v - means[c]
    dg = v - grand
    if wt is None:
        return float(np.dot(dv, dv)), float(np.dot(dg, dg))
    return float(np.dot(dv * wt, dv)), float(np.dot(dg * wt, dg))


def goodness_of_variance_fit(chunks, edges, shift=None):
    """(GVF, SSE, SST) of class edges over all values, computed directly (two passes of per-chunk
    sums: on a cluster source only those travel, added here in chunk order)."""
    edges = np.asarray(edges, dtype=np.float64)
    k = edges.size - 1
    if shift is None:
        shift = _summary(chunks).mean
    w = np.zeros(k)
    s1 = np.zeros(k)  # noqa: E702
    for w_part, s1_part in chunk_parts(chunks, _class_sums_part, edges, shift, k):
        w += w_part
        s1 += s1_part
    means = shift + np.divide(s1, w, out=np.zeros(k), where=w > 0)
    total_w = w.sum()
    grand = shift + s1.sum() / total_w
    sse = sst = 0.0
    for sse_part, sst_part in chunk_parts(chunks, _squares_part, edges, means, grand):
        sse += sse_part
        sst += sst_part
    gvf = 1.0 - sse / sst if sst > 0 else 1.0
    return gvf, sse, sst


def classify(values, edges):
    """Class 1..k of each value for edges [min, upper_1, ..., upper_k] (v <= upper_j)."""
    edges = np.asarray(edges, dtype=np.float64)
    inner = edges[1:-1]
    return (np.searchsorted(inner, np.asarray(values, dtype=np.float64), side="left") + 1).astype(np.int64)


def equal_interval(chunks, k):
    """Edges of k classes of equal width between the minimum and the maximum."""
    summary = _summary(chunks)
    if summary.count == 0:
        raise LsmError("There is no valid value to classify (all values are nodata).")
    edges = np.linspace(summary.vmin, summary.vmax, k + 1)
    return _result(chunks, edges, summary, "equal", ["equal intervals"])


def quantile(chunks, k, histogram_bins=HISTOGRAM_BINS):
    """Edges at the exact j/k quantiles (lower value of the rank), found by histogram refinement."""
    summary = _summary(chunks)
    if summary.count == 0:
        raise LsmError("There is no valid value to classify (all values are nodata).")
    binner = _make_binner(summary.vmin, summary.vmax, histogram_bins)
    bw, _, _ = _moments(chunks, summary.mean, binner, histogram_bins)
    cum = np.cumsum(bw)
    targets = summary.n * np.arange(1, k) / k
    bins = np.searchsorted(cum, targets, side="left")
    select = np.zeros(histogram_bins, dtype=bool)
    select[bins] = True
    v, w, vb = _distinct_units(chunks, select, binner)
    edges = [summary.vmin]
    for target, b in zip(targets, bins):
        before = cum[b - 1] if b > 0 else 0.0
        inside = vb == b
        vc, wc = v[inside], np.cumsum(w[inside])
        pos = np.searchsorted(wc, target - before, side="left")
        edges.append(vc[min(pos, vc.size - 1)])
    edges.append(summary.vmax)
    return _result(chunks, edges, summary, "quantile", ["exact quantiles"])


def manual(chunks, inner_breaks):
    """Edges from user-given inner breaks (sorted, inside the value range)."""
    summary = _summary(chunks)
    if summary.count == 0:
        raise LsmError("There is no valid value to classify (all values are nodata).")
    inner = np.asarray([float(b) for b in inner_breaks], dtype=np.float64)
    if inner.size == 0:
        raise LsmError("Give at least one break value (comma separated) for user-given breaks.")
    _check_manual(inner, summary)
    edges = np.concatenate([[summary.vmin], inner, [summary.vmax]])
    return _result(chunks, edges, summary, "manual", ["user-given breaks"])


def _check_manual(inner, summary):
    """User breaks must be finite, strictly increasing and strictly inside the data range, else a
    class would be empty (one class holding every value)."""
    text = ", ".join(f"{b:g}" for b in inner)
    if not np.all(np.isfinite(inner)) or np.any(np.diff(inner) <= 0):
        raise LsmError(f"User-given breaks must be strictly increasing numbers (got {text}).")
    outside = inner[(inner <= summary.vmin) | (inner >= summary.vmax)]
    if outside.size:
        raise LsmError(
            "User-given break(s) {} are not inside the data range {:g} to {:g}: every break must lie "
            "strictly between the smallest and largest value.".format(
                ", ".join(f"{b:g}" for b in outside), summary.vmin, summary.vmax
            )
        )


def jenks_breaks(values, k, weights=None):
    """Exact Jenks edges (k+1 values) of an array (NaN ignored); see `jenks`."""
    return jenks(array_source(values, weights), k).breaks


def jenks_reference(values, k, weights=None):
    """Plain O(k m^2) DP over distinct values: the reference the tests compare against."""
    v = np.asarray(values, dtype=np.float64).ravel()
    w = np.ones_like(v) if weights is None else np.asarray(weights, dtype=np.float64).ravel()
    keep = np.isfinite(v)
    v, w = v[keep], w[keep]
    order = np.argsort(v)
    v, w = v[order], w[order]
    starts = np.flatnonzero(np.concatenate([[True], v[1:] != v[:-1]]))
    v, w = v[starts], np.add.reduceat(w, starts)
    m = v.size
    _check_k(k, m)
    d = v - np.average(v, weights=w)
    W, S1, S2 = _prefix(w, w * d, w * d * d)
    cost = np.full((k + 1, m + 1), np.inf)
    back = np.zeros((k + 1, m + 1), dtype=np.int64)
    cost[0, 0] = 0.0
    for j in range(1, k + 1):
        for i in range(j, m + 1):
            t = np.arange(j - 1, i)
            val = cost[j - 1, t] + _sse(W, S1, S2, t, np.full(t.size, i))
            best = int(np.argmin(val))
            cost[j, i] = val[best]
            back[j, i] = t[best]
    cuts = []
    i = m
    for j in range(k, 1, -1):
        i = back[j, i]
        cuts.append(i)
    cuts = cuts[::-1]
    return np.array([v[0]] + [v[c - 1] for c in cuts] + [v[-1]])
