"""QGIS print layouts of the report (lsm:report): one A4 landscape page per map with the classed map,
the landslides drawn over it, a legend, a scale bar, a north arrow, a title and the class table;
exported to PDF with QgsLayoutExporter. The shipped template resources/layouts/lsm_map.qpt is one
such page without layers (write_template writes it; users load it in the layout designer).

    MapPage(layer, caption, subtitle, class_table, landslides)
        class_table: (header [text, ...], rows [[text, ...], ...]) or None; landslides: vector layer or None
    build_layout(project, pages, name="") -> QgsPrintLayout   (the layers must be in *project*; the
        layout must be deleted before *project*)
    export_pdf(layout, path, dpi=200)                        LsmError when QGIS cannot write it
    write_template(path, project=None)                       the one-page template (.qpt)
    landslide_layer(layer) -> a styled copy of an inventory / sample layer (landslides only)
    north_arrow_svg() -> path of QGIS's north arrow SVG, '' when none is installed

Page geometry (millimetres, A4 landscape 297 x 210): title 10..287 x 8..20, map 10..207 x 24..200,
right column 213..287: legend from 24, class table below it; north arrow in the map's top-right
corner, scale bar in its bottom-left corner.
"""

import os
from collections import namedtuple

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFillSymbol,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemTextTable,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLineSymbol,
    QgsMapLayerLegendUtils,
    QgsMarkerSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRasterLayer,
    QgsReadWriteContext,
    QgsRectangle,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from ..core.errors import LsmError
from ._compat import GEOMETRY_POLYGON, set_label_format

MapPage = namedtuple("MapPage", "layer caption subtitle class_table landslides")

if hasattr(Qgis, "LayoutUnit"):  # QGIS >= 3.30
    MM = Qgis.LayoutUnit.Millimeters
    METERS, KILOMETERS = Qgis.DistanceUnit.Meters, Qgis.DistanceUnit.Kilometers
else:
    MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
    METERS, KILOMETERS = (
        QgsUnitTypes.DistanceUnit.DistanceMeters,
        QgsUnitTypes.DistanceUnit.DistanceKilometers,
    )
PAGE_W, PAGE_H = 297.0, 210.0
MAP_BOX = (10.0, 24.0, 197.0, 176.0)  # x, y, width, height
SIDE_X, SIDE_W = 213.0, 74.0
#: north arrows looked for, in order, under QGIS's SVG folders
NORTH_ARROWS = ("arrows/NorthArrow_02.svg", "arrows/NorthArrow_04.svg", "arrows/NorthArrow_01.svg")
#: the class table's frame: top and height (the legend above it has room for about 10 classes)
TABLE_Y, TABLE_H = 128.0, 72.0
LANDSLIDE_COLOR = "20,20,20"
#: line geometries (inventories of scarps): the member after Point and Line in both enum generations
GEOMETRY_LINE = (
    getattr(getattr(Qgis, "GeometryType", None), "Line", None) or QgsWkbTypes.GeometryType.LineGeometry
)


def north_arrow_svg():
    """Path of a north arrow SVG shipped with QGIS (QgsApplication.svgPaths()), or ''."""
    for folder in QgsApplication.svgPaths():
        for name in NORTH_ARROWS:
            path = os.path.join(folder, name)
            if os.path.isfile(path):
                return path
    return ""


def landslide_layer(layer):
    """A copy of vector *layer* for drawing over the map: only landslides (label = 1) when it has a
    'label' field (a sample layer), dark outlines for polygons, small dark dots for points."""
    copy = layer.clone()
    if copy.fields().indexOf("label") >= 0:
        copy.setSubsetString('"label" = 1')
    geometry = copy.geometryType()
    if geometry == GEOMETRY_POLYGON:
        symbol = QgsFillSymbol.createSimple(
            {"color": "0,0,0,0", "outline_color": LANDSLIDE_COLOR, "outline_width": "0.35"}
        )
    elif geometry == GEOMETRY_LINE:
        symbol = QgsLineSymbol.createSimple({"color": LANDSLIDE_COLOR, "width": "0.4"})
    else:
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": LANDSLIDE_COLOR,
                "size": "1.8",
                "outline_color": "255,255,255",
                "outline_width": "0.2",
            }
        )
    copy.renderer().setSymbol(symbol)
    copy.setName("Landslides")
    return copy


