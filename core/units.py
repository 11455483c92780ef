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

from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from .errors import LsmError
from .gdal_cache import gdal_cache_budget
from .grid import DEFAULT_BLOCK_CELLS, block_windows, grid_of, open_raster
from .jenks import array_source, jenks
from .progress import check_canceled, ensure_feedback
from .samples import rasterize
from .zonal_parts import (  # noqa: F401 (re-exported: the statistics' types and limits)
    MAX_CLASSES,
    MEDIAN_COUNTERS,
    CategoricalStats,
    ContinuousStats,
    WindowBands,
    ZonalResult,
    _accumulators,
    _Continuous,
    _valid,
    _value_ranges,
    median_bins,
)

#: up to this many grid cells the median is exact (the unit cells' values are kept and sorted)
EXACT_MEDIAN_CELLS = 16_000_000
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
    bands = WindowBands(factors)
    ranges = _value_ranges(factors, bands.readers, statistics, exact)
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
        window_values = bands.read((xoff, yoff, xs, ys))
        for j, (nodata, acc) in enumerate(zip(bands.nodata, accs)):
            values = window_values.pop(j)[inside].astype(np.float64)
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
