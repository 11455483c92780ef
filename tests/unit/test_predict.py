"""core.predict: streamed susceptibility maps equal in-memory predict_proba, nodata/mask/cancel."""

import dataclasses
import os

import numpy as np
import pytest
from _helpers import read_points
from landslide_susceptibility.core import dask_blocks, predict, predict_dask
from landslide_susceptibility.core.bundle import load_bundle, make_manifest, save_bundle
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.grid import FLOAT_NODATA, Factor, FactorReader, band_factors
from landslide_susceptibility.core.predict import (
    ModelProbability,
    PolygonMask,
    block_cells_for_memory,
    configure_model,
    predict_map,
    resolve_n_jobs,
)
from landslide_susceptibility.core.progress import NullFeedback
from osgeo import gdal, ogr, osr

NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
#: small blocks so that the 383x415 rasters take several blocks
BLOCK = 16384


class CancelAfterFirstBlock(NullFeedback):
    def setProgress(self, value):  # noqa: N802
        super().setProgress(value)
        self.cancel()


def _points(sample_dir):
    return read_points(sample_dir / "points_350.gpkg", NAMES)


@pytest.fixture(scope="module")
def training(sample_dir):
    return _points(sample_dir)


@pytest.fixture(scope="module")
def rf_bundle(training, tmp_path_factory):
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.pipeline import Pipeline
    from sklearn.preprocessing import StandardScaler

    X, y = training
    model = Pipeline(
        [("scale", StandardScaler()), ("rf", RandomForestClassifier(n_estimators=25, random_state=1))]
    ).fit(X, y)
    path = str(tmp_path_factory.mktemp("bundles") / "rf.lsmodel")
    save_bundle(path, make_manifest("rf", NAMES), model)
    return path, model


@pytest.fixture(scope="module")
def all_cells(factor_paths):
    """(X, valid) of every cell of the Ecuador grid, in NAMES order, read in one window."""
    reader = FactorReader([Factor(n, factor_paths[n]) for n in NAMES])
    return reader.read_window((0, 0, reader.grid.width, reader.grid.height))


def _factors(factor_paths, names=NAMES):
    return [Factor(n, factor_paths[n]) for n in names]


def _read(path):
    ds = gdal.Open(str(path))
    return ds.GetRasterBand(1).ReadAsArray().ravel()


def test_map_equals_in_memory_predict_proba(rf_bundle, factor_paths, all_cells, tmp_path):
    path, model = rf_bundle
    X, valid = all_cells
    out = tmp_path / "map.tif"
    summary = predict_map([path], _factors(factor_paths), str(out), block_cells=BLOCK, n_jobs=2)
    values = _read(out)
    expected = model.predict_proba(X[valid])[:, 1]
    assert summary.n_blocks > 1
    assert summary.n_valid == int(valid.sum()) > 150000
    np.testing.assert_allclose(values[valid], expected, atol=1e-6, rtol=0)
    assert np.all(values[~valid] == FLOAT_NODATA)
    ds = gdal.Open(str(out))
    band = ds.GetRasterBand(1)
    assert band.DataType == gdal.GDT_Float32
    assert band.GetNoDataValue() == FLOAT_NODATA
    assert band.GetBlockSize() == [256, 256]
    assert ds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE"
    assert 0.0 <= values[valid].min() and values[valid].max() <= 1.0
    assert not [p for p in os.listdir(tmp_path) if "partial" in p]


