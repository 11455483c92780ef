"""LSNet network definition: architecture plan, the patch network, its dense twin, normalisation.

Part of core.lsnet (which re-exports these names). Architecture after the text of Zhang et al. 2022
(Geoscience Letters 9:26): five convolution blocks of 64, 128, 128, 256 and 256 feature maps (at the
default width), a 5x5 first convolution then 3x3 ones, each followed by batch norm, ReLU and 2x2 max
pooling, then fully connected layers 1024, 256, 128, 2 with softmax. Two paddings:

  'same'   (the default, the paper's): zero-padded convolutions keep the map size, so every patch
           size gets all five blocks (224 -> 112 -> 56 -> 28 -> 14 -> 7; a block is pooled while its
           map has 2 or more cells). Any patch size from MIN_PATCH_SIZE up, even ones included (the
           cell sits at index P // 2 of its patch).
  'valid'  (the bundles made before; a fast dense twin): unpadded convolutions, blocks added while
           they fit the patch (33 cells get three blocks).

Whole-raster inference of a 'valid' network does not cut a patch per cell: `build_dense_network`
rewrites it as a dense (fully convolutional) network, pooling with stride 1 and the later
convolutions dilated by the accumulated pooling stride, the first dense layer as a dilated
convolution and the others as 1x1 convolutions (batch norm folded into the convolutions). Run over a
tile with a halo of half a patch, it gives every cell of the tile exactly what the patch network
gives the cell's patch. A 'same' network has no such twin: its zero padding sits at the border of
each cell's own patch, where the neighbouring patches see data, so the maps of overlapping patches
differ and cannot be shared; its raster inference runs the patch network on every cell's patch
(exact by construction, slower: see bench/bench_lsnet.py).

Two fusions of the factors:

  'early'  (the default): the factors (and the mask channel) are stacked as the input channels of
           one network.
  'late'   (the paper's "fuse the channels at the end"): every factor gets its own convolutional
           branch (its channels plus the mask channel), with the feature maps of the plan each; the
           branches' last maps are concatenated before the fully connected head. Built as one
           network: the first convolution block-diagonal (a fixed mask keeps each branch to its own
           input channels), the later ones grouped (groups = number of factors), so the dense twin
           of an unpadded late-fusion network is exact as well.

Categorical factors (lithology, land cover) enter as one-hot channels, one per class seen in the
training patches (Architecture.categories); nodata and classes not seen at training give all-zero
channels (LsnetModel counts the unseen classes so the map can warn).

API: Architecture, plan_architecture(n_factors, patch_size, width, dropout, mask_channel, padding,
fusion, categories), build_network(arch), build_dense_network(network, arch), Normalisation
(fit(patches, categorical), prepare(values, mask_channel, categories)), find_categories(values, name),
torch_device(device) -> torch.device (core.catalogue.resolve_device, the one resolver).
"""

import io
from dataclasses import asdict, dataclass, field

import numpy as np

from .catalogue import resolve_device
from .errors import LsmError

#: feature maps of the convolution blocks in Zhang et al. 2022, Table 6
PAPER_FEATURE_MAPS = (64, 128, 128, 256, 256)
#: hidden fully connected layers of Zhang et al. 2022, Table 6 (the output layer has 2 units)
PAPER_DENSE_UNITS = (1024, 256, 128)
#: width (feature maps of the first block) of the paper's network; other layers scale with it
DEFAULT_WIDTH = 64
#: kernel of the first convolution and of the later ones (Zhang et al. 2022, Table 6)
FIRST_KERNEL = 5
KERNEL = 3
#: patch side in cells of Zhang et al. 2022 (224 cells of 30 m; it also tested 96, 128, 196, 256)
DEFAULT_PATCH_SIZE = 224
PAPER_PATCH_SIZES = (96, 128, 196, 224, 256)
#: patch for small areas or quick runs (33 cells of 10 m cover about a slope)
SMALL_PATCH_SIZE = 33
MIN_PATCH_SIZE = 9
#: convolution padding: 'same' (the paper's) or 'valid' (unpadded, dense twin)
PADDINGS = ("same", "valid")
#: fusion of the factors: 'early' (stacked input channels, the default) or 'late' (per-factor branches)
FUSIONS = ("early", "late")
#: a categorical factor with more classes than this is probably continuous (as core.sampleset)
MAX_CATEGORIES = 50
#: dropout on the dense layers (the usual choice for VGG-style heads, Simonyan & Zisserman 2015)
DEFAULT_DROPOUT = 0.5
#: floats of one head activation chunk during dense inference (bounds memory; 64 MB)
HEAD_CHUNK_FLOATS = 16 * 1024 * 1024


