"""lsm:report: one self-contained HTML report of a run store and of the maps, to send to a colleague."""

import os

from qgis.core import (
    Qgis,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPalettedRasterRenderer,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsRasterBandStats,
    QgsRasterLayer,
    QgsSingleBandGrayRenderer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor

from ..core import report
from ..core.classing import default_labels
from ..core.errors import LsmError
from ..core.progress import check_canceled
from . import _params
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


class ReportAlgorithm(LsmAlgorithm):
    """Gathers the run records of a run store and the given maps into one HTML file."""

    ALGORITHM_NAME = "report"
    DISPLAY_NAME = "HTML report of the runs and maps"
    GROUP_ID = "evaluation"
    REQUIRES = ("matplotlib",)
    HELP = (
        "Writes one self-contained HTML file (images embedded) to send to a colleague: the metrics of every "
        "run record of the run store at the reported and the G-mean-best threshold, the ROC and "
        "precision-recall curves overlaid, the class-area distribution and the given maps (e.g. of "
        "lsm:predictraster and lsm:jenksclassify) rendered with their layer style, or a green-to-red ramp "
        "when they have none. Records that cannot be read are listed with the reason. Details: the help link."
    )

    RUN_STORE = "RUN_STORE"
    MAPS = "MAPS"
    TITLE = "TITLE"
    MAP_WIDTH = "MAP_WIDTH"
    OUTPUT = "OUTPUT"
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
            self.MAPS, self.tr("Maps to show"), QgsProcessing.TypeRaster, optional=True
        )
        p.setHelp(
            self.tr(
                "Rasters drawn into the report in this order, e.g. the susceptibility map and its Jenks classes. "
                "Rasters of a few integer values are shown (and their area counted) as classes."
            )
        )
        self.addParameter(p)
        p = QgsProcessingParameterString(
            self.TITLE, self.tr("Title"), self.tr("Landslide susceptibility report"), optional=True
        )
        p.setHelp(self.tr("Heading and window title of the report."))
        self.addParameter(p)
        p = QgsProcessingParameterNumber(
            self.MAP_WIDTH,
            self.tr("Map image width (pixels)"),
            QgsProcessingParameterNumber.Integer,
            900,
            minValue=100,
            maxValue=4000,
        )
        p.setHelp(self.tr("Width of each rendered map; the height follows the map's extent."))
        p.setFlags(p.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(p)
        p = QgsProcessingParameterFileDestination(
            self.OUTPUT, self.tr("Report"), self.tr("HTML files (*.html)")
        )
        p.setHelp(self.tr("The HTML file written."))
        self.addParameter(p)
        self.addOutput(QgsProcessingOutputNumber(self.OUT_RUNS, self.tr("Run records in the report")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_UNREADABLE, self.tr("Unreadable records")))
        self.addOutput(QgsProcessingOutputNumber(self.OUT_IMAGES, self.tr("Embedded images")))

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
        width = self.parameterAsInt(parameters, self.MAP_WIDTH, context)
        maps, class_maps = [], []
        layers, self._maps = getattr(self, "_maps", []), []
        for i, layer in enumerate(layers):
            check_canceled(feedback)
            feedback.pushInfo(self.tr("Rendering {}").format(layer.name()))
            classes = self._style(layer)
            png = self._render(layer, width, context)
            if png is None:
                feedback.reportError(self.tr("'{}' could not be rendered: left out.").format(layer.name()))
                continue
            legend = [(color.name(), label) for label, color in layer.renderer().legendSymbologyItems()]
            source = os.path.basename(layer.source().split("|")[0])
            note = "{} · {}".format(source, layer.crs().authid() or layer.crs().description())
            maps.append(report.MapImage(layer.name(), png, legend, note))
            if classes:
                class_maps.append((layer.name(), layer.source().split("|")[0]) + classes)
            feedback.setProgress(50 * (i + 1) / max(1, len(layers)))
        summary = report.write_report(out_path, store, maps, title, feedback=feedback, class_maps=class_maps)
        feedback.pushInfo(
            self.tr("Report with {} run record(s), {} map(s), {} image(s): {}").format(
                summary["runs"], summary["maps"], summary["images"], out_path
            )
        )
        if summary["unreadable"]:
            feedback.pushWarning(
                self.tr("{} file(s) of the run store are not readable records; the report lists why.").format(
                    summary["unreadable"]
                )
            )
        return {
            self.OUTPUT: out_path,
            self.OUT_RUNS: summary["runs"],
            self.OUT_UNREADABLE: summary["unreadable"],
            self.OUT_IMAGES: summary["images"],
        }

    @staticmethod
    def _style(layer):
        """Keep the layer's own style; a single-band raster in the default grey gets the green-to-red
        ramp: classes when it holds a few integers (Jenks output), else continuous. Returns
        (class values, labels) when the layer is shown as classes, else None."""
        renderer = layer.renderer()
        provider = layer.dataProvider()
        if isinstance(renderer, QgsSingleBandGrayRenderer) and layer.bandCount() == 1:
            stats = provider.bandStatistics(1, QgsRasterBandStats.Min | QgsRasterBandStats.Max)
            integer = provider.dataType(1) in INTEGER_TYPES
            if integer and 1 <= stats.minimumValue and stats.maximumValue <= MAX_CLASSES:
                apply_classed_style(layer, default_labels(int(stats.maximumValue)))
            else:
                apply_continuous_style(layer, stats.minimumValue, stats.maximumValue)
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
        buffer.open(QIODevice.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data)
