"""lsm:report through processing.run: run records, maps rendered by QGIS, one self-contained HTML file."""

import base64
import re

import numpy as np
import pytest
from _helpers import write_evaluation
from osgeo import gdal, osr

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _classed_raster(path, width=40, height=20):
    """Classes 1 (left quarter), 3 (middle half) and 5 (right quarter), a nodata (0) row at the top,
    in UTM 17S with 10 m cells."""
    data = np.full((height, width), 3, dtype=np.uint8)
    data[:, : width // 4] = 1
    data[:, 3 * width // 4 :] = 5
    data[0, :] = 0
    ds = gdal.GetDriverByName("GTiff").Create(str(path), width, height, 1, gdal.GDT_Byte)
    ds.SetGeoTransform((700000.0, 10.0, 0.0, 9560000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(0)
    band.WriteArray(data)
    ds = None
    return data


@pytest.fixture()
def store(tmp_path):
    folder = tmp_path / "runs"
    fpr = [i / 20 for i in range(21)]
    write_evaluation(
        folder,
        "BRF 1:10",
        "brf",
        10.0,
        {"oa": 0.8123, "balanced_accuracy": 0.7911, "roc_auc": 0.8876, "pr_auc": 0.6543},
        curves={
            "roc": {"fpr": fpr, "tpr": [x**0.3 for x in fpr]},
            "pr": {"recall": fpr, "precision": [1 - 0.4 * x for x in fpr]},
        },
    )
    write_evaluation(
        folder,
        "RF 1:1",
        "rf",
        1.0,
        {"oa": 0.8345, "balanced_accuracy": 0.7012, "roc_auc": 0.8021, "pr_auc": 0.5987},
    )
    (folder / "truncated.lsmrun.json").write_text('{"schema": "lsm-run", ', encoding="utf-8")
    return folder


def _images(text):
    return [
        base64.b64decode(d) for d in re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', text)
    ]


def _qimage(png):
    from qgis.PyQt.QtGui import QImage

    image = QImage()
    assert image.loadFromData(png, "PNG")
    return image


@pytest.fixture()
def classes_path(tmp_path):
    """The classed raster of _classed_raster at tmp_path / "classes.tif"."""
    path = tmp_path / "classes.tif"
    _classed_raster(path)
    return path


def test_report_of_store_and_maps(run_alg, store, sample_dir, tmp_path, classes_path):
    out = tmp_path / "report.html"
    results = run_alg(
        "lsm:report",
        {
            "RUN_STORE": str(store),
            "MAPS": [str(sample_dir / "slope.tif"), str(classes_path)],
            "TITLE": "Ecuador <test>",
            "MAP_WIDTH": 400,
            "OUTPUT": str(out),
        },
    )
    assert results["OUTPUT"] == str(out)
    assert (results["RUNS"], results["UNREADABLE"]) == (2, 1)
    text = out.read_text(encoding="utf-8")
    assert "<h1>Ecuador &lt;test&gt;</h1>" in text
    # the metrics of both records, the better of each column marked
    for value in ("0.8123", "0.7911", "0.8876", "0.6543", "0.8345", "0.7012", "0.8021", "0.5987"):
        assert value in text
    for best in ("0.8345", "0.7911", "0.8876", "0.6543"):
        assert f'title="best among comparable runs">{best}&#9733;' in text
    assert 'title="best among comparable runs">0.8123' not in text
    assert "truncated.lsmrun.json: not valid JSON" in text
    # images: two maps, the ROC/PR curves, the class areas of the classed map
    images = _images(text)
    assert results["IMAGES"] == len(images) == 4
    assert all(png.startswith(PNG_SIGNATURE) for png in images)
    slope_map, classes_map = _qimage(images[0]), _qimage(images[1])
    assert slope_map.width() == 400 and classes_map.width() == 400
    assert classes_map.height() == 200  # the 40 x 20 raster's aspect ratio
    # the classed map is drawn green (class 1) to red (class 5) with the default labels
    left, right = classes_map.pixelColor(20, 150).name(), classes_map.pixelColor(380, 150).name()
    assert left == "#1a9850" and right == "#a50026"
    assert classes_map.pixelColor(200, 150).name() not in (left, right)
    for label in ("Very low", "Moderate", "Very high"):
        assert label in text
    # class areas counted on the raster: 10, 20 and 10 columns of the 19 valid rows
    assert "25.00" in text and "50.00" in text
    assert "slope.tif · EPSG:32717" in text
    assert "http://" not in text and "https://" not in text
    assert not re.search(r'(src|href)="(?!data:)', text)


def test_report_keeps_the_layer_style(run_alg, tmp_path):
    from qgis.core import QgsPalettedRasterRenderer, QgsRasterLayer
    from qgis.PyQt.QtGui import QColor

    path = tmp_path / "styled.tif"
    _classed_raster(path)
    layer = QgsRasterLayer(str(path), "Styled classes")
    assert layer.isValid()
    classes = [
        QgsPalettedRasterRenderer.Class(1, QColor("#123456"), "one"),
        QgsPalettedRasterRenderer.Class(3, QColor("#abcdef"), "three"),
        QgsPalettedRasterRenderer.Class(5, QColor("#fedcba"), "five"),
    ]
    layer.setRenderer(QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes))
    out = tmp_path / "styled.html"
    results = run_alg(
        "lsm:report",
        {"MAPS": [layer], "RUN_STORE": str(tmp_path / "none"), "MAP_WIDTH": 200, "OUTPUT": str(out)},
    )
    text = out.read_text(encoding="utf-8")
    assert results["RUNS"] == 0
    image = _qimage(_images(text)[0])
    assert image.pixelColor(10, 70).name() == "#123456"
    assert image.pixelColor(190, 70).name() == "#fedcba"
    assert "background:#abcdef" in text and "three" in text


def _points(path, n=30):
    """Sample points over the classed raster: labels alternate 1 (landslide) and 0."""
    from qgis.core import QgsFeature, QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:32717&field=label:integer", "samples", "memory")
    features = []
    for i in range(n):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(700005 + 13 * i, 9559985 - 6 * i)))
        feature.setAttributes([i % 2])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    assert QgsFields and QgsField  # imported for the memory layer's fields
    return layer


def _pdf_pages(path, tmp_path):
    """PNG pages of the PDF rendered by pdftoppm, or skip when poppler-utils is not installed."""
    import shutil
    import subprocess

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (apt-get install poppler-utils)")
    prefix = tmp_path / "page"
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(prefix)], check=True, timeout=120)
    return sorted(tmp_path.glob("page*.png"))


