"""The prior susceptibility maps of lsm:spysampling: a model's scores streamed into a GeoTIFF, the
reading and the writing kept off the model's thread.

Where the time went (bench/bench_scale.py scoring step, 2000^2 x 16, py-spy): 73 % in the
forest's predict_proba (its trees' apply: 84 % of that, the leaf lookups and sums the rest), the
stack read in the read-ahead thread, and the output's DEFLATE compression (WriteArray, FlushCache)
on the model's thread. A faster walk of the same trees gives nothing (the apply is the cost, and
identical scores need the same trees in the same order), so what is left is to keep the model's
thread doing nothing else:

- `StackBlocks`: one window of every factor as a C-contiguous float32 (cells, factors) matrix, each
  file read once per window (all its bands at once, pixel-interleaved: the rows the trees walk),
  and the cells where every factor has a value (finite, not the band's nodata), as
  core.grid.FactorReader gives them.
- `predict_to_raster`: core.grid.predict_to_raster's contract and output (same windows, same
  cells, same scores: the model gets the same rows; DEFLATE at level 1), with the next window read ahead in one thread
  and the previous one written behind in another, which also compresses each row of output
  tiles as soon as it is full.
"""

import numpy as np
from osgeo import gdal

from .grid import (
    DEFAULT_BLOCK_CELLS,
    FLOAT_NODATA,
    GTIFF_OPTIONS,
    atomic_path,
    block_windows,
    check_grids,
    open_raster,
)
from .parallel import WriteBehind, imap_ahead
from .progress import check_canceled, ensure_feedback


class StackBlocks:
    """Reads windows of the factors (see the module docstring); use one per thread."""

    def __init__(self, factors, grid=None):
        self.factors = list(factors)
        self.grid = grid or check_grids(self.factors)
        self._files = {}  # path -> (dataset, bands, columns)
        nodata = []
        for j, f in enumerate(self.factors):
            if f.path not in self._files:
                self._files[f.path] = (open_raster(f.path), [], [])
            ds, bands, columns = self._files[f.path]
            bands.append(f.band)
            columns.append(j)
            value = ds.GetRasterBand(f.band).GetNoDataValue()
            nodata.append(value if value is not None and np.isfinite(value) else np.nan)
        self._nodata = np.asarray(nodata, dtype=np.float32)
        self._has_nodata = bool(np.isfinite(self._nodata).any())
        first = self.factors[0]
        self.block_shape = tuple(self._files[first.path][0].GetRasterBand(first.band).GetBlockSize())

    def windows(self, target_cells=DEFAULT_BLOCK_CELLS):
        return list(block_windows(self.grid, self.block_shape, target_cells))

    def _read(self, ds, bands, window):
        xoff, yoff, xs, ys = window
        if len(bands) == 1:
            a = ds.GetRasterBand(bands[0]).ReadAsArray(xoff, yoff, xs, ys)
        else:
            a = ds.ReadAsArray(xoff, yoff, xs, ys, band_list=bands, interleave="pixel")
        return a.reshape(xs * ys, len(bands))

    def read_window(self, window):
        """(X, valid): X float32 (cells, factors), C-contiguous; valid where every factor has a value."""
        if len(self._files) == 1:
            ((ds, bands, _),) = self._files.values()
            X = np.ascontiguousarray(self._read(ds, bands, window), dtype=np.float32)
        else:
            X = np.empty((window[2] * window[3], len(self.factors)), dtype=np.float32)
            for ds, bands, columns in self._files.values():
                X[:, columns] = self._read(ds, bands, window)
        bad = ~np.isfinite(X)
        if self._has_nodata:
            bad |= X == self._nodata
        return X, ~bad.any(axis=1)


def _create(path, grid, description):
    """core.grid.create_geotiff's Float32 GeoTIFF, DEFLATE at level 1: scores barely compress
    (measured on a 4000^2 map: 52 MB at level 1, 51 MB at the default 6, for 0.6 s of CPU
    instead of 1.5 s, the time the model's thread loses to the writer on a busy machine)."""
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path),
        grid.width,
        grid.height,
        1,
        gdal.GDT_Float32,
        options=GTIFF_OPTIONS + ["PREDICTOR=3", "ZLEVEL=1"],
    )
    ds.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(FLOAT_NODATA)
    band.SetDescription(description)
    return ds


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
):
    """Stream *predict_fn* over the factors' grid into a Float32 GeoTIFF at *out_path*.

    predict_fn(X) gets the (n_valid, n_factors) float32 matrix of the cells where every factor has
    a value (in *factors* order; inside mask_fn(window) when given, a bool (ysize, xsize) array)
    and returns n_valid scores; other cells get FLOAT_NODATA. Progress per window; cancel removes
    the partial file. Returns (grid, n_valid), as core.grid.predict_to_raster.
    """
    feedback = ensure_feedback(feedback)
    reader = StackBlocks(factors, grid)
    grid = reader.grid
    windows = reader.windows(target_cells)
    n_valid = 0
    with atomic_path(out_path) as tmp:
        ds = _create(tmp, grid, description)
        band = ds.GetRasterBand(1)
        write = _BlockWriter(band, grid.width, grid.height)
        try:
            with imap_ahead(reader.read_window, windows) as blocks, WriteBehind() as writer:
                for i, (window, (X, valid)) in enumerate(zip(windows, blocks)):
                    check_canceled(feedback)
                    if mask_fn is not None:
                        valid &= np.asarray(mask_fn(window), dtype=bool).ravel()
                    out = np.full(X.shape[0], FLOAT_NODATA, dtype=np.float32)
                    if valid.any():
                        out[valid] = predict_fn(X[valid])
                        n_valid += int(valid.sum())
                    writer.submit(write, window, out)
                    feedback.setProgress(100.0 * (i + 1) / len(windows))
            band.FlushCache()
        finally:
            band = None
            ds = None
    return grid, n_valid
