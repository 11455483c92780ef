"""lsm:jenksclassify: exact natural-breaks classing of a susceptibility map."""

import csv
import os

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..core import classing, records
from ..core.errors import LsmError
from ..core.grid import grid_of
from . import _params
from ._styling import ClassedRasterStyler, attach_styler
from .base import LsmAlgorithm, table_values, write_table


class JenksClassifyAlgorithm(LsmAlgorithm):
    """Classes a susceptibility index into k classes (exact Jenks by default)."""

    ALGORITHM_NAME = "jenksclassify"
    DISPLAY_NAME = "Classify susceptibility (Jenks natural breaks)"
    GROUP_ID = "maps"
    HELP = (
        "Classes a susceptibility raster into k classes (default 5: Very low to Very high), as in Fu et al. "
        "2024. Jenks natural breaks are exact over ALL valid pixels (not a sample), with the goodness of "
        "variance fit; equal interval, quantile and user-given breaks are the other methods.\n\n"
        "Outputs: the classed raster (Byte, 1..k, styled), a class table (area per class; with a landslide "
        "layer also % of landslides and the frequency ratio) as a layer and CSV, the breaks and the GVF. An "
        "optional run record feeds the metrics dock's class-area chart."
    )

    INPUT = "INPUT"
    BAND = "BAND"
    CLASSES = "CLASSES"
    METHOD = "METHOD"
    BREAKS = "BREAKS"
    LABELS = "LABELS"
    LANDSLIDES = "LANDSLIDES"
    OUTPUT = "OUTPUT"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    OUTPUT_CSV = "OUTPUT_CSV"
    RUN_NAME = "RUN_NAME"
    MODEL_TYPE = "MODEL_TYPE"
    RUN_STORE = "RUN_STORE"
    OUT_BREAKS = "BREAKS_STRING"
    OUT_GVF = "GVF"
    OUT_RECORD = "RUN_RECORD"

    METHODS = ("jenks", "equal", "quantile", "manual")

    def initAlgorithm(self, config=None):  # noqa: N802
        p = QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Susceptibility raster"))
        p.setHelp(self.tr("The susceptibility index (e.g. the output of lsm:predictraster)."))
        self.addParameter(p)
        p = QgsProcessingParameterBand(self.BAND, self.tr("Band"), 1, self.INPUT, optional=True)
        p.setHelp(self.tr("Band of the susceptibility raster to class (default 1)."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.CLASSES,
            self.tr("Number of classes"),
            QgsProcessingParameterNumber.Integer,
            5,
            minValue=classing.MIN_CLASSES,
            maxValue=classing.MAX_CLASSES,
        )
        p.setHelp(self.tr("5 in the literature (Very low ... Very high). Ignored for user-given breaks."))
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.METHOD,
            self.tr("Method"),
            [
                self.tr("Jenks natural breaks (exact)"),
                self.tr("Equal interval"),
                self.tr("Quantile"),
                self.tr("User-given breaks"),
            ],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Jenks: exact natural breaks over all valid pixels; equal interval; quantile (exact); or the "
                "breaks given below."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.BREAKS, self.tr("User-given breaks (comma separated)"), optional=True
        )
        p.setHelp(self.tr("Inner break values, e.g. 0.2,0.4,0.6,0.8, for the user-given method."))
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.LABELS, self.tr("Class labels (comma separated)"), optional=True
        )
        p.setHelp(
            self.tr("Default: Very low, Low, Moderate, High, Very high for 5 classes, else Class 1..k.")
        )
        self.addParameter(p)
        p = QgsProcessingParameterFeatureSource(
            self.LANDSLIDES,
            self.tr("Landslide inventory (optional)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            optional=True,
        )
        p.setHelp(self.tr("Points or polygons; adds % of landslides and the frequency ratio per class."))
        self.addParameter(p)
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Classed susceptibility"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE,
                self.tr("Class table"),
                QgsProcessing.TypeVector,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CSV,
                self.tr("Class table (CSV)"),
                self.tr("CSV files (*.csv)"),
                optional=True,
                createByDefault=False,
            )
        )
        p = QgsProcessingParameterString(
            self.RUN_NAME, self.tr("Run name (for the run record)"), optional=True
        )
        p.setHelp(
            self.tr(
                "With a run name, a model type or a run store, the class areas are written as a run record "
                "that the metrics dock shows in its class-area chart."
            )
        )
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.MODEL_TYPE, self.tr("Model type of the map (for the run record)"), optional=True
        )
        p.setHelp(
            self.tr("e.g. brf, easyensemble, smote_dnn, rf, dnn, lsnet: the dock groups class areas by it.")
        )
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(p)
        _params.add_run_store(
            self,
            help_text=self.tr(
                "Folder of run records read by the metrics dock. Default (when a run name or model type "
                "is given): 'lsm_runs' beside the saved project, else beside the output."
            ),
            advanced=True,
        )
        self.addOutput(QgsProcessingOutputString(self.OUT_BREAKS, self.tr("Class edges (comma separated)")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_GVF, self.tr("Goodness of variance fit")))
        self.addOutput(QgsProcessingOutputFile(self.OUT_RECORD, self.tr("Run record")))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        method = self.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        if method == "manual" and not self.parameterAsString(parameters, self.BREAKS, context).strip():
            return False, self.tr("Give the break values (comma separated) for user-given breaks.")
        return super().checkParameterValues(parameters, context)

    def _parse_breaks(self, text):
        try:
            return [float(v) for v in text.replace(";", ",").split(",") if v.strip()]
        except ValueError as exc:
            raise LsmError(
                self.tr("User-given breaks must be numbers separated by commas, got '{}'.").format(text)
            ) from exc

    def process(self, parameters, context, feedback):
        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None or not layer.isValid():
            raise LsmError(self.tr("The susceptibility raster could not be opened."))
        band = self.parameterAsInt(parameters, self.BAND, context) or 1
        if band > layer.bandCount():
            raise LsmError(
                self.tr("Band {} does not exist in '{}' ({} band(s)).").format(
                    band, layer.name(), layer.bandCount()
                )
            )
        k = self.parameterAsInt(parameters, self.CLASSES, context)
        method = self.METHODS[self.parameterAsEnum(parameters, self.METHOD, context)]
        manual = (
            self._parse_breaks(self.parameterAsString(parameters, self.BREAKS, context))
            if method == "manual"
            else None
        )
        if manual is not None:
            k = len(manual) + 1
        labels_text = self.parameterAsString(parameters, self.LABELS, context).strip()
        labels = [s.strip() for s in labels_text.split(",")] if labels_text else classing.default_labels(k)
        if len(labels) != k:
            raise LsmError(
                self.tr("{} labels were given for {} classes: give one label per class.").format(
                    len(labels), k
                )
            )
        landslides = self.parameterAsSource(parameters, self.LANDSLIDES, context)
        out_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        path = layer.source().split("|")[0]

        steps = QgsProcessingMultiStepFeedback(3, feedback)
        steps.setCurrentStep(0)
        result = classing.compute_breaks(path, band, method, k, manual, steps)
        feedback.pushInfo(
            self.tr("Breaks ({}): {}").format(method, ", ".join("{:.6g}".format(b) for b in result.breaks))
        )
        feedback.pushInfo(
            self.tr("Goodness of variance fit: {:.6f} over {} valid pixels ({})").format(
                result.gvf, result.n_values, "; ".join(result.notes)
            )
        )
        steps.setCurrentStep(1)
        counts = classing.write_classes(path, band, result.breaks, out_path, steps)
        steps.setCurrentStep(2)
        landslide_counts = None
        if landslides is not None:
            landslide_counts = self._landslide_counts(landslides, layer, out_path, k, context, steps)
        grid = grid_of(path)
        cell_area = grid.cell_size[0] * grid.cell_size[1]
        rows = classing.class_table(
            result.breaks, labels, counts, cell_area, grid.is_metric(), landslide_counts
        )
        feedback.pushInfo("\n" + classing.format_table(rows))

        results = {
            self.OUTPUT: out_path,
            self.OUT_BREAKS: ",".join(repr(float(b)) for b in result.breaks),
            self.OUT_GVF: float(result.gvf),
        }
        table_id = self._write_table_sink(parameters, context, rows)
        if table_id is not None:
            results[self.OUTPUT_TABLE] = table_id
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        if csv_path:
            self._write_csv(csv_path, rows)
            results[self.OUTPUT_CSV] = csv_path
        run_id = self._write_record(parameters, context, feedback, layer, out_path, method, result, rows)
        if run_id:
            results[self.OUT_RECORD] = self.last_record_path
        attach_styler(context, out_path, ClassedRasterStyler(labels))
        return results

    def _write_record(self, parameters, context, feedback, layer, out_path, method, result, rows):
        """Run record with the class areas (and landslide shares) when a run name, model type or
        run store is given; returns its run id or None."""
        name = self.parameterAsString(parameters, self.RUN_NAME, context).strip()
        model_type = self.parameterAsString(parameters, self.MODEL_TYPE, context).strip()
        store = self.parameterAsFile(parameters, self.RUN_STORE, context).strip()
        if not (name or model_type or store):
            return None
        record = records.class_area_record(
            layer.name(),
            method,
            result.breaks,
            rows,
            result.gvf,
            result.n_values,
            {"classes": out_path, "susceptibility": layer.source().split("|")[0]},
            name=name,
            model_type=model_type,
        )
        return self.write_run_record(record, parameters, context, feedback, out_path)

    def _landslide_counts(self, source, raster_layer, class_path, k, context, feedback):
        transform = QgsCoordinateTransform(source.sourceCrs(), raster_layer.crs(), context.transformContext())
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PolygonGeometry
        xs, ys, wkbs = _landslide_geometries(source, transform, polygons, feedback)
        if polygons:
            if not wkbs:
                raise LsmError(self.tr("The landslide layer has no geometry."))
            counts, notes = classing.polygon_class_counts(class_path, wkbs, k, feedback)
            for note in notes:
                feedback.pushInfo(note)
            if counts.sum() == 0:
                raise LsmError(
                    self.tr(
                        "No landslide polygon covers a valid cell of '{}': check that the layers overlap."
                    ).format(raster_layer.name())
                )
            return counts
        if not xs:
            raise LsmError(self.tr("The landslide layer has no points."))
        counts, outside, nodata = classing.point_class_counts(class_path, np.array(xs), np.array(ys), k)
        if outside or nodata:
            feedback.pushWarning(
                self.tr("{} landslide point(s) outside the raster and {} on nodata were dropped.").format(
                    outside, nodata
                )
            )
        if counts.sum() == 0:
            raise LsmError(
                self.tr(
                    "No landslide point falls on a valid cell of '{}': check that the layers overlap."
                ).format(raster_layer.name())
            )
        return counts

    #: columns of the class table (sink and CSV)
    TABLE_COLUMNS = (
        ("class", "int"),
        ("label", "str"),
        ("lower", "double"),
        ("upper", "double"),
        ("pixels", "long"),
        ("area", "double"),
        ("area_km2", "double"),
        ("area_pct", "double"),
        ("landslides", "double"),
        ("landslide_pct", "double"),
        ("freq_ratio", "double"),
    )

    @classmethod
    def _row_values(cls, row):
        return table_values(
            [
                row.klass,
                row.label,
                row.lower,
                row.upper,
                row.pixels,
                row.area,
                row.area_km2,
                row.area_percent,
                row.landslides,
                row.landslide_percent,
                row.frequency_ratio,
            ],
            cls.TABLE_COLUMNS,
        )

    def _write_table_sink(self, parameters, context, rows):
        if parameters.get(self.OUTPUT_TABLE) is None:
            return None
        return write_table(
            self,
            parameters,
            self.OUTPUT_TABLE,
            context,
            self.TABLE_COLUMNS,
            [self._row_values(r) for r in rows],
        )

    def _write_csv(self, path, rows):
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow([name for name, _ in self.TABLE_COLUMNS])
            for row in rows:
                writer.writerow(["" if v is None else v for v in self._row_values(row)])


def _landslide_geometries(source, transform, polygons, feedback):
    """(xs, ys, wkbs) of the landslides in the raster's CRS: polygon WKBs, else the points' parts."""
    xs, ys, wkbs = [], [], []
    for feature in source.getFeatures():
        if feedback.isCanceled():
            break
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        geometry.transform(transform)
        if polygons:
            wkbs.append(geometry.asWkb())
            continue
        for part in geometry.constParts():
            xs.append(part.x())
            ys.append(part.y())
    return xs, ys, wkbs
