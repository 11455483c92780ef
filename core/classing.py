"""Class a susceptibility raster: breaks, the classed Byte raster, and the class table.

Everything streams block by block: breaks by `core.jenks` over chunk sources, the classed raster
written window by window, landslide counts per class from cells (points) or rasterised windows
(polygons).
"""

from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from osgeo import gdal

from . import jenks as jenks_mod
from .errors import LsmError
from .grid import Factor, FactorReader, atomic_path, create_geotiff, grid_of, one_band_reads, open_raster
from .nodata import untagged_nodata_note
from .progress import SubProgress, check_canceled, ensure_feedback

DEFAULT_LABELS = ("Very low", "Low", "Moderate", "High", "Very high")
MIN_CLASSES, MAX_CLASSES = 2, 20
#: a top class covering more than this share of the area gets a warning
TOP_CLASS_SHARE = 1.0 / 3.0
#: a map with fewer distinct values than this gets a warning
MIN_DISTINCT = 50
#: a class table counting fewer landslides than this gets a warning
MIN_LANDSLIDES = 30


def default_labels(k):
    """The five labels of the literature for k = 5, else 'Class 1'...'Class k'."""
    return list(DEFAULT_LABELS) if k == 5 else [f"Class {i}" for i in range(1, k + 1)]


def check_band(path, band):
    """LsmError when *band* is not a band of *path*."""
    ds = open_raster(path)
    if band < 1 or band > ds.RasterCount:
        raise LsmError(f"Band {band} does not exist in '{path}' (it has {ds.RasterCount} band(s)).")


@contextmanager
def band_reads(path, band, runner=None, feedback=None):
    """(path, band) to read a band's values from, for the passes of compute_breaks and
    write_classes: a band of a pixel-interleaved stack is copied once into a scratch one-band
    file (core.grid.one_band_reads), so the passes do not decode every band again; on a Dask
    cluster (*runner* distributed) the workers read the stack itself (the copy would be here)."""
    check_band(path, band)
    if runner is not None and runner.distributed:
        yield path, band
        return
    with one_band_reads([Factor("value", str(path), band)], feedback=feedback) as factors:
        yield factors[0].path, factors[0].band


def compute_breaks(path, band, method, k, manual_breaks=None, feedback=None, runner=None, read=None):
    """BreaksResult of a raster band for method 'jenks', 'equal', 'quantile' or 'manual'; the
    values are read from *read* (path, band from band_reads) when given, on *runner*'s cluster
    when it has one."""
    check_band(path, band)
    if method != "manual" and not (MIN_CLASSES <= k <= MAX_CLASSES):
        raise LsmError(f"The number of classes must be between {MIN_CLASSES} and {MAX_CLASSES}.")
    read_path, read_band = read or (path, band)
    result = _breaks(read_path, read_band, method, k, manual_breaks, feedback, runner)
    # the edges span the valid values: no pass of its own for the nodata-marker check
    note = untagged_nodata_note(path, band, value_range=(float(result.breaks[0]), float(result.breaks[-1])))
    if note:
        result.notes.insert(0, note)
    return result


def _breaks(path, band, method, k, manual_breaks, feedback, runner=None):
    source = jenks_mod.raster_source(path, band, feedback, runner=runner)
    if method == "jenks":
        return jenks_mod.jenks(source, k, feedback)
    if method == "equal":
        return jenks_mod.equal_interval(source, k)
    if method == "quantile":
        result = jenks_mod.quantile(source, k)
        if np.any(np.diff(result.breaks[:-1]) <= 0):
            raise LsmError(
                "Quantile breaks coincide (many equal values): choose fewer classes or the Jenks method."
            )
        return result
    if method == "manual":
        return jenks_mod.manual(source, manual_breaks or [])
    raise LsmError(f"Unknown classification method '{method}'.")


class DistinctCounter:
    """Distinct values seen, counted exactly up to *limit* (then it stops looking: cheap on
    continuous maps, whose first block already exceeds it)."""

    def __init__(self, limit=MIN_DISTINCT):
        self.limit = int(limit)
        self._values = np.zeros(0)
        self.exceeded = False

    def add(self, values):
        if self.exceeded or values.size == 0:
            return
        self._values = np.union1d(self._values, np.unique(values))
        if self._values.size >= self.limit:
            self.exceeded = True
            self._values = np.zeros(0)

    @property
    def count(self):
        """Number of distinct values (None once at least *limit* were seen)."""
        return None if self.exceeded else int(self._values.size)


