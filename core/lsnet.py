"""LSNet: a convolutional network on factor patches (after Zhang et al. 2022, Geoscience Letters 9:26).

The network reads a square patch of the factor rasters centred on a cell and gives the landslide
probability of that cell. Architecture after the paper's Table 6, scaled to the patch: a 5x5 first
convolution, then 3x3 convolutions, each followed by batch norm, ReLU and 2x2 max pooling (feature
maps 64, 128, 128, 256, 256 at the default width), then fully connected layers 1024, 256, 128, 2 with
softmax. Convolutions are unpadded ("valid"), so the output of a patch depends on the patch alone;
blocks are added while they fit the patch (a 224-cell patch, the paper's, gets all five; 33 cells get
three; 9 cells one).

Nodata: factors are standardised with the mean and standard deviation of the training patches
(stored in the bundle); nodata cells inside a patch and cells beyond the raster edge are filled with
0 (the training mean) and flagged in an extra mask channel (1 = every factor has a value, 0 = not),
so the network sees where data is missing. Cells whose own factors are nodata get no prediction.

Whole-raster inference does not cut a patch per cell: the network is rewritten as a dense
(fully convolutional) network, pooling with stride 1 and the later convolutions dilated by the
accumulated pooling stride, the first dense layer as a dilated convolution and the others as 1x1
convolutions (batch norm folded into the convolutions). Run over a tile with a halo of half a patch,
it gives every cell of the tile exactly what the patch network gives the cell's patch, at a
fraction of the cost; tiles are seamless.
"""

import io
import math
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field

import numpy as np

from .errors import LsmError
from .grid import DEFAULT_BLOCK_CELLS, FLOAT_NODATA, FactorReader, atomic_path, create_geotiff
from .progress import check_canceled, ensure_feedback

#: feature maps of the convolution blocks in Zhang et al. 2022, Table 6
PAPER_FEATURE_MAPS = (64, 128, 128, 256, 256)
#: hidden fully connected layers of Zhang et al. 2022, Table 6 (the output layer has 2 units)
PAPER_DENSE_UNITS = (1024, 256, 128)
#: width (feature maps of the first block) of the paper's network; other layers scale with it
DEFAULT_WIDTH = 64
#: kernel of the first convolution and of the later ones (Zhang et al. 2022, Table 6)
FIRST_KERNEL = 5
KERNEL = 3
#: patch side in cells (the paper used 224 cells of 30 m; 33 cells of 10 m cover a similar slope)
DEFAULT_PATCH_SIZE = 33
MIN_PATCH_SIZE = 9
#: Adam learning rate of Zhang et al. 2022
DEFAULT_LEARNING_RATE = 1e-4
DEFAULT_EPOCHS = 100
DEFAULT_BATCH_SIZE = 32
#: epochs without a better validation AUC before training stops
DEFAULT_PATIENCE = 10
#: share of the training samples held out for early stopping
DEFAULT_VALIDATION_SHARE = 0.2
#: share of the samples kept for testing when the layer has no split field (70/30 is the usual split)
DEFAULT_TEST_SHARE = 0.3
#: dropout on the dense layers (the usual choice for VGG-style heads, Simonyan & Zisserman 2015)
DEFAULT_DROPOUT = 0.5
#: cells per side of an inference tile (memory grows with its square)
DEFAULT_TILE_SIZE = 256
DEFAULT_SEED = 42
BALANCING = ("class_weights", "balanced_sampling", "none")
DEVICES = ("auto", "cpu", "cuda")
#: name of the weights member of an LSNet bundle
WEIGHTS_MEMBER = "weights.pt"
#: floats of one head activation chunk during dense inference (bounds memory; 64 MB)
HEAD_CHUNK_FLOATS = 16 * 1024 * 1024


def _torch():
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - the algorithms check REQUIRES first
        raise LsmError("LSNet needs the Python package torch; install it into the Python of QGIS.") from exc
    return torch


# -- architecture -------------------------------------------------------------------------------


