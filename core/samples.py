"""From a landslide inventory and factor rasters to a sample table (PU testing of Fu et al. 2024).

Landslides (units: a point, or a polygon with its cells) are split into train and test first, by
unit, so the cells of one polygon never end up on both sides. Unlabeled cells are then drawn for
train and for test from two disjoint pools, each without repetition (Fu et al. 2024, section
III.G): a candidate cell belongs to the train pool or the test pool by a seeded hash of its index
(random split) or by its spatial block (spatial split), so no cell can appear in both sets.

The draw streams the grid block by block and keeps, per pool, the cells with the smallest seeded
hash keys: a uniform sample without replacement in bounded memory that does not depend on the
block layout. Landslide cells, every cell of inventory polygons and an optional buffer around
them are never drawn as unlabeled.
"""

import os
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np
from osgeo import gdal, ogr, osr

from .cellkeys import SmallestKeys, cell_keys, spawn_seeds, unit_uniform
from .eligibility import (  # noqa: F401 (re-exported)
    AllMasks,
    DeformationMask,
    Eligibility,
    Exclusion,
    RasterMask,
    SplitBlocks,
    _mask_at,
    _spatial_blocks,
    blocks_from_samples,
    mask_at,
    negative_eligibility,
    unlabeled_pool,
)
from .errors import LsmError
from .grid import DEFAULT_BLOCK_CELLS, Factor, FactorReader, check_grids, grid_of, open_raster
from .progress import SubProgress, check_canceled, ensure_feedback

#: 70 % of the landslides for training, 30 % for testing (the usual split)
DEFAULT_TRAIN_FRACTION = 0.7
#: fewer landslides than this cannot give a meaningful model
MIN_LANDSLIDES = 10
#: unlabeled cells per landslide: 1 gives a balanced sample
DEFAULT_RATIO = 1.0
DEFAULT_SEED = 42
POLYGON_MODES = ("centroid", "highest", "every")
#: SampleTable.unit of the unlabeled rows (the sample layer's ls_id is NULL there)
UNLABELED_UNIT = -1
SPLIT_MODES = ("random", "spatial")


class DrawSeeds(NamedTuple):
    """The seeds of one draw, derived by SeedSequence(seed).spawn(4)."""

    split: int  # the order of the landslide units (or spatial blocks) for the train/test split
    key: int  # the cell keys: the smallest ones of each pool are drawn
    pool: int  # the random pool (train/test) of a cell
    block: int  # the pool of a spatial block holding no landslide


def draw_seeds(seed):
    """DrawSeeds of *seed*."""
    return DrawSeeds(*spawn_seeds(seed, 4))


# ---------------------------------------------------------------------------------------------
# rasterising vectors onto the factor grid (temporary tiled GeoTIFFs, read block by block)


