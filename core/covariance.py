"""Streamed covariance of factor rasters and the correlation matrix derived from it.

The covariance is accumulated in float64 from shifted values (shift = mean of the first block
with valid cells) so that one streamed pass over the rasters is as exact as a two-pass
computation. A factor is constant when its standard deviation is at most CONSTANT_REL_STD times
its own mean magnitude (or exactly zero): a scale-free test, so that a factor of small values
(NDVI, 0.3-0.6) is never judged against another of huge values (an area in m^2).

On a Dask cluster (stream_covariance with a distributed core.dask_blocks.BlockRunner *runner*) the
blocks are tasks: the shift is first taken from the first block with valid cells (scanned in order,
core.dask_parts.scan_in_order), then each block task returns its sufficient statistics (valid
count, sums of the shifted values, their cross products) and the client adds them in window order.
The local pass adds the same per-block sums in the same order (CovarianceAccumulator.add_shifted),
so both give the same bits when the workers run the same numpy/BLAS build on the same kind of CPU
(the cross product is one BLAS call per block; tested with the 2-worker cluster of the tests).
"""

from dataclasses import dataclass

import numpy as np

from .errors import LsmError
from .grid import DEFAULT_BLOCK_CELLS, FactorReader, Grid, check_grids, open_raster
from .parallel import Threads, imap_ahead
from .progress import check_canceled, ensure_feedback

#: a factor whose standard deviation is at most this fraction of its mean magnitude is constant
#: (float32 rasters resolve about 6e-8 of a value, so any real variation is far above it)
CONSTANT_REL_STD = 1e-9


class CovarianceAccumulator:
    """Streamed covariance in float64: sums of shifted values and of their cross products."""

    def __init__(self, n_columns):
        self.p = int(n_columns)
        self.n = 0
        self.shift = None
        self.s1 = np.zeros(self.p)
        self.s2 = np.zeros((self.p, self.p))

    def set_shift(self, shift):
        self.shift = np.asarray(shift, dtype=np.float64)

    def add_shifted(self, d, n_rows):
        """Add a block *d* (rows, p) already shifted, with invalid rows set to 0; *n_rows* valid."""
        if n_rows == 0:
            return
        s1, s2 = block_sums(d)
        self.n += int(n_rows)
        self.s1 += s1
        self.s2 += s2

    def add_sums(self, n_rows, s1, s2):
        """Add one block's sufficient statistics (from block_sums, e.g. computed on a worker)."""
        self.n += int(n_rows)
        self.s1 += s1
        self.s2 += s2

    @staticmethod
    def complete_rows(X):
        """The rows of *X* (float64) that have no NaN (what update adds)."""
        X = np.asarray(X, dtype=np.float64)
        return X[np.isfinite(X).all(axis=1)]

    def update(self, X):
        """Add the rows of *X* (rows, p) that have no NaN."""
        X = self.complete_rows(X)
        if X.shape[0] == 0:
            return
        if self.shift is None:
            self.set_shift(X.mean(axis=0))
        d = X - self.shift
        self.add_shifted(d, X.shape[0])

    def raw_products(self):
        """Sums of the unshifted cross products, sum over rows of x x^T (p, p)."""
        s = self.shift
        return self.s2 + np.outer(s, self.s1) + np.outer(self.s1, s) + self.n * np.outer(s, s)

    @property
    def mean(self):
        return self.shift + self.s1 / self.n

    def covariance(self, ddof=1):
        """Covariance matrix (p, p)."""
        if self.n <= ddof:
            raise LsmError(f"Too few valid cells/samples to compute a covariance ({self.n}).")
        centred = self.s2 - np.outer(self.s1, self.s1) / self.n
        cov = centred / (self.n - ddof)
        return (cov + cov.T) / 2.0


def constant_columns(var, mean=None):
    """Indices of the columns whose variance is zero or, with *mean*, whose standard deviation is
    at most CONSTANT_REL_STD times the column's own mean magnitude (scale-free, column by column)."""
    var = np.asarray(var, dtype=np.float64)
    flat = ~np.isfinite(var) | (var <= 0.0)
    if mean is not None:
        sd = np.sqrt(np.where(flat, 0.0, var))
        flat |= sd <= CONSTANT_REL_STD * np.abs(np.asarray(mean, dtype=np.float64))
    return np.flatnonzero(flat)