def test_generic_model_and_stack_input(training, sample_dir, all_cells, tmp_path):
    """A non-forest pipeline over the 5-band stack (bands named by their descriptions)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    X_train, y = training
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=500)).fit(X_train, y)
    bundle = tmp_path / "lr.lsmodel"
    save_bundle(str(bundle), make_manifest("lr", NAMES), model)
    out = tmp_path / "map.tif"
    predict_map(
        [str(bundle)], band_factors(str(sample_dir / "factor_stack.tif")), str(out), block_cells=BLOCK
    )
    X, valid = all_cells
    np.testing.assert_allclose(_read(out)[valid], model.predict_proba(X[valid])[:, 1], atol=1e-6, rtol=0)


def test_shuffled_factor_order_gives_the_same_map(rf_bundle, factor_paths, sample_dir, tmp_path):
    path, _ = rf_bundle
    predict_map([path], _factors(factor_paths), str(tmp_path / "a.tif"), block_cells=BLOCK)
    shuffled = _factors(factor_paths, ["elev", "log10_carea", "slope", "cprof", "cplan"])
    predict_map([path], shuffled, str(tmp_path / "b.tif"), block_cells=BLOCK)
    # the stack's bands in another order plus an unused raster: same map, a warning for the extra
    stack = band_factors(str(sample_dir / "factor_stack.tif"))[::-1]
    extra = Factor("aspect", factor_paths["slope"])
    feedback = NullFeedback()
    predict_map([path], [extra] + stack, str(tmp_path / "c.tif"), block_cells=BLOCK, feedback=feedback)
    a, b, c = (_read(tmp_path / f"{k}.tif") for k in "abc")
    np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(a, c)
    assert any("aspect" in m and "not used" in m for m in feedback.messages)


def test_bundle_for_other_factors_is_refused(training, factor_paths, tmp_path):
    from sklearn.ensemble import RandomForestClassifier

    X, y = training
    model = RandomForestClassifier(n_estimators=3, random_state=0).fit(X[:, :3], y)
    bundle = tmp_path / "other.lsmodel"
    save_bundle(str(bundle), make_manifest("rf", ["slope", "ndvi", "lithology"]), model)
    out = tmp_path / "map.tif"
    with pytest.raises(LsmError) as info:
        predict_map([str(bundle)], _factors(factor_paths), str(out))
    message = str(info.value)
    assert "ndvi" in message and "lithology" in message and "other.lsmodel" in message
    assert "cplan" in message  # the given rasters the model does not know are named too
    assert os.listdir(tmp_path) == ["other.lsmodel"]


def test_mis_gridded_factor_is_named(rf_bundle, factor_paths, tmp_path):
    path, _ = rf_bundle
    shifted = tmp_path / "elev_shifted.tif"
    gdal.Translate(str(shifted), factor_paths["elev"], srcWin=[0, 0, 300, 300])
    factors = _factors(factor_paths, ["slope", "cplan", "cprof", "log10_carea"]) + [
        Factor("elev", str(shifted))
    ]
    with pytest.raises(LsmError, match="'elev' \\(the size differs"):
        predict_map([path], factors, str(tmp_path / "map.tif"))


def test_nodata_and_mask_are_honoured(rf_bundle, factor_paths, tmp_path):
    path, _ = rf_bundle
    full = tmp_path / "full.tif"
    predict_map([path], _factors(factor_paths), str(full), block_cells=BLOCK)
    reference = _read(full)
    # slope with an int nodata value (-1) over rows 100..149
    src = gdal.Open(factor_paths["slope"])
    slope = src.ReadAsArray()
    slope[100:150, :] = -1
    holed = tmp_path / "slope.tif"
    dst = gdal.GetDriverByName("GTiff").Create(
        str(holed), src.RasterXSize, src.RasterYSize, 1, gdal.GDT_Float32
    )
    dst.SetGeoTransform(src.GetGeoTransform())
    dst.SetProjection(src.GetProjection())
    dst.GetRasterBand(1).SetNoDataValue(-1)
    dst.GetRasterBand(1).WriteArray(slope)
    dst = None
    # mask: a rectangle over columns 50..199 and rows 80..279 (cell centres inside)
    gt = src.GetGeoTransform()
    x0, x1 = gt[0] + 50 * gt[1], gt[0] + 200 * gt[1]
    y0, y1 = gt[3] + 80 * gt[5], gt[3] + 280 * gt[5]
    ring = f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"
    mask = PolygonMask([ogr.CreateGeometryFromWkt(ring).ExportToWkb()], src.GetProjection())
    factors = [Factor("slope", str(holed))] + _factors(factor_paths, NAMES[1:])
    out = tmp_path / "masked.tif"
    summary = predict_map([path], factors, str(out), mask=mask, block_cells=BLOCK)
    values = _read(out).reshape(src.RasterYSize, src.RasterXSize)
    reference = reference.reshape(values.shape)
    inside = np.zeros(values.shape, dtype=bool)
    inside[80:280, 50:200] = True
    inside[100:150, :] = False
    assert np.all(values[~inside] == FLOAT_NODATA)
    np.testing.assert_array_equal(values[inside], reference[inside])
    assert summary.n_valid == int((reference[inside] != FLOAT_NODATA).sum()) > 20000


def test_mask_from_file_is_reprojected(factor_paths, tmp_path):
    """A mask in WGS 84 lands on the same cells as the same polygon in the grid's UTM CRS."""
    from landslide_susceptibility.core.grid import grid_of

    grid = grid_of(factor_paths["slope"])
    xmin, ymin, xmax, ymax = grid.extent
    ring = ogr.CreateGeometryFromWkt(
        f"POLYGON(({xmin + 500} {ymin + 700},{xmax - 900} {ymin + 700},{xmax - 900} {ymax - 600},"
        f"{xmin + 500} {ymin + 700}))"
    )
    utm = PolygonMask([ring.ExportToWkb()], grid.crs_wkt)
    wgs84 = osr.SpatialReference()
    wgs84.ImportFromEPSG(4326)
    path = str(tmp_path / "mask.gpkg")
    source = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    layer = source.CreateLayer("mask", srs=wgs84, geom_type=ogr.wkbPolygon)
    geographic = ring.Clone()
    utm_srs = osr.SpatialReference()
    utm_srs.ImportFromWkt(grid.crs_wkt)
    for s in (utm_srs, wgs84):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    geographic.Transform(osr.CoordinateTransformation(utm_srs, wgs84))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(geographic)
    layer.CreateFeature(feature)
    source = None
    from_file = PolygonMask.from_file(path, target_crs_wkt=grid.crs_wkt)
    window = (0, 0, grid.width, grid.height)
    a, b = utm.window(grid, window), from_file.window(grid, window)
    assert 30000 < a.sum() < grid.n_cells / 2
    assert (a != b).sum() <= 0.002 * a.sum()  # reprojection round trip moves a few edge cells at most


