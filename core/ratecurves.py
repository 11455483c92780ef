"""Success-rate and prediction-rate curves of a susceptibility map (Chung and Fabbri 2003), exact.

The cells of the study area are ranked from the most to the least susceptible; the curve gives,
for every share x of the area taken from the top, the share y of the landslide cells inside it.
With the training landslides it is the success-rate curve, with the test landslides the
prediction-rate curve. The area under the curve (AUC) is 0.5 for a map no better than chance.

Conventions (what the tests compute by hand):

- The area is every *eligible* cell: the map has a value (not nodata, NaN or inf) and, with a
  mask, the mask has a non-zero value there.
- Landslides are cells (row, col) of the map's grid; a cell given twice counts once
  (`n_duplicates`). Landslide cells on nodata or outside the mask are left out (`n_dropped`).
- Ties: cells with the same value are ranked together. The curve runs in a straight line across a
  tie group (from the area and landslides above the value to those at or above it), so no order
  inside a group is made up. The AUC is the area under that piecewise-linear curve; it equals the
  Mann-Whitney statistic P(s_landslide > s_cell) + 0.5 P(s_landslide = s_cell) of a random
  landslide cell against a random eligible cell (landslide cells are part of the area).
- Values are compared exactly as stored (Float32 stays Float32, integers as float64).

How it is exact in bounded memory: the distinct values u of the landslide cells (all sets together,
a few thousand) are read first, tile by tile, from the tiles that hold landslides only. One pass
over the map then counts, per block, the cells strictly between consecutive u and equal to each u;
these counts (2 m + 1 numbers) give the exact curve vertices and AUC. A uniform lookup table over
[u_min, u_max] (64 slots per u, at most 4 M) gives the bin of most cells in one lookup, cells
without a value get a left-out code in place (no compaction), and one bincount per block counts
them; only cells of a slot that holds some u (a few per cent) are placed by `searchsorted`. The
next block is read (core.parallel.imap_ahead) while this one is counted.
Memory: two blocks plus O(m) plus the table (at most 16 MB).

API (the adapter `lsm:ratecurves` stays thin):

    result = rate_curves(source, {"success": (rows, cols), "prediction": (rows, cols)},
                         mask=None, nodata=None, band=1, feedback=None)
    result.curves["prediction"].auc              # exact AUC
    result.curves["prediction"].thinned(101)     # (area_share, landslide_share) arrays for CSV/PNG
    result.curves["prediction"].landslide_share_at(0.1)   # share of landslides in the top 10 %
    result.table(101)                            # (header, rows) for a CSV, all curves side by side
    result.n_area_cells, result.notes

`source` and `mask` are a raster path (str or Path) or a 2-D numpy array (NaN = no value; *nodata*
for arrays marks one more value); a mask raster must be on the map's grid. Cells outside the grid
and sets with no eligible landslide cell raise LsmError. `rate_curve_reference(values, rows, cols)`
is the plain in-memory sort-based computation the tests compare against.
"""

from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from .errors import LsmError
from .grid import (
    DEFAULT_BLOCK_CELLS,
    Factor,
    Grid,
    block_windows,
    grid_of,
    one_band_reads,
    open_raster,
    pixel_interleaved,
)
from .parallel import imap_ahead
from .progress import check_canceled, ensure_feedback

#: share of the progress bar given to reading the landslide cells
_PRE_READ_SHARE = 10.0
#: most slots of the lookup table
_MAX_TABLE = 1 << 22


@dataclass
class RateCurve:
    """One rate curve: exact vertices (area share, landslide share), AUC and counts."""

    name: str
    auc: float
    area_share: np.ndarray
    landslide_share: np.ndarray
    n_landslide_cells: int
    n_given: int
    n_duplicates: int
    n_dropped: int
    n_area_cells: int

    def landslide_share_at(self, area_share):
        """Landslide share captured by the top *area_share* of the area (scalar or array)."""
        return np.interp(area_share, self.area_share, self.landslide_share)

    def thinned(self, points=101):
        """(area_share, landslide_share) at *points* equally spaced area shares 0..1."""
        x = np.linspace(0.0, 1.0, max(2, int(points)))
        return x, self.landslide_share_at(x)


