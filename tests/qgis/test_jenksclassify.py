"""lsm:jenksclassify through processing.run on the bundled data."""

import csv

import numpy as np
import pytest
from _helpers import write_points, write_raster
from osgeo import gdal


def test_classify_slope_with_landslides(run_alg, sample_dir, tmp_path):
    out = tmp_path / "classes.tif"
    table_csv = tmp_path / "table.csv"
    result = run_alg(
        "lsm:jenksclassify",
        {
            "INPUT": str(sample_dir / "slope.tif"),
            "BAND": 1,
            "CLASSES": 5,
            "METHOD": 0,
            "LANDSLIDES": str(sample_dir / "landslides.gpkg"),
            "OUTPUT": str(out),
            "OUTPUT_CSV": str(table_csv),
            "OUTPUT_TABLE": str(tmp_path / "table.gpkg"),
        },
    )
    edges = [float(v) for v in result["BREAKS_STRING"].split(",")]
    assert len(edges) == 6 and edges == sorted(edges)
    assert 0.8 < result["GVF"] < 1.0
    ds = gdal.Open(str(out))
    classes = ds.ReadAsArray()
    slope = gdal.Open(str(sample_dir / "slope.tif")).ReadAsArray()
    assert ds.GetRasterBand(1).DataType == gdal.GDT_Byte
    assert ds.GetGeoTransform() == gdal.Open(str(sample_dir / "slope.tif")).GetGeoTransform()
    assert (classes[~np.isfinite(slope)] == 0).all()
    assert set(np.unique(classes[np.isfinite(slope)])) == {1, 2, 3, 4, 5}
    with open(table_csv, newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["label"] for r in rows] == ["Very low", "Low", "Moderate", "High", "Very high"]
    assert sum(float(r["area_pct"]) for r in rows) == pytest.approx(100.0)
    assert sum(float(r["landslides"]) for r in rows) == 175
    # landslides concentrate on steep slopes: the frequency ratio rises towards the top class
    assert float(rows[-1]["freq_ratio"]) > 1.5 > float(rows[0]["freq_ratio"])
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(result["OUTPUT_TABLE"], "table", "ogr")
    assert layer.featureCount() == 5
    assert [f["label"] for f in layer.getFeatures()][0] == "Very low"


def test_user_breaks_and_labels(run_alg, sample_dir, tmp_path):
    out = tmp_path / "c.tif"
    result = run_alg(
        "lsm:jenksclassify",
        {
            "INPUT": str(sample_dir / "slope.tif"),
            "METHOD": 3,
            "BREAKS": "20, 40",
            "LABELS": "gentle,moderate,steep",
            "OUTPUT": str(out),
        },
    )
    classes = gdal.Open(str(out)).ReadAsArray()
    slope = gdal.Open(str(sample_dir / "slope.tif")).ReadAsArray()
    valid = np.isfinite(slope)
    expected = np.where(slope[valid] <= 20, 1, np.where(slope[valid] <= 40, 2, 3))
    np.testing.assert_array_equal(classes[valid], expected)
    assert result["BREAKS_STRING"].split(",")[1:3] == ["20.0", "40.0"]


