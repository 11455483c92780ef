"""Reading sample layers (points with a label field, factor fields, an optional split field).

    read_point_table(layer, fields, extra_fields=(), feedback=None) -> (X, extra, xy)
    source_name(alg, parameters, name, context) -> display name of a feature source parameter
    NamedSource(source, name): a feature source that reports *name* as its layer name
    add_sample_parameters(alg, factors=True, label_default="label")
    read_samples(alg, parameters, context, feedback, factor_names=None, categorical=None)
        -> (core Samples, layer name, CRS WKT)
    check_factor_fields(alg, parameters, context, factors, missing_message): INPUT opens and has the fields
    read_labels(values, layer_name, field_name, feedback) -> (labels int64 with -1 for NULL, n_null)
    split_field_of(alg, parameters, context, source, name) -> the SPLIT_FIELD to read, or ""
    cells_on_grid(xy, crs, grid, context) -> (rows, cols) of points in *crs* on *grid*, -1 for NaN points
    sample_fields(factor_names, prior=False, categorical=(), landslide_id=False) -> QgsFields of a sample
        layer (label, split, factors, row, col[, ls_id][, prior]), docs/ARCHITECTURE.md; categorical
        factors as long integers; ls_id (long): the inventory polygon of a landslide row, NULL elsewhere
    declared_categorical(layer) -> the factor fields a sample layer declares categorical (its integer
        factor fields; [] for a layer without 'row' and 'col')
    write_points(alg, parameters, name, context, fields, crs, rows, feedback) -> destination id: rows of
        (x, y, attributes) into the point sink *name*

Labels follow core.labels (the one label rule): NULL rows are dropped and counted in the log.
"""

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import sampleset
from ..core.errors import Canceled, LsmError
from ..core.labels import labelled, null_note, parse_labels
from ..core.progress import check_canceled
from ._compat import FIELD_NUMERIC, TYPE_VECTOR_POINT, WKB_POINT, make_field, parameter_as_strings

#: the inventory polygon id of a landslide sample (lsm:buildsamples on polygons); NULL on other rows
LANDSLIDE_ID_FIELD = "ls_id"


def _tr(text):
    return QCoreApplication.translate("LsmModels", text)


class NamedSource:
    """A feature source with the layer name read_point_table reports in its errors."""

    def __init__(self, source, name):
        self._source = source
        self._name = name

    def name(self):
        return self._name

    def fields(self):
        return self._source.fields()

    def featureCount(self):  # noqa: N802
        return self._source.featureCount()

    def getFeatures(self, *args):  # noqa: N802
        return self._source.getFeatures(*args)


def source_name(alg, parameters, name, context):
    """Display name of a feature source parameter's layer (for messages)."""
    layer = alg.parameterAsVectorLayer(parameters, name, context)
    if layer is not None:
        return layer.name()
    value = parameters.get(name)
    return str(getattr(value, "source", value) or name)


