"""Render the README's toolbox and map pictures headless into docs/images/.

    cd <repo> && QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [--demo demo_output]

- docs/images/toolbox.png: the Processing toolbox tree (QGIS's own QgsProcessingToolboxTreeView)
  filtered to the `lsm` provider, every group expanded.
- docs/images/map.png: the Jenks classes of the demo's best model (make demo) rendered by QGIS with the plugin's
  green-to-red classed style, the landslides on top, and a legend.
"""

import argparse
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(REPO, "build", "plugins"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
IMAGES = os.path.join(REPO, "docs", "images")


def toolbox_png(path):
    from qgis.gui import QgsProcessingToolboxProxyModel, QgsProcessingToolboxTreeView

    view = QgsProcessingToolboxTreeView()
    view.setFilters(QgsProcessingToolboxProxyModel.Filter.FilterToolbox)
    view.setFilterString("lsm:")
    view.expandAll()
    view.setHeaderHidden(True)
    view.resize(540, 470)
    view.clearSelection()
    view.setCurrentIndex(view.model().index(-1, -1))
    view.grab().save(path)
    print(path)


def map_png(demo, path):
    import json

    from landslide_susceptibility.algorithms._styling import apply_classed_style
    from qgis.core import (
        QgsMapRendererSequentialJob,
        QgsMapSettings,
        QgsMarkerSymbol,
        QgsRasterLayer,
        QgsVectorLayer,
    )
    from qgis.PyQt.QtCore import QRectF, QSize, Qt
    from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

    summary = os.path.join(demo, "summary.json")
    if not os.path.exists(summary):
        raise SystemExit(f"{summary} not found: run `make demo` first")
    with open(summary, encoding="utf-8") as handle:
        classes_path = json.load(handle)["classes"]
    classes = QgsRasterLayer(classes_path, "classes")
    if not classes.isValid():
        raise SystemExit(f"{classes_path} cannot be opened: run `make demo` again")
    labels = ["Very low", "Low", "Moderate", "High", "Very high"]
    apply_classed_style(classes, labels)
    slides = QgsVectorLayer(
        os.path.join(REPO, "resources", "sample_data", "ecuador", "landslides.gpkg")
        + "|layername=landslides",
        "landslides",
        "ogr",
    )
    slides.setReadOnly(True)
    slides.renderer().setSymbol(
        QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": "#111111", "size": "1.4", "outline_color": "white"}
        )
    )
    settings = QgsMapSettings()
    settings.setLayers([slides, classes])
    settings.setDestinationCrs(classes.crs())
    settings.setExtent(classes.extent())
    settings.setOutputSize(QSize(560, 600))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    canvas = QImage(image.width() + 170, image.height(), QImage.Format.Format_ARGB32)
    canvas.fill(QColor("white"))
    painter = QPainter(canvas)
    painter.drawImage(0, 0, image)
    painter.setFont(QFont("DejaVu Sans", 10))
    palette = classes.renderer().classes()
    x, y = image.width() + 12, 30
    painter.drawText(x, y - 10, "Susceptibility")
    for item in palette:
        painter.fillRect(x, y, 18, 14, item.color)
        painter.drawRect(x, y, 18, 14)
        painter.drawText(
            QRectF(x + 26, y - 2, 140, 18),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            item.label,
        )
        y += 24
    painter.setBrush(QColor("#111111"))
    painter.drawEllipse(x + 5, y + 3, 8, 8)
    painter.drawText(
        QRectF(x + 26, y - 2, 140, 18),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        "Landslide",
    )
    painter.end()
    canvas.save(path)
    print(path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", default=os.path.join(REPO, "demo_output"))
    args = parser.parse_args()
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from landslide_susceptibility.plugin.provider import LsmProvider
    from processing.core.Processing import Processing

    Processing.initialize()
    provider = LsmProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    os.makedirs(IMAGES, exist_ok=True)
    toolbox_png(os.path.join(IMAGES, "toolbox.png"))
    map_png(args.demo, os.path.join(IMAGES, "map.png"))
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


if __name__ == "__main__":
    main()