def test_pdf_has_one_page_per_map(run_alg, store, sample_dir, tmp_path, classes_path):
    out = tmp_path / "report.html"
    results = run_alg(
        "lsm:report",
        {
            "RUN_STORE": str(store),
            "MAPS": [str(classes_path), str(sample_dir / "slope.tif")],
            "LANDSLIDES": _points(tmp_path),
            "MAP_WIDTH": 300,
            "OUTPUT": str(out),
        },
    )
    pdf = tmp_path / "report.pdf"  # beside the HTML by default
    assert results["OUTPUT_PDF"] == str(pdf) and pdf.read_bytes().startswith(b"%PDF")
    assert results["BEST"].startswith("BRF 1:10 (run ")
    pages = _pdf_pages(pdf, tmp_path)
    assert len(pages) == 2
    image = _qimage(pages[0].read_bytes())
    assert image.width() > image.height()  # A4 landscape
    # the classed map is drawn: its green and red classes are on the page
    colors = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)
    }
    assert "#1a9850" in colors and "#a50026" in colors
    text = out.read_text(encoding="utf-8")
    assert str(tmp_path) not in text  # file names only
    assert "Classes (classes.tif)" in text and "Slope (slope.tif)" in text


def test_layout_items_and_template(qgis_app, tmp_path, classes_path):
    from landslide_susceptibility.algorithms import _layout
    from landslide_susceptibility.algorithms._styling import apply_classed_style
    from landslide_susceptibility.core.paths import PLUGIN_DIR
    from qgis.core import QgsPrintLayout, QgsProject, QgsRasterLayer, QgsReadWriteContext
    from qgis.PyQt.QtXml import QDomDocument

    layer = QgsRasterLayer(str(classes_path), "Classes of BRF")
    apply_classed_style(layer, ["Low", "Moderate", "High", "Very high", "Extreme"])
    slides = _layout.landslide_layer(_points(tmp_path))
    assert slides.subsetString() == '"label" = 1' and slides.featureCount() == 15
    project = QgsProject()
    project.addMapLayers([layer, slides], False)
    table = (["Class", "% area"], [["Low", "25.00"], ["Moderate", "50.00"]])
    page = _layout.MapPage(layer, "Classes of BRF", "classes.tif", table, slides)
    layout = _layout.build_layout(project, [page, page])
    assert layout.pageCollection().pageCount() == 2
    expected = [
        "QgsLayoutFrame",
        "QgsLayoutItemLabel",
        "QgsLayoutItemLabel",
        "QgsLayoutItemLabel",
        "QgsLayoutItemLegend",
        "QgsLayoutItemMap",
        "QgsLayoutItemPicture",
        "QgsLayoutItemScaleBar",
    ]
    assert _layout.page_item_types(layout, 0) == expected == _layout.page_item_types(layout, 1)
    pictures = [i for i in layout.items() if type(i).__name__ == "QgsLayoutItemPicture"]
    assert all(p.picturePath().endswith(".svg") and "NorthArrow" in p.picturePath() for p in pictures)
    legend = next(i for i in layout.items() if type(i).__name__ == "QgsLayoutItemLegend")
    nodes = legend.model().layerLegendNodes(legend.model().rootGroup().findLayers()[-1])
    assert [n.data(0) for n in nodes] == ["Low", "Moderate", "High", "Very high", "Extreme"]  # no "Band 1"
    tables = [i.multiFrame() for i in layout.items() if type(i).__name__ == "QgsLayoutFrame"]
    assert tables[0].contents()[1] == ["Moderate", "50.00"]
    # the shipped template loads and holds the same items
    template = PLUGIN_DIR / "resources" / "layouts" / "lsm_map.qpt"
    document = QDomDocument()
    assert document.setContent(template.read_text(encoding="utf-8"))
    template_project = QgsProject()  # a layout must not outlive its project
    loaded = QgsPrintLayout(template_project)
    _items, ok = loaded.loadFromTemplate(document, QgsReadWriteContext())
    assert ok
    assert _layout.page_item_types(loaded, 0) == expected
    # and write_template writes what is shipped (a layout of the same items)
    written = _layout.write_template(tmp_path / "t.qpt")
    assert "LayoutItem" in (tmp_path / "t.qpt").read_text(encoding="utf-8") and str(written).endswith("t.qpt")
