"""Mapping units (slope units, half-basins, administrative polygons): zonal statistics streamed block
by block, exact Jenks classes of unit values, and rate curves by unit area.

Zonal statistics (`zonal_statistics`):

- The units are burnt once into an Int32 raster of unit ids on the factors' grid (`rasterize_units`:
  id i + 1 for unit i, 0 outside every unit; a cell belongs to the unit that covers its centre, as
  QGIS's zonal statistics count cells; where units overlap the last one wins: units should be a
  partition). That raster is then read block by block together with every factor band, and per-unit
  sums are accumulated with numpy.bincount, so memory is O(units), not O(cells).
- Continuous factors: count, mean, population standard deviation (QGIS's "St dev"), sums taken on
  values shifted by the first valid value (no cancellation for large offsets such as elevations).
- Median: exact when the grid has at most `EXACT_MEDIAN_CELLS` cells (the values of every unit cell
  are kept and sorted by unit); above that an approximation from per-unit histograms of
  `median_bins(n_units)` equal bins over the factor's [min, max] (at most 2**24 counters in all),
  linearly interpolated inside the median's bin: the error is at most one bin width, given in the
  notes. `ZonalResult.median_method` says which was used.
- Categorical factors (class codes, rounded to integers): per-unit class shares (of the unit's valid
  cells) and the majority class (the smallest code on ties); at most `MAX_CLASSES` classes.
- Units without any cell (smaller than a cell, or outside the grid) have count 0 and NaN statistics;
  `n_cells` says which, and a warning note counts them. Units whose cells are all nodata of a factor have
  NaN statistics of that factor (a warning note per factor), as QGIS's zonal statistics give NULL: the
  other units keep their values. A factor with no valid cell under any unit is an LsmError (nothing to
  write), as are units covering no cell centre at all.

Unit classes and curves:

    unit_jenks(values, k, weights=None) -> BreaksResult     exact Jenks (core.jenks) of the unit values;
        weights are the weighted variant of the dynamic programme (each unit counts *weight* times:
        its area for area-weighted classes, 1 for unit-weighted ones), not repeated values
    unit_class_table(classes, k, areas, landslides) -> list of dict rows (units, area %, landslide %)
    unit_rate_curve(scores, areas, landslides) -> UnitRateCurve: units ranked by decreasing score (ties
        together, one straight segment), x = cumulative unit-area share, y = cumulative landslide
        share; exact trapezoid AUC
"""

from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal

from .errors import LsmError
from .gdal_cache import gdal_cache_budget
from .grid import DEFAULT_BLOCK_CELLS, block_windows, grid_of, open_raster
from .jenks import array_source, jenks
from .progress import check_canceled, ensure_feedback
from .samples import rasterize

#: up to this many grid cells the median is exact (the unit cells' values are kept and sorted)
EXACT_MEDIAN_CELLS = 16_000_000
#: counters of all the per-unit median histograms of one factor together
MEDIAN_COUNTERS = 1 << 24
#: most classes of a categorical factor
MAX_CLASSES = 100
#: GDAL cache while the units are burnt (MB): GDAL's rasterizer also sizes its row chunks by the cache
RASTERIZE_CACHE_MB = 64
CONTINUOUS_STATISTICS = ("mean", "median", "std")


def rasterize_units(wkbs, grid, path):
    """Burn the unit polygons (WKB in the grid's CRS) into an Int32 GeoTIFF of ids 1..n (0 elsewhere),
    under a small GDAL cache (RASTERIZE_CACHE_MB: the rasterizer's chunk buffer and the cache both stay
    that size, whatever the grid)."""
    if len(wkbs) >= np.iinfo(np.int32).max:
        raise LsmError("Too many units for an Int32 unit raster.")
    with gdal_cache_budget(RASTERIZE_CACHE_MB):
        return rasterize(wkbs, grid, path, values=np.arange(1, len(wkbs) + 1), datatype=gdal.GDT_Int32)


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


def zonal_statistics(
    unit_raster,
    factors,
    n_units,
    statistics=CONTINUOUS_STATISTICS,
    feedback=None,
    exact_median_cells=None,
    runner=None,
):
    """Per-unit statistics of each factor (core.grid.Factor on the unit raster's grid), streamed; with
    a distributed *runner* (core.dask_blocks.BlockRunner) the blocks are tasks on its cluster
    (core.units_cluster), with the same result."""
    feedback = ensure_feedback(feedback)
    grid = grid_of(unit_raster)
    for factor in factors:
        mismatch = grid.mismatch(grid_of(factor.path))
        if mismatch:
            raise LsmError(
                f"Factor '{factor.name}' is not on the grid of the first factor: {mismatch}. Align the factors "
                "first (lsm:alignfactors)."
            )
    limit = EXACT_MEDIAN_CELLS if exact_median_cells is None else exact_median_cells
    exact = grid.n_cells <= limit
    ids_ds = open_raster(unit_raster, "unit raster")
    ids_band = ids_ds.GetRasterBand(1)
    windows = list(block_windows(grid, tuple(ids_band.GetBlockSize()), DEFAULT_BLOCK_CELLS))
    if runner is not None and runner.distributed:
        from .units_cluster import zonal_on_cluster

        n_cells, accs = zonal_on_cluster(
            unit_raster, factors, n_units, statistics, exact, windows, runner, feedback
        )
    else:
        n_cells, accs = _zonal_here(ids_band, factors, n_units, statistics, exact, windows, feedback)
    return _zonal_result(factors, n_units, n_cells, accs, exact)


