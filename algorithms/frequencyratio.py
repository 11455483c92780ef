"""lsm:frequencyratio: frequency ratio per factor class, and FR-reclassified rasters."""

import os
import tempfile

import numpy as np
from qgis.core import (
    QgsProcessingOutputMultipleLayers,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..core import frequency_ratio as fr
from ..core import samples
from ..core.dask_blocks import BlockRunner
from ..core.errors import LsmError
from ..core.grid import check_grids
from ..core.progress import SubProgress
from . import _params
from ._compat import NUMBER_INTEGER, TYPE_RASTER, TYPE_VECTOR, TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON
from ._inventory import parse_names, polygon_wkbs, read_inventory
from .base import LsmAlgorithm, write_table


class FrequencyRatioAlgorithm(LsmAlgorithm):
    """FR = % of landslide cells in a class / % of area in the class, for every class of every factor."""

    ALGORITHM_NAME = "frequencyratio"
    DISPLAY_NAME = "Frequency ratio of factor classes"
    GROUP_ID = "factors"
    HELP = (
        "Frequency ratio (FR) of every class of every conditioning factor (Zhang et al. 2022): FR = (% of the "
        "landslide cells in the class) / (% of the area in the class); FR > 1 marks classes with more "
        "landslides than their share of the area.\n\n"
        "Continuous factors are classed by exact Jenks breaks (default), equal intervals or quantiles; "
        "categorical ones by value. Outputs: the FR table and, with an output folder, one FR raster per "
        "factor ('<factor>_fr.tif') usable as model input."
    )

    FACTORS = "FACTORS"
    CATEGORICAL = "CATEGORICAL"
    INVENTORY = "INVENTORY"
    STUDY_AREA = "STUDY_AREA"
    METHOD = "METHOD"
    CLASSES = "CLASSES"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    OUT_RASTERS = "FR_RASTERS"

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Conditioning factors"), TYPE_RASTER)
        p.setHelp(self.tr("Single-band rasters and/or multi-band stacks on one grid."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.CATEGORICAL, self.tr("Categorical factors (comma separated)"), optional=True
        )
        p.setHelp(self.tr("Classed by value (lithology, land cover, ...)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.INVENTORY,
            self.tr("Landslide inventory"),
            [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
        )
        p.setHelp(self.tr("Landslide points or polygons (any CRS; transformed to the rasters' CRS)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), [TYPE_VECTOR_POLYGON], optional=True
        )
        p.setHelp(self.tr("Only cells inside these polygons count (default: every valid cell)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.METHOD,
            self.tr("Classes of continuous factors"),
            [self.tr("Jenks natural breaks (exact)"), self.tr("Equal interval"), self.tr("Quantile")],
            defaultValue=0,
        )
        p.setHelp(self.tr("Jenks natural breaks (exact, over all cells), equal intervals or quantiles."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.CLASSES,
            self.tr("Number of classes"),
            NUMBER_INTEGER,
            fr.DEFAULT_CLASSES,
            minValue=2,
            maxValue=32,
        )
        p.setHelp(self.tr("Classes per continuous factor (default 5)."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Frequency ratio table"), TYPE_VECTOR
        )
        p.setHelp(
            self.tr("One row per factor class: range, cells, % area, landslide cells, % landslides, FR.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterFolderDestination(
            self.OUTPUT_FOLDER, self.tr("Folder for FR rasters"), optional=True, createByDefault=False
        )
        p.setHelp(self.tr("One '<factor>_fr.tif' per factor, each cell holding the FR of its class."))
        self.addParameter(p)
        _params.add_scheduler(self)
        self.addOutput(QgsProcessingOutputMultipleLayers(self.OUT_RASTERS, self.tr("FR rasters")))

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        if not layers:
            raise LsmError(self.tr("Choose at least one conditioning factor raster."))
        factors = self.raster_factors(
            layers, parse_names(self.parameterAsString(parameters, self.CATEGORICAL, context))
        )
        grid = check_grids(factors)
        crs = layers[0].crs()
        inventory = self.parameterAsSource(parameters, self.INVENTORY, context)
        if inventory is None:
            raise LsmError(self.tr("The landslide inventory could not be opened."))
        method = fr.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        k = self.parameterAsInt(parameters, self.CLASSES, context)
        study = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        # in Processing's temporary folder: a Dask cluster's workers read the study-area mask there too
        with tempfile.TemporaryDirectory(prefix="lsm_fr_", dir=QgsProcessingUtils.tempFolder()) as tmpdir:
            rows, cols = self._landslide_cells(inventory, crs, grid, context, feedback)
            mask = None
            if study is not None:
                mask = samples.polygon_mask(
                    polygon_wkbs(study, crs, context, feedback, self.tr("study area")),
                    grid,
                    tmpdir,
                    "study area",
                )
            with BlockRunner(_params.scheduler(self, parameters, context)) as runner:
                classes = fr.frequency_ratio(
                    factors, rows, cols, method, k, mask, SubProgress(feedback, 5, 70), runner
                )
            n_ls = int(classes[0].landslide_cells.sum()) if classes else 0
            if max(int(c.landslide_cells.sum()) for c in classes) < samples.MIN_LANDSLIDES:
                raise LsmError(
                    self.tr(
                        "Only {} landslide cell(s) fall on valid factor cells (at least {} are needed): check "
                        "the inventory's overlap with the rasters and the study area."
                    ).format(n_ls, samples.MIN_LANDSLIDES)
                )
            for c in classes:
                for note in c.notes:
                    feedback.pushInfo(note)
            paths = self._write_rasters(folder, factors, classes, grid, mask, feedback) if folder else []
            mask = None
        dest = self._write_table(parameters, context, classes)
        for c in classes:
            feedback.pushInfo(
                "{}: {}".format(
                    c.name, ", ".join("{} FR {:.3f}".format(r["range"], r["fr"]) for r in c.rows())
                )
            )
        feedback.setProgress(100)
        results = {self.OUTPUT_TABLE: dest, self.OUT_RASTERS: paths}
        if folder:
            results[self.OUTPUT_FOLDER] = folder
        return results

    def _landslide_cells(self, inventory, crs, grid, context, feedback):
        """(rows, cols) of the landslide cells; at least MIN_LANDSLIDES distinct cells on the rasters."""
        kind, geometry = read_inventory(inventory, crs, context, feedback)
        if kind == "point":
            cells = samples.cells_from_points(geometry, grid)
        else:
            cells = samples.cells_from_polygons(geometry, grid, "every", None, SubProgress(feedback, 0, 5))
        for note in cells.notes:
            feedback.pushInfo(note)
        rows, cols = cells.rows, cells.cols
        inside = grid.inside(rows, cols)
        outside = int((~inside).sum())
        if outside:
            feedback.pushWarning(
                self.tr("{} landslide cell(s) outside the factor rasters were dropped.").format(outside)
            )
        if outside == rows.size:
            raise LsmError(
                self.tr(
                    "No landslide of '{}' lies on the factor rasters: check that they overlap (and the CRS)."
                ).format(inventory.sourceName())
            )
        n_cells = np.unique(rows[inside] * grid.width + cols[inside]).size
        if n_cells < samples.MIN_LANDSLIDES:
            raise LsmError(
                self.tr(
                    "Only {} landslide cell(s) of '{}' lie on the factor rasters: at least {} are needed."
                ).format(n_cells, inventory.sourceName(), samples.MIN_LANDSLIDES)
            )
        return rows, cols

    def _write_rasters(self, folder, factors, classes, grid, mask, feedback):
        """One '<factor>_fr.tif' per factor in *folder*; returns their paths."""
        inputs = {os.path.abspath(f.path) for f in factors}
        os.makedirs(folder, exist_ok=True)
        paths = []
        n = len(factors)
        for j, (factor, c) in enumerate(zip(factors, classes)):
            path = os.path.join(folder, f"{factor.name}_fr.tif")
            if os.path.abspath(path) in inputs:
                raise LsmError(
                    self.tr("The FR raster '{}' would overwrite an input: choose another folder.").format(
                        path
                    )
                )
            progress = SubProgress(feedback, 70 + 28.0 * j / n, 70 + 28.0 * (j + 1) / n)
            fr.write_fr_raster(factor, c, path, grid, mask, progress)
            paths.append(path)
        return paths

    #: columns of the frequency ratio table (keys of core.frequency_ratio rows)
    TABLE_COLUMNS = (
        ("factor", "str"),
        ("class", "int"),
        ("range", "str"),
        ("lower", "double"),
        ("upper", "double"),
        ("cells", "long"),
        ("pct_area", "double"),
        ("landslide_cells", "long"),
        ("pct_landslides", "double"),
        ("fr", "double"),
    )

    def _write_table(self, parameters, context, classes):
        rows = [[row[name] for name, _ in self.TABLE_COLUMNS] for c in classes for row in c.rows()]
        return write_table(
            self, parameters, self.OUTPUT_TABLE, context, self.TABLE_COLUMNS, rows, required=True
        )