@dataclass
class RateCurvesResult:
    curves: dict
    n_area_cells: int
    shape: tuple
    notes: list = field(default_factory=list)

    def table(self, points=101):
        """(header, rows): area share then one landslide-share column per curve, for a CSV."""
        names = list(self.curves)
        x = np.linspace(0.0, 1.0, max(2, int(points)))
        columns = [self.curves[n].landslide_share_at(x) for n in names]
        header = ["area_share"] + [f"{n}_landslide_share" for n in names]
        rows = [[round(float(x[i]), 6)] + [round(float(c[i]), 6) for c in columns] for i in range(x.size)]
        return header, rows


# ---------------------------------------------------------------------------------------------
# sources: a raster band or an in-memory array, read as 2-D windows with NaN for no value


class _ArraySource:
    def __init__(self, array, nodata=None, what="map"):
        a = np.asarray(array)
        if a.ndim != 2:
            raise LsmError(f"The {what} must be a 2-D array (got {a.ndim} dimensions).")
        self.array = a
        self.nodata = nodata
        self.shape = a.shape
        self.dtype = np.float32 if a.dtype == np.float32 else np.float64

    def block_shape(self):
        return (self.shape[1], 1)

    def _window(self, window):
        xoff, yoff, xs, ys = window
        return self.array[yoff : yoff + ys, xoff : xoff + xs]

    def read(self, window):
        return self._clean(self._window(window))

    def read_raw(self, window):
        """(values as stored in the map's dtype, True where a cell has no value): no copy, no NaN written."""
        values = np.asarray(self._window(window), dtype=self.dtype)
        left_out = ~np.isfinite(values)
        if self.nodata is not None:
            left_out |= values == self.dtype(self.nodata)
        return values, left_out

    def _clean(self, values, copy=True):
        # copy=False means 'copy if needed' (np.asarray): NumPy 2 raises on np.array(copy=False) when it must copy
        out = np.array(values, dtype=self.dtype) if copy else np.asarray(values, dtype=self.dtype)
        if self.nodata is not None:
            out[out == self.dtype(self.nodata)] = np.nan
        out[~np.isfinite(out)] = np.nan
        return out

    def cells(self, rows, cols, feedback=None):
        return self._clean(self.array[rows, cols])


