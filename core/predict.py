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
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

import numpy as np
from osgeo import gdal, ogr, osr

from .bundle import Bundle, load_bundle
from .errors import Canceled, LsmError
from .grid import (
    DEFAULT_BLOCK_CELLS,
    FLOAT_NODATA,
    FactorReader,
    atomic_path,
    check_factors_match,
    check_grids,
    create_geotiff,
)
from .progress import check_canceled, ensure_feedback

gdal.UseExceptions()
ogr.UseExceptions()

#: n_jobs meaning "every CPU core"
ALL_CORES = -1
#: accepted values of the device option
DEVICES = ("auto", "cpu", "cuda")
#: smallest and largest block a memory budget can give (cells)
MIN_BLOCK_CELLS = 4096
MAX_BLOCK_CELLS = 16 * 1024 * 1024
#: blocks in flight per worker thread with a Dask cluster
DASK_BLOCKS_PER_THREAD = 2
#: seconds to wait for a Dask scheduler to answer
DASK_CONNECT_TIMEOUT_S = 20
#: smallest GDAL block cache while a map is predicted (bytes)
MIN_GDAL_CACHE = 64 * 1024 * 1024


def resolve_n_jobs(n_jobs):
    """Number of threads for *n_jobs* (None/0/-1: all cores; -2: all but one, as in joblib)."""
    cores = os.cpu_count() or 1
    if n_jobs is None or n_jobs == 0:
        return cores
    n_jobs = int(n_jobs)
    if n_jobs < 0:
        return max(1, cores + 1 + n_jobs)
    return n_jobs


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


# -- models -----------------------------------------------------------------------------------


def _positive_index(classes):
    """Column of the landslide class among *classes* (label 1 / True / "1", else the last class)."""
    if classes is None:
        return 1
    classes = list(np.asarray(classes).ravel())
    for i, label in enumerate(classes):
        if isinstance(label, str):
            if label.strip() == "1":
                return i
        elif label == 1:
            return i
    return len(classes) - 1


def _split_pipeline(model):
    """(transform function or None, final estimator) of a scikit-learn/imblearn pipeline."""
    steps = getattr(model, "steps", None)
    if isinstance(steps, list) and steps and hasattr(model, "__getitem__"):
        final = steps[-1][1]
        # at prediction time a pipeline skips its samplers (SMOTE, ADASYN: fit_resample, no
        # transform) and 'passthrough' steps, as imbalanced-learn's Pipeline does
        transforms = [
            step.transform
            for _, step in steps[:-1]
            if step is not None and step != "passthrough" and not hasattr(step, "fit_resample")
        ]
        if not transforms:
            return None, final

        def transform(X):
            for apply in transforms:
                X = apply(X)
            return X

        return transform, final
    return None, model


def _forest_trees(estimator):
    """Fitted trees of a single-output forest classifier, or None when not such a forest."""
    try:
        from sklearn.ensemble._forest import ForestClassifier
        from sklearn.tree import BaseDecisionTree
    except ImportError:
        return None
    if not isinstance(estimator, ForestClassifier):
        return None
    trees = getattr(estimator, "estimators_", None)
    if not trees or getattr(estimator, "n_outputs_", 1) != 1:
        return None
    n_classes = int(np.atleast_1d(estimator.n_classes_)[0])
    for tree in trees:
        if not isinstance(tree, BaseDecisionTree) or int(np.atleast_1d(tree.n_classes_)[0]) != n_classes:
            return None
    return list(trees)


def _leaf_table(tree, positive):
    """Probability of class column *positive* at every node of a fitted tree (float64)."""
    value = np.asarray(tree.tree_.value, dtype=np.float64)[:, 0, :]
    total = value.sum(axis=1)
    column = value[:, positive].copy()
    if not np.allclose(total, 1.0, rtol=0, atol=1e-12):
        # older scikit-learn stores weighted counts in the leaves: normalise as predict_proba does
        total[total == 0.0] = 1.0
        column /= total
    return column


