"""lsm:buildsamples: from a landslide inventory and factor rasters to a sample point layer."""

import tempfile

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant

from ..core import samples
from ..core.grid import Factor, check_grids
from ..core.progress import SubProgress, check_canceled
from .base import LsmAlgorithm, push_notes

#: field names of the sample layer besides the factors (docs/ARCHITECTURE.md)
RESERVED_FIELDS = ("label", "split", "row", "col", "prior", "fid")


def parse_names(text):
    """Names from a comma (or semicolon) separated string, blanks dropped."""
    return [n.strip() for n in str(text or "").replace(";", ",").split(",") if n.strip()]


def read_inventory(source, target_crs, context, feedback, what="landslide inventory"):
    """('point', xy array) or ('polygon', list of WKB) of a feature source, in *target_crs*.

    Multi-point features give one landslide per part. Features without geometry are counted.
    """
    tr = QCoreApplication.translate
    transform = QgsCoordinateTransform(source.sourceCrs(), target_crs, context.transformContext())
    kind = QgsWkbTypes.geometryType(source.wkbType())
    if kind not in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry):
        raise QgsProcessingException(
            tr("LsmAlgorithm", "The {} '{}' must be a point or polygon layer.").format(
                what, source.sourceName()
            )
        )
    xy, wkbs, empty = [], [], 0
    for feature in source.getFeatures():
        if feedback.isCanceled():
            break
        geometry = QgsGeometry(feature.geometry())
        if geometry is None or geometry.isEmpty():
            empty += 1
            continue
        try:
            geometry.transform(transform)
        except Exception as exc:  # QgsCsException
            raise QgsProcessingException(
                tr("LsmAlgorithm", "The {} '{}' cannot be transformed to the rasters' CRS ({}): {}").format(
                    what, source.sourceName(), target_crs.authid(), exc
                )
            ) from exc
        if kind == QgsWkbTypes.PointGeometry:
            for part in geometry.constParts():
                xy.append((part.x(), part.y()))
        else:
            wkbs.append(bytes(geometry.asWkb()))
    if empty:
        feedback.pushWarning(
            tr("LsmAlgorithm", "{} feature(s) of the {} have no geometry and were skipped.").format(
                empty, what
            )
        )
    if kind == QgsWkbTypes.PointGeometry:
        if not xy:
            raise QgsProcessingException(
                tr("LsmAlgorithm", "The {} '{}' has no point.").format(what, source.sourceName())
            )
        return "point", np.array(xy, dtype=np.float64)
    if not wkbs:
        raise QgsProcessingException(
            tr("LsmAlgorithm", "The {} '{}' has no polygon.").format(what, source.sourceName())
        )
    return "polygon", wkbs


def polygon_wkbs(source, target_crs, context, feedback, what):
    """WKB of every polygon of *source* in *target_crs* (for study areas and masks)."""
    kind, wkbs = read_inventory(source, target_crs, context, feedback, what)
    if kind != "polygon":
        raise QgsProcessingException(
            QCoreApplication.translate("LsmAlgorithm", "The {} '{}' must be a polygon layer.").format(
                what, source.sourceName()
            )
        )
    return wkbs


