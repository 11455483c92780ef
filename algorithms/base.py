"""Base class of every `lsm` algorithm: translation, instance creation, icon, help, dependencies."""

import contextlib
import os

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core.dependencies import dependency_message
from ..core.errors import Canceled, LsmError
from ..core.grid import Factor
from ..plugin.provider import ICON_PATH

#: group id -> English display name (translated in group()); ids never change
GROUPS = {
    "factors": "Factors",
    "samples": "Samples",
    "negatives": "Negatives",
    "models": "Models",
    "maps": "Maps",
    "evaluation": "Evaluation",
}

HELP_URL = "https://github.com/lsm-plugin/landslide_susceptibility#algorithm-reference"


class LsmAlgorithm(QgsProcessingAlgorithm):
    """Our base algorithm.

    Subclasses set ALGORITHM_NAME, DISPLAY_NAME, GROUP_ID, HELP (English, translated through tr),
    REQUIRES (import names of optional packages) and implement initAlgorithm() and run().
    run() may raise core.errors.LsmError; it becomes a QgsProcessingException here.
    """

    ALGORITHM_NAME = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    HELP = ""
    REQUIRES = ()

    def tr(self, text):
        """Translate *text* with the class name as context."""
        return QCoreApplication.translate(type(self).__name__, text)

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()

    def name(self):
        return self.ALGORITHM_NAME

    def displayName(self):  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return QCoreApplication.translate("LsmAlgorithm", GROUPS[self.GROUP_ID])

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802
        return ICON_PATH

    def shortHelpString(self):  # noqa: N802
        return self.tr(self.HELP)

    def helpUrl(self):  # noqa: N802
        return HELP_URL

    def canExecute(self):  # noqa: N802
        """(False, message with the pip line) when an optional dependency is missing."""
        message = dependency_message(self.REQUIRES)
        if message:
            return False, self.tr(message)
        return True, ""

    def __init_subclass__(cls, **kwargs):
        """Subclasses write their work as run(parameters, context, feedback); that name is also
        QgsProcessingAlgorithm.run (the executor's entry point), so it is kept as _lsm_run."""
        super().__init_subclass__(**kwargs)
        own_run = cls.__dict__.get("run")
        if own_run is not None:
            cls._lsm_run = own_run
            delattr(cls, "run")

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        try:
            with joblib_threads():
                return self._lsm_run(parameters, context, feedback)
        except Canceled:
            message = self.tr("Cancelled: no output was written.")
        except LsmError as exc:
            message = str(exc)
        # Raised outside the except block, so the message reaches the user without a chained traceback
        # that would keep the run's frames (readers, arrays) alive with the exception.
        raise QgsProcessingException(message)

    def _lsm_run(self, parameters, context, feedback):
        """The subclass's run(parameters, context, feedback): do the work, return the results."""
        raise NotImplementedError

    # -- helpers shared by the algorithms -------------------------------------------------------

    def raster_factors(self, layers, categorical_names=()):
        """core Factor list from raster layers: a single band is named after the layer, each band
        of a multi-band stack after its description (or '<layer>_b<n>' without one)."""
        from osgeo import gdal

        categorical = {name.strip() for name in categorical_names if name.strip()}
        factors = []
        for layer in layers:
            if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
                raise QgsProcessingException(
                    self.tr("Layer '{}' is not a valid raster layer.").format(
                        getattr(layer, "name", lambda: "?")()
                    )
                )
            path = layer.source().split("|")[0]
            if not os.path.exists(path):
                raise QgsProcessingException(
                    self.tr("Raster '{}' is not a file on disk ({}); save it as GeoTIFF first.").format(
                        layer.name(), path
                    )
                )
            count = layer.bandCount()
            dataset = gdal.Open(path) if count > 1 else None
            for band in range(1, count + 1):
                if count == 1:
                    name = layer.name()
                else:
                    description = dataset.GetRasterBand(band).GetDescription().strip()
                    name = description or f"{layer.name()}_b{band}"
                factors.append(Factor(name=name, path=path, band=band, categorical=name in categorical))
        names = [f.name for f in factors]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise QgsProcessingException(
                self.tr(
                    "Several factor bands are named {}: rename the layers (or band descriptions) so "
                    "each factor has its own name."
                ).format(", ".join(duplicates))
            )
        unknown = categorical - set(names)
        if unknown:
            raise QgsProcessingException(
                self.tr("Categorical factor(s) {} are not among the factor rasters ({}).").format(
                    ", ".join(sorted(unknown)), ", ".join(names)
                )
            )
        return factors

    @staticmethod
    def default_run_store(context, output_path=None):
        """The run store folder: 'lsm_runs' beside the saved project, else beside the output,
        else in the user's home."""
        project = context.project() if context is not None else None
        project = project or QgsProject.instance()
        home = project.homePath() if project is not None else ""
        if home:
            return os.path.join(home, "lsm_runs")
        if output_path and not str(output_path).startswith(("memory:", "TEMPORARY_OUTPUT")):
            return os.path.join(os.path.dirname(os.path.abspath(output_path)), "lsm_runs")
        return os.path.join(os.path.expanduser("~"), "lsm_runs")


