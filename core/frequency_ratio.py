"""Frequency ratio per factor class (Zhang et al. 2022).

FR = (% of the landslide cells that fall in the class) / (% of the area in the class), over the
valid cells of each factor (inside the optional mask). FR > 1: the class holds more landslides
than its share of the area. Continuous factors are classed by exact Jenks natural breaks, equal
intervals or quantiles (core.jenks, streamed over all cells); categorical factors by value.
"""

from dataclasses import dataclass, field

import numpy as np

from . import fr_passes, fr_scan
from . import jenks as jenks_module
from .errors import LsmError
from .grid import FLOAT_NODATA, FactorReader, atomic_path, check_grids, create_geotiff
from .parallel import map_threads
from .progress import SubProgress, check_canceled, ensure_feedback
from .screening import MAX_CATEGORIES, check_categorical

#: classes per continuous factor (5, as the usual five susceptibility classes)
DEFAULT_CLASSES = 5
METHODS = ("jenks", "equal", "quantile")


@dataclass
class FactorClasses:
    """Classes of one factor with their cell counts and frequency ratios."""

    name: str
    categorical: bool
    edges: np.ndarray = None  # k+1 edges for continuous factors
    levels: np.ndarray = None  # class values for categorical factors
    cells: np.ndarray = None
    landslide_cells: np.ndarray = None
    notes: list = field(default_factory=list)

    @property
    def n_classes(self):
        return self.levels.size if self.categorical else self.edges.size - 1

    def classify(self, values):
        """Class index 0..k-1 of each value; -1 for nodata or an unknown category."""
        values = np.asarray(values, dtype=np.float64)
        out = np.full(values.shape, -1, dtype=np.int64)
        ok = np.isfinite(values)
        if self.categorical:
            pos = np.searchsorted(self.levels, values[ok])
            pos = np.clip(pos, 0, self.levels.size - 1)
            hit = self.levels[pos] == values[ok]
            out[np.flatnonzero(ok)[hit]] = pos[hit]
        else:
            out[ok] = np.clip(jenks_module.classify(values[ok], self.edges) - 1, 0, self.n_classes - 1)
        return out

    def label(self, i):
        if self.categorical:
            return f"{self.levels[i]:g}"
        lo, hi = self.edges[i], self.edges[i + 1]
        return f"{'[' if i == 0 else '('}{lo:.6g}, {hi:.6g}]"

    @property
    def pct_area(self):
        total = self.cells.sum()
        return 100.0 * self.cells / total if total else np.zeros(self.cells.size)

    @property
    def pct_landslides(self):
        total = self.landslide_cells.sum()
        return 100.0 * self.landslide_cells / total if total else np.zeros(self.cells.size)

    @property
    def fr(self):
        area = self.pct_area
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(area > 0, self.pct_landslides / np.where(area > 0, area, 1.0), 0.0)

    def rows(self):
        """One dict per class (the output table)."""
        out = []
        for i in range(self.n_classes):
            lower = float(self.levels[i]) if self.categorical else float(self.edges[i])
            upper = float(self.levels[i]) if self.categorical else float(self.edges[i + 1])
            out.append(
                {
                    "factor": self.name,
                    "class": i + 1,
                    "range": self.label(i),
                    "lower": lower,
                    "upper": upper,
                    "cells": int(self.cells[i]),
                    "pct_area": float(self.pct_area[i]),
                    "landslide_cells": int(self.landslide_cells[i]),
                    "pct_landslides": float(self.pct_landslides[i]),
                    "fr": float(self.fr[i]),
                }
            )
        return out


def _continuous_classes(factor, chunks, method, n_classes, feedback):
    """FactorClasses (edges, counts still empty) of a continuous factor from a chunk source."""
    if method not in METHODS:
        raise LsmError(f"Unknown classification method '{method}' (use one of {', '.join(METHODS)}).")
    result = FactorClasses(factor.name, False)
    breaks = _breaks(factor, chunks, method, n_classes, feedback)
    edges = np.asarray(breaks.breaks, dtype=np.float64)
    if edges[0] == edges[-1]:
        raise LsmError(
            f"Factor '{factor.name}' has zero variance (the same value everywhere): remove it from the factor list."
        )
    # quantile edges of skewed data may repeat: merge the empty classes
    unique = np.concatenate([[edges[0]], np.unique(edges[1:])])
    if unique.size < edges.size:
        result.notes.append(
            f"'{factor.name}': repeated {method} breaks merged, {unique.size - 1} classes left."
        )
    result.edges = unique
    result.notes.extend(f"'{factor.name}': {n}" for n in breaks.notes)
    return result