@dataclass
class Architecture:
    """Layer sizes of an LSNet, JSON-safe (stored in the bundle manifest)."""

    n_factors: int
    patch_size: int = DEFAULT_PATCH_SIZE
    feature_maps: tuple = PAPER_FEATURE_MAPS
    dense_units: tuple = PAPER_DENSE_UNITS
    first_kernel: int = FIRST_KERNEL
    kernel: int = KERNEL
    dropout: float = DEFAULT_DROPOUT
    mask_channel: bool = True
    #: per block: pooled or not (filled by plan())
    pooling: tuple = field(default=())

    @property
    def in_channels(self):
        return self.n_factors + (1 if self.mask_channel else 0)

    @property
    def half(self):
        """Cells of halo on each side of a cell: half a patch."""
        return self.patch_size // 2

    def kernels(self):
        return [self.first_kernel] + [self.kernel] * (len(self.feature_maps) - 1)

    def final_size(self):
        """Side of the last feature map for one patch."""
        size = self.patch_size
        for k, pooled in zip(self.kernels(), self.pooling):
            size -= k - 1
            if pooled:
                size //= 2
        return size

    def receptive_span(self):
        """Rows/columns of the patch the network actually reads (<= patch_size)."""
        span, dilation = 1, 1
        for k, pooled in zip(self.kernels(), self.pooling):
            span += (k - 1) * dilation
            if pooled:
                span += dilation
                dilation *= 2
        return span + (self.final_size() - 1) * dilation

    def to_dict(self):
        data = asdict(self)
        data["feature_maps"] = list(self.feature_maps)
        data["dense_units"] = list(self.dense_units)
        data["pooling"] = list(self.pooling)
        return data

    @classmethod
    def from_dict(cls, data):
        data = dict(data)
        for key in ("feature_maps", "dense_units", "pooling"):
            data[key] = tuple(data.get(key, ()))
        return cls(**data)


def plan_architecture(
    n_factors, patch_size=DEFAULT_PATCH_SIZE, width=DEFAULT_WIDTH, dropout=DEFAULT_DROPOUT, mask_channel=True
):
    """The paper's network scaled to *patch_size* and *width*.

    Feature maps and dense units scale with width/64; convolution blocks (unpadded) are added in
    the paper's order while they fit the patch, each pooled while its map has 2 or more cells.
    """
    patch_size = int(patch_size)
    if patch_size < MIN_PATCH_SIZE or patch_size % 2 == 0:
        raise LsmError(
            f"The patch size must be an odd number of cells from {MIN_PATCH_SIZE} up (got {patch_size})."
        )
    if int(width) < 1:
        raise LsmError(f"The network width must be at least 1 (got {width}).")
    scale = float(width) / DEFAULT_WIDTH
    maps = [max(1, int(round(c * scale))) for c in PAPER_FEATURE_MAPS]
    dense = tuple(max(2, int(round(u * scale))) for u in PAPER_DENSE_UNITS)
    size, used, pooling = patch_size, [], []
    for i, channels in enumerate(maps):
        k = FIRST_KERNEL if i == 0 else KERNEL
        if size < k:
            break
        size -= k - 1
        pooled = size >= 2
        if pooled:
            size //= 2
        used.append(channels)
        pooling.append(pooled)
    return Architecture(
        n_factors=int(n_factors),
        patch_size=patch_size,
        feature_maps=tuple(used),
        dense_units=dense,
        dropout=float(dropout),
        mask_channel=bool(mask_channel),
        pooling=tuple(pooling),
    )


def build_network(arch):
    """The patch network (torch.nn.Module): (N, in_channels, P, P) -> (N, 2) logits."""
    torch = _torch()
    nn = torch.nn

    class LSNet(nn.Module):
        """Conv blocks (conv, batch norm, ReLU, max pool) then the dense head."""

        def __init__(self):
            super().__init__()
            blocks = []
            channels = arch.in_channels
            for out, k, pooled in zip(arch.feature_maps, arch.kernels(), arch.pooling):
                layers = [nn.Conv2d(channels, out, k), nn.BatchNorm2d(out), nn.ReLU(inplace=True)]
                if pooled:
                    layers.append(nn.MaxPool2d(2))
                blocks.append(nn.Sequential(*layers))
                channels = out
            self.features = nn.Sequential(*blocks)
            size = arch.final_size()
            head = [nn.Flatten()]
            units = channels * size * size
            for hidden in arch.dense_units:
                head += [nn.Linear(units, hidden), nn.ReLU(inplace=True), nn.Dropout(arch.dropout)]
                units = hidden
            head.append(nn.Linear(units, 2))
            self.head = nn.Sequential(*head)

        def forward(self, x):
            return self.head(self.features(x))

    return LSNet()