def map_warnings(pixel_counts, distinct_count=None, n_landslides=None, landslides_what=""):
    """Plain warnings (with what to try) on a classed map: a top class over TOP_CLASS_SHARE of the
    area, fewer than MIN_DISTINCT distinct values (*distinct_count*, None = enough), fewer than
    MIN_LANDSLIDES landslides counted (*n_landslides*, None = no landslides given)."""
    warnings = []
    total = float(np.sum(pixel_counts))
    if total > 0 and pixel_counts[-1] / total > TOP_CLASS_SHARE:
        warnings.append(
            f"The top class covers {100.0 * pixel_counts[-1] / total:.1f} % of the area (more than a third): "
            "the map hardly separates landslide-prone ground from the rest. Check the test metrics on random "
            "negatives and the prediction-rate curve (lsm:ratecurves); try random or buffer negatives "
            "(lsm:comparenegatives), a higher negatives ratio, or quantile classes."
        )
    if distinct_count is not None and distinct_count < MIN_DISTINCT:
        warnings.append(
            f"The map has only {distinct_count} distinct value(s) (fewer than {MIN_DISTINCT}): many cells tie and "
            "the classes are coarse. A model with few leaves or a saturated score gives this: try more trees, "
            "a deeper model, or a model with a continuous output."
        )
    if n_landslides is not None and n_landslides < MIN_LANDSLIDES:
        what = f"{landslides_what} " if landslides_what else ""
        warnings.append(
            f"Only {n_landslides} {what}landslide(s) were counted (fewer than {MIN_LANDSLIDES}): the landslide "
            "shares and frequency ratios are very uncertain. Use a larger test split or the whole inventory."
        )
    return warnings


def class_block(values, valid, edges, distinct_limit=None):
    """(Byte classes of one block, 0 on nodata; pixels per class; distinct valid values, at most
    *distinct_limit* of them, for a DistinctCounter; None without a limit)."""
    k = len(edges) - 1
    out = np.zeros(values.size, dtype=np.uint8)
    counts = np.zeros(k, dtype=np.int64)
    seen = None
    if valid.any():
        v = values[valid]
        if distinct_limit is not None:
            seen = np.unique(v)[:distinct_limit]
        classes = jenks_mod.classify(v, edges)
        out[valid] = classes
        counts += np.bincount(classes - 1, minlength=k)[:k]
    return out, counts, seen


def class_block_task(spec, window):
    """class_block of one window on a Dask worker."""
    from .dask_blocks import worker_cached

    path, band, edges, limit = spec
    reader = worker_cached(("band", path, band), lambda: FactorReader([Factor("value", path, band)]), (path,))
    X, valid = reader.read_window(window)
    return class_block(X[:, 0], valid, edges, limit)


def _class_blocks(reader, windows, spec, runner, feedback):
    if runner is not None and runner.distributed:
        yield from runner.map(class_block_task, spec, windows, feedback)
        return
    for window in windows:
        check_canceled(feedback)
        X, valid = reader.read_window(window)
        yield class_block(X[:, 0], valid, spec[2], spec[3])


def write_classes(path, band, edges, out_path, feedback=None, distinct=None, runner=None):
    """Write the Byte raster of classes 1..k (nodata 0) and return the pixel count per class;
    *distinct* (a DistinctCounter) is fed the valid values on the way. The blocks are classed on
    *runner*'s Dask cluster when it has one (written here, in window order)."""
    feedback = ensure_feedback(feedback)
    reader = FactorReader([Factor("value", str(path), band)])
    k = len(edges) - 1
    counts = np.zeros(k, dtype=np.int64)
    windows = reader.windows()
    limit = None if distinct is None else distinct.limit
    spec = (str(path), int(band), np.asarray(edges, dtype=np.float64), limit)
    with atomic_path(out_path) as tmp:
        ds = create_geotiff(tmp, reader.grid, dtype=gdal.GDT_Byte, nodata=0, descriptions=["class"])
        out_band = ds.GetRasterBand(1)
        blocks = _class_blocks(reader, windows, spec, runner, feedback)
        for n, (window, (out, block_counts, seen)) in enumerate(zip(windows, blocks)):
            xoff, yoff, xs, ys = window
            if distinct is not None and seen is not None:
                distinct.add(seen)
            counts += block_counts
            out_band.WriteArray(out.reshape(ys, xs), xoff, yoff)
            feedback.setProgress(100.0 * (n + 1) / len(windows))
        out_band.FlushCache()
        out_band = None
        ds = None
    return counts


