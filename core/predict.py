"""Susceptibility maps from model bundles, streamed block by block (used by lsm:predictraster).

Why a module of its own: real study areas have tens or hundreds of millions of cells, so nothing
here holds a whole raster. Blocks aligned to the factor rasters' own block layout are read with
GDAL (the next block is read while this one is predicted, the previous one written while this one
is predicted), only cells where every factor has a value (and inside the mask) go to the model, and
only the probability of the landslide class is kept.

Models: bundles of kind "sklearn" (core.bundle): any object with predict_proba(X_raw) on raw
factor values in manifest order, pipelines included. Random forests (scikit-learn forests,
imbalanced-learn's BalancedRandomForest, alone or as the last step of a pipeline) take a faster
path that walks the trees on n_jobs threads and keeps only the landslide column; its result is
the same as predict_proba (differences are float rounding, below 1e-12).

Uncertainty: with one bundle, the standard deviation of the landslide probability across the
ensemble's members (the trees of a forest, the members of EasyEnsemble / bagging, any fitted
estimator with `estimators_` whose members have predict_proba); with several bundles (e.g. Fu et
al.'s repeated samplings) the map is the mean of the bundles' probabilities and the uncertainty
the standard deviation across bundles. Standard deviations are population ones (ddof=0).

Torch models: a model object (or pipeline step or ensemble member) with `set_device(device)` gets
it called, one with a `device` attribute gets it set; "auto" means "cuda" when torch sees a GPU,
else "cpu".

Distributed: with a Dask distributed scheduler address, blocks become tasks on the cluster's
workers (they read the factors with GDAL and load the bundle themselves, so the paths must be
readable there and this plugin importable as `landslide_susceptibility`); each worker writes its
window into a part file of a scratch folder beside the output, which the client copies into the
output GeoTIFF as the blocks complete (a compressed GeoTIFF has a single writer) and removes,
with a bounded number of blocks in flight. Workers that cannot write to that folder (no shared
file system) send the window back instead.
"""

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal, ogr, osr

from .bundle import Bundle, load_bundle
from .errors import LsmError
from .grid import DEFAULT_BLOCK_CELLS, FLOAT_NODATA, FactorReader, check_factors_match, check_grids
from .parallel import WriteBehind, imap_ahead, resolve_n_jobs
from .predict_dask import predict_dask
from .predict_models import (  # noqa: F401 (the public names of the prediction, re-exported)
    ALL_CORES,
    DEVICES,
    BlockPredictor,
    BlockResult,
    ForestProbability,
    ModelProbability,
    PolygonMask,
    _finish,
    _open_outputs,
    _output_paths,
    _read_block,
    _Stats,
    _write,
    configure_model,
    resolve_device,
)
from .progress import check_canceled, ensure_feedback

gdal.UseExceptions()
ogr.UseExceptions()

#: smallest and largest block a memory budget can give (cells)
MIN_BLOCK_CELLS = 4096
MAX_BLOCK_CELLS = 16 * 1024 * 1024
#: smallest GDAL block cache while a map is predicted (bytes)
MIN_GDAL_CACHE = 64 * 1024 * 1024


def block_cells_for_memory(memory_mb, n_factors, n_jobs=ALL_CORES):
    """Cells per block that keep the working memory of the prediction near *memory_mb*.

    Per cell: the block being predicted, the one prefetched and the copy of the valid cells
    (float32 per factor each), the per-thread accumulators of the forest path (float64 and the
    leaf index), two float64 probability columns and the float32 outputs.
    """
    threads = resolve_n_jobs(n_jobs)
    per_cell = 3 * 4 * max(1, n_factors) + threads * 16 + 2 * 8 + 3 * 4
    cells = int(float(memory_mb) * 1024 * 1024 / per_cell)
    return max(MIN_BLOCK_CELLS, min(MAX_BLOCK_CELLS, cells))


_CACHE_LOCK = threading.Lock()
_CACHE_USERS = [0, None]


def gdal_cache_bytes(factors, block_cells):
    """GDAL block cache that holds a few blocks of every band of the factor files.

    Reading one band of a pixel-interleaved stack caches the blocks of all its bands, so the
    count is over every band of each file used.
    """
    bands = 0
    for path in sorted({f.path for f in factors}):
        ds = gdal.Open(path)
        bands += ds.RasterCount if ds is not None else 1
    return max(MIN_GDAL_CACHE, 4 * int(block_cells) * 4 * (bands + 2))