def build_dense_network(network, arch):
    """The fully convolutional twin of a trained patch network (eval mode, batch norm folded).

    Input (N, in_channels, H, W); output (N, H - span + 1, W - span + 1) probabilities, the value at
    (i, j) being the patch network's probability for the patch whose top-left cell is (i, j).
    """
    torch = _torch()
    nn = torch.nn

    class DilatedMax2x2(nn.Module):
        """MaxPool2d(2, stride=1, dilation=d) as two element-wise maxima of shifted views: the same
        values, faster on the CPU."""

        def __init__(self, dilation):
            super().__init__()
            self.dilation = int(dilation)

        def forward(self, x):
            d = self.dilation
            rows = torch.maximum(x[:, :, :-d], x[:, :, d:])
            return torch.maximum(rows[:, :, :, :-d], rows[:, :, :, d:])

    network = network.eval()
    layers = []
    dilation = 1
    with torch.no_grad():
        for block, pooled in zip(network.features, arch.pooling):
            conv, bn = block[0], block[1]
            scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
            dense_conv = nn.Conv2d(conv.in_channels, conv.out_channels, conv.kernel_size, dilation=dilation)
            dense_conv.weight.copy_(conv.weight * scale.reshape(-1, 1, 1, 1))
            dense_conv.bias.copy_((conv.bias - bn.running_mean) * scale + bn.bias)
            layers.append(dense_conv)
            if pooled:  # ReLU after the max (they commute): fewer cells to rectify
                layers.append(DilatedMax2x2(dilation))
                dilation *= 2
            layers.append(nn.ReLU(inplace=True))
        trunk = nn.Sequential(*layers)
        linears = [m for m in network.head if isinstance(m, nn.Linear)]
        size = arch.final_size()
        head = []
        first = linears[0]
        channels = first.in_features // (size * size)
        conv = nn.Conv2d(channels, first.out_features, size, dilation=dilation)
        conv.weight.copy_(first.weight.reshape(first.out_features, channels, size, size))
        conv.bias.copy_(first.bias)
        head.append(conv)
        for linear in linears[1:]:
            head.append(nn.ReLU(inplace=True))
            conv = nn.Conv2d(linear.in_features, linear.out_features, 1)
            conv.weight.copy_(linear.weight.reshape(linear.out_features, linear.in_features, 1, 1))
            conv.bias.copy_(linear.bias)
            head.append(conv)
        first_head, rest_head = head[0], nn.Sequential(*head[1:])
    head_span = (size - 1) * dilation
    head_width = max(arch.dense_units)

    class DenseLSNet(nn.Module):
        """Trunk over the whole tile, head in row chunks (bounded memory)."""

        def __init__(self):
            super().__init__()
            self.trunk = trunk
            self.first_head = first_head
            self.rest_head = rest_head

        def forward(self, x):
            features = self.trunk(x)
            n, _, rows, cols = features.shape
            out_rows, out_cols = rows - head_span, cols - head_span
            chunk = max(1, HEAD_CHUNK_FLOATS // max(1, n * out_cols * head_width))
            parts = []
            for r0 in range(0, out_rows, chunk):
                r1 = min(out_rows, r0 + chunk)
                logits = self.rest_head(self.first_head(features[:, :, r0 : r1 + head_span]))
                parts.append(torch.softmax(logits, dim=1)[:, 1])
            return torch.cat(parts, dim=1)

    return DenseLSNet().eval()


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


@dataclass
class Normalisation:
    """Per-factor mean and standard deviation of the training patches."""

    mean: list
    std: list

    @classmethod
    def fit(cls, patches):
        """Statistics over the finite cells of *patches* (n, F, P, P), per factor, in float64."""
        n_factors = patches.shape[1]
        mean, std = [], []
        for j in range(n_factors):
            values = patches[:, j].astype(np.float64).ravel()
            values = values[np.isfinite(values)]
            if values.size == 0:
                raise LsmError(
                    f"Factor {j + 1} has no value in any training patch: check its nodata setting."
                )
            mu, sd = float(values.mean()), float(values.std())
            mean.append(mu)
            std.append(sd if sd > 0 else 1.0)
        return cls(mean, std)

    def prepare(self, values, mask_channel=True):
        """Network input from raw factor values (..., F, H, W) with NaN: standardised, NaN -> 0,
        plus the mask channel (1 where every factor has a value)."""
        values = np.asarray(values, dtype=np.float32)
        shape = [1] * values.ndim
        shape[-3] = -1
        mean = np.asarray(self.mean, dtype=np.float32).reshape(shape)
        std = np.asarray(self.std, dtype=np.float32).reshape(shape)
        standard = (values - mean) / std
        finite = np.isfinite(standard)
        standard[~finite] = 0.0
        if not mask_channel:
            return standard
        valid = finite.all(axis=-3, keepdims=True).astype(np.float32)
        return np.concatenate([standard, valid], axis=-3)


# -- training -----------------------------------------------------------------------------------


@dataclass
class TrainConfig:
    """Training settings (defaults from Zhang et al. 2022 where the paper gives one)."""

    epochs: int = DEFAULT_EPOCHS
    batch_size: int = DEFAULT_BATCH_SIZE
    learning_rate: float = DEFAULT_LEARNING_RATE
    patience: int = DEFAULT_PATIENCE
    augment: bool = True
    balancing: str = "class_weights"
    seed: int = DEFAULT_SEED
    device: str = "auto"


def resolve_device(device="auto"):
    """torch.device for 'auto' (CUDA when available), 'cpu' or 'cuda' (a torch.device is returned as
    is); LsmError when CUDA is asked for but missing."""
    torch = _torch()
    if isinstance(device, torch.device):
        return device
    device = (device or "auto").lower()
    if device not in DEVICES:
        raise LsmError(f"Unknown device '{device}': use one of {', '.join(DEVICES)}.")
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise LsmError("Device 'cuda' was asked for but torch sees no CUDA GPU here: choose 'auto' or 'cpu'.")
    return torch.device(device)


def _augment(torch, x, generator):
    """Each sample turned by a random one of the 8 flips/90-degree rotations (the dihedral group)."""
    choice = torch.randint(0, 8, (x.shape[0],), generator=generator)
    out = x.clone()
    for k in range(1, 8):
        sel = (choice == k).nonzero(as_tuple=True)[0]
        if sel.numel() == 0:
            continue
        part = x[sel]
        if k >= 4:
            part = torch.flip(part, dims=(3,))
        out[sel] = torch.rot90(part, k % 4, dims=(2, 3))
    return out


def split_validation(labels, share, seed):
    """(train_idx, val_idx): a seeded, stratified share of *labels* held out (at least one per class
    when the class has two or more samples)."""
    labels = np.asarray(labels).astype(int)
    rng = np.random.default_rng(seed)
    train, val = [], []
    for cls in (0, 1):
        idx = np.flatnonzero(labels == cls)
        idx = idx[rng.permutation(idx.size)]
        n_val = int(round(idx.size * share))
        if share > 0 and idx.size >= 2:
            n_val = min(idx.size - 1, max(1, n_val))
        val.append(idx[:n_val])
        train.append(idx[n_val:])
    return np.sort(np.concatenate(train)), np.sort(np.concatenate(val))


def _auc(y, scores):
    from sklearn.metrics import roc_auc_score

    y = np.asarray(y).astype(int)
    if y.size == 0 or y.min() == y.max():
        return float("nan")
    return float(roc_auc_score(y, scores))


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

    @property
    def patch_size(self):
        return self.arch.patch_size

    # -- prediction on patches --------------------------------------------------------------------

    def prepare(self, values):
        return self.normalisation.prepare(values, self.arch.mask_channel)

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
        """The dense twin on *device* (channels_last on the CPU)."""
        torch = _torch()
        device = resolve_device(device)
        dense = build_dense_network(self.network.cpu(), self.arch).to(device)
        if device.type == "cpu":
            dense = dense.to(memory_format=torch.channels_last)
        return dense

    def predict_tile(self, values, dense=None, device="cpu"):
        """Probabilities (H, W) of the cells of a tile given its raw factor values with a halo of
        half a patch on each side: *values* (F, H + 2h, W + 2h) with NaN. Cells whose own factors are
        not all valid are NaN."""
        torch = _torch()
        device = resolve_device(device)
        dense = dense if dense is not None else self.dense_network(device)
        half = self.arch.half
        n_rows, n_cols = values.shape[1] - 2 * half, values.shape[2] - 2 * half
        centre = np.isfinite(values[:, half : half + n_rows, half : half + n_cols]).all(axis=0)
        if not centre.any():
            return np.full((n_rows, n_cols), np.nan, dtype=np.float32)
        x = self.prepare(values)[None]
        tensor = torch.as_tensor(x, dtype=torch.float32, device=device)
        if device.type == "cpu":
            tensor = tensor.contiguous(memory_format=torch.channels_last)
        with torch.inference_mode():
            probs = dense(tensor)[0, :n_rows, :n_cols].cpu().numpy()
        return np.where(centre, probs, np.nan).astype(np.float32)

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
            return read_padded(prefetch, yoff - half, xoff - half, ys + 2 * half, xs + 2 * half)

        n_valid = 0
        with atomic_path(out_path) as tmp:
            ds = create_geotiff(tmp, grid, descriptions=[description])
            band = ds.GetRasterBand(1)
            try:
                with ThreadPoolExecutor(max_workers=1) as pool:
                    future = pool.submit(read, windows[0]) if windows else None
                    for i, window in enumerate(windows):
                        check_canceled(feedback)
                        values = future.result()
                        if i + 1 < len(windows):
                            future = pool.submit(read, windows[i + 1])
                        xoff, yoff, xs, ys = window
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
        torch = _torch()
        config = config or TrainConfig()
        feedback = ensure_feedback(feedback)
        if config.balancing not in BALANCING:
            raise LsmError(f"Unknown balancing '{config.balancing}': use one of {', '.join(BALANCING)}.")
        labels = np.asarray(labels).astype(np.int64)
        train_idx, val_idx = np.asarray(train_idx), np.asarray(val_idx)
        y_train = labels[train_idx]
        counts = np.bincount(y_train, minlength=2)
        if counts.min() == 0:
            raise LsmError(
                "The training samples hold only one class: LSNet needs landslides and non-landslides."
            )
        device = resolve_device(config.device)
        normalisation = Normalisation.fit(patches[train_idx])
        model = cls(arch, normalisation, factor_names, network=None)
        x_all = model.prepare(patches)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(int(config.seed))
            generator = torch.Generator().manual_seed(int(config.seed))
            model.network = build_network(arch).to(device)
            network = model.network
            x_train = torch.as_tensor(x_all[train_idx])
            t_train = torch.as_tensor(y_train)
            weights = None
            if config.balancing == "class_weights":
                weights = torch.as_tensor(counts.sum() / (2.0 * counts), dtype=torch.float32, device=device)
            loss_fn = torch.nn.CrossEntropyLoss(weight=weights)
            val_loss_fn = torch.nn.CrossEntropyLoss()
            optimizer = torch.optim.Adam(network.parameters(), lr=float(config.learning_rate))
            rng = np.random.default_rng(int(config.seed))
            best_key, best_state, stale = None, None, 0
            batch = max(2, int(config.batch_size))
            for epoch in range(1, int(config.epochs) + 1):
                started = time.perf_counter()
                network.train()
                if config.balancing == "balanced_sampling":
                    p = np.where(y_train == 1, 0.5 / counts[1], 0.5 / counts[0])
                    order = rng.choice(y_train.size, size=y_train.size, replace=True, p=p / p.sum())
                else:
                    order = rng.permutation(y_train.size)
                if order.size % batch == 1 and order.size > 1:
                    order = order[:-1]  # batch norm cannot train on a batch of one
                total, seen = 0.0, 0
                for start in range(0, order.size, batch):
                    check_canceled(feedback)
                    sel = torch.as_tensor(order[start : start + batch])
                    xb = x_train[sel]
                    if config.augment:
                        xb = _augment(torch, xb, generator)
                    xb, yb = xb.to(device), t_train[sel].to(device)
                    optimizer.zero_grad()
                    loss = loss_fn(network(xb), yb)
                    loss.backward()
                    optimizer.step()
                    total += float(loss.item()) * len(sel)
                    seen += len(sel)
                train_loss = total / max(1, seen)
                val_loss, val_auc = float("nan"), float("nan")
                if val_idx.size:
                    network.eval()
                    with torch.no_grad():
                        logits = []
                        for start in range(0, val_idx.size, 256):
                            xb = torch.as_tensor(x_all[val_idx[start : start + 256]]).to(device)
                            logits.append(network(xb).cpu())
                        logits = torch.cat(logits)
                        y_val = torch.as_tensor(labels[val_idx])
                        val_loss = float(val_loss_fn(logits, y_val).item())
                        val_auc = _auc(labels[val_idx], torch.softmax(logits, dim=1)[:, 1].numpy())
                model.history.append(
                    {
                        "epoch": epoch,
                        "train_loss": train_loss,
                        "val_loss": val_loss,
                        "val_auc": val_auc,
                        "seconds": time.perf_counter() - started,
                    }
                )
                feedback.pushInfo(
                    "epoch {}: train loss {:.4f}, validation loss {:.4f}, validation AUC {:.3f}".format(
                        epoch, train_loss, val_loss, val_auc
                    )
                )
                if math.isfinite(val_auc):
                    key = (val_auc, -val_loss)
                elif math.isfinite(val_loss):
                    key = (-val_loss, 0.0)
                else:
                    key = (-train_loss, 0.0)
                if best_key is None or key > best_key:
                    best_key, stale = key, 0
                    best_state = {k: v.detach().cpu().clone() for k, v in network.state_dict().items()}
                    model.best_epoch = epoch
                else:
                    stale += 1
                feedback.setProgress(100.0 * epoch / int(config.epochs))
                if val_idx.size and stale >= int(config.patience):
                    feedback.pushInfo(
                        f"early stop after epoch {epoch}: no better validation AUC for {config.patience} epochs"
                    )
                    break
        model.network = model.network.cpu()
        if best_state is not None:
            model.network.load_state_dict(best_state)
        model.network.eval()
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
        manifest = make_manifest("lsnet", self.factor_names, kind="lsnet", **fields)
        return save_bundle(path, manifest, members={WEIGHTS_MEMBER: self.weights_bytes()})

    @classmethod
    def from_bundle(cls, bundle):
        """The model of an opened bundle (core.bundle.Bundle) of kind 'lsnet'."""
        torch = _torch()
        if bundle.kind != "lsnet":
            raise LsmError(
                f"Model bundle '{bundle.path}' is a '{bundle.kind}' model, not an LSNet: use lsm:predictraster "
                "for it, or choose a bundle made by lsm:trainlsnet."
            )
        manifest = bundle.manifest
        try:
            arch = Architecture.from_dict(manifest["architecture"])
            norm = Normalisation(
                list(manifest["normalisation"]["mean"]), list(manifest["normalisation"]["std"])
            )
        except (KeyError, TypeError) as exc:
            raise LsmError(
                f"LSNet bundle '{bundle.path}' lacks its architecture or normalisation ({exc})."
            ) from exc
        data = bundle.member(manifest.get("weights_member", WEIGHTS_MEMBER))
        try:
            state = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
            network = build_network(arch)
            network.load_state_dict(state)
        except (RuntimeError, ValueError, KeyError, EOFError) as exc:
            raise LsmError(
                "The weights of LSNet bundle '{}' do not load with torch {} ({}); it was made with {}.".format(
                    bundle.path, torch.__version__, exc, bundle.version_summary()
                )
            ) from exc
        model = cls(arch, norm, bundle.factors, network=network.eval())
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
            "The factor rasters have {:g} x {:g} cells but the LSNet was trained on {:g} x {:g} cells: a patch "
            "network only applies at its training resolution. Resample the rasters to the training cell "
            "size.".format(now[0], now[1], trained[0], trained[1])
        )


