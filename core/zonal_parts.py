"""The per-unit accumulators of the zonal statistics (core.units.zonal_statistics, lsm:unitfactors):
one continuous band's counts, shifted sums, sums of squares and median (exact, or from per-unit
histograms over the band's range), one categorical band's class counts, and the per-block parts
of both that a Dask worker computes (core.units_cluster) and the client merges in window order.
Shared by the pass here (core.units) and the pass on a cluster (core.units_cluster), so that both
add the same numbers in the same order.
"""

from dataclasses import dataclass, field

import numpy as np

from .errors import LsmError
from .grid import open_raster

#: counters of all the per-unit median histograms of one factor together
MEDIAN_COUNTERS = 1 << 24
#: most classes of a categorical factor
MAX_CLASSES = 100


def median_bins(n_units):
    """Bins of each unit's median histogram: 2**24 counters shared, between 16 and 1024 bins."""
    return int(min(1024, max(16, MEDIAN_COUNTERS // max(1, n_units + 1))))


@dataclass
class ContinuousStats:
    count: np.ndarray
    mean: np.ndarray
    std: np.ndarray
    median: np.ndarray = None


@dataclass
class CategoricalStats:
    count: np.ndarray
    classes: np.ndarray
    shares: np.ndarray  # (n_units, n_classes)
    majority: np.ndarray  # float, NaN without cells


@dataclass
class ZonalResult:
    n_cells: np.ndarray  # cells of each unit in the unit raster
    stats: dict  # factor name -> ContinuousStats | CategoricalStats
    median_method: str = ""
    notes: list = field(default_factory=list)


class _Continuous:
    """Per-unit accumulators of one continuous band."""

    def __init__(self, n, want_median, exact, value_range, bins):
        self.n = n
        self.count = np.zeros(n + 1)
        self.s1 = np.zeros(n + 1)
        self.s2 = np.zeros(n + 1)
        self.shift = None
        self.want_median, self.exact = want_median, exact
        self.ids, self.values = [], []
        self.range, self.bins = value_range, bins
        self.hist = np.zeros((n + 1) * bins, dtype=np.int64) if want_median and not exact else None

    def add(self, ids, values):
        if ids.size == 0:
            return
        if self.shift is None:
            self.shift = float(values[0])
        d = values - self.shift
        m = self.n + 1
        self.count += np.bincount(ids, minlength=m)
        self.s1 += np.bincount(ids, weights=d, minlength=m)
        self.s2 += np.bincount(ids, weights=d * d, minlength=m)
        if not self.want_median:
            return
        if self.exact:
            self.ids.append(ids.astype(np.int32))
            self.values.append(values)
        else:
            # count over the ids of this block only (a block holds few units): no full-size temporary
            lo, hi = int(ids.min()) * self.bins, (int(ids.max()) + 1) * self.bins
            self.hist[lo:hi] += np.bincount(ids * self.bins + self._bin(values) - lo, minlength=hi - lo)

    def _bin(self, values):
        return _median_bin(values, self.range, self.bins)

    def config(self):
        """What continuous_part needs of this accumulator (the shift set)."""
        return (self.shift, self.want_median, self.exact, self.range, self.bins)

    def merge(self, part):
        """Add one block's continuous_part (from a worker): the sums add computes, in slices."""
        if part is None:
            return
        lo, count, s1, s2, median = part
        hi = lo + count.size
        self.count[lo:hi] += count
        self.s1[lo:hi] += s1
        self.s2[lo:hi] += s2
        if not self.want_median:
            return
        if self.exact:
            self.ids.append(median[0])
            self.values.append(median[1])
        else:
            self.hist[lo * self.bins : hi * self.bins] += median

    def result(self):
        count = self.count[1:]
        with np.errstate(invalid="ignore", divide="ignore"):
            mean_d = self.s1[1:] / count
            var = np.maximum(self.s2[1:] / count - mean_d * mean_d, 0.0)
        mean = mean_d + (self.shift or 0.0)
        stats = ContinuousStats(count.astype(np.int64), mean, np.sqrt(var))
        if self.want_median:
            stats.median = self._exact_median() if self.exact else self._histogram_median()
        return stats

    def _exact_median(self):
        out = np.full(self.n, np.nan)
        if not self.ids:
            return out
        ids = np.concatenate(self.ids)
        values = np.concatenate(self.values)
        order = np.lexsort((values, ids))
        ids, values = ids[order], values[order]
        starts = np.searchsorted(ids, np.arange(1, self.n + 1), side="left")
        counts = self.count[1:].astype(np.int64)
        has = counts > 0
        lo = starts[has] + (counts[has] - 1) // 2
        hi = starts[has] + counts[has] // 2
        out[has] = 0.5 * (values[lo] + values[hi])
        return out

    def _histogram_median(self):
        hist = self.hist.reshape(self.n + 1, self.bins)[1:]
        counts = hist.sum(axis=1)
        out = np.full(self.n, np.nan)
        has = counts > 0
        cum = np.cumsum(hist[has], axis=1)
        half = counts[has] / 2.0
        b = (cum < half[:, None]).sum(axis=1)
        below = np.where(b > 0, cum[np.arange(b.size), np.maximum(b - 1, 0)], 0)
        inside = hist[has][np.arange(b.size), b]
        lo, hi = self.range
        width = (hi - lo) / self.bins if hi > lo else 0.0
        out[has] = lo + width * (b + (half - below) / np.maximum(inside, 1))
        return out


def _median_bin(values, value_range, bins):
    lo, hi = value_range
    width = (hi - lo) / bins if hi > lo else 1.0
    return np.clip(((values - lo) / width).astype(np.int64), 0, bins - 1)


def continuous_part(config, ids, values):
    """One block's partial statistics of a continuous factor (*config* from _Continuous.config): the
    counts, shifted sums and sums of squares over the block's unit ids lo..hi, and the median's part
    (the unit cells' ids and values when exact, else the histogram counts of those units): bin by
    bin the numbers _Continuous.add adds, summed in the same cell order; None without cells."""
    if ids.size == 0:
        return None
    shift, want_median, exact, value_range, bins = config
    lo, hi = int(ids.min()), int(ids.max()) + 1
    local = ids - lo
    d = values - shift
    count = np.bincount(local, minlength=hi - lo)
    s1 = np.bincount(local, weights=d, minlength=hi - lo)
    s2 = np.bincount(local, weights=d * d, minlength=hi - lo)
    median = None
    if want_median:
        if exact:
            median = (ids.astype(np.int32), values)
        else:
            cells = local * bins + _median_bin(values, value_range, bins)
            median = np.bincount(cells, minlength=(hi - lo) * bins)
    return lo, count, s1, s2, median


class _Categorical:
    """Per-unit class counts of one categorical band."""

    def __init__(self, n, name):
        self.n, self.name = n, name
        self.counts = {}

    def add(self, ids, values):
        codes = np.rint(values).astype(np.int64)
        for code in np.unique(codes):
            counter = self._counter(code)
            counter += np.bincount(ids[codes == code], minlength=self.n + 1)

    def _counter(self, code):
        """The per-unit counts of class *code* (LsmError past MAX_CLASSES classes)."""
        if int(code) not in self.counts:
            if len(self.counts) >= MAX_CLASSES:
                raise LsmError(
                    f"Categorical factor '{self.name}' has more than {MAX_CLASSES} classes: is it a "
                    "continuous factor? Leave it out of the categorical factors."
                )
            self.counts[int(code)] = np.zeros(self.n + 1)
        return self.counts[int(code)]

    def merge(self, part):
        """Add one block's categorical_part (classes in the order add meets them; exact counts)."""
        for code, lo, counts in part:
            self._counter(code)[lo : lo + counts.size] += counts

    def result(self):
        classes = np.array(sorted(self.counts), dtype=np.int64)
        table = (
            np.stack([self.counts[c][1:] for c in classes], axis=1) if classes.size else np.zeros((self.n, 0))
        )
        count = table.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            shares = table / count[:, None]
        majority = np.full(self.n, np.nan)
        has = count > 0
        if classes.size:
            majority[has] = classes[np.argmax(table[has], axis=1)]
        return CategoricalStats(count.astype(np.int64), classes, shares, majority)


def categorical_part(ids, values):
    """One block's class counts of a categorical factor: [(code, lo, counts of units lo..)] in code
    order (the order _Categorical.add meets them)."""
    codes = np.rint(values).astype(np.int64)
    out = []
    for code in np.unique(codes):
        cell_ids = ids[codes == code]
        lo = int(cell_ids.min())
        out.append((int(code), lo, np.bincount(cell_ids - lo)))
    return out


def _band_reader(factor):
    ds = open_raster(factor.path, f"factor '{factor.name}'")
    band = ds.GetRasterBand(factor.band)
    return ds, band, band.GetNoDataValue()


class WindowBands:
    """The factors' values of a window, each file read once per window (all its bands of one data
    type in one call: a pixel-interleaved stack is decoded once, not once per factor), in the
    bands' own data type (the values are those of a read band by band)."""

    def __init__(self, factors):
        self.readers = [_band_reader(f) for f in factors]
        self.nodata = [nodata for _ds, _band, nodata in self.readers]
        datasets, groups = {}, {}
        for j, (f, (ds, band, _nodata)) in enumerate(zip(factors, self.readers)):
            datasets.setdefault(f.path, ds)
            bands, columns = groups.setdefault((f.path, band.DataType), ([], []))
            bands.append(f.band)
            columns.append(j)
        self._reads = [(datasets[path], b, c) for (path, _type), (b, c) in groups.items()]
        self._n = len(factors)

    def read(self, window, which=None):
        """{j: flat values of factor j in *window*} for j in *which* (default: every factor)."""
        xoff, yoff, xs, ys = window
        wanted = set(range(self._n) if which is None else which)
        out = {}
        for ds, bands, columns in self._reads:
            pick = [(b, j) for b, j in zip(bands, columns) if j in wanted]
            if not pick:
                continue
            if len(pick) == 1:
                out[pick[0][1]] = ds.GetRasterBand(pick[0][0]).ReadAsArray(xoff, yoff, xs, ys).ravel()
                continue
            # pixel-interleaved rows: the stack's own layout, decoded and copied once
            rows = ds.ReadAsArray(xoff, yoff, xs, ys, band_list=[b for b, _j in pick], interleave="pixel")
            rows = rows.reshape(xs * ys, len(pick))
            for k, (_b, j) in enumerate(pick):
                out[j] = rows[:, k]
        return out


def _valid(values, nodata):
    ok = np.isfinite(values)
    if nodata is not None and np.isfinite(nodata):
        ok &= values != nodata
    return ok


def _needs_range(factor, statistics, exact):
    """True when the factor's median comes from histograms over its [min, max]."""
    return not factor.categorical and "median" in statistics and not exact


def _value_ranges(factors, readers, statistics, exact):
    """GDAL's exact [min, max] of each factor whose median is from histograms ((0, 0) otherwise)."""
    return [
        tuple(band.ComputeRasterMinMax(False)) if _needs_range(factor, statistics, exact) else (0.0, 0.0)
        for factor, (_ds, band, _nodata) in zip(factors, readers)
    ]


def _accumulators(factors, ranges, n_units, statistics, exact):
    bins = median_bins(n_units)
    accs = []
    for factor, value_range in zip(factors, ranges):
        if factor.categorical:
            accs.append(_Categorical(n_units, factor.name))
            continue
        accs.append(_Continuous(n_units, "median" in statistics, exact, value_range, bins))
    return accs