class ForestProbability:
    """Landslide probability (and spread across trees) of a forest, trees walked on threads."""

    def __init__(self, trees, positive, n_jobs=ALL_CORES):
        self.trees = trees
        self.tables = [_leaf_table(t, positive) for t in trees]
        self.n_jobs = resolve_n_jobs(n_jobs)

    def _partial(self, X, indices, feedback, with_squares):
        total = np.zeros(X.shape[0], dtype=np.float64)
        squares = np.zeros(X.shape[0], dtype=np.float64) if with_squares else None
        values = np.empty(X.shape[0], dtype=np.float64)
        for i in indices:
            check_canceled(feedback)
            leaves = self.trees[i].tree_.apply(X)
            np.take(self.tables[i], leaves, out=values)
            total += values
            if with_squares:
                squares += values * values
        return total, squares

    def predict(self, X, feedback=None, with_spread=False):
        """(mean probability, standard deviation across trees or None) of the rows of X."""
        X = np.ascontiguousarray(X, dtype=np.float32)
        n_trees = len(self.trees)
        threads = max(1, min(self.n_jobs, n_trees))
        chunks = [range(k, n_trees, threads) for k in range(threads)]
        if threads == 1 or X.shape[0] < 1000:
            parts = [self._partial(X, range(n_trees), feedback, with_spread)]
        else:
            with ThreadPoolExecutor(max_workers=threads) as pool:
                futures = [pool.submit(self._partial, X, c, feedback, with_spread) for c in chunks]
                parts = [f.result() for f in futures]
        total = parts[0][0]
        for part in parts[1:]:
            total += part[0]
        mean = total / n_trees
        if not with_spread:
            return mean, None
        squares = parts[0][1]
        for part in parts[1:]:
            squares += part[1]
        variance = np.maximum(squares / n_trees - mean * mean, 0.0)
        return mean, np.sqrt(variance)


def _walk_estimators(model, depth=0):
    """The model, its pipeline steps and ensemble members (a few levels deep)."""
    if model is None or depth > 3:
        return
    yield model
    for _, step in getattr(model, "steps", None) or []:
        yield from _walk_estimators(step, depth + 1)
    members = getattr(model, "estimators_", None)
    if isinstance(members, (list, tuple)):
        for member in members[:1000]:
            yield from _walk_estimators(member, depth + 1)


def resolve_device(device):
    """'cpu' or 'cuda' for the device option ('auto': cuda when torch sees a GPU)."""
    device = (device or "auto").lower()
    if device not in DEVICES:
        raise LsmError("Device '{}' is not one of {}.".format(device, ", ".join(DEVICES)))
    if device == "cpu":
        return "cpu"
    try:
        import torch

        available = bool(torch.cuda.is_available())
    except ImportError:
        available = False
    if device == "cuda" and not available:
        raise LsmError(
            "Device 'cuda' was asked for but no CUDA GPU is usable by torch here; choose 'auto' or 'cpu'."
        )
    return "cuda" if available else "cpu"


def configure_model(model, n_jobs=ALL_CORES, device="auto"):
    """Pass n_jobs and the device on to the model's parts; returns the device used (or '')."""
    threads = resolve_n_jobs(n_jobs)
    seen = set()
    device_objects = []
    for obj in _walk_estimators(model):
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if hasattr(obj, "n_jobs") and not isinstance(obj.n_jobs, bool):
            try:
                obj.n_jobs = threads
            except (AttributeError, TypeError):
                pass
        if hasattr(obj, "set_device") or hasattr(obj, "device"):
            device_objects.append(obj)
    if not device_objects:
        return ""
    resolved = resolve_device(device)
    for obj in device_objects:
        if callable(getattr(obj, "set_device", None)):
            obj.set_device(resolved)
        else:
            try:
                obj.device = resolved
            except (AttributeError, TypeError):
                pass
    return resolved


