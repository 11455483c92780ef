"""The unlabeled pool of lsm:buildsamples and lsm:spysampling: where unlabeled and negative cells may come
from besides the study area and the exclusions (Tang et al. 2026, InSAR-PU: the low-deformation domain).

    add_pool_parameters(alg): DEFORMATION (raster), DEFORMATION_THRESHOLD, DEFORMATION_NODATA (bool),
        POOL_MASK (polygons), all optional
    pool_mask(alg, parameters, context, feedback, grid, tmpdir) -> mask_fn (core.samples.unlabeled_pool)
        or None; the rasterised pool polygons live in *tmpdir*
    child_parameters(alg, parameters, context) -> the same inputs for a child lsm:buildsamples run

*alg* defines the four parameter ids. One rule: the mask goes into core.samples.Eligibility (pool_mask).
"""

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core import samples as core_samples
from ..core.errors import LsmError
from ..core.grid import Factor
from . import _params
from ._compat import NUMBER_DOUBLE, TYPE_VECTOR_POLYGON
from ._inventory import polygon_wkbs
from ._params import add

#: default |deformation| threshold, in the raster's units (e.g. mm/yr of an InSAR LOS velocity)
DEFAULT_THRESHOLD = 10.0


def _tr(text):
    return QCoreApplication.translate("LsmPool", text)


def add_pool_parameters(alg, advanced=False):
    """The four optional inputs of the unlabeled pool."""
    p = QgsProcessingParameterRasterLayer(
        alg.DEFORMATION, _tr("Deformation raster (unlabeled pool)"), optional=True
    )
    add(
        alg,
        p,
        _tr(
            "E.g. an InSAR line-of-sight velocity in mm/yr on the factors' grid: unlabeled and negative cells "
            "come only from cells whose |value| is below the threshold (Tang et al. 2026). Landslides are kept "
            "wherever they are."
        ),
        advanced,
    )
    p = _params.set_decimals(
        QgsProcessingParameterNumber(
            alg.DEFORMATION_THRESHOLD,
            _tr("Deformation threshold (|value| below it)"),
            NUMBER_DOUBLE,
            DEFAULT_THRESHOLD,
            minValue=0.0,
        ),
        _params.RATIO,
    )
    add(alg, p, _tr("In the deformation raster's units (default 10, e.g. mm/yr); must be above 0."), advanced)
    p = QgsProcessingParameterBoolean(
        alg.DEFORMATION_NODATA, _tr("Deformation nodata cells are eligible"), False
    )
    add(
        alg,
        p,
        _tr("Off (default): cells without a deformation value give no unlabeled or negative cell."),
        advanced,
    )
    p = QgsProcessingParameterFeatureSource(
        alg.POOL_MASK, _tr("Unlabeled pool mask"), [TYPE_VECTOR_POLYGON], optional=True
    )
    add(
        alg,
        p,
        _tr(
            "Polygons the unlabeled and negative cells must lie in (cell centre); unlike the study area it "
            "does not restrict the landslides."
        ),
        advanced,
    )


def _deformation(alg, parameters, context, grid):
    layer = alg.parameterAsRasterLayer(parameters, alg.DEFORMATION, context)
    if layer is None:
        return None
    if layer.bandCount() != 1:
        raise LsmError(
            _tr("The deformation raster '{}' has {} bands: give a single-band raster.").format(
                layer.name(), layer.bandCount()
            )
        )
    return core_samples.DeformationMask(
        Factor(layer.name(), layer.source().split("|")[0], 1),
        grid,
        alg.parameterAsDouble(parameters, alg.DEFORMATION_THRESHOLD, context),
        alg.parameterAsBool(parameters, alg.DEFORMATION_NODATA, context),
    )


def pool_mask(alg, parameters, context, feedback, grid, tmpdir):
    """The unlabeled pool's mask_fn (deformation below the threshold, inside the pool polygons) or None."""
    deformation = _deformation(alg, parameters, context, grid)
    polygons = None
    source = alg.parameterAsSource(parameters, alg.POOL_MASK, context)
    if source is not None:
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt)
        wkbs = polygon_wkbs(source, crs, context, feedback, _tr("unlabeled pool mask"))
        polygons = core_samples.polygon_mask(wkbs, grid, tmpdir, "unlabeled pool mask")
    if deformation is not None:
        feedback.pushInfo(
            _tr("Unlabeled pool: cells with |deformation| below {:g}{}.").format(
                deformation.threshold,
                _tr(" or without a deformation value") if deformation.nodata_eligible else "",
            )
        )
    if polygons is not None:
        feedback.pushInfo(_tr("Unlabeled pool: inside the polygons of '{}'.").format(source.sourceName()))
    return core_samples.unlabeled_pool(deformation, polygons)


def child_parameters(alg, parameters, context):
    """The pool inputs of this run as parameters of a child lsm:buildsamples (same ids)."""
    child = {}
    for name in (alg.DEFORMATION, alg.POOL_MASK):
        if parameters.get(name) is not None:
            child[name] = parameters[name]
    child[alg.DEFORMATION_THRESHOLD] = alg.parameterAsDouble(parameters, alg.DEFORMATION_THRESHOLD, context)
    child[alg.DEFORMATION_NODATA] = alg.parameterAsBool(parameters, alg.DEFORMATION_NODATA, context)
    return child
