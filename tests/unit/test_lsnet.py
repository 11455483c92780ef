"""LSNet core: architecture sizes, patches, dense (tile) inference equal to patch inference, seams,
training on the Ecuador points, bundles."""

import os

import numpy as np
import pytest
from _helpers import CancelAfter

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


pytestmark = pytest.mark.usefixtures("one_torch_thread")


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


def random_model(n_factors, patch_size, width, seed=0, padding="valid", fusion="early", categories=None):
    """An untrained network with non-trivial batch-norm statistics (so folding is exercised)."""
    arch = lsnet.plan_architecture(
        n_factors, patch_size, width, padding=padding, fusion=fusion, categories=categories
    )
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
    arch = lsnet.plan_architecture(16, 225, 64, padding="valid")
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
    arch = lsnet.plan_architecture(5, patch, 64, padding="valid")
    assert arch.feature_maps == maps
    assert arch.final_size() == final
    assert arch.receptive_span() <= patch


def test_width_scales_every_layer():
    arch = lsnet.plan_architecture(5, 33, 16, padding="valid")
    assert arch.feature_maps == (16, 32, 32)
    assert arch.dense_units == (256, 64, 32)


@pytest.mark.parametrize("patch", [8, 7, 0])
def test_bad_patch_sizes_are_refused(patch):
    # even sizes are accepted since issue 20 (the paper's 224); too small ones are not
    with pytest.raises(LsmError, match="9 cells or more"):
        lsnet.plan_architecture(5, patch, 8)
    with pytest.raises(LsmError, match="padding"):
        lsnet.plan_architecture(5, 33, 8, padding="reflect")


def _paper_parameter_count(n_in):
    """Weights + biases of the paper's network (5x5 then 3x3 convolutions 64-128-128-256-256, batch
    norm with 2 parameters per map, FC 256*7*7 -> 1024 -> 256 -> 128 -> 2), counted by hand."""
    convs = [(n_in, 64, 5), (64, 128, 3), (128, 128, 3), (128, 256, 3), (256, 256, 3)]
    total = sum(c_in * c_out * k * k + c_out + 2 * c_out for c_in, c_out, k in convs)
    dense = [(256 * 7 * 7, 1024), (1024, 256), (256, 128), (128, 2)]
    return total + sum(a * b + b for a, b in dense)


@pytest.mark.parametrize("n_factors", [5, 16])
def test_paper_network_at_224_cells_sizes_and_parameters(n_factors):
    arch = lsnet.plan_architecture(n_factors, 224, 64)
    assert arch.padding == "same" and lsnet.DEFAULT_PATCH_SIZE == 224
    assert arch.feature_maps == (64, 128, 128, 256, 256) and arch.pooling == (True,) * 5
    assert arch.final_size() == 7  # 224 -> 112 -> 56 -> 28 -> 14 -> 7
    net = lsnet.build_network(arch)
    n_params = sum(p.numel() for p in net.parameters())
    assert n_params == _paper_parameter_count(n_factors + 1)  # + the mask channel
    shapes = []
    x = torch.zeros(2, arch.in_channels, 224, 224)
    with torch.no_grad():
        for block in net.features:
            x = block(x)
            shapes.append(tuple(x.shape[1:]))
        assert net.head(x).shape == (2, 2)
    assert shapes == [(64, 112, 112), (128, 56, 56), (128, 28, 28), (256, 14, 14), (256, 7, 7)]
    linears = [m for m in net.head if isinstance(m, torch.nn.Linear)]
    assert [(m.in_features, m.out_features) for m in linears] == [
        (12544, 1024),
        (1024, 256),
        (256, 128),
        (128, 2),
    ]


@pytest.mark.parametrize("patch", lsnet.PAPER_PATCH_SIZES)
def test_every_paper_patch_size_builds_five_padded_blocks(patch):
    arch = lsnet.plan_architecture(3, patch, 64)
    assert len(arch.feature_maps) == 5 and arch.final_size() == patch // 32
    assert arch.half == patch // 2 and arch.after == patch // 2 - 1


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


