"""lsm:ratecurves: success-rate and prediction-rate curves of a susceptibility map (core.ratecurves)."""

import csv
import os
import tempfile

import numpy as np
from qgis.core import (
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ..core import records, sampleset
from ..core.dask_blocks import BlockRunner
from ..core.errors import LsmError
from ..core.grid import atomic_path, grid_of
from ..core.ratecurves import rate_curves
from ..core.samples import cells_from_polygons, rasterize
from . import _params
from ._compat import NUMBER_INTEGER, TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON
from ._inventory import polygon_wkbs, read_inventory
from ._samples import NamedSource, read_labels, read_point_table, source_name
from .base import LsmAlgorithm, json_parameters, push_notes

#: points of the curves in the CSV table and in the run record
TABLE_POINTS = 1001
RECORD_POINTS = 101
#: the set names of the curves (CSV columns <name>_landslide_share, record keys)
SUCCESS, PREDICTION = "success", "prediction"


class RateCurvesAlgorithm(LsmAlgorithm):
    """Success and prediction rate curves of a susceptibility raster, their AUCs, CSV, PNG, record."""

    ALGORITHM_NAME = "ratecurves"
    DISPLAY_NAME = "Success and prediction rate curves"
    GROUP_ID = "evaluation"
    HELP = (
        "Success-rate (training landslides) and prediction-rate (test landslides) curves of a susceptibility "
        "map (Chung and Fabbri 2003): the share of landslide cells inside the most susceptible x % of the area, "
        "and the area under each curve (0.5: no better than chance). Exact over every cell of the map, ties "
        "included.\n\n"
        "Landslides: a sample layer with a label and a split field ('train' / 'test'), or a training and a test "
        "inventory (points, or polygons by the cells whose centre they cover). An optional mask raster or "
        "polygon layer limits the study area. The landslides must be in the map's CRS.\n\n"
        "Outputs: a CSV of the curves, a PNG, SUCCESS_AUC, PREDICTION_AUC and a run record."
    )

    INPUT = "INPUT"
    BAND = "BAND"
    SAMPLES = "SAMPLES"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    TRAIN_INVENTORY = "TRAIN_INVENTORY"
    TEST_INVENTORY = "TEST_INVENTORY"
    ONE_OF = (("SAMPLES", "TRAIN_INVENTORY", "TEST_INVENTORY"),)
    MASK_RASTER = "MASK_RASTER"
    MASK_POLYGONS = "MASK_POLYGONS"
    RUN_STORE = "RUN_STORE"
    WRITE_RECORD = "WRITE_RECORD"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_PLOT = "OUTPUT_PLOT"
    OUT_SUCCESS = "SUCCESS_AUC"
    OUT_PREDICTION = "PREDICTION_AUC"
    OUT_RECORD = "RUN_RECORD"
    OUT_RUN_ID = "RUN_ID"

    def _add(self, parameter, help_text):
        parameter.setHelp(self.tr(help_text))
        self.addParameter(parameter)

    def initAlgorithm(self, config=None):  # noqa: N802
        self._add(
            QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Susceptibility raster")),
            "The map to assess (any values: higher means more susceptible); nodata cells are not part of the area.",
        )
        self._add(
            QgsProcessingParameterNumber(self.BAND, self.tr("Band"), NUMBER_INTEGER, 1, minValue=1),
            "Band of the susceptibility raster (1 for a single-band map).",
        )
        self._add_landslide_parameters()
        self._add(
            QgsProcessingParameterRasterLayer(
                self.MASK_RASTER, self.tr("Study-area mask raster"), optional=True
            ),
            "Cells with a non-zero value form the study area; the mask must be on the map's grid.",
        )
        self._add(
            QgsProcessingParameterFeatureSource(
                self.MASK_POLYGONS,
                self.tr("Study-area polygons"),
                [TYPE_VECTOR_POLYGON],
                optional=True,
            ),
            "Polygons of the study area: the cells whose centre they cover (reprojected to the map's CRS).",
        )
        _params.add_run_store(self)
        _params.add_scheduler(self)
        self._add(
            QgsProcessingParameterBoolean(
                self.WRITE_RECORD, self.tr("Write a run record"), defaultValue=True
            ),
            "Write the curves and their AUCs into the run store for the metrics dock.",
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_TABLE, self.tr("Rate curves table (CSV)"), self.tr("CSV files (*.csv)")
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_PLOT, self.tr("Rate curves (PNG)"), self.tr("PNG files (*.png)"), optional=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.OUT_SUCCESS, self.tr("Success-rate AUC")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_PREDICTION, self.tr("Prediction-rate AUC")))
        self.addOutput(QgsProcessingOutputFile(self.OUT_RECORD, self.tr("Run record")))
        self.addOutput(QgsProcessingOutputString(self.OUT_RUN_ID, self.tr("Run id")))

    def _add_landslide_parameters(self):
        self._add(
            QgsProcessingParameterFeatureSource(
                self.SAMPLES,
                self.tr("Sample layer (label and split fields)"),
                [TYPE_VECTOR_POINT],
                optional=True,
            ),
            "Points with a label field (1 landslide) and a split field: 'train' landslides give the success "
            "rate, 'test' landslides the prediction rate (an lsm:buildsamples output). Or give the inventories.",
        )
        self._add(
            QgsProcessingParameterField(
                self.LABEL_FIELD, self.tr("Label field"), "label", self.SAMPLES, optional=True
            ),
            "Field of the sample layer holding 1 for landslides (default 'label'); other rows are ignored.",
        )
        self._add(
            QgsProcessingParameterField(
                self.SPLIT_FIELD,
                self.tr("Split field ('train' / 'test')"),
                "split",
                self.SAMPLES,
                optional=True,
            ),
            "Field of the sample layer saying which landslides trained the model (default 'split').",
        )
        for name, label, help_text in (
            (
                self.TRAIN_INVENTORY,
                "Training landslides (inventory)",
                "Points or polygons (the cells whose centre they cover; a polygon smaller than a cell gives the "
                "cell of its centroid) for the success-rate curve; used when no sample layer is given.",
            ),
            (
                self.TEST_INVENTORY,
                "Test landslides (inventory)",
                "Points or polygons (the cells whose centre they cover; a polygon smaller than a cell gives the "
                "cell of its centroid) for the prediction-rate curve; used when no sample layer is given.",
            ),
        ):
            self._add(
                QgsProcessingParameterFeatureSource(
                    name,
                    self.tr(label),
                    [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
                    optional=True,
                ),
                self.tr(help_text),
            )

    # -- the run --------------------------------------------------------------------------------

    def process(self, parameters, context, feedback):
        raster = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        path = self._raster_path(raster, self.tr("susceptibility raster"))
        grid = grid_of(path)
        sets = self._landslide_sets(parameters, context, feedback, raster, grid)
        with tempfile.TemporaryDirectory(prefix="lsm_ratecurves_") as tmpdir:
            mask = self._mask(parameters, context, feedback, raster, grid, tmpdir)
            band = self.parameterAsInt(parameters, self.BAND, context) or 1
            with BlockRunner(_params.scheduler(self, parameters, context)) as runner:
                result = rate_curves(path, sets, mask=mask, band=band, feedback=feedback, runner=runner)
        push_notes(feedback, result.notes)
        self._log(feedback, result, raster.name())
        results = self._write_outputs(parameters, context, result, raster.name())
        results[self.OUT_SUCCESS] = result.curves[SUCCESS].auc if SUCCESS in result.curves else None
        results[self.OUT_PREDICTION] = result.curves[PREDICTION].auc if PREDICTION in result.curves else None
        results[self.OUT_RECORD], results[self.OUT_RUN_ID] = "", ""
        if self.parameterAsBool(parameters, self.WRITE_RECORD, context):
            record = self._record(parameters, context, result, raster.name(), path, results)
            results[self.OUT_RUN_ID] = self.write_run_record(
                record, parameters, context, feedback, results[self.OUTPUT_TABLE]
            )
            results[self.OUT_RECORD] = self.last_record_path
        return results

    def _raster_path(self, layer, what):
        if layer is None or not layer.isValid():
            raise LsmError(self.tr("The {} could not be opened.").format(what))
        path = layer.source().split("|")[0]
        if not os.path.exists(path):
            raise LsmError(
                self.tr("The {} '{}' is not a file on disk ({}); save it as GeoTIFF first.").format(
                    what, layer.name(), path
                )
            )
        return path

    def _check_crs(self, source, name, raster):
        if source.sourceCrs().isValid() and source.sourceCrs() != raster.crs():
            raise LsmError(
                self.tr(
                    "Layer '{}' is in {} but the map '{}' is in {}: reproject the landslides to the map's CRS "
                    "(Vector > Data Management Tools > Reproject Layer) and run again."
                ).format(name, source.sourceCrs().authid(), raster.name(), raster.crs().authid())
            )

    def _landslide_sets(self, parameters, context, feedback, raster, grid):
        """{'success': (rows, cols), 'prediction': (rows, cols)} (those that have landslides)."""
        samples = self.parameterAsSource(parameters, self.SAMPLES, context)
        if samples is not None:
            sets = self._sample_sets(parameters, context, feedback, samples, raster, grid)
        else:
            sets = self._inventory_sets(parameters, context, feedback, raster, grid)
        if not sets:
            raise LsmError(
                self.tr(
                    "No landslide was given: choose a sample layer with training / test landslides, or a "
                    "training or test inventory."
                )
            )
        return sets

    def _sample_sets(self, parameters, context, feedback, source, raster, grid):
        name = source_name(self, parameters, self.SAMPLES, context)
        self._check_crs(source, name, raster)
        label_field = self.parameterAsString(parameters, self.LABEL_FIELD, context) or "label"
        split_field = self.parameterAsString(parameters, self.SPLIT_FIELD, context) or "split"
        if split_field not in source.fields().names():
            raise LsmError(
                self.tr(
                    "Layer '{}' has no split field '{}' (its fields: {}): choose the field saying 'train' / "
                    "'test', or give a training and a test inventory instead."
                ).format(name, split_field, ", ".join(source.fields().names()))
            )
        _X, columns, xy = read_point_table(
            NamedSource(source, name), [], [label_field, split_field], feedback
        )
        labels, _n_null = read_labels(columns[label_field], name, label_field, feedback)
        split = sampleset.parse_split(columns[split_field])
        landslide = labels == 1
        sets = {}
        for set_name, value in ((SUCCESS, "train"), (PREDICTION, "test")):
            chosen = landslide & (split == value) & np.isfinite(xy).all(axis=1)
            if chosen.any():
                sets[set_name] = grid.rowcol(xy[chosen, 0], xy[chosen, 1])
            else:
                feedback.pushWarning(
                    self.tr("Layer '{}' has no '{}' landslide: no {}-rate curve.").format(
                        name, value, set_name
                    )
                )
        unsplit = int((landslide & (split == "")).sum())
        if unsplit:
            feedback.pushWarning(
                self.tr(
                    "{} landslide(s) of '{}' have no 'train' / 'test' split value and were left out."
                ).format(unsplit, name)
            )
        return sets

    def _inventory_sets(self, parameters, context, feedback, raster, grid):
        sets = {}
        for set_name, key in ((SUCCESS, self.TRAIN_INVENTORY), (PREDICTION, self.TEST_INVENTORY)):
            source = self.parameterAsSource(parameters, key, context)
            if source is None:
                continue
            name = source_name(self, parameters, key, context)
            self._check_crs(source, name, raster)
            kind, geometry = read_inventory(source, raster.crs(), context, feedback, self.tr("inventory"))
            if kind == "point":
                sets[set_name] = grid.rowcol(geometry[:, 0], geometry[:, 1])
                continue
            cells = cells_from_polygons(geometry, grid, "every", feedback=feedback)
            push_notes(feedback, [f"'{name}': {note}" for note in cells.notes])
            feedback.pushInfo(
                self.tr("'{}': {} polygon(s), {} cell(s) by cell centre.").format(
                    name, len(geometry), cells.rows.size
                )
            )
            sets[set_name] = (cells.rows, cells.cols)
        return sets

    def _mask(self, parameters, context, feedback, raster, grid, tmpdir):
        """Path of the study-area mask on the map's grid, or None."""
        mask_layer = self.parameterAsRasterLayer(parameters, self.MASK_RASTER, context)
        polygons = self.parameterAsSource(parameters, self.MASK_POLYGONS, context)
        if mask_layer is not None and polygons is not None:
            raise LsmError(self.tr("Give either a mask raster or study-area polygons, not both."))
        if mask_layer is not None:
            return self._raster_path(mask_layer, self.tr("mask raster"))
        if polygons is None:
            return None
        wkbs = polygon_wkbs(polygons, raster.crs(), context, feedback, self.tr("study area"))
        return rasterize(wkbs, grid, os.path.join(tmpdir, "study_area.tif"))

    def _log(self, feedback, result, map_name):
        feedback.pushInfo(self.tr("'{}': {} cells in the study area.").format(map_name, result.n_area_cells))
        for name, curve in result.curves.items():
            top = curve.landslide_share_at([0.1, 0.2])
            feedback.pushInfo(
                self.tr(
                    "{}-rate curve: AUC {:.4f} on {} landslide cells; the top 10 % of the area holds {:.1%} of "
                    "them, the top 20 % {:.1%}."
                ).format(name.capitalize(), curve.auc, curve.n_landslide_cells, top[0], top[1])
            )

    def _write_outputs(self, parameters, context, result, map_name):
        table_path = self.parameterAsFileOutput(parameters, self.OUTPUT_TABLE, context)
        header, rows = result.table(TABLE_POINTS)
        with atomic_path(table_path) as tmp:
            with open(tmp, "w", newline="", encoding="utf-8") as handle:
                writer = csv.writer(handle)
                writer.writerow(header)
                writer.writerows(rows)
        results = {self.OUTPUT_TABLE: table_path, self.OUTPUT_PLOT: None}
        plot_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PLOT, context)
        if plot_path:
            from ..core.charts import save_png
            from ..core.validation_charts import rate_curves_figure

            with atomic_path(plot_path) as tmp:
                save_png(rate_curves_figure(result, title=map_name), tmp)
            results[self.OUTPUT_PLOT] = plot_path
        return results

    def _record(self, parameters, context, result, map_name, map_path, results):
        curves = {}
        for name, curve in result.curves.items():
            x, y = curve.thinned(RECORD_POINTS)
            curves[name] = {
                "area_share": [round(float(v), 6) for v in x],
                "landslide_share": [round(float(v), 6) for v in y],
                "auc": float(curve.auc),
                "n_landslide_cells": curve.n_landslide_cells,
                "n_dropped": curve.n_dropped,
            }
        outputs = {"raster": map_path, "table": results[self.OUTPUT_TABLE]}
        if results[self.OUTPUT_PLOT]:
            outputs["plot"] = results[self.OUTPUT_PLOT]
        return records.run_record(
            "lsm:ratecurves",
            kind="rate_curves",
            test_set="area",
            name=f"{map_name} rate curves",
            dataset=map_name,
            parameters=json_parameters(self, parameters, context),
            rate_curves=curves,
            outputs=outputs,
            summary={
                "success_auc": results[self.OUT_SUCCESS],
                "prediction_auc": results[self.OUT_PREDICTION],
                "n_area_cells": int(result.n_area_cells),
                "notes": list(result.notes),
            },
        )
