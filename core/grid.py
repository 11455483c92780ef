"""Raster grids of conditioning factors: naming, grid checks, block-wise reading and atomic writing.

Every algorithm reads factor rasters through this module so that grid checks, nodata handling
and block layout are the same everywhere. Memory stays bounded: nothing here reads a whole raster.
"""

import os
import uuid
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, osr

from .errors import LsmError
from .parallel import WriteBehind, imap_ahead
from .progress import check_canceled, ensure_feedback

gdal.UseExceptions()

#: default number of cells read per block (about 1 MB per float32 band)
DEFAULT_BLOCK_CELLS = 262144
#: grids whose origins/cell sizes differ by less than this fraction of a cell count as equal
GRID_TOLERANCE = 0.01
#: creation options of every GeoTIFF we write
GTIFF_OPTIONS = ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=IF_SAFER", "BLOCKXSIZE=256", "BLOCKYSIZE=256"]
#: nodata of the Float32 susceptibility rasters we write
FLOAT_NODATA = -9999.0


@dataclass(frozen=True)
class Factor:
    """One conditioning factor: a band of a raster file, with the name the models know it by."""

    name: str
    path: str
    band: int = 1
    categorical: bool = False


@dataclass(frozen=True)
class Grid:
    """Size, geotransform and CRS of a raster."""

    width: int
    height: int
    geotransform: tuple
    crs_wkt: str

    @property
    def cell_size(self):
        return (abs(self.geotransform[1]), abs(self.geotransform[5]))

    @property
    def n_cells(self):
        return self.width * self.height

    @property
    def extent(self):
        """(xmin, ymin, xmax, ymax)."""
        gt = self.geotransform
        xs = (gt[0], gt[0] + gt[1] * self.width)
        ys = (gt[3], gt[3] + gt[5] * self.height)
        return (min(xs), min(ys), max(xs), max(ys))

    def is_metric(self):
        if not self.crs_wkt:
            return False
        srs = osr.SpatialReference()
        srs.ImportFromWkt(self.crs_wkt)
        return bool(srs.IsProjected()) and abs(srs.GetLinearUnits() - 1.0) < 1e-9

    def same_crs(self, other):
        if not self.crs_wkt or not other.crs_wkt:
            return self.crs_wkt == other.crs_wkt
        a, b = osr.SpatialReference(), osr.SpatialReference()
        a.ImportFromWkt(self.crs_wkt)
        b.ImportFromWkt(other.crs_wkt)
        return bool(a.IsSame(b))

    def mismatch(self, other, tolerance=GRID_TOLERANCE):
        """'' when *other* is the same grid (within *tolerance* of a cell), else what differs."""
        if not self.same_crs(other):
            return "the CRS differs"
        if (self.width, self.height) != (other.width, other.height):
            return f"the size differs ({self.width}x{self.height} vs {other.width}x{other.height} cells)"
        sx, sy = self.cell_size
        for i, scale in ((0, sx), (1, sx), (2, sy), (3, sy), (4, sx), (5, sy)):
            limit = tolerance * scale if i in (0, 3) else tolerance * scale / max(self.width, self.height)
            if abs(self.geotransform[i] - other.geotransform[i]) > limit:
                return "the origin or cell size differs by more than {:.0%} of a cell".format(tolerance)
        return ""

    def rowcol(self, x, y):
        """Row and column (int arrays) of map coordinates; may fall outside the grid."""
        gt = self.geotransform
        x = np.asarray(x, dtype=np.float64)
        y = np.asarray(y, dtype=np.float64)
        det = gt[1] * gt[5] - gt[2] * gt[4]
        dx, dy = x - gt[0], y - gt[3]
        col = (gt[5] * dx - gt[2] * dy) / det
        row = (-gt[4] * dx + gt[1] * dy) / det
        return np.floor(row).astype(np.int64), np.floor(col).astype(np.int64)

    def xy(self, row, col):
        """Map coordinates of cell centres."""
        gt = self.geotransform
        r = np.asarray(row, dtype=np.float64) + 0.5
        c = np.asarray(col, dtype=np.float64) + 0.5
        return gt[0] + c * gt[1] + r * gt[2], gt[3] + c * gt[4] + r * gt[5]

    def inside(self, row, col):
        row, col = np.asarray(row), np.asarray(col)
        return (row >= 0) & (row < self.height) & (col >= 0) & (col < self.width)


