"""FCN (Fan et al. 2025) core: Poisson soft labels, window tiling and blending, the window split
(train / validation / test, excluded regions), training on a synthetic raster, the test sets,
leave-one-group-out folds, the streamed map and its bundle, the device option."""

import numpy as np
import pytest
from scipy import ndimage

torch = pytest.importorskip("torch")

from _helpers import CancelAfter  # noqa: E402
from landslide_susceptibility.core import fcn, fcn_eval, fcn_train, poisson  # noqa: E402
from landslide_susceptibility.core.bundle import load_bundle  # noqa: E402
from landslide_susceptibility.core.errors import LsmError  # noqa: E402
from landslide_susceptibility.core.grid import FLOAT_NODATA, Factor, FactorReader  # noqa: E402
from landslide_susceptibility.core.progress import Canceled  # noqa: E402
from osgeo import gdal, osr  # noqa: E402

pytestmark = pytest.mark.usefixtures("one_torch_thread")


def _reference_laplace(size, centre):
    """u of -Laplace(u) = 0 on a size x size window, u = 1 at *centre*, u = 0 beyond the edge: a dense
    finite-difference system written cell by cell, solved with numpy."""
    cells = [(i, j) for i in range(size) for j in range(size) if (i, j) != centre]
    index = {cell: k for k, cell in enumerate(cells)}
    a = np.zeros((len(cells), len(cells)))
    b = np.zeros(len(cells))
    for (i, j), k in index.items():
        a[k, k] = 4.0
        for n in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if n == centre:
                b[k] += 1.0
            elif n in index:
                a[k, index[n]] = -1.0
    u = np.ones((size, size))
    for (i, j), v in zip(cells, np.linalg.solve(a, b)):
        u[i, j] = v
    return u


def test_poisson_soft_label_of_one_cell_matches_the_finite_difference_reference():
    size, centre = 15, (7, 7)
    slide = np.zeros((size, size), dtype=bool)
    slide[centre] = True
    u = poisson.soft_labels(slide, buffer=100)  # the buffer covers the window: the edge is the boundary
    reference = _reference_laplace(size, centre)
    assert np.max(np.abs(u - reference)) < 1e-6
    assert u[centre] == 1.0 and 0.0 < u.min() and u.max() == 1.0
    assert np.allclose(u, u.T) and np.allclose(u, u[::-1])  # the square's symmetry
    # values fall away from the landslide along a row
    assert np.all(np.diff(u[7, 7:]) < 0)


def test_poisson_buffer_bounds_the_soft_label_and_binary_is_the_mask():
    slide = np.zeros((40, 40), dtype=bool)
    slide[20:23, 10:12] = True
    u = poisson.soft_labels(slide, buffer=5)
    from scipy import ndimage

    distance = ndimage.distance_transform_edt(~slide)
    assert np.all(u[distance > 5] == 0.0) and np.all(u[slide] == 1.0)
    assert np.all(u[(distance > 0) & (distance <= 2)] > 0.2)
    assert np.array_equal(poisson.binary_labels(slide), slide.astype(np.float32))
    assert not poisson.soft_labels(np.zeros((8, 8), dtype=bool)).any()


@pytest.mark.parametrize(
    "height, width, window, overlap",
    [(100, 77, 32, 0.2), (448, 1000, 448, 0.2), (20, 50, 32, 0.2), (97, 97, 16, 0.0)],
)
def test_windows_cover_every_cell_and_blended_weights_sum_to_one(height, width, window, overlap):
    rows, cols, wh, ww, k = fcn.tile_plan(height, width, window, overlap)
    assert rows[0] == 0 and rows[-1] + wh == height and cols[0] == 0 and cols[-1] + ww == width
    weight = np.outer(fcn.blend_weights(wh, k), fcn.blend_weights(ww, k))
    assert weight.min() > 0
    total = np.zeros((height, width))
    covered = np.zeros((height, width), dtype=int)
    for r in rows:
        for c in cols:
            total[r : r + wh, c : c + ww] += weight
            covered[r : r + wh, c : c + ww] += 1
    assert covered.min() >= 1
    # the blend divides each window's weight by the summed weights: they add up to 1 on every cell
    share = np.zeros((height, width))
    for r in rows:
        for c in cols:
            share[r : r + wh, c : c + ww] += weight / total[r : r + wh, c : c + ww]
    assert np.max(np.abs(share - 1.0)) < 1e-12
    if len(rows) > 1:
        assert rows[1] - rows[0] == window - round(overlap * window)