def plot_history(history, path, title="LSNet training", best_epoch=None):
    """PNG of training/validation loss and validation AUC per epoch (matplotlib, Agg backend), the
    kept epoch marked by a dashed line."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    epochs = [h["epoch"] for h in history]
    figure = Figure(figsize=(8, 3.5), dpi=100)
    FigureCanvasAgg(figure)
    ax_loss = figure.add_subplot(1, 2, 1)
    ax_loss.plot(epochs, [h["train_loss"] for h in history], label="training loss")
    ax_loss.plot(epochs, [h["val_loss"] for h in history], label="validation loss")
    ax_loss.set_xlabel("epoch")
    ax_loss.set_ylabel("cross-entropy")
    ax_loss.legend()
    ax_auc = figure.add_subplot(1, 2, 2)
    ax_auc.plot(epochs, [h["val_auc"] for h in history], color="tab:green", label="validation AUC")
    ax_auc.axhline(0.5, color="grey", linestyle=":", linewidth=1)
    ax_auc.set_xlabel("epoch")
    ax_auc.set_ylabel("ROC-AUC")
    ax_auc.set_ylim(0.0, 1.0)
    if best_epoch:
        for ax in (ax_loss, ax_auc):
            ax.axvline(best_epoch, color="grey", linestyle="--", linewidth=1)
    ax_auc.legend()
    figure.suptitle(title)
    figure.tight_layout()
    with atomic_path(path) as tmp:
        figure.savefig(tmp, format="png")
    return path
