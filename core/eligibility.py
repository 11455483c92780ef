"""The cells open to unlabeled and negative draws: window masks (DeformationMask, AllMasks,
unlabeled_pool, Exclusion, mask_at), the blocks of a spatial split (SplitBlocks, blocks_from_samples)
and the one Eligibility rule (lsm:buildsamples, lsm:spysampling). Re-exported by core.samples."""

import math

import numpy as np

from .errors import LsmError
from .grid import FactorReader, check_grids, open_raster


class RasterMask:
    """mask_fn(window) -> bool (ysize, xsize): cells whose value in a rasterised mask is non-zero."""

    def __init__(self, path):
        self.path = path
        self._ds = open_raster(path, "mask")
        self._band = self._ds.GetRasterBand(1)

    def values(self, window):
        xoff, yoff, xs, ys = window
        return self._band.ReadAsArray(xoff, yoff, xs, ys)

    def __call__(self, window):
        return self.values(window) != 0


class DeformationMask:
    """mask_fn(window) -> bool (ysize, xsize): the low-deformation domain of Tang et al. 2026 (InSAR-PU),
    cells whose |deformation| (e.g. an SBAS-InSAR LOS velocity in mm/yr) is below *threshold*; nodata
    cells are in the domain only with *nodata_eligible*. The raster (core.grid.Factor) must lie on the
    factors' *grid*."""

    def __init__(self, factor, grid, threshold, nodata_eligible=False):
        threshold = float(threshold)
        if not (math.isfinite(threshold) and threshold > 0):
            raise LsmError(
                f"The deformation threshold must be above 0 (got {threshold:g}): unlabeled and negative cells "
                "come from the cells whose |deformation| is below it."
            )
        why = grid.mismatch(check_grids([factor]))
        if why:
            raise LsmError(
                f"The deformation raster '{factor.name}' is not on the factors' grid ({why}): resample it onto "
                "the factors' grid with lsm:alignfactors first."
            )
        self.threshold, self.nodata_eligible = threshold, bool(nodata_eligible)
        self.reader = FactorReader([factor], grid)

    def __call__(self, window):
        _xoff, _yoff, xs, ys = window
        X, valid = self.reader.read_window(window)
        ok = np.zeros(valid.size, dtype=bool)
        ok[valid] = np.abs(X[valid, 0]) < self.threshold
        if self.nodata_eligible:
            ok |= ~valid
        return ok.reshape(ys, xs)


class AllMasks:
    """mask_fn(window) -> bool: the cells on every one of the given masks (mask_fn; None skipped)."""

    def __init__(self, *masks):
        self.masks = [m for m in masks if m is not None]

    def __call__(self, window):
        _xoff, _yoff, xs, ys = window
        out = np.ones((ys, xs), dtype=bool)
        for mask in self.masks:
            out &= np.asarray(mask(window), dtype=bool).reshape(ys, xs)
        return out


def unlabeled_pool(*masks):
    """The mask_fn of the unlabeled pool (the cells unlabeled and negative cells may come from, landslides
    are not restricted): every given mask (a DeformationMask, a pool polygon RasterMask), None without."""
    masks = [m for m in masks if m is not None]
    return AllMasks(*masks) if masks else None


def mask_at(mask_fn, rows, cols, grid):
    """Bool per cell (rows, cols on *grid*): the value of the window mask function there."""
    return _mask_at(mask_fn, np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64), grid)


