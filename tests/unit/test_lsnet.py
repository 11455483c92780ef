"""LSNet core: architecture sizes, patches, dense (tile) inference equal to patch inference, seams,
training on the Ecuador points, bundles."""

import os

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from landslide_susceptibility.core import lsnet  # noqa: E402
from landslide_susceptibility.core.bundle import load_bundle  # noqa: E402
from landslide_susceptibility.core.errors import Canceled, LsmError  # noqa: E402
from landslide_susceptibility.core.grid import FLOAT_NODATA, Factor, FactorReader  # noqa: E402
from landslide_susceptibility.core.metrics import evaluate  # noqa: E402
from landslide_susceptibility.core.progress import NullFeedback  # noqa: E402
from osgeo import gdal, ogr  # noqa: E402

FACTOR_NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]
TINY_PATCH = 15
TINY_WIDTH = 8


@pytest.fixture(autouse=True)
def _few_threads():
    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


@pytest.fixture(scope="module")
def factors(factor_paths):
    return [Factor(name, factor_paths[name]) for name in FACTOR_NAMES]


@pytest.fixture(scope="module")
def points(sample_dir):
    """(x, y, label) of the 350 Ecuador points."""
    dataset = ogr.Open(str(sample_dir / "points_350.gpkg"))
    layer = dataset.GetLayer(0)
    rows = []
    for feature in layer:
        geometry = feature.GetGeometryRef()
        rows.append((geometry.GetX(), geometry.GetY(), feature.GetField("lslpts")))
    return np.array(rows)


def random_model(n_factors, patch_size, width, seed=0):
    """An untrained network with non-trivial batch-norm statistics (so folding is exercised)."""
    arch = lsnet.plan_architecture(n_factors, patch_size, width)
    rng = np.random.default_rng(seed)
    norm = lsnet.Normalisation(list(rng.normal(size=n_factors)), list(rng.uniform(0.5, 2.0, size=n_factors)))
    torch.manual_seed(seed)
    model = lsnet.LsnetModel(arch, norm, FACTOR_NAMES[:n_factors])
    for module in model.network.modules():
        if isinstance(module, torch.nn.BatchNorm2d):
            module.running_mean.uniform_(-0.5, 0.5)
            module.running_var.uniform_(0.5, 2.0)
            module.weight.data.uniform_(0.5, 1.5)
            module.bias.data.uniform_(-0.2, 0.2)
    model.network.eval()
    return model


def data_model(factors):
    """A random tiny network whose normalisation fits the Ecuador factors."""
    reader = FactorReader(factors)
    model = random_model(len(factors), TINY_PATCH, TINY_WIDTH)
    X, valid = reader.read_window((0, 0, reader.grid.width, reader.grid.height))
    X = X[valid]
    model.normalisation = lsnet.Normalisation(list(X.mean(axis=0)), list(X.std(axis=0)))
    return model


# -- architecture --------------------------------------------------------------------------------


def test_paper_network_at_225_cells_has_five_blocks():
    # the paper's 224-cell patch, made odd so the cell sits in the centre
    arch = lsnet.plan_architecture(16, 225, 64)
    assert arch.feature_maps == (64, 128, 128, 256, 256)
    assert arch.dense_units == (1024, 256, 128)
    # 225 -5+1=221 /2=110 -2=108 /2=54 -2=52 /2=26 -2=24 /2=12 -2=10 /2=5
    assert arch.final_size() == 5
    assert arch.in_channels == 17


@pytest.mark.parametrize(
    "patch, maps, final",
    [(33, (64, 128, 128), 2), (15, (64, 128), 1), (9, (64,), 2), (11, (64, 128), 1)],
)
def test_blocks_scale_to_the_patch(patch, maps, final):
    arch = lsnet.plan_architecture(5, patch, 64)
    assert arch.feature_maps == maps
    assert arch.final_size() == final
    assert arch.receptive_span() <= patch


def test_width_scales_every_layer():
    arch = lsnet.plan_architecture(5, 33, 16)
    assert arch.feature_maps == (16, 32, 32)
    assert arch.dense_units == (256, 64, 32)


@pytest.mark.parametrize("patch", [8, 7, 34])
def test_bad_patch_sizes_are_refused(patch):
    with pytest.raises(LsmError, match="odd"):
        lsnet.plan_architecture(5, patch, 8)


