"""lsm:lsnetpredict: susceptibility map of an LSNet bundle over tiles of the factors: dense for an
unpadded network, patch by patch for a zero-padded one."""

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
)

from . import _params
from ._compat import BEHAVIOR_FILE, NUMBER_INTEGER, TYPE_RASTER
from ._patch_maps import open_patch_model
from ._styling import ContinuousRasterStyler, attach_styler, model_tag, name_output
from .base import LsmAlgorithm


class LsnetPredictAlgorithm(LsmAlgorithm):
    """Applies a trained LSNet to every cell of the factor rasters."""

    ALGORITHM_NAME = "lsnetpredict"
    DISPLAY_NAME = "Predict susceptibility with LSNet"
    GROUP_ID = "maps"
    REQUIRES = ("torch",)
    HELP = (
        "Maps the landslide probability of every cell with an LSNet bundle made by lsm:trainlsnet (Zhang et "
        "al. 2022). The factor rasters are matched to the bundle by name and must have the training cell "
        "size.\n\n"
        "The map is computed over square tiles read with a halo of half a patch, seamless either way. An "
        "unpadded network ('Unpadded' at training) runs densely, as its fully convolutional twin (equal to "
        "the patch network within 1e-6, much faster); a zero-padded one (the paper's, the default) runs the "
        "patch network on every cell's patch (exact, slower). Cells with a nodata factor get -9999; a class of "
        "a categorical factor unseen at training gets all-zero channels and a warning.\n\n"
        "Output: a Float32 GeoTIFF on the factors' grid, styled 0 to 1. The help link gives the details."
    )

    BUNDLE = "BUNDLE"
    FACTORS = "FACTORS"
    TILE_SIZE = "TILE_SIZE"
    DEVICE = "DEVICE"
    OUTPUT = "OUTPUT"
    OUT_CELLS = "N_CELLS"

    def initAlgorithm(self, config=None):  # noqa: N802
        _params.add_trust(self)
        from ..core import lsnet

        p = QgsProcessingParameterFile(self.BUNDLE, self.tr("LSNet bundle"), BEHAVIOR_FILE, "lsmodel")
        p.setHelp(self.tr("A .lsmodel file written by lsm:trainlsnet."))
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Factor rasters"), TYPE_RASTER)
        p.setHelp(
            self.tr(
                "The factors the network was trained on, named as at training (extra rasters are ignored)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.TILE_SIZE,
            self.tr("Tile size: the inference batch (cells per side)"),
            NUMBER_INTEGER,
            lsnet.DEFAULT_TILE_SIZE,
            minValue=16,
            maxValue=4096,
        )
        p.setHelp(
            self.tr(
                "Square tiles of this many cells per side are read (with a halo of half a patch) and mapped at "
                "once. An unpadded network runs densely over the whole tile (256 x 256 = 65 536 cells per "
                "call): larger tiles waste less on the halo but need more memory; 256 suits a CPU, 512 or 1024 "
                "a GPU. A zero-padded network runs the patches of the tile's cells in batches of 64."
            )
        )
        self.addParameter(p)
        _params.add_device(self, help_text=self.tr("auto: a CUDA GPU when torch sees one, else the CPU."))
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("LSNet susceptibility"))
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_CELLS, self.tr("Cells predicted")))

    def process(self, parameters, context, feedback):
        from ..core import lsnet

        model, factors, grid, out_path = open_patch_model(
            self, parameters, context, feedback, lsnet.LsnetModel, "LSNet"
        )
        tile_size = self.parameterAsInt(parameters, self.TILE_SIZE, context)
        device = _params.device(self, parameters, context)
        feedback.pushInfo(
            self.tr("LSNet with patch {} cells on {} x {} cells, tiles of {} cells, device {}, {}.").format(
                model.patch_size,
                grid.width,
                grid.height,
                tile_size,
                lsnet.resolve_device(device),
                self.tr("dense") if model.arch.padding == "valid" else self.tr("patch by patch"),
            )
        )
        _, n_valid = model.predict_raster(
            factors, out_path, tile_size=tile_size, device=device, feedback=feedback, grid=grid
        )
        feedback.pushInfo(self.tr("{} cells predicted.").format(n_valid))
        for name, classes in sorted(model.unseen_classes.items()):
            feedback.pushWarning(
                self.tr(
                    "Categorical factor '{}' holds class(es) {} not seen at training (classes {}): those cells "
                    "got all-zero one-hot channels, so their probabilities rest on the other factors."
                ).format(
                    name,
                    ", ".join(f"{c:g}" for c in sorted(classes)[:10]),
                    ", ".join(f"{c:g}" for c in model.categorical()[name]),
                )
            )
        attach_styler(context, out_path, ContinuousRasterStyler(0.0, 1.0))
        name_output(context, out_path, self.tr("Susceptibility"), model_tag("lsnet"))
        return {self.OUTPUT: out_path, self.OUT_CELLS: n_valid}