def _level_counts(values, _weights):
    """(distinct values, cells of each) of one chunk."""
    return np.unique(values, return_counts=True)


def _categorical_counts(factor, chunks, mask_fn):
    """(levels checked by check_categorical, cells of each level) of a categorical factor."""
    levels, counts = np.zeros(0), np.zeros(0, dtype=np.int64)
    for v, c in jenks_module.chunk_parts(chunks, _level_counts):
        levels, where = np.unique(np.concatenate([levels, v]), return_inverse=True)
        counts = np.bincount(where, weights=np.concatenate([counts, c]), minlength=levels.size)
        counts = counts.astype(np.int64)
        if levels.size > MAX_CATEGORIES:
            break
    if not levels.size:
        raise LsmError(
            f"Factor '{factor.name}' has no valid cell (all nodata{' inside the mask' if mask_fn else ''})."
        )
    return check_categorical(levels, factor.name), counts


def _breaks(factor, chunks, method, n_classes, feedback):
    """BreaksResult of a continuous factor by *method* (errors name the factor)."""
    try:
        if method == "jenks":
            return jenks_module.jenks(chunks, int(n_classes), feedback=feedback)
        if method == "equal":
            return jenks_module.equal_interval(chunks, int(n_classes))
        return jenks_module.quantile(chunks, int(n_classes))
    except LsmError as exc:
        raise LsmError(f"Factor '{factor.name}': {exc}") from exc


def frequency_ratio(
    factors,
    landslide_rows,
    landslide_cols,
    method="jenks",
    n_classes=DEFAULT_CLASSES,
    mask_fn=None,
    feedback=None,
    runner=None,
    n_jobs=-1,
):
    """FactorClasses (with FR) of every factor, given the landslide cells (row, col arrays).

    Each landslide cell counts once. Here the factors are read once (core.fr_scan: each file once
    per window, the valid values inside the mask kept in scratch value files, the landslide cells'
    values picked on the way); the classes come from passes over those files (Jenks: summary from
    the scan, histogram, refinement) and their cell counts from what those passes saw (one more
    pass only for equal intervals), on *n_jobs* threads (joblib's meaning; -1: every core), one
    factor at a time each. With *runner* on a Dask cluster (or without scratch space) the
    passes read the rasters themselves (every factor's passes in lock step, one read of the stack
    per pass, on the workers) and the class areas come from what those passes saw, as here (one
    more pass for equal intervals only); the workers read the landslide cells' values too. The
    same classes and counts either way.
    """
    feedback = ensure_feedback(feedback)
    grid = check_grids(factors)
    distributed = runner is not None and runner.distributed
    space = distributed or fr_scan.scratch_space_ok(grid, len(factors))
    if not space:
        feedback.pushInfo(
            "Not enough free space in the temporary folder for the factors' value files "
            f"({4 * grid.n_cells * len(factors) / 2**30:.1f} GB): every pass reads the rasters (slower, same result)."
        )
    if distributed or not space:
        return _frequency_ratio(
            factors, grid, landslide_rows, landslide_cols, method, n_classes, mask_fn, feedback, runner
        )
    rows, cols = _distinct_cells(grid, landslide_rows, landslide_cols)
    with fr_scan.scratch_folder() as folder:
        scan = fr_scan.scan_factors(factors, grid, rows, cols, mask_fn, folder, SubProgress(feedback, 0, 40))

        def classes_of(j):
            scan.sources[j].feedback = feedback
            try:
                return _stored_classes(factors[j], scan.sources[j], method, n_classes, mask_fn, feedback)
            except LsmError as exc:  # raised below in factor order, whichever thread ends first
                return exc

        classes = map_threads(classes_of, range(len(factors)), n_jobs, SubProgress(feedback, 40, 95))
    for c in classes:
        if isinstance(c, LsmError):
            raise c
    _tally_landslides(classes, scan.values)
    feedback.setProgress(100)
    return classes


def _stored_classes(factor, source, method, n_classes, mask_fn, feedback):
    """FactorClasses with cells of one factor from its core.fr_scan value file."""
    if factor.categorical:
        result = FactorClasses(factor.name, True)
        result.levels, result.cells = _categorical_counts(factor, source, mask_fn)
        return result
    result = _continuous_classes(factor, source, method, n_classes, feedback)
    result.cells = source.tally.class_cells(result.edges, source.n_values)
    if result.cells is None:  # equal intervals: one more pass over the value file
        result.cells = np.zeros(result.n_classes, dtype=np.int64)
        for values, _ in source():
            c = result.classify(values)
            result.cells += np.bincount(c, minlength=result.n_classes)
    return result


