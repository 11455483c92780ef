"""lsm:contributionmaps through processing.run: a random forest and a logistic regression trained by
lsm:trainmodel on the Ecuador points, explained over a window of the Ecuador rasters cut out here (a
few nodata cells in elev). Band names, additivity against the bundle's predict_proba (1e-6 for the
forest), nodata where a factor is nodata, the mask, cancel leaving nothing, same seed same output."""

import os

import numpy as np
import pytest
from _helpers import write_raster
from landslide_susceptibility.core import catalogue
from osgeo import gdal

FACTORS = ["slope", "cplan", "cprof", "elev", "log10_carea"]
WINDOW = (120, 150, 36, 30)  # xoff, yoff, columns, rows of the Ecuador grid
NODATA = -9999.0
pytest.importorskip("shap")


def _run(alg_id, parameters, feedback=None):
    from qgis import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return processing.run(alg_id, parameters, context=context, feedback=feedback or QgsProcessingFeedback())


@pytest.fixture(scope="module")
def area(lsm_provider, sample_dir, tmp_path_factory):
    """The window of every factor as a GeoTIFF named after the factor (elev nodata on a 3 x 4 patch and
    one cell), the flat cell matrix and the cells where every factor has a value."""
    folder = tmp_path_factory.mktemp("contribution_area")
    xoff, yoff, xs, ys = WINDOW
    paths, columns = {}, []
    for name in FACTORS:
        src = gdal.Open(str(sample_dir / f"{name}.tif"))
        gt = src.GetGeoTransform()
        values = src.GetRasterBand(1).ReadAsArray(xoff, yoff, xs, ys).astype(np.float32)
        if name == "elev":
            values[4:7, 10:14] = NODATA
            values[20, 30] = NODATA
        origin = (gt[0] + xoff * gt[1], gt[3] + yoff * gt[5])
        paths[name] = write_raster(folder / f"{name}.tif", values, origin=origin, cell=gt[1], nodata=NODATA)
        columns.append(values.ravel())
    X = np.column_stack(columns).astype(np.float64)
    valid = np.all(X != NODATA, axis=1)
    return {"folder": folder, "paths": paths, "X": X, "valid": valid, "origin": origin, "cell": gt[1]}


def _train(sample_dir, folder, model_type, params=""):
    return _run(
        "lsm:trainmodel",
        {
            "INPUT": str(sample_dir / "points_350.gpkg"),
            "LABEL_FIELD": "lslpts",
            "FACTOR_FIELDS": FACTORS,
            "MODEL": tuple(catalogue.MODEL_TYPES).index(model_type),
            "MODEL_PARAMS": params,
            "SEED": 7,
            "N_JOBS": 2,
            "WRITE_RECORD": False,
            "OUTPUT": str(folder / f"{model_type}.lsmodel"),
        },
    )["OUTPUT"]


@pytest.fixture(scope="module")
def bundles(area, sample_dir):
    return {
        "rf": _train(sample_dir, area["folder"], "rf", "n_estimators=20"),
        "lr": _train(sample_dir, area["folder"], "lr"),
    }


def _layers(area, names=FACTORS):
    from qgis.core import QgsProject, QgsRasterLayer

    layers = [QgsRasterLayer(area["paths"][n], n) for n in names]
    assert all(layer.isValid() for layer in layers)
    for layer in layers:
        QgsProject.instance().addMapLayer(layer, False)  # QGIS owns them (tests/qgis/conftest.py)
    return layers


def _bands(path):
    ds = gdal.Open(str(path))
    names = [ds.GetRasterBand(b).GetDescription() for b in range(1, ds.RasterCount + 1)]
    values = np.stack(
        [ds.GetRasterBand(b).ReadAsArray().ravel() for b in range(1, ds.RasterCount + 1)], axis=1
    )
    return names, values.astype(np.float64), ds.GetMetadata()


def _contributions(area, bundle, out, order=FACTORS, **extra):
    parameters = {"MODEL": bundle, "FACTORS": _layers(area, order), "BLOCK_CELLS": 4096, "OUTPUT": str(out)}
    parameters.update(extra)
    return _run("lsm:contributionmaps", parameters)