def open_raster(path, what="raster"):
    """gdal.Dataset of *path* or an LsmError naming the file."""
    try:
        dataset = gdal.Open(str(path), gdal.GA_ReadOnly)
    except RuntimeError as exc:
        raise LsmError(f"Cannot open {what} '{path}': {exc}") from exc
    if dataset is None:
        raise LsmError(f"Cannot open {what} '{path}'.")
    return dataset


def grid_of(path_or_dataset):
    """Grid of a raster file or open dataset."""
    ds = path_or_dataset if isinstance(path_or_dataset, gdal.Dataset) else open_raster(path_or_dataset)
    return Grid(ds.RasterXSize, ds.RasterYSize, tuple(ds.GetGeoTransform()), ds.GetProjection() or "")


def band_factors(path, categorical=(), prefix=None):
    """Factors of every band of *path*: single band named after the file stem, bands of a stack
    after their descriptions (or '<stem>_b<n>')."""
    ds = open_raster(path)
    stem = prefix or os.path.splitext(os.path.basename(str(path)))[0]
    factors = []
    for b in range(1, ds.RasterCount + 1):
        if ds.RasterCount == 1:
            name = stem
        else:
            name = ds.GetRasterBand(b).GetDescription().strip() or f"{stem}_b{b}"
        factors.append(Factor(name, str(path), b, name in set(categorical)))
    return factors


def check_grids(factors, tolerance=GRID_TOLERANCE):
    """The common Grid of *factors*; LsmError naming the layers whose grid differs."""
    if not factors:
        raise LsmError("No factor raster was given.")
    grids = {}
    for f in factors:
        if f.path not in grids:
            grids[f.path] = grid_of(f.path)
        ds = open_raster(f.path)
        if f.band < 1 or f.band > ds.RasterCount:
            raise LsmError(
                f"Factor '{f.name}': band {f.band} does not exist in '{f.path}' ({ds.RasterCount} bands)."
            )
    reference = factors[0]
    ref_grid = grids[reference.path]
    problems = []
    for f in factors[1:]:
        why = ref_grid.mismatch(grids[f.path], tolerance)
        if why:
            problems.append(f"'{f.name}' ({why})")
    if problems:
        raise LsmError(
            "Factor rasters are not on the same grid as '{}': {}. Resample them onto one grid with "
            "lsm:alignfactors (Align factor rasters onto one grid) and use the rasters it writes.".format(
                reference.name, "; ".join(problems)
            )
        )
    return ref_grid


def check_factors_match(expected_names, factors):
    """Order *factors* as *expected_names*; LsmError naming missing and extra factors."""
    by_name = {f.name: f for f in factors}
    missing = [n for n in expected_names if n not in by_name]
    extra = [f.name for f in factors if f.name not in set(expected_names)]
    if missing:
        msg = "The model needs factor(s) {} which are not among the given rasters ({}).".format(
            ", ".join(missing), ", ".join(by_name) or "none"
        )
        if extra:
            msg += " Given but unknown to the model: {}.".format(", ".join(extra))
        msg += " Name the rasters (layer names or band descriptions) as at training."
        raise LsmError(msg)
    return [by_name[n] for n in expected_names], extra


def _columns(columns):
    """A slice for ascending consecutive matrix columns, else their index array."""
    if columns == list(range(columns[0], columns[0] + len(columns))):
        return slice(columns[0], columns[0] + len(columns))
    return np.asarray(columns, dtype=np.intp)