def test_cancel_leaves_no_file(rf_bundle, factor_paths, tmp_path):
    path, _ = rf_bundle

    feedback = CancelAfterFirstBlock()
    out = tmp_path / "map.tif"
    with pytest.raises(Canceled):
        predict_map(
            [path],
            _factors(factor_paths),
            str(out),
            str(tmp_path / "unc.tif"),
            block_cells=4096,
            feedback=feedback,
        )
    assert 0 < feedback.progress < 100
    assert os.listdir(tmp_path) == []


def test_forest_uncertainty_is_the_spread_across_trees(rf_bundle, factor_paths, all_cells, tmp_path):
    path, model = rf_bundle
    X, valid = all_cells
    out, unc = tmp_path / "map.tif", tmp_path / "unc.tif"
    summary = predict_map([path], _factors(factor_paths), str(out), str(unc), block_cells=BLOCK)
    assert summary.n_members == 25
    Xt = model[:-1].transform(X[valid])
    per_tree = np.array([t.predict_proba(Xt)[:, 1] for t in model[-1].estimators_])
    np.testing.assert_allclose(_read(out)[valid], per_tree.mean(axis=0), atol=1e-6, rtol=0)
    spread = _read(unc)
    np.testing.assert_allclose(spread[valid], per_tree.std(axis=0), atol=1e-6, rtol=0)
    assert np.all(spread[~valid] == FLOAT_NODATA)
    assert spread[valid].max() > 0.2


def test_easy_ensemble_members_spread(training, factor_paths, all_cells, tmp_path):
    from imblearn.ensemble import EasyEnsembleClassifier
    from sklearn.ensemble import AdaBoostClassifier

    X_train, y = training
    booster = AdaBoostClassifier(n_estimators=10, random_state=0)
    model = EasyEnsembleClassifier(n_estimators=4, estimator=booster, random_state=0).fit(X_train, y)
    bundle = tmp_path / "ee.lsmodel"
    save_bundle(str(bundle), make_manifest("easyensemble", NAMES), model)
    out, unc = tmp_path / "map.tif", tmp_path / "unc.tif"
    predict_map([str(bundle)], _factors(factor_paths), str(out), str(unc), block_cells=65536)
    X, valid = all_cells
    Xv = X[valid][::50]
    members = np.array(
        [m.predict_proba(Xv[:, f])[:, 1] for m, f in zip(model.estimators_, model.estimators_features_)]
    )
    np.testing.assert_allclose(_read(out)[valid][::50], model.predict_proba(Xv)[:, 1], atol=1e-6, rtol=0)
    np.testing.assert_allclose(_read(unc)[valid][::50], members.std(axis=0), atol=1e-6, rtol=0)