def _frequency_ratio(
    factors, grid, landslide_rows, landslide_cols, method, n_classes, mask_fn, feedback, runner
):
    """frequency_ratio where the passes read the rasters (core.fr_passes: every factor's passes in
    lock step, one read of the stack per pass, on *runner*'s cluster when it has one)."""
    rows, cols = _landslide_cells(factors, grid, landslide_rows, landslide_cols, mask_fn)
    # the mask the block tasks get: a rasterised mask travels to the workers as its path
    block_mask = mask_fn
    if runner is not None and runner.distributed:
        from .dask_parts import worker_mask

        block_mask = worker_mask(mask_fn)

    def work(j, chunks):
        factor = factors[j]
        if factor.categorical:
            result = FactorClasses(factor.name, True)
            result.levels, result.cells = _categorical_counts(factor, chunks, mask_fn)
            return result
        source = TalliedSource(chunks)
        result = _continuous_classes(factor, source, method, n_classes, feedback)
        # the cells of each class from what the passes saw (None: one more pass counts them)
        result.cells = source.tally.class_cells(result.edges, source.n_values)
        return result

    def progress(done, fraction):  # about 3 passes for Jenks
        feedback.setProgress(60.0 * min(1.0, (done + fraction) / 3.0))

    classes, passes = fr_passes.run_together(factors, grid, block_mask, runner, feedback, work, progress)
    for c in classes:
        if isinstance(c, Exception):
            raise c
    uncounted = [j for j, fc in enumerate(classes) if fc.cells is None]
    feedback.pushInfo(
        f"Classes of {len(factors)} factor(s) from {passes} pass(es) over the stack"
        + (
            f"; class areas of {len(uncounted)} counted in one more."
            if uncounted
            else "; class areas from the same passes."
        )
    )
    if uncounted:
        reader = FactorReader([factors[j] for j in uncounted], grid)
        _count_areas(reader, [classes[j] for j in uncounted], block_mask, feedback, runner)
    values = landslide_values(factors, grid, rows, cols, runner, feedback)
    _tally_landslides(classes, values)
    feedback.setProgress(100)
    return classes


class TalliedSource:
    """A core.jenks chunk source passing another's parts through, keeping a core.fr_scan.Tally of
    them and the number of values its summary pass counted: the class cells without an area pass."""

    def __init__(self, chunks):
        self.chunks = chunks
        self.tally = fr_scan.Tally()
        self.n_values = 0

    def __call__(self):
        return self.chunks()

    def map_parts(self, part, *args):
        if part is jenks_module._summary_part:
            self.tally.reset()  # a new Jenks run starts with its summary
            self.n_values = 0
            for result in jenks_module.chunk_parts(self.chunks, part, *args):
                if result is not None:
                    self.n_values += result[0]
                yield result
            return
        add = self.tally.collector(part, args)
        for result in jenks_module.chunk_parts(self.chunks, part, *args):
            add(result)
            yield result


def landslide_values(factors, grid, rows, cols, runner=None, feedback=None):
    """Factor values (float64, NaN for nodata) at the cells (rows, cols; sorted by row):
    FactorReader.read_cells here; on *runner*'s Dask cluster each window holding cells is read by
    a worker."""
    reader = FactorReader(factors, grid)
    if runner is None or not runner.distributed or not rows.size:
        return reader.read_cells(rows, cols)
    groups, items = [], []
    for window in reader.windows():
        idx, at = fr_scan.cells_in_window(rows, cols, window)
        if idx.size:
            groups.append(idx)
            items.append((window, at))
    out = np.full((rows.size, len(factors)), np.nan, dtype=np.float64)
    for idx, values in zip(groups, runner.map(cells_task, (tuple(factors), grid), items, feedback)):
        out[idx] = values
    return out


def cells_task(spec, item):
    """The factor values at some cells of one window on a Dask worker (item: window, offsets)."""
    from .dask_parts import worker_factor_reader

    factors, grid = spec
    window, offsets = item
    X, _ = worker_factor_reader(factors, grid).read_window(window)
    return X[offsets]


def _distinct_cells(grid, landslide_rows, landslide_cols):
    """(rows, cols) of the distinct landslide cells inside the grid, in cell order."""
    rows = np.asarray(landslide_rows, dtype=np.int64)
    cols = np.asarray(landslide_cols, dtype=np.int64)
    inside = grid.inside(rows, cols)
    cells = np.unique(rows[inside] * grid.width + cols[inside])
    return cells // grid.width, cells % grid.width


