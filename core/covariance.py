"""Streamed covariance of factor rasters and the correlation matrix derived from it.

The covariance is accumulated in float64 from shifted values (shift = mean of the first block
with valid cells) so that one streamed pass over the rasters is as exact as a two-pass
computation. A factor is constant when its standard deviation is at most CONSTANT_REL_STD times
its own mean magnitude (or exactly zero): a scale-free test, so that a factor of small values
(NDVI, 0.3-0.6) is never judged against another of huge values (an area in m^2).
"""

import numpy as np

from .errors import LsmError
from .grid import DEFAULT_BLOCK_CELLS, FactorReader, check_grids, open_raster
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
        self.n += int(n_rows)
        self.s1 += d.sum(axis=0)
        self.s2 += d.T @ d

    def update(self, X):
        """Add the rows of *X* (rows, p) that have no NaN."""
        X = np.asarray(X, dtype=np.float64)
        X = X[np.isfinite(X).all(axis=1)]
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
):
    """CovarianceAccumulator over every cell where all *factors* have a value (and *mask_fn*
    allows), streamed block by block. The bands of the next block are read (and decompressed) by
    *read_threads* threads, each with its own GDAL handles and share of the bands, while this block is
    shifted and accumulated; so on two or more free cores the pass costs about the reading time (or
    less than reading the bands one after the other)."""
    feedback = ensure_feedback(feedback)
    grid = grid or check_grids(factors)
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