def test_several_bundles_mean_and_standard_deviation(training, factor_paths, all_cells, tmp_path):
    from sklearn.linear_model import LogisticRegression

    X_train, y = training
    rng = np.random.default_rng(3)
    paths, models = [], []
    for k in range(3):
        rows = rng.choice(len(y), size=250, replace=False)
        # each bundle lists the factors in its own order
        order = list(rng.permutation(len(NAMES)))
        model = LogisticRegression(max_iter=2000).fit(X_train[rows][:, order], y[rows])
        path = str(tmp_path / f"repeat{k}.lsmodel")
        save_bundle(path, make_manifest("lr", [NAMES[i] for i in order]), model)
        paths.append(path)
        models.append((model, order))
    out, unc = tmp_path / "mean.tif", tmp_path / "std.tif"
    summary = predict_map(paths, _factors(factor_paths), str(out), str(unc), block_cells=BLOCK)
    X, valid = all_cells
    each = np.array([m.predict_proba(X[valid][:, order])[:, 1] for m, order in models])
    assert summary.n_members == 3
    np.testing.assert_allclose(_read(out)[valid], each.mean(axis=0), atol=1e-6, rtol=0)
    np.testing.assert_allclose(_read(unc)[valid], each.std(axis=0), atol=1e-6, rtol=0)


def test_uncertainty_needs_members(training, factor_paths, tmp_path):
    from sklearn.linear_model import LogisticRegression

    X_train, y = training
    bundle = tmp_path / "lr.lsmodel"
    save_bundle(str(bundle), make_manifest("lr", NAMES), LogisticRegression(max_iter=500).fit(X_train, y))
    with pytest.raises(LsmError, match="several bundles"):
        predict_map([str(bundle)], _factors(factor_paths), str(tmp_path / "m.tif"), str(tmp_path / "u.tif"))
    assert os.listdir(tmp_path) == ["lr.lsmodel"]


def test_unknown_categories_become_nodata(factor_paths, tmp_path):
    """A categorical factor: values unseen at training are nodata, counted in a warning."""
    from sklearn.ensemble import RandomForestClassifier

    src = gdal.Open(factor_paths["elev"])
    elev = src.ReadAsArray()
    classes = np.digitize(elev, np.nanquantile(elev, [0.25, 0.5, 0.75])).astype(np.float32) + 1
    classes[~np.isfinite(elev)] = np.nan
    litho = tmp_path / "litho.tif"
    gdal.Translate(str(litho), src)
    ds = gdal.Open(str(litho), gdal.GA_Update)
    ds.GetRasterBand(1).WriteArray(classes)
    ds = None
    slope_ds = gdal.Open(factor_paths["slope"])
    slope = slope_ds.ReadAsArray()
    ok = np.isfinite(classes) & np.isfinite(slope)
    X = np.column_stack([slope[ok], classes[ok]])[::40]
    y = (X[:, 0] > np.median(X[:, 0])).astype(int)
    seen = X[:, 1] < 4  # class 4 is never seen at training
    model = RandomForestClassifier(n_estimators=5, random_state=0).fit(X[seen], y[seen])
    bundle = tmp_path / "cat.lsmodel"
    save_bundle(str(bundle), make_manifest("rf", ["slope", "litho"], categorical={"litho": [1, 2, 3]}), model)
    feedback = NullFeedback()
    out = tmp_path / "map.tif"
    summary = predict_map(
        [str(bundle)],
        [Factor("slope", factor_paths["slope"]), Factor("litho", str(litho), categorical=True)],
        str(out),
        feedback=feedback,
    )
    values = _read(out)
    unseen = (classes.ravel() == 4) & np.isfinite(slope.ravel())
    assert summary.n_unknown_categories == int(unseen.sum()) > 10000
    assert np.all(values[unseen] == FLOAT_NODATA)
    assert np.all(values[ok.ravel() & ~unseen] != FLOAT_NODATA)
    assert any("not seen at training" in m for m in feedback.messages)