def _west_half(area, rows=30):
    """A memory polygon layer over the west half of the window (columns < 18), its first *rows* rows."""
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer

    x0, y1 = area["origin"]
    cell = area["cell"]
    mask = QgsVectorLayer("Polygon?crs=EPSG:32717", "west", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y1 - rows * cell, x0 + 18 * cell, y1)))
    mask.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(mask, False)
    return mask


def test_forest_bands_add_up_to_predict_proba(area, bundles, tmp_path):
    from landslide_susceptibility.core.bundle import load_bundle

    out = tmp_path / "contributions.tif"
    # layers in another order than the bundle's: bands follow the bundle's factors
    results = _contributions(area, bundles["rf"], out, order=FACTORS[::-1])
    names, values, metadata = _bands(out)
    assert names == FACTORS and results["BAND_NAMES"] == ",".join(FACTORS)
    assert metadata["SHAP_METHOD"] == "tree" and metadata["SHAP_SCALE"] == "probability"
    valid = area["valid"]
    assert results["N_CELLS"] == int(valid.sum()) == valid.size - 13
    # nodata where a factor is nodata, in every band; a value everywhere else
    assert np.all(values[~valid] == NODATA)
    assert np.all(values[valid] != NODATA)
    base = float(metadata["SHAP_BASE_VALUE"])
    assert base == pytest.approx(results["BASE_VALUE"])
    output = load_bundle(bundles["rf"]).predict_proba(area["X"][valid])
    assert np.max(np.abs(base + values[valid].sum(axis=1) - output)) < 1e-6
    assert results["ADDITIVITY_ERROR"] < 1e-6
    assert np.abs(values[valid]).max() > 1e-3  # not all zero: the factors do move the score


def test_chosen_factors_inside_a_mask(area, bundles, tmp_path):
    full = tmp_path / "full.tif"
    part = tmp_path / "part.tif"
    _contributions(area, bundles["rf"], full)
    results = _contributions(area, bundles["rf"], part, SELECTED="elev, slope", MASK=_west_half(area))
    names, values, _ = _bands(part)
    assert names == ["slope", "elev"]  # in the bundle's order
    _, whole, _ = _bands(full)
    cols = np.tile(np.arange(WINDOW[2]), WINDOW[3])
    inside = area["valid"] & (cols < 17)
    outside = cols > 18
    np.testing.assert_allclose(values[inside], whole[inside][:, [0, 3]], atol=1e-7, rtol=0)
    assert np.all(values[outside] == NODATA)
    assert 0 < results["N_CELLS"] < int(area["valid"].sum())


def test_sampled_explainer_same_seed_same_output(area, bundles, tmp_path):
    def run(name, seed):
        out = tmp_path / f"{name}.tif"
        results = _contributions(
            area, bundles["lr"], out, MASK=_west_half(area, 10), BACKGROUND=10, MAX_EVALS=22, SEED=seed
        )
        assert results["ADDITIVITY_ERROR"] < 1e-6
        return _bands(out)

    names, a, metadata = run("a", 5)
    _, b, _ = run("b", 5)
    _, c, _ = run("c", 6)
    assert names == FACTORS and metadata["SHAP_METHOD"] == "permutation"
    np.testing.assert_array_equal(a, b)
    explained = a[:, 0] != NODATA
    assert explained.any() and not np.array_equal(a[explained], c[explained])


def test_cancel_leaves_nothing(area, bundles, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelOnProgress(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802
            super().setProgress(value)
            if value > 0:
                self.cancel()

    out = tmp_path / "out" / "cancelled.tif"
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        _run(
            "lsm:contributionmaps",
            {"MODEL": bundles["rf"], "FACTORS": _layers(area), "BLOCK_CELLS": 4096, "OUTPUT": str(out)},
            CancelOnProgress(),
        )
    assert not out.exists()
    assert not os.path.isdir(out.parent) or os.listdir(out.parent) == []