def _mask_at(mask_fn, rows, cols, grid):
    """Values of a window mask function at cells, read window by window."""
    keep = np.zeros(rows.size, dtype=bool)
    if rows.size == 0:
        return keep
    band_rows = max(1, 262144 // grid.width)
    for r0 in range(int(rows.min()), int(rows.max()) + 1, band_rows):
        sel = (rows >= r0) & (rows < r0 + band_rows)
        if sel.any():
            ys = min(band_rows, grid.height - r0)
            m = np.asarray(mask_fn((0, r0, grid.width, ys)), dtype=bool).reshape(ys, grid.width)
            keep[sel] = m[rows[sel] - r0, cols[sel]]
    return keep


class Exclusion:
    """Cells within *buffer* map units (centre to centre) of the given cells, window by window."""

    def __init__(self, rows, cols, grid, buffer=0.0):
        cells = np.unique(np.asarray(rows, dtype=np.int64) * grid.width + np.asarray(cols, dtype=np.int64))
        inside = (cells >= 0) & (cells < grid.n_cells)
        cells = cells[inside]
        self.rows, self.cols = cells // grid.width, cells % grid.width
        sx, sy = grid.cell_size
        buffer = max(0.0, float(buffer or 0.0))
        rr, rc = int(math.floor(buffer / sy)), int(math.floor(buffer / sx))
        dr, dc = np.meshgrid(np.arange(-rr, rr + 1), np.arange(-rc, rc + 1), indexing="ij")
        keep = (dr * sy) ** 2 + (dc * sx) ** 2 <= buffer**2 + 1e-9
        self.dr, self.dc = dr[keep], dc[keep]
        self.reach_r, self.reach_c = rr, rc

    def __call__(self, window):
        xoff, yoff, xs, ys = window
        out = np.zeros((ys, xs), dtype=bool)
        sel = (
            (self.rows >= yoff - self.reach_r)
            & (self.rows < yoff + ys + self.reach_r)
            & (self.cols >= xoff - self.reach_c)
            & (self.cols < xoff + xs + self.reach_c)
        )
        r0, c0 = self.rows[sel] - yoff, self.cols[sel] - xoff
        step = max(1, 4_000_000 // max(1, self.dr.size))
        for s in range(0, r0.size, step):
            r = (r0[s : s + step, None] + self.dr[None, :]).ravel()
            c = (c0[s : s + step, None] + self.dc[None, :]).ravel()
            ok = (r >= 0) & (r < ys) & (c >= 0) & (c < xs)
            out[r[ok], c[ok]] = True
        return out


def _spatial_blocks(rows, cols, grid, block_size):
    """Block id of cells for blocks of *block_size* map units."""
    sx, sy = grid.cell_size
    br = max(1, int(round(block_size / sy)))
    bc = max(1, int(round(block_size / sx)))
    n_block_cols = -(-grid.width // bc)
    return (np.asarray(rows) // br) * n_block_cols + (np.asarray(cols) // bc)


class SplitBlocks:
    """The blocks of a spatial split: square blocks of *block_size* map units; *train* / *test*: the
    block ids of each split; *other(block_ids) -> bool train*: the split of the remaining blocks
    (None: they belong to neither split, no unlabeled or negative cell is taken there)."""

    def __init__(self, grid, block_size, train, test, other=None):
        self.grid, self.block_size = grid, float(block_size)
        self.train = np.asarray(sorted(int(b) for b in train), dtype=np.int64)
        self.test = np.asarray(sorted(int(b) for b in test), dtype=np.int64)
        self.other = other

    def blocks(self, rows, cols):
        return _spatial_blocks(rows, cols, self.grid, self.block_size)

    def split_of(self, rows, cols):
        """(to_train, to_test) bool arrays of cells: the split each cell's block belongs to."""
        b = self.blocks(rows, cols)
        known_train, known_test = np.isin(b, self.train), np.isin(b, self.test)
        if self.other is None:
            return known_train, known_test
        other = np.asarray(self.other(b), dtype=bool)
        rest = ~(known_train | known_test)
        return known_train | (rest & other), known_test | (rest & ~other)


def blocks_from_samples(rows, cols, splits, grid, block_size, layer_name="samples"):
    """SplitBlocks of a sample layer made with a spatial split of *block_size*: the blocks holding
    its train / test points. LsmError when a block holds both (not a spatial split of that size);
    blocks without a sample point belong to neither split."""
    b = _spatial_blocks(np.asarray(rows), np.asarray(cols), grid, block_size)
    splits = np.asarray(splits).astype(str)
    train, test = set(np.unique(b[splits == "train"]).tolist()), set(np.unique(b[splits == "test"]).tolist())
    both = sorted(train & test)
    if both:
        raise LsmError(
            f"'{layer_name}' has train and test points in {len(both)} block(s) of {block_size:g} map units: it was "
            "not made with a spatial split of that block size. Give the block size used in lsm:buildsamples, or 0 "
            "for a random split."
        )
    return SplitBlocks(grid, block_size, train, test, None)


class Eligibility:
    """The one rule for the cells open to unlabeled and negative draws (lsm:buildsamples, lsm:spysampling):
    a cell on the *study_mask* (mask_fn, None: everywhere), outside the *exclusion* (mask_fn: every
    inventory cell and its buffer, None: nothing), on the *pool_mask* (mask_fn of the unlabeled pool only:
    unlabeled_pool, e.g. the low-deformation domain; None: everywhere) and, for a spatial split
    (*split_blocks*: SplitBlocks), in a block of the split it is drawn for. Factor validity is checked by
    the caller (nodata).

    base(window) -> flat bool (study area and exclusion); for_split(window, split) -> flat bool (also
    the split's blocks; every base cell for a random split); __call__(window, split) = for_split.
    """

    def __init__(self, grid, study_mask=None, exclusion=None, split_blocks=None, pool_mask=None):
        self.grid, self.study_mask, self.exclusion, self.split_blocks = (
            grid,
            study_mask,
            exclusion,
            split_blocks,
        )
        self.pool_mask = pool_mask
        self._last = (None, None)  # the base mask of the last window (asked once per split)

    def base(self, window):
        window = tuple(int(v) for v in window)
        if self._last[0] == window:
            return self._last[1].copy()
        xoff, yoff, xs, ys = window
        ok = np.ones(xs * ys, dtype=bool)
        if self.study_mask is not None:
            ok &= np.asarray(self.study_mask(window), dtype=bool).ravel()
        if self.exclusion is not None:
            ok &= ~np.asarray(self.exclusion(window), dtype=bool).ravel()
        if self.pool_mask is not None:
            ok &= np.asarray(self.pool_mask(window), dtype=bool).ravel()
        self._last = (window, ok)
        return ok.copy()

    def blocks_of(self, window, split):
        """Flat bool: cells of *window* whose block belongs to *split* (all True without blocks)."""
        xoff, yoff, xs, ys = window
        if self.split_blocks is None:
            return np.ones(xs * ys, dtype=bool)
        local = np.arange(xs * ys, dtype=np.int64)
        to_train, to_test = self.split_blocks.split_of(yoff + local // xs, xoff + local % xs)
        return to_train if split == "train" else to_test

    def for_split(self, window, split):
        return self.base(window) & self.blocks_of(window, split)

    def __call__(self, window, split):
        return self.for_split(window, split)


def negative_eligibility(
    grid, exclude_rows, exclude_cols, buffer=0.0, study_mask=None, split_blocks=None, pool_mask=None
):
    """Eligibility of the negatives: off every cell of (*exclude_rows*, *exclude_cols*) (inventory and
    sample landslide cells) and its *buffer* (map units), on the study area and the unlabeled pool
    (*pool_mask*), in the split's blocks."""
    exclusion = Exclusion(exclude_rows, exclude_cols, grid, buffer)
    return Eligibility(grid, study_mask, exclusion, split_blocks, pool_mask)