def rasterize(wkbs, grid, path, values=None, datatype=gdal.GDT_Byte, all_touched=False):
    """Burn geometries (WKB in the grid CRS) into a tiled GeoTIFF on *grid* (0 elsewhere)."""
    driver = ogr.GetDriverByName("Memory")
    source = driver.CreateDataSource("lsm_rasterize")
    layer = source.CreateLayer("shapes", grid_srs(grid), ogr.wkbUnknown)
    layer.CreateField(ogr.FieldDefn("value", ogr.OFTInteger64))
    for i, wkb in enumerate(wkbs):
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geometry is None or geometry.IsEmpty():
            continue
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(geometry)
        feature.SetField("value", int(values[i]) if values is not None else 1)
        layer.CreateFeature(feature)
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path),
        grid.width,
        grid.height,
        1,
        datatype,
        options=["TILED=YES", "COMPRESS=DEFLATE", "SPARSE_OK=TRUE"],
    )
    ds.SetGeoTransform(grid.geotransform)
    if grid.crs_wkt:
        ds.SetProjection(grid.crs_wkt)
    options = ["ATTRIBUTE=value"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(ds, [1], layer, options=options)
    ds.FlushCache()
    ds = None
    return str(path)


def polygon_mask(wkbs, grid, tmpdir, name="mask"):
    """RasterMask of polygons (WKB in the grid CRS); LsmError when they cover no cell centre."""
    path = rasterize(wkbs, grid, os.path.join(tmpdir, f"{name}.tif"))
    mask = RasterMask(path)
    covered = 0
    reader = FactorReader([Factor(name, path)], grid)
    for window in reader.windows():
        covered += int(mask(window).sum())
        if covered:
            break
    if not covered:
        raise LsmError(
            f"The {name} polygon(s) cover no cell of the factor rasters: check that they overlap the rasters."
        )
    return mask


# ---------------------------------------------------------------------------------------------
# landslide cells


@dataclass
class LandslideCells:
    """Positive cells: unit (feature index), row, col; plus cells to keep out of the unlabeled pool."""

    unit: np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    exclude_rows: np.ndarray
    exclude_cols: np.ndarray
    notes: list = field(default_factory=list)


def cells_from_points(xy, grid):
    """LandslideCells of points (x, y in the grid CRS): one unit per point."""
    xy = np.asarray(xy, dtype=np.float64).reshape(-1, 2)
    ok = np.isfinite(xy).all(axis=1)
    rows = np.full(xy.shape[0], -1, dtype=np.int64)
    cols = np.full(xy.shape[0], -1, dtype=np.int64)
    if ok.any():
        rows[ok], cols[ok] = grid.rowcol(xy[ok, 0], xy[ok, 1])
    unit = np.arange(xy.shape[0])
    notes = []
    if (~ok).sum():
        notes.append(f"{int((~ok).sum())} inventory feature(s) without geometry were skipped.")
    return LandslideCells(unit, rows, cols, rows.copy(), cols.copy(), notes)


def grid_srs(grid):
    """osr.SpatialReference of the grid's CRS (None when it has none)."""
    if not grid.crs_wkt:
        return None
    srs = osr.SpatialReference()
    srs.ImportFromWkt(grid.crs_wkt)
    return srs


def _rasterize_layer(ds, layer, srs):
    """gdal.RasterizeLayer burning 1; the layer and *ds* share *srs*. Without a CRS GDAL warns
    "Failed to fetch spatial reference" once per call (a flood on polygon layers): silenced there."""
    if srs is not None:
        gdal.RasterizeLayer(ds, [1], layer, burn_values=[1])
        return
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        gdal.RasterizeLayer(ds, [1], layer, burn_values=[1])
    finally:
        gdal.PopErrorHandler()


def polygon_cells(geometry, grid, srs=None):
    """(rows, cols) of the grid cells whose centre lies inside an OGR polygon, rasterised in a
    small in-memory window over the polygon's envelope (overlapping polygons each get their cells).
    *srs*: grid_srs(grid), given by callers that rasterise many polygons (made here otherwise)."""
    srs = srs if srs is not None else grid_srs(grid)
    xmin, xmax, ymin, ymax = geometry.GetEnvelope()
    gt = grid.geotransform
    r = np.array(grid.rowcol([xmin, xmax, xmin, xmax], [ymin, ymin, ymax, ymax]))
    r0, c0 = max(0, int(r[0].min())), max(0, int(r[1].min()))
    r1, c1 = min(grid.height - 1, int(r[0].max())), min(grid.width - 1, int(r[1].max()))
    if r1 < r0 or c1 < c0:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    h, w = r1 - r0 + 1, c1 - c0 + 1
    ds = gdal.GetDriverByName("MEM").Create("", w, h, 1, gdal.GDT_Byte)
    ds.SetGeoTransform(
        (gt[0] + c0 * gt[1] + r0 * gt[2], gt[1], gt[2], gt[3] + c0 * gt[4] + r0 * gt[5], gt[4], gt[5])
    )
    if srs is not None:
        ds.SetSpatialRef(srs)
    source = ogr.GetDriverByName("Memory").CreateDataSource("polygon")
    layer = source.CreateLayer("polygon", srs, ogr.wkbUnknown)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geometry)
    layer.CreateFeature(feature)
    _rasterize_layer(ds, layer, srs)
    rr, cc = np.nonzero(ds.GetRasterBand(1).ReadAsArray())
    return rr.astype(np.int64) + r0, cc.astype(np.int64) + c0


