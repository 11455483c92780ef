"""lsm:fcnpredict: susceptibility map of an FCN bundle, overlapping windows blended without seams."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterDestination,
)

from . import _params
from ._compat import BEHAVIOR_FILE, TYPE_RASTER
from ._patch_maps import open_patch_model
from ._styling import ContinuousRasterStyler, attach_styler, model_tag, name_output
from .base import LsmAlgorithm


class FcnPredictAlgorithm(LsmAlgorithm):
    """Applies a trained FCN to the whole factor rasters."""

    ALGORITHM_NAME = "fcnpredict"
    DISPLAY_NAME = "Predict susceptibility with the FCN"
    GROUP_ID = "maps"
    REQUIRES = ("torch",)
    HELP = (
        "Maps the landslide probability of every cell with an FCN bundle made by lsm:trainfcn (Fan et al. "
        "2025). The factor rasters are matched to the bundle by name and must have the training cell size.\n\n"
        "Windows of the training size and overlap cover the rasters; each window's map is weighted by a "
        "separable linear ramp over its overlap and the weights are normalised to sum to 1 on every cell, so "
        "there are no seams. The windows are streamed row by row (memory of one window row). Cells with a "
        "nodata factor get -9999."
    )

    BUNDLE = "BUNDLE"
    FACTORS = "FACTORS"
    OUTPUT = "OUTPUT"
    OUT_CELLS = "N_CELLS"

    def initAlgorithm(self, config=None):  # noqa: N802
        _params.add_trust(self)
        p = QgsProcessingParameterFile(self.BUNDLE, self.tr("FCN bundle"), BEHAVIOR_FILE, "lsmodel")
        p.setHelp(self.tr("A .lsmodel file written by lsm:trainfcn."))
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Factor rasters"), TYPE_RASTER)
        p.setHelp(
            self.tr("The factors the FCN was trained on, named as at training (extra rasters are ignored).")
        )
        self.addParameter(p)
        _params.add_device(self, help_text=self.tr("auto: a CUDA GPU when torch sees one, else the CPU."))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("FCN susceptibility")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_CELLS, self.tr("Cells predicted")))

    def process(self, parameters, context, feedback):
        from ..core import fcn

        model, factors, grid, out_path = open_patch_model(
            self, parameters, context, feedback, fcn.FcnModel, "FCN"
        )
        device = _params.device(self, parameters, context)
        feedback.pushInfo(
            self.tr("FCN on {} x {} cells, windows of {} cells with overlap {:g}, device {}.").format(
                grid.width, grid.height, model.arch.window, model.arch.overlap, fcn.torch_device(device)
            )
        )
        _, n_valid = model.predict_raster(factors, out_path, device=device, feedback=feedback, grid=grid)
        feedback.pushInfo(self.tr("{} cells predicted.").format(n_valid))
        attach_styler(context, out_path, ContinuousRasterStyler(0.0, 1.0))
        name_output(context, out_path, self.tr("Susceptibility"), model_tag("fcn"))
        return {self.OUTPUT: out_path, self.OUT_CELLS: n_valid}
