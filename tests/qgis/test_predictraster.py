"""lsm:predictraster through processing.run: the map, the mask layer, several bundles, errors."""

import os

import numpy as np
import pytest
from _helpers import read_points
from osgeo import gdal, ogr

NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]


@pytest.fixture(scope="module")
def training(sample_dir):
    return read_points(sample_dir / "points_350.gpkg", NAMES)


@pytest.fixture(scope="module")
def bundles(training, tmp_path_factory):
    """Two forest bundles fitted on the Ecuador points (different seeds)."""
    from landslide_susceptibility.core.bundle import make_manifest, save_bundle
    from sklearn.ensemble import RandomForestClassifier

    X, y = training
    folder = tmp_path_factory.mktemp("bundles")
    out = []
    for seed in (0, 1):
        model = RandomForestClassifier(n_estimators=15, random_state=seed).fit(X, y)
        path = str(folder / f"rf{seed}.lsmodel")
        save_bundle(path, make_manifest("rf", NAMES), model)
        out.append((path, model))
    return out


def _layers(factor_paths, names=NAMES):
    from qgis.core import QgsRasterLayer

    layers = [QgsRasterLayer(factor_paths[n], n) for n in names]
    assert all(layer.isValid() for layer in layers)
    return layers


def _all_cells(factor_paths):
    from landslide_susceptibility.core.grid import Factor, FactorReader

    reader = FactorReader([Factor(n, factor_paths[n]) for n in NAMES])
    return reader.read_window((0, 0, reader.grid.width, reader.grid.height))


def _read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray().ravel()


def test_algorithm_is_registered(lsm_provider):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("lsm:predictraster")
    assert alg is not None and alg.group() == "5 Maps"
    names = {p.name() for p in alg.parameterDefinitions()}
    assert {
        "MODEL",
        "MORE_MODELS",
        "FACTORS",
        "MASK",
        "BLOCK_CELLS",
        "N_JOBS",
        "DEVICE",
        "SCHEDULER",
    } <= names
    assert {"OUTPUT", "UNCERTAINTY"} <= {o.name() for o in alg.outputDefinitions()}


def test_map_with_shuffled_layers_equals_predict_proba(run_alg, bundles, factor_paths, tmp_path):
    path, model = bundles[0]
    out = str(tmp_path / "susceptibility.tif")
    results = run_alg(
        "lsm:predictraster",
        {
            "MODEL": path,
            "FACTORS": _layers(factor_paths, ["elev", "slope", "log10_carea", "cprof", "cplan"]),
            "BLOCK_CELLS": 16384,
            "N_JOBS": 1,
            "OUTPUT": out,
        },
    )
    X, valid = _all_cells(factor_paths)
    values = _read(out)
    np.testing.assert_allclose(values[valid], model.predict_proba(X[valid])[:, 1], atol=1e-6, rtol=0)
    assert np.all(values[~valid] == -9999.0)
    assert results["N_CELLS"] == int(valid.sum())
    assert results["FACTOR_NAMES"] == ",".join(NAMES)
    assert abs(results["MEAN_PROBABILITY"] - values[valid].mean()) < 1e-4