def cells_from_polygons(wkbs, grid, mode, dem=None, feedback=None, unit_ids=None):
    """LandslideCells of polygons (WKB in the grid CRS).

    mode 'centroid': the cell of the centroid; 'highest': the cell of the polygon with the highest
    value on *dem* (a Factor on the grid; an approximation of the main scarp, Fu et al. 2024);
    'every': every cell whose centre lies inside. Polygons smaller than a cell fall back to the
    cell of their centroid (counted in the notes).
    *unit_ids*: one integer per polygon, its inventory id (feature id or an ID field): the unit of its
    cells, so the split keeps polygons sharing an id together and the sample layer can carry it (ls_id);
    default the polygon's index.
    """
    feedback = ensure_feedback(feedback)
    if mode not in POLYGON_MODES:
        raise LsmError(f"Unknown polygon mode '{mode}' (use one of {', '.join(POLYGON_MODES)}).")
    n = len(wkbs)
    ids, rows, cols = [], [], []
    centroids = np.full((n, 2), np.nan)
    srs = grid_srs(grid)
    for k, wkb in enumerate(wkbs):
        if k % 200 == 0:
            check_canceled(feedback)
            feedback.setProgress(100.0 * k / max(1, n))
        geometry = ogr.CreateGeometryFromWkb(bytes(wkb))
        if geometry is None or geometry.IsEmpty():
            continue
        point = geometry.Centroid()
        centroids[k] = (point.GetX(), point.GetY())
        r, c = polygon_cells(geometry, grid, srs)
        if r.size:
            ids.append(np.full(r.size, k, dtype=np.int64))
            rows.append(r)
            cols.append(c)
    ids = np.concatenate(ids) if ids else np.zeros(0, dtype=np.int64)
    rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
    cols = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    has_cells = np.zeros(n, dtype=bool)
    has_cells[np.unique(ids)] = True
    notes = []
    small = np.flatnonzero(~has_cells & np.isfinite(centroids).all(axis=1))
    if mode == "every":
        unit, out_rows, out_cols = ids, rows, cols
    elif mode == "centroid":
        unit = np.flatnonzero(np.isfinite(centroids).all(axis=1))
        out_rows, out_cols = grid.rowcol(centroids[unit, 0], centroids[unit, 1])
        small = np.zeros(0, dtype=np.int64)
    else:
        if dem is None:
            raise LsmError(
                "The 'highest cell' polygon mode needs a DEM raster: choose one (on the factors' grid)."
            )
        heights = FactorReader([dem], grid).read_cells(rows, cols)[:, 0] if rows.size else np.zeros(0)
        heights = np.where(np.isfinite(heights), heights, -np.inf)
        order = np.lexsort((-heights, ids))  # by unit, highest first
        first = order[np.concatenate([[True], ids[order][1:] != ids[order][:-1]])] if order.size else order
        unit, out_rows, out_cols = ids[first], rows[first], cols[first]
    if small.size and mode != "centroid":
        r, c = grid.rowcol(centroids[small, 0], centroids[small, 1])
        unit = np.concatenate([unit, small])
        out_rows = np.concatenate([out_rows, r])
        out_cols = np.concatenate([out_cols, c])
        notes.append(f"{small.size} polygon(s) smaller than a cell: the cell of their centroid was used.")
        rows = np.concatenate([rows, r])
        cols = np.concatenate([cols, c])
    return LandslideCells(
        _units(unit, unit_ids, n),
        np.asarray(out_rows, dtype=np.int64),
        np.asarray(out_cols, dtype=np.int64),
        rows,
        cols,
        notes,
    )