def test_device_and_n_jobs_are_passed_on(training):
    """A model exposing set_device (as the torch models do) gets the resolved device."""
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression

    X, y = training

    class DeviceModel:
        """A fitted logistic regression behind the interface of the plugin's torch models."""

        def __init__(self):
            self.inner = LogisticRegression(max_iter=500).fit(X, y)
            self.classes_ = self.inner.classes_
            self.devices = []

        def set_device(self, device):
            self.devices.append(device)

        def predict_proba(self, values):
            return self.inner.predict_proba(values)

    model = DeviceModel()
    wrapper = ModelProbability(model, n_jobs=1, device="cpu")
    assert model.devices == ["cpu"] and wrapper.device == "cpu"
    p, spread = wrapper.predict(X[:10])
    np.testing.assert_allclose(p, model.inner.predict_proba(X[:10])[:, 1])
    assert spread is None and not wrapper.has_members
    with pytest.raises(LsmError, match="Device 'gpu'"):
        configure_model(DeviceModel(), device="gpu")
    forest = RandomForestClassifier(n_estimators=3, random_state=0).fit(X, y)
    configure_model(forest, n_jobs=2)
    assert forest.n_jobs == 2
    assert resolve_n_jobs(1) == 1 and resolve_n_jobs(-1) == (os.cpu_count() or 1)


def test_block_cells_for_memory():
    # 16 factors, 2 threads: 3*4*16 + 2*16 + 16 + 12 = 252 bytes per cell
    assert block_cells_for_memory(63, 16, 2) == 63 * 1024 * 1024 // 252
    assert block_cells_for_memory(0.001, 16, 2) == 4096
    assert block_cells_for_memory(10**6, 16, 2) == 16 * 1024 * 1024


def test_lsnet_bundle_is_sent_to_its_algorithm(factor_paths, tmp_path):
    bundle = tmp_path / "net.lsmodel"
    save_bundle(str(bundle), make_manifest("lsnet", NAMES, kind="lsnet"), members={"weights.pt": b"0"})
    assert load_bundle(str(bundle)).kind == "lsnet"
    with pytest.raises(LsmError, match="lsm:lsnetpredict"):
        predict_map([str(bundle)], _factors(factor_paths), str(tmp_path / "m.tif"))


def _west_half_mask(factor_paths):
    from landslide_susceptibility.core.grid import grid_of

    grid = grid_of(factor_paths["slope"])
    xmin, ymin, xmax, ymax = grid.extent
    xmid = (xmin + xmax) / 2
    ring = f"POLYGON(({xmin} {ymin},{xmid} {ymin},{xmid} {ymax},{xmin} {ymax},{xmin} {ymin}))"
    return PolygonMask([ogr.CreateGeometryFromWkt(ring).ExportToWkb()], grid.crs_wkt)


def test_dask_cluster_gives_the_same_map(dask_cluster, rf_bundle, factor_paths, tmp_path):
    """Blocks as tasks on a local Dask cluster of 2 worker processes: the same map and spread as
    the single-process run, mask included, both workers used, no scratch file left."""
    path, _ = rf_bundle
    mask = _west_half_mask(factor_paths)
    local = tmp_path / "local"
    local.mkdir()
    predict_map(
        [path],
        _factors(factor_paths),
        str(local / "map.tif"),
        str(local / "unc.tif"),
        mask=mask,
        block_cells=BLOCK,
    )
    out = tmp_path / "dask"
    out.mkdir()
    feedback = NullFeedback()
    summary = predict_map(
        [path],
        _factors(factor_paths)[::-1],
        str(out / "map.tif"),
        str(out / "unc.tif"),
        mask=mask,
        block_cells=BLOCK,
        scheduler=dask_cluster.scheduler_address,
        feedback=feedback,
    )
    assert summary.n_blocks > 1 and summary.n_valid > 50000
    assert any("2 worker(s)" in m for m in feedback.messages)
    # the workers wrote their windows (part files beside the output, copied in and removed)
    assert summary.n_worker_written == summary.n_blocks
    for name in ("map.tif", "unc.tif"):
        a, b = _read(out / name), _read(local / name)
        np.testing.assert_allclose(a, b, atol=1e-6, rtol=0)
        assert np.array_equal(a == FLOAT_NODATA, b == FLOAT_NODATA) and (a == FLOAT_NODATA).sum() > 70000
    assert sorted(os.listdir(out)) == ["map.tif", "unc.tif"]
    ds = gdal.Open(str(out / "map.tif"))
    assert ds.GetMetadata("IMAGE_STRUCTURE").get("COMPRESSION") == "DEFLATE"
    assert ds.GetRasterBand(1).GetBlockSize() == [256, 256]