def _members(estimator):
    """(members, feature subsets or None) of an ensemble whose members have predict_proba."""
    members = getattr(estimator, "estimators_", None)
    if members is None:
        return None, None
    members = list(np.ravel(np.asarray(members, dtype=object))) if not isinstance(members, list) else members
    if not members or not all(callable(getattr(m, "predict_proba", None)) for m in members):
        return None, None
    features = getattr(estimator, "estimators_features_", None)
    if features is not None and len(features) != len(members):
        features = None
    return members, features


def _joblib_threads():
    """Context in which joblib (scikit-learn's n_jobs) uses threads, not worker processes:
    process pools would be started (and the block copied to them) at every block."""
    try:
        from joblib import parallel_config

        return parallel_config(backend="threading")
    except ImportError:
        try:
            from joblib import parallel_backend

            return parallel_backend("threading")
        except ImportError:
            return _NullContext()


class ModelProbability:
    """Landslide-class probability of a fitted model, with the spread across its members.

    `predict(X)` returns float64 probabilities equal to model.predict_proba(X)[:, landslide];
    `predict(X, with_spread=True)` also the standard deviation across ensemble members (None
    when the model has none: see `has_members`).
    """

    def __init__(self, model, n_jobs=ALL_CORES, device="auto"):
        self.model = model
        self.device = configure_model(model, n_jobs, device)
        self.positive = _positive_index(getattr(model, "classes_", None))
        self._transform, final = _split_pipeline(model)
        final_classes = getattr(final, "classes_", None)
        self._final_positive = _positive_index(final_classes) if final_classes is not None else self.positive
        trees = _forest_trees(final)
        self.forest = ForestProbability(trees, self._final_positive, n_jobs) if trees else None
        self._members, self._features = (None, None) if self.forest else _members(final)
        self._n_final_classes = len(final_classes) if final_classes is not None else 2

    @property
    def has_members(self):
        return self.forest is not None or self._members is not None

    @property
    def n_members(self):
        if self.forest is not None:
            return len(self.forest.trees)
        return len(self._members) if self._members is not None else 0

    def _proba(self, X):
        proba = np.asarray(self.model.predict_proba(X), dtype=np.float64)
        if proba.ndim == 1:
            return proba
        return proba[:, self.positive]

    def _member_column(self, member, Xm):
        proba = np.asarray(member.predict_proba(Xm), dtype=np.float64)
        if proba.ndim == 1:
            return proba
        classes = getattr(member, "classes_", None)
        if classes is not None and proba.shape[1] == len(classes) and len(classes) != self._n_final_classes:
            # a bagging member that saw only some classes: its classes are encoded indices
            hit = np.flatnonzero(np.asarray(classes) == self._final_positive)
            return proba[:, hit[0]] if hit.size else np.zeros(proba.shape[0])
        return proba[:, self._final_positive]

    def predict(self, X, feedback=None, with_spread=False):
        """(probability, spread or None) for the rows of X (raw factor values, model order)."""
        with _joblib_threads():
            if self.forest is not None:
                Xt = self._transform(X) if self._transform is not None else X
                return self.forest.predict(Xt, feedback, with_spread)
            return self._predict_generic(X, feedback, with_spread)

    def _predict_generic(self, X, feedback, with_spread):
        probability = self._proba(X)
        if not with_spread or self._members is None:
            return probability, None
        Xt = self._transform(X) if self._transform is not None else X
        total = np.zeros(X.shape[0])
        squares = np.zeros(X.shape[0])
        for k, member in enumerate(self._members):
            check_canceled(feedback)
            Xm = Xt[:, self._features[k]] if self._features is not None else Xt
            values = self._member_column(member, Xm)
            total += values
            squares += values * values
        n = len(self._members)
        mean = total / n
        return probability, np.sqrt(np.maximum(squares / n - mean * mean, 0.0))


# -- mask ---------------------------------------------------------------------------------------