@pytest.mark.parametrize(
    "patch, width, padding, tolerance",
    # 'valid': the dense twin (batch norm folded, pooling dilated): float32 rounding only (6e-8 seen);
    # 'same': the patch network on every cell's patch, so the same sums: within 1e-6
    [(15, 8, "valid", 1e-6), (9, 4, "valid", 1e-6), (33, 4, "valid", 1e-6), (16, 4, "valid", 1e-6)]
    + [(15, 4, "same", 1e-6), (16, 4, "same", 1e-6), (32, 2, "same", 1e-6)],
)
def test_tile_equals_patch_inference_on_random_values(patch, width, padding, tolerance):
    model = random_model(5, patch, width, seed=patch, padding=padding)
    half = patch // 2
    size = 40 if padding == "valid" else 24
    rng = np.random.default_rng(1)
    values = rng.normal(size=(5, size + patch - 1, size + patch - 1)).astype(np.float32)
    values[:, 10:14, 20:23] = np.nan  # a nodata hole inside many patches
    values[2, 30, 5] = np.nan  # one factor missing at one cell
    tile = model.predict_tile(values, device="cpu")
    windows = np.lib.stride_tricks.sliding_window_view(values, (patch, patch), axis=(1, 2))[:, :size, :size]
    patches = windows.transpose(1, 2, 0, 3, 4).reshape(size * size, 5, patch, patch)
    reference = model.predict_patches(patches).reshape(size, size)
    centre_nodata = ~np.isfinite(values[:, half : half + size, half : half + size]).all(axis=0)
    assert np.array_equal(np.isnan(tile), centre_nodata)
    assert np.nanmax(np.abs(tile - reference)) < tolerance
    assert (model.dense_network() is None) == (padding == "same")


#: factor 3 of 5 as a categorical factor of classes 1, 2 and 5
CATEGORIES = [[], [], [1, 2, 5], [], []]


def _categorical_values(rng, shape):
    """Random factor values of 5 factors, factor 3 holding class codes 1, 2, 5 and the unseen 7."""
    values = rng.normal(size=shape).astype(np.float32)
    values[2] = rng.choice([1.0, 2.0, 5.0, 7.0], size=shape[1:], p=[0.3, 0.3, 0.3, 0.1])
    return values


@pytest.mark.parametrize(
    "patch, width, padding, fusion, tolerance",
    [(15, 2, "valid", "late", 1e-6), (16, 2, "valid", "late", 1e-6), (16, 2, "same", "late", 1e-6)]
    + [(15, 4, "valid", "early", 1e-6), (12, 2, "same", "early", 1e-6)],
)
def test_fusions_and_categories_tile_equals_patch_inference(patch, width, padding, fusion, tolerance):
    """Late fusion (grouped branches) and one-hot categorical channels keep the tile inference equal to
    the patch network on every cell's patch; an unseen class is noted."""
    model = random_model(5, patch, width, seed=patch, padding=padding, fusion=fusion, categories=CATEGORIES)
    assert model.arch.in_channels == 4 + 3 + 1
    size = 24 if padding == "valid" else 12
    rng = np.random.default_rng(2)
    values = _categorical_values(rng, (5, size + patch - 1, size + patch - 1))
    values[:, 3:6, 4:9] = np.nan
    tile = model.predict_tile(values, device="cpu")
    windows = np.lib.stride_tricks.sliding_window_view(values, (patch, patch), axis=(1, 2))[:, :size, :size]
    patches = windows.transpose(1, 2, 0, 3, 4).reshape(size * size, 5, patch, patch)
    reference = model.predict_patches(patches).reshape(size, size)
    assert np.nanmax(np.abs(tile - reference)) <= tolerance
    assert np.isfinite(tile).sum() > size * size // 2
    assert model.unseen_classes == {FACTOR_NAMES[2]: {7.0}}


def test_late_fusion_branches_see_only_their_factor():
    """Changing one factor changes only its branch's maps of the first block (block-diagonal weights)."""
    model = random_model(3, 16, 2, padding="same", fusion="late")
    first = model.network.features[0]
    x = torch.randn(1, model.arch.in_channels, 16, 16)
    y = x.clone()
    y[:, 1] += 1.0  # factor 2 (branch 2)
    with torch.no_grad():
        a, b = first(x), first(y)
    changed = (a - b).abs().amax(dim=(0, 2, 3)) > 0
    per_branch = model.arch.feature_maps[0]
    assert changed.tolist() == [False] * per_branch + [True] * per_branch + [False] * per_branch
    assert model.arch.branch_inputs() == [[0, 3], [1, 3], [2, 3]]


