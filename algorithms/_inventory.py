"""Reading landslide inventories, study areas and masks (feature sources) into the rasters' CRS.

    RESERVED_FIELDS: field names of a sample layer besides the factors (docs/ARCHITECTURE.md)
    parse_names(text) -> names of a comma / semicolon separated string
    read_inventory(source, target_crs, context, feedback, what="landslide inventory")
        -> ("point", xy array (n, 2)) or ("polygon", [WKB bytes])
    polygon_wkbs(source, target_crs, context, feedback, what) -> [WKB bytes] (polygons only)
Errors are core.errors.LsmError naming the layer.
"""

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError
from ._compat import GEOMETRY_POINT, GEOMETRY_POLYGON, geometry_type

#: field names of the sample layer besides the factors (docs/ARCHITECTURE.md)
RESERVED_FIELDS = ("label", "split", "row", "col", "prior", "fid")


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
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    kind = _geometry_kind(source, what)
    items, empty = [], 0
    for feature in source.getFeatures():
        if feedback.isCanceled():
            break
        geometry = _transformed(feature, transform, source, target_crs, what)
        if geometry is None:
            empty += 1
        elif kind == "point":
            items.extend((part.x(), part.y()) for part in geometry.constParts())
        else:
            items.append(bytes(geometry.asWkb()))
    if empty:
        feedback.pushWarning(
            _tr("{} feature(s) of the {} have no geometry and were skipped.").format(empty, what)
        )
    if not items:
        message = "The {} '{}' has no point." if kind == "point" else "The {} '{}' has no polygon."
        raise LsmError(_tr(message).format(what, source.sourceName()))
    return (kind, np.array(items, dtype=np.float64)) if kind == "point" else (kind, items)


def polygon_wkbs(source, target_crs, context, feedback, what):
    """WKB of every polygon of *source* in *target_crs* (for study areas and masks)."""
    kind, wkbs = read_inventory(source, target_crs, context, feedback, what)
    if kind != "polygon":
        raise LsmError(_tr("The {} '{}' must be a polygon layer.").format(what, source.sourceName()))
    return wkbs
