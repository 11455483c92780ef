"""LSNet: a convolutional network on factor patches (after Zhang et al. 2022, Geoscience Letters 9:26).

The network reads a square patch of the factor rasters centred on a cell (the cell at index P // 2)
and gives the landslide probability of that cell. Architecture after the paper's text
(core.lsnet_net): five blocks of a 5x5 first then 3x3 convolutions (64, 128, 128, 256, 256 feature
maps at the default width), each with batch norm, ReLU and 2x2 max pooling, then fully connected
layers 1024, 256, 128, 2 with softmax. Zero-padded ('same', the default, the paper's) convolutions
give every patch size all five blocks; unpadded ('valid') ones add blocks while they fit. The factors
are stacked as input channels (early fusion, the default) or each gets its own branch, concatenated
before the head (late fusion, the paper's); categorical factors enter as one-hot channels.

Nodata: factors are standardised with the mean and standard deviation of the training patches
(stored in the bundle); nodata cells inside a patch and cells beyond the raster edge are filled with
0 (the training mean; all-zero one-hot channels for a categorical factor) and flagged in an extra
mask channel (1 = every factor has a value, 0 = not), so the network sees where data is missing.
Cells whose own factors are nodata get no prediction. A categorical class not seen at training gets
all-zero channels and is counted in LsnetModel.unseen_classes (lsm:lsnetpredict warns).

Whole-raster inference runs over tiles with a halo of half a patch. An unpadded ('valid') network
runs as its dense (fully convolutional) twin: every cell gets what the patch network gives the
cell's patch (float32 rounding aside), at a fraction of the cost. A zero-padded ('same') network has
no exact dense twin (core.lsnet_net), so the patch network runs on every valid cell's patch, cut
from the tile as strided views, in batches of PATCH_BATCH: the same computation as patch by patch.
Either way tiles are seamless.

The module is split by job: core.lsnet_net (architecture, the patch network and its dense twin,
normalisation), core.lsnet_train (settings, sample selection, the training loop, the curves PNG) and
this module (patches from the rasters, the model: training, prediction, bundles); the names of the
other two are re-exported here.
"""

import io

import numpy as np

from .catalogue import DEVICES  # noqa: F401 (re-exported: the device option values)
from .errors import LsmError
from .grid import DEFAULT_BLOCK_CELLS, FLOAT_NODATA, FactorReader, atomic_path, create_geotiff
from .lsnet_net import (  # noqa: F401 (re-exported)
    DEFAULT_DROPOUT,
    DEFAULT_PATCH_SIZE,
    DEFAULT_WIDTH,
    FIRST_KERNEL,
    FUSIONS,
    HEAD_CHUNK_FLOATS,
    KERNEL,
    MIN_PATCH_SIZE,
    PADDINGS,
    PAPER_DENSE_UNITS,
    PAPER_FEATURE_MAPS,
    PAPER_PATCH_SIZES,
    SMALL_PATCH_SIZE,
    Architecture,
    Normalisation,
    _torch,
    build_dense_network,
    build_network,
    find_categories,
    load_network,
    plan_architecture,
    torch_device,
)
from .lsnet_train import (  # noqa: F401 (re-exported)
    BALANCING,
    DEFAULT_BATCH_SIZE,
    DEFAULT_EPOCHS,
    DEFAULT_LEARNING_RATE,
    DEFAULT_PATIENCE,
    DEFAULT_SEED,
    DEFAULT_TEST_SHARE,
    DEFAULT_VALIDATION_SHARE,
    MIN_PER_CLASS,
    PAPER_EPOCHS,
    SCHEDULES,
    TrainConfig,
    _augment,
    centre_valid,
    check_training,
    fit_network,
    paper_schedule,
    parse_splits,
    plot_history,
    split_indices,
    split_validation,
    usable_samples,
)
from .parallel import imap_ahead
from .progress import check_canceled, ensure_feedback

#: torch.device of a device option (core.catalogue.resolve_device, the one resolver, then torch.device)
resolve_device = torch_device

#: cells per side of an inference tile (memory grows with its square)
DEFAULT_TILE_SIZE = 256
#: patches per network call of the patch-wise raster inference ('same' padding)
PATCH_BATCH = 64
#: name of the weights member of an LSNet bundle
WEIGHTS_MEMBER = "weights.pt"


# -- data ---------------------------------------------------------------------------------------


