"""lsm:alignfactors: factor rasters resampled onto one grid through GDAL's warper (core.align)."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputString,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import align
from ..core.errors import LsmError
from ..core.grid import grid_of
from . import _params
from ._compat import TYPE_RASTER
from ._inventory import parse_names
from .base import LsmAlgorithm


class AlignFactorsAlgorithm(LsmAlgorithm):
    """Resamples factor rasters onto a reference grid (nearest for categorical, a choice for the rest)."""

    ALGORITHM_NAME = "alignfactors"
    DISPLAY_NAME = "Align factor rasters onto one grid"
    GROUP_ID = "factors"
    HELP = (
        "Resamples conditioning factor rasters onto one grid, so that every other algorithm can use them "
        "together: the grid of a reference raster, or an extent, a cell size and a CRS. Categorical factors "
        "(class codes) are resampled by nearest neighbour, the others by bilinear, cubic or average "
        "resampling (GDAL's warper).\n\n"
        "Outputs: one Float32 GeoTIFF per factor in the output folder (named after the factor, nodata -9999) "
        "and optionally one VRT stack of them (band descriptions = factor names)."
    )

    FACTORS = "FACTORS"
    CATEGORICAL = "CATEGORICAL"
    REFERENCE = "REFERENCE"
    EXTENT = "EXTENT"
    CELL_SIZE = "CELL_SIZE"
    CRS = "CRS"
    RESAMPLING = "RESAMPLING"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    OUTPUT_VRT = "OUTPUT_VRT"
    OUT_FILES = "FILES"
    OUT_NAMES = "FACTOR_NAMES"

    def initAlgorithm(self, config=None):  # noqa: N802
        add = _params.add
        add(
            self,
            QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Factor rasters"), TYPE_RASTER),
            self.tr(
                "Single-band rasters and/or multi-band stacks (each band is one factor), on any grids and CRSs."
            ),
        )
        add(
            self,
            QgsProcessingParameterString(
                self.CATEGORICAL, self.tr("Categorical factors (comma separated)"), optional=True
            ),
            self.tr(
                "Names of the factors holding class codes (lithology, land cover): resampled by nearest "
                "neighbour, so no code is averaged into a code that does not exist."
            ),
        )
        add(
            self,
            QgsProcessingParameterRasterLayer(
                self.REFERENCE, self.tr("Reference grid raster"), optional=True
            ),
            self.tr("Every factor is resampled onto this raster's grid (size, origin, cell size and CRS)."),
        )
        add(
            self,
            QgsProcessingParameterExtent(
                self.EXTENT, self.tr("Extent (without a reference raster)"), optional=True
            ),
            self.tr(
                "Without a reference raster: the extent of the grid (its top-left corner is the grid origin)."
            ),
        )
        add(
            self,
            _params.number(
                self.CELL_SIZE,
                self.tr("Cell size (without a reference raster)"),
                0.0,
                minimum=0.0,
                decimals=_params.PRECISE,
            ),
            self.tr("Without a reference raster: the side of the square cells, in the units of the CRS."),
        )
        add(
            self,
            QgsProcessingParameterCrs(self.CRS, self.tr("CRS (without a reference raster)"), optional=True),
            self.tr("Without a reference raster: the CRS of the grid (default: the first factor's CRS)."),
        )
        add(
            self,
            QgsProcessingParameterEnum(
                self.RESAMPLING,
                self.tr("Resampling of continuous factors"),
                [self.tr("Bilinear"), self.tr("Cubic"), self.tr("Average")],
                defaultValue=0,
            ),
            self.tr(
                "Bilinear (the default), cubic, or average (for a coarser target grid). Categorical factors "
                "always use nearest neighbour."
            ),
        )
        add(
            self,
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder")),
            self.tr(
                "One '<factor>.tif' per factor is written here (an existing file of that name is replaced)."
            ),
        )
        add(
            self,
            QgsProcessingParameterFileDestination(
                self.OUTPUT_VRT,
                self.tr("VRT stack of the aligned factors"),
                self.tr("VRT files (*.vrt)"),
                optional=True,
                createByDefault=False,
            ),
            self.tr(
                "Optional: one virtual raster with a band per factor, named after it, over the GeoTIFFs."
            ),
        )
        self.addOutput(QgsProcessingOutputMultipleLayers(self.OUT_FILES, self.tr("Aligned factor rasters")))
        self.addOutput(QgsProcessingOutputString(self.OUT_NAMES, self.tr("Factor names (comma separated)")))

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        if not layers:
            raise LsmError(self.tr("Choose at least one factor raster to align."))
        categorical = parse_names(self.parameterAsString(parameters, self.CATEGORICAL, context))
        factors = self.raster_factors(layers, categorical)
        grid = self._grid(parameters, context, layers[0])
        continuous = align.CONTINUOUS_METHODS[self.parameterAsEnum(parameters, self.RESAMPLING, context)]
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        vrt_path = self.parameterAsFileOutput(parameters, self.OUTPUT_VRT, context) or None
        if vrt_path and not vrt_path.lower().endswith(".vrt"):
            raise LsmError(self.tr("The VRT stack '{}' must end in .vrt.").format(vrt_path))
        feedback.pushInfo(
            self.tr("Target grid: {} x {} cells of {:g} x {:g}.").format(
                grid.width, grid.height, grid.cell_size[0], grid.cell_size[1]
            )
        )
        result = align.align_factors(factors, grid, folder, continuous, vrt_path, feedback)
        for note in result.notes:
            feedback.pushInfo(note)
        renamed = [
            (f.name, os.path.basename(p))
            for f, p in zip(factors, result.paths)
            if os.path.basename(p) != f"{f.name}.tif"
        ]
        for name, file_name in renamed:
            feedback.pushWarning(
                self.tr(
                    "Factor '{}' was written as '{}': loaded from there its layer name is the file's."
                ).format(name, file_name)
            )
        results = {
            self.OUTPUT_FOLDER: folder,
            self.OUT_FILES: result.paths,
            self.OUT_NAMES: ",".join(f.name for f in factors),
        }
        if result.vrt_path:
            results[self.OUTPUT_VRT] = result.vrt_path
        return results

    def _grid(self, parameters, context, first_layer):
        """The target core Grid: the reference raster's, else extent + cell size + CRS."""
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        has_extent = bool(str(parameters.get(self.EXTENT) or "").strip())
        if reference is not None:
            if has_extent:
                raise LsmError(self.tr("Give either a reference raster or an extent, not both."))
            return grid_of(reference.source().split("|")[0])
        cell_size = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
        if not has_extent or cell_size <= 0:
            raise LsmError(
                self.tr(
                    "Choose the target grid: a reference raster, or an extent and a cell size greater than 0 "
                    "(and a CRS)."
                )
            )
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            crs = first_layer.crs()
        if not crs.isValid():
            raise LsmError(self.tr("The first factor raster has no CRS: choose the CRS of the grid."))
        rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL)
        return align.target_grid(
            (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum()), cell_size, wkt
        )