def _attribute(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def _number(value):
    try:
        return float(value) if value is not None else np.nan
    except (TypeError, ValueError):
        return np.nan


def _point(feature):
    geometry = feature.geometry()
    if geometry is None or geometry.isEmpty():
        return (np.nan, np.nan)
    point = geometry.centroid().asPoint()
    return (point.x(), point.y())


def read_point_table(layer, fields, extra_fields=(), feedback=None):
    """Columns of a point/vector layer as numpy arrays.

    Returns (X, extra, xy): X float64 (n, len(fields)) with NaN for NULL; extra a dict
    field -> object array for *extra_fields* (e.g. 'label', 'split'); xy (n, 2) of the feature
    points (centroid for non-point geometries; NaN when empty). Fields that do not exist raise an
    LsmError naming the layer and the fields it has.
    """
    names = layer.fields().names()
    missing = [f for f in list(fields) + list(extra_fields) if f not in names]
    if missing:
        raise LsmError(
            _tr("Layer '{}' has no field(s) {} (its fields: {}).").format(
                layer.name(), ", ".join(missing), ", ".join(names)
            )
        )
    idx = [names.index(f) for f in fields]
    eidx = {f: names.index(f) for f in extra_fields}
    rows, extra, xy = [], {f: [] for f in extra_fields}, []
    for feature in layer.getFeatures():
        if feedback is not None and feedback.isCanceled():
            raise Canceled()
        attrs = feature.attributes()
        rows.append([_number(attrs[k]) for k in idx])
        for f, k in eidx.items():
            extra[f].append(_attribute(attrs[k]))
        xy.append(_point(feature))
    X = np.array(rows, dtype=np.float64).reshape(len(rows), len(fields))
    columns = {}
    for f, values in extra.items():
        column = np.empty(len(values), dtype=object)
        column[:] = values
        columns[f] = column
    return X, columns, np.array(xy, dtype=np.float64).reshape(len(xy), 2)


def read_labels(values, layer_name, field_name, feedback):
    """(labels, n_null) by core.labels; the NULL rows are counted in the log."""
    labels = parse_labels(values, layer_name, field_name)
    _mask, n_null = labelled(labels)
    if n_null:
        feedback.pushInfo(null_note(n_null, layer_name, field_name))
    return labels, n_null


def add_sample_parameters(alg, factors=True, label_default="label"):
    """INPUT, LABEL_FIELD, [FACTOR_FIELDS, CATEGORICAL_FIELDS], SPLIT_FIELD parameters."""
    p = QgsProcessingParameterFeatureSource(alg.INPUT, _tr("Samples"), [TYPE_VECTOR_POINT])
    p.setHelp(
        _tr(
            "Point layer of samples: an lsm:buildsamples / lsm:spysampling output (fields label, split and one "
            "field per factor) or any point layer with a 0/1 field."
        )
    )
    alg.addParameter(p)
    # optional with a default: qgis_process (3.22) asks for every mandatory field parameter, default or not
    p = QgsProcessingParameterField(
        alg.LABEL_FIELD,
        _tr("Label field (1 landslide, 0 non-landslide)"),
        label_default,
        alg.INPUT,
        optional=True,
    )
    p.setHelp(
        _tr(
            "Field holding 1 for landslides and 0 for the other samples (default 'label'); true/false and "
            "yes/no are accepted, NULL rows are skipped."
        )
    )
    alg.addParameter(p)
    if factors:
        _add_factor_parameters(alg)
    p = QgsProcessingParameterField(
        alg.SPLIT_FIELD, _tr("Split field ('train' / 'test')"), "split", alg.INPUT, optional=True
    )
    p.setHelp(
        _tr(
            "Field saying which samples are for training and which for testing (lsm:buildsamples writes "
            "'split'). Without it the samples are split at random, each class apart."
        )
    )
    alg.addParameter(p)


def _add_factor_parameters(alg):
    p = QgsProcessingParameterField(
        alg.FACTOR_FIELDS,
        _tr("Factor fields"),
        parentLayerParameterName=alg.INPUT,
        type=FIELD_NUMERIC,
        allowMultiple=True,
    )
    p.setHelp(_tr("The conditioning factors, in the order the model will expect them."))
    alg.addParameter(p)
    p = QgsProcessingParameterField(
        alg.CATEGORICAL_FIELDS,
        _tr("Categorical factor fields (one-hot encoded)"),
        parentLayerParameterName=alg.INPUT,
        type=FIELD_NUMERIC,
        allowMultiple=True,
        optional=True,
    )
    p.setHelp(
        _tr("Factors holding class codes (lithology, land cover); they must be among the factor fields.")
    )
    alg.addParameter(p)


def _check_factor_choice(name, label_field, factor_names, categorical):
    if not factor_names:
        raise LsmError(_tr("Choose the factor fields of layer '{}'.").format(name))
    if label_field in factor_names:
        raise LsmError(
            _tr("The label field '{}' is also chosen as a factor: remove it from the factor fields.").format(
                label_field
            )
        )
    unknown = [c for c in (categorical or []) if c not in factor_names]
    if unknown:
        raise LsmError(
            _tr("Categorical field(s) {} are not among the factor fields; add them there too.").format(
                ", ".join(unknown)
            )
        )


def split_field_of(alg, parameters, context, source, name):
    """The split field to read, or '' (the default 'split' may be missing: random split then)."""
    split_field = alg.parameterAsString(parameters, alg.SPLIT_FIELD, context) if alg.SPLIT_FIELD else ""
    if not split_field or split_field in source.fields().names():
        return split_field
    if split_field != "split":
        raise LsmError(
            _tr("Layer '{}' has no split field '{}' (its fields: {}).").format(
                name, split_field, ", ".join(source.fields().names())
            )
        )
    return ""


def check_factor_fields(alg, parameters, context, factors, missing_message):
    """Check that the INPUT sample layer opens and has every field of *factors* (a bundle's factors);
    otherwise LsmError *missing_message* (translated by the algorithm) formatted with the missing
    fields, the layer's fields and *factors*, each joined by ", "."""
    source = alg.parameterAsSource(parameters, alg.INPUT, context)
    if source is None:
        raise LsmError(_tr("The samples layer could not be opened."))
    names = source.fields().names()
    missing = [f for f in factors if f not in names]
    if missing:
        raise LsmError(missing_message.format(", ".join(missing), ", ".join(names), ", ".join(factors)))


def read_samples(alg, parameters, context, feedback, factor_names=None, categorical=None):
    """(Samples, layer name, CRS WKT) from the sample parameters; the factor fields from the
    FACTOR_FIELDS parameter unless *factor_names* is given."""
    source = alg.parameterAsSource(parameters, alg.INPUT, context)
    if source is None:
        raise LsmError(_tr("The samples layer could not be opened."))
    name = source_name(alg, parameters, alg.INPUT, context)
    label_field = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or "label"
    if factor_names is None:
        factor_names = parameter_as_strings(alg, parameters, alg.FACTOR_FIELDS, context)
        categorical = parameter_as_strings(alg, parameters, alg.CATEGORICAL_FIELDS, context)
    _check_factor_choice(name, label_field, factor_names, categorical)
    split_field = split_field_of(alg, parameters, context, source, name)
    kind_field = (
        sampleset.NEGATIVE_KIND_FIELD if sampleset.NEGATIVE_KIND_FIELD in source.fields().names() else ""
    )
    extra = [label_field] + ([split_field] if split_field else []) + ([kind_field] if kind_field else [])
    X, columns, xy = read_point_table(NamedSource(source, name), factor_names, extra, feedback)
    labels, n_null = read_labels(columns[label_field], name, label_field, feedback)
    split = sampleset.parse_split(columns[split_field]) if split_field else None
    kinds = (
        sampleset.parse_negative_kinds(columns[kind_field], name)
        if kind_field
        else sampleset.default_kind(source.fields().names())
    )
    samples = sampleset.make_samples(X, labels, factor_names, categorical or [], split, xy, name, kinds)
    missing = samples.dropped - n_null
    if missing:
        feedback.pushWarning(
            _tr("{} sample(s) of '{}' were left out: a missing factor value.").format(missing, name)
        )
    for warning in samples.warnings:
        feedback.pushWarning(warning)
    crs = source.sourceCrs()
    return samples, name, crs.toWkt() if crs.isValid() else ""


def cells_on_grid(xy, crs, grid, context):
    """(rows, cols) int64 of the points *xy* (n, 2) given in *crs* on *grid*, reprojected into the
    grid's CRS when they differ; -1 for points with NaN coordinates."""
    target = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt) if grid.crs_wkt else crs
    if crs.isValid() and target.isValid() and crs != target:
        transform = QgsCoordinateTransform(crs, target, context.transformContext())
        moved = np.full_like(xy, np.nan)
        for i, (x, y) in enumerate(xy):
            if np.isfinite(x) and np.isfinite(y):
                point = transform.transform(QgsPointXY(float(x), float(y)))
                moved[i] = (point.x(), point.y())
        xy = moved
    finite = np.isfinite(xy).all(axis=1)
    rows = np.full(len(xy), -1, dtype=np.int64)
    cols = np.full(len(xy), -1, dtype=np.int64)
    if finite.any():
        rows[finite], cols[finite] = grid.rowcol(xy[finite, 0], xy[finite, 1])
    return rows, cols