#: column kinds of write_table
FIELD_KINDS = {
    "str": QVariant.String,
    "int": QVariant.Int,
    "long": QVariant.LongLong,
    "double": QVariant.Double,
}


def table_fields(columns):
    """QgsFields from (name, kind) pairs, kind in FIELD_KINDS ('str', 'int', 'long', 'double')."""
    fields = QgsFields()
    for column, kind in columns:
        fields.append(QgsField(column, FIELD_KINDS[kind]))
    return fields


def table_values(row, columns):
    """Attribute values of one row for *columns*: None (NULL) for missing values and NaN, the
    column's Python type otherwise (numpy scalars included). Infinity stays: a VIF of a perfectly
    collinear factor is reported as inf."""
    import numpy as np

    values = []
    for value, (_column, kind) in zip(row, columns):
        if value is None or (isinstance(value, (float, np.floating)) and np.isnan(value)):
            values.append(None)
        elif kind in ("int", "long"):
            values.append(int(value))
        elif kind == "double":
            values.append(float(value))
        else:
            values.append(str(value))
    return values


def write_table(alg, parameters, name, context, columns, rows, required=False):
    """Write *rows* (sequences in *columns* order) into the table sink parameter *name* (no
    geometry); returns its destination id, or None when the sink was not asked for. With
    *required*, a sink that cannot be created is an error."""
    fields = table_fields(columns)
    sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.NoGeometry)
    if sink is None:
        if required:
            raise QgsProcessingException(alg.invalidSinkError(parameters, name))
        return None
    for row in rows:
        feature = QgsFeature(fields)
        feature.setAttributes(table_values(row, columns))
        if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(
                QCoreApplication.translate("LsmAlgorithm", "Cannot write the table '{}': {}").format(
                    alg.parameterDefinition(name).description(), sink.lastError()
                )
            )
    return dest_id


def push_notes(feedback, notes):
    """Show core notes in the log: those starting with 'WARNING: ' as warnings, the rest as info."""
    for note in notes:
        if note.startswith("WARNING: "):
            feedback.pushWarning(note[len("WARNING: ") :])
        else:
            feedback.pushInfo(note)


def joblib_threads():
    """Context in which joblib (scikit-learn's and imbalanced-learn's n_jobs) runs on threads.

    Inside QGIS, sys.executable is the QGIS binary (or, under qgis_process, whatever `python3` the
    PATH finds), so joblib's default process workers would start the wrong program; threads also
    avoid copying the data to worker processes. The setting is local to the running thread.
    """
    try:
        from joblib import parallel_config
    except ImportError:
        try:
            from joblib import parallel_backend
        except ImportError:
            return contextlib.nullcontext()
        return parallel_backend("threading")
    return parallel_config(backend="threading")


def read_point_table(layer, fields, extra_fields=(), feedback=None):
    """Columns of a point/vector layer as numpy arrays.

    Returns (X, extra, xy): X float64 (n, len(fields)) with NaN for NULL; extra a dict
    field -> object array for *extra_fields* (e.g. 'label', 'split'); xy (n, 2) of the feature
    points (centroid for non-point geometries; NaN when empty). Fields that do not exist raise a
    QgsProcessingException naming the layer and the fields it has.
    """
    import numpy as np

    names = layer.fields().names()
    missing = [f for f in list(fields) + list(extra_fields) if f not in names]
    if missing:
        raise QgsProcessingException(
            QCoreApplication.translate(
                "LsmAlgorithm", "Layer '{}' has no field(s) {} (its fields: {})."
            ).format(layer.name(), ", ".join(missing), ", ".join(names))
        )
    count = max(0, layer.featureCount())
    X = np.full((count, len(fields)), np.nan, dtype=np.float64)
    extra = {f: np.empty(count, dtype=object) for f in extra_fields}
    xy = np.full((count, 2), np.nan, dtype=np.float64)
    idx = [names.index(f) for f in fields]
    eidx = {f: names.index(f) for f in extra_fields}
    i = 0
    for feature in layer.getFeatures():
        if feedback is not None and feedback.isCanceled():
            raise Canceled()
        if i >= count:
            X = np.vstack([X, np.full((1, len(fields)), np.nan)])
            xy = np.vstack([xy, np.full((1, 2), np.nan)])
            for f in extra:
                extra[f] = np.append(extra[f], None)
        attrs = feature.attributes()
        for j, k in enumerate(idx):
            value = attrs[k]
            try:
                X[i, j] = float(value) if value is not None else np.nan
            except (TypeError, ValueError):
                X[i, j] = np.nan
        for f, k in eidx.items():
            value = attrs[k]
            extra[f][i] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
        geometry = feature.geometry()
        if geometry is not None and not geometry.isEmpty():
            point = geometry.centroid().asPoint()
            xy[i] = (point.x(), point.y())
        i += 1
    return X[:i], {f: v[:i] for f, v in extra.items()}, xy[:i]
