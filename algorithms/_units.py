"""Mapping-unit layers (polygons) for lsm:unitfactors, lsm:predictunits and lsm:unitclasses.

read_units(source, name, feedback) -> Units (fids, geometries, WKB, areas)
check_units_crs(source, name, crs, what) -> LsmError when the units are in another CRS
landslide_response(units, inventory, inventory_name, context, feedback) -> (count, area share or None)
unit_columns(source, name, fields, units=None, feedback=None) -> {field: float64 array (NaN for NULL)} in
    the units' order
read_unit_table(source, name, fields, feedback) -> (Units without geometries, columns), one pass
write_units(alg, parameters, sink_name, context, source, units, columns, feedback) -> destination id:
    the units with their fields plus *columns* ([(name, kind, values)], kind 'int', 'long', 'double' or
    'str'; NaN and '' are NULL; an existing field of that name is overwritten)
GraduatedVectorStyler(field, edges, labels=None): green-to-red graduated renderer on *field*
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsRendererRange,
    QgsSpatialIndex,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError
from ..core.progress import check_canceled
from ._compat import GEOMETRY_POINT, geometry_type, make_field
from ._styling import ramp_colors


def _tr(text):
    return QCoreApplication.translate("LsmUnits", text)


@dataclass
class Units:
    fids: list
    geometries: list
    wkbs: list
    areas: np.ndarray
    name: str

    def __len__(self):
        return len(self.fids)


def check_units_crs(source, name, crs, what):
    """LsmError when the units' CRS differs from *crs* (of the rasters)."""
    if source.sourceCrs().isValid() and crs.isValid() and source.sourceCrs() != crs:
        raise LsmError(
            _tr(
                "The units '{}' are in {} but the {} are in {}: reproject the units (Vector > Data Management "
                "Tools > Reproject Layer) and run again."
            ).format(name, source.sourceCrs().authid(), what, crs.authid())
        )


def read_units(source, name, feedback):
    """The polygons of the unit layer (empty geometries kept, with area 0)."""
    fids, geometries, wkbs, areas = [], [], [], []
    for feature in source.getFeatures():
        check_canceled(feedback)
        geometry = QgsGeometry(feature.geometry())
        fids.append(feature.id())
        geometries.append(geometry)
        empty = geometry is None or geometry.isEmpty()
        wkbs.append(b"" if empty else bytes(geometry.asWkb()))
        areas.append(0.0 if empty else geometry.area())
    if not fids:
        raise LsmError(_tr("The unit layer '{}' has no feature.").format(name))
    return Units(fids, geometries, wkbs, np.array(areas, dtype=np.float64), name)


def _index(units):
    index = QgsSpatialIndex()
    for i, geometry in enumerate(units.geometries):
        if geometry is not None and not geometry.isEmpty():
            index.addFeature(i, geometry.boundingBox())
    return index


def _inventory_geometries(inventory, units_crs, context, feedback):
    transform = QgsCoordinateTransform(inventory.sourceCrs(), units_crs, context.transformContext())
    for feature in inventory.getFeatures():
        check_canceled(feedback)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        if inventory.sourceCrs().isValid() and units_crs.isValid() and inventory.sourceCrs() != units_crs:
            geometry.transform(transform)
        yield geometry


def landslide_response(units, units_crs, inventory, inventory_name, context, feedback):
    """(count, landslide area share or None): landslide points inside each unit, or landslide polygons
    touching it and the share of its area they cover (polygons of the inventory may overlap: their
    union is not taken, so overlapping landslides count their overlap twice, capped at 1)."""
    kind = geometry_type(inventory.wkbType())
    points = kind == GEOMETRY_POINT
    count = np.zeros(len(units), dtype=np.int64)
    covered = None if points else np.zeros(len(units), dtype=np.float64)
    index = _index(units)
    n_landslides = 0
    for geometry in _inventory_geometries(inventory, units_crs, context, feedback):
        n_landslides += 1
        for i in index.intersects(geometry.boundingBox()):
            unit = units.geometries[i]
            if points:
                count[i] += sum(
                    1 for part in geometry.constParts() if unit.contains(QgsGeometry(part.clone()))
                )
            elif unit.intersects(geometry):
                count[i] += 1
                covered[i] += unit.intersection(geometry).area()
    if n_landslides == 0:
        raise LsmError(
            _tr("The landslide inventory '{}' has no feature with a geometry.").format(inventory_name)
        )
    if covered is not None:
        with np.errstate(invalid="ignore", divide="ignore"):
            covered = np.minimum(np.where(units.areas > 0, covered / units.areas, np.nan), 1.0)
    return count, covered