class PolygonMask:
    """Polygons (WKB, in the CRS *crs_wkt*) rasterised window by window onto a grid.

    A cell is inside when its centre is (GDAL's default rasterisation). Picklable, so it can be
    sent to Dask workers; the OGR layer is built lazily in each process/thread.
    """

    def __init__(self, wkb_geometries, crs_wkt=""):
        self.wkb = [bytes(g) for g in wkb_geometries if g]
        self.crs_wkt = crs_wkt or ""
        self._local = threading.local()
        self._envelope = None

    def __getstate__(self):
        return {"wkb": self.wkb, "crs_wkt": self.crs_wkt}

    def __setstate__(self, state):
        self.wkb = state["wkb"]
        self.crs_wkt = state["crs_wkt"]
        self._local = threading.local()
        self._envelope = None

    @classmethod
    def from_file(cls, path, layer=None, target_crs_wkt=None):
        """Polygons of an OGR vector file, reprojected to *target_crs_wkt* when given."""
        try:
            source = ogr.Open(str(path))
        except RuntimeError as exc:
            raise LsmError(f"Cannot open mask layer '{path}': {exc}") from exc
        if source is None:
            raise LsmError(f"Cannot open mask layer '{path}'.")
        lyr = source.GetLayerByName(layer) if layer else source.GetLayer(0)
        srs = lyr.GetSpatialRef()
        transform = None
        if target_crs_wkt and srs is not None:
            target = osr.SpatialReference()
            target.ImportFromWkt(target_crs_wkt)
            for s in (srs, target):
                s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            if not srs.IsSame(target):
                transform = osr.CoordinateTransformation(srs, target)
        geometries = []
        for feature in lyr:
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            geometry = geometry.Clone()
            if transform is not None:
                geometry.Transform(transform)
            geometries.append(geometry.ExportToWkb())
        crs = target_crs_wkt or (srs.ExportToWkt() if srs is not None else "")
        return cls(geometries, crs)

    def _layer(self):
        layer = getattr(self._local, "layer", None)
        if layer is None:
            source = ogr.GetDriverByName("Memory").CreateDataSource("mask")
            srs = None
            if self.crs_wkt:
                srs = osr.SpatialReference()
                srs.ImportFromWkt(self.crs_wkt)
            layer = source.CreateLayer("mask", srs=srs, geom_type=ogr.wkbUnknown)
            definition = layer.GetLayerDefn()
            for wkb in self.wkb:
                feature = ogr.Feature(definition)
                feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
                layer.CreateFeature(feature)
            self._local.source, self._local.layer = source, layer
        return layer

    def envelope(self):
        """(xmin, xmax, ymin, ymax) of the polygons, or None when there are none."""
        if self._envelope is None and self.wkb:
            self._envelope = self._layer().GetExtent()
        return self._envelope

    def window(self, grid, window):
        """Bool array (ysize, xsize): cells of *window* of *grid* inside the polygons."""
        xoff, yoff, xs, ys = window
        env = self.envelope()
        if env is None:
            return np.zeros((ys, xs), dtype=bool)
        gt = grid.geotransform
        wgt = (
            gt[0] + xoff * gt[1] + yoff * gt[2],
            gt[1],
            gt[2],
            gt[3] + xoff * gt[4] + yoff * gt[5],
            gt[4],
            gt[5],
        )
        xs_edges = (wgt[0], wgt[0] + xs * wgt[1])
        ys_edges = (wgt[3], wgt[3] + ys * wgt[5])
        if (
            min(xs_edges) > env[1]
            or max(xs_edges) < env[0]
            or min(ys_edges) > env[3]
            or max(ys_edges) < env[2]
        ):
            return np.zeros((ys, xs), dtype=bool)
        target = gdal.GetDriverByName("MEM").Create("", xs, ys, 1, gdal.GDT_Byte)
        target.SetGeoTransform(wgt)
        if self.crs_wkt:
            target.SetProjection(self.crs_wkt)
        layer = self._layer()
        layer.SetSpatialFilterRect(min(xs_edges), min(ys_edges), max(xs_edges), max(ys_edges))
        gdal.RasterizeLayer(target, [1], layer, burn_values=[1])
        layer.SetSpatialFilter(None)
        return target.GetRasterBand(1).ReadAsArray() > 0


