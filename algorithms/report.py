"""lsm:report: one self-contained HTML report of a run store and of the maps, and a PDF of the maps made
with a QGIS print layout (algorithms/_layout.py), to send to a colleague."""

import os

from qgis.core import (
    Qgis,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPalettedRasterRenderer,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandGrayRenderer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor

from ..core import report, report_content
from ..core.classing import default_labels
from ..core.errors import LsmError
from ..core.progress import check_canceled
from . import _layout, _params
from ._compat import (
    FLAG_ADVANCED,
    NUMBER_INTEGER,
    TYPE_RASTER,
    TYPE_VECTOR_POINT,
    TYPE_VECTOR_POLYGON,
    band_min_max,
)
from ._styling import apply_classed_style, apply_continuous_style
from .base import LsmAlgorithm

#: most classes for a raster of integers to be shown as classes (else as a continuous ramp)
MAX_CLASSES = 20
#: integer raster data types (Int8 exists from QGIS 3.30); looked up by name, as the enum is scoped in newer QGIS
INTEGER_TYPES = {
    getattr(Qgis.DataType, name)
    for name in ("Byte", "Int8", "UInt16", "Int16", "UInt32", "Int32")
    if hasattr(Qgis.DataType, name)
}


if hasattr(Qgis, "ProcessingAlgorithmFlag"):  # QGIS >= 3.36
    NO_THREADING = Qgis.ProcessingAlgorithmFlag.NoThreading
else:
    NO_THREADING = QgsProcessingAlgorithm.Flag.FlagNoThreading


class ReportAlgorithm(LsmAlgorithm):
    """Gathers the run records of a run store and the given maps into one HTML file."""

    ALGORITHM_NAME = "report"
    DISPLAY_NAME = "Report of the runs and maps (HTML and PDF)"
    GROUP_ID = "evaluation"
    REQUIRES = ("matplotlib",)
    HELP = (
        "Writes one self-contained HTML file (images embedded, print-ready on A4/Letter) to send to a "
        "colleague: the best model by a stated criterion, the metrics of every run record with their test "
        "set (best marked only among comparable runs, priors apart), rate curves, cross-validation, "
        "class areas, methods, parameters and limitations; and a PDF with one print-layout page per map "
        "(legend, scale bar, north arrow, landslides, class table). Details: the help link."
    )

    RUN_STORE = "RUN_STORE"
    MAPS = "MAPS"
    TITLE = "TITLE"
    MAP_WIDTH = "MAP_WIDTH"
    LANDSLIDES = "LANDSLIDES"
    CRITERION = "CRITERION"
    OUTPUT = "OUTPUT"
    OUTPUT_PDF = "OUTPUT_PDF"
    OUT_BEST = "BEST"
    OUT_RUNS = "RUNS"
    OUT_UNREADABLE = "UNREADABLE"
    OUT_IMAGES = "IMAGES"

    def initAlgorithm(self, config=None):  # noqa: N802
        _params.add_run_store(
            self,
            help_text=self.tr(
                "Folder of the run records (*.lsmrun.json) the algorithms wrote. Empty: 'lsm_runs' beside the "
                "saved project, else beside the report."
            ),
        )
        p = QgsProcessingParameterMultipleLayers(
            self.MAPS, self.tr("Maps to show"), TYPE_RASTER, optional=True
        )
        p.setHelp(
            self.tr(
                "Rasters drawn into the report in this order, e.g. the susceptibility map and its Jenks classes. "
                "Rasters of a few integer values are shown (and their area counted) as classes."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterVectorLayer(
            self.LANDSLIDES,
            self.tr("Landslides drawn on the maps"),
            [TYPE_VECTOR_POINT, TYPE_VECTOR_POLYGON],
            optional=True,
        )
        _params.add(
            self,
            p,
            self.tr(
                "An inventory or sample layer drawn over every map of the PDF (a sample layer: only its "
                "landslides, label = 1)."
            ),
        )
        p = QgsProcessingParameterEnum(
            self.CRITERION,
            self.tr("Best model chosen by"),
            [
                self.tr(
                    "Automatic: prediction-rate AUC when rate curves exist, else ROC-AUC (random test set)"
                ),
                self.tr("Prediction-rate AUC (lsm:ratecurves records)"),
                self.tr("ROC-AUC on the random test set"),
                self.tr("PR-AUC on the random test set"),
            ],
            defaultValue=0,
        )
        _params.add(
            self,
            p,
            self.tr(
                "The number the report names its best model by, and says so. Runs on reliable negatives (rn) "
                "are used only when no run has random test cells, and the report then calls them optimistic."
            ),
        )
        p = QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), self.tr("Landslide susceptibility report"), optional=True
        )
        p.setHelp(self.tr("Heading and window title of the report."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MAP_WIDTH,
            self.tr("Map image width (pixels)"),
            NUMBER_INTEGER,
            900,
            minValue=100,
            maxValue=4000,
        )
        p.setHelp(self.tr("Width of each rendered map; the height follows the map's extent."))
        p.setFlags(p.flags() | FLAG_ADVANCED)
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report"), self.tr("HTML files (*.html)")
        )
        p.setHelp(self.tr("The HTML file written."))
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.OUTPUT_PDF, self.tr("PDF of the maps"), self.tr("PDF files (*.pdf)"), optional=True
        )
        p.setHelp(
            self.tr(
                "One print-layout page per map (A4 landscape). Empty: beside the HTML report, with the same "
                "name and .pdf. Not written when no map is given."
            )
        )
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputString(self.OUT_BEST, self.tr("Best model")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_RUNS, self.tr("Run records in the report")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_UNREADABLE, self.tr("Unreadable records")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_IMAGES, self.tr("Embedded images")))

    def flags(self):
        # print layouts and their PDF export belong to the main thread (as QGIS's own layout exports)
        return super().flags() | NO_THREADING

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # Layers of the project live in the main thread: render copies of them (with their style) in the
        # worker thread, as QGIS's own map-to-raster algorithm does.
        self._maps = []
        for layer in self.parameterAsLayerList(parameters, self.MAPS, context) or []:
            if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
                feedback.reportError(
                    self.tr("'{}' is not a valid raster layer: left out.").format(layer.name())
                )
                continue
            self._maps.append(layer.clone())
        return True

    def process(self, parameters, context, feedback):
        out_path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        if not out_path:
            raise LsmError(self.tr("Choose where to write the report (an .html file)."))
        store = _params.run_store(self, parameters, context, out_path)
        if not os.path.isdir(store):
            feedback.pushWarning(
                self.tr("The run store folder '{}' does not exist: the report has no run records.").format(
                    store
                )
            )
        title = self.parameterAsString(parameters, self.TITLE, context) or self.tr(
            "Landslide susceptibility report"
        )
        criterion = report_content.CRITERIA[self.parameterAsEnum(parameters, self.CRITERION, context)]
        records, unreadable = report.load_records(store)
        maps, class_maps, pages = self._maps_of(parameters, context, feedback, records)
        summary = report.write_report(
            out_path,
            store,
            maps,
            title,
            feedback=feedback,
            class_maps=class_maps,
            criterion=criterion,
            records=records,
            unreadable=unreadable,
        )
        feedback.pushInfo(
            self.tr("Report with {} run record(s), {} map(s), {} image(s): {}").format(
                summary["runs"], summary["maps"], summary["images"], out_path
            )
        )
        if summary["best"]:
            feedback.pushInfo(self.tr("Best model: {}").format(summary["best"]))
        if summary["unreadable"]:
            feedback.pushWarning(
                self.tr("{} file(s) of the run store are not readable records; the report lists why.").format(
                    summary["unreadable"]
                )
            )
        pdf_path = self._write_pdf(parameters, context, feedback, out_path, pages, title)
        return {
            self.OUTPUT: out_path,
            self.OUTPUT_PDF: pdf_path,
            self.OUT_RUNS: summary["runs"],
            self.OUT_UNREADABLE: summary["unreadable"],
            self.OUT_IMAGES: summary["images"],
            self.OUT_BEST: summary["best"],
        }

    def _maps_of(self, parameters, context, feedback, records):
        """(MapImage list for the HTML, classed maps to count, layout pages) of the MAPS layers."""
        width = self.parameterAsInt(parameters, self.MAP_WIDTH, context)
        landslides = self.parameterAsVectorLayer(parameters, self.LANDSLIDES, context)
        landslides = _layout.landslide_layer(landslides) if _layout.is_vector(landslides) else None
        maps, class_maps, pages = [], [], []
        layers, self._maps = getattr(self, "_maps", []), []
        for i, layer in enumerate(layers):
            check_canceled(feedback)
            feedback.pushInfo(self.tr("Rendering {}").format(layer.name()))
            classes = self._style(layer)
            png = self._render(layer, width, context)
            if png is None:
                feedback.reportError(self.tr("'{}' could not be rendered: left out.").format(layer.name()))
                continue
            path = layer.source().split("|")[0]
            caption = report_content.map_caption(layer.name(), path, records)
            legend = [(color.name(), label) for label, color in layer.renderer().legendSymbologyItems()]
            crs = layer.crs().authid() or layer.crs().description()
            note = "{} · {}".format(os.path.basename(path), crs)
            maps.append(report.MapImage(caption, png, legend, note))
            table = None
            if classes:
                class_maps.append((caption, path) + classes)
                table = self._class_table(path, classes, records)
            layer.setName(self.tr("Susceptibility classes") if classes else self.tr("Map values"))  # legend
            pages.append(_layout.MapPage(layer, caption, note, table, landslides))
            feedback.setProgress(50 * (i + 1) / max(1, len(layers)))
        return maps, class_maps, pages

    def _class_table(self, path, classes, records):
        """(header, rows) of the class table of a layout page, or None."""
        found = report.map_class_table(path, classes[0], classes[1], records)
        if found is None:
            return None
        labels, percent, landslides = found
        header = [self.tr("Class"), self.tr("% area")] + ([self.tr("% landslides")] if landslides else [])
        rows = []
        for i, label in enumerate(labels):
            row = [label, "{:.2f}".format(percent[i]) if percent[i] is not None else ""]
            if landslides:
                row.append("{:.2f}".format(landslides[i]) if landslides[i] is not None else "")
            rows.append(row)
        return header, rows

    def _write_pdf(self, parameters, context, feedback, out_path, pages, title):
        """The PDF of the layout pages (beside the HTML when no path is given); None without maps."""
        if not pages:
            return None
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        if not pdf_path:
            pdf_path = os.path.splitext(out_path)[0] + ".pdf"
            self.register_output(pdf_path)
        check_canceled(feedback)
        project = QgsProject()
        project.addMapLayers([p.layer for p in pages], False)
        if pages[0].landslides is not None:
            project.addMapLayer(pages[0].landslides, False)
        layout = _layout.build_layout(project, pages, name=title)
        try:
            _layout.export_pdf(layout, pdf_path)
        finally:
            del layout  # a layout must not outlive its project
        feedback.pushInfo(self.tr("PDF with {} map page(s): {}").format(len(pages), pdf_path))
        return pdf_path

    @staticmethod
    def _style(layer):
        """Keep the layer's own style; a single-band raster in the default grey gets the green-to-red
        ramp: classes when it holds a few integers (Jenks output), else continuous. Returns
        (class values, labels) when the layer is shown as classes, else None."""
        renderer = layer.renderer()
        provider = layer.dataProvider()
        if isinstance(renderer, QgsSingleBandGrayRenderer) and layer.bandCount() == 1:
            minimum, maximum = band_min_max(provider, 1)
            integer = provider.dataType(1) in INTEGER_TYPES
            if integer and 1 <= minimum and maximum <= MAX_CLASSES:
                apply_classed_style(layer, default_labels(int(maximum)))
            else:
                apply_continuous_style(layer, minimum, maximum)
            renderer = layer.renderer()
        if isinstance(renderer, QgsPalettedRasterRenderer):
            classes = renderer.classes()
            return [int(c.value) for c in classes], [c.label or str(int(c.value)) for c in classes]
        return None

    @staticmethod
    def _render(layer, width, context):
        """PNG bytes of *layer* over its full extent, *width* pixels wide, or None."""
        extent = layer.extent()
        if extent.isEmpty() or extent.width() <= 0:
            return None
        height = max(50, min(2 * width, int(round(width * extent.height() / extent.width()))))
        settings = QgsMapSettings()
        settings.setLayers([layer])
        settings.setDestinationCrs(layer.crs())
        settings.setTransformContext(context.transformContext())
        settings.setOutputSize(QSize(width, height))
        settings.setExtent(extent)
        settings.setBackgroundColor(QColor(255, 255, 255))
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        if image.isNull():
            return None
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data)
