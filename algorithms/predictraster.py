"""lsm:predictraster: susceptibility map of a model bundle, streamed block by block."""

import os

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..core.errors import LsmError
from ..core.grid import DEFAULT_BLOCK_CELLS
from . import _params
from ._compat import (
    BEHAVIOR_FILE,
    FLAG_ADVANCED,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    TYPE_FILE,
    TYPE_RASTER,
    TYPE_VECTOR_POINT,
    TYPE_VECTOR_POLYGON,
)
from ._inventory import read_inventory
from ._masks import polygon_mask
from ._styling import ContinuousRasterStyler, attach_styler, model_tag, name_output
from .base import LsmAlgorithm


class PredictRasterAlgorithm(LsmAlgorithm):
    """Applies one or several model bundles to every cell of the factor rasters."""

    ALGORITHM_NAME = "predictraster"
    DISPLAY_NAME = "Predict susceptibility map"
    GROUP_ID = "maps"
    REQUIRES = ("sklearn", "skops")
    HELP = (
        "Maps the landslide probability (0..1) of every cell with a model bundle of lsm:trainmodel or "
        "lsm:spysampling (LSNet has lsm:lsnetpredict). Factor rasters are matched to the bundle by name.\n\n"
        "The rasters are read block by block (bounded memory); only cells where every factor has a value "
        "(and inside the mask) are predicted. With several bundles the map is their mean and the optional "
        "uncertainty their standard deviation; with one, the spread of its ensemble members. A Dask "
        "scheduler can run the blocks on a cluster.\n\n"
        "Output: Float32 GeoTIFF, nodata -9999: raw scores, or scores shifted to the area's prevalence. "
        "Bundles hold pickles: open only trusted files."
    )

    MODEL = "MODEL"
    MORE_MODELS = "MORE_MODELS"
    FACTORS = "FACTORS"
    MASK = "MASK"
    BLOCK_CELLS = "BLOCK_CELLS"
    MEMORY_MB = "MEMORY_MB"
    N_JOBS = "N_JOBS"
    DEVICE = "DEVICE"
    SCHEDULER = "SCHEDULER"
    CORRECTION = "CORRECTION"
    PREVALENCE = "PREVALENCE"
    INVENTORY = "INVENTORY"
    FIT_RATIO = "FIT_RATIO"
    OUTPUT = "OUTPUT"
    UNCERTAINTY = "UNCERTAINTY"
    OUT_CELLS = "N_CELLS"
    OUT_MEAN = "MEAN_PROBABILITY"
    OUT_FACTORS = "FACTOR_NAMES"

    def initAlgorithm(self, config=None):  # noqa: N802
        _params.add_trust(self)
        from ..core.predict import MIN_BLOCK_CELLS

        p = QgsProcessingParameterFile(self.MODEL, self.tr("Model bundle"), BEHAVIOR_FILE, "lsmodel")
        p.setHelp(
            self.tr("A .lsmodel file written by lsm:trainmodel or lsm:spysampling (trusted files only).")
        )
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(
            self.MORE_MODELS,
            self.tr("More bundles (repeated samplings)"),
            TYPE_FILE,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Further bundles trained on the same factors (e.g. repeated samplings): the map is the mean "
                "probability of all bundles and the uncertainty their standard deviation."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Factor rasters"), TYPE_RASTER)
        p.setHelp(self.tr("The factors the model was trained on, named as at training, on one grid."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.MASK, self.tr("Mask (study area polygons)"), [TYPE_VECTOR_POLYGON], optional=True
        )
        p.setHelp(self.tr("Only cells whose centre is inside these polygons are predicted (any CRS)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.BLOCK_CELLS,
            self.tr("Cells per block"),
            NUMBER_INTEGER,
            DEFAULT_BLOCK_CELLS,
            minValue=MIN_BLOCK_CELLS,
        )
        p.setHelp(
            self.tr(
                "Cells read and predicted at once (rounded to the rasters' blocks). Larger blocks amortise "
                "the model's per-call cost; memory grows with them."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MEMORY_MB,
            self.tr("Memory budget for blocks (MB, 0 = use cells per block)"),
            NUMBER_INTEGER,
            0,
            minValue=0,
        )
        p.setHelp(
            self.tr("When set, the block size is chosen to keep the prediction's working memory near it.")
        )
        p.setFlags(p.flags() | FLAG_ADVANCED)
        self.addParameter(p)
        _params.add_n_jobs(self, help_text=self.tr("Threads that predict each block (-1: all cores)."))
        _params.add_device(
            self,
            help_text=self.tr(
                "auto: a CUDA GPU when torch sees one, else the CPU. Ignored by scikit-learn models."
            ),
            advanced=True,
        )
        self._add_correction_parameters()
        p = QgsProcessingParameterString(self.SCHEDULER, self.tr("Dask scheduler address"), optional=True)
        p.setHelp(self.tr("e.g. tcp://10.0.0.5:8786: run the blocks on that Dask cluster. Empty: run here."))
        p.setFlags(p.flags() | FLAG_ADVANCED)
        self.addParameter(p)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Susceptibility")))
        self.addParameter(
            QgsProcessingParameterRasterDestination(
                self.UNCERTAINTY,
                self.tr("Uncertainty (standard deviation)"),
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_CELLS, self.tr("Cells predicted")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_MEAN, self.tr("Mean probability")))
        self.addOutput(QgsProcessingOutputString(self.OUT_FACTORS, self.tr("Factors used (comma separated)")))

    def _add_correction_parameters(self):
        p = QgsProcessingParameterEnum(
            self.CORRECTION,
            self.tr("Map values"),
            [self.tr("Raw model score (default)"), self.tr("Prevalence-corrected score (prior shift)")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Raw: the model's score, fitted at the training ratio of negatives per landslide; it ranks "
                "cells but is no probability. Corrected: the score shifted from the training share of "
                "landslides pi to the area's prevalence p (s' = s a / (s a + (1 - s) b), a = p / pi, "
                "b = (1 - p) / (1 - pi)): relative probabilities, same order of cells."
            )
        )
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.PREVALENCE,
                self.tr("Area prevalence (landslide share of cells, 0 = from the inventory)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
                maxValue=0.999999,
            ),
            _params.FINE,
        )
        p.setHelp(
            self.tr("e.g. 0.015 when 1.5 % of the cells are landslide; 0: computed from the inventory.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.INVENTORY,
            self.tr("Landslide inventory (for the prevalence)"),
            [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Points or polygons (cells whose centre they cover): the prevalence is their cells over the "
                "cells predicted. Used when the prevalence is 0."
            )
        )
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.FIT_RATIO,
                self.tr("Training ratio (negatives per landslide, 0 = from the bundle)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            ),
            _params.RATIO,
        )
        p.setHelp(
            self.tr(
                "0: the bundle's own (balanced models, BRF, EasyEnsemble, SMOTE/ADASYN-DNN and the PU "
                "priors, score as at 1:1); give it for bundles that do not record it."
            )
        )
        p.setFlags(p.flags() | FLAG_ADVANCED)
        self.addParameter(p)

    def _shifts(self, parameters, context, bundles, ordered, mask, feedback):
        """Prior-shift callables per bundle, or None for raw scores."""
        from ..core.predict import area_prevalence, prior_shifts

        if self.parameterAsEnum(parameters, self.CORRECTION, context) == 0:
            return None
        prevalence = self.parameterAsDouble(parameters, self.PREVALENCE, context)
        if prevalence <= 0:
            rows, cols = self._inventory_cells(parameters, context, ordered, feedback)
            prevalence, n_ls, n_valid = area_prevalence(ordered, rows, cols, mask, feedback)
            feedback.pushInfo(
                self.tr("Area prevalence from the inventory: {} landslide cells of {} = {:.4%}.").format(
                    n_ls, n_valid, prevalence
                )
            )
        ratio = self.parameterAsDouble(parameters, self.FIT_RATIO, context)
        shifts = prior_shifts(bundles, prevalence, ratio)
        feedback.pushInfo(
            self.tr("Map values: scores shifted from the training ratio to the prevalence {:.4%}.").format(
                prevalence
            )
        )
        return shifts

    def _inventory_cells(self, parameters, context, ordered, feedback):
        from ..core.grid import check_grids
        from ..core.samples import distinct_polygon_cells

        source = self.parameterAsSource(parameters, self.INVENTORY, context)
        if source is None:
            raise LsmError(
                self.tr(
                    "The prevalence correction needs the area's prevalence: give it as a number or give a "
                    "landslide inventory."
                )
            )
        grid = check_grids(ordered)
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt) if grid.crs_wkt else source.sourceCrs()
        kind, geometry = read_inventory(source, crs, context, feedback, self.tr("landslide inventory"))
        if kind == "point":
            return grid.rowcol(geometry[:, 0], geometry[:, 1])
        rows, cols, _notes = distinct_polygon_cells(geometry, grid, feedback)
        return rows, cols

    def process(self, parameters, context, feedback):
        from ..core.grid import check_grids
        from ..core.predict import block_cells_for_memory, match_factors, open_bundles, predict_map

        paths = [self.parameterAsFile(parameters, self.MODEL, context)]
        paths += [p for p in self.parameterAsFileList(parameters, self.MORE_MODELS, context) if p]
        bundles = open_bundles(paths, trust=_params.trust(self, parameters, context), feedback=feedback)
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        factors = self.raster_factors(layers)
        ordered, _, _ = match_factors(bundles, factors)
        grid = check_grids(ordered)
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        uncertainty_path = self.parameterAsOutputLayer(parameters, self.UNCERTAINTY, context) or None
        for path in filter(None, (out_path, uncertainty_path)):
            if os.path.splitext(path)[1].lower() not in (".tif", ".tiff"):
                raise LsmError(
                    self.tr("The maps are written as GeoTIFF: give '{}' a .tif extension.").format(path)
                )
        n_jobs = _params.n_jobs(self, parameters, context)
        block_cells = self.parameterAsInt(parameters, self.BLOCK_CELLS, context)
        memory_mb = self.parameterAsInt(parameters, self.MEMORY_MB, context)
        if memory_mb > 0:
            block_cells = block_cells_for_memory(memory_mb, len(ordered), n_jobs)
        device = _params.device(self, parameters, context)
        scheduler = self.parameterAsString(parameters, self.SCHEDULER, context).strip() or None
        mask = polygon_mask(self, parameters, context, grid, feedback)
        shifts = self._shifts(parameters, context, bundles, ordered, mask, feedback)
        feedback.pushInfo(
            self.tr("{} bundle(s) ({}) on {} x {} cells, factors {}, blocks of about {} cells.").format(
                len(bundles),
                ", ".join(sorted({b.model_type or "?" for b in bundles})),
                grid.width,
                grid.height,
                ", ".join(f.name for f in ordered),
                block_cells,
            )
        )
        summary = predict_map(
            bundles,
            factors,
            out_path,
            uncertainty_path=uncertainty_path,
            mask=mask,
            n_jobs=n_jobs,
            device=device,
            block_cells=block_cells,
            feedback=feedback,
            scheduler=scheduler,
            shifts=shifts,
        )
        feedback.pushInfo(
            self.tr(
                "{} cells predicted in {} blocks; probability min {:.4f}, mean {:.4f}, max {:.4f}."
            ).format(summary.n_valid, summary.n_blocks, summary.minimum, summary.mean, summary.maximum)
        )
        if summary.device:
            feedback.pushInfo(self.tr("Device: {}").format(summary.device))
        if uncertainty_path:
            feedback.pushInfo(
                self.tr("Uncertainty: standard deviation across {} members, max {:.4f}.").format(
                    summary.n_members, summary.spread_maximum
                )
            )
        outputs = [(out_path, 1.0)]
        if uncertainty_path:
            outputs.append((uncertainty_path, max(summary.spread_maximum, 1e-6)))
        for path, maximum in outputs:
            attach_styler(context, path, ContinuousRasterStyler(0.0, maximum))
        tag = model_tag(bundles[0].model_type, bundles[0].manifest.get("ratio"), len(bundles))
        name_output(context, out_path, self.tr("Susceptibility"), tag)
        name_output(context, uncertainty_path, self.tr("Uncertainty"), tag)
        results = {
            self.OUTPUT: out_path,
            self.OUT_CELLS: summary.n_valid,
            self.OUT_MEAN: summary.mean,
            self.OUT_FACTORS: ",".join(f.name for f in ordered),
        }
        if uncertainty_path:
            results[self.UNCERTAINTY] = uncertainty_path
        return results