def test_errors_leave_nothing(run_alg, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    out = tmp_path / "c.tif"
    with pytest.raises(QgsProcessingException, match="labels"):
        run_alg(
            "lsm:jenksclassify", {"INPUT": str(sample_dir / "slope.tif"), "LABELS": "a,b", "OUTPUT": str(out)}
        )
    with pytest.raises(QgsProcessingException, match="Band 7"):
        run_alg("lsm:jenksclassify", {"INPUT": str(sample_dir / "slope.tif"), "BAND": 7, "OUTPUT": str(out)})
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []


def test_class_area_run_record_feeds_the_dock(run_alg, sample_dir, tmp_path):
    """With a model type, the class areas go into a run record that the dock's class-area chart reads."""
    import json

    from landslide_susceptibility.core.run_compare import class_area_series

    store = tmp_path / "runs"
    result = run_alg(
        "lsm:jenksclassify",
        {
            "INPUT": str(sample_dir / "slope.tif"),
            "LANDSLIDES": str(sample_dir / "landslides.gpkg"),
            "MODEL_TYPE": "brf",
            "RUN_STORE": str(store),
            "OUTPUT": str(tmp_path / "classes.tif"),
            "OUTPUT_CSV": str(tmp_path / "table.csv"),
        },
    )
    record = json.loads(open(result["RUN_RECORD"], encoding="utf-8").read())
    assert record["algorithm"] == "lsm:jenksclassify" and record["model_type"] == "brf"
    areas = record["class_areas"]
    with open(tmp_path / "table.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert areas["labels"] == [r["label"] for r in rows]
    assert areas["percent"] == pytest.approx([float(r["area_pct"]) for r in rows])
    assert areas["landslide_percent"] == pytest.approx([float(r["landslide_pct"]) for r in rows])
    labels, series = class_area_series([record])
    assert labels == areas["labels"] and series["brf"][0] == pytest.approx(areas["percent"])
    # without a name, model type or store no record is written
    plain = run_alg(
        "lsm:jenksclassify", {"INPUT": str(sample_dir / "slope.tif"), "OUTPUT": str(tmp_path / "c2.tif")}
    )
    assert "RUN_RECORD" not in plain or not plain["RUN_RECORD"]


def test_classes_are_styled_when_loaded(run_and_load, sample_dir, tmp_path):
    """Run as QGIS runs it (a clone, deleted before loading): the classes load paletted, green to red,
    with the labels."""
    parameters = {"INPUT": str(sample_dir / "slope.tif"), "OUTPUT": str(tmp_path / "classes.tif")}
    layer = run_and_load("lsm:jenksclassify", parameters, "classes")
    renderer = layer.renderer()
    assert renderer.type() == "paletted"
    assert [c.label for c in renderer.classes()] == ["Very low", "Low", "Moderate", "High", "Very high"]
    assert renderer.classes()[0].color.green() > renderer.classes()[0].color.red()
    assert renderer.classes()[-1].color.red() > renderer.classes()[-1].color.green()


# -- issue 13: test landslides only, sanity warnings ------------------------------------------------


def _raster(path, values, cell=10.0):
    """GeoTIFF in EPSG:32717 with origin (0, height * cell), nodata -9999."""
    values = np.asarray(values, dtype=np.float32)
    return write_raster(path, values, origin=(0.0, values.shape[0] * cell), cell=cell, nodata=-9999.0)


def _hand_samples(tmp_path):
    """10 x 10 map (value = 10 row + col: rows 0-4 hold values <= 49, rows 5-9 >= 50) and a sample
    layer: test landslides 1 in the low half and 3 in the high half, training landslides 5 in the
    low half, test unlabeled rows (label 0) 2 in the high half."""
    values = np.arange(100, dtype=np.float32).reshape(10, 10)
    raster = _raster(tmp_path / "map.tif", values)

    def centre(row, col):
        return col * 10.0 + 5.0, 100.0 - row * 10.0 - 5.0

    rows = [(*centre(1, 1), 1, "test")]
    rows += [(*centre(r, 2), 1, "test") for r in (6, 7, 8)]
    rows += [(*centre(r, 3), 1, "train") for r in (0, 1, 2, 3, 4)]
    rows += [(*centre(r, 4), 0, "test") for r in (8, 9)]
    return raster, write_points(tmp_path / "samples.gpkg", rows)


@pytest.mark.parametrize("split, expected", [(0, [1, 3]), (1, [5, 0]), (2, [6, 3])])
def test_counts_only_the_chosen_split(run_alg, tmp_path, split, expected):
    import json

    raster, samples = _hand_samples(tmp_path)
    result = run_alg(
        "lsm:jenksclassify",
        {
            "INPUT": raster,
            "METHOD": 3,
            "BREAKS": "49.5",
            "LANDSLIDES": samples,
            "SPLIT": split,
            "RUN_STORE": str(tmp_path / "runs"),
            "OUTPUT": str(tmp_path / "classes.tif"),
            "OUTPUT_CSV": str(tmp_path / "table.csv"),
        },
    )
    with open(tmp_path / "table.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [float(r["landslides"]) for r in rows] == expected
    total = sum(expected)
    assert [float(r["landslide_pct"]) for r in rows] == pytest.approx([100.0 * e / total for e in expected])
    record = json.loads(open(result["RUN_RECORD"], encoding="utf-8").read())
    assert record["test_set"] == ("test", "train", "all")[split]
    # the top class holds half of the area and fewer than 30 landslides were counted: two warnings
    assert len(record["warnings"]) == 2
    assert "top class covers 50.0 %" in record["warnings"][0]
    assert f"Only {total} " in record["warnings"][1]


def test_test_split_is_the_default_and_the_log_says_so(run_alg, tmp_path, log_feedback):
    raster, samples = _hand_samples(tmp_path)
    log = log_feedback
    run_alg(
        "lsm:jenksclassify",
        {
            "INPUT": raster,
            "METHOD": 3,
            "BREAKS": "49.5",
            "LANDSLIDES": samples,
            "OUTPUT": str(tmp_path / "classes.tif"),
            "OUTPUT_CSV": str(tmp_path / "table.csv"),
        },
        log,
    )
    with open(tmp_path / "table.csv", newline="") as handle:
        assert [float(r["landslides"]) for r in csv.DictReader(handle)] == [1, 3]
    assert any("Landslides counted: test landslides (4 points)" in line for line in log.infos)


def _record_of_brf_classes(run_alg, tmp_path, raster, **extra):
    """The run record of lsm:jenksclassify on *raster* (model type brf) with the *extra* parameters."""
    import json

    parameters = {
        "INPUT": raster,
        **extra,
        "MODEL_TYPE": "brf",
        "RUN_STORE": str(tmp_path / "runs"),
        "OUTPUT": str(tmp_path / "c.tif"),
    }
    result = run_alg("lsm:jenksclassify", parameters)
    return json.loads(open(result["RUN_RECORD"], encoding="utf-8").read())


def test_warnings_on_a_three_valued_map(run_alg, tmp_path):
    values = np.full((10, 10), 0.1, dtype=np.float32)
    values[2:5] = 0.5
    values[5:] = 0.9
    raster = _raster(tmp_path / "three.tif", values)
    record = _record_of_brf_classes(run_alg, tmp_path, raster, CLASSES=3)
    assert len(record["warnings"]) == 2
    assert "top class covers 50.0 %" in record["warnings"][0]
    assert "only 3 distinct value(s)" in record["warnings"][1]
    assert "test_set" not in record


def test_no_warning_on_a_spread_map(run_alg, tmp_path):
    raster = _raster(tmp_path / "spread.tif", np.arange(100, dtype=np.float32).reshape(10, 10))
    record = _record_of_brf_classes(run_alg, tmp_path, raster, METHOD=2)
    assert record["warnings"] == []