def _write(path, array, nodata=None):
    driver = gdal.GetDriverByName("GTiff")
    ds = driver.Create(str(path), array.shape[1], array.shape[0], 1, gdal.GDT_Float32)
    ds.SetGeoTransform((500000.0, 10.0, 0.0, 9800000.0, 0.0, -10.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32717)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None
    return str(path)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory):
    """Two factors on 96 x 96 cells and a landslide mask that follows factor 'a' (steep and wet)."""
    from scipy import ndimage

    folder = tmp_path_factory.mktemp("fcn")
    rng = np.random.default_rng(3)
    a = ndimage.gaussian_filter(rng.normal(size=(96, 96)), 3) * 10
    b = ndimage.gaussian_filter(rng.normal(size=(96, 96)), 5) * 10
    mask = (a > np.quantile(a, 0.9)) & (rng.random((96, 96)) < 0.7)
    a_nodata = a.copy()
    a_nodata[0:3, 90:96] = np.nan
    factors = [
        Factor("a", _write(folder / "a.tif", a_nodata.astype(np.float32))),
        Factor("b", _write(folder / "b.tif", b.astype(np.float32))),
    ]
    return folder, factors, mask


def test_tiny_fcn_trains_and_beats_chance(synthetic, tmp_path):
    import time

    _, factors, mask = synthetic
    arch = fcn.FcnArchitecture(n_factors=2, filters=4, depth=1, window=32, overlap=0.2)
    config = fcn_train.FcnConfig(
        epochs=12, batch_size=4, learning_rate=3e-3, patience=12, seed=1, device="cpu", test_share=0.0
    )
    started = time.perf_counter()
    model = fcn_train.train_fcn(factors, mask, arch, config)
    assert time.perf_counter() - started < 30
    assert len(model.history) == 12 and 1 <= model.best_epoch <= 12
    assert model.validation["n_cells"] > 500 and model.validation["auc"] > 0.75  # chance is 0.5
    # no test share: the evaluation falls back to the training windows and says so
    evaluations = fcn_eval.evaluate_model(model, FactorReader(factors), mask, "cpu")
    assert list(evaluations) == ["train"] and "resubstitution" in evaluations["train"]["warnings"][0]
    assert evaluations["train"]["metrics"]["roc_auc"] > 0.8
    out = tmp_path / "map.tif"
    grid, n_valid = model.predict_raster(factors, out, device="cpu")
    result = gdal.Open(str(out)).ReadAsArray()
    assert result.shape == (96, 96) and n_valid == 96 * 96 - 18
    assert np.all(result[0:3, 90:96] == FLOAT_NODATA)
    valid = result != FLOAT_NODATA
    assert 0.0 <= result[valid].min() and result[valid].max() <= 1.0
    from sklearn.metrics import roc_auc_score

    assert roc_auc_score(mask[valid], result[valid]) > 0.8  # the whole map ranks landslides first
    # the bundle round trip gives the same map
    path = model.save(tmp_path / "fcn.lsmodel")
    again = fcn.FcnModel.from_bundle(load_bundle(path))
    assert again.arch == arch and again.best_epoch == model.best_epoch
    out2 = tmp_path / "again.tif"
    again.predict_raster(factors, out2, device="cpu")
    assert np.max(np.abs(gdal.Open(str(out2)).ReadAsArray() - result)) <= 1e-6


def _random_fcn(arch, norm):
    """An untrained FCN whose output varies with its input (random batch-norm statistics)."""
    torch.manual_seed(0)
    model = fcn.FcnModel(arch, norm, ["a", "b"])
    for module in model.network.modules():
        if isinstance(module, torch.nn.BatchNorm2d):
            module.running_mean.uniform_(-0.2, 0.2)
            module.running_var.uniform_(0.5, 2.0)
            module.bias.data.uniform_(0.0, 0.5)
    return model