def _torch():
    try:
        import torch
    except ImportError as exc:  # pragma: no cover - the algorithms check REQUIRES first
        raise LsmError("LSNet needs the Python package torch; install it into the Python of QGIS.") from exc
    return torch


def torch_device(device="auto"):
    """torch.device of a device option ('auto', 'cpu', 'cuda'; a torch.device is returned as is), resolved by
    core.catalogue.resolve_device (LsmError for 'cuda' without a GPU or an unknown name)."""
    torch = _torch()
    if isinstance(device, torch.device):
        return device
    return torch.device(resolve_device(device))


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
    padding: str = "same"
    fusion: str = "early"
    #: per factor: the class values of a categorical factor (one-hot channels), [] for a continuous one
    categories: tuple = field(default=())

    def factor_categories(self):
        """Class values of each factor ([] for a continuous one), one entry per factor."""
        cats = [list(c or []) for c in self.categories]
        return cats + [[] for _ in range(self.n_factors - len(cats))]

    def factor_channels(self):
        """Input channels of each factor: 1, or its number of classes when categorical."""
        return [len(c) if c else 1 for c in self.factor_categories()]

    @property
    def in_channels(self):
        return sum(self.factor_channels()) + (1 if self.mask_channel else 0)

    @property
    def branches(self):
        """Convolutional branches: 1 (early fusion) or one per factor (late fusion)."""
        return self.n_factors if self.fusion == "late" else 1

    def branch_inputs(self):
        """Input channel indices of each branch (late fusion: the factor's channels and the mask)."""
        if self.fusion != "late":
            return [list(range(self.in_channels))]
        out, start = [], 0
        mask = [self.in_channels - 1] if self.mask_channel else []
        for n in self.factor_channels():
            out.append(list(range(start, start + n)) + mask)
            start += n
        return out

    @property
    def half(self):
        """Cells of the patch before (above, left of) its cell: the cell's index P // 2."""
        return self.patch_size // 2

    @property
    def after(self):
        """Cells of the patch after (below, right of) its cell: P - 1 - P // 2 (half - 1 when P is even)."""
        return self.patch_size - 1 - self.patch_size // 2

    def pad(self, k):
        return k // 2 if self.padding == "same" else 0

    def kernels(self):
        return [self.first_kernel] + [self.kernel] * (len(self.feature_maps) - 1)

    def final_size(self):
        """Side of the last feature map for one patch."""
        size = self.patch_size
        for k, pooled in zip(self.kernels(), self.pooling):
            size -= k - 1 - 2 * self.pad(k)
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
        data["categories"] = [list(c) for c in self.factor_categories()]
        return data

    @classmethod
    def from_dict(cls, data):
        data = dict(data)
        for key in ("feature_maps", "dense_units", "pooling"):
            data[key] = tuple(data.get(key, ()))
        data.setdefault("padding", "valid")  # bundles made before the paddings were unpadded
        data.setdefault("fusion", "early")  # and before the fusions stacked the factors
        data["categories"] = tuple(tuple(c or ()) for c in data.get("categories", ()))
        return cls(**data)