# -- factors and bundles ------------------------------------------------------------------------


def open_bundles(bundles):
    """Bundle objects for paths or bundles; LsmError for kinds this module cannot apply."""
    opened = [b if isinstance(b, Bundle) else load_bundle(b) for b in bundles]
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


# -- block prediction -----------------------------------------------------------------------------


@dataclass
class BlockResult:
    """Outputs of one block: float32 arrays (ysize*xsize) with FLOAT_NODATA outside valid cells."""

    probability: np.ndarray
    spread: np.ndarray = None
    n_valid: int = 0
    n_unknown: int = 0


class BlockPredictor:
    """Turns a block of factor values into susceptibility (and uncertainty) values."""

    def __init__(self, bundles, columns, categories, uncertainty=False, n_jobs=ALL_CORES, device="auto"):
        self.models = [ModelProbability(b.model, n_jobs, device) for b in bundles]
        self.columns = [np.asarray(c, dtype=np.intp) for c in columns]
        self.identity = [c.tolist() == list(range(len(c))) for c in self.columns]
        self.categories = categories
        self.uncertainty = uncertainty
        if uncertainty and len(self.models) == 1 and not self.models[0].has_members:
            raise LsmError(
                "An uncertainty raster needs an ensemble model (random forest, EasyEnsemble, bagging: "
                f"any model with members) or several bundles given together; model '{os.path.basename(bundles[0].path)}' has no members."
            )

    @property
    def device(self):
        return next((m.device for m in self.models if m.device), "")

    def predict(self, X, valid, feedback=None):
        """BlockResult for X (cells, factors; NaN = nodata) and the bool *valid* cells."""
        n_unknown = 0
        for column, known in self.categories.items():
            ok = np.isin(X[:, column], known)
            unknown = valid & ~ok
            n_unknown += int(unknown.sum())
            valid = valid & ok
        probability = np.full(X.shape[0], FLOAT_NODATA, dtype=np.float32)
        spread = np.full(X.shape[0], FLOAT_NODATA, dtype=np.float32) if self.uncertainty else None
        n_valid = int(valid.sum())
        if n_valid == 0:
            return BlockResult(probability, spread, 0, n_unknown)
        Xv = X if n_valid == X.shape[0] else X[valid]
        results = []
        for model, columns, identity in zip(self.models, self.columns, self.identity):
            Xm = Xv if identity and columns.size == Xv.shape[1] else Xv[:, columns]
            with_spread = self.uncertainty and len(self.models) == 1
            results.append(model.predict(Xm, feedback, with_spread))
        if len(results) == 1:
            mean, std = results[0]
        else:
            stack = np.vstack([r[0] for r in results])
            mean = stack.mean(axis=0)
            std = stack.std(axis=0) if self.uncertainty else None
        bad = ~np.isfinite(mean)
        if bad.any():
            mean = np.where(bad, FLOAT_NODATA, mean)
        if n_valid == X.shape[0]:
            probability[:] = mean
            if spread is not None:
                spread[:] = np.where(bad, FLOAT_NODATA, std)
        else:
            probability[valid] = mean
            if spread is not None:
                spread[valid] = np.where(bad, FLOAT_NODATA, std)
        return BlockResult(probability, spread, n_valid - int(bad.sum()), n_unknown)


def _read_block(reader, grid, window, mask):
    """(X, valid) of a window, skipping the read when the mask leaves no cell."""
    xoff, yoff, xs, ys = window
    keep = None
    if mask is not None:
        keep = mask.window(grid, window).ravel()
        if not keep.any():
            return None, keep
    X, valid = reader.read_window(window)
    if keep is not None:
        valid &= keep
    return X, valid


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