def _units(index, unit_ids, n):
    """int64 units of polygon indices *index*: *unit_ids* (one per polygon) at them, else the indices."""
    index = np.asarray(index, dtype=np.int64)
    if unit_ids is None:
        return index
    unit_ids = np.asarray(unit_ids, dtype=np.int64)
    if unit_ids.shape != (n,):
        raise LsmError(f"{unit_ids.size} polygon id(s) were given for {n} polygon(s).")
    return unit_ids[index]


def distinct_polygon_cells(wkbs, grid, feedback=None):
    """The one polygon cell-counting rule of every algorithm: (rows, cols, notes) of the distinct
    grid cells whose centre lies inside a polygon, plus the centroid cell of each polygon smaller
    than a cell (no cell centre inside; the notes say how many). Cells off the grid are left out."""
    cells = cells_from_polygons(wkbs, grid, "every", None, feedback)
    inside = grid.inside(cells.rows, cells.cols)
    keys = np.unique(cells.rows[inside] * grid.width + cells.cols[inside])
    return keys // grid.width, keys % grid.width, cells.notes


# ---------------------------------------------------------------------------------------------
# grids


def align_factors(factors, reference_path, tmpdir, tolerance=None):
    """Factors on the grid of *reference_path*: those already on it (within the grid tolerance)
    unchanged, the others warped through GDAL into lazy VRTs (bilinear for continuous, nearest
    for categorical). Returns (factors, notes)."""
    from .align import warp_onto
    from .grid import GRID_TOLERANCE

    tolerance = GRID_TOLERANCE if tolerance is None else tolerance
    ref = grid_of(reference_path)
    out, notes = [], []
    for k, f in enumerate(factors):
        grid = grid_of(f.path)
        if not ref.mismatch(grid, tolerance):
            out.append(f)
            continue
        band_vrt = os.path.join(tmpdir, f"band_{k}.vrt")
        gdal.Translate(band_vrt, open_raster(f.path), format="VRT", bandList=[f.band])
        warped = os.path.join(tmpdir, f"aligned_{k}.vrt")
        src = open_raster(band_vrt)
        nodata = src.GetRasterBand(1).GetNoDataValue()
        method = "near" if f.categorical else "bilinear"
        dst_nodata = nodata if nodata is not None else float("nan")
        warp_onto(warped, src, ref, method, nodata, dst_nodata, format="VRT")
        notes.append(
            "'{}' resampled onto the reference grid ({}).".format(
                f.name, "nearest" if f.categorical else "bilinear"
            )
        )
        out.append(Factor(f.name, warped, 1, f.categorical))
    return out, notes


# exclusion around landslides, eligibility: core.eligibility


# ---------------------------------------------------------------------------------------------
# the sample table


@dataclass
class SampleTable:
    """Samples: label (1/0), split ('train'/'test'), factor values, cell row/col, map x/y; *unit*: the
    landslide unit of each landslide row (its inventory polygon's id, or the point's index) and
    UNLABELED_UNIT for the unlabeled rows (tell them apart by label: a unit id may be negative)."""

    names: list
    label: np.ndarray
    split: np.ndarray
    X: np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    x: np.ndarray
    y: np.ndarray
    counts: dict
    notes: list = field(default_factory=list)
    unit: np.ndarray = None

    def summary_lines(self):
        c = self.counts
        return [
            f"train: {c['train_landslides']} landslides, {c['train_unlabeled']} unlabeled",
            f"test: {c['test_landslides']} landslides, {c['test_unlabeled']} unlabeled",
        ]


def _check_options(train_fraction, split_mode):
    if not 0.0 < train_fraction < 1.0:
        raise LsmError(f"The train fraction must lie between 0 and 1 (got {train_fraction:g}).")
    if split_mode not in SPLIT_MODES:
        raise LsmError(f"Unknown split mode '{split_mode}' (use one of {', '.join(SPLIT_MODES)}).")


