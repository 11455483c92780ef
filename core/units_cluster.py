"""The block pass of core.units.zonal_statistics (lsm:unitfactors) as tasks on a Dask cluster.

Each block task reads the unit ids and the factor bands of one window on a worker and returns the
block's per-unit partials over the ids it holds (core.units.continuous_part: counts, sums and sums
of squares of the shifted values, the median's histogram counts or, for exact medians, the unit
cells' ids and values; core.units.categorical_part: class counts); the client adds them in window
order into the same accumulators as the local pass. Per bin those are the numbers the local pass
adds, summed in the same cell order (np.bincount adds cell by cell), so the statistics are the same
to the bit. Before the pass:

- the shift of each continuous factor (its first valid value under a unit, in window order) comes
  from a scan of the first blocks (core.dask_parts.scan_in_order: usually one block);
- for histogram medians, each factor's [min, max] is GDAL's exact ComputeRasterMinMax of the band,
  as the local run takes it, one task per factor (a whole band read by one worker, in parallel over
  the factors).

Client memory: the accumulators (O(units)), plus for exact medians the unit cells' ids and values,
as in the local run (exact medians only up to core.units.EXACT_MEDIAN_CELLS grid cells: at most
12 bytes a cell per factor), plus the bounded number of block parts in flight.
"""

from dataclasses import dataclass

import numpy as np

from .zonal_parts import (
    WindowBands,
    _accumulators,
    _band_reader,
    _Continuous,
    _needs_range,
    _valid,
    categorical_part,
    continuous_part,
)

#: the configuration of a categorical factor in _UnitsSpec.configs
CATEGORICAL = "categorical"


@dataclass(frozen=True)
class _UnitsSpec:
    """What a block task needs on a worker: the unit raster, the factors and, per factor, the
    continuous_part configuration (CATEGORICAL for categorical factors; None: no valid cell)."""

    unit_raster: str
    factors: tuple
    configs: tuple = ()


def _worker_bands(spec):
    from .dask_blocks import worker_cached
    from .dask_parts import raster_paths
    from .grid import open_raster

    def open_all():
        ids_ds = open_raster(spec.unit_raster, "unit raster")
        return ids_ds, ids_ds.GetRasterBand(1), WindowBands(spec.factors)

    _ds, ids_band, readers = worker_cached(
        ("units", spec.unit_raster, spec.factors),
        open_all,
        raster_paths([spec.unit_raster, *(f.path for f in spec.factors)]),
    )
    return ids_band, readers


def _unit_cells(spec, window, which):
    """(ids of the unit cells, [(ids, values) of the valid cells of factor j] for j in *which*) of
    one window, as the local pass reads them; None when no unit covers a cell of it."""
    ids_band, readers = _worker_bands(spec)
    xoff, yoff, xs, ys = window
    ids = ids_band.ReadAsArray(xoff, yoff, xs, ys).ravel().astype(np.int64)
    inside = ids > 0
    if not inside.any():
        return None
    ids = ids[inside]
    cells = []
    window_values = readers.read(window, which)
    for j in which:
        values = window_values.pop(j)[inside].astype(np.float64)
        ok = _valid(values, readers.nodata[j])
        cells.append((ids[ok], values[ok]))
    return ids, cells


def shift_task(spec, window):
    """The first valid value under a unit of each continuous factor in this window (None where a
    factor has none; None for a window without unit cells)."""
    which = [j for j, f in enumerate(spec.factors) if not f.categorical]
    got = _unit_cells(spec, window, which)
    if got is None:
        return None
    return {j: (float(values[0]) if values.size else None) for j, (_ids, values) in zip(which, got[1])}


def block_task(spec, window):
    """(lo, cells per unit lo.., [part of each factor]) of one window; None without unit cells."""
    got = _unit_cells(spec, window, range(len(spec.factors)))
    if got is None:
        return None
    ids, cells = got
    lo = int(ids.min())
    return (
        lo,
        np.bincount(ids - lo),
        [_part(c, fids, values) for c, (fids, values) in zip(spec.configs, cells)],
    )


def _part(config, ids, values):
    if config == CATEGORICAL:
        return categorical_part(ids, values)
    return None if config is None else continuous_part(config, ids, values)


def range_task(factors, index):
    """GDAL's exact [min, max] of factor *index* (the local run's histogram range)."""
    from .dask_blocks import worker_cached

    factor = factors[index]
    _ds, band, _nodata = worker_cached(("units_range", factor), lambda: _band_reader(factor), (factor.path,))
    return tuple(band.ComputeRasterMinMax(False))


def _ranges(factors, statistics, exact, runner, feedback):
    need = [j for j, f in enumerate(factors) if _needs_range(f, statistics, exact)]
    ranges = [(0.0, 0.0)] * len(factors)
    if not need:
        return ranges
    for j, value_range in zip(need, runner.map(range_task, tuple(factors), need, feedback)):
        ranges[j] = value_range
    return ranges


def _shifts(spec, accs, windows, runner, feedback):
    """Set the shift of every continuous accumulator from the first windows, in window order."""
    from .dask_parts import scan_in_order

    waiting = {j for j, acc in enumerate(accs) if isinstance(acc, _Continuous)}
    if not waiting:
        return
    scan = scan_in_order(runner, shift_task, spec, windows, feedback)
    try:
        for found in scan:
            for j, shift in (found or {}).items():
                if j in waiting and shift is not None:
                    accs[j].shift = shift
                    waiting.discard(j)
            if not waiting:
                break
    finally:
        scan.close()


def zonal_on_cluster(unit_raster, factors, n_units, statistics, exact, windows, runner, feedback):
    """(cells per unit id, accumulators) of zonal_statistics' block pass on *runner*'s cluster."""
    factors = tuple(factors)
    ranges = _ranges(factors, statistics, exact, runner, feedback)
    accs = _accumulators(factors, ranges, n_units, statistics, exact)
    spec = _UnitsSpec(str(unit_raster), factors)
    _shifts(spec, accs, windows, runner, feedback)
    # a continuous factor without a shift has no valid cell under any unit: no part in any block
    configs = tuple(
        CATEGORICAL if not isinstance(acc, _Continuous) else acc.config() if acc.shift is not None else None
        for acc in accs
    )
    spec = _UnitsSpec(spec.unit_raster, factors, configs)
    n_cells = np.zeros(n_units + 1)
    for i, part in enumerate(runner.map(block_task, spec, windows, feedback)):
        if part is not None:
            lo, counts, parts = part
            n_cells[lo : lo + counts.size] += counts
            for acc, factor_part in zip(accs, parts):
                acc.merge(factor_part)
        feedback.setProgress(100.0 * (i + 1) / len(windows))
    return n_cells, accs