def _move(item, x, y, width, height, page):
    item.attemptMove(QgsLayoutPoint(x, y, MM), page=page)
    item.attemptResize(QgsLayoutSize(width, height, MM))


def _label(layout, text, size, bold, box, page):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("Helvetica", size)
    font.setBold(bold)
    set_label_format(label, _text_format(font))
    label.setVAlign(Qt.AlignmentFlag.AlignTop)
    layout.addLayoutItem(label)
    _move(label, *box, page)
    return label


def _add_page(layout):
    page = QgsLayoutItemPage(layout)
    page.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    layout.pageCollection().addPage(page)
    return layout.pageCollection().pageCount() - 1


def _map_item(layout, layers, page):
    item = QgsLayoutItemMap(layout)
    item.setFrameEnabled(True)
    item.setBackgroundColor(QColor(255, 255, 255))
    layout.addLayoutItem(item)
    _move(item, *MAP_BOX, page)
    if layers:
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setCrs(layers[-1].crs())
        item.setExtent(fitted_extent(layers[-1].extent(), MAP_BOX[2] / MAP_BOX[3]))
    return item


def fitted_extent(extent, aspect, margin=1.04):
    """*extent* grown to the width/height ratio *aspect* of the map frame, with a small margin
    (QgsLayoutItemMap.setExtent then keeps the frame's size; zoomToExtent needs a project CRS)."""
    width, height = extent.width() * margin, extent.height() * margin
    if height <= 0 or width / height > aspect:
        height = width / aspect
    else:
        width = height * aspect
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2, centre.y() - height / 2, centre.x() + width / 2, centre.y() + height / 2
    )


def _decorations(layout, item, page):
    """Scale bar (bottom-left of the map) and north arrow (top-right); returns both items."""
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(item)
    wide = item.extent().width() > 5000 and item.crs().mapUnits() == METERS
    bar.applyDefaultSize(KILOMETERS if wide else METERS)
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(MAP_BOX[0] + 3, MAP_BOX[1] + MAP_BOX[3] - 14, MM), page=page)
    arrow = QgsLayoutItemPicture(layout)
    svg = north_arrow_svg()
    if svg:
        arrow.setPicturePath(svg)
    arrow.setLinkedMap(item)
    arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
    layout.addLayoutItem(arrow)
    _move(arrow, MAP_BOX[0] + MAP_BOX[2] - 16, MAP_BOX[1] + 3, 12, 14, page)
    return bar, arrow


def _drop_band_title(model, node):
    """Leave out the 'Band 1 (Gray)' line QGIS puts above the classes of a raster layer's legend."""
    nodes = model.layerLegendNodes(node)
    if (
        len(nodes) > 1
        and isinstance(node.layer(), QgsRasterLayer)
        and str(nodes[0].data(Qt.ItemDataRole.DisplayRole)).startswith("Band")
    ):
        QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, len(nodes))))
        model.refreshLayerLegend(node)


def _legend(layout, item, layers, page, keep):
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle("Legend")
    legend.setLinkedMap(item)
    if layers:
        legend.setAutoUpdateModel(False)
        root = QgsLayerTree()
        for layer in reversed(layers):  # top layer first, as in the map
            root.addLayer(layer)
        keep.append(root)
        legend.model().setRootGroup(root)
        for node in root.findLayers():
            _drop_band_title(legend.model(), node)
    legend.setBackgroundEnabled(False)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(SIDE_X, MAP_BOX[1], MM), page=page)
    legend.adjustBoxSize()
    return legend


def _text_format(font):
    text_format = QgsTextFormat.fromQFont(font)
    text_format.setSize(font.pointSizeF())
    text_format.setColor(QColor("#222222"))
    return text_format