def _landslide_cells(factors, grid, landslide_rows, landslide_cols, mask_fn):
    """(rows, cols) of the distinct landslide cells inside the grid (and the mask)."""
    rows, cols = _distinct_cells(grid, landslide_rows, landslide_cols)
    if mask_fn is None or not rows.size:
        return rows, cols
    keep = np.zeros(rows.size, dtype=bool)
    for window in FactorReader(factors[:1], grid).windows():
        idx, at = fr_scan.cells_in_window(rows, cols, window)
        if idx.size:
            keep[idx] = np.asarray(mask_fn(window), dtype=bool).ravel()[at]
    return rows[keep], cols[keep]


def area_counts(X, window, classes, mask_fn):
    """Cells of every class of every factor in one window (a list of int64 arrays)."""
    keep = (
        np.ones(X.shape[0], dtype=bool)
        if mask_fn is None
        else np.asarray(mask_fn(window), dtype=bool).ravel()
    )
    out = []
    for j, fc in enumerate(classes):
        c = fc.classify(X[keep, j])
        out.append(np.bincount(c[c >= 0], minlength=fc.n_classes))
    return out


def area_task(spec, window):
    """area_counts of one window on a Dask worker."""
    from .dask_parts import worker_factor_reader

    factors, grid, classes, mask_fn = spec
    X, _ = worker_factor_reader(factors, grid).read_window(window)
    return area_counts(X, window, classes, mask_fn)


def _area_blocks(reader, windows, classes, mask_fn, feedback, runner):
    if runner is not None and runner.distributed:
        spec = (tuple(reader.factors), reader.grid, classes, mask_fn)
        yield from runner.map(area_task, spec, windows, feedback)
        return
    for window in windows:
        check_canceled(feedback)
        X, _ = reader.read_window(window)
        yield area_counts(X, window, classes, mask_fn)


def _count_areas(reader, classes, mask_fn, feedback, runner=None):
    """Cells of every class of every factor (one streamed pass; progress 60 to 95)."""
    for fc in classes:
        fc.cells = np.zeros(fc.n_classes, dtype=np.int64)
        fc.landslide_cells = np.zeros(fc.n_classes, dtype=np.int64)
    windows = reader.windows()
    for i, counts in enumerate(_area_blocks(reader, windows, classes, mask_fn, feedback, runner)):
        for fc, c in zip(classes, counts):
            fc.cells += c
        feedback.setProgress(60.0 + 35.0 * (i + 1) / len(windows))


def _tally_landslides(classes, values):
    """Landslide cells of every class from their factor *values* (float64, NaN on nodata); those
    on a factor's nodata noted, not counted."""
    for j, fc in enumerate(classes):
        c = fc.classify(values[:, j])
        fc.landslide_cells = np.bincount(c[c >= 0], minlength=fc.n_classes)
        missing = int(np.sum(c < 0))
        if missing:
            fc.notes.append(f"'{fc.name}': {missing} landslide cell(s) on nodata were not counted.")
        if fc.cells.sum() == 0:
            raise LsmError(f"Factor '{fc.name}' has no valid cell: it is all nodata (or outside the mask).")


def write_fr_raster(factor, classes, out_path, grid=None, mask_fn=None, feedback=None):
    """Float32 GeoTIFF of the FR of each cell's class (FLOAT_NODATA where the factor has none),
    written block by block through atomic_path."""
    feedback = ensure_feedback(feedback)
    reader = FactorReader([factor], grid)
    lookup = np.concatenate([classes.fr, [FLOAT_NODATA]]).astype(np.float32)
    windows = reader.windows()
    with atomic_path(out_path) as tmp:
        ds = create_geotiff(tmp, reader.grid, descriptions=[f"{factor.name}_fr"])
        band = ds.GetRasterBand(1)
        try:
            for i, window in enumerate(windows):
                check_canceled(feedback)
                X, _ = reader.read_window(window)
                c = classes.classify(X[:, 0])
                if mask_fn is not None:
                    c[~np.asarray(mask_fn(window), dtype=bool).ravel()] = -1
                out = lookup[c]  # -1 picks the nodata at the end
                xoff, yoff, xs, ys = window
                band.WriteArray(out.reshape(ys, xs), xoff, yoff)
                feedback.setProgress(100.0 * (i + 1) / len(windows))
            band.FlushCache()
        finally:
            band = None
            ds = None
    return out_path