@dataclass
class _Positives:
    """The landslide cells kept: unit id, row, col, flat cell, factor values."""

    unit: np.ndarray
    rows: np.ndarray
    cols: np.ndarray
    cell: np.ndarray
    values: np.ndarray

    def keep(self, mask):
        return _Positives(
            self.unit[mask], self.rows[mask], self.cols[mask], self.cell[mask], self.values[mask]
        )


def _on_grid(landslides, grid, study_mask, notes):
    """Unit, rows and cols of the landslide cells on the grid (and in the study area), once each."""
    unit, rows, cols = landslides.unit, landslides.rows, landslides.cols
    inside = grid.inside(rows, cols)
    if not inside.any():
        raise LsmError(
            "No landslide of the inventory lies on the factor rasters: check that the inventory and the rasters "
            "cover the same area (and their CRS)."
        )
    if (~inside).sum():
        notes.append(f"{int((~inside).sum())} landslide cell(s) outside the factor rasters were dropped.")
    unit, rows, cols = unit[inside], rows[inside], cols[inside]
    if study_mask is not None:
        keep = _mask_at(study_mask, rows, cols, grid)
        if (~keep).sum():
            notes.append(f"{int((~keep).sum())} landslide cell(s) outside the study area were dropped.")
        unit, rows, cols = unit[keep], rows[keep], cols[keep]
    cell = rows * grid.width + cols
    _, first = np.unique(cell, return_index=True)
    first = np.sort(first)
    if first.size < cell.size:
        notes.append(
            f"{cell.size - first.size} landslide cell(s) repeated in one cell were merged (kept once)."
        )
    return unit[first], rows[first], cols[first], cell[first]


def _positives(landslides, factors, grid, reader, study_mask, notes):
    """The landslide cells on valid factor values (LsmError when fewer than MIN_LANDSLIDES)."""
    unit, rows, cols, cell = _on_grid(landslides, grid, study_mask, notes)
    values = reader.read_cells(rows, cols)
    ok = np.isfinite(values).all(axis=1)
    if (~ok).sum():
        notes.append(f"{int((~ok).sum())} landslide cell(s) on nodata of a factor were dropped.")
    empty = [f.name for j, f in enumerate(factors) if values.shape[0] and not np.isfinite(values[:, j]).any()]
    pos = _Positives(unit, rows, cols, cell, values).keep(ok)
    if pos.unit.size < MIN_LANDSLIDES:
        why = (
            f" Factor(s) {', '.join(empty)} have nodata at every landslide: check that they are not empty (all "
            "nodata) and cover the inventory."
            if empty
            else " Check the inventory's overlap with the rasters and their nodata."
        )
        raise LsmError(
            f"Only {pos.unit.size} landslide cell(s) of {landslides.unit.size} remain on valid factor cells: at "
            f"least {MIN_LANDSLIDES} are needed.{why}"
        )
    check_categorical_values(factors, pos.values)
    return pos


def _random_split(units, train_fraction, rng):
    """Train units of a random split by unit."""
    perm = rng.permutation(units)
    n_train_units = int(round(train_fraction * units.size))
    n_train_units = min(max(n_train_units, 1), units.size - 1)
    return set(perm[:n_train_units].tolist())


def _spatial_split(pos, grid, train_fraction, block_size, rng):
    """(train units, (train blocks, test blocks)) of a split by spatial block."""
    blocks = _spatial_blocks(pos.rows, pos.cols, grid, block_size)
    unit_block = {}
    for u, b in zip(pos.unit, blocks):
        unit_block.setdefault(int(u), int(b))
    block_units = {}
    for u, b in unit_block.items():
        block_units.setdefault(b, []).append(u)
    block_ids = np.array(sorted(block_units))
    if block_ids.size < 2:
        raise LsmError(
            f"All landslides fall in one spatial block of {block_size:g} map units: choose a smaller block size "
            "or the random split."
        )
    test_target = (1.0 - train_fraction) * len(unit_block)
    test_blocks, n_test = set(), 0
    for b in rng.permutation(block_ids):
        if n_test >= test_target or len(test_blocks) == block_ids.size - 1:
            break
        test_blocks.add(int(b))
        n_test += len(block_units[int(b)])
    train_units = {u for u, b in unit_block.items() if b not in test_blocks}
    return train_units, (set(block_ids.tolist()) - test_blocks, test_blocks)