def test_dask_cancel_leaves_no_file(dask_cluster, rf_bundle, factor_paths, tmp_path):
    path, _ = rf_bundle

    feedback = CancelAfterFirstBlock()
    with pytest.raises(Canceled):
        predict_map(
            [path],
            _factors(factor_paths),
            str(tmp_path / "map.tif"),
            str(tmp_path / "unc.tif"),
            block_cells=4096,
            scheduler=dask_cluster.scheduler_address,
            feedback=feedback,
        )
    assert 0 < feedback.progress < 100
    assert os.listdir(tmp_path) == []


def test_dask_task_sends_the_window_back_without_a_shared_folder(rf_bundle, factor_paths, tmp_path):
    """A worker that cannot write into the part folder returns the arrays instead."""
    path, model = rf_bundle
    factors = _factors(factor_paths)
    bundles = predict.open_bundles([path])
    ordered, columns, _ = predict.match_factors(bundles, factors)
    grid = predict.check_grids(ordered)
    spec = predict_dask._TaskSpec((path,), tuple(ordered), grid, tuple(map(tuple, columns)), (), False, "cpu")
    window = (0, 0, 64, 32)
    X, valid = FactorReader(ordered, grid).read_window(window)
    for parts_dir in (str(tmp_path / "not_there"), str(tmp_path)):
        spec = dataclasses.replace(spec, parts_dir=parts_dir)
        got_window, result, part = predict_dask.dask_block_task(spec, window)
        if part is None:
            probability = result.probability
        else:
            assert os.path.dirname(part) == str(tmp_path) and result.probability is None
            probability = predict_dask._read_part(part, result, False).probability
        assert got_window == window and result.n_valid == int(valid.sum())
        np.testing.assert_allclose(probability[valid], model.predict_proba(X[valid])[:, 1], atol=1e-6, rtol=0)
        assert (part is None) == (parts_dir != str(tmp_path))
    assert os.listdir(tmp_path) == []
    # the task ran in this thread: drop its cached reader (open GDAL datasets) before QGIS exits
    predict_dask._WORKER_STATE.__dict__.clear()


def test_unreachable_scheduler_is_a_clear_error(rf_bundle, factor_paths, tmp_path, monkeypatch):
    pytest.importorskip("distributed", reason="dask distributed is not installed")
    monkeypatch.setattr(dask_blocks, "CONNECT_TIMEOUT_S", 2)
    path, _ = rf_bundle
    with pytest.raises(LsmError, match="Dask scheduler at 'tcp://127.0.0.1:9'"):
        predict_map([path], _factors(factor_paths), str(tmp_path / "m.tif"), scheduler="tcp://127.0.0.1:9")
    assert os.listdir(tmp_path) == []


def test_spy_prior_model_maps_with_its_spread(training, factor_paths, all_cells, tmp_path):
    """The prior model of lsm:spysampling (core.forest.BalancedRandomForest, raw factor values) maps as its
    predict_proba, and its trees give the uncertainty."""
    from landslide_susceptibility.core.forest import BalancedRandomForest

    X_train, y = training
    forest = BalancedRandomForest(n_estimators=12, random_state=3, n_jobs=2)
    forest.fit_balanced(X_train[y == 1], X_train[y == 0])
    bundle = tmp_path / "prior.lsmodel"
    save_bundle(str(bundle), make_manifest("spy", NAMES, role="pu_prior"), forest)
    out, unc = tmp_path / "map.tif", tmp_path / "unc.tif"
    summary = predict_map([str(bundle)], _factors(factor_paths)[::-1], str(out), str(unc), block_cells=65536)
    X, valid = all_cells
    assert summary.n_members == 12
    np.testing.assert_allclose(_read(out)[valid], forest.predict_proba(X[valid])[:, 1], atol=1e-6, rtol=0)
    per_tree = np.array([t.predict_proba(X[valid])[:, 1] for t in forest.estimators_])
    np.testing.assert_allclose(_read(unc)[valid], per_tree.std(axis=0), atol=1e-6, rtol=0)
    assert _read(unc)[valid].max() > 0.1
