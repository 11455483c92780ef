"""lsm:jenksclassify: exact natural-breaks classing of a susceptibility map.

The parameters and the run here; the landslide counts and the class table outputs in algorithms/_jenks_io.py.
"""

from qgis.core import (
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBand,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from ..core import classing, records
from ..core.dask_blocks import BlockRunner
from ..core.errors import LsmError
from ..core.grid import grid_of
from . import _jenks_io, _params
from ._compat import (
    FLAG_ADVANCED,
    NUMBER_INTEGER,
    TYPE_VECTOR,
    TYPE_VECTOR_POINT,
    TYPE_VECTOR_POLYGON,
)
from ._styling import ClassedRasterStyler, attach_styler, name_output
from .base import LsmAlgorithm


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
        "optional run record feeds the metrics dock's class-area chart. A sample layer counts its test "
        "landslides by default; a top class over a third of the area, fewer than 50 distinct values or "
        "fewer than 30 landslides get a warning."
    )

    INPUT = "INPUT"
    BAND = "BAND"
    CLASSES = "CLASSES"
    METHOD = "METHOD"
    BREAKS = "BREAKS"
    LABELS = "LABELS"
    LANDSLIDES = "LANDSLIDES"
    LABEL_FIELD = "LABEL_FIELD"
    SPLIT_FIELD = "SPLIT_FIELD"
    SPLIT = "SPLIT"
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
    #: SPLIT choices: which landslides of a layer with a split field are counted
    SPLITS = ("test", "train", "all")

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
            NUMBER_INTEGER,
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
            self.tr("Landslide inventory"),
            [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
            optional=True,
        )
        p.setHelp(
            self.tr(
                "Points or polygons (cells whose centre they cover); adds % of landslides and the frequency "
                "ratio per class. A sample layer (lsm:buildsamples) counts its label 1 rows only."
            )
        )
        self.addParameter(p)
        self._add_split_parameters()
        self.addParameter(
            QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Classed susceptibility"))
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_TABLE,
                self.tr("Class table"),
                TYPE_VECTOR,
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
        p.setFlags(p.flags() | FLAG_ADVANCED)
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.MODEL_TYPE, self.tr("Model type of the map (for the run record)"), optional=True
        )
        p.setHelp(
            self.tr("e.g. brf, easyensemble, smote_dnn, rf, dnn, lsnet: the dock groups class areas by it.")
        )
        p.setFlags(p.flags() | FLAG_ADVANCED)
        self.addParameter(p)
        _params.add_run_store(
            self,
            help_text=self.tr(
                "Folder of run records read by the metrics dock. Default (when a run name or model type "
                "is given): 'lsm_runs' beside the saved project, else beside the output."
            ),
            advanced=True,
        )
        _params.add_scheduler(self)
        self.addOutput(QgsProcessingOutputString(self.OUT_BREAKS, self.tr("Class edges (comma separated)")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_GVF, self.tr("Goodness of variance fit")))
        self.addOutput(QgsProcessingOutputFile(self.OUT_RECORD, self.tr("Run record")))

    def _add_split_parameters(self):
        p = QgsProcessingParameterField(
            self.LABEL_FIELD, self.tr("Label field"), "label", self.LANDSLIDES, optional=True
        )
        p.setHelp(
            self.tr(
                "When the landslide layer has this field (default 'label'), only its rows with 1 are counted; "
                "a layer without it counts every feature."
            )
        )
        p.setFlags(p.flags() | FLAG_ADVANCED)
        self.addParameter(p)
        p = QgsProcessingParameterField(
            self.SPLIT_FIELD, self.tr("Split field"), "split", self.LANDSLIDES, optional=True
        )
        p.setHelp(
            self.tr(
                "When the landslide layer has this field (default 'split', 'train' / 'test'), the landslides "
                "of the split chosen below are counted."
            )
        )
        p.setFlags(p.flags() | FLAG_ADVANCED)
        self.addParameter(p)
        p = QgsProcessingParameterEnum(
            self.SPLIT,
            self.tr("Landslides counted (layer with a split field)"),
            [self.tr("Test split"), self.tr("Training split"), self.tr("All")],
            defaultValue=0,
        )
        p.setHelp(
            self.tr(
                "Test (default): the landslides the model did not see, an honest table. Training landslides "
                "make the table look better than the map is. Ignored when the layer has no split field."
            )
        )
        self.addParameter(p)

    def _classify(self, path, band, method, k, manual, out_path, runner, steps):
        """(BreaksResult, pixels per class, DistinctCounter): breaks and classed raster, every pass
        reading only the band (a one-band copy of a pixel-interleaved stack), here or on the cluster."""
        if runner.distributed:
            steps.pushInfo(runner.describe())
        with classing.band_reads(path, band, runner) as read:
            result = classing.compute_breaks(path, band, method, k, manual, steps, runner, read)
            steps.pushInfo(
                self.tr("Breaks ({}): {}").format(
                    method, ", ".join("{:.6g}".format(b) for b in result.breaks)
                )
            )
            steps.pushInfo(
                self.tr("Goodness of variance fit: {:.6f} over {} valid pixels ({})").format(
                    result.gvf, result.n_values, "; ".join(result.notes)
                )
            )
            steps.setCurrentStep(1)
            distinct = classing.DistinctCounter()
            counts = classing.write_classes(*read, result.breaks, out_path, steps, distinct, runner)
        return result, counts, distinct

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
        with BlockRunner(_params.scheduler(self, parameters, context)) as runner:
            result, counts, distinct = self._classify(path, band, method, k, manual, out_path, runner, steps)
        steps.setCurrentStep(2)
        landslide_counts, counted = None, None
        if landslides is not None:
            selection = _jenks_io.selection(self, parameters, context, landslides)
            landslide_counts, counted = _jenks_io.landslide_counts(
                self, landslides, selection, layer, out_path, k, context, steps
            )
        grid = grid_of(path)
        cell_area = grid.cell_size[0] * grid.cell_size[1]
        rows = classing.class_table(
            result.breaks, labels, counts, cell_area, grid.is_metric(), landslide_counts
        )
        note = _jenks_io.counted_note(self, counted)
        feedback.pushInfo("\n" + classing.format_table(rows, note))
        warnings = classing.map_warnings(
            counts, distinct.count, counted[1] if counted else None, counted[0] if counted else ""
        )
        for warning in warnings:
            feedback.pushWarning(warning)

        results = {
            self.OUTPUT: out_path,
            self.OUT_BREAKS: ",".join(repr(float(b)) for b in result.breaks),
            self.OUT_GVF: float(result.gvf),
        }
        table_id = _jenks_io.write_table_sink(self, parameters, context, rows)
        if table_id is not None:
            results[self.OUTPUT_TABLE] = table_id
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        if csv_path:
            _jenks_io.write_csv(self, csv_path, rows)
            results[self.OUTPUT_CSV] = csv_path
        extra = {"warnings": warnings, "test_set": counted[0] if counted else None}
        run_id = self._write_record(
            parameters, context, feedback, layer, out_path, (method, result, rows), extra
        )
        if run_id:
            results[self.OUT_RECORD] = self.last_record_path
        attach_styler(context, out_path, ClassedRasterStyler(labels))
        # "Susceptibility - BRF 1:10" gives "Classes - BRF 1:10"
        name_output(context, out_path, self.tr("Classes"), layer.name().split(" - ", 1)[-1])
        return results

    def _write_record(self, parameters, context, feedback, layer, out_path, classed, extra):
        """Run record with the class areas (and landslide shares) when a run name, model type or
        run store is given; returns its run id or None. *classed*: (method, breaks result, rows);
        *extra*: record keys test_set (which landslides were counted) and warnings."""
        method, result, rows = classed
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
        record.update({key: value for key, value in extra.items() if value is not None})
        record["summary"]["warnings"] = list(extra.get("warnings") or [])
        return self.write_run_record(record, parameters, context, feedback, out_path)

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