def test_map_of_one_window_is_that_window_and_seams_are_blended(synthetic, tmp_path):
    _, factors, _ = synthetic
    norm = fcn_train.fit_statistics(FactorReader(factors), [(0, 0, 96, 96)])
    big = _random_fcn(fcn.FcnArchitecture(2, 4, 1, window=128), norm)
    out = tmp_path / "one.tif"
    big.predict_raster(factors, out, device="cpu")
    values = fcn.read_window(FactorReader(factors), 0, 0, 96, 96)
    alone = big.predict_window(values, "cpu")
    mapped = gdal.Open(str(out)).ReadAsArray()
    ok = np.isfinite(alone)
    assert np.max(np.abs(mapped[ok] - alone[ok])) <= 1e-6
    # windows of 32 with 6 cells of overlap: the cells seen by one window only equal that window
    small = _random_fcn(fcn.FcnArchitecture(2, 4, 1, window=32), norm)
    out = tmp_path / "tiles.tif"
    small.predict_raster(factors, out, device="cpu")
    tiled = gdal.Open(str(out)).ReadAsArray()
    first = small.predict_window(fcn.read_window(FactorReader(factors), 0, 0, 32, 32), "cpu")
    assert np.max(np.abs(tiled[:26, :26] - first[:26, :26])) <= 1e-6
    assert np.ptp(first) > 1e-3  # the network's output depends on its input
    assert not np.allclose(tiled[:26, 26:32], first[:26, 26:32])  # the overlap is a blend of two windows


def test_blend_on_chosen_cells_equals_the_map(synthetic, tmp_path):
    _, factors, _ = synthetic
    reader = FactorReader(factors)
    norm = fcn_train.fit_statistics(reader, [(0, 0, 96, 96)])
    model = _random_fcn(fcn.FcnArchitecture(2, 4, 1, window=32), norm)
    out = tmp_path / "map.tif"
    model.predict_raster(factors, out, device="cpu")
    mapped = gdal.Open(str(out)).ReadAsArray()
    rows, cols, wh, ww, k = fcn.tile_plan(96, 96, 32, 0.2)
    windows = [(r, c, wh, ww) for r in rows for c in cols]
    cells = np.random.default_rng(0).random((96, 96)) < 0.3
    flat, probs = model.predict_cells(reader, windows, cells, k, "cpu")
    expected = cells & (mapped != FLOAT_NODATA)
    assert np.array_equal(flat, np.flatnonzero(expected))  # nodata cells are left out
    assert np.max(np.abs(probs - mapped.ravel()[flat])) <= 1e-6
    # a subset of the windows blends only those: a cell of one window gets that window's value
    first = model.predict_window(fcn.read_window(reader, 0, 0, 32, 32), "cpu")
    flat, probs = model.predict_cells(reader, windows[:1], cells, k, "cpu")
    r, c = np.divmod(flat, 96)
    assert r.max() < 32 and c.max() < 32 and np.max(np.abs(probs - first[r, c])) <= 1e-6


def test_bad_sizes_are_refused(synthetic):
    _, factors, mask = synthetic
    with pytest.raises(LsmError, match="too small for depth"):
        fcn_train.train_fcn(
            factors, mask, fcn.FcnArchitecture(2, 4, 3, window=16), fcn_train.FcnConfig(epochs=1)
        )
    with pytest.raises(LsmError, match="No landslide cell"):
        fcn_train.train_fcn(factors, np.zeros_like(mask), fcn.FcnArchitecture(2, 4, 1, window=32))


def test_paper_sizes_reach_h_over_4_by_16n():
    arch = fcn.FcnArchitecture(n_factors=5)
    assert (arch.filters, arch.depth, arch.window, arch.overlap) == (32, 2, 448, 0.2)
    assert arch.level_filters() == [32, 128, 512]  # N, 4N, 16N
    net = fcn.build_fcn(fcn.FcnArchitecture(n_factors=5, filters=2))
    with torch.no_grad():
        out = net.eval()(torch.zeros(1, 6, 64, 64))
    assert out.shape == (1, 64, 64)


# -- the window split -----------------------------------------------------------------------------