class _RasterSource(_ArraySource):
    def __init__(self, path, band=1, nodata=None, what="map"):
        self.path = str(path)
        self.dataset = open_raster(self.path, what)
        if band < 1 or band > self.dataset.RasterCount:
            raise LsmError(f"The {what} '{self.path}' has no band {band}.")
        self.band = self.dataset.GetRasterBand(band)
        self.band_index = int(band)
        self.nodata = self.band.GetNoDataValue() if nodata is None else nodata
        self.shape = (self.dataset.RasterYSize, self.dataset.RasterXSize)
        from osgeo import gdal

        self.dtype = np.float32 if self.band.DataType == gdal.GDT_Float32 else np.float64

    def block_shape(self):
        return tuple(self.band.GetBlockSize())

    def _window(self, window):
        xoff, yoff, xs, ys = window
        values = self.band.ReadAsArray(xoff, yoff, xs, ys)
        # each block is read once: drop it from GDAL's block cache (default 5 % of RAM) to bound memory
        self.band.FlushCache()
        return values

    def read(self, window):
        return self._clean(self._window(window), copy=False)

    def cells(self, rows, cols, feedback=None):
        """Values at cells, reading only the natural blocks that hold them."""
        bx, by = self.block_shape()
        out = np.full(rows.size, np.nan, dtype=self.dtype)
        tile = (rows // by) * (self.shape[1] // bx + 1) + cols // bx
        order = np.argsort(tile, kind="stable")
        starts = np.flatnonzero(np.r_[True, np.diff(tile[order]) != 0])
        for n, (a, b) in enumerate(zip(starts, np.r_[starts[1:], order.size])):
            check_canceled(feedback)
            idx = order[a:b]
            r0, c0 = int(rows[idx[0]] // by * by), int(cols[idx[0]] // bx * bx)
            ys, xs = min(by, self.shape[0] - r0), min(bx, self.shape[1] - c0)
            block = self.read((c0, r0, xs, ys))
            out[idx] = block[rows[idx] - r0, cols[idx] - c0]
            if feedback is not None and n % 16 == 0:
                feedback.setProgress(_PRE_READ_SHARE * (n + 1) / starts.size)
        return out


def _source(obj, band=1, nodata=None, what="map"):
    if isinstance(obj, (str, Path)):
        return _RasterSource(obj, band, nodata, what)
    return _ArraySource(obj, nodata, what)


def _check_mask(source, mask):
    if mask is None:
        return None
    m = _source(mask, what="mask")
    if m.shape != source.shape:
        raise LsmError(
            "The mask ({} x {} cells) is not on the map's grid ({} x {} cells): resample it onto the "
            "map first.".format(m.shape[1], m.shape[0], source.shape[1], source.shape[0])
        )
    if isinstance(m, _RasterSource) and isinstance(source, _RasterSource):
        why = grid_of(source.path).mismatch(grid_of(m.path))
        if why:
            raise LsmError(f"The mask '{m.path}' is not on the map's grid ({why}): resample it first.")
    return m


def _read_counted(source, mask, window):
    """(values, True where a cell is left out) of one window: no value, or outside the mask."""
    values, left_out = source.read_raw(window)
    if mask is not None:
        mvalues = mask.read(window)
        left_out |= np.isnan(mvalues) | (mvalues == 0)
    return values, left_out


def _eligible(values, mask_values):
    ok = ~np.isnan(values)
    if mask_values is not None:
        ok &= ~np.isnan(mask_values) & (mask_values != 0)
    return ok


# ---------------------------------------------------------------------------------------------
# landslide cells


def _landslide_cells(name, cells, shape):
    """Distinct flat indices of one set; LsmError for cells outside the grid."""
    if isinstance(cells, np.ndarray) and cells.ndim == 2 and cells.shape[1] == 2:
        rows, cols = cells[:, 0], cells[:, 1]
    else:
        rows, cols = cells
    rows = np.asarray(rows, dtype=np.int64).ravel()
    cols = np.asarray(cols, dtype=np.int64).ravel()
    if rows.size != cols.size:
        raise LsmError(f"Landslides '{name}': {rows.size} rows but {cols.size} columns.")
    if rows.size == 0:
        raise LsmError(f"Landslides '{name}': no landslide cell was given.")
    outside = (rows < 0) | (rows >= shape[0]) | (cols < 0) | (cols >= shape[1])
    if outside.any():
        raise LsmError(
            "Landslides '{}': {} of {} cells lie outside the map grid ({} x {} cells). Check that the "
            "landslides and the map are in the same CRS and cover the same area.".format(
                name, int(outside.sum()), rows.size, shape[1], shape[0]
            )
        )
    flat = np.unique(rows * shape[1] + cols)
    return flat, rows.size


def _read_landslide_values(source, mask, sets, feedback):
    """{name: (values of eligible cells, n_given, n_duplicates, n_dropped)}."""
    flats = {name: _landslide_cells(name, cells, source.shape) for name, cells in sets.items()}
    allflat = np.unique(np.concatenate([f for f, _ in flats.values()]))
    rows, cols = np.divmod(allflat, source.shape[1])
    values = source.cells(rows, cols, feedback)
    mvalues = mask.cells(rows, cols) if mask is not None else None
    values[~_eligible(values, mvalues)] = np.nan
    out = {}
    for name, (flat, n_given) in flats.items():
        v = values[np.searchsorted(allflat, flat)]
        keep = ~np.isnan(v)
        if not keep.any():
            raise LsmError(
                "Landslides '{}': all {} landslide cells lie on nodata{} of the map. Check that the "
                "inventory and the map cover the same area.".format(
                    name, flat.size, " or outside the mask" if mask is not None else ""
                )
            )
        out[name] = (v[keep], n_given, n_given - flat.size, int((~keep).sum()))
    return out


# ---------------------------------------------------------------------------------------------
# the counting pass


class _Counter:
    """Counts eligible cells strictly between consecutive sorted values u and equal to each u.

    counts[2j] (j = 0..m): cells with u[j-1] < v < u[j] (`between`); counts[2j+1] (j = 0..m-1):
    cells with v == u[j] (`equal`); counts[2m + 1]: cells left out (no value, outside the mask).
    A lookup table over [u_min, u_max] gives most cells' bin directly: the slot function
    g(v) = trunc(clamp((v - u_min) * scale, -1, T + 1)) + 1 is monotone in v (fmax/fmin send NaN to
    slot 0, the cell is left out anyway), so a cell whose slot holds no u has exactly as many u below
    it as there are u in lower slots: the table holds 2 x that number. A slot that holds some u holds
    a code above every bin instead, and only its cells (a few per cent) are placed by `searchsorted`.
    One table lookup and one bincount per block; no compaction of the eligible cells.
    """

    def __init__(self, u, dtype):
        self.u = u.astype(dtype)
        self.dtype = dtype
        m = self.u.size
        self.slots = int(min(_MAX_TABLE, max(1024, 64 * m)))
        span = float(self.u[-1]) - float(self.u[0])
        self.lo = self.u[0]
        scale = self.slots / span if span > 0 else 1.0
        # a table too fine for the dtype would make (v - u_min) * scale overflow into NaN: fall back
        self.scale = dtype(scale) if np.isfinite(dtype(scale)) and np.isfinite(scale) else dtype(1.0)
        gu = self._slot(self.u)
        hot = np.unique(gu)
        #: codes from `hot_base` on name a slot that holds some u
        self.hot_base = 2 * m + 2
        self.left_out = 2 * m + 1
        table = 2 * np.searchsorted(gu, np.arange(self.slots + 3), side="left")
        table[hot] = self.hot_base + np.arange(hot.size)
        self.table = table.astype(np.int32)
        self.n_codes = self.hot_base + hot.size
        self.counts = np.zeros(2 * m + 2, dtype=np.int64)

    @property
    def between(self):
        return self.counts[0 : 2 * self.u.size + 1 : 2]

    @property
    def equal(self):
        return self.counts[1 : 2 * self.u.size : 2]

    def reset(self):
        self.counts[:] = 0

    def merge(self, between, equal):
        """Add the `between` and `equal` counts of another counter of the same u (a Dask worker's)."""
        m = self.u.size
        self.counts[0 : 2 * m + 1 : 2] += between
        self.counts[1 : 2 * m : 2] += equal

    def _slot(self, v):
        t = np.subtract(v, self.lo, dtype=self.dtype)
        t *= self.scale
        np.fmax(t, -1, out=t)
        np.fmin(t, self.slots + 1, out=t)
        g = t.astype(np.int32)
        g += 1
        return g

    def add(self, v, left_out=None):
        """Count the cells of *v* (any shape); *left_out*: True where a cell is not eligible.
        Returns the number of eligible cells."""
        v = v.ravel()
        if v.size == 0:
            return 0
        codes = self.table.take(self._slot(v))
        if left_out is not None:
            np.copyto(codes, self.left_out, where=left_out.ravel())
        hot = codes >= self.hot_base
        if hot.any():
            vh = v[hot]
            r = np.searchsorted(self.u, vh, side="left")
            exact = 2 * r + (self.u[np.minimum(r, self.u.size - 1)] == vh)
            self.counts += np.bincount(exact, minlength=self.counts.size)
        n = np.bincount(codes, minlength=self.n_codes)[: self.counts.size]
        self.counts += n
        return v.size - int(n[self.left_out])


def _on_cluster(runner, source, mask):
    return (
        runner is not None
        and runner.distributed
        and isinstance(source, _RasterSource)
        and (mask is None or isinstance(mask, _RasterSource))
    )


def count_block_task(spec, window):
    """(between, equal, eligible cells) of one window of the map on a Dask worker."""
    from .dask_blocks import worker_cached

    path, band, nodata, mask_path, u, dtype = spec
    source = worker_cached(
        ("rate_map", path, band, nodata), lambda: _RasterSource(path, band, nodata), (path,)
    )
    mask = None
    if mask_path is not None:
        mask = worker_cached(
            ("rate_mask", mask_path), lambda: _RasterSource(mask_path, what="mask"), (mask_path,)
        )
    counter = worker_cached(("rate_counter", u.size, hash(u.tobytes())), lambda: _Counter(u, dtype))
    counter.reset()
    n = counter.add(*_read_counted(source, mask, window))
    return counter.between.copy(), counter.equal.copy(), n


def _count_on_cluster(source, mask, counter, windows, runner, feedback):
    """_count_pass's counts with the blocks counted on *runner*'s Dask cluster (integer counts:
    the same as here)."""
    spec = (
        source.path,
        source.band_index,
        source.nodata,
        None if mask is None else mask.path,
        counter.u,
        counter.dtype,
    )
    n_area = 0
    for i, (between, equal, n) in enumerate(runner.map(count_block_task, spec, windows, feedback)):
        counter.merge(between, equal)
        n_area += n
        feedback.setProgress(_PRE_READ_SHARE + (100.0 - _PRE_READ_SHARE) * (i + 1) / len(windows))
    return n_area


def _count_pass(source, mask, counter, block_cells, feedback, runner=None):
    """Feed every eligible value of the map to *counter*; returns the number of eligible cells."""
    h, w = source.shape
    windows = list(block_windows(Grid(w, h, (0, 1, 0, 0, 0, -1), ""), source.block_shape(), block_cells))
    if _on_cluster(runner, source, mask):
        return _count_on_cluster(source, mask, counter, windows, runner, feedback)

    n_area = 0
    # the next block is read and checked (GDAL and numpy release the GIL) while this one is counted
    blocks = imap_ahead(partial(_read_counted, source, mask), windows)
    try:
        for i, (values, left_out) in enumerate(blocks):
            check_canceled(feedback)
            n_area += counter.add(values, left_out)
            feedback.setProgress(_PRE_READ_SHARE + (100.0 - _PRE_READ_SHARE) * (i + 1) / len(windows))
    finally:
        blocks.close()
    return n_area


def _curve(name, counter, values, n_given, n_dup, n_dropped, n_area):
    """Exact vertices and AUC of one set from the pass counts."""
    u = counter.u
    m = u.size
    lcount = np.bincount(np.searchsorted(u, values.astype(counter.dtype)), minlength=m)[:m].astype(np.int64)
    equal, between = counter.equal, counter.between
    # cells strictly below u[j]: between[0..j] + equal[0..j-1]
    below = np.cumsum(between[:m]) + np.concatenate([[0], np.cumsum(equal)[:-1]])
    n_ls = int(lcount.sum())
    auc = float(np.sum(lcount * (2 * below + equal))) / (2.0 * n_area * n_ls)
    # vertices from the top: group j spans area [above_j, above_j + equal_j], landslides likewise
    above = n_area - below - equal
    lab = n_ls - np.cumsum(lcount)  # landslides above u[j]
    order = np.arange(m - 1, -1, -1)
    x = np.empty(2 * m + 2)
    y = np.empty(2 * m + 2)
    x[0], y[0], x[-1], y[-1] = 0.0, 0.0, float(n_area), float(n_ls)
    x[1:-1:2], y[1:-1:2] = above[order], lab[order]
    x[2:-1:2], y[2:-1:2] = (above + equal)[order], (lab + lcount)[order]
    keep = np.r_[True, (np.diff(x) != 0) | (np.diff(y) != 0)]
    return RateCurve(name, auc, x[keep] / n_area, y[keep] / n_ls, n_ls, n_given, n_dup, n_dropped, n_area)


def rate_curves(
    source,
    landslides,
    mask=None,
    nodata=None,
    band=1,
    feedback=None,
    block_cells=DEFAULT_BLOCK_CELLS,
    runner=None,
):
    """Exact rate curves of the map *source* for each set of landslide cells (see the module doc).

    landslides: {name: (rows, cols)} (or an (n, 2) array of row, col per name). With *runner* (a
    core.dask_blocks.BlockRunner on a cluster) and raster paths, the counting pass runs there.
    """
    feedback = ensure_feedback(feedback)
    if not landslides:
        raise LsmError("No landslide set was given for the rate curves.")
    with _one_band(source, band, nodata, runner) as (source, band):
        return _rate_curves(source, landslides, mask, nodata, band, feedback, block_cells, runner)


@contextmanager
def _one_band(source, band, nodata, runner):
    """(source, band) to read: a Float32 band of a pixel-interleaved stack is copied once into a
    one-band file (core.grid.one_band_reads), so the landslide cells and the counting pass do not
    decode every band twice; anything else (another type, a nodata override, a cluster run) as is."""
    copy = False
    if isinstance(source, (str, Path)) and nodata is None and not (runner is not None and runner.distributed):
        try:
            from osgeo import gdal

            # the dataset is held while its band is read (a band of a freed dataset is invalid)
            dataset = open_raster(str(source))
            copy = pixel_interleaved(str(source)) and dataset.GetRasterBand(band).DataType == gdal.GDT_Float32
            dataset = None
        except (LsmError, AttributeError, RuntimeError):
            copy = False  # _source names the problem
    if not copy:
        yield source, band
        return
    with one_band_reads([Factor("map", str(source), band)]) as factors:
        yield factors[0].path, 1


def _rate_curves(source, landslides, mask, nodata, band, feedback, block_cells, runner):
    src = _source(source, band, nodata, "map")
    msk = _check_mask(src, mask)
    sets = _read_landslide_values(src, msk, dict(landslides), feedback)
    u = np.unique(np.concatenate([v for v, *_ in sets.values()]))
    counter = _Counter(u, src.dtype)
    n_area = _count_pass(src, msk, counter, block_cells, feedback, runner)
    result = RateCurvesResult({}, n_area, src.shape)
    for name, (values, n_given, n_dup, n_dropped) in sets.items():
        curve = _curve(name, counter, values, n_given, n_dup, n_dropped, n_area)
        result.curves[name] = curve
        if n_dropped or n_dup:
            result.notes.append(
                f"Landslides '{name}': {n_dropped} cell(s) on nodata or outside the mask left out, "
                f"{n_dup} repeated cell(s) counted once; {curve.n_landslide_cells} cells used."
            )
    return result


def rate_curve_reference(values, rows, cols, mask=None):
    """(auc, area_share, landslide_share) by sorting the whole array in memory (for the tests)."""
    v = np.asarray(values, dtype=np.float64)
    ok = np.isfinite(v) if mask is None else np.isfinite(v) & (np.asarray(mask) != 0)
    is_ls = np.zeros(v.shape, dtype=bool)
    is_ls[np.asarray(rows), np.asarray(cols)] = True
    area = v[ok]
    ls = is_ls[ok]
    distinct, inverse = np.unique(-area, return_inverse=True)  # descending values
    a = np.bincount(inverse, minlength=distinct.size)
    lc = np.bincount(inverse, weights=ls, minlength=distinct.size)
    x = np.r_[0.0, np.cumsum(a)] / area.size
    y = np.r_[0.0, np.cumsum(lc)] / ls.sum()
    trapezoid = getattr(np, "trapezoid", None) or np.trapz
    return float(trapezoid(y, x)), x, y
