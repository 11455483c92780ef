"""lsm:report through processing.run: run records, maps rendered by QGIS, one self-contained HTML file."""

import base64
import re

import numpy as np
import pytest
from landslide_susceptibility.core.runrecord import new_record, write_record
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
    write_record(
        folder,
        new_record(
            "lsm:evaluatemodel",
            name="BRF 1:10",
            model_type="brf",
            ratio=10.0,
            dataset="ecuador",
            metrics={"oa": 0.8123, "balanced_accuracy": 0.7911, "roc_auc": 0.8876, "pr_auc": 0.6543},
            threshold=0.5,
            curves={
                "roc": {"fpr": fpr, "tpr": [x**0.3 for x in fpr]},
                "pr": {"recall": fpr, "precision": [1 - 0.4 * x for x in fpr]},
            },
        ),
    )
    write_record(
        folder,
        new_record(
            "lsm:evaluatemodel",
            name="RF 1:1",
            model_type="rf",
            ratio=1.0,
            dataset="ecuador",
            metrics={"oa": 0.8345, "balanced_accuracy": 0.7012, "roc_auc": 0.8021, "pr_auc": 0.5987},
            threshold=0.5,
        ),
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


def test_report_of_store_and_maps(run_alg, store, sample_dir, tmp_path):
    classes_path = tmp_path / "classes.tif"
    _classed_raster(classes_path)
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
        assert f'title="best of the column">{best}&#9733;' in text
    assert 'title="best of the column">0.8123' not in text
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