def test_window_plan_holds_out_disjoint_test_and_validation_cells():
    arch = fcn.FcnArchitecture(2, 4, 1, window=32, overlap=0.2)
    plan = fcn_train.plan_windows(100, 130, arch, 0.2, seed=5, test_share=0.25)
    n = len(plan.train) + len(plan.validation) + len(plan.test)
    assert n == 4 * 5 and len(plan.test) == 5 and len(plan.validation) == 4
    assert not set(plan.train) & set(plan.test) and not set(plan.validation) & set(plan.test)
    train = fcn_train.covered_cells((100, 130), plan.train)
    val = fcn_train.covered_cells((100, 130), plan.validation)
    test = fcn_train.covered_cells((100, 130), plan.test)
    assert plan.test_cells.any() and plan.validation_cells.any()
    assert np.array_equal(plan.test_cells, test & ~train & ~val)
    assert np.array_equal(plan.validation_cells, val & ~train & ~test)
    assert not (plan.test_cells & plan.validation_cells).any()
    # the same seed, the same split; no test share: the validation split of before
    again = fcn_train.plan_windows(100, 130, arch, 0.2, seed=5, test_share=0.25)
    assert again.test == plan.test and again.validation == plan.validation
    plain = fcn_train.plan_windows(100, 130, arch, 0.2, seed=5)
    assert plain.test == [] and not plain.test_cells.any() and len(plain.validation) == 4


def test_window_plan_drops_the_windows_touching_an_excluded_region():
    arch = fcn.FcnArchitecture(2, 4, 1, window=32, overlap=0.2)
    region = (10, 40, 50, 70)  # rows 10-49, columns 40-69
    plan = fcn_train.plan_windows(100, 130, arch, 0.2, seed=0, exclude=region)
    kept = plan.train + plan.validation
    assert plan.n_excluded > 0 and len(kept) + plan.n_excluded == 20
    covered = fcn_train.covered_cells((100, 130), kept)
    assert not covered[10:50, 40:70].any()
    # every window that shares no cell with the region is kept (cell by cell)
    rows, cols, wh, ww, _ = fcn.tile_plan(100, 130, 32, 0.2)
    apart = []
    for r in rows:
        for c in cols:
            cells = np.zeros((100, 130), dtype=bool)
            cells[r : r + wh, c : c + ww] = True
            if not cells[10:50, 40:70].any():
                apart.append((r, c, wh, ww))
    assert sorted(kept) == apart and len(apart) == 20 - plan.n_excluded
    with pytest.raises(LsmError, match="touches the held-out region"):
        fcn_train.plan_windows(100, 130, arch, 0.2, seed=0, exclude=(0, 0, 100, 130))
    few = fcn_train.plan_windows(30, 30, arch, 0.2, seed=0, test_share=0.2)
    assert few.test == [] and "too few for a test share" in few.notes[0]


# -- test sets --------------------------------------------------------------------------------------


def test_held_out_sets_pair_every_landslide_with_one_random_cell():
    rng = np.random.default_rng(0)
    y = (rng.random(5000) < 0.02).astype(int)
    scores = rng.random(5000)
    sets = fcn_eval.held_out_sets(y, scores, seed=3)
    yr, sr = sets["random"]
    assert int(yr.sum()) == int(y.sum()) and (yr == 0).sum() == y.sum()
    assert set(sr[yr == 1]) == set(scores[y == 1]) and set(sr) <= set(scores)
    ya, sa = sets["area"]
    assert np.array_equal(ya, y) and np.array_equal(sa, scores)
    assert np.array_equal(fcn_eval.held_out_sets(y, scores, seed=3)["random"][1], sr)
    assert not np.array_equal(fcn_eval.held_out_sets(y, scores, seed=4)["random"][1], sr)
    evaluations = fcn_eval.evaluate_sets(sets)
    assert evaluations["random"]["n_negative"] == evaluations["random"]["n_positive"] == int(y.sum())
    assert evaluations["area"]["test_set_text"] == fcn_eval.KIND_TEXT["area"]
    for evaluation in evaluations.values():
        assert evaluation["intervals"]["_meta"]["n_boot"] == 1000
        assert evaluation["warnings"] == []  # about 100 landslide cells


