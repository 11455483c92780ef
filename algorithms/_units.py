"""Mapping-unit layers (polygons) for lsm:unitfactors, lsm:predictunits and lsm:unitclasses.

read_units(source, name, feedback) -> Units (fids, geometries, WKB, areas)
check_units_crs(source, name, crs, what) -> LsmError when the units are in another CRS
landslide_response(units, inventory, inventory_name, context, feedback) -> (count, area share or None)
unit_columns(source, name, fields) -> {field: float64 array (NaN for NULL)} in the units' order
write_units(alg, parameters, sink_name, context, source, units, columns, feedback) -> destination id:
    the units with their fields plus *columns* ([(name, kind, values)]; an existing field of that
    name is overwritten)
GraduatedVectorStyler(field, edges, labels=None): green-to-red graduated renderer on *field*
"""

from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
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


def unit_columns(source, name, fields, units=None):
    """{field: float64 values (NaN for NULL or text)} of the unit layer, in the order of *units*."""
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
    for feature in source.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)):
        attrs = feature.attributes()
        values[feature.id()] = [_number(attrs[k]) for k in idx]
    order = units.fids if units is not None else list(values)
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
            fields.append(make_field(name, kind))
            at = fields.count() - 1
        positions.append(at)
    return fields, positions


def _value(value, kind):
    if value is None or (isinstance(value, float) and not np.isfinite(value)):
        return None
    return int(value) if kind in ("int", "long") else float(value)


def write_units(alg, parameters, sink_name, context, source, units, columns, feedback):
    """Write the units with their own fields and *columns* [(name, kind, values)] into the sink."""
    fields, positions = _output_fields(source, columns)
    sink, dest_id = alg.parameterAsSink(
        parameters, sink_name, context, fields, source.wkbType(), source.sourceCrs()
    )
    if sink is None:
        raise LsmError(alg.invalidSinkError(parameters, sink_name))
    row_of = {fid: i for i, fid in enumerate(units.fids)}
    for feature in source.getFeatures():
        check_canceled(feedback)
        i = row_of[feature.id()]
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        attrs = list(feature.attributes()) + [None] * (fields.count() - len(feature.attributes()))
        for at, (_name, kind, values) in zip(positions, columns):
            attrs[at] = _value(float(values[i]), kind)
        out.setAttributes(attrs)
        if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
            raise LsmError(_tr("Cannot write the unit layer: {}").format(sink.lastError()))
    return dest_id


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
