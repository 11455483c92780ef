"""lsm:ratecurves through processing.run: AUCs computed by hand on a 3 x 3 map, both input modes."""

import csv
import json

import numpy as np
import pytest
from osgeo import gdal, osr

#: the map (row 0 at the top); cell (r, c) centre: x = 1005 + 10 c, y = 1995 - 10 r
VALUES = np.array([[9, 8, 7], [6, 5, 5], [3, 2, 1]], dtype=np.float32)
CRS = "EPSG:32617"


def _raster(path, values=VALUES, nodata=-9999.0):
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 3, 3, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((1000.0, 10.0, 0.0, 2000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32617)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(nodata)
    band.WriteArray(values)
    ds = None
    return str(path)


def _centre(r, c):
    return 1005.0 + 10 * c, 1995.0 - 10 * r


def _samples(cells, crs=CRS):
    """Memory point layer: (row, col, label, split) per sample at the cell centre."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    layer = QgsVectorLayer(f"Point?crs={crs}&field=label:integer&field=split:string", "samples", "memory")
    features = []
    for r, c, label, split in cells:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*_centre(r, c))))
        f.setAttributes([label, split])
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def _polygons(wkts, name):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(f"Polygon?crs={CRS}", name, "memory")
    features = []
    for wkt in wkts:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


def _box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _params(tmp_path, raster, **extra):
    parameters = {
        "INPUT": raster,
        "OUTPUT_TABLE": str(tmp_path / "curves.csv"),
        "OUTPUT_PLOT": str(tmp_path / "curves.png"),
        "RUN_STORE": str(tmp_path / "runs"),
    }
    parameters.update(extra)
    return parameters


def test_sample_layer_auc_by_hand(run_alg, tmp_path):
    raster = _raster(tmp_path / "map.tif")
    # training landslide on 8; test landslides on 9 and on one of the tied 5s; unlabeled rows ignored
    layer = _samples([(0, 1, 1, "train"), (0, 0, 1, "test"), (1, 1, 1, "test"), (2, 2, 0, "test")])
    result = run_alg("lsm:ratecurves", _params(tmp_path, raster, SAMPLES=layer))
    # Mann-Whitney over the 9 cells: 8 -> (7 + 0.5) / 9; 9 -> 8.5 / 9; 5 -> (3 below + 0.5 x 2 equal) / 9
    assert result["SUCCESS_AUC"] == pytest.approx(7.5 / 9)
    assert result["PREDICTION_AUC"] == pytest.approx((8.5 + 4.0) / 18)
    with open(tmp_path / "curves.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["area_share", "success_landslide_share", "prediction_landslide_share"]
    assert len(rows) == 1 + 1001
    assert [float(v) for v in rows[-1]] == [1.0, 1.0, 1.0]
    # the top ninth of the area (the 9) holds half the test landslides
    ninth = min(rows[1:], key=lambda r: abs(float(r[0]) - 1 / 9))
    assert float(ninth[2]) == pytest.approx(0.5, abs=0.01)
    assert (tmp_path / "curves.png").stat().st_size > 1000
    record = json.loads(open(result["RUN_RECORD"], encoding="utf-8").read())
    assert record["kind"] == "rate_curves" and record["test_set"] == "area"
    assert len(record["rate_curves"]["prediction"]["area_share"]) == 101
    assert record["rate_curves"]["success"]["auc"] == pytest.approx(7.5 / 9)


def test_two_inventories_polygons_by_cell_centre(run_alg, tmp_path):
    from qgis.core import QgsProcessingFeedback

    raster = _raster(tmp_path / "map.tif")
    # training polygon covering the centres of cells (0, 0) and (0, 1): values 9 and 8
    train = _polygons([_box(1001, 1991, 1019, 1999)], "train")
    # test: cells (1, 1) and (1, 2) (5, 5) and a polygon smaller than a cell inside (2, 0) (value 3)
    test = _polygons([_box(1011, 1981, 1029, 1989), _box(1001, 1971, 1003, 1973)], "test")
    feedback = QgsProcessingFeedback()
    messages = []
    feedback.pushWarning = lambda text: messages.append(text)
    feedback.pushInfo = lambda text: messages.append(text)
    result = run_alg(
        "lsm:ratecurves", _params(tmp_path, raster, TRAIN_INVENTORY=train, TEST_INVENTORY=test), feedback
    )
    assert result["SUCCESS_AUC"] == pytest.approx((8.5 + 7.5) / 18)
    assert result["PREDICTION_AUC"] == pytest.approx((4.0 + 4.0 + 2.5) / 27)
    assert any("1 polygon(s) smaller than a cell" in m for m in messages), messages


def test_mask_polygons_limit_the_area(run_alg, tmp_path):
    raster = _raster(tmp_path / "map.tif")
    layer = _samples([(0, 0, 1, "test"), (1, 1, 1, "test"), (0, 2, 1, "train")])
    mask = _polygons([_box(1000, 1980, 1030, 2000)], "area")  # the top two rows: 9 8 7 6 5 5
    result = run_alg("lsm:ratecurves", _params(tmp_path, raster, SAMPLES=layer, MASK_POLYGONS=mask))
    assert result["PREDICTION_AUC"] == pytest.approx((5.5 + 1.0) / 12)
    assert result["SUCCESS_AUC"] == pytest.approx(3.5 / 6)


def _error(run_alg, parameters):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException) as excinfo:
        run_alg("lsm:ratecurves", parameters)
    return " ".join(str(a) for a in excinfo.value.args)


def test_crs_mismatch_and_all_on_nodata_write_nothing(run_alg, tmp_path):
    raster = _raster(tmp_path / "map.tif")
    other = _samples([(0, 0, 1, "test")], crs="EPSG:4326")
    message = _error(run_alg, _params(tmp_path, raster, SAMPLES=other))
    assert "EPSG:4326" in message and "reproject" in message
    values = VALUES.copy()
    values[2, 2] = -9999.0
    holes = _raster(tmp_path / "holes.tif", values)
    on_nodata = _samples([(2, 2, 1, "test")])
    message = _error(run_alg, _params(tmp_path, holes, SAMPLES=on_nodata))
    assert "nodata" in message
    assert not (tmp_path / "curves.csv").exists() and not (tmp_path / "curves.png").exists()
    assert not (tmp_path / "runs").exists()
    no_split = _samples([(0, 0, 1, "")])
    assert "no landslide" in _error(run_alg, _params(tmp_path, raster, SAMPLES=no_split)).lower()