class _PoolRule:
    """Which pool (train or test) a candidate cell goes to, and its key: picklable (a Dask task's)."""

    def __init__(self, seeds, train_fraction, split_blocks, width):
        self.seeds, self.train_fraction = seeds, train_fraction
        self.split_blocks, self.width = split_blocks, width

    def to_train(self, cells, r, c):
        if self.split_blocks is None:
            return unit_uniform(cells, self.seeds.pool) < self.train_fraction
        return self.split_blocks.split_of(r, c)[0]

    def candidates(self, window, local, Xv):
        """{pool: (keys, cells, values)} of the window's candidate cells (flat *local* indexes)."""
        xoff, yoff, xs, _ys = window
        r = yoff + local // xs
        c = xoff + local % xs
        cells = r * self.width + c
        keys = cell_keys(cells, self.seeds.key)
        to_train = self.to_train(cells, r, c)
        return {
            "train": (keys[to_train], cells[to_train], Xv[to_train]),
            "test": (keys[~to_train], cells[~to_train], Xv[~to_train]),
        }


class _BlockCoin:
    """The split of a spatial block holding no landslide: train with probability *fraction*."""

    def __init__(self, seed, fraction):
        self.seed, self.fraction = seed, fraction

    def __call__(self, block_ids):
        return unit_uniform(block_ids, self.seed) < self.fraction


def _window_part(X, valid, window, eligibility, rule):
    """(low, high, {pool: (keys, cells, values)}) of one window's candidate cells (valid factors and
    eligible); low and high None without a candidate."""
    valid &= eligibility.base(window)
    local = np.flatnonzero(valid)
    if not local.size:
        return None, None, {}
    Xv = X[local]
    return Xv.min(axis=0), Xv.max(axis=0), rule.candidates(window, local, Xv)


@dataclass(frozen=True)
class _DrawSpec:
    """A block task of the unlabeled draw on a Dask worker: the factors, the eligibility (bytes of
    core.pu_cluster.portable), the pool rule and each pool's capacity (a block sends no more)."""

    key: str
    factors: tuple
    grid: object
    rule_blob: bytes
    pools: _PoolRule
    capacities: tuple


def draw_task(spec, window):
    """_window_part of one window on a worker, each pool's candidates cut to its smallest keys
    (capacity) and sent with the number of candidates they stand for."""
    from .dask_blocks import worker_cached
    from .pu_cluster import unpack

    reader = worker_cached(
        (spec.key, "factors"),
        lambda: FactorReader(list(spec.factors), spec.grid),
        tuple(sorted({f.path for f in spec.factors})),
    )
    eligibility = unpack(spec.key, spec.rule_blob)
    X, valid = reader.read_window(window)
    low, high, parts = _window_part(X, valid, window, eligibility, spec.pools)
    cut = {}
    for (name, (keys, cells, values)), capacity in zip(parts.items(), spec.capacities):
        smallest = SmallestKeys(capacity, (values.shape[1],))
        smallest.add(keys, cells, values)
        cut[name] = (keys.size, smallest.keys, smallest.cells, smallest.values)
    return low, high, cut


def _parts(reader, windows, eligibility, rule, capacities, feedback, runner):
    """(low, high, {pool: (seen, keys, cells, values)}) of every window in window order: read here,
    or the tasks of *runner*'s Dask cluster (each pool's part cut to its capacity on the worker)."""
    if runner is not None and runner.distributed:
        from .pu_cluster import portable, token

        spec = _DrawSpec(token(), tuple(reader.factors), reader.grid, portable(eligibility), rule, capacities)
        yield from runner.map(draw_task, spec, windows, feedback)
        return
    for window in windows:
        check_canceled(feedback)
        X, valid = reader.read_window(window)
        low, high, parts = _window_part(X, valid, window, eligibility, rule)
        yield low, high, {name: (part[0].size, *part) for name, part in parts.items()}


