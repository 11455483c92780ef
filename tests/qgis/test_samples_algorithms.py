"""lsm:buildsamples, lsm:factorscreening, lsm:frequencyratio through processing.run on the Ecuador data."""

import numpy as np
import pytest
from osgeo import gdal, ogr

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]


def _points(path, fields):
    ds = ogr.Open(str(path))
    layer = ds.GetLayer()
    xy, values = [], []
    for feature in layer:
        g = feature.GetGeometryRef()
        xy.append((g.GetX(), g.GetY()))
        values.append([feature[f] for f in fields])
    return np.array(xy), np.array(values, dtype=float)


def _layer_table(path):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(str(path), "samples", "ogr")
    assert layer.isValid()
    names = layer.fields().names()
    rows = [dict(zip(names, f.attributes())) for f in layer.getFeatures()]
    return layer, names, rows


@pytest.fixture()
def samples_gpkg(run_alg, factor_paths, sample_dir, tmp_path):
    out = tmp_path / "samples.gpkg"
    result = run_alg(
        "lsm:buildsamples",
        {
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "INVENTORY": str(sample_dir / "landslides.gpkg"),
            "RATIO": 2.0,
            "BUFFER": 20.0,
            "TRAIN_FRACTION": 0.7,
            "SEED": 7,
            "OUTPUT": str(out),
        },
    )
    return out, result


def test_buildsamples_schema_values_and_disjoint_pools(samples_gpkg, sample_dir):
    out, result = samples_gpkg
    layer, names, rows = _layer_table(out)
    # fixed schema of docs/ARCHITECTURE.md
    assert names[1:] == ["label", "split"] + FACTORS + ["row", "col"]
    assert layer.crs().authid() == "EPSG:32717"
    assert result["TRAIN_LANDSLIDES"] + result["TEST_LANDSLIDES"] == 175
    assert result["TRAIN_LANDSLIDES"] == round(0.7 * 175)
    assert result["TRAIN_UNLABELED"] + result["TEST_UNLABELED"] == 350
    assert result["FACTOR_NAMES"] == ",".join(FACTORS)
    labels = np.array([r["label"] for r in rows])
    splits = np.array([r["split"] for r in rows])
    assert ((labels == 1) & (splits == "train")).sum() == result["TRAIN_LANDSLIDES"]
    assert ((labels == 0) & (splits == "test")).sum() == result["TEST_UNLABELED"]
    # factor values equal the ones stored with the inventory points (float32 rasters vs stored values)
    xy, stored = _points(sample_dir / "landslides.gpkg", FACTORS)
    gt = gdal.Open(str(sample_dir / "slope.tif")).GetGeoTransform()
    cols = np.floor((xy[:, 0] - gt[0]) / gt[1]).astype(int)
    rws = np.floor((xy[:, 1] - gt[3]) / gt[5]).astype(int)
    by_cell = {(r["row"], r["col"]): r for r in rows if r["label"] == 1}
    got = np.array([[by_cell[(a, b)][f] for f in FACTORS] for a, b in zip(rws, cols)])
    np.testing.assert_allclose(got, stored, rtol=1e-4, atol=1e-4)
    # no cell in both sets, no unlabeled cell on a landslide cell
    cells = [(r["row"], r["col"]) for r in rows]
    assert len(set(cells)) == len(cells)
    train_cells = {c for c, s in zip(cells, splits) if s == "train"}
    test_cells = {c for c, s in zip(cells, splits) if s == "test"}
    assert not train_cells & test_cells
    unlabeled = [c for c, lab in zip(cells, labels) if lab == 0]
    landslide_cells = set(zip(rws, cols))
    # 20 m buffer on a 10 m grid: no unlabeled cell within 2 cells (centre distance) of a landslide
    for r, c in unlabeled:
        assert min((r - a) ** 2 + (c - b) ** 2 for a, b in landslide_cells) > 4
    # the point lies at the centre of its cell
    feature = next(layer.getFeatures())
    point = feature.geometry().asPoint()
    assert point.x() == pytest.approx(gt[0] + (feature["col"] + 0.5) * gt[1])
    assert point.y() == pytest.approx(gt[3] + (feature["row"] + 0.5) * gt[5])