def test_several_bundles_mask_and_uncertainty(run_alg, bundles, factor_paths, tmp_path):
    """Mean/std of two bundles, inside a polygon of a memory layer (the west half of the grid)."""
    from landslide_susceptibility.core.grid import grid_of
    from qgis.core import QgsFeature, QgsGeometry, QgsRectangle, QgsVectorLayer

    grid = grid_of(factor_paths["slope"])
    xmin, ymin, xmax, ymax = grid.extent
    mask = QgsVectorLayer("Polygon?crs=EPSG:32717", "study area", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(xmin, ymin, (xmin + xmax) / 2, ymax)))
    mask.dataProvider().addFeatures([feature])
    out, unc = str(tmp_path / "mean.tif"), str(tmp_path / "std.tif")
    run_alg(
        "lsm:predictraster",
        {
            "MODEL": bundles[0][0],
            "MORE_MODELS": [bundles[1][0]],
            "FACTORS": _layers(factor_paths),
            "MASK": mask,
            "OUTPUT": out,
            "UNCERTAINTY": unc,
        },
    )
    X, valid = _all_cells(factor_paths)
    cols = np.tile(np.arange(grid.width), grid.height)
    inside = valid & (cols < grid.width // 2 - 1)
    outside = cols > grid.width // 2 + 1
    each = np.array([m.predict_proba(X[inside])[:, 1] for _, m in bundles])
    mean, std = _read(out), _read(unc)
    np.testing.assert_allclose(mean[inside], each.mean(axis=0), atol=1e-6, rtol=0)
    np.testing.assert_allclose(std[inside], each.std(axis=0), atol=1e-6, rtol=0)
    assert np.all(mean[outside] == -9999.0) and np.all(std[outside] == -9999.0)


def test_missing_factor_is_a_clear_error(run_alg, bundles, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException

    out = str(tmp_path / "map.tif")
    with pytest.raises(QgsProcessingException, match="elev"):
        run_alg(
            "lsm:predictraster",
            {
                "MODEL": bundles[0][0],
                "FACTORS": _layers(factor_paths, ["slope", "cplan", "cprof"]),
                "OUTPUT": out,
            },
        )
    assert not os.path.exists(out)


def test_cancel_leaves_no_file(run_alg, bundles, factor_paths, tmp_path):
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    class CancelOnProgress(QgsProcessingFeedback):
        def setProgress(self, value):  # noqa: N802
            super().setProgress(value)
            if value > 0:
                self.cancel()

    out = str(tmp_path / "map.tif")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_alg(
            "lsm:predictraster",
            {"MODEL": bundles[0][0], "FACTORS": _layers(factor_paths), "BLOCK_CELLS": 4096, "OUTPUT": out},
            feedback=CancelOnProgress(),
        )
    assert os.listdir(tmp_path) == []


def test_map_is_styled_when_loaded(run_and_load, bundles, factor_paths, tmp_path):
    """The output loaded on completion gets the continuous green-to-red ramp from 0 to 1, also
    when run as QGIS does (QgsProcessingAlgorithm.run runs a clone, deleted before loading)."""
    out = str(tmp_path / "map.tif")
    parameters = {"MODEL": bundles[0][0], "FACTORS": [factor_paths[n] for n in NAMES], "OUTPUT": out}
    layer = run_and_load("lsm:predictraster", parameters, "susceptibility")
    renderer = layer.renderer()
    assert renderer.type() == "singlebandpseudocolor"
    assert (renderer.classificationMin(), renderer.classificationMax()) == (0.0, 1.0)


def test_prevalence_correction_shifts_the_raw_scores(run_alg, bundles, factor_paths, sample_dir, tmp_path):
    """Corrected map = prior_shift(raw map) at the given prevalence, or at the inventory's cells over
    the valid cells; the raw score stays the default; a bundle without its ratio needs one."""
    from landslide_susceptibility.core.grid import grid_of
    from landslide_susceptibility.core.predict import prior_shift
    from qgis.core import QgsProcessingException

    path, _ = bundles[0]
    base = {"MODEL": path, "FACTORS": _layers(factor_paths), "N_JOBS": 1}
    raw = _read(run_alg("lsm:predictraster", dict(base, OUTPUT=str(tmp_path / "raw.tif")))["OUTPUT"])
    valid = raw != -9999.0
    out = run_alg(
        "lsm:predictraster",
        dict(base, CORRECTION=1, PREVALENCE=0.05, FIT_RATIO=1.0, OUTPUT=str(tmp_path / "p.tif")),
    )
    corrected = _read(out["OUTPUT"])
    np.testing.assert_allclose(corrected[valid], prior_shift(raw[valid], 0.5, 0.05), atol=1e-6)
    assert np.all(corrected[~valid] == -9999.0)

    # the prevalence from the inventory: distinct landslide cells with every factor / valid cells
    dataset = ogr.Open(str(sample_dir / "landslides.gpkg"))
    xy = np.array([f.GetGeometryRef().GetPoint_2D(0) for f in dataset.GetLayer(0)])
    dataset = None
    grid = grid_of(factor_paths["slope"])
    rows, cols = grid.rowcol(xy[:, 0], xy[:, 1])
    keys = np.unique(rows * grid.width + cols)
    p = np.count_nonzero(valid[keys]) / np.count_nonzero(valid)
    out = run_alg(
        "lsm:predictraster",
        dict(
            base,
            CORRECTION=1,
            INVENTORY=str(sample_dir / "landslides.gpkg"),
            FIT_RATIO=2.0,
            OUTPUT=str(tmp_path / "inv.tif"),
        ),
    )
    np.testing.assert_allclose(_read(out["OUTPUT"])[valid], prior_shift(raw[valid], 1 / 3, p), atol=1e-6)

    with pytest.raises(QgsProcessingException, match="sampling ratio"):
        run_alg(
            "lsm:predictraster", dict(base, CORRECTION=1, PREVALENCE=0.05, OUTPUT=str(tmp_path / "x.tif"))
        )
    with pytest.raises(QgsProcessingException, match="prevalence"):
        run_alg("lsm:predictraster", dict(base, CORRECTION=1, FIT_RATIO=1.0, OUTPUT=str(tmp_path / "y.tif")))
    assert not (tmp_path / "x.tif").exists() and not (tmp_path / "y.tif").exists()


def test_old_pickled_bundle_needs_the_trust_parameter(run_alg, training, factor_paths, tmp_path):
    """A bundle of the old (pickled) format is refused with the parameter's label in the message, and
    maps as before once TRUST_BUNDLE is checked; the other bundle-reading algorithms have the parameter."""
    import json
    import pickle
    import zipfile

    from landslide_susceptibility.core.bundle import make_manifest
    from qgis.core import QgsApplication, QgsProcessingException
    from sklearn.ensemble import RandomForestClassifier

    X, y = training
    model = RandomForestClassifier(n_estimators=5, random_state=0).fit(X, y)
    old = tmp_path / "old.lsmodel"
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr("manifest.json", json.dumps(dict(make_manifest("rf", NAMES), format_version=1)))
        archive.writestr("model.pkl", pickle.dumps(model, protocol=4))
    params = {"MODEL": str(old), "FACTORS": _layers(factor_paths), "N_JOBS": 1}
    refused = tmp_path / "refused.tif"
    with pytest.raises(QgsProcessingException, match="Trust this model file"):
        run_alg("lsm:predictraster", dict(params, OUTPUT=str(refused)))
    assert not refused.exists()
    out = tmp_path / "trusted.tif"
    run_alg("lsm:predictraster", dict(params, TRUST_BUNDLE=True, OUTPUT=str(out)))
    cells, valid = _all_cells(factor_paths)
    np.testing.assert_allclose(_read(out)[valid], model.predict_proba(cells[valid])[:, 1], atol=1e-6, rtol=0)
    registry = QgsApplication.processingRegistry()
    for alg_id in ("lsm:evaluatemodel", "lsm:lsnetpredict", "lsm:explainmodel", "lsm:predictunits"):
        assert registry.algorithmById(alg_id).parameterDefinition("TRUST_BUNDLE") is not None, alg_id
