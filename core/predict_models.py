"""Predicting blocks of factor values with model bundles (the engine of core.predict).

The model wrappers (the forest fast path that walks the trees on n_jobs threads, any other
predict_proba, torch devices, ensemble members for the uncertainty), the BlockPredictor that turns
a block of raw factor values into probability and spread, the block reader and the writers of the
output GeoTIFFs. core.predict streams the blocks here; core.predict_dask sends them to a cluster.
See core.predict's module docstring for what the maps hold.
"""

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr, osr

from .errors import LsmError
from .grid import FLOAT_NODATA, atomic_path, create_geotiff
from .parallel import map_threads, resolve_n_jobs
from .progress import check_canceled

gdal.UseExceptions()
ogr.UseExceptions()

#: n_jobs meaning "every CPU core"
ALL_CORES = -1
#: accepted values of the device option
DEVICES = ("auto", "cpu", "cuda")


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
            # the trees check the cancel flag themselves: no progress from here
            parts = map_threads(
                lambda c: self._partial(X, c, feedback, with_spread), chunks, threads, progress=False
            )
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


@dataclass
class BlockResult:
    """Outputs of one block: float32 arrays (ysize*xsize) with FLOAT_NODATA outside valid cells."""

    probability: np.ndarray
    spread: np.ndarray = None
    n_valid: int = 0
    n_unknown: int = 0


class BlockPredictor:
    """Turns a block of factor values into susceptibility (and uncertainty) values."""

    def __init__(
        self, bundles, columns, categories, uncertainty=False, n_jobs=ALL_CORES, device="auto", shifts=None
    ):
        self.models = [ModelProbability(b.model, n_jobs, device) for b in bundles]
        #: per model, a callable applied to its scores before they are combined (prior shift), or None
        self.shifts = list(shifts) if shifts else [None] * len(self.models)
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
        for model, columns, identity, shift in zip(self.models, self.columns, self.identity, self.shifts):
            Xm = Xv if identity and columns.size == Xv.shape[1] else Xv[:, columns]
            with_spread = self.uncertainty and len(self.models) == 1
            probability_m, spread_m = model.predict(Xm, feedback, with_spread)
            results.append((shift(probability_m) if shift else probability_m, spread_m))
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