# -- patches and normalisation -------------------------------------------------------------------


def test_patches_match_gdal_windows_and_pad_outside(factors, factor_paths):
    reader = FactorReader(factors)
    rows, cols = np.array([100, 0, 414]), np.array([200, 5, 382])
    patches = lsnet.extract_patches(reader, rows, cols, 9)
    slope = gdal.Open(factor_paths["slope"]).ReadAsArray()
    np.testing.assert_array_equal(patches[0, 0], slope[96:105, 196:205])
    # top edge: 4 rows above row 0 are outside the raster
    assert np.isnan(patches[1, :, :4]).all()
    np.testing.assert_array_equal(patches[1, 0, 4:], slope[0:5, 1:10])
    # bottom-right corner: 4 rows and 4 columns beyond the edge
    assert np.isnan(patches[2, :, 5:, :]).all() and np.isnan(patches[2, :, :, 5:]).all()
    np.testing.assert_array_equal(patches[2, 0, :5, :5], slope[410:415, 378:383])


def test_prepare_standardises_fills_and_masks():
    norm = lsnet.Normalisation([10.0, 0.0], [2.0, 1.0])
    values = np.array([[[12.0, np.nan]], [[3.0, 4.0]]], dtype=np.float32)  # (F=2, H=1, W=2)
    x = norm.prepare(values)
    assert x.shape == (3, 1, 2)
    np.testing.assert_allclose(x[0, 0], [1.0, 0.0])  # (12-10)/2, nodata -> 0
    np.testing.assert_allclose(x[1, 0], [3.0, 4.0])
    np.testing.assert_allclose(x[2, 0], [1.0, 0.0])  # mask channel


def test_normalisation_ignores_nodata_and_refuses_an_empty_factor():
    patches = np.full((2, 2, 3, 3), np.nan, dtype=np.float32)
    patches[0, 0] = 1.0
    patches[1, 0, 0, :2] = [3.0, 5.0]  # factor 1: nine 1s, a 3 and a 5; the NaN cells do not count
    patches[:, 1] = 7.0  # factor 2: constant -> sd 1 (no division by zero)
    norm = lsnet.Normalisation.fit(patches)
    values = np.r_[np.ones(9), 3.0, 5.0]
    assert norm.mean == pytest.approx([values.mean(), 7.0])
    assert norm.std == pytest.approx([values.std(), 1.0])
    patches[:, 1] = np.nan
    with pytest.raises(LsmError, match="Factor 2 has no value"):
        lsnet.Normalisation.fit(patches)


def test_validation_split_is_stratified_and_seeded():
    labels = np.r_[np.ones(50), np.zeros(150)].astype(int)
    train, val = lsnet.split_validation(labels, 0.2, 3)
    assert labels[val].sum() == 10 and (labels[val] == 0).sum() == 30
    assert set(train).isdisjoint(val) and train.size + val.size == 200
    again_train, again_val = lsnet.split_validation(labels, 0.2, 3)
    np.testing.assert_array_equal(val, again_val)


def test_augmentation_applies_one_of_the_eight_symmetries():
    x = torch.arange(2 * 9, dtype=torch.float32).reshape(1, 2, 3, 3).repeat(64, 1, 1, 1)
    out = lsnet._augment(torch, x, torch.Generator().manual_seed(0))
    symmetries = []
    for k in range(8):
        part = torch.flip(x[:1], dims=(3,)) if k >= 4 else x[:1]
        symmetries.append(torch.rot90(part, k % 4, dims=(2, 3)))
    seen = set()
    for sample in out:
        matches = [k for k, s in enumerate(symmetries) if torch.equal(sample[None], s)]
        assert len(matches) == 1
        seen.add(matches[0])
    assert len(seen) >= 6  # 64 draws hit (almost) every symmetry


# -- dense inference -----------------------------------------------------------------------------