def sample_fields(factor_names, prior=False, categorical=(), landslide_id=False):
    """Fields of a sample layer: label, split, one double per factor (a long integer for the
    *categorical* ones: how the layer declares them, declared_categorical), row, col (then ls_id,
    a long integer, with *landslide_id*; then prior)."""
    fields = QgsFields()
    fields.append(make_field("label", "int"))
    fields.append(make_field("split", "str", 5))
    for name in factor_names:
        fields.append(make_field(name, "long" if name in set(categorical) else "double"))
    fields.append(make_field("row", "int"))
    fields.append(make_field("col", "int"))
    if landslide_id:
        fields.append(make_field(LANDSLIDE_ID_FIELD, "long"))
    if prior:
        fields.append(make_field("prior", "double"))
    return fields


def write_points(alg, parameters, name, context, fields, crs, rows, feedback):
    """Write *rows* of (x, y, attributes in *fields* order) as points into the sink parameter
    *name*; returns its destination id. Cancel is checked before every point."""
    sink, dest_id = alg.parameterAsSink(parameters, name, context, fields, WKB_POINT, crs)
    if sink is None:
        raise LsmError(alg.invalidSinkError(parameters, name))
    for x, y, attributes in rows:
        check_canceled(feedback)
        feature = QgsFeature(fields)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feature.setAttributes(attributes)
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            raise LsmError(
                _tr("Cannot write the layer '{}': {}").format(
                    alg.parameterDefinition(name).description(), sink.lastError()
                )
            )
    return dest_id


#: type ids of integer fields, the same in QVariant and QMetaType (Int 2, UInt 3, LongLong 4, ULongLong 5):
#: a GeoPackage round trip turns 'long' into LongLong, a memory layer keeps it, a shapefile may give Int
_INTEGER_TYPES = {2, 3, 4, 5}


def _type_id(field):
    kind = field.type()
    return int(getattr(kind, "value", kind))


#: the fields of a sample layer that are not factors (RESERVED_FIELDS and the negatives' kind)
_NOT_FACTORS = {
    "label",
    "split",
    "row",
    "col",
    LANDSLIDE_ID_FIELD,
    "prior",
    "fid",
    sampleset.NEGATIVE_KIND_FIELD,
}


def declared_categorical(layer):
    """The factor fields a sample layer of lsm:buildsamples / lsm:spysampling declares categorical, in
    field order: its integer factor fields (these algorithms write continuous factors as doubles and
    the factors declared categorical as long integers; that survives GeoPackage, memory and shapefile
    round trips). [] for a layer without their 'row' and 'col' fields (any other point layer: its
    integer fields say nothing). *layer*: anything with fields() (a layer, a feature source)."""
    fields = layer.fields()
    names = fields.names()
    if "row" not in names or "col" not in names:
        return []
    return [f.name() for f in fields if f.name() not in _NOT_FACTORS and _type_id(f) in _INTEGER_TYPES]