def test_area_intervals_beyond_the_cap_bootstrap_a_subsample(monkeypatch):
    rng = np.random.default_rng(1)
    y = (rng.random(20000) < 0.05).astype(int)
    scores = np.clip(0.3 * y + rng.random(20000) * 0.8, 0, 1)
    monkeypatch.setattr(fcn_eval, "BOOTSTRAP_CAP", 2000)
    evaluation = fcn_eval.evaluate_sets({"area": (y, scores)})["area"]
    meta = evaluation["intervals"]["_meta"]
    assert meta["n_neg"] == 2000 and "2000 of the" in meta["method"]
    assert evaluation["n_negative"] == int((y == 0).sum())  # the metrics use every cell
    entry = evaluation["intervals"]["roc_auc"]
    assert entry["value"] == pytest.approx(evaluation["metrics"]["roc_auc"])
    assert entry["low"] <= entry["value"] <= entry["high"] and entry["high"] - entry["low"] < 0.1


# -- leave one group out ---------------------------------------------------------------------------


def test_group_regions_are_widened_boxes_and_mistakes_are_named():
    boxes = [(5, 5, 6, 8), (20, 30, 20, 30), (2, 90, 4, 95), (10, 100, 12, 130)]
    regions = fcn_eval.group_regions(["a", "a", "b", "b"], boxes, (40, 120), margin=3)
    assert regions.names == ["a", "b"] and regions.landslides == [2, 2]
    assert regions.regions == [(2, 2, 24, 34), (0, 87, 16, 120)]  # clipped to the grid
    assert regions.notes == []
    close = fcn_eval.group_regions(["a", "b"], [(5, 5, 6, 8), (5, 12, 6, 14)], (40, 120), margin=3)
    assert "overlap" in close.notes[0]
    with pytest.raises(LsmError, match="single value"):
        fcn_eval.group_regions(["a", "a"], boxes[:2], (40, 120))
    with pytest.raises(LsmError, match="no value in the group field"):
        fcn_eval.group_regions(["a", None, "b", "b"], boxes, (40, 120))
    with pytest.raises(LsmError, match="group 'c' lie outside the factor rasters"):
        fcn_eval.group_regions(["a", "c"], [(5, 5, 6, 8), (50, 200, 60, 210)], (40, 120))


@pytest.fixture(scope="module")
def two_regions(tmp_path_factory):
    """Two factors on 64 x 160 cells; landslides follow factor 'a' in a west and an east region."""
    folder = tmp_path_factory.mktemp("fcn_groups")
    rng = np.random.default_rng(11)
    a = ndimage.gaussian_filter(rng.normal(size=(64, 160)), 3) * 10
    b = ndimage.gaussian_filter(rng.normal(size=(64, 160)), 5) * 10
    mask = (a > np.quantile(a, 0.9)) & (rng.random((64, 160)) < 0.7)
    mask[:, 60:100] = False  # a landslide-free strip between the regions
    factors = [
        Factor("a", _write(folder / "a.tif", a.astype(np.float32))),
        Factor("b", _write(folder / "b.tif", b.astype(np.float32))),
    ]
    rows, cols = np.nonzero(mask)
    groups = np.where(cols < 80, "west", "east")
    boxes = np.stack([rows, cols, rows, cols], axis=1)
    return factors, mask, groups, boxes


def test_leave_one_group_out_trains_away_from_each_region_and_beats_chance(two_regions, monkeypatch):
    factors, mask, groups, boxes = two_regions
    regions = fcn_eval.group_regions(groups, boxes, mask.shape, margin=2)
    assert regions.names == ["east", "west"] and regions.notes == []
    arch = fcn.FcnArchitecture(n_factors=2, filters=4, depth=1, window=32, overlap=0.2)
    config = fcn_train.FcnConfig(
        epochs=10, batch_size=4, learning_rate=3e-3, patience=10, seed=2, device="cpu"
    )
    plans = []
    original = fcn_train.train_fcn

    def spy(*args, **kwargs):
        plans.append(kwargs["plan"])
        return original(*args, **kwargs)

    monkeypatch.setattr(fcn_eval, "train_fcn", spy)
    results = fcn_eval.leave_one_group_out(factors, mask, arch, config, regions)
    assert set(results) == {"random", "area"} and len(plans) == 2
    for plan, (r0, c0, r1, c1) in zip(plans, regions.regions):
        assert plan.test == [] and plan.n_excluded > 0
        assert not fcn_train.covered_cells(mask.shape, plan.train + plan.validation)[r0:r1, c0:c1].any()
    for result in results.values():
        assert [f.name for f in result.folds] == ["east", "west"]
        for fold, (r0, c0, r1, c1) in zip(result.folds, regions.regions):
            assert fold.n_test_landslides == int(mask[r0:r1, c0:c1].sum())
            assert fold.evaluation["metrics"]["roc_auc"] > 0.7  # chance is 0.5
        columns, rows = result.fold_table()
        assert len(rows) == 2 and columns[2] == ("fold_name", "str")
        intervals = result.intervals()
        values = result.fold_metrics()["roc_auc"]
        assert intervals["roc_auc"]["value"] == pytest.approx(np.mean(values))
        assert intervals["_meta"]["method"] == "t interval over 2 folds"
    random_, area = results["random"].folds, results["area"].folds
    assert all(r.n_test_negatives == r.n_test_landslides for r in random_)
    assert all(
        a.n_test_negatives == int((r1 - r0) * (c1 - c0)) - a.n_test_landslides
        for a, (r0, c0, r1, c1) in zip(area, regions.regions)
    )
    assert len([n for n in results["random"].notes if n.startswith("fold ")]) == 2