def read_padded(reader, row0, col0, n_rows, n_cols):
    """Factors of the window starting at cell (row0, col0), (n_factors, n_rows, n_cols) float32,
    NaN for nodata and for cells beyond the raster edge."""
    grid = reader.grid
    n_factors = len(reader.factors)
    out = np.full((n_factors, n_rows, n_cols), np.nan, dtype=np.float32)
    r_a, r_b = max(0, row0), min(grid.height, row0 + n_rows)
    c_a, c_b = max(0, col0), min(grid.width, col0 + n_cols)
    if r_b > r_a and c_b > c_a:
        X, _ = reader.read_window((c_a, r_a, c_b - c_a, r_b - r_a))
        out[:, r_a - row0 : r_b - row0, c_a - col0 : c_b - col0] = X.reshape(
            r_b - r_a, c_b - c_a, n_factors
        ).transpose(2, 0, 1)
    return out


def extract_patches(reader, rows, cols, patch_size, feedback=None):
    """Patches (n, n_factors, P, P) float32 centred on cells (rows, cols), NaN for nodata/outside.

    Samples are read in full-width strips of rows (about DEFAULT_BLOCK_CELLS cells), sorted by row.
    """
    feedback = ensure_feedback(feedback)
    rows = np.asarray(rows, dtype=np.int64)
    cols = np.asarray(cols, dtype=np.int64)
    half = patch_size // 2
    n_factors = len(reader.factors)
    patches = np.empty((rows.size, n_factors, patch_size, patch_size), dtype=np.float32)
    if rows.size == 0:
        return patches
    width = reader.grid.width
    strip = max(1, DEFAULT_BLOCK_CELLS // max(1, width))
    order = np.argsort(rows, kind="stable")
    sorted_rows = rows[order]
    start = 0
    while start < order.size:
        check_canceled(feedback)
        r0 = int(sorted_rows[start])
        stop = int(np.searchsorted(sorted_rows, r0 + strip, side="left"))
        idx = order[start:stop]
        r_last = int(sorted_rows[stop - 1])
        block = read_padded(reader, r0 - half, -half, r_last - r0 + patch_size, width + 2 * half)
        for k in idx:
            r, c = int(rows[k]) - r0, int(cols[k])
            patches[k] = block[:, r : r + patch_size, c : c + patch_size]
        start = stop
        feedback.setProgress(100.0 * start / order.size)
    return patches


class LsnetModel:
    """A patch network with its architecture, normalisation and factor names: training, patch
    prediction, dense raster prediction and bundles."""

    def __init__(self, arch, normalisation, factor_names, network=None):
        self.arch = arch
        self.normalisation = normalisation
        self.factor_names = list(factor_names)
        self.network = network if network is not None else build_network(arch)
        self.history = []
        self.best_epoch = 0
        #: {factor: set of class values} met in prepare() but not seen at training (all-zero channels)
        self.unseen_classes = {}

    @property
    def patch_size(self):
        return self.arch.patch_size

    def categorical(self):
        """{factor: [class values]} of the categorical factors (the bundle's 'categorical')."""
        return {n: list(c) for n, c in zip(self.factor_names, self.arch.factor_categories()) if c}

    # -- prediction on patches --------------------------------------------------------------------

    def prepare(self, values):
        """Network input of raw values (..., F, H, W); classes of a categorical factor not seen at
        training are noted in unseen_classes."""
        categories = self.arch.factor_categories()
        for j, classes in enumerate(categories):
            if classes:
                column = np.asarray(values)[..., j, :, :]
                found = np.unique(column[np.isfinite(column)])
                new = set(found.tolist()) - {float(c) for c in classes}
                if new:
                    self.unseen_classes.setdefault(self.factor_names[j], set()).update(new)
        return self.normalisation.prepare(values, self.arch.mask_channel, categories)

    def predict_patches(self, patches, batch_size=256, device="cpu", prepared=False):
        """Landslide probability of each patch (n, F, P, P) (raw values with NaN, or network input
        when *prepared*), one patch per network call row: the reference the dense path must equal."""
        torch = _torch()
        device = resolve_device(device)
        network = self.network.to(device).eval()
        out = np.empty(len(patches), dtype=np.float32)
        with torch.no_grad():
            for start in range(0, len(patches), batch_size):
                chunk = patches[start : start + batch_size]
                x = chunk if prepared else self.prepare(chunk)
                x = torch.as_tensor(np.ascontiguousarray(x), dtype=torch.float32, device=device)
                out[start : start + len(chunk)] = torch.softmax(network(x), dim=1)[:, 1].cpu().numpy()
        return out

    def dense_network(self, device="cpu"):
        """The dense twin on *device* (channels_last on the CPU); None for a 'same'-padded network,
        which predicts patch by patch."""
        torch = _torch()
        device = resolve_device(device)
        if self.arch.padding != "valid":
            return None
        dense = build_dense_network(self.network.cpu(), self.arch).to(device)
        if device.type == "cpu":
            dense = dense.to(memory_format=torch.channels_last)
        return dense

    def predict_tile(self, values, dense=None, device="cpu"):
        """Probabilities (H, W) of the cells of a tile given its raw factor values with a halo of
        half a patch: *values* (F, H + P - 1, W + P - 1) with NaN, the tile's first cell at
        (P // 2, P // 2). Cells whose own factors are not all valid are NaN."""
        torch = _torch()
        device = resolve_device(device)
        half, span = self.arch.half, self.arch.patch_size - 1
        n_rows, n_cols = values.shape[1] - span, values.shape[2] - span
        centre = np.isfinite(values[:, half : half + n_rows, half : half + n_cols]).all(axis=0)
        if not centre.any():
            return np.full((n_rows, n_cols), np.nan, dtype=np.float32)
        if self.arch.padding != "valid":
            return self._tile_patchwise(values, centre, device)
        dense = dense if dense is not None else self.dense_network(device)
        x = self.prepare(values)[None]
        tensor = torch.as_tensor(x, dtype=torch.float32, device=device)
        if device.type == "cpu":
            tensor = tensor.contiguous(memory_format=torch.channels_last)
        with torch.inference_mode():
            probs = dense(tensor)[0, :n_rows, :n_cols].cpu().numpy()
        return np.where(centre, probs, np.nan).astype(np.float32)

    def _tile_patchwise(self, values, centre, device):
        """predict_tile of a 'same'-padded network: the patch network on the patch of every cell of
        *centre* (strided views of the prepared tile, no copy of the whole set)."""
        patch = self.arch.patch_size
        x = self.prepare(values)
        windows = np.lib.stride_tricks.sliding_window_view(x, (patch, patch), axis=(1, 2))
        rows, cols = np.nonzero(centre)
        out = np.full(centre.shape, np.nan, dtype=np.float32)
        for start in range(0, rows.size, PATCH_BATCH):
            r, c = rows[start : start + PATCH_BATCH], cols[start : start + PATCH_BATCH]
            batch = windows[:, r, c].transpose(1, 0, 2, 3)
            out[r, c] = self.predict_patches(batch, PATCH_BATCH, device, prepared=True)
        return out

    # -- raster --------------------------------------------------------------------------------

    def predict_raster(
        self,
        factors,
        out_path,
        tile_size=DEFAULT_TILE_SIZE,
        device="auto",
        feedback=None,
        grid=None,
        description="lsnet_susceptibility",
    ):
        """Stream the dense network over the factors' grid into a Float32 GeoTIFF (FLOAT_NODATA where
        a cell's factors are nodata). Tiles of *tile_size* cells, read with a halo of half a patch
        (the next tile is read while this one is computed); progress per tile; cancel (or any error)
        leaves no file. Returns (grid, n_valid)."""
        feedback = ensure_feedback(feedback)
        device = resolve_device(device)
        reader = FactorReader(factors, grid)
        grid = reader.grid
        prefetch = FactorReader(factors, grid)
        tile_size = max(16, int(tile_size))
        half = self.arch.half
        windows = tile_windows(grid, tile_size)
        dense = self.dense_network(device)

        def read(window):
            xoff, yoff, xs, ys = window
            span = self.arch.patch_size - 1
            return read_padded(prefetch, yoff - half, xoff - half, ys + span, xs + span)

        n_valid = 0
        with atomic_path(out_path) as tmp:
            ds = create_geotiff(tmp, grid, descriptions=[description])
            band = ds.GetRasterBand(1)
            try:
                with imap_ahead(read, windows) as tiles:
                    for i, (window, values) in enumerate(zip(windows, tiles)):
                        check_canceled(feedback)
                        xoff, yoff, _, _ = window
                        probs = self.predict_tile(values, dense, device)
                        valid = np.isfinite(probs)
                        n_valid += int(valid.sum())
                        band.WriteArray(np.where(valid, probs, FLOAT_NODATA).astype(np.float32), xoff, yoff)
                        feedback.setProgress(100.0 * (i + 1) / len(windows))
                band.FlushCache()
            finally:
                band = None
                ds = None
        return grid, n_valid

    # -- training ------------------------------------------------------------------------------

    @classmethod
    def train(cls, patches, labels, train_idx, val_idx, arch, factor_names, config=None, feedback=None):
        """Fit a new network on patches[train_idx] with early stopping on the validation AUC of
        patches[val_idx]; the weights of the best epoch are kept. Returns the model (history in
        model.history: epoch, train_loss, val_loss, val_auc, seconds)."""
        config = config or TrainConfig()
        labels = np.asarray(labels).astype(np.int64)
        train_idx, val_idx = np.asarray(train_idx), np.asarray(val_idx)
        check_training(config, labels[train_idx])
        torch_device(config.device)  # a missing GPU is an error before any work
        categorical = [j for j, c in enumerate(arch.factor_categories()) if c]
        model = cls(arch, Normalisation.fit(patches[train_idx], categorical), factor_names, network=None)
        x_all = model.prepare(patches)
        model.network, model.history, model.best_epoch = fit_network(
            x_all, labels, train_idx, val_idx, arch, config, feedback
        )
        return model

    # -- bundles -------------------------------------------------------------------------------

    def manifest_fields(self):
        """Keys an LSNet bundle manifest holds besides the common ones."""
        return {
            "architecture": self.arch.to_dict(),
            "normalisation": {"mean": list(self.normalisation.mean), "std": list(self.normalisation.std)},
            "patch_size": self.arch.patch_size,
            "nodata_handling": "standardised values, nodata and outside cells filled with 0 and flagged "
            "in a mask channel; cells with nodata factors are not predicted",
            "weights_member": WEIGHTS_MEMBER,
        }

    def weights_bytes(self):
        torch = _torch()
        buffer = io.BytesIO()
        torch.save({k: v.detach().cpu() for k, v in self.network.state_dict().items()}, buffer)
        return buffer.getvalue()

    def save(self, path, **manifest_extra):
        """Write an LSNet bundle (kind 'lsnet'): manifest + weights.pt (a plain state_dict)."""
        from .bundle import make_manifest, save_bundle

        fields = self.manifest_fields()
        fields.update(manifest_extra)
        manifest = make_manifest(
            "lsnet", self.factor_names, kind="lsnet", categorical=self.categorical(), **fields
        )
        return save_bundle(path, manifest, members={WEIGHTS_MEMBER: self.weights_bytes()})

    @classmethod
    def from_bundle(cls, bundle):
        """The model of an opened bundle (core.bundle.Bundle) of kind 'lsnet'."""
        arch, norm, network = load_network(
            bundle,
            "lsnet",
            "LSNet",
            "use lsm:predictraster for it, or choose a bundle made by lsm:trainlsnet.",
            Architecture.from_dict,
            build_network,
        )
        manifest = bundle.manifest
        model = cls(arch, norm, bundle.factors, network=network)
        model.history = list(manifest.get("history", []))
        return model


def tile_windows(grid, tile_size):
    """Windows (xoff, yoff, xsize, ysize) of square tiles of *tile_size* cells, row by row."""
    windows = []
    for yoff in range(0, grid.height, tile_size):
        for xoff in range(0, grid.width, tile_size):
            windows.append(
                (xoff, yoff, min(tile_size, grid.width - xoff), min(tile_size, grid.height - yoff))
            )
    return windows


def check_cell_size(manifest, grid, tolerance=0.01):
    """LsmError when *grid*'s cell size differs from the training grid's: a patch network learned
    patterns at one resolution."""
    trained = manifest.get("cell_size")
    if not trained:
        return
    now = grid.cell_size
    if any(abs(a - b) > tolerance * abs(b) for a, b in zip(now, trained)):
        raise LsmError(
            "The factor rasters have {:g} x {:g} cells but the network was trained on {:g} x {:g} cells: a patch "
            "or window network only applies at its training resolution. Resample the rasters to the training cell "
            "size.".format(now[0], now[1], trained[0], trained[1])
        )
