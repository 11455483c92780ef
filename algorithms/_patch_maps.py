"""What lsm:lsnetpredict and lsm:fcnpredict share before they map: the bundle opened (trusted or
refused), the model, the factor rasters in the bundle's order on one grid of the training cell size,
and a GeoTIFF output path.

    open_patch_model(alg, parameters, context, feedback, model_class, label)
        -> (model, factors, grid, out_path)
*alg* has the BUNDLE, FACTORS and OUTPUT parameters; *model_class* has from_bundle(bundle) (LsnetModel,
FcnModel); *label* names the model in the message of a wrong output extension.
"""

import os

from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError
from . import _params


def _tr(text):
    return QCoreApplication.translate("LsmPatchMaps", text)


def open_patch_model(alg, parameters, context, feedback, model_class, label):
    """(model, ordered factor rasters, their grid, the .tif output path) of a patch-model map."""
    from ..core import lsnet
    from ..core.bundle import load_bundle
    from ..core.grid import check_grids

    bundle_path = alg.parameterAsFile(parameters, alg.BUNDLE, context)
    bundle = load_bundle(bundle_path, trust=_params.trust(alg, parameters, context), feedback=feedback)
    model = model_class.from_bundle(bundle)
    for warning in bundle.version_warnings():
        feedback.pushWarning(warning)
    layers = alg.parameterAsLayerList(parameters, alg.FACTORS, context)
    factors = bundle.order_factors(alg.raster_factors(layers))
    grid = check_grids(factors)
    lsnet.check_cell_size(bundle.manifest, grid)
    out_path = alg.parameterAsOutputLayer(parameters, alg.OUTPUT, context)
    if os.path.splitext(out_path)[1].lower() not in (".tif", ".tiff"):
        raise LsmError(
            _tr("The {} map is written as GeoTIFF: give the output a .tif extension (got '{}').").format(
                label, out_path
            )
        )
    return model, factors, grid, out_path