def plan_architecture(
    n_factors,
    patch_size=DEFAULT_PATCH_SIZE,
    width=DEFAULT_WIDTH,
    dropout=DEFAULT_DROPOUT,
    mask_channel=True,
    padding="same",
    fusion="early",
    categories=None,
):
    """The paper's network scaled to *patch_size* and *width*.

    Feature maps and dense units scale with width/64 (per branch with late fusion). 'same' padding:
    all five blocks; 'valid': blocks are added in the paper's order while they fit the patch. A block
    is pooled while its map has 2 or more cells. *categories*: per factor the class values of a
    categorical factor, [] (or None) for a continuous one.
    """
    patch_size = int(patch_size)
    if padding not in PADDINGS:
        raise LsmError(f"Unknown padding '{padding}': use one of {', '.join(PADDINGS)}.")
    if fusion not in FUSIONS:
        raise LsmError(f"Unknown fusion '{fusion}': use one of {', '.join(FUSIONS)}.")
    categories = tuple(tuple(c or ()) for c in (categories or ()))
    if len(categories) > int(n_factors):
        raise LsmError(f"{len(categories)} category lists for {n_factors} factors.")
    if patch_size < MIN_PATCH_SIZE:
        raise LsmError(f"The patch size must be {MIN_PATCH_SIZE} cells or more (got {patch_size}).")
    if int(width) < 1:
        raise LsmError(f"The network width must be at least 1 (got {width}).")
    scale = float(width) / DEFAULT_WIDTH
    maps = [max(1, int(round(c * scale))) for c in PAPER_FEATURE_MAPS]
    dense = tuple(max(2, int(round(u * scale))) for u in PAPER_DENSE_UNITS)
    size, used, pooling = patch_size, [], []
    for i, channels in enumerate(maps):
        k = FIRST_KERNEL if i == 0 else KERNEL
        if padding == "valid":
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
        padding=padding,
        fusion=fusion,
        categories=categories,
    )


def find_categories(values, name):
    """Sorted class values of a categorical factor from its training values (NaN ignored); LsmError
    for non-integer codes or more than MAX_CATEGORIES classes."""
    values = np.asarray(values, dtype=np.float64).ravel()
    values = values[np.isfinite(values)]
    classes = np.unique(values)
    if classes.size == 0:
        raise LsmError(f"Categorical factor '{name}' has no value in any training patch: check its nodata.")
    if not np.allclose(classes, np.round(classes)):
        raise LsmError(
            f"Categorical factor '{name}' holds non-integer values (e.g. {classes[classes != np.round(classes)][0]:g}): "
            "it looks continuous. Leave it out of the categorical factors or give class codes."
        )
    if classes.size > MAX_CATEGORIES:
        raise LsmError(
            f"Categorical factor '{name}' has {classes.size} classes in the training patches (more than "
            f"{MAX_CATEGORIES}): it looks continuous. Leave it out of the categorical factors or reclassify it."
        )
    return [int(c) if float(c).is_integer() else float(c) for c in classes]


def _branch_conv(torch, arch, out_per_branch, k):
    """The first convolution: a plain Conv2d (early fusion) or, for late fusion, a Conv2d over all
    input channels whose weights are kept block-diagonal by a fixed mask (each branch sees only its
    own factor's channels and the mask channel)."""
    nn = torch.nn
    if arch.fusion != "late":
        return nn.Conv2d(arch.in_channels, out_per_branch, k, padding=arch.pad(k))

    class BranchConv2d(nn.Conv2d):
        """Conv2d with a fixed 0/1 weight mask (buffer, not a parameter: the state dict is plain)."""

        def __init__(self):
            super().__init__(arch.in_channels, out_per_branch * arch.branches, k, padding=arch.pad(k))
            mask = torch.zeros(out_per_branch * arch.branches, arch.in_channels, 1, 1)
            for b, inputs in enumerate(arch.branch_inputs()):
                mask[b * out_per_branch : (b + 1) * out_per_branch, inputs] = 1.0
            self.register_buffer("branch_mask", mask, persistent=False)
            with torch.no_grad():
                self.weight.mul_(mask)

        def effective_weight(self):
            return self.weight * self.branch_mask

        def forward(self, x):
            return self._conv_forward(x, self.effective_weight(), self.bias)

    return BranchConv2d()


def conv_weight(conv):
    """The weights a convolution applies (masked for the late-fusion first convolution)."""
    effective = getattr(conv, "effective_weight", None)
    return effective() if effective is not None else conv.weight


