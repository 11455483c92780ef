"""The mask layer of the map algorithms (lsm:predictraster, lsm:contributionmaps): its polygons in the
factor grid's CRS as a core.predict.PolygonMask, or None when no mask is given.

    polygon_mask(alg, parameters, context, grid, feedback) -> PolygonMask or None
*alg* has a MASK parameter. Messages keep lsm:predictraster's translation context, where they began.
"""

from qgis.core import QgsCoordinateReferenceSystem, QgsFeatureRequest
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError


def _tr(text):
    return QCoreApplication.translate("PredictRasterAlgorithm", text)


def polygon_mask(alg, parameters, context, grid, feedback):
    """PolygonMask of *alg*'s mask layer in the grid's CRS, or None."""
    from ..core.predict import PolygonMask

    source = alg.parameterAsSource(parameters, alg.MASK, context)
    if source is None:
        return None
    request = QgsFeatureRequest()
    if grid.crs_wkt:
        request.setDestinationCrs(
            QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt), context.transformContext()
        )
    geometries = []
    for feature in source.getFeatures(request):
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is not None and not geometry.isEmpty():
            geometries.append(bytes(geometry.asWkb()))
    if not geometries:
        raise LsmError(_tr("The mask layer '{}' has no polygon.").format(source.sourceName()))
    mask = PolygonMask(geometries, grid.crs_wkt)
    xmin, xmax, ymin, ymax = mask.envelope()
    gxmin, gymin, gxmax, gymax = grid.extent
    if xmin > gxmax or xmax < gxmin or ymin > gymax or ymax < gymin:
        raise LsmError(
            _tr("The mask layer '{}' does not overlap the factor rasters: check its CRS and extent.").format(
                source.sourceName()
            )
        )
    return mask