class _Stats:
    def __init__(self):
        self.n = 0
        self.total = 0.0
        self.minimum = np.inf
        self.maximum = -np.inf

    def add(self, values):
        values = values[values != FLOAT_NODATA]
        if values.size:
            self.n += values.size
            self.total += float(values.sum(dtype=np.float64))
            self.minimum = min(self.minimum, float(values.min()))
            self.maximum = max(self.maximum, float(values.max()))


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
):
    """Write the susceptibility map of *bundles* (paths or Bundle objects) over *factors*.

    factors: core.grid.Factor list (any order, names as in the bundles). out_path: Float32
    GeoTIFF 0..1, nodata FLOAT_NODATA where a factor has no value, a categorical factor has a
    value unknown at training, or outside *mask* (a PolygonMask). uncertainty_path: optional
    standard deviation raster (see the module docstring). scheduler: Dask distributed scheduler
    address to run the blocks on a cluster. Returns a PredictionSummary.
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
    if scheduler:
        _predict_dask(
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
        predictor = BlockPredictor(bundles, columns, categories, bool(uncertainty_path), n_jobs, device)
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


def _open_outputs(tmp, tmp_unc, grid):
    datasets = [create_geotiff(tmp, grid, descriptions=["susceptibility"])]
    if tmp_unc:
        datasets.append(create_geotiff(tmp_unc, grid, descriptions=["uncertainty (standard deviation)"]))
    return datasets


def _write(datasets, window, result):
    xoff, yoff, xs, ys = window
    datasets[0].GetRasterBand(1).WriteArray(result.probability.reshape(ys, xs), xoff, yoff)
    if len(datasets) > 1:
        datasets[1].GetRasterBand(1).WriteArray(result.spread.reshape(ys, xs), xoff, yoff)


@contextmanager
def _output_paths(out_path, uncertainty_path):
    """Temporary paths of the map and the optional uncertainty raster (core.grid.atomic_path):
    both are kept on success, neither on error or cancel."""
    with atomic_path(out_path) as tmp:
        if uncertainty_path:
            with atomic_path(uncertainty_path) as tmp_u:
                yield tmp, tmp_u
        else:
            yield tmp, None


class _NullContext:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


def _finish(datasets, summary, stats, spread_stats):
    """Flush the outputs and fill the summary; LsmError (no file kept) when no cell was predicted."""
    if summary.n_valid == 0:
        raise LsmError(
            "No cell has a value in every factor{}: the map would be empty. Check the factors' nodata and "
            "that the mask covers the rasters.".format(" inside the mask" if summary.masked else "")
        )
    for ds in datasets:
        ds.FlushCache()
    if stats.n:
        summary.minimum, summary.maximum = stats.minimum, stats.maximum
        summary.mean = stats.total / stats.n
    if spread_stats.n:
        summary.spread_maximum = spread_stats.maximum


def _predict_local(
    predictor, factors, grid, out_path, uncertainty_path, mask, block_cells, feedback, summary
):
    reader = FactorReader(factors, grid)
    windows = reader.windows(block_cells)
    summary.n_blocks = len(windows)
    stats, spread_stats = _Stats(), _Stats()
    with _output_paths(out_path, uncertainty_path) as (tmp, tmp_u):
        datasets = _open_outputs(tmp, tmp_u, grid)
        try:
            # one thread reads the next block, one writes the previous one, while this one is predicted
            with ThreadPoolExecutor(max_workers=2) as pool:
                pending_read = pool.submit(_read_block, reader, grid, windows[0], mask) if windows else None
                pending_write = None
                for i, window in enumerate(windows):
                    check_canceled(feedback)
                    X, valid = pending_read.result()
                    if i + 1 < len(windows):
                        pending_read = pool.submit(_read_block, reader, grid, windows[i + 1], mask)
                    xs, ys = window[2], window[3]
                    if X is None:
                        empty = np.full(xs * ys, FLOAT_NODATA, dtype=np.float32)
                        result = BlockResult(empty, empty if uncertainty_path else None)
                    else:
                        result = predictor.predict(X, valid, feedback)
                    X = valid = None
                    summary.n_valid += result.n_valid
                    summary.n_unknown_categories += result.n_unknown
                    stats.add(result.probability)
                    if result.spread is not None:
                        spread_stats.add(result.spread)
                    if pending_write is not None:
                        pending_write.result()
                    pending_write = pool.submit(_write, datasets, window, result)
                    feedback.setProgress(100.0 * (i + 1) / len(windows))
                if pending_write is not None:
                    pending_write.result()
            _finish(datasets, summary, stats, spread_stats)
        finally:
            datasets = None
    return summary


# -- Dask distributed ---------------------------------------------------------------------------

_WORKER_STATE = threading.local()


@dataclass(frozen=True)
class _TaskSpec:
    bundle_paths: tuple
    factors: tuple
    grid: object
    columns: tuple
    categories_items: tuple
    uncertainty: bool
    device: str
    mask: object = None
    #: folder (beside the output, shared with the workers) where each task writes its window
    parts_dir: str = ""

    def key(self):
        return (self.bundle_paths, self.factors, self.grid, self.columns, self.uncertainty, self.device)


def _worker_state(spec):
    """Reader and predictor of this worker thread, built once per specification."""
    state = getattr(_WORKER_STATE, "state", None)
    if state is None or state[0] != spec.key():
        bundles = [load_bundle(p) for p in spec.bundle_paths]
        categories = {c: np.asarray(v, dtype=np.float32) for c, v in spec.categories_items}
        predictor = BlockPredictor(
            bundles, [list(c) for c in spec.columns], categories, spec.uncertainty, 1, spec.device
        )
        reader = FactorReader(list(spec.factors), spec.grid)
        state = (spec.key(), reader, predictor)
        _WORKER_STATE.state = state
    return state[1], state[2]


def dask_block_task(spec, window):
    """One block on a Dask worker: read it with GDAL, predict it and write the window into a part
    file of spec.parts_dir (a GeoTIFF of the window: probability, then spread). Returns (window,
    BlockResult, part path): the result's arrays are None when the part was written; when the
    worker cannot write there (no shared folder) the arrays come back instead and part is None."""
    reader, predictor = _worker_state(spec)
    X, valid = _read_block(reader, spec.grid, window, spec.mask)
    if X is None:
        empty = np.full(window[2] * window[3], FLOAT_NODATA, dtype=np.float32)
        result = BlockResult(empty, empty if spec.uncertainty else None)
    else:
        result = predictor.predict(X, valid)
    if spec.parts_dir:
        part = os.path.join(spec.parts_dir, "{}_{}.tif".format(window[0], window[1]))
        try:
            _write_part(part, window, result)
            return window, BlockResult(None, None, result.n_valid, result.n_unknown), part
        except (OSError, RuntimeError):
            # the client made the folder: if it is not there (not shared, or removed on cancel),
            # send the arrays back instead of creating it
            _remove_part(part)
    return window, result, None


def _write_part(part, window, result):
    if not os.path.isdir(os.path.dirname(part)):
        raise OSError(f"no folder for {part}")
    xs, ys = window[2], window[3]
    arrays = [result.probability] + ([result.spread] if result.spread is not None else [])
    ds = gdal.GetDriverByName("GTiff").Create(part, xs, ys, len(arrays), gdal.GDT_Float32)
    for b, values in enumerate(arrays, start=1):
        ds.GetRasterBand(b).WriteArray(values.reshape(ys, xs))
    ds.FlushCache()
    ds = None


def _read_part(part, result, uncertainty):
    """The BlockResult of a worker's part file (removed once read)."""
    ds = gdal.Open(part)
    probability = ds.GetRasterBand(1).ReadAsArray().ravel()
    spread = ds.GetRasterBand(2).ReadAsArray().ravel() if uncertainty else None
    ds = None
    _remove_part(part)
    return BlockResult(probability, spread, result.n_valid, result.n_unknown)


