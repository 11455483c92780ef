"""Reading landslide inventories, study areas and masks (feature sources) into the rasters' CRS.

    RESERVED_FIELDS: field names of a sample layer besides the factors (docs/ARCHITECTURE.md)
    parse_names(text) -> names of a comma / semicolon separated string
    read_inventory(source, target_crs, context, feedback, what="landslide inventory")
        -> ("point", xy array (n, 2)) or ("polygon", [WKB bytes])
    read_inventory_ids(source, target_crs, context, feedback, what="landslide inventory", id_field="")
        -> (kind, items as read_inventory, int64 ids: per item its feature id or *id_field* value)
    polygon_wkbs(source, target_crs, context, feedback, what) -> [WKB bytes] (polygons only)
Errors are core.errors.LsmError naming the layer.
"""

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError
from ._compat import GEOMETRY_POINT, GEOMETRY_POLYGON, geometry_type

#: field names of the sample layer besides the factors (docs/ARCHITECTURE.md)
RESERVED_FIELDS = ("label", "split", "row", "col", "ls_id", "prior", "fid")


def _tr(text):
    return QCoreApplication.translate("LsmAlgorithm", text)


def parse_names(text):
    """Names from a comma (or semicolon) separated string, blanks dropped."""
    return [n.strip() for n in str(text or "").replace(";", ",").split(",") if n.strip()]


def _transformed(feature, transform, source, target_crs, what):
    """The feature's geometry in the target CRS, or None when it has none."""
    geometry = QgsGeometry(feature.geometry())
    if geometry is None or geometry.isEmpty():
        return None
    try:
        geometry.transform(transform)
    except Exception as exc:  # QgsCsException
        raise LsmError(
            _tr("The {} '{}' cannot be transformed to the rasters' CRS ({}): {}").format(
                what, source.sourceName(), target_crs.authid(), exc
            )
        ) from exc
    return geometry


def _geometry_kind(source, what):
    kind = geometry_type(source.wkbType())
    if kind not in (GEOMETRY_POINT, GEOMETRY_POLYGON):
        raise LsmError(_tr("The {} '{}' must be a point or polygon layer.").format(what, source.sourceName()))
    return "point" if kind == GEOMETRY_POINT else "polygon"


def read_inventory(source, target_crs, context, feedback, what="landslide inventory"):
    """('point', xy array) or ('polygon', list of WKB) of a feature source, in *target_crs*.

    Multi-point features give one landslide per part. Features without geometry are counted.
    """
    kind, items, _ids = read_inventory_ids(source, target_crs, context, feedback, what)
    return kind, items


def _feature_id(feature, id_field, index, bad):
    """The integer id of *feature*: its feature id, or the value of *id_field* (NULL and non-integer
    values are counted in *bad* by kind and give 0)."""
    if not id_field:
        return int(feature.id())
    value = feature.attributes()[index]
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        bad["NULL"] += 1
        return 0
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not np.isfinite(number) or number != round(number):
        bad["non-integer"] += 1
        return 0
    return int(round(number))


def _id_index(source, id_field, what):
    if not id_field:
        return -1
    index = source.fields().lookupField(id_field)
    if index < 0:
        raise LsmError(
            _tr("The {} '{}' has no field '{}' (its fields: {}): choose its ID field.").format(
                what, source.sourceName(), id_field, ", ".join(source.fields().names())
            )
        )
    return index


def read_inventory_ids(source, target_crs, context, feedback, what="landslide inventory", id_field=""):
    """(kind, items, ids) as read_inventory, with the int64 id of every item: the feature id, or the
    integer value of *id_field* (LsmError for a missing field, NULL or non-integer values)."""
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    kind = _geometry_kind(source, what)
    index = _id_index(source, id_field, what)
    items, ids, empty, bad = [], [], 0, {"NULL": 0, "non-integer": 0}
    for feature in source.getFeatures():
        if feedback.isCanceled():
            break
        geometry = _transformed(feature, transform, source, target_crs, what)
        if geometry is None:
            empty += 1
            continue
        fid = _feature_id(feature, id_field, index, bad)
        if kind == "point":
            parts = [(part.x(), part.y()) for part in geometry.constParts()]
            items.extend(parts)
            ids.extend([fid] * len(parts))
        else:
            items.append(bytes(geometry.asWkb()))
            ids.append(fid)
    if empty:
        feedback.pushWarning(
            _tr("{} feature(s) of the {} have no geometry and were skipped.").format(empty, what)
        )
    for problem, count in bad.items():
        if count:
            raise LsmError(
                _tr(
                    "{} feature(s) of the {} '{}' have a {} value in the ID field '{}': give every feature an integer id, or leave the ID field empty (feature ids)."
                ).format(count, what, source.sourceName(), problem, id_field)
            )
    if not items:
        message = "The {} '{}' has no point." if kind == "point" else "The {} '{}' has no polygon."
        raise LsmError(_tr(message).format(what, source.sourceName()))
    items = np.array(items, dtype=np.float64) if kind == "point" else items
    return kind, items, np.array(ids, dtype=np.int64)


def polygon_wkbs(source, target_crs, context, feedback, what):
    """WKB of every polygon of *source* in *target_crs* (for study areas and masks)."""
    kind, wkbs = read_inventory(source, target_crs, context, feedback, what)
    if kind != "polygon":
        raise LsmError(_tr("The {} '{}' must be a polygon layer.").format(what, source.sourceName()))
    return wkbs