def _stream(reader, pools, rule, windows, eligibility, values, feedback, progress, runner=None):
    """One pass over the grid into *pools* ({name: SmallestKeys}, train then test; *rule*: the
    _PoolRule sending each candidate to one of them); returns the
    (low, high) range of every factor over the landslides and every candidate cell (the zero
    variance check). The same cells, keys and range here and on a cluster: keys are distinct, so
    the smallest ones of every block's smallest are the smallest of all."""
    capacities = tuple(pool.capacity for pool in pools.values())
    low, high = values.min(axis=0), values.max(axis=0)
    blocks = _parts(reader, windows, eligibility, rule, capacities, feedback, runner)
    for i, (block_low, block_high, parts) in enumerate(blocks):
        if block_low is not None:
            low = np.minimum(low, block_low)
            high = np.maximum(high, block_high)
        for name, (seen, keys, cells, cand_values) in parts.items():
            pools[name].add(keys, cells, cand_values, seen=seen)
        progress.setProgress(100.0 * (i + 1) / len(windows))
    return low, high


def _check_variance(factors, low, high, study_mask):
    flat = [f"'{f.name}' ({low[j]:g})" for j, f in enumerate(factors) if low[j] == high[j]]
    if flat:
        raise LsmError(
            "Factor(s) {} have the same value at every landslide and every cell open to the unlabeled draw{}: "
            "zero variance, they carry no information. Remove them from the factor list.".format(
                ", ".join(flat), " of the study area" if study_mask is not None else ""
            )
        )


def _drawn(pools, wanted, notes):
    """{pool: (cells, float64 values)} of the drawn unlabeled cells, with the notes on each pool."""
    parts = {}
    for name, pool in pools.items():
        _keys, cells_u, values_u = pool.result()
        if cells_u.size < wanted[name]:
            notes.append(
                f"WARNING: the {name} pool has only {cells_u.size} candidate cells for {wanted[name]} unlabeled "
                "samples asked for; all of them were taken (reduce the ratio or the exclusion buffer)."
            )
        parts[name] = (cells_u, values_u.astype(np.float64))
        notes.append(f"{name} pool: {pool.seen} candidate cells, {cells_u.size} drawn without repetition.")
    return parts


def _table(names, pos, is_train, parts, grid, n_inventory, notes):
    """The SampleTable: landslides (train first), then the train and the test unlabeled cells."""
    n_pos = pos.unit.size
    order_pos = np.concatenate([np.flatnonzero(is_train), np.flatnonzero(~is_train)])
    n_train_u, n_test_u = parts["train"][0].size, parts["test"][0].size
    label = np.concatenate([np.ones(n_pos, dtype=np.int64), np.zeros(n_train_u + n_test_u, dtype=np.int64)])
    split = np.concatenate(
        [
            np.where(is_train[order_pos], "train", "test"),
            np.full(n_train_u, "train"),
            np.full(n_test_u, "test"),
        ]
    ).astype(object)
    all_cells = np.concatenate([pos.cell[order_pos], parts["train"][0], parts["test"][0]])
    X = np.vstack([pos.values[order_pos], parts["train"][1], parts["test"][1]])
    unit = np.concatenate(
        [pos.unit[order_pos], np.full(n_train_u + n_test_u, UNLABELED_UNIT, dtype=np.int64)]
    )
    out_rows, out_cols = all_cells // grid.width, all_cells % grid.width
    x, y = grid.xy(out_rows, out_cols)
    counts = {
        "train_landslides": int(is_train.sum()),
        "test_landslides": int((~is_train).sum()),
        "train_unlabeled": int(n_train_u),
        "test_unlabeled": int(n_test_u),
        "inventory_cells": int(n_inventory),
        "dropped_landslide_cells": int(n_inventory - n_pos),
    }
    return SampleTable(names, label, split, X, out_rows, out_cols, x, y, counts, notes, unit)