def _remove_part(part):
    try:
        os.remove(part)
    except OSError:
        pass


@contextmanager
def _parts_folder(folder):
    """A scratch folder for the workers' part files inside *folder*, removed with what is left."""
    import shutil
    import tempfile
    import time

    path = tempfile.mkdtemp(prefix=".lsm_parts_", dir=folder)
    try:
        yield path
    finally:
        # after a cancel, tasks still running on the workers may write a last part meanwhile
        for _ in range(20):
            shutil.rmtree(path, ignore_errors=True)
            if not os.path.exists(path):
                break
            time.sleep(0.1)


def _connect(scheduler):
    try:
        from distributed import Client
    except ImportError as exc:
        raise LsmError(
            "Running on a Dask cluster needs the Python package 'distributed' (python3 -m pip install "
            '"distributed"); leave the scheduler address empty to run here.'
        ) from exc
    try:
        return Client(scheduler, timeout=DASK_CONNECT_TIMEOUT_S, set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise LsmError(
            f"Cannot reach the Dask scheduler at '{scheduler}' ({exc}). Check the address (tcp://host:8786) "
            "and that the scheduler is running."
        ) from exc


def _predict_dask(
    scheduler,
    bundles,
    factors,
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
):
    from distributed import as_completed

    # fail here, not on the workers, when a model cannot be loaded or has no members
    BlockPredictor(
        bundles, columns, categories, bool(uncertainty_path), 1, "cpu" if device == "auto" else device
    )
    spec = _TaskSpec(
        tuple(os.path.abspath(b.path) for b in bundles),
        tuple(factors),
        grid,
        tuple(tuple(c) for c in columns),
        tuple((c, tuple(float(x) for x in v)) for c, v in categories.items()),
        bool(uncertainty_path),
        device,
        mask,
    )
    windows = FactorReader(factors, grid).windows(block_cells)
    out_dir = os.path.dirname(os.path.abspath(out_path))
    summary.n_blocks = len(windows)
    summary.n_members = len(bundles)
    stats, spread_stats = _Stats(), _Stats()
    client = _connect(scheduler)
    try:
        threads = max(1, sum(client.nthreads().values()))
        limit = DASK_BLOCKS_PER_THREAD * threads
        feedback.pushInfo(
            f"Dask cluster at {scheduler}: {len(client.nthreads())} worker(s), {threads} thread(s)."
        )
        with _output_paths(out_path, uncertainty_path) as (tmp, tmp_u), _parts_folder(out_dir) as parts:
            spec = replace(spec, parts_dir=parts)
            spec_future = client.scatter(spec, broadcast=True)
            datasets = _open_outputs(tmp, tmp_u, grid)
            queue = iter(windows)
            futures = []
            try:
                for window in queue:
                    futures.append(client.submit(dask_block_task, spec_future, window, pure=False))
                    if len(futures) >= limit:
                        break
                running = as_completed(list(futures), loop=client.loop)
                done = 0
                for future in running:
                    if feedback.isCanceled():
                        raise Canceled()
                    window, result, part = future.result()
                    futures.remove(future)
                    future.release()
                    if part is not None:
                        result = _read_part(part, result, bool(uncertainty_path))
                        summary.n_worker_written += 1
                    _write(datasets, window, result)
                    summary.n_valid += result.n_valid
                    summary.n_unknown_categories += result.n_unknown
                    stats.add(result.probability)
                    if result.spread is not None:
                        spread_stats.add(result.spread)
                    done += 1
                    feedback.setProgress(100.0 * done / len(windows))
                    nxt = next(queue, None)
                    if nxt is not None:
                        futures.append(client.submit(dask_block_task, spec_future, nxt, pure=False))
                        running.add(futures[-1])
                _finish(datasets, summary, stats, spread_stats)
            except BaseException:
                client.cancel(futures)
                raise
            finally:
                datasets = None
    finally:
        client.close()
    return summary