def _table(layout, class_table, y, page):
    header, rows = class_table or (["Class", "% area", "% landslides"], [])
    table = QgsLayoutItemTextTable(layout)
    layout.addMultiFrame(table)
    columns = []
    for text in header:
        column = QgsLayoutTableColumn(text)
        column.setHAlignment(Qt.AlignmentFlag.AlignLeft if not columns else Qt.AlignmentFlag.AlignRight)
        columns.append(column)
    table.setColumns(columns)
    table.setContents([[str(cell) for cell in row] for row in rows])
    header_font = QFont("Helvetica", 8)
    header_font.setBold(True)
    if hasattr(table, "setContentTextFormat"):  # QGIS >= 3.16; the font setters are deprecated
        table.setContentTextFormat(_text_format(QFont("Helvetica", 8)))
        table.setHeaderTextFormat(_text_format(header_font))
    else:
        table.setContentFont(QFont("Helvetica", 8))
        table.setHeaderFont(header_font)
    table.setGridStrokeWidth(0.2)
    frame = QgsLayoutFrame(layout, table)
    _move(frame, SIDE_X, y, SIDE_W, TABLE_H, page)
    table.addFrame(frame)
    return table, frame


def _page(layout, spec, page, keep, name):
    layers = [spec.layer] if spec.layer is not None else []
    if spec.landslides is not None:
        layers.append(spec.landslides)
    # QgsLayoutItemMap draws its layer list top first
    item = _map_item(layout, list(reversed(layers)), page)
    _label(layout, spec.caption or name, 16, True, (10.0, 7.0, 277.0, 10.0), page)
    _label(layout, spec.subtitle or "", 8, False, (10.0, 17.0, 277.0, 6.0), page)
    _decorations(layout, item, page)
    _legend(layout, item, layers, page, keep)
    _label(layout, "Class table", 10, True, (SIDE_X, TABLE_Y - 7.0, SIDE_W, 6.0), page)
    _table(layout, spec.class_table, TABLE_Y, page)


def build_layout(project, pages, name=""):
    """A print layout of *project* with one A4 landscape page per MapPage of *pages* (at least one:
    an empty page is laid out without layers, as the template)."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    layout.pageCollection().page(0).setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    layout.setName(name or "Landslide susceptibility")
    keep = []  # legend layer trees: the legends do not own them
    for i, spec in enumerate(pages or [MapPage(None, "", "", None, None)]):
        page = 0 if i == 0 else _add_page(layout)
        _page(layout, spec, page, keep, layout.name())
    layout._lsm_keep = keep
    return layout


def export_pdf(layout, path, dpi=200):
    """Write *layout* to the PDF file *path* (every page); LsmError naming the file otherwise."""
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    result = QgsLayoutExporter(layout).exportToPdf(str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise LsmError(
            "QGIS could not write the PDF report '{}' (layout export error {}); check that the folder is "
            "writable.".format(os.path.basename(str(path)), int(result))
        )


def write_template(path, project=None):
    """Write the one-page layout (no layers) as a QGIS layout template (.qpt) to *path*."""
    project = project or QgsProject()
    layout = build_layout(project, [], name="Landslide susceptibility map")
    written = layout.saveAsTemplate(str(path), QgsReadWriteContext())
    del layout  # before its project
    if not written:
        raise LsmError("Cannot write the layout template '{}'.".format(path))
    return path


def page_item_types(layout, page):
    """Class names of the items on page *page* of *layout* (for checks and tests)."""
    names = []
    for item in layout.items():
        if hasattr(item, "page") and isinstance(
            item,
            (
                QgsLayoutItemMap,
                QgsLayoutItemLabel,
                QgsLayoutFrame,
                QgsLayoutItemLegend,
                QgsLayoutItemScaleBar,
                QgsLayoutItemPicture,
            ),
        ):
            if item.page() == page:
                names.append(type(item).__name__)
    return sorted(names)


def is_vector(layer):
    """True for a valid vector layer (an inventory or sample layer to draw)."""
    return isinstance(layer, QgsVectorLayer) and layer.isValid()