def _zonal_here(ids_band, factors, n_units, statistics, exact, windows, feedback):
    """(cells per unit id, accumulators) of the block pass run here."""
    readers = [_band_reader(f) for f in factors]
    ranges = _value_ranges(factors, readers, statistics, exact)
    accs = _accumulators(factors, ranges, n_units, statistics, exact)
    n_cells = np.zeros(n_units + 1)
    for i, (xoff, yoff, xs, ys) in enumerate(windows):
        check_canceled(feedback)
        ids = ids_band.ReadAsArray(xoff, yoff, xs, ys).ravel().astype(np.int64)
        inside = ids > 0
        if not inside.any():
            continue
        ids = ids[inside]
        n_cells += np.bincount(ids, minlength=n_units + 1)
        for (_ds, band, nodata), acc in zip(readers, accs):
            values = band.ReadAsArray(xoff, yoff, xs, ys).ravel()[inside].astype(np.float64)
            ok = _valid(values, nodata)
            acc.add(ids[ok], values[ok])
        feedback.setProgress(100.0 * (i + 1) / len(windows))
    return n_cells, accs


def _zonal_result(factors, n_units, n_cells, accs, exact):
    """The ZonalResult of the accumulated pass (notes, and the LsmErrors of nothing to write)."""
    result = ZonalResult(n_cells[1:].astype(np.int64), {})
    for factor, acc in zip(factors, accs):
        result.stats[factor.name] = acc.result()
    _median_note(result, factors, accs, exact)
    empty = int((result.n_cells == 0).sum())
    if empty == n_units:
        raise LsmError(
            "No unit covers the centre of any cell of the factor rasters: are the units in the rasters' CRS and "
            "over them?"
        )
    if empty:
        result.notes.append(
            f"WARNING: {empty} unit(s) cover no cell centre (smaller than a cell or outside the rasters): "
            "their statistics are empty (NULL)."
        )
    _valid_cell_notes(result, factors, n_units - empty)
    return result


def _valid_cell_notes(result, factors, n_covering):
    """LsmError when a factor has no valid cell under any unit; a warning for the units that cover cells
    but none valid of a factor (nodata only): their statistics of that factor are NULL."""
    for factor in factors:
        count = result.stats[factor.name].count
        if not (count > 0).any():
            raise LsmError(
                f"Factor '{factor.name}' has no valid cell (only nodata) under any unit: check its nodata value "
                "and that it covers the units."
            )
        nodata_only = int(((count == 0) & (result.n_cells > 0)).sum())
        if nodata_only:
            result.notes.append(
                f"WARNING: {nodata_only} of the {n_covering} unit(s) with cells have no valid cell of "
                f"'{factor.name}' (nodata only): their '{factor.name}' statistics are NULL."
            )


def _median_note(result, factors, accs, exact):
    if not any(isinstance(a, _Continuous) and a.want_median for a in accs):
        return
    if exact:
        result.median_method = "exact"
        result.notes.append("Medians are exact (every unit cell sorted).")
        return
    result.median_method = "histogram"
    for factor, acc in zip(factors, accs):
        if isinstance(acc, _Continuous):
            width = (acc.range[1] - acc.range[0]) / acc.bins
            result.notes.append(
                f"Median of '{factor.name}': per-unit histogram of {acc.bins} bins, interpolated; error at most "
                f"{width:.6g} (one bin)."
            )


def zonal_reference(unit_ids, values, n_units, nodata=None):
    """(count, mean, std, median) per unit from in-memory arrays, by plain numpy (for the tests)."""
    ids = np.asarray(unit_ids).ravel()
    v = np.asarray(values, dtype=np.float64).ravel()
    ok = (ids > 0) & _valid(v, nodata)
    out = np.full((4, n_units), np.nan)
    for u in range(1, n_units + 1):
        cell = v[ok & (ids == u)]
        out[0, u - 1] = cell.size
        if cell.size:
            out[1:, u - 1] = cell.mean(), cell.std(), np.median(cell)
    return out


