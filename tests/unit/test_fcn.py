"""FCN (Fan et al. 2025) core: Poisson soft labels, window tiling and blending, training on a
synthetic raster, the streamed map and its bundle."""

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from landslide_susceptibility.core import fcn, fcn_train, poisson  # noqa: E402
from landslide_susceptibility.core.bundle import load_bundle  # noqa: E402
from landslide_susceptibility.core.errors import LsmError  # noqa: E402
from landslide_susceptibility.core.grid import FLOAT_NODATA, Factor, FactorReader  # noqa: E402
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
        epochs=12, batch_size=4, learning_rate=3e-3, patience=12, seed=1, device="cpu"
    )
    started = time.perf_counter()
    model = fcn_train.train_fcn(factors, mask, arch, config)
    assert time.perf_counter() - started < 30
    assert len(model.history) == 12 and 1 <= model.best_epoch <= 12
    assert model.validation["n_cells"] > 500 and model.validation["auc"] > 0.75  # chance is 0.5
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