def correlation_from_covariance(cov, names=None, mean=None):
    """Pearson correlation matrix; LsmError naming the constant columns (constant_columns: give the
    column *mean* for the scale-free test, else only an exactly zero variance counts)."""
    cov = np.asarray(cov, dtype=np.float64)
    var = np.diag(cov).copy()
    flat = constant_columns(var, mean)
    if flat.size:
        which = [names[i] if names is not None else str(i) for i in flat]
        raise LsmError(
            "Factor(s) {} have zero variance (the same value everywhere): they carry no information; "
            "remove them from the factor list.".format(", ".join(which))
        )
    sd = np.sqrt(var)
    R = cov / np.outer(sd, sd)
    np.fill_diagonal(R, 1.0)
    return np.clip(R, -1.0, 1.0)


class _FortranReader:
    """Reads windows of some bands straight into columns of a Fortran-ordered float64 matrix; used by
    stream_covariance, one reader (own GDAL handles) per reading thread."""

    def __init__(self, columns, grid):
        self.grid = grid
        self._datasets = {}
        self._bands = []
        for path, band_no in columns:
            ds = self._datasets.get(path) or open_raster(path)
            self._datasets[path] = ds
            band = ds.GetRasterBand(band_no)
            nodata = band.GetNoDataValue()
            self._bands.append((band, nodata if nodata is not None and np.isfinite(nodata) else None))

    def read_into(self, window, out, columns):
        """Raw values of the window's bands into out[:, columns] (Fortran (cells, p) float64); returns
        the cells where one of these bands has no value (NaN, inf or the band's nodata)."""
        xoff, yoff, xs, ys = window
        buffer = np.empty((ys, xs), dtype=np.float32)
        invalid = np.zeros(xs * ys, dtype=bool)
        for j, (band, nodata) in zip(columns, self._bands):
            values = band.ReadAsArray(xoff, yoff, xs, ys, buf_obj=buffer).ravel()
            invalid |= ~np.isfinite(values)
            if nodata is not None:
                invalid |= values == np.float32(nodata)
            out[:, j] = values
        return invalid

    @staticmethod
    def first_mean(out, invalid):
        """Column means over the valid rows (the shift of the accumulation)."""
        keep = ~invalid
        return np.array([out[keep, j].mean() for j in range(out.shape[1])])

    @staticmethod
    def prepare(out, invalid, shift):
        """Shift every column in place (contiguous) and zero the invalid rows."""
        for j in range(out.shape[1]):
            out[:, j] -= shift[j]
        bad = np.flatnonzero(invalid)
        if bad.size:
            out[bad, :] = 0.0
        return out


#: threads reading the bands of the next block while this one is accumulated (GDAL releases the GIL)
READ_THREADS = 2


def stream_covariance(
    factors,
    feedback=None,
    mask_fn=None,
    target_cells=DEFAULT_BLOCK_CELLS,
    grid=None,
    read_threads=READ_THREADS,
    runner=None,
):
    """CovarianceAccumulator over every cell where all *factors* have a value (and *mask_fn*
    allows), streamed block by block. The bands of the next block are read (and decompressed) by
    *read_threads* threads, each with its own GDAL handles and share of the bands, while this block is
    shifted and accumulated; so on two or more free cores the pass costs about the reading time (or
    less than reading the bands one after the other). With a distributed *runner*
    (core.dask_blocks.BlockRunner) the blocks are tasks on its cluster (module docstring)."""
    feedback = ensure_feedback(feedback)
    grid = grid or check_grids(factors)
    if runner is not None and runner.distributed:
        return _stream_on_cluster(factors, feedback, mask_fn, target_cells, grid, runner)
    columns = [(f.path, f.band) for f in factors]
    n_threads = max(1, min(int(read_threads), len(columns)))
    parts = [part.tolist() for part in np.array_split(np.arange(len(columns)), n_threads)]
    readers = [_FortranReader([columns[j] for j in part], grid) for part in parts]
    windows = FactorReader(factors[:1], grid).windows(target_cells)
    acc = CovarianceAccumulator(len(factors))

    with Threads(n_threads) as threads:

        def read(window):
            xoff, yoff, xs, ys = window
            out = np.empty((xs * ys, len(columns)), dtype=np.float64, order="F")
            masks = threads.map(
                lambda k: readers[k].read_into(window, out, parts[k]), range(n_threads), progress=False
            )
            invalid = np.logical_or.reduce(masks)
            if mask_fn is not None:
                invalid |= ~np.asarray(mask_fn(window), dtype=bool).ravel()
            return out, invalid

        with imap_ahead(read, windows) as blocks:
            for i, (out, invalid) in enumerate(blocks):
                check_canceled(feedback)
                _accumulate(acc, out, invalid)
                feedback.setProgress(100.0 * (i + 1) / len(windows))
    if acc.shift is None:
        _no_valid_cell(factors, grid, mask_fn)
    return acc


