"""Factor contribution maps (core.contribution): block by block SHAP equal to shap's values on the same
cells in one go, additivity over every factor, categorical factors as one band, nothing left on cancel."""

import os

import numpy as np
import pytest
from _helpers import fit_with_last_categorical
from landslide_susceptibility.core import explain
from landslide_susceptibility.core.bundle import make_manifest, save_bundle
from landslide_susceptibility.core.contribution import contribution_map
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import FLOAT_NODATA, Factor
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal, osr

pytest.importorskip("shap")
NAMES = ["signal", "noise", "litho"]
SIZE = (37, 41)  # rows, cols: several 16-row strips of blocks, a ragged last one


def _raster(path, values):
    ds = gdal.GetDriverByName("GTiff").Create(
        str(path),
        values.shape[1],
        values.shape[0],
        1,
        gdal.GDT_Float32,
        options=["TILED=YES", "BLOCKXSIZE=16", "BLOCKYSIZE=16"],
    )
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 9800000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(values)
    ds = None
    return str(path)


@pytest.fixture(scope="module")
def grid_data(tmp_path_factory):
    d = tmp_path_factory.mktemp("contribution")
    rng = np.random.default_rng(3)
    signal = rng.normal(size=SIZE).astype(np.float32)
    noise = rng.normal(size=SIZE).astype(np.float32)
    litho = rng.integers(1, 4, size=SIZE).astype(np.float32)
    signal[0, :5] = -9999.0  # nodata cells stay nodata
    arrays = {"signal": signal, "noise": noise, "litho": litho}
    factors = [Factor(n, _raster(d / f"{n}.tif", a), categorical=(n == "litho")) for n, a in arrays.items()]
    n = 500
    X = np.column_stack([rng.normal(size=n), rng.normal(size=n), rng.integers(1, 4, size=n)])
    y = (2.0 * X[:, 0] + 0.8 * (X[:, 2] == 3) + rng.normal(size=n) > 1.0).astype(int)
    return d, factors, arrays, X, y


def _bundle(d, model_type, X, y, params=None):
    model = fit_with_last_categorical(model_type, X, y, params, seed=1, factor_names=NAMES)
    path = d / f"{model_type}.lsmodel"
    save_bundle(str(path), make_manifest(model_type, NAMES, categorical={"litho": [1, 2, 3]}), model)
    return str(path), model


def _bands(path):
    ds = gdal.Open(str(path))
    names = [ds.GetRasterBand(b).GetDescription() for b in range(1, ds.RasterCount + 1)]
    values = np.stack(
        [ds.GetRasterBand(b).ReadAsArray().ravel() for b in range(1, ds.RasterCount + 1)], axis=1
    )
    return names, values, ds.GetMetadata()


def _cells(arrays):
    X = np.column_stack([arrays[n].ravel() for n in NAMES]).astype(np.float64)
    return X, np.all(X != -9999.0, axis=1)


def test_blocks_equal_shap_in_one_go_and_add_up(grid_data):
    d, factors, arrays, X, y = grid_data
    path, model = _bundle(d, "rf", X, y, {"n_estimators": 25})
    out = d / "contrib_rf.tif"
    summary = contribution_map(path, factors, str(out), block_cells=300, feedback=NullFeedback())
    assert summary.n_blocks > 3 and summary.method == "tree"
    names, values, metadata = _bands(out)
    assert names == NAMES  # one band per factor, categorical litho as one band
    cells, valid = _cells(arrays)
    assert summary.n_valid == int(valid.sum())
    assert np.all(values[~valid] == FLOAT_NODATA)
    whole = explain.shap_values(model, cells[valid], NAMES, None)
    np.testing.assert_allclose(values[valid], whole.values, atol=1e-6)
    base = float(metadata["SHAP_BASE_VALUE"])
    output = model.predict_proba(cells[valid])[:, 1]
    assert np.max(np.abs(base + values[valid].astype(np.float64).sum(axis=1) - output)) < 1e-6
    assert summary.max_additivity_error < 1e-6


def test_chosen_factors_only_and_sampled_explainer(grid_data):
    d, factors, arrays, X, y = grid_data
    path, model = _bundle(d, "lr", X, y)
    out = d / "contrib_lr.tif"
    small = [Factor(f.name, f.path, f.band, f.categorical) for f in factors]
    summary = contribution_map(
        path,
        small,
        str(out),
        selected=["litho", "signal"],
        n_background=20,
        seed=4,
        max_evals=20,
        block_cells=600,
    )
    names, values, metadata = _bands(out)
    assert names == ["signal", "litho"] and summary.method == "permutation"
    assert metadata["SHAP_SCALE"] == "probability"
    cells, valid = _cells(arrays)
    assert summary.max_additivity_error < 1e-6  # antithetic permutations add up exactly
    # the signal factor drives the score, the categorical one far less
    assert np.abs(values[valid, 0]).mean() > 3 * np.abs(values[valid, 1]).mean()


def test_unknown_factor_and_cancel_leave_nothing(grid_data):
    d, factors, _arrays, X, y = grid_data
    path, _ = _bundle(d, "rf", X, y, {"n_estimators": 5})
    with pytest.raises(LsmError, match=r"slope are not factors of the model bundle"):
        contribution_map(path, factors, str(d / "bad.tif"), selected=["slope"])
    feedback = NullFeedback()
    calls = []

    def cancel_later(value, original=feedback.setProgress):
        calls.append(value)
        if len(calls) > 3:
            feedback.canceled = True
        original(value)

    feedback.setProgress = cancel_later
    out = d / "cancelled.tif"
    with pytest.raises(Canceled):
        contribution_map(path, factors, str(out), block_cells=300, feedback=feedback)
    assert not [n for n in os.listdir(d) if n.startswith((".cancelled", "cancelled"))]