def point_class_counts(class_path, xs, ys, k):
    """(counts per class, n_outside, n_nodata) of points (raster CRS) on a classed raster."""
    grid = grid_of(class_path)
    rows, cols = grid.rowcol(xs, ys)
    inside = grid.inside(rows, cols)
    n_outside = int((~inside).sum())
    reader = FactorReader([Factor("class", str(class_path), 1)], grid)
    values = reader.read_cells(rows[inside], cols[inside])[:, 0]
    ok = np.isfinite(values) & (values >= 1)
    counts = np.bincount(values[ok].astype(np.int64) - 1, minlength=k)[:k]
    return counts, n_outside, int((~ok).sum())


def polygon_class_counts(class_path, wkbs, k, feedback=None):
    """(landslide cells per class, notes) for polygons (WKB in the raster CRS), by the one polygon
    rule (core.samples.distinct_polygon_cells: cell centres inside, the centroid cell of a polygon
    smaller than a cell; each cell once), the same cells as lsm:frequencyratio counts."""
    from .samples import distinct_polygon_cells

    grid = grid_of(class_path)
    rows, cols, notes = distinct_polygon_cells(wkbs, grid, feedback)
    values = FactorReader([Factor("class", str(class_path), 1)], grid).read_cells(rows, cols)[:, 0]
    ok = np.isfinite(values) & (values >= 1)
    counts = np.bincount(values[ok].astype(np.int64) - 1, minlength=k)[:k]
    return counts, list(notes)


@dataclass
class ClassRow:
    """One row of the class table."""

    klass: int
    label: str
    lower: float
    upper: float
    pixels: int
    area: float
    area_km2: float
    area_percent: float
    landslides: float = float("nan")
    landslide_percent: float = float("nan")
    frequency_ratio: float = float("nan")


def class_table(edges, labels, pixel_counts, cell_area, metric, landslide_counts=None):
    """Rows of the class table: bounds, pixels, area (map units² and km² when metric), % of area
    and, with landslide counts, % of landslides and the frequency ratio (% landslides / % area)."""
    total = pixel_counts.sum()
    total_ls = None if landslide_counts is None else landslide_counts.sum()
    rows = []
    for i in range(len(edges) - 1):
        area = float(pixel_counts[i]) * cell_area
        pct_area = 100.0 * pixel_counts[i] / total if total else 0.0
        row = ClassRow(
            i + 1,
            labels[i],
            float(edges[i]),
            float(edges[i + 1]),
            int(pixel_counts[i]),
            area,
            area / 1e6 if metric else float("nan"),
            pct_area,
        )
        if landslide_counts is not None:
            row.landslides = float(landslide_counts[i])
            row.landslide_percent = 100.0 * landslide_counts[i] / total_ls if total_ls else 0.0
            row.frequency_ratio = row.landslide_percent / pct_area if pct_area > 0 else float("nan")
        rows.append(row)
    return rows


def format_table(rows, landslides_note=""):
    """The class table as aligned text (for the log and the demo); *landslides_note* (e.g. which
    landslides were counted) is printed above the header."""
    has_ls = any(np.isfinite(r.landslide_percent) for r in rows)
    head = f"{'class':>5} {'label':<10} {'lower':>10} {'upper':>10} {'pixels':>9} {'area %':>7}"
    if has_ls:
        head += f" {'landsl. %':>9} {'FR':>6}"
    lines = [landslides_note, head] if landslides_note and has_ls else [head]
    for r in rows:
        line = f"{r.klass:>5} {r.label:<10} {r.lower:>10.4g} {r.upper:>10.4g} {r.pixels:>9d} {r.area_percent:>7.2f}"
        if has_ls:
            line += f" {r.landslide_percent:>9.2f} {r.frequency_ratio:>6.2f}"
        lines.append(line)
    return "\n".join(lines)


def classify_raster(path, band, method, k, out_path, manual_breaks=None, feedback=None, runner=None):
    """Breaks and classed raster in one call: (BreaksResult, pixel counts per class)."""
    feedback = ensure_feedback(feedback)
    with band_reads(path, band, runner) as read:
        result = compute_breaks(
            path, band, method, k, manual_breaks, SubProgress(feedback, 0, 70), runner, read
        )
        counts = write_classes(*read, result.breaks, out_path, SubProgress(feedback, 70, 100), runner=runner)
    return result, counts