def block_windows(grid, block_shape=None, target_cells=DEFAULT_BLOCK_CELLS):
    """Windows (xoff, yoff, xsize, ysize) covering the grid, aligned to *block_shape* (the natural
    block of the first raster) and grouped to about *target_cells* cells each."""
    bx, by = block_shape or (grid.width, 1)
    bx = max(1, min(bx, grid.width))
    by = max(1, min(by, grid.height))
    if bx >= grid.width:
        # strips: full rows, a multiple of the block height
        rows = max(by, (max(1, target_cells // grid.width) // by) * by)
        for yoff in range(0, grid.height, rows):
            yield (0, yoff, grid.width, min(rows, grid.height - yoff))
        return
    per_block = bx * by
    nblocks_x = max(1, min(-(-grid.width // bx), target_cells // per_block))
    width = nblocks_x * bx
    for yoff in range(0, grid.height, by):
        for xoff in range(0, grid.width, width):
            yield (xoff, yoff, min(width, grid.width - xoff), min(by, grid.height - yoff))


def natural_block(path, band=1):
    """(block_x, block_y) of a raster band."""
    ds = open_raster(path)
    return tuple(ds.GetRasterBand(band).GetBlockSize())


class FactorReader:
    """Reads the factors of a common grid block by block as (cells, factors) float32 matrices.

    Nodata cells (band nodata, NaN or +-inf) become NaN; `valid` marks cells where every factor
    has a value. Each file is read once per window: all its factors' bands in one call, pixel-
    interleaved straight into the rows of the matrix (a pixel-interleaved stack is decoded once,
    not once per band). Datasets are opened once per reader; use one reader per thread.
    """

    def __init__(self, factors, grid=None):
        self.factors = list(factors)
        self.grid = grid or check_grids(self.factors)
        self._datasets = {}
        self._bands = []
        reads = {}  # (path, GDAL data type) -> (band numbers, matrix columns): one read call each
        for j, f in enumerate(self.factors):
            ds = self._datasets.get(f.path) or open_raster(f.path)
            self._datasets[f.path] = ds
            band = ds.GetRasterBand(f.band)
            self._bands.append((band, band.GetNoDataValue()))
            bands, columns = reads.setdefault((f.path, band.DataType), ([], []))
            bands.append(f.band)
            columns.append(j)
        self._reads = [(self._datasets[path], b, _columns(c)) for (path, _), (b, c) in reads.items()]
        # one file, its columns in factor order: the read's own array is the matrix (no copy)
        columns = self._reads[0][2]
        self._direct = (
            len(self._reads) == 1 and isinstance(columns, slice) and columns == slice(0, len(self.factors))
        )
        # nodata compared as float32, after the cast (NaN: no nodata value to compare)
        nodata = [v if v is not None and np.isfinite(v) else np.nan for _, v in self._bands]
        with np.errstate(over="ignore"):
            self._nodata = np.asarray(nodata, dtype=np.float64).astype(np.float32)
        self._has_nodata = bool(np.isfinite(np.asarray(nodata, dtype=np.float64)).any())

    def block_shape(self):
        return tuple(self._bands[0][0].GetBlockSize())

    def windows(self, target_cells=DEFAULT_BLOCK_CELLS):
        return list(block_windows(self.grid, self.block_shape(), target_cells))

    @staticmethod
    def _read(ds, bands, window):
        """(cells, len(bands)) array of the file's type, C-contiguous, freshly allocated."""
        xoff, yoff, xs, ys = window
        if len(bands) == 1:
            values = ds.GetRasterBand(bands[0]).ReadAsArray(xoff, yoff, xs, ys)
        else:
            values = ds.ReadAsArray(xoff, yoff, xs, ys, band_list=bands, interleave="pixel")
        return values.reshape(xs * ys, len(bands))

    def read_window(self, window):
        """(X, valid): X float32 (ysize*xsize, n_factors), C-contiguous, NaN for nodata; valid bool."""
        with np.errstate(over="ignore"):  # a float64 value beyond float32 becomes inf: nodata
            if self._direct:
                ds, bands, _ = self._reads[0]
                X = self._read(ds, bands, window).astype(np.float32, copy=False)  # float32: no copy
            else:
                X = np.empty((window[2] * window[3], len(self.factors)), dtype=np.float32)
                for ds, bands, columns in self._reads:
                    X[:, columns] = self._read(ds, bands, window)
        bad = ~np.isfinite(X)
        if self._has_nodata:
            bad |= X == self._nodata
        np.copyto(X, np.float32(np.nan), where=bad)
        return X, ~bad.any(axis=1)

    def read_cells(self, rows, cols):
        """Factor values (float64, NaN for nodata) at cells (row, col), read in row bands."""
        rows = np.asarray(rows, dtype=np.int64)
        cols = np.asarray(cols, dtype=np.int64)
        out = np.full((rows.size, len(self._bands)), np.nan, dtype=np.float64)
        if rows.size == 0:
            return out
        order = np.argsort(rows, kind="stable")
        band_rows = max(1, DEFAULT_BLOCK_CELLS // max(1, self.grid.width))
        start = 0
        while start < order.size:
            r0 = rows[order[start]]
            r1 = min(self.grid.height, r0 + band_rows)
            stop = np.searchsorted(rows[order], r1, side="left")
            idx = order[start:stop]
            X, _ = self.read_window((0, int(r0), self.grid.width, int(r1 - r0)))
            out[idx] = X[(rows[idx] - r0) * self.grid.width + cols[idx]]
            start = stop
        return out


def create_geotiff(
    path, grid, dtype=gdal.GDT_Float32, nodata=FLOAT_NODATA, bands=1, descriptions=None, extra_options=()
):
    """A new tiled, compressed GeoTIFF on *grid* (returns the open gdal.Dataset); *extra_options*:
    GTiff creation options added to GTIFF_OPTIONS (e.g. "ZLEVEL=1")."""
    driver = gdal.GetDriverByName("GTiff")
    options = list(GTIFF_OPTIONS)
    if dtype in (gdal.GDT_Float32, gdal.GDT_Float64):
        options.append("PREDICTOR=3")
    options += list(extra_options)
    ds = driver.Create(str(path), grid.width, grid.height, bands, dtype, options=options)
    ds.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    for b in range(1, bands + 1):
        band = ds.GetRasterBand(b)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        if descriptions:
            band.SetDescription(descriptions[b - 1])
    return ds


def _remove_quietly(path):
    for p in (path, str(path) + ".aux.xml"):
        try:
            os.remove(p)
        except OSError:
            pass


@contextmanager
def atomic_path(path):
    """Yield a temporary path beside *path*; on success it replaces *path*, on any error
    (cancel included) it is removed, so no half-written output is ever left behind."""
    path = str(path)
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    stem, ext = os.path.splitext(os.path.basename(path))
    # the writer's pid in the name: the next run cleans it up once this process is gone (killed)
    tmp = os.path.join(directory, f".{stem}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}{ext}")
    try:
        yield tmp
    except BaseException:
        _remove_quietly(tmp)
        raise
    if os.path.exists(tmp):
        os.replace(tmp, path)
        if os.path.exists(tmp + ".aux.xml"):
            os.replace(tmp + ".aux.xml", path + ".aux.xml")


def _valid_rows(reader, mask_fn):
    """window -> (rows of the valid cells, valid): the read-ahead thread's work, so that the
    caller's thread gets the rows its model walks and nothing else to do."""

    def read(window):
        X, valid = reader.read_window(window)
        if mask_fn is not None:
            valid &= np.asarray(mask_fn(window), dtype=bool).ravel()
        if valid.all():
            return X, valid
        return X[valid], valid  # a copy of the valid rows only; the block is dropped here

    return read


class _BlockWriter:
    """Writes windows (in row-major order) into a band, compressing each row of output tiles as
    soon as the windows have filled it (GDAL's cache would otherwise hold every tile until the
    final flush, which then compresses the whole map on the caller's thread)."""

    def __init__(self, band, width, height):
        self.band, self.width, self.height = band, width, height
        self.tile_height = band.GetBlockSize()[1]

    def __call__(self, window, out):
        xoff, yoff, xs, ys = window
        self.band.WriteArray(out.reshape(ys, xs), xoff, yoff)
        bottom = yoff + ys
        if xoff + xs == self.width and (bottom % self.tile_height == 0 or bottom == self.height):
            self.band.FlushCache()


def predict_to_raster(
    factors,
    predict_fn,
    out_path,
    feedback=None,
    target_cells=DEFAULT_BLOCK_CELLS,
    grid=None,
    mask_fn=None,
    description="susceptibility",
    zlevel=None,
):
    """Stream *predict_fn* over the factors' grid into a Float32 GeoTIFF at *out_path*.

    predict_fn(X) gets the (n_valid, n_factors) float32 matrix (C-contiguous) of the cells where
    every factor has a value (in *factors* order) and returns n_valid scores; other cells get
    FLOAT_NODATA. mask_fn(window) may return a bool array (ysize, xsize) of cells to keep; it is
    called in the read-ahead thread, one window at a time in window order. The next window is
    read (FactorReader: each file once per window) while this one is predicted and the previous
    one is written behind in another thread, which compresses each row of output tiles as soon as
    it is full; the caller's thread only runs *predict_fn*. *zlevel*: the DEFLATE level of the
    output (None: GDAL's default, 6). Progress per window; cancel removes the partial file.
    Returns (grid, n_valid).
    """
    reader = FactorReader(factors, grid)  # used by the read-ahead thread only
    grid = reader.grid
    windows = reader.windows(target_cells)
    n_valid = 0

    def scores():
        nonlocal n_valid
        with imap_ahead(_valid_rows(reader, mask_fn), windows) as blocks:
            for X, valid in blocks:
                out = np.full(valid.size, FLOAT_NODATA, dtype=np.float32)
                if X.shape[0]:
                    out[valid] = predict_fn(X)
                    n_valid += X.shape[0]
                X = None
                yield out

    write_windows(out_path, grid, windows, scores(), feedback, description, zlevel)
    return grid, n_valid


def write_windows(out_path, grid, windows, blocks, feedback=None, description="susceptibility", zlevel=None):
    """Write *blocks* (an iterable of float32 arrays, one per window of *windows*, in window order,
    FLOAT_NODATA where there is no value) into a new one-band Float32 GeoTIFF on *grid* at
    *out_path*: the mechanism of every streamed map (predict_to_raster here, the prior maps of
    core.pu and core.pu_cluster). The previous window is written behind in another thread, which
    compresses each row of output tiles as soon as it is full. *zlevel*: the DEFLATE level (None:
    GDAL's default, 6). Cancel is checked before each next block is taken; progress per window;
    on cancel or error the partial file is removed (and *blocks* closed)."""
    feedback = ensure_feedback(feedback)
    options = [] if zlevel is None else [f"ZLEVEL={int(zlevel)}"]
    blocks = iter(blocks)
    with atomic_path(out_path) as tmp:
        ds = create_geotiff(tmp, grid, descriptions=[description], extra_options=options)
        band = ds.GetRasterBand(1)
        write = _BlockWriter(band, grid.width, grid.height)
        try:
            with WriteBehind() as writer:
                for i, window in enumerate(windows):
                    check_canceled(feedback)
                    writer.submit(write, window, next(blocks))
                    feedback.setProgress(100.0 * (i + 1) / len(windows))
            band.FlushCache()
        finally:
            close = getattr(blocks, "close", None)
            if close is not None:
                close()
            band = None
            ds = None


# ---------------------------------------------------------------------------------------------
# one-band read plans: a pass over one band of a pixel-interleaved stack decodes every band


def pixel_interleaved(path):
    """True when *path* has several bands stored pixel-interleaved (one compressed tile holds
    every band: reading one band decodes them all)."""
    ds = open_raster(path)
    return ds.RasterCount > 1 and (ds.GetMetadataItem("INTERLEAVE", "IMAGE_STRUCTURE") or "") == "PIXEL"


#: free disk space kept beyond the one-band copies (bytes)
SCRATCH_RESERVE = 256 * 1024 * 1024


def _extract_bands(factors, grid, folder, feedback):
    """Write each factor's values (float32, NaN for nodata) into its own uncompressed GeoTIFF in
    *folder*, all in one pass over the stack; returns the Factors reading them. A copy has the
    block layout of its source, so the readers' windows (and every sum over them) stay the same."""
    reader = FactorReader(factors, grid)
    out, datasets = [], []
    for j, f in enumerate(factors):
        path = os.path.join(folder, f"band{j:03d}_{f.band}.tif")
        ds = gdal.GetDriverByName("GTiff").Create(
            path, grid.width, grid.height, 1, gdal.GDT_Float32, options=_copy_options(f, grid)
        )
        ds.SetGeoTransform(grid.geotransform)
        ds.SetProjection(grid.crs_wkt)
        ds.GetRasterBand(1).SetNoDataValue(float("nan"))
        datasets.append(ds)
        out.append(Factor(f.name, path, 1, f.categorical))
    windows = reader.windows()
    for n, window in enumerate(windows):
        check_canceled(feedback)
        X, _ = reader.read_window(window)
        xoff, yoff, xs, ys = window
        for j, ds in enumerate(datasets):
            ds.GetRasterBand(1).WriteArray(X[:, j].reshape(ys, xs), xoff, yoff)
        if feedback is not None:
            feedback.setProgress(100.0 * (n + 1) / len(windows))
    for ds in datasets:
        ds.FlushCache()
    datasets.clear()
    return out


def _copy_options(factor, grid):
    bx, by = natural_block(factor.path, factor.band)
    options = ["BIGTIFF=IF_SAFER"]
    if bx < grid.width:
        return options + ["TILED=YES", f"BLOCKXSIZE={bx}", f"BLOCKYSIZE={by}"]
    return options + [f"BLOCKYSIZE={by}"]


@contextmanager
def one_band_reads(factors, grid=None, folder=None, feedback=None):
    """Factors that read only their own band, for steps that pass over a band several times.

    The factors of a pixel-interleaved stack are copied (values as FactorReader reads them,
    float32 with NaN for nodata) into one uncompressed single-band GeoTIFF each, in one pass over
    the stack, inside a scratch folder (in *folder*, default the system temp folder) removed
    afterwards; every later pass reads those copies at memory speed instead of decoding the whole
    stack again. Factors of single-band or band-interleaved files are yielded as they are, and so
    is everything when the disk lacks the space for the copies (4 bytes per cell and factor)."""
    import shutil
    import tempfile

    factors = list(factors)
    grid = grid or check_grids(factors)
    stacked = [i for i, f in enumerate(factors) if pixel_interleaved(f.path)]
    folder = folder or tempfile.gettempdir()
    need = 4 * grid.n_cells * len(stacked) + SCRATCH_RESERVE
    if stacked and shutil.disk_usage(folder).free < need and feedback is not None:
        feedback.pushInfo(
            f"Not enough free space in {folder} for one-band copies of the stack ({need / 2**30:.1f} GB): "
            "every pass reads the stack itself (slower, same result)."
        )
    if not stacked or shutil.disk_usage(folder).free < need:
        yield factors
        return
    scratch = tempfile.mkdtemp(prefix="lsm_bands_", dir=folder)
    try:
        copies = _extract_bands([factors[i] for i in stacked], grid, scratch, feedback)
        out = list(factors)
        for i, copy in zip(stacked, copies):
            out[i] = copy
        yield out
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