def _accumulate(acc, out, invalid):
    """Add the valid rows of one block (shifted by the mean of the first block with valid cells)."""
    n_valid = invalid.size - int(np.count_nonzero(invalid))
    if not n_valid:
        return
    if acc.shift is None:
        acc.set_shift(_FortranReader.first_mean(out, invalid))
    acc.add_shifted(_FortranReader.prepare(out, invalid, acc.shift), n_valid)


@dataclass(frozen=True)
class _BlockSpec:
    """What a block task of the cluster pass needs: the bands, the grid, a picklable mask and the
    shift (None in the scan for it)."""

    columns: tuple  # ((path, band), ...)
    grid: Grid
    mask_fn: object = None
    shift: tuple = None


def _read_block(spec, window):
    """(out, invalid) of one window on a worker: the same values and cells as the local pass reads."""
    from .dask_blocks import worker_cached
    from .dask_parts import raster_paths

    reader = worker_cached(
        ("covariance", spec.columns, spec.grid),
        lambda: _FortranReader(spec.columns, spec.grid),
        raster_paths(path for path, _band in spec.columns),
    )
    xoff, yoff, xs, ys = window
    p = len(spec.columns)
    out = np.empty((xs * ys, p), dtype=np.float64, order="F")
    invalid = reader.read_into(window, out, range(p))
    if spec.mask_fn is not None:
        invalid |= ~np.asarray(spec.mask_fn(window), dtype=bool).ravel()
    return out, invalid


def shift_task(spec, window):
    """The column means of one block's valid cells (the shift, from the first block that has any);
    None without a valid cell."""
    out, invalid = _read_block(spec, window)
    if invalid.all():
        return None
    return _FortranReader.first_mean(out, invalid)


def block_sums(d):
    """(sums of the columns, cross products d^T d) of a shifted block *d* (invalid rows zero)."""
    return d.sum(axis=0), d.T @ d


def sums_task(spec, window):
    """(valid cells, block_sums) of one block shifted by spec.shift; None without a valid cell."""
    out, invalid = _read_block(spec, window)
    n_valid = invalid.size - int(np.count_nonzero(invalid))
    if not n_valid:
        return None
    shift = np.asarray(spec.shift, dtype=np.float64)
    return (n_valid, *block_sums(_FortranReader.prepare(out, invalid, shift)))


def _stream_on_cluster(factors, feedback, mask_fn, target_cells, grid, runner):
    """stream_covariance with the blocks as tasks: the shift from the first block with valid cells,
    then every block's sums added here in window order (the local pass's sums, in its order)."""
    from .dask_parts import first_in_order, worker_mask

    spec = _BlockSpec(tuple((f.path, f.band) for f in factors), grid, worker_mask(mask_fn))
    windows = FactorReader(factors[:1], grid).windows(target_cells)
    acc = CovarianceAccumulator(len(factors))
    shift = first_in_order(runner, shift_task, spec, windows, feedback)
    if shift is not None:
        acc.set_shift(shift)
    if acc.shift is None:
        _no_valid_cell(factors, grid, mask_fn)
    spec = _BlockSpec(spec.columns, grid, spec.mask_fn, tuple(float(v) for v in acc.shift))
    for i, part in enumerate(runner.map(sums_task, spec, windows, feedback)):
        if part is not None:
            acc.add_sums(*part)
        feedback.setProgress(100.0 * (i + 1) / len(windows))
    return acc


def _no_valid_cell(factors, grid, mask_fn):
    """LsmError naming the factors that are all nodata (or the lack of overlap)."""
    empty = [f.name for f in factors if not _has_value(f, grid)]
    raise LsmError(
        "No cell has a value in every factor raster ({}){}: {}".format(
            ", ".join(f.name for f in factors),
            " inside the mask" if mask_fn is not None else "",
            f"{', '.join(empty)} {'is' if len(empty) == 1 else 'are'} all nodata; remove or fix them."
            if empty
            else "their valid cells do not overlap; check nodata and the mask.",
        )
    )


def _has_value(factor, grid):
    """True when the factor has at least one valid cell (stops at the first block with one)."""
    reader = FactorReader([factor], grid)
    for window in reader.windows():
        if reader.read_window(window)[1].any():
            return True
    return False