def test_leave_one_group_out_cancels(two_regions):
    factors, mask, groups, boxes = two_regions
    regions = fcn_eval.group_regions(groups, boxes, mask.shape)
    arch = fcn.FcnArchitecture(n_factors=2, filters=2, depth=1, window=32)
    with pytest.raises(Canceled):
        fcn_eval.leave_one_group_out(
            factors, mask, arch, fcn_train.FcnConfig(epochs=3, device="cpu"), regions, CancelAfter(5)
        )


# -- device ---------------------------------------------------------------------------------------


@pytest.mark.skipif(torch.cuda.is_available(), reason="a CUDA GPU is present")
def test_cuda_without_a_gpu_fails_before_any_work(synthetic, tmp_path):
    _, factors, mask = synthetic
    arch = fcn.FcnArchitecture(2, 2, 1, window=32)
    feedback = CancelAfter(10**6)
    with pytest.raises(LsmError, match="'cuda' was asked for"):
        fcn_train.train_fcn(factors, mask, arch, fcn_train.FcnConfig(epochs=1, device="cuda"), feedback)
    assert feedback.calls == 10**6  # no window was labelled or read
    norm = fcn_train.fit_statistics(FactorReader(factors), [(0, 0, 96, 96)])
    with pytest.raises(LsmError, match="'cuda' was asked for"):
        _random_fcn(arch, norm).predict_raster(factors, tmp_path / "never.tif", device="cuda")
    assert not (tmp_path / "never.tif").exists()
    with pytest.raises(LsmError, match="'cuda' was asked for"):
        fcn_eval.leave_one_group_out(
            factors,
            mask,
            arch,
            fcn_train.FcnConfig(device="cuda"),
            fcn_eval.group_regions(["a", "b"], [(5, 5, 6, 6), (60, 60, 61, 61)], mask.shape),
        )


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_cuda_training_and_map_match_the_cpu(synthetic, tmp_path):
    _, factors, mask = synthetic
    arch = fcn.FcnArchitecture(n_factors=2, filters=4, depth=1, window=32, overlap=0.2)
    config = fcn_train.FcnConfig(epochs=3, batch_size=4, learning_rate=3e-3, seed=1, device="cuda")
    model = fcn_train.train_fcn(factors, mask, arch, config)
    assert next(model.network.parameters()).device.type == "cpu"  # handed back on the CPU
    cpu, gpu = tmp_path / "cpu.tif", tmp_path / "gpu.tif"
    model.predict_raster(factors, cpu, device="cpu")
    model.predict_raster(factors, gpu, device="cuda")
    a, b = gdal.Open(str(cpu)).ReadAsArray(), gdal.Open(str(gpu)).ReadAsArray()
    assert np.array_equal(a == FLOAT_NODATA, b == FLOAT_NODATA)
    assert np.max(np.abs(a - b)) < 5e-3  # cuDNN kernels (TF32 convolutions on recent GPUs) differ a little
    evaluations = fcn_eval.evaluate_model(model, FactorReader(factors), mask, "cuda")
    assert set(evaluations) == {"random", "area"}