def test_late_fusion_at_224_cells_concatenates_the_branches_before_the_head():
    arch = lsnet.plan_architecture(3, 224, 64, fusion="late")
    net = lsnet.build_network(arch)
    x = torch.zeros(1, arch.in_channels, 224, 224)
    shapes = []
    with torch.no_grad():
        for block in net.features:
            x = block(x)
            shapes.append(tuple(x.shape[1:]))
    # 3 branches of 64-128-128-256-256 maps, concatenated: 768 maps of 7 x 7 into FC 1024
    assert shapes == [(192, 112, 112), (384, 56, 56), (384, 28, 28), (768, 14, 14), (768, 7, 7)]
    assert [block[0].groups for block in net.features] == [1, 3, 3, 3, 3]
    linears = [m for m in net.head if isinstance(m, torch.nn.Linear)]
    assert (linears[0].in_features, linears[0].out_features) == (768 * 49, 1024)
    # the effective weights of a branch: 3 paper networks' convolutions on 2 inputs (factor + mask)
    first = net.features[0][0]
    assert int((first.effective_weight() != 0).sum()) == 3 * 64 * 2 * 25


def test_one_hot_channels_and_categories():
    norm = lsnet.Normalisation([0.0, 1.0], [1.0, 2.0])
    values = np.array([[[2.0, 7.0, np.nan]], [[1.0, 3.0, 5.0]]], dtype=np.float32)  # (F=2, 1, 3)
    x = norm.prepare(values, True, [[1, 2, 5], []])
    assert x.shape == (5, 1, 3)
    assert x[:3, 0].tolist() == [[0, 0, 0], [1, 0, 0], [0, 0, 0]]  # class 2; unseen 7 and NaN all zero
    assert x[3, 0].tolist() == [0.0, 1.0, 2.0]
    assert x[4, 0].tolist() == [1.0, 1.0, 0.0]  # the mask: the unseen class is a value, NaN is not
    assert lsnet.find_categories(np.array([3.0, 1.0, np.nan, 3.0]), "geology") == [1, 3]
    with pytest.raises(LsmError, match="non-integer"):
        lsnet.find_categories(np.array([1.5, 2.0]), "geology")
    with pytest.raises(LsmError, match="more than 50"):
        lsnet.find_categories(np.arange(60.0), "geology")


def test_old_bundle_architecture_loads_as_early_fusion_without_categories():
    arch = lsnet.Architecture.from_dict({"n_factors": 2, "patch_size": 9, "pooling": [True]})
    assert arch.fusion == "early" and arch.factor_channels() == [1, 1] and arch.in_channels == 3
    late = lsnet.plan_architecture(5, 16, 2, fusion="late", categories=CATEGORIES)
    again = lsnet.Architecture.from_dict(late.to_dict())
    assert again == late and again.to_dict()["categories"] == CATEGORIES


def test_padded_network_has_no_dense_twin():
    model = random_model(2, 16, 2, padding="same")
    with pytest.raises(LsmError, match="no exact dense twin"):
        lsnet.build_dense_network(model.network, model.arch)


def test_padded_raster_equals_patch_inference(factors, tmp_path):
    """The paper's padding, an even patch: the map at sampled cells (edges included) equals the patch
    network on the cells' patches within 1e-6, over several tiles."""
    small = []
    for f in factors:
        path = str(tmp_path / f"{f.name}.tif")
        gdal.Translate(path, f.path, srcWin=[150, 180, 60, 50])
        small.append(Factor(f.name, path))
    reader = FactorReader(small)
    model = random_model(5, 12, 2, padding="same")
    X, valid = reader.read_window((0, 0, 60, 50))
    model.normalisation = lsnet.Normalisation(list(X[valid].mean(axis=0)), list(X[valid].std(axis=0)))
    out = tmp_path / "padded.tif"
    _, n_valid = model.predict_raster(small, out, tile_size=16, device="cpu")
    result = gdal.Open(str(out)).ReadAsArray()
    assert result.shape == (50, 60) and n_valid == int(valid.sum())
    rows, cols = np.r_[0, 49, 7, 20, 33, 15, 16], np.r_[0, 59, 58, 1, 30, 15, 16]
    patches = lsnet.extract_patches(reader, rows, cols, 12)
    reference = model.predict_patches(patches)
    assert np.max(np.abs(result[rows, cols] - reference)) <= 1e-6


def test_bundle_without_padding_loads_as_unpadded():
    arch = lsnet.Architecture.from_dict({"n_factors": 5, "patch_size": 33, "pooling": [True, True, True]})
    assert arch.padding == "valid"
    assert lsnet.Architecture.from_dict(lsnet.plan_architecture(5, 96, 4).to_dict()).padding == "same"


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
    assert np.max(np.abs(mapped[centre_valid] - reference[centre_valid])) <= 1e-6
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
    # the unpadded tiny network (three blocks); the padded one with five blocks on 15 cells does not
    # learn in 15 epochs at width 8
    arch = lsnet.plan_architecture(len(factors), TINY_PATCH, TINY_WIDTH, padding="valid")
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