@contextmanager
def bounded_gdal_cache(nbytes):
    """Lower GDAL's block cache to *nbytes* for the duration (never raise it), restored after.

    GDAL's default cache is 5 % of the RAM and counts in the process memory: streaming a
    gigabyte stack would fill it, so a prediction keeps only what its blocks need.
    """
    with _CACHE_LOCK:
        if _CACHE_USERS[0] == 0:
            _CACHE_USERS[1] = gdal.GetCacheMax()
            wanted = nbytes
        else:
            # another prediction runs at the same time: keep the larger of both needs
            wanted = max(nbytes, gdal.GetCacheMax())
        _CACHE_USERS[0] += 1
        gdal.SetCacheMax(int(min(_CACHE_USERS[1], wanted)))
    try:
        yield
    finally:
        with _CACHE_LOCK:
            _CACHE_USERS[0] -= 1
            if _CACHE_USERS[0] == 0:
                gdal.SetCacheMax(_CACHE_USERS[1])


def open_bundles(bundles, trust=False, feedback=None):
    """Bundle objects for paths or bundles (paths opened with core.bundle.load_bundle's *trust* and
    *feedback*); LsmError for kinds this module cannot apply."""
    opened = [b if isinstance(b, Bundle) else load_bundle(b, trust=trust, feedback=feedback) for b in bundles]
    if not opened:
        raise LsmError("No model bundle was given.")
    for bundle in opened:
        if bundle.kind != "sklearn":
            raise LsmError(
                f"Model bundle '{bundle.path}' is a '{bundle.kind}' model; LSNet bundles are applied with lsm:lsnetpredict."
            )
    return opened


def match_factors(bundles, factors):
    """(factors in model order, column indices per bundle, names of unused rasters).

    The factors are the union of the bundles' factors in the first bundle's order; every bundle
    must find all of its factors among *factors* (by name, whatever their order) and agree on
    which are categorical. Errors name the missing factors and the bundle.
    """
    names = []
    for bundle in bundles:
        for name in bundle.factors:
            if name not in names:
                names.append(name)
    for bundle in bundles:
        try:
            bundle.order_factors(factors)
        except LsmError as exc:
            raise LsmError(f"Model bundle '{os.path.basename(bundle.path)}': {exc}") from exc
    ordered, extra = check_factors_match(names, factors)
    columns = [[names.index(n) for n in bundle.factors] for bundle in bundles]
    return ordered, columns, extra


def _categories(bundles, names):
    """{column: sorted known category values} of the categorical factors of the bundles."""
    known = {}
    for bundle in bundles:
        for name, values in (bundle.manifest.get("categorical") or {}).items():
            if name in names and values:
                column = names.index(name)
                known.setdefault(column, set()).update(float(v) for v in values)
    return {c: np.array(sorted(v), dtype=np.float32) for c, v in known.items()}


def bundle_grid_warnings(bundle, grid):
    """Sentences when the bundle was trained on another CRS or cell size than *grid*."""
    warnings = []
    crs = bundle.manifest.get("crs_wkt") or ""
    if crs and grid.crs_wkt:
        a, b = osr.SpatialReference(), osr.SpatialReference()
        try:
            a.ImportFromWkt(crs)
            b.ImportFromWkt(grid.crs_wkt)
            if not a.IsSame(b):
                warnings.append(
                    f"Model bundle '{os.path.basename(bundle.path)}' was trained on rasters in another CRS."
                )
        except RuntimeError:
            pass
    cell = bundle.manifest.get("cell_size")
    if cell:
        trained = np.atleast_1d(np.asarray(cell, dtype=float))
        now = np.asarray(grid.cell_size, dtype=float)[: trained.size]
        if np.any(np.abs(trained - now) > 0.01 * np.maximum(trained, 1e-12)):
            warnings.append(
                "Model bundle '{}' was trained at a cell size of {} but the rasters have {}: factor "
                "values such as slope or curvature depend on the cell size.".format(
                    os.path.basename(bundle.path),
                    "x".join(f"{v:g}" for v in trained),
                    "x".join(f"{v:g}" for v in now),
                )
            )
    return warnings


# -- prevalence correction (prior shift) ----------------------------------------------------------

#: model types that rebalance the classes while fitting: their scores are those of a 1:1 sample
#: whatever the negatives ratio (balanced bootstraps, balanced under-samples, oversampling)
BALANCED_MODELS = ("brf", "easyensemble", "smote_dnn", "adasyn_dnn", "spy", "bagging_pu")