# -- classes and curves on units -------------------------------------------------------------------


def unit_jenks(values, k, weights=None):
    """Exact Jenks breaks (core.jenks.BreaksResult) of unit values; NaN values (and weights <= 0) left out."""
    return jenks(array_source(np.asarray(values, dtype=np.float64), weights), k)


def unit_class_table(classes, k, areas, landslides=None):
    """Rows {class, units, area, area_pct, landslides, landslide_pct} for classes 1..k (0 = unclassed)."""
    classes = np.asarray(classes, dtype=np.int64)
    areas = np.asarray(areas, dtype=np.float64)
    n = np.bincount(classes, minlength=k + 1)[1 : k + 1]
    a = np.bincount(classes, weights=areas, minlength=k + 1)[1 : k + 1]
    rows = []
    total_a = a.sum()
    ls = None
    if landslides is not None:
        ls = np.bincount(classes, weights=np.nan_to_num(np.asarray(landslides, float)), minlength=k + 1)[
            1 : k + 1
        ]
    total_ls = ls.sum() if ls is not None else 0.0
    for j in range(k):
        row = {"class": j + 1, "units": int(n[j]), "area": float(a[j])}
        row["area_pct"] = 100.0 * a[j] / total_a if total_a > 0 else float("nan")
        row["landslides"] = float(ls[j]) if ls is not None else float("nan")
        row["landslide_pct"] = 100.0 * ls[j] / total_ls if ls is not None and total_ls > 0 else float("nan")
        rows.append(row)
    return rows


@dataclass
class UnitRateCurve:
    area_share: np.ndarray
    landslide_share: np.ndarray
    auc: float
    n_units: int
    landslide_total: float


def unit_rate_curve(scores, areas, landslides, name="landslides"):
    """Rate curve by unit area: units of equal score form one step (straight segment); AUC by trapezoids."""
    s = np.asarray(scores, dtype=np.float64)
    a = np.asarray(areas, dtype=np.float64)
    ls = np.nan_to_num(np.asarray(landslides, dtype=np.float64))
    ok = np.isfinite(s) & np.isfinite(a) & (a > 0)
    if np.any(ls[ok] < 0):
        raise LsmError(f"The {name} field holds negative values: give counts, 0/1 or areas.")
    if not ok.any():
        raise LsmError("No unit has both a score and a positive area.")
    total = ls[ok].sum()
    if total <= 0:
        raise LsmError(f"No unit with a score holds a landslide ({name} is 0 everywhere).")
    distinct, inverse = np.unique(-s[ok], return_inverse=True)
    ga = np.bincount(inverse, weights=a[ok], minlength=distinct.size)
    gl = np.bincount(inverse, weights=ls[ok], minlength=distinct.size)
    x = np.r_[0.0, np.cumsum(ga)] / ga.sum()
    y = np.r_[0.0, np.cumsum(gl)] / total
    auc = float(np.sum(np.diff(x) * (y[1:] + y[:-1]) / 2.0))
    return UnitRateCurve(x, y, auc, int(ok.sum()), float(total))


# -- predictions on units --------------------------------------------------------------------------


def match_unit_fields(factors, field_names, layer_name):
    """The unit field of each model factor: the field named as the factor, else '<factor>_mean'
    (lsm:unitfactors' name); LsmError naming every factor without a field."""
    names = set(field_names)
    matched, missing = [], []
    for factor in factors:
        if factor in names:
            matched.append(factor)
        elif f"{factor}_mean" in names:
            matched.append(f"{factor}_mean")
        else:
            missing.append(factor)
    if missing:
        raise LsmError(
            "The unit layer '{}' has no field for the model factor(s) {} (looked for '<factor>' and "
            "'<factor>_mean'; its fields: {}). Add them with lsm:unitfactors or rename the fields.".format(
                layer_name, ", ".join(missing), ", ".join(field_names)
            )
        )
    return matched


def predict_units(model, X, n_jobs=-1, with_spread=True):
    """(probability, spread or None, complete) of each unit row of X (model factor order): NaN where a
    factor value is missing; spread = standard deviation over the model's members (trees, ensemble
    members), None for models without members."""
    from .predict_models import ModelProbability

    X = np.asarray(X, dtype=np.float64)
    complete = np.isfinite(X).all(axis=1)
    probability = np.full(X.shape[0], np.nan)
    predictor = ModelProbability(model, n_jobs=n_jobs)
    spread = np.full(X.shape[0], np.nan) if with_spread and predictor.has_members else None
    if complete.any():
        p, sd = predictor.predict(X[complete], with_spread=spread is not None)
        probability[complete] = p
        if spread is not None:
            spread[complete] = sd
    return probability, spread, complete