class BuildSamplesAlgorithm(LsmAlgorithm):
    """Inventory + factor rasters -> sample points (label, split, factor values, row, col)."""

    ALGORITHM_NAME = "buildsamples"
    DISPLAY_NAME = "Build samples from an inventory"
    GROUP_ID = "samples"
    HELP = (
        "Builds the sample table of a susceptibility study from a landslide inventory and the conditioning "
        "factor rasters: a point layer with `label` (1 landslide, 0 unlabeled), `split` (train/test), one "
        "field per factor (named after the layer, or the band description of a stack), and the cell's `row` "
        "and `col`. Points lie at cell centres.\n\n"
        "PU testing method (Fu et al. 2024, IEEE JSTARS 17, section III.G): the landslides are split into "
        "train (default 70 %) and test first; the unlabeled cells for train and for test are then drawn "
        "independently and without repetition from two disjoint pools, so nothing leaks between the sets. "
        "The spatial split uses square blocks of the given size instead: whole blocks go to test, and the "
        "unlabeled pools follow the blocks.\n\n"
        "Polygons: the cell of the centroid, the highest cell of the polygon on a DEM (an approximation of "
        "the main scarp, Fu et al. 2024), or every cell. Cells of inventory polygons, landslide cells and an "
        "optional buffer around them are never drawn as unlabeled. Unlabeled cells: the given number, or "
        "the ratio to the landslides (default 1, a balanced sample).\n\n"
        "All factors must share the CRS and grid (differences below 1 % of a cell are accepted); otherwise "
        "choose a reference raster to align to (bilinear for continuous, nearest for categorical factors, "
        "through GDAL). Landslides outside the rasters, outside the study area or on nodata are dropped and "
        "counted in the log. At least 10 landslides must remain."
    )
    REQUIRES = ()

    FACTORS = "FACTORS"
    CATEGORICAL = "CATEGORICAL"
    INVENTORY = "INVENTORY"
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
    OUTPUT = "OUTPUT"
    OUT_TRAIN_LANDSLIDES = "TRAIN_LANDSLIDES"
    OUT_TEST_LANDSLIDES = "TEST_LANDSLIDES"
    OUT_TRAIN_UNLABELED = "TRAIN_UNLABELED"
    OUT_TEST_UNLABELED = "TEST_UNLABELED"
    OUT_FACTOR_NAMES = "FACTOR_NAMES"
    OUT_SUMMARY = "SUMMARY"

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterMultipleLayers(
            self.FACTORS, self.tr("Conditioning factors"), QgsProcessing.TypeRaster
        )
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
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
        )
        p.setHelp(self.tr("Landslide points or polygons (any CRS; transformed to the rasters' CRS)."))
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
            self.STUDY_AREA, self.tr("Study area"), [QgsProcessing.TypeVectorPolygon], optional=True
        )
        p.setHelp(self.tr("Only cells inside these polygons are used (default: every valid cell)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.N_UNLABELED,
            self.tr("Number of unlabeled cells (0: use the ratio)"),
            QgsProcessingParameterNumber.Integer,
            0,
            minValue=0,
        )
        p.setHelp(self.tr("Total number of unlabeled cells over train and test; 0 uses the ratio below."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.RATIO,
            self.tr("Unlabeled cells per landslide"),
            QgsProcessingParameterNumber.Double,
            samples.DEFAULT_RATIO,
            minValue=0.0,
        )
        p.setHelp(self.tr("Default 1 (a balanced sample)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.BUFFER,
            self.tr("Exclusion buffer around landslides (map units)"),
            QgsProcessingParameterNumber.Double,
            0.0,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "No unlabeled cell is drawn within this distance of a landslide cell (in the rasters' "
                "CRS units). Landslide cells themselves are always excluded."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.TRAIN_FRACTION,
            self.tr("Train fraction"),
            QgsProcessingParameterNumber.Double,
            samples.DEFAULT_TRAIN_FRACTION,
            minValue=0.05,
            maxValue=0.95,
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
        p = QgsProcessingParameterNumber(
            self.BLOCK_SIZE,
            self.tr("Block size of the spatial split (map units)"),
            QgsProcessingParameterNumber.Double,
            1000.0,
            minValue=0.0,
        )
        p.setHelp(
            self.tr(
                "Side of the square blocks of the spatial split, in the rasters' CRS units (default 1000)."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.SEED,
            self.tr("Random seed"),
            QgsProcessingParameterNumber.Integer,
            samples.DEFAULT_SEED,
            minValue=0,
        )
        p.setHelp(self.tr("The same seed and inputs give the same samples."))
        self.addParameter(p)
        p = QgsProcessingParameterRasterLayer(
            self.REFERENCE, self.tr("Reference grid to align to"), optional=True
        )
        p.setHelp(
            self.tr("When the factors are not on one grid, they are resampled onto this raster's grid.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Samples"), QgsProcessing.TypeVectorPoint)
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

    def run(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        if not layers:
            raise QgsProcessingException(self.tr("Choose at least one conditioning factor raster."))
        categorical = parse_names(self.parameterAsString(parameters, self.CATEGORICAL, context))
        factors = self.raster_factors(layers, categorical)
        clash = [f.name for f in factors if f.name.lower() in RESERVED_FIELDS]
        if clash:
            raise QgsProcessingException(
                self.tr(
                    "Factor name(s) {} clash with the sample layer's own fields ({}): rename the layer(s)."
                ).format(", ".join(clash), ", ".join(RESERVED_FIELDS))
            )
        inventory = self.parameterAsSource(parameters, self.INVENTORY, context)
        if inventory is None:
            raise QgsProcessingException(self.tr("The landslide inventory could not be opened."))
        mode = samples.POLYGON_MODES[self.parameterAsEnum(parameters, self.POLYGON_MODE, context)]
        dem_layer = self.parameterAsRasterLayer(parameters, self.DEM, context)
        study = self.parameterAsSource(parameters, self.STUDY_AREA, context)
        reference = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        crs = (reference or layers[0]).crs()

        with tempfile.TemporaryDirectory(prefix="lsm_samples_") as tmpdir:
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
            kind, geometry = read_inventory(inventory, crs, context, feedback)
            if kind == "point":
                cells = samples.cells_from_points(geometry, grid)
            else:
                dem = None
                if mode == "highest":
                    if dem_layer is None:
                        raise QgsProcessingException(
                            self.tr(
                                "The highest-cell mode needs a DEM: choose the DEM parameter (e.g. the "
                                "elevation factor)."
                            )
                        )
                    dem = Factor("dem", dem_layer.source().split("|")[0], 1)
                    why = grid.mismatch(check_grids([dem]))
                    if why:
                        raise QgsProcessingException(
                            self.tr(
                                "The DEM '{}' is not on the factors' grid ({}): resample it first."
                            ).format(dem_layer.name(), why)
                        )
                cells = samples.cells_from_polygons(geometry, grid, mode, dem, SubProgress(feedback, 0, 5))
            mask = None
            if study is not None:
                wkbs = polygon_wkbs(study, crs, context, feedback, self.tr("study area"))
                mask = samples.polygon_mask(wkbs, grid, tmpdir, "study area")
            table = samples.build_samples(
                factors,
                cells,
                grid,
                mask,
                n_unlabeled=self.parameterAsInt(parameters, self.N_UNLABELED, context),
                ratio=self.parameterAsDouble(parameters, self.RATIO, context),
                buffer=self.parameterAsDouble(parameters, self.BUFFER, context),
                train_fraction=self.parameterAsDouble(parameters, self.TRAIN_FRACTION, context),
                split_mode=samples.SPLIT_MODES[self.parameterAsEnum(parameters, self.SPLIT_MODE, context)],
                block_size=self.parameterAsDouble(parameters, self.BLOCK_SIZE, context),
                seed=self.parameterAsInt(parameters, self.SEED, context),
                feedback=SubProgress(feedback, 5, 95),
            )
        push_notes(feedback, table.notes)
        dest_id = self._write_samples(parameters, context, feedback, table, crs)
        summary = "; ".join(table.summary_lines())
        feedback.pushInfo(self.tr("Samples: {}").format(summary))
        feedback.setProgress(100)
        c = table.counts
        return {
            self.OUTPUT: dest_id,
            self.OUT_TRAIN_LANDSLIDES: c["train_landslides"],
            self.OUT_TEST_LANDSLIDES: c["test_landslides"],
            self.OUT_TRAIN_UNLABELED: c["train_unlabeled"],
            self.OUT_TEST_UNLABELED: c["test_unlabeled"],
            self.OUT_FACTOR_NAMES: ",".join(table.names),
            self.OUT_SUMMARY: summary,
        }

    def _write_samples(self, parameters, context, feedback, table, crs):
        fields = QgsFields()
        fields.append(QgsField("label", QVariant.Int))
        fields.append(QgsField("split", QVariant.String, len=5))
        for name in table.names:
            fields.append(QgsField(name, QVariant.Double))
        fields.append(QgsField("row", QVariant.Int))
        fields.append(QgsField("col", QVariant.Int))
        sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        n = table.label.size
        for i in range(n):
            if i % 1000 == 0:
                check_canceled(feedback)
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(table.x[i]), float(table.y[i]))))
            feature.setAttributes(
                [int(table.label[i]), str(table.split[i])]
                + [float(v) for v in table.X[i]]
                + [int(table.rows[i]), int(table.cols[i])]
            )
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(self.tr("Cannot write the samples: {}").format(sink.lastError()))
            feedback.setProgress(95 + 5.0 * (i + 1) / n)
        return dest_id