def prior_shift(scores, fitted_prevalence, prevalence):
    """Scores of a model fitted at landslide share *fitted_prevalence* shifted to the prevalence
    *prevalence* of the area (Saerens et al. 2002, Elkan 2001): with a = p / pi and
    b = (1 - p) / (1 - pi), s' = s a / (s a + (1 - s) b). Monotone: the order of the cells stays."""
    for name, value in (("fitted prevalence", fitted_prevalence), ("prevalence", prevalence)):
        if not 0.0 < value < 1.0:
            raise LsmError(f"The {name} must lie strictly between 0 and 1, got {value:g}.")
    s = np.asarray(scores, dtype=np.float64)
    a = prevalence / fitted_prevalence
    b = (1.0 - prevalence) / (1.0 - fitted_prevalence)
    return s * a / (s * a + (1.0 - s) * b)


def fitted_ratio(bundle):
    """Negatives per landslide the model's scores correspond to: 1 for BALANCED_MODELS, else the
    bundle's training counts (n_train_negative / n_train_positive) or its `ratio`; None if unknown."""
    manifest = bundle.manifest
    if bundle.model_type in BALANCED_MODELS:
        return 1.0
    n_pos, n_neg = manifest.get("n_train_positive"), manifest.get("n_train_negative")
    if n_pos and n_neg:
        return float(n_neg) / float(n_pos)
    ratio = manifest.get("ratio")
    return float(ratio) if ratio and ratio > 0 else None


def prior_shifts(bundles, prevalence, ratio=None):
    """One callable per bundle shifting its scores to *prevalence*; *ratio* (> 0) overrides the
    fitted ratio of every bundle. LsmError naming a bundle whose ratio is unknown."""
    shifts = []
    for bundle in bundles:
        r = ratio if ratio and ratio > 0 else fitted_ratio(bundle)
        if r is None:
            raise LsmError(
                f"Bundle '{os.path.basename(bundle.path)}' does not say at which negatives ratio it was "
                "fitted: give the sampling ratio (negatives per landslide) for the prevalence correction."
            )
        pi = 1.0 / (1.0 + r)
        shifts.append(lambda s, pi=pi: prior_shift(s, pi, prevalence))
    return shifts