def build_samples(
    factors,
    landslides,
    grid=None,
    study_mask=None,
    n_unlabeled=0,
    ratio=DEFAULT_RATIO,
    buffer=0.0,
    train_fraction=DEFAULT_TRAIN_FRACTION,
    split_mode="random",
    block_size=1000.0,
    seed=DEFAULT_SEED,
    feedback=None,
    target_cells=DEFAULT_BLOCK_CELLS,
    pool_mask=None,
    runner=None,
):
    """The SampleTable of the module docstring.

    *landslides*: LandslideCells; *study_mask*: mask_fn or None; *n_unlabeled*: total unlabeled
    cells (0: *ratio* times the landslide cells); *buffer*: map units around landslide cells where
    no unlabeled cell is drawn; *pool_mask*: mask_fn of the unlabeled pool (unlabeled_pool: the
    low-deformation domain, a pool polygon layer), landslides are not restricted by it. The seeds of the
    split and the draw come from draw_seeds(seed). *runner*: a core.dask_blocks.BlockRunner; on a
    Dask cluster the pass over the grid runs one task per block (the rasters, masks included, read
    from the same paths on the workers), with the same table as a run here.
    """
    feedback = ensure_feedback(feedback)
    grid = grid or check_grids(factors)
    _check_options(train_fraction, split_mode)
    notes = list(landslides.notes)
    reader = FactorReader(factors, grid)
    pos = _positives(landslides, factors, grid, reader, study_mask, notes)
    feedback.setProgress(5)

    seeds = draw_seeds(seed)
    rng = np.random.default_rng(seeds.split)
    if split_mode == "random":
        train_units, split_blocks = _random_split(np.unique(pos.unit), train_fraction, rng), None
    else:
        train_units, (train_b, test_b) = _spatial_split(pos, grid, train_fraction, block_size, rng)
        split_blocks = SplitBlocks(grid, block_size, train_b, test_b, _BlockCoin(seeds.block, train_fraction))
    is_train = np.array([u in train_units for u in pos.unit.tolist()], dtype=bool)
    n_unl = int(n_unlabeled) if n_unlabeled and n_unlabeled > 0 else int(round(ratio * pos.unit.size))
    n_unl_train = int(round(n_unl * int(is_train.sum()) / pos.unit.size))
    wanted = {"train": n_unl_train, "test": n_unl - n_unl_train}

    # one streamed pass: candidates of the two disjoint pools
    exclusion = Exclusion(
        np.concatenate([landslides.exclude_rows, pos.rows]),
        np.concatenate([landslides.exclude_cols, pos.cols]),
        grid,
        buffer,
    )
    pools = {name: SmallestKeys(wanted[name], (len(factors),)) for name in ("train", "test")}
    rule = _PoolRule(seeds, train_fraction, split_blocks, grid.width)
    eligibility = Eligibility(grid, study_mask, exclusion, split_blocks, pool_mask)
    windows = reader.windows(target_cells)
    progress = SubProgress(feedback, 5, 95)
    low, high = _stream(reader, pools, rule, windows, eligibility, pos.values, feedback, progress, runner)
    _check_variance(factors, low, high, study_mask)
    parts = _drawn(pools, wanted, notes)
    feedback.setProgress(100)
    return _table([f.name for f in factors], pos, is_train, parts, grid, landslides.unit.size, notes)


def check_categorical_values(factors, values, max_categories=100):
    """LsmError when a factor marked categorical holds continuous-looking values at the samples."""
    for j, f in enumerate(factors):
        if not f.categorical:
            continue
        levels = np.unique(values[:, j][np.isfinite(values[:, j])])
        non_integer = np.any(np.abs(levels - np.round(levels)) > 1e-6)
        if non_integer or levels.size > max_categories:
            raise LsmError(
                f"Factor '{f.name}' is marked categorical but holds {'non-integer' if non_integer else 'many'} "
                f"values ({levels.size} distinct at the landslides alone): a categorical factor holds class codes. "
                "Remove it from the categorical list or reclassify it to integer classes."
            )