@pytest.mark.parametrize("patch, width", [(15, 8), (9, 4), (33, 4)])
def test_tile_equals_patch_inference_on_random_values(patch, width):
    model = random_model(5, patch, width, seed=patch)
    half = patch // 2
    size = 40
    rng = np.random.default_rng(1)
    values = rng.normal(size=(5, size + 2 * half, size + 2 * half)).astype(np.float32)
    values[:, 10:14, 20:23] = np.nan  # a nodata hole inside many patches
    values[2, 30, 5] = np.nan  # one factor missing at one cell
    tile = model.predict_tile(values, device="cpu")
    windows = np.lib.stride_tricks.sliding_window_view(values, (patch, patch), axis=(1, 2))[:, :size, :size]
    patches = windows.transpose(1, 2, 0, 3, 4).reshape(size * size, 5, patch, patch)
    reference = model.predict_patches(patches).reshape(size, size)
    centre_nodata = ~np.isfinite(values[:, half : half + size, half : half + size]).all(axis=0)
    assert np.array_equal(np.isnan(tile), centre_nodata)
    assert np.nanmax(np.abs(tile - reference)) < 1e-5


def test_raster_equals_patch_inference_on_sampled_cells(factors, tmp_path):
    model = data_model(factors)
    out = tmp_path / "map.tif"
    grid, n_valid = model.predict_raster(factors, out, tile_size=64, device="cpu")
    result = gdal.Open(str(out)).ReadAsArray()
    assert result.shape == (415, 383)
    rng = np.random.default_rng(5)
    rows = np.r_[rng.integers(0, 415, 150), 0, 414, 3, 200]
    cols = np.r_[rng.integers(0, 383, 150), 0, 382, 380, 1]
    patches = lsnet.extract_patches(FactorReader(factors), rows, cols, TINY_PATCH)
    reference = model.predict_patches(patches)
    centre_valid = np.isfinite(patches[:, :, TINY_PATCH // 2, TINY_PATCH // 2]).all(axis=1)
    mapped = result[rows, cols]
    assert np.all(mapped[~centre_valid] == FLOAT_NODATA)
    assert np.max(np.abs(mapped[centre_valid] - reference[centre_valid])) < 1e-5
    # nodata cells of the factors (619 in the Ecuador data) are nodata in the map, the rest predicted
    assert n_valid == 383 * 415 - 619
    assert int((result == FLOAT_NODATA).sum()) == 619
    assert 0.0 <= result[result != FLOAT_NODATA].min() and result.max() <= 1.0


def test_one_tile_equals_many_tiles(factors, tmp_path):
    model = data_model(factors)
    one, many = tmp_path / "one.tif", tmp_path / "many.tif"
    model.predict_raster(factors, one, tile_size=512, device="cpu")
    model.predict_raster(factors, many, tile_size=37, device="cpu")
    a = gdal.Open(str(one)).ReadAsArray()
    b = gdal.Open(str(many)).ReadAsArray()
    assert np.array_equal(a == FLOAT_NODATA, b == FLOAT_NODATA)
    assert np.max(np.abs(a - b)) <= 1e-6


class CancelAfter(NullFeedback):
    def __init__(self, calls):
        super().__init__()
        self.calls = calls

    def isCanceled(self):  # noqa: N802
        self.calls -= 1
        return self.calls < 0


def test_cancel_leaves_no_file(factors, tmp_path):
    model = data_model(factors)
    out = tmp_path / "cancelled.tif"
    with pytest.raises(Canceled):
        model.predict_raster(factors, out, tile_size=64, device="cpu", feedback=CancelAfter(3))
    assert os.listdir(tmp_path) == []


# -- training and bundles ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def trained(factors, points):
    torch.set_num_threads(1)
    reader = FactorReader(factors)
    rows, cols = reader.grid.rowcol(points[:, 0], points[:, 1])
    labels = points[:, 2].astype(int)
    patches = lsnet.extract_patches(reader, rows, cols, TINY_PATCH)
    fit, test = lsnet.split_validation(labels, 0.3, 42)
    sub_train, sub_val = lsnet.split_validation(labels[fit], 0.2, 43)
    arch = lsnet.plan_architecture(len(factors), TINY_PATCH, TINY_WIDTH)
    config = lsnet.TrainConfig(
        epochs=15, batch_size=32, learning_rate=1e-3, patience=15, seed=42, device="cpu"
    )
    model = lsnet.LsnetModel.train(
        patches, labels, fit[sub_train], fit[sub_val], arch, FACTOR_NAMES, config, NullFeedback()
    )
    return model, patches, labels, test


def test_tiny_network_beats_chance_on_the_test_split(trained):
    model, patches, labels, test = trained
    assert labels[test].sum() == 52 and (labels[test] == 0).sum() == 52  # 30 % of 175 per class
    scores = model.predict_patches(patches[test])
    metrics = evaluate(labels[test], scores)["metrics"]
    # chance is 0.5; a logistic regression on the point values reaches about 0.8 on these data
    assert metrics["roc_auc"] > 0.65
    assert len(model.history) == 15
    assert 1 <= model.best_epoch <= 15
    best = model.history[model.best_epoch - 1]["val_auc"]
    assert best == max(h["val_auc"] for h in model.history)
    assert model.history[-1]["train_loss"] < model.history[0]["train_loss"]


def test_early_stopping_stops_after_patience(trained, factors):
    _, patches, labels, _ = trained
    train, val = lsnet.split_validation(labels, 0.2, 1)
    arch = lsnet.plan_architecture(5, TINY_PATCH, 4)
    # a learning rate of 1e-7 cannot improve the validation AUC for long
    config = lsnet.TrainConfig(epochs=40, learning_rate=1e-7, patience=2, seed=0, device="cpu", augment=False)
    model = lsnet.LsnetModel.train(patches, labels, train, val, arch, FACTOR_NAMES, config)
    assert len(model.history) < 40
    assert len(model.history) == model.best_epoch + 2


def test_training_is_repeatable_with_a_seed(trained):
    _, patches, labels, _ = trained
    train, val = lsnet.split_validation(labels, 0.2, 1)
    arch = lsnet.plan_architecture(5, 9, 4)
    config = lsnet.TrainConfig(
        epochs=2, learning_rate=1e-3, seed=7, device="cpu", balancing="balanced_sampling"
    )
    a = lsnet.LsnetModel.train(patches[:, :, 3:12, 3:12], labels, train, val, arch, FACTOR_NAMES, config)
    b = lsnet.LsnetModel.train(patches[:, :, 3:12, 3:12], labels, train, val, arch, FACTOR_NAMES, config)
    assert [h["train_loss"] for h in a.history] == [h["train_loss"] for h in b.history]


def test_bundle_round_trip_and_factor_matching(trained, factors, tmp_path):
    model = trained[0]
    path = tmp_path / "net.lsmodel"
    model.save(path, cell_size=[10.0, 10.0])
    bundle = load_bundle(path)
    assert bundle.kind == "lsnet" and bundle.model_type == "lsnet"
    assert bundle.factors == FACTOR_NAMES
    assert bundle.manifest["patch_size"] == TINY_PATCH
    assert bundle.manifest["versions"]["torch"] == torch.__version__
    loaded = lsnet.LsnetModel.from_bundle(bundle)
    patches = trained[1][:20]
    np.testing.assert_array_equal(loaded.predict_patches(patches), model.predict_patches(patches))
    # rasters in another order are matched by name
    ordered = bundle.order_factors(list(reversed(factors)))
    assert [f.name for f in ordered] == FACTOR_NAMES
    # other factors are refused, naming what is missing
    other = factors[:4] + [Factor("twi", factors[4].path)]
    with pytest.raises(LsmError, match="log10_carea"):
        bundle.order_factors(other)


def test_cell_size_of_other_rasters_is_refused():
    from landslide_susceptibility.core.grid import Grid

    grid = Grid(10, 10, (0.0, 30.0, 0.0, 0.0, 0.0, -30.0), "")
    with pytest.raises(LsmError, match="training resolution"):
        lsnet.check_cell_size({"cell_size": [10.0, 10.0]}, grid)
    lsnet.check_cell_size({"cell_size": [30.0, 30.0]}, grid)


def test_sklearn_bundle_is_not_an_lsnet(tmp_path):
    from landslide_susceptibility.core.bundle import make_manifest, save_bundle

    path = tmp_path / "rf.lsmodel"
    save_bundle(path, make_manifest("rf", FACTOR_NAMES), model={"not": "a net"})
    with pytest.raises(LsmError, match="not an LSNet"):
        lsnet.LsnetModel.from_bundle(load_bundle(path))


def test_curves_png(trained, tmp_path):
    path = tmp_path / "curves.png"
    lsnet.plot_history(trained[0].history, path)
    with open(path, "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