def area_prevalence(factors, landslide_rows, landslide_cols, mask=None, feedback=None):
    """Share of the valid cells (every factor has a value, inside *mask*) that are landslide cells
    (distinct cells given by rows / cols on the factors' grid): (prevalence, n_landslide, n_valid)."""
    feedback = ensure_feedback(feedback)
    grid = check_grids(factors)
    reader = FactorReader(factors, grid)
    n_valid = 0
    windows = reader.windows()
    for i, window in enumerate(windows):
        check_canceled(feedback)
        X, valid = _read_block(reader, grid, window, mask)
        n_valid += int(valid.sum()) if X is not None else 0
        feedback.setProgress(100.0 * (i + 1) / len(windows))
    rows, cols = np.asarray(landslide_rows, dtype=np.int64), np.asarray(landslide_cols, dtype=np.int64)
    inside = grid.inside(rows, cols)
    keys = np.unique(rows[inside] * grid.width + cols[inside])
    values = reader.read_cells(keys // grid.width, keys % grid.width)
    ok = np.isfinite(values).all(axis=1)
    if mask is not None and ok.any():
        ok &= _inside_mask(mask, grid, keys // grid.width, keys % grid.width)
    n_landslide = int(ok.sum())
    if n_valid == 0 or n_landslide == 0:
        raise LsmError(
            "No landslide of the inventory lies on a cell where every factor has a value: check that the "
            "inventory covers the factor rasters (same CRS), or give the prevalence as a number."
        )
    return n_landslide / n_valid, n_landslide, n_valid


def _inside_mask(mask, grid, rows, cols):
    """Bool per cell: inside the PolygonMask (one window per cell; few landslide cells)."""
    return np.array([bool(mask.window(grid, (int(c), int(r), 1, 1)).ravel()[0]) for r, c in zip(rows, cols)])


# -- block prediction -----------------------------------------------------------------------------


@dataclass
class PredictionSummary:
    """What a prediction run did (returned by predict_map)."""

    grid: object
    factors: list
    n_valid: int = 0
    n_unknown_categories: int = 0
    n_blocks: int = 0
    block_cells: int = 0
    device: str = ""
    n_members: int = 0
    minimum: float = float("nan")
    maximum: float = float("nan")
    mean: float = float("nan")
    spread_maximum: float = float("nan")
    masked: bool = False
    #: blocks whose window a Dask worker wrote itself (into a part file)
    n_worker_written: int = 0
    warnings: list = field(default_factory=list)


def predict_map(
    bundles,
    factors,
    out_path,
    uncertainty_path=None,
    mask=None,
    n_jobs=ALL_CORES,
    device="auto",
    block_cells=DEFAULT_BLOCK_CELLS,
    feedback=None,
    scheduler=None,
    shifts=None,
):
    """Write the susceptibility map of *bundles* (paths or Bundle objects) over *factors*.

    factors: core.grid.Factor list (any order, names as in the bundles). out_path: Float32
    GeoTIFF 0..1, nodata FLOAT_NODATA where a factor has no value, a categorical factor has a
    value unknown at training, or outside *mask* (a PolygonMask). uncertainty_path: optional
    standard deviation raster (see the module docstring). scheduler: Dask distributed scheduler
    address to run the blocks on a cluster. shifts: one callable per bundle applied to its scores
    before they are combined (prior_shifts; local runs only). Returns a PredictionSummary.
    """
    feedback = ensure_feedback(feedback)
    bundles = open_bundles(bundles)
    ordered, columns, extra = match_factors(bundles, factors)
    grid = check_grids(ordered)
    summary = PredictionSummary(
        grid=grid, factors=[f.name for f in ordered], block_cells=int(block_cells), masked=mask is not None
    )
    for bundle in bundles:
        summary.warnings.extend(bundle.version_warnings())
        summary.warnings.extend(bundle_grid_warnings(bundle, grid))
    if extra:
        summary.warnings.append(
            "Raster(s) {} are not used by the model and were ignored.".format(", ".join(extra))
        )
    for message in summary.warnings:
        feedback.pushWarning(message) if hasattr(feedback, "pushWarning") else feedback.pushInfo(message)
    categories = _categories(bundles, [f.name for f in ordered])
    if scheduler and shifts:
        raise LsmError("The prevalence correction runs here only: leave the Dask scheduler empty.")
    if scheduler:
        predict_dask(
            scheduler,
            bundles,
            ordered,
            grid,
            columns,
            categories,
            out_path,
            uncertainty_path,
            mask,
            device,
            block_cells,
            feedback,
            summary,
        )
    else:
        predictor = BlockPredictor(
            bundles, columns, categories, bool(uncertainty_path), n_jobs, device, shifts=shifts
        )
        summary.device = predictor.device
        summary.n_members = len(bundles) if len(bundles) > 1 else predictor.models[0].n_members
        with bounded_gdal_cache(gdal_cache_bytes(ordered, block_cells)):
            _predict_local(
                predictor, ordered, grid, out_path, uncertainty_path, mask, block_cells, feedback, summary
            )
    if summary.n_unknown_categories:
        message = (
            f"{summary.n_unknown_categories} cell(s) have categorical factor values that were not seen at training; they are "
            "nodata in the map."
        )
        summary.warnings.append(message)
        feedback.pushInfo(message)
    return summary


def _predict_local(
    predictor, factors, grid, out_path, uncertainty_path, mask, block_cells, feedback, summary
):
    reader = FactorReader(factors, grid)
    windows = reader.windows(block_cells)
    summary.n_blocks = len(windows)
    stats, spread_stats = _Stats(), _Stats()

    def read(window):
        return _read_block(reader, grid, window, mask)

    with _output_paths(out_path, uncertainty_path) as (tmp, tmp_u):
        datasets = _open_outputs(tmp, tmp_u, grid)
        try:
            # one thread reads the next block, one writes the previous one, while this one is predicted
            with imap_ahead(read, windows) as blocks, WriteBehind() as writer:
                for i, (window, (X, valid)) in enumerate(zip(windows, blocks)):
                    check_canceled(feedback)
                    if X is None:
                        empty = np.full(window[2] * window[3], FLOAT_NODATA, dtype=np.float32)
                        result = BlockResult(empty, empty if uncertainty_path else None)
                    else:
                        result = predictor.predict(X, valid, feedback)
                    X = valid = None
                    summary.n_valid += result.n_valid
                    summary.n_unknown_categories += result.n_unknown
                    stats.add(result.probability)
                    if result.spread is not None:
                        spread_stats.add(result.spread)
                    writer.submit(_write, datasets, window, result)
                    feedback.setProgress(100.0 * (i + 1) / len(windows))
            _finish(datasets, summary, stats, spread_stats)
        finally:
            datasets = None
    return summary