def test_buildsamples_stack_spatial_and_same_seed(run_alg, sample_dir, tmp_path):
    params = {
        "FACTORS": [str(sample_dir / "factor_stack.tif")],
        "INVENTORY": str(sample_dir / "landslides.gpkg"),
        "SPLIT_MODE": 1,
        "BLOCK_SIZE": 500.0,
        "N_UNLABELED": 300,
        "SEED": 3,
    }
    a = run_alg("lsm:buildsamples", dict(params, OUTPUT=str(tmp_path / "a.gpkg")))
    b = run_alg("lsm:buildsamples", dict(params, OUTPUT=str(tmp_path / "b.gpkg")))
    _, names, rows_a = _layer_table(a["OUTPUT"])
    _, _, rows_b = _layer_table(b["OUTPUT"])
    assert names[1:] == ["label", "split"] + FACTORS + ["row", "col"]
    assert [(r["row"], r["col"], r["split"]) for r in rows_a] == [
        (r["row"], r["col"], r["split"]) for r in rows_b
    ]
    assert a["TRAIN_UNLABELED"] + a["TEST_UNLABELED"] == 300
    # spatial blocks of 50 x 50 cells: no block holds both train and test samples
    blocks = {}
    for r in rows_a:
        blocks.setdefault((r["row"] // 50, r["col"] // 50), set()).add(r["split"])
    assert all(len(s) == 1 for s in blocks.values())


def _far_points():
    """A memory layer of 20 points in EPSG:32717 far away from the Ecuador rasters."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    far = QgsVectorLayer("Point?crs=EPSG:32717", "far", "memory")
    features = []
    for i in range(20):
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(100000 + i, 200000)))
        features.append(f)
    far.dataProvider().addFeatures(features)
    return far


def test_buildsamples_too_few_and_no_overlap(run_alg, factor_paths, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    small = QgsVectorLayer(str(sample_dir / "landslides.gpkg"), "few", "ogr")
    small.setSubsetString("fid <= 5")
    with pytest.raises(QgsProcessingException, match="at least 10"):
        run_alg(
            "lsm:buildsamples",
            {"FACTORS": list(factor_paths.values()), "INVENTORY": small, "OUTPUT": str(tmp_path / "x.gpkg")},
        )
    far = _far_points()
    with pytest.raises(QgsProcessingException, match="same area"):
        run_alg(
            "lsm:buildsamples",
            {"FACTORS": list(factor_paths.values()), "INVENTORY": far, "OUTPUT": str(tmp_path / "y.gpkg")},
        )


def test_factorscreening_on_samples(run_alg, samples_gpkg, tmp_path):
    out, _ = samples_gpkg
    report = tmp_path / "report.html"
    result = run_alg(
        "lsm:factorscreening",
        {
            "SAMPLES": str(out),
            "TREES": 30,
            "SEED": 1,
            "OUTPUT_TABLE": str(tmp_path / "table.gpkg"),
            "CORRELATION": str(tmp_path / "corr.gpkg"),
            "REPORT": str(report),
        },
    )
    _, _, rows = _layer_table(result["OUTPUT_TABLE"])
    assert [r["factor"] for r in rows] == FACTORS
    # recompute from the training samples with numpy
    _, _, samples = _layer_table(out)
    X = np.array([[r[f] for f in FACTORS] for r in samples if r["split"] == "train"])
    R = np.corrcoef(X.T)
    for j, r in enumerate(rows):
        others = np.column_stack([np.ones(len(X)), np.delete(X, j, axis=1)])
        coef, *_ = np.linalg.lstsq(others, X[:, j], rcond=None)
        resid = X[:, j] - others @ coef
        r2 = 1 - resid @ resid / np.sum((X[:, j] - X[:, j].mean()) ** 2)
        assert r["vif"] == pytest.approx(1 / (1 - r2), rel=1e-9)
        assert r["tol"] == pytest.approx(1 - r2, rel=1e-9)
        assert r["vif"] < 10
    # no VIF above 10: only the |r| > 0.6 pairs remove factors, the one with the higher VIF each time
    upper = np.triu(np.abs(R), 1)
    a, b = np.unravel_index(np.argmax(upper), upper.shape)
    by_name = {r["factor"]: r for r in rows}
    if upper[a, b] > 0.6:
        loser = FACTORS[a] if by_name[FACTORS[a]]["vif"] > by_name[FACTORS[b]]["vif"] else FACTORS[b]
        assert by_name[loser]["status"] == "removed"
        assert loser in result["REMOVED_FACTORS"].split(",")
    else:
        assert result["KEPT_FACTORS"] == ",".join(FACTORS)
    assert set(result["KEPT_FACTORS"].split(",")) | set(
        filter(None, result["REMOVED_FACTORS"].split(","))
    ) == set(FACTORS)
    assert sum(r["gini"] for r in rows) == pytest.approx(1.0)
    assert all(0 < r["info_gain"] < 1 for r in rows)
    _, names, corr = _layer_table(result["CORRELATION"])
    matrix = np.array([[c[f] for f in FACTORS] for c in corr])
    np.testing.assert_allclose(matrix, R, atol=1e-12)
    html = report.read_text()
    assert html.count("data:image/png;base64,") == 3 and "VIF" in html


def test_factorscreening_rasters_removes_duplicate(run_alg, factor_paths, tmp_path):
    # a sixth factor that is 2 * slope + 1: exactly collinear, VIF inf, removed first
    src = gdal.Open(factor_paths["slope"])
    copy = tmp_path / "slope2.tif"
    ds = gdal.GetDriverByName("GTiff").CreateCopy(str(copy), src)
    band = ds.GetRasterBand(1)
    band.WriteArray(src.ReadAsArray() * 2 + 1)
    ds = None
    result = run_alg(
        "lsm:factorscreening",
        {
            "RASTERS": list(factor_paths.values()) + [str(copy)],
            "OUTPUT_TABLE": str(tmp_path / "screen.gpkg"),
        },
    )
    _, _, rows = _layer_table(result["OUTPUT_TABLE"])
    assert result["REMOVED_FACTORS"] == "slope2"
    assert result["KEPT_FACTORS"] == ",".join(FACTORS)
    assert [r["factor"] for r in rows] == FACTORS + ["slope2"]
    by_name = {r["factor"]: r for r in rows}
    # slope and slope2 are exactly collinear: VIF inf (TOL 0), reported rather than crashed on
    for name in ("slope", "slope2"):
        assert by_name[name]["vif"] > 1e10 and by_name[name]["tol"] == pytest.approx(0.0, abs=1e-10)
    assert by_name["slope2"]["status"] == "removed" and "inf" in by_name["slope2"]["reason"]
    assert by_name["slope"]["partner"] == "slope2" and by_name["slope"]["max_abs_r"] == pytest.approx(1.0)
    # the VIFs of the kept factors are those of the five over every valid cell of the rasters
    stack = np.column_stack([gdal.Open(factor_paths[n]).ReadAsArray().ravel() for n in FACTORS])
    stack = stack[np.isfinite(stack).all(axis=1)].astype(np.float64)
    full = np.linalg.inv(np.corrcoef(stack.T)).diagonal()
    # with slope2 present, the others' VIFs equal those of the five (slope2 adds nothing new)
    np.testing.assert_allclose([by_name[n]["vif"] for n in FACTORS[1:]], full[1:], rtol=1e-6)


def test_frequencyratio_table_and_rasters(run_alg, factor_paths, sample_dir, tmp_path):
    folder = tmp_path / "fr"
    result = run_alg(
        "lsm:frequencyratio",
        {
            "FACTORS": [factor_paths["slope"], factor_paths["elev"]],
            "INVENTORY": str(sample_dir / "landslides.gpkg"),
            "METHOD": 1,
            "CLASSES": 4,
            "OUTPUT_TABLE": str(tmp_path / "fr.gpkg"),
            "OUTPUT_FOLDER": str(folder),
        },
    )
    _, _, rows = _layer_table(result["OUTPUT_TABLE"])
    slope_rows = [r for r in rows if r["factor"] == "slope"]
    assert len(slope_rows) == 4
    assert sum(r["landslide_cells"] for r in slope_rows) == 175
    assert sum(r["pct_area"] for r in slope_rows) == pytest.approx(100.0)
    # check class 4 by hand from the raster: equal intervals of [min, max]
    slope = gdal.Open(factor_paths["slope"]).ReadAsArray().astype(float)
    valid = slope[np.isfinite(slope)]
    top = valid >= valid.min() + 0.75 * (valid.max() - valid.min())
    assert slope_rows[3]["cells"] == int(top.sum())
    assert sorted(result["FR_RASTERS"]) == sorted([str(folder / "slope_fr.tif"), str(folder / "elev_fr.tif")])
    fr_slope = gdal.Open(str(folder / "slope_fr.tif")).ReadAsArray()
    values = sorted({round(float(v), 5) for v in np.unique(fr_slope[np.isfinite(slope)])})
    assert values == sorted({round(r["fr"], 5) for r in slope_rows})


def test_frequencyratio_categorical_float_refused(run_alg, factor_paths, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="categorical"):
        run_alg(
            "lsm:frequencyratio",
            {
                "FACTORS": [factor_paths["slope"]],
                "CATEGORICAL": "slope",
                "INVENTORY": str(sample_dir / "landslides.gpkg"),
                "OUTPUT_TABLE": str(tmp_path / "t.gpkg"),
            },
        )


def test_buildsamples_polygons_highest_cell_and_study_area(run_alg, factor_paths, sample_dir, tmp_path):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer

    xy, stored = _points(sample_dir / "landslides.gpkg", FACTORS)
    polygons = QgsVectorLayer("Polygon?crs=EPSG:32717", "scarps", "memory")
    features = []
    for x, y in xy:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(25.0, 8))
        features.append(f)
    polygons.dataProvider().addFeatures(features)
    gt = gdal.Open(factor_paths["elev"]).GetGeoTransform()
    x0, y1 = gt[0], gt[3]
    study = QgsVectorLayer("Polygon?crs=EPSG:32717", "study", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y1 - 2075, x0 + 3830, y1)))  # northern half
    study.dataProvider().addFeatures([f])
    result = run_alg(
        "lsm:buildsamples",
        {
            "FACTORS": [factor_paths[n] for n in FACTORS],
            "INVENTORY": polygons,
            "POLYGON_MODE": 1,
            "DEM": factor_paths["elev"],
            "STUDY_AREA": study,
            "OUTPUT": str(tmp_path / "poly.gpkg"),
        },
    )
    _, _, rows = _layer_table(result["OUTPUT"])
    positives = [r for r in rows if r["label"] == 1]
    north = xy[:, 1] > y1 - 2075
    assert result["TRAIN_LANDSLIDES"] + result["TEST_LANDSLIDES"] == len(positives)
    assert 0.8 * north.sum() <= len(positives) <= north.sum()
    assert all(r["row"] < 2075 / 10 for r in rows)  # every sample inside the study area
    # the highest cell of a 25 m disc around a landslide is at least as high as the landslide's own cell
    elev_of_point = stored[:, FACTORS.index("elev")]
    for r in positives:
        cx, cy = gt[0] + (r["col"] + 0.5) * gt[1], gt[3] + (r["row"] + 0.5) * gt[5]
        near = np.hypot(xy[:, 0] - cx, xy[:, 1] - cy) <= 25.0 + 10.0
        assert near.any() and r["elev"] >= elev_of_point[near].min() - 1e-3
    unlabeled_cells = {(r["row"], r["col"]) for r in rows if r["label"] == 0}
    assert not unlabeled_cells & {(r["row"], r["col"]) for r in positives}


def test_frequencyratio_too_few_and_no_overlap(run_alg, factor_paths, sample_dir, tmp_path):
    from qgis.core import QgsProcessingException, QgsVectorLayer

    small = QgsVectorLayer(str(sample_dir / "landslides.gpkg"), "few", "ogr")
    small.setSubsetString("fid <= 5")
    params = {"FACTORS": [factor_paths["slope"]], "OUTPUT_TABLE": str(tmp_path / "t.gpkg")}
    with pytest.raises(QgsProcessingException, match="at least 10"):
        run_alg("lsm:frequencyratio", dict(params, INVENTORY=small))
    far = _far_points()
    with pytest.raises(QgsProcessingException, match="overlap"):
        run_alg("lsm:frequencyratio", dict(params, INVENTORY=far))
