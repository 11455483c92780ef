"""lsm:buildsamples: from a landslide inventory and factor rasters to a sample point layer."""

import tempfile

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..core import samples
from ..core.dask_blocks import BlockRunner
from ..core.errors import LsmError
from ..core.grid import Factor, check_grids
from ..core.progress import SubProgress
from . import _params, _pool
from ._compat import (
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    TYPE_RASTER,
    TYPE_VECTOR_POINT,
    TYPE_VECTOR_POLYGON,
)
from ._inventory import RESERVED_FIELDS, parse_names, polygon_wkbs, read_inventory_ids
from ._samples import sample_fields, write_points
from ._styling import SampleLayerStyler, attach_styler, name_output, ratio_text
from .base import LsmAlgorithm, push_notes


class BuildSamplesAlgorithm(LsmAlgorithm):
    """Inventory + factor rasters -> sample points (label, split, factor values, row, col)."""

    ALGORITHM_NAME = "buildsamples"
    DISPLAY_NAME = "Build samples from an inventory"
    GROUP_ID = "samples"
    HELP = (
        "Builds the sample layer of a study from a landslide inventory and the factor rasters: points at cell "
        "centres with `label` (1 landslide, 0 unlabeled), `split` (train/test), one field per factor, `row` "
        "and `col` (polygons: `ls_id`, the polygon id).\n\n"
        "PU testing method (Fu et al. 2024): landslides are split into train and test first (at random or by "
        "spatial blocks); unlabeled cells are drawn from two disjoint pools, away from landslides and an "
        "optional buffer. Polygons give their centroid cell, their highest cell on a DEM, or every cell.\n\n"
        "Factors must share one grid, or be aligned to a reference raster. At least 10 landslides must remain."
    )
    REQUIRES = ()

    FACTORS = "FACTORS"
    CATEGORICAL = "CATEGORICAL"
    INVENTORY = "INVENTORY"
    INVENTORY_ID_FIELD = "INVENTORY_ID_FIELD"
    POLYGON_MODE = "POLYGON_MODE"
    DEM = "DEM"
    STUDY_AREA = "STUDY_AREA"
    N_UNLABELED = "N_UNLABELED"
    RATIO = "RATIO"
    BUFFER = "BUFFER"
    TRAIN_FRACTION = "TRAIN_FRACTION"
    SPLIT_MODE = "SPLIT_MODE"
    BLOCK_SIZE = "BLOCK_SIZE"
    SEED = "SEED"
    REFERENCE = "REFERENCE"
    DEFORMATION = "DEFORMATION"
    DEFORMATION_THRESHOLD = "DEFORMATION_THRESHOLD"
    DEFORMATION_NODATA = "DEFORMATION_NODATA"
    POOL_MASK = "POOL_MASK"
    OUTPUT = "OUTPUT"
    OUT_TRAIN_LANDSLIDES = "TRAIN_LANDSLIDES"
    OUT_TEST_LANDSLIDES = "TEST_LANDSLIDES"
    OUT_TRAIN_UNLABELED = "TRAIN_UNLABELED"
    OUT_TEST_UNLABELED = "TEST_UNLABELED"
    OUT_FACTOR_NAMES = "FACTOR_NAMES"
    OUT_SUMMARY = "SUMMARY"

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Conditioning factors"), TYPE_RASTER)
        p.setHelp(
            self.tr(
                "Single-band rasters (named after the layer) and/or multi-band stacks (one factor per band, "
                "named after the band description)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.CATEGORICAL, self.tr("Categorical factors (comma separated)"), optional=True
        )
        p.setHelp(
            self.tr("Names of the factors holding class codes (lithology, land cover, geological age).")
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.INVENTORY,
            self.tr("Landslide inventory"),
            [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
        )
        p.setHelp(self.tr("Landslide points or polygons (any CRS; transformed to the rasters' CRS)."))
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.INVENTORY_ID_FIELD,
            self.tr("Polygon ID field (empty: feature id)"),
            parentLayerParameterName=self.INVENTORY,
            type=FIELD_NUMERIC,
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Polygons only: the integer field whose value each landslide sample keeps in 'ls_id' "
                "(empty: the feature id). Polygons sharing an id go to the same split."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.POLYGON_MODE,
            self.tr("Landslide cells of polygons"),
            [self.tr("Centroid"), self.tr("Highest cell on the DEM (main scarp)"), self.tr("Every cell")],
            defaultValue=0,
        )
        p.setHelp(self.tr("How a polygon gives positive cells; ignored for points."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(
            self.DEM, self.tr("DEM (for the highest-cell mode)"), optional=True
        )
        p.setHelp(self.tr("Elevation on the factors' grid; can be one of the factor rasters."))
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.STUDY_AREA, self.tr("Study area"), [TYPE_VECTOR_POLYGON], optional=True
        )
        p.setHelp(self.tr("Only cells inside these polygons are used (default: every valid cell)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.N_UNLABELED,
            self.tr("Number of unlabeled cells (0: use the ratio)"),
            NUMBER_INTEGER,
            0,
            minValue=0,
        )
        p.setHelp(self.tr("Total number of unlabeled cells over train and test; 0 uses the ratio below."))
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.RATIO,
                self.tr("Unlabeled cells per landslide"),
                NUMBER_DOUBLE,
                samples.DEFAULT_RATIO,
                minValue=0.0,
            ),
            _params.RATIO,
        )
        p.setHelp(self.tr("Default 1 (a balanced sample)."))
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.BUFFER,
                self.tr("Exclusion buffer around landslides (map units)"),
                NUMBER_DOUBLE,
                0.0,
                minValue=0.0,
            ),
            _params.DISTANCE,
        )
        p.setHelp(
            self.tr(
                "No unlabeled cell is drawn within this distance of a landslide cell (in the rasters' "
                "CRS units). Landslide cells themselves are always excluded."
            )
        )
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.TRAIN_FRACTION,
                self.tr("Train fraction"),
                NUMBER_DOUBLE,
                samples.DEFAULT_TRAIN_FRACTION,
                minValue=0.05,
                maxValue=0.95,
            ),
            _params.SHARE,
        )
        p.setHelp(self.tr("Share of the landslides used for training (default 0.7, the usual 70/30 split)."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.SPLIT_MODE,
            self.tr("Train/test split"),
            [self.tr("Random"), self.tr("Spatial blocks")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Random: landslides split at random. Spatial blocks: square blocks of the size below go whole to train or test, and so do their unlabeled cells."
            )
        )
        self.addParameter(p)
        p = _params.set_decimals(
            QgsProcessingParameterNumber(
                self.BLOCK_SIZE,
                self.tr("Block size of the spatial split (map units)"),
                NUMBER_DOUBLE,
                1000.0,
                minValue=0.0,
            ),
            _params.DISTANCE,
        )
        p.setHelp(
            self.tr(
                "Side of the square blocks of the spatial split, in the rasters' CRS units (default 1000)."
            )
        )
        self.addParameter(p)
        _params.add_seed(
            self, samples.DEFAULT_SEED, self.tr("The same seed and inputs give the same samples.")
        )
        p = QgsProcessingParameterRasterLayer(
            self.REFERENCE, self.tr("Reference grid to align to"), optional=True
        )
        p.setHelp(
            self.tr("When the factors are not on one grid, they are resampled onto this raster's grid.")
        )
        self.addParameter(p)
        _pool.add_pool_parameters(self)
        _params.add_scheduler(
            self,
            self.tr(
                "Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the pass over the "
                "grid (the cells open to the unlabeled draw and each pool's smallest keys) runs as one task per "
                "block on its workers, which read the factor rasters and the rasterised masks (in QGIS's "
                "Processing temporary folder) from the same paths (readable there), with numpy, GDAL and this "
                "plugin importable as 'landslide_susceptibility'; the samples are the same as a run here. Needs "
                "the 'distributed' package. Empty: run here."
            ),
        )
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Samples"), TYPE_VECTOR_POINT)
        p.setHelp(
            self.tr(
                "Points at cell centres (the factors' CRS) with label, split, one field per factor, row and col."
            )
        )
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber(self.OUT_TRAIN_LANDSLIDES, self.tr("Train landslides")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_TEST_LANDSLIDES, self.tr("Test landslides")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_TRAIN_UNLABELED, self.tr("Train unlabeled")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_TEST_UNLABELED, self.tr("Test unlabeled")))
        self.addOutput(
            QgsProcessingOutputString(self.OUT_FACTOR_NAMES, self.tr("Factor fields (comma separated)"))
        )
        self.addOutput(QgsProcessingOutputString(self.OUT_SUMMARY, self.tr("Summary")))

    def process(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        if not layers:
            raise LsmError(self.tr("Choose at least one conditioning factor raster."))
        categorical = parse_names(self.parameterAsString(parameters, self.CATEGORICAL, context))
        factors = self.raster_factors(layers, categorical)
        clash = [f.name for f in factors if f.name.lower() in RESERVED_FIELDS]
        if clash:
            raise LsmError(
                self.tr(
                    "Factor name(s) {} clash with the sample layer's own fields ({}): rename the layer(s)."
                ).format(", ".join(clash), ", ".join(RESERVED_FIELDS))
            )
        inventory = self.parameterAsSource(parameters, self.INVENTORY, context)
        if inventory is None:
            raise LsmError(self.tr("The landslide inventory could not be opened."))
        study = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        crs = (reference or layers[0]).crs()

        # in Processing's temporary folder: a Dask cluster's workers read the masks there too
        with tempfile.TemporaryDirectory(
            prefix="lsm_samples_", dir=QgsProcessingUtils.tempFolder()
        ) as tmpdir:
            if reference is not None:
                factors, notes = samples.align_factors(factors, reference.source().split("|")[0], tmpdir)
                for note in notes:
                    feedback.pushInfo(note)
            grid = check_grids(factors)
            feedback.pushInfo(
                self.tr("Factors ({}): {} on a {} x {} grid").format(
                    len(factors), ", ".join(f.name for f in factors), grid.width, grid.height
                )
            )
            kind, cells = self._landslide_cells(parameters, context, feedback, inventory, crs, grid)
            mask = None
            if study is not None:
                wkbs = polygon_wkbs(study, crs, context, feedback, self.tr("study area"))
                mask = samples.polygon_mask(wkbs, grid, tmpdir, "study area")
            pool = _pool.pool_mask(self, parameters, context, feedback, grid, tmpdir)
            with BlockRunner(_params.scheduler(self, parameters, context)) as runner:
                if runner.distributed:
                    feedback.pushInfo(runner.describe())
                table = samples.build_samples(
                    factors,
                    cells,
                    grid,
                    mask,
                    n_unlabeled=self.parameterAsInt(parameters, self.N_UNLABELED, context),
                    ratio=self.parameterAsDouble(parameters, self.RATIO, context),
                    buffer=self.parameterAsDouble(parameters, self.BUFFER, context),
                    train_fraction=self.parameterAsDouble(parameters, self.TRAIN_FRACTION, context),
                    split_mode=samples.SPLIT_MODES[
                        self.parameterAsEnum(parameters, self.SPLIT_MODE, context)
                    ],
                    block_size=self.parameterAsDouble(parameters, self.BLOCK_SIZE, context),
                    seed=_params.seed(self, parameters, context),
                    feedback=SubProgress(feedback, 5, 95),
                    pool_mask=pool,
                    runner=runner,
                )
                _params.log_blocks(runner, feedback)
            pool = None  # closes the pool rasters before their folder goes
        push_notes(feedback, table.notes)
        samples.check_categorical_values(factors, table.X)  # written as integers: class codes only
        dest_id = self._write_samples(parameters, context, feedback, table, crs, factors, kind == "polygon")
        summary = "; ".join(table.summary_lines())
        feedback.pushInfo(self.tr("Samples: {}").format(summary))
        feedback.setProgress(100)
        c = table.counts
        attach_styler(context, dest_id, SampleLayerStyler())
        landslides = c["train_landslides"] + c["test_landslides"]
        unlabeled = c["train_unlabeled"] + c["test_unlabeled"]
        name_output(context, dest_id, self.tr("Samples"), ratio_text(unlabeled / max(landslides, 1)))
        return {
            self.OUTPUT: dest_id,
            self.OUT_TRAIN_LANDSLIDES: c["train_landslides"],
            self.OUT_TEST_LANDSLIDES: c["test_landslides"],
            self.OUT_TRAIN_UNLABELED: c["train_unlabeled"],
            self.OUT_TEST_UNLABELED: c["test_unlabeled"],
            self.OUT_FACTOR_NAMES: ",".join(table.names),
            self.OUT_SUMMARY: summary,
        }

    def _landslide_cells(self, parameters, context, feedback, inventory, crs, grid):
        """(kind, landslide cells) of the inventory (points, or polygons by the polygon mode, their
        cells' unit the polygon's id: feature id or ID field)."""
        id_field = self.parameterAsString(parameters, self.INVENTORY_ID_FIELD, context).strip()
        kind, geometry, ids = read_inventory_ids(inventory, crs, context, feedback, id_field=id_field)
        if kind == "point":
            if id_field:
                feedback.pushWarning(
                    self.tr(
                        "The ID field '{}' is used for polygon inventories only; '{}' has points."
                    ).format(id_field, inventory.sourceName())
                )
            return kind, samples.cells_from_points(geometry, grid)
        mode = samples.POLYGON_MODES[self.parameterAsEnum(parameters, self.POLYGON_MODE, context)]
        dem = self._dem(parameters, context, grid) if mode == "highest" else None
        progress = SubProgress(feedback, 0, 5)
        return kind, samples.cells_from_polygons(geometry, grid, mode, dem, progress, unit_ids=ids)

    def _dem(self, parameters, context, grid):
        """The DEM factor of the highest-cell mode, checked to be on the factors' grid."""
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem_layer is None:
            raise LsmError(
                self.tr(
                    "The highest-cell mode needs a DEM: choose the DEM parameter (e.g. the elevation factor)."
                )
            )
        dem = Factor("dem", dem_layer.source().split("|")[0], 1)
        why = grid.mismatch(check_grids([dem]))
        if why:
            raise LsmError(
                self.tr("The DEM '{}' is not on the factors' grid ({}): resample it first.").format(
                    dem_layer.name(), why
                )
            )
        return dem

    def _write_samples(self, parameters, context, feedback, table, crs, factors, landslide_id):
        """The sample layer; categorical factors as long integer fields (how later steps know them:
        algorithms._samples.declared_categorical); with *landslide_id* (polygon inventories) the
        ls_id field: the polygon id of landslide rows, NULL on unlabeled rows."""
        n = table.label.size
        categorical = [f.name for f in factors if f.categorical]
        is_cat = [f.categorical for f in factors]

        def rows():
            for i in range(n):
                yield (
                    table.x[i],
                    table.y[i],
                    [int(table.label[i]), str(table.split[i])]
                    + [_value(v, c) for v, c in zip(table.X[i], is_cat)]
                    + [int(table.rows[i]), int(table.cols[i])]
                    + ([int(table.unit[i]) if table.label[i] == 1 else None] if landslide_id else []),
                )
                feedback.setProgress(95 + 5.0 * (i + 1) / n)

        fields = sample_fields(table.names, categorical=categorical, landslide_id=landslide_id)
        return write_points(self, parameters, self.OUTPUT, context, fields, crs, rows(), feedback)


def _value(v, categorical):
    """A factor value of the sample layer: an int class code for a categorical factor, else a float."""
    return int(round(float(v))) if categorical else float(v)