def read_unit_table(source, name, fields, feedback):
    """(Units without geometries, {field: float64 values}) in one pass without geometries: what
    lsm:predictunits needs (write_units copies the geometries from the source)."""
    fids, values = _read_columns(source, name, fields, feedback)
    if not fids:
        raise LsmError(_tr("The unit layer '{}' has no feature.").format(name))
    return Units(fids, [], [], np.zeros(len(fids)), name), _table(values, fids, fields)


def unit_columns(source, name, fields, units=None, feedback=None):
    """{field: float64 values (NaN for NULL or text)} of the unit layer, in the order of *units*."""
    fids, values = _read_columns(source, name, fields, feedback)
    return _table(values, units.fids if units is not None else fids, fields)


def _read_columns(source, name, fields, feedback):
    """(feature ids in layer order, {fid: [value per field]}), read without geometries."""
    names = source.fields().names()
    missing = [f for f in fields if f not in names]
    if missing:
        raise LsmError(
            _tr("The unit layer '{}' has no field(s) {} (its fields: {}).").format(
                name, ", ".join(missing), ", ".join(names)
            )
        )
    idx = [names.index(f) for f in fields]
    values = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry).setSubsetOfAttributes(idx)
    for i, feature in enumerate(source.getFeatures(request)):
        if i % 1000 == 0:
            check_canceled(feedback)
        attrs = feature.attributes()
        values[feature.id()] = [_number(attrs[k]) for k in idx]
    return list(values), values


def _table(values, order, fields):
    table = np.array([values[fid] for fid in order], dtype=np.float64).reshape(len(order), len(fields))
    return {f: table[:, j] for j, f in enumerate(fields)}


def _number(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return np.nan
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan


def _output_fields(source, columns):
    fields = QgsFields(source.fields())
    positions = []
    for name, kind, _values in columns:
        at = fields.indexOf(name)
        if at < 0:
            fields.append(make_field(name, kind, 16 if kind == "str" else 0))
            at = fields.count() - 1
        positions.append(at)
    return fields, positions


def _attribute_list(values, kind):
    """The attributes of one column as a Python list: None for NaN / None / '' (text columns)."""
    if kind == "str":
        return [str(v) if v not in (None, "") else None for v in values]
    v = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(v)
    out = np.empty(v.size, dtype=object)
    out[finite] = v[finite].astype(np.int64).tolist() if kind in ("int", "long") else v[finite].tolist()
    out[~finite] = None
    return out.tolist()


#: features handed to the sink at once
WRITE_BATCH = 1000


def write_units(alg, parameters, sink_name, context, source, units, columns, feedback):
    """Write the units with their own fields and *columns* [(name, kind, values)] into the sink."""
    fields, positions = _output_fields(source, columns)
    sink, dest_id = alg.parameterAsSink(
        parameters, sink_name, context, fields, source.wkbType(), source.sourceCrs()
    )
    if sink is None:
        raise LsmError(alg.invalidSinkError(parameters, sink_name))
    row_of = {fid: i for i, fid in enumerate(units.fids)}
    added = [_attribute_list(values, kind) for _name, kind, values in columns]
    width = fields.count()
    batch = []
    for feature in source.getFeatures():
        i = row_of[feature.id()]
        attrs = feature.attributes()
        attrs += [None] * (width - len(attrs))
        for at, column in zip(positions, added):
            attrs[at] = column[i]
        feature.setFields(fields, False)
        feature.setAttributes(attrs)
        batch.append(feature)
        if len(batch) >= WRITE_BATCH:
            _flush(sink, batch, feedback)
    _flush(sink, batch, feedback)
    return dest_id


def _flush(sink, batch, feedback):
    check_canceled(feedback)
    if batch and not sink.addFeatures(batch, QgsFeatureSink.Flag.FastInsert):
        raise LsmError(_tr("Cannot write the unit layer: {}").format(sink.lastError()))
    batch.clear()


class GraduatedVectorStyler(QgsProcessingLayerPostProcessorInterface):
    """Graduated green-to-red renderer on *field* with class *edges* (k+1 values)."""

    def __init__(self, field, edges, labels=None):
        super().__init__()
        self.field = field
        self.edges = [float(e) for e in edges]
        self.labels = list(labels) if labels else None

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if not isinstance(layer, QgsVectorLayer) or not layer.isValid() or len(self.edges) < 2:
            return
        n = len(self.edges) - 1
        colors = ramp_colors(n)
        ranges = []
        for j in range(n):
            symbol = QgsSymbol.defaultSymbol(layer.geometryType())
            symbol.setColor(colors[j])
            label = self.labels[j] if self.labels else f"{self.edges[j]:.3g} - {self.edges[j + 1]:.3g}"
            ranges.append(QgsRendererRange(self.edges[j], self.edges[j + 1], symbol, label))
        layer.setRenderer(QgsGraduatedSymbolRenderer(self.field, ranges))
        layer.triggerRepaint()
