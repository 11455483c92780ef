"""lsm:unitfactors: per-unit factor statistics and landslide response on a polygon layer (core.units)."""

import os
import tempfile

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingUtils,
)

from ..core.dask_blocks import BlockRunner
from ..core.errors import LsmError
from ..core.grid import check_grids
from ..core.units import CONTINUOUS_STATISTICS, rasterize_units, zonal_statistics
from . import _params
from ._compat import TYPE_RASTER, TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON
from ._inventory import parse_names
from ._samples import source_name
from ._units import check_units_crs, landslide_response, read_units, write_units
from .base import LsmAlgorithm, push_notes

#: the response fields
COUNT_FIELD, PRESENCE_FIELD, AREA_FIELD, CELLS_FIELD = "ls_count", "ls_presence", "ls_area_share", "n_cells"


class UnitFactorsAlgorithm(LsmAlgorithm):
    """Zonal statistics of factor rasters and the landslide response per mapping unit."""

    ALGORITHM_NAME = "unitfactors"
    DISPLAY_NAME = "Unit factors (zonal statistics of mapping units)"
    GROUP_ID = "samples"
    HELP = (
        "Adds per-unit factor statistics to a polygon layer of mapping units (slope units, basins): mean, "
        "median and standard deviation of continuous factors (fields <factor>_mean, _median, _std), majority and "
        "class shares of categorical ones, and the landslide response from an inventory: ls_count, ls_presence "
        "(count >= 1) and, for polygon inventories, ls_area_share. Cells belong to the unit covering their "
        "centre. Streamed block by block: memory grows with the units, not the raster.\n\n"
        "The output is a sample layer for lsm:trainmodel and lsm:crossvalidate (label field ls_presence); "
        "the FACTOR_FIELDS output lists its factor fields (statistics and class shares) for them."
    )

    UNITS = "UNITS"
    FACTORS = "FACTORS"
    CATEGORICAL = "CATEGORICAL"
    STATISTICS = "STATISTICS"
    INVENTORY = "INVENTORY"
    OUTPUT = "OUTPUT"
    OUT_UNITS = "N_UNITS"
    OUT_EMPTY = "N_EMPTY"
    OUT_FIELDS = "FACTOR_FIELDS"

    def initAlgorithm(self, config=None):  # noqa: N802
        add = _params.add
        add(
            self,
            QgsProcessingParameterFeatureSource(self.UNITS, self.tr("Mapping units"), [TYPE_VECTOR_POLYGON]),
            self.tr(
                "Polygons of the mapping units (a partition: where units overlap a cell counts for one only)."
            ),
        )
        add(
            self,
            QgsProcessingParameterMultipleLayers(self.FACTORS, self.tr("Factor rasters"), TYPE_RASTER),
            self.tr("Factor rasters on one grid, in the units' CRS; single bands are named after the layer."),
        )
        add(
            self,
            QgsProcessingParameterString(
                self.CATEGORICAL, self.tr("Categorical factors (comma separated)"), "", optional=True
            ),
            self.tr(
                "Factors holding class codes: their majority class and the share of each class per unit."
            ),
        )
        add(
            self,
            QgsProcessingParameterEnum(
                self.STATISTICS,
                self.tr("Statistics of continuous factors"),
                [self.tr("Mean"), self.tr("Median"), self.tr("Standard deviation")],
                allowMultiple=True,
                defaultValue=[0, 1, 2],
            ),
            self.tr(
                "Per-unit statistics; the median is exact up to 16 million grid cells, above from per-unit "
                "histograms (the log gives the largest error)."
            ),
        )
        add(
            self,
            QgsProcessingParameterFeatureSource(
                self.INVENTORY,
                self.tr("Landslide inventory"),
                [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
                optional=True,
            ),
            self.tr(
                "Points (counted in the unit that contains them) or polygons (counted in every unit they touch, "
                "with the share of the unit's area they cover)."
            ),
        )
        _params.add_scheduler(
            self,
            self.tr(
                "Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the block pass of the "
                "zonal statistics runs as one task per block on its workers, which read the factor rasters and "
                "the rasterised units (in QGIS's Processing temporary folder) from the same paths (readable "
                "there), with numpy, GDAL and this plugin importable as 'landslide_susceptibility'; the result is "
                "the same as a run here. Needs the 'distributed' package. Empty: run here."
            ),
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Units with factors")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_UNITS, self.tr("Units")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_EMPTY, self.tr("Units without a cell")))
        self.addOutput(QgsProcessingOutputString(self.OUT_FIELDS, self.tr("Factor fields (comma separated)")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.UNITS, context)
        if source is None:
            raise LsmError(self.tr("The unit layer could not be opened."))
        name = source_name(self, parameters, self.UNITS, context)
        layers = self.parameterAsLayerList(parameters, self.FACTORS, context)
        if not layers:
            raise LsmError(self.tr("Choose at least one factor raster."))
        categorical = parse_names(self.parameterAsString(parameters, self.CATEGORICAL, context))
        factors = self.raster_factors(layers, categorical)
        grid = check_grids(factors)
        crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt) if grid.crs_wkt else layers[0].crs()
        check_units_crs(source, name, crs, self.tr("factor rasters"))
        units = read_units(source, name, feedback)
        feedback.pushInfo(self.tr("'{}': {} unit(s), {} factor(s).").format(name, len(units), len(factors)))
        statistics = self._statistics(parameters, context)
        # in Processing's temporary folder: the workers of a cluster read the unit raster there
        with tempfile.TemporaryDirectory(prefix="lsm_units_", dir=QgsProcessingUtils.tempFolder()) as tmpdir:
            ids_path = rasterize_units(units.wkbs, grid, os.path.join(tmpdir, "unit_ids.tif"))
            with BlockRunner(_params.scheduler(self, parameters, context)) as runner:
                if runner.distributed:
                    feedback.pushInfo(runner.describe())
                zonal = zonal_statistics(
                    ids_path, factors, len(units), statistics, feedback=feedback, runner=runner
                )
                _params.log_blocks(runner, feedback)
        push_notes(feedback, zonal.notes)
        columns = [(CELLS_FIELD, "int", zonal.n_cells)]
        factor_fields = []
        for factor in factors:
            factor_columns = _factor_columns(factor, zonal.stats[factor.name], statistics)
            columns.extend(factor_columns)
            # the model's factors: statistics and class shares (a majority code is no number to model)
            factor_fields.extend(c[0] for c in factor_columns[1 if factor.categorical else 0 :])
        columns.extend(self._response_columns(parameters, context, feedback, units, source))
        dest = write_units(self, parameters, self.OUTPUT, context, source, units, columns, feedback)
        return {
            self.OUTPUT: dest,
            self.OUT_UNITS: len(units),
            self.OUT_EMPTY: int((zonal.n_cells == 0).sum()),
            self.OUT_FIELDS: ",".join(factor_fields),
        }

    def _statistics(self, parameters, context):
        chosen = self.parameterAsEnums(parameters, self.STATISTICS, context)
        statistics = [CONTINUOUS_STATISTICS[i] for i in chosen]
        if not statistics:
            raise LsmError(self.tr("Choose at least one statistic (mean, median or standard deviation)."))
        return statistics

    def _response_columns(self, parameters, context, feedback, units, source):
        inventory = self.parameterAsSource(parameters, self.INVENTORY, context)
        if inventory is None:
            return []
        inventory_name = source_name(self, parameters, self.INVENTORY, context)
        count, covered = landslide_response(
            units, source.sourceCrs(), inventory, inventory_name, context, feedback
        )
        feedback.pushInfo(
            self.tr("'{}': {} unit(s) hold a landslide ({} landslide hit(s) in all).").format(
                inventory_name, int((count > 0).sum()), int(count.sum())
            )
        )
        columns = [(COUNT_FIELD, "int", count), (PRESENCE_FIELD, "int", (count >= 1).astype(np.int64))]
        if covered is not None:
            columns.append((AREA_FIELD, "double", covered))
        return columns


def _factor_columns(factor, stats, statistics):
    if factor.categorical:
        columns = [(f"{factor.name}_maj", "double", stats.majority)]
        for j, code in enumerate(stats.classes):
            columns.append((f"{factor.name}_c{int(code)}", "double", stats.shares[:, j]))
        return columns
    return [(f"{factor.name}_{statistic}", "double", getattr(stats, statistic)) for statistic in statistics]