def build_network(arch):
    """The patch network (torch.nn.Module): (N, in_channels, P, P) -> (N, 2) logits."""
    torch = _torch()
    nn = torch.nn

    class LSNet(nn.Module):
        """Conv blocks (conv, batch norm, ReLU, max pool) then the dense head."""

        def __init__(self):
            super().__init__()
            blocks = []
            channels, groups = arch.in_channels, arch.branches
            for i, (out, k, pooled) in enumerate(zip(arch.feature_maps, arch.kernels(), arch.pooling)):
                if i == 0:
                    conv = _branch_conv(torch, arch, out, k)
                else:
                    conv = nn.Conv2d(channels, out * groups, k, padding=arch.pad(k), groups=groups)
                out *= groups
                layers = [conv, nn.BatchNorm2d(out), nn.ReLU(inplace=True)]
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
    LsmError for a 'same'-padded network, which has no exact dense twin (module docstring).
    """
    if arch.padding != "valid":
        raise LsmError(
            "A zero-padded ('same') LSNet has no exact dense twin: its raster inference runs the patch "
            "network on every cell's patch (LsnetModel.predict_tile does so)."
        )
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
            dense_conv = nn.Conv2d(
                conv.in_channels, conv.out_channels, conv.kernel_size, dilation=dilation, groups=conv.groups
            )
            dense_conv.weight.copy_(conv_weight(conv) * scale.reshape(-1, 1, 1, 1))
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


@dataclass
class Normalisation:
    """Per-factor mean and standard deviation of the training patches."""

    mean: list
    std: list

    @classmethod
    def fit(cls, patches, categorical=()):
        """Statistics over the finite cells of *patches* (n, F, P, P), per factor, in float64 (mean 0
        and standard deviation 1 for the factors of index *categorical*, which enter one-hot)."""
        n_factors = patches.shape[1]
        mean, std = [], []
        for j in range(n_factors):
            if j in set(categorical):
                mean.append(0.0)
                std.append(1.0)
                continue
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

    def prepare(self, values, mask_channel=True, categories=()):
        """Network input from raw factor values (..., F, H, W) with NaN: standardised, NaN -> 0,
        categorical factors (non-empty *categories* entries) as one-hot channels (all zero for NaN
        and for a class not in the list), plus the mask channel (1 where every factor has a value)."""
        values = np.asarray(values, dtype=np.float32)
        shape = [1] * values.ndim
        shape[-3] = -1
        mean = np.asarray(self.mean, dtype=np.float32).reshape(shape)
        std = np.asarray(self.std, dtype=np.float32).reshape(shape)
        standard = (values - mean) / std
        finite = np.isfinite(standard)
        standard[~finite] = 0.0
        if any(categories):
            standard = _one_hot(values, standard, categories)
        if not mask_channel:
            return standard
        valid = finite.all(axis=-3, keepdims=True).astype(np.float32)
        return np.concatenate([standard, valid], axis=-3)


def _one_hot(values, standard, categories):
    """*standard* (..., F, H, W) with each categorical factor's channel replaced by one 0/1 channel per
    class of its *categories* entry (in factor order)."""
    parts = []
    for j in range(values.shape[-3]):
        classes = categories[j] if j < len(categories) else ()
        if not classes:
            parts.append(standard[..., j : j + 1, :, :])
            continue
        column = values[..., j : j + 1, :, :]
        parts.extend((column == np.float32(c)).astype(np.float32) for c in classes)
    return np.concatenate(parts, axis=-3)


def load_network(bundle, kind, label, hint, arch_from_dict, build):
    """(architecture, Normalisation, network in eval mode) of an opened bundle of *kind* ('lsnet',
    'fcn'): *arch_from_dict* reads the manifest's architecture, *build* makes the network it loads the
    weights into. Errors name the bundle: another kind (*hint*: what to use instead), no
    architecture or normalisation, weights that do not load with this torch."""
    torch = _torch()
    if bundle.kind != kind:
        raise LsmError(f"Model bundle '{bundle.path}' is a '{bundle.kind}' model, not an {label}: {hint}")
    manifest = bundle.manifest
    try:
        arch = arch_from_dict(manifest["architecture"])
        norm = Normalisation(list(manifest["normalisation"]["mean"]), list(manifest["normalisation"]["std"]))
    except (KeyError, TypeError) as exc:
        raise LsmError(
            f"{label} bundle '{bundle.path}' lacks its architecture or normalisation ({exc})."
        ) from exc
    data = bundle.member(manifest.get("weights_member", "weights.pt"))
    try:
        state = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
        network = build(arch)
        network.load_state_dict(state)
    except (RuntimeError, ValueError, KeyError, EOFError) as exc:
        raise LsmError(
            f"The weights of {label} bundle '{bundle.path}' do not load with torch {torch.__version__} ({exc}); "
            f"it was made with {bundle.version_summary()}."
        ) from exc
    return arch, norm, network.eval()
