"""A multi-scale fully convolutional network with CBAM attention (after Fan et al. 2025, National
Science Review): the susceptibility of every cell of a window at once.

Encoder-decoder: level 0 works at H x W with N filters (N = 32 in the paper), each further level
halves the map and multiplies the filters by 4, so the paper's depth 2 ends at H/4 x W/4 x 16N.
Every encoder level is two 3x3 convolutions (batch norm, ReLU) followed by CBAM (Woo et al. 2018:
channel attention from the average- and max-pooled maps through a shared MLP, then spatial attention
from a 7x7 convolution of the channel-wise average and max). The decoder upsamples by 2x2
transposed convolutions, concatenates the encoder map of the same scale (the multi-scale skips) and
convolves again, back to H x W, then a 1x1 convolution to 1 channel and a sigmoid. Filters and depth
are parameters for small areas.

Inputs: the factors standardised with the training statistics and a mask channel (core.lsnet_net's
Normalisation, the same rule as LSNet); a window whose side is not a multiple of 2^depth is padded
with zeros (mask 0) and cropped after.

Whole-raster prediction: windows of the training size with 20 % overlap (window_starts), each window's
map weighted by a separable linear ramp (blend_weights) and the weighted maps divided by the summed
weights, so every cell's weights sum to 1 and there are no seams. Streamed by rows of windows: a strip
of one window height is kept, and the rows no later window touches are written, so memory is bounded
by a window row; progress per window, cancel or error leave no file.

API: FcnArchitecture, build_fcn(arch), window_starts(length, window, overlap), blend_weights(length,
overlap), FcnModel (predict_window, predict_cells (the blend on chosen cells: validation and test),
predict_raster, save, from_bundle).
"""

import io
from dataclasses import asdict, dataclass

import numpy as np

from .errors import LsmError
from .grid import FLOAT_NODATA, FactorReader, atomic_path, create_geotiff
from .lsnet_net import _torch, load_network, torch_device
from .progress import check_canceled, ensure_feedback

#: filters of the first level (Fan et al. 2025)
DEFAULT_FILTERS = 32
#: levels below the first (the paper's H/4 x W/4 x 16N: two)
DEFAULT_DEPTH = 2
#: filter growth per level (N -> 4N -> 16N)
GROWTH = 4
#: training and prediction window side in cells (Fan et al. 2025)
DEFAULT_WINDOW = 448
#: overlap of neighbouring windows, as a share of the window (Fan et al. 2025)
DEFAULT_OVERLAP = 0.2
#: reduction of the CBAM channel MLP (Woo et al. 2018)
CBAM_REDUCTION = 8
WEIGHTS_MEMBER = "weights.pt"


@dataclass
class FcnArchitecture:
    """Sizes of an FCN, JSON-safe (stored in the bundle manifest)."""

    n_factors: int
    filters: int = DEFAULT_FILTERS
    depth: int = DEFAULT_DEPTH
    window: int = DEFAULT_WINDOW
    overlap: float = DEFAULT_OVERLAP

    @property
    def in_channels(self):
        return self.n_factors + 1  # + the mask channel

    def level_filters(self):
        return [int(self.filters) * GROWTH**level for level in range(int(self.depth) + 1)]

    @property
    def multiple(self):
        """The input side must be a multiple of this (2^depth)."""
        return 2 ** int(self.depth)

    def to_dict(self):
        return asdict(self)

    @classmethod
    def from_dict(cls, data):
        return cls(**dict(data))


def check_architecture(arch):
    """LsmError for sizes the network cannot take."""
    if arch.filters < 1 or arch.depth < 0:
        raise LsmError(
            f"The FCN needs at least 1 filter and depth 0 or more (got {arch.filters}, {arch.depth})."
        )
    if arch.window < 4 * arch.multiple:
        raise LsmError(
            f"The window of {arch.window} cells is too small for depth {arch.depth}: give at least "
            f"{4 * arch.multiple} cells or a smaller depth."
        )
    if not 0.0 <= arch.overlap < 0.5:
        raise LsmError(f"The window overlap must be from 0 to 0.5 (got {arch.overlap:g}).")


def _block(nn, c_in, c_out):
    """Two 3x3 convolutions, each with batch norm and ReLU."""
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, padding=1),
        nn.BatchNorm2d(c_out),
        nn.ReLU(inplace=True),
        nn.Conv2d(c_out, c_out, 3, padding=1),
        nn.BatchNorm2d(c_out),
        nn.ReLU(inplace=True),
    )


def _cbam(torch, channels):
    """CBAM: channel then spatial attention (Woo et al. 2018)."""
    nn = torch.nn

    class Cbam(nn.Module):
        def __init__(self):
            super().__init__()
            hidden = max(1, channels // CBAM_REDUCTION)
            self.mlp = nn.Sequential(
                nn.Conv2d(channels, hidden, 1), nn.ReLU(inplace=True), nn.Conv2d(hidden, channels, 1)
            )
            self.spatial = nn.Conv2d(2, 1, 7, padding=3)

        def forward(self, x):
            avg = x.mean(dim=(2, 3), keepdim=True)
            mx = x.amax(dim=(2, 3), keepdim=True)
            x = x * torch.sigmoid(self.mlp(avg) + self.mlp(mx))
            pooled = torch.cat([x.mean(dim=1, keepdim=True), x.amax(dim=1, keepdim=True)], dim=1)
            return x * torch.sigmoid(self.spatial(pooled))

    return Cbam()


def build_fcn(arch):
    """The network (torch.nn.Module): (N, in_channels, H, W) -> (N, H, W) logits, H and W multiples of
    arch.multiple."""
    torch = _torch()
    nn = torch.nn

    class Fcn(nn.Module):
        def __init__(self):
            super().__init__()
            filters = arch.level_filters()
            self.encoders = nn.ModuleList()
            self.attention = nn.ModuleList()
            c_in = arch.in_channels
            for c in filters:
                self.encoders.append(_block(nn, c_in, c))
                self.attention.append(_cbam(torch, c))
                c_in = c
            self.pool = nn.MaxPool2d(2)
            self.up = nn.ModuleList()
            self.decoders = nn.ModuleList()
            for level in range(len(filters) - 1, 0, -1):
                self.up.append(nn.ConvTranspose2d(filters[level], filters[level - 1], 2, stride=2))
                self.decoders.append(_block(nn, 2 * filters[level - 1], filters[level - 1]))
            self.out = nn.Conv2d(filters[0], 1, 1)

        def forward(self, x):
            skips = []
            for i, (encoder, attention) in enumerate(zip(self.encoders, self.attention)):
                if i:
                    x = self.pool(x)
                x = attention(encoder(x))
                skips.append(x)
            for up, decoder, skip in zip(self.up, self.decoders, skips[-2::-1]):
                x = decoder(torch.cat([up(x), skip], dim=1))
            return self.out(x)[:, 0]

    return Fcn()


# -- windows and blending -------------------------------------------------------------------------


def window_starts(length, window, overlap):
    """First cells of the windows along an axis of *length* cells: a step of window - overlap cells
    (overlap = round(share * window)), the last window ending at the edge; one window (of the whole
    length) when the axis is not longer than *window*."""
    length, window = int(length), int(window)
    if length <= window:
        return [0]
    step = max(1, window - int(round(float(overlap) * window)))
    starts = list(range(0, length - window, step))
    starts.append(length - window)
    return starts


def blend_weights(length, overlap_cells):
    """Weight per cell of a window side of *length*: a linear ramp from 1/(k+1) up to 1 over the first
    and last k = *overlap_cells* cells, 1 inside (never 0, so a raster edge covered by one window keeps
    its value)."""
    k = max(0, min(int(overlap_cells), length // 2))
    w = np.ones(length, dtype=np.float64)
    if k:
        ramp = np.arange(1, k + 1, dtype=np.float64) / (k + 1)
        w[:k] = ramp
        w[length - k :] = ramp[::-1]
    return w


def tile_plan(height, width, window, overlap):
    """(row starts, column starts, window height, window width, overlap cells) of a raster."""
    rows, cols = window_starts(height, window, overlap), window_starts(width, window, overlap)
    return rows, cols, min(window, height), min(window, width), int(round(float(overlap) * window))


def read_window(reader, row0, col0, n_rows, n_cols):
    """Factors (F, n_rows, n_cols) float32 of a window inside the raster, NaN for nodata."""
    X, _ = reader.read_window((col0, row0, n_cols, n_rows))
    return X.reshape(n_rows, n_cols, -1).transpose(2, 0, 1).astype(np.float32, copy=False)


class FcnModel:
    """An FCN with its architecture, normalisation and factor names."""

    def __init__(self, arch, normalisation, factor_names, network=None):
        self.arch = arch
        self.normalisation = normalisation
        self.factor_names = list(factor_names)
        self.network = network if network is not None else build_fcn(arch)
        self.history = []
        self.best_epoch = 0
        #: filled by core.fcn_train.train_fcn: validation {auc, n_cells, n_windows} and the WindowPlan
        self.validation = {}
        self.plan = None

    def prepare(self, values):
        """Network input (..., F + 1, H, W) of raw factor values with NaN."""
        return self.normalisation.prepare(values, True)

    def predict_window(self, values, device="cpu"):
        """Probabilities (H, W) of a window of raw factor values (F, H, W); NaN where a factor is nodata."""
        torch = _torch()
        device = torch_device(device)
        valid = np.isfinite(values).all(axis=0)
        x = self.prepare(values)
        m = self.arch.multiple
        h, w = x.shape[1:]
        ph, pw = (-h) % m, (-w) % m
        if ph or pw:
            x = np.pad(x, ((0, 0), (0, ph), (0, pw)))
        network = self.network.to(device).eval()
        with torch.inference_mode():
            tensor = torch.as_tensor(x[None], dtype=torch.float32, device=device)
            probs = torch.sigmoid(network(tensor))[0, :h, :w].cpu().numpy()
        return np.where(valid, probs, np.nan).astype(np.float32)

    def predict_cells(self, reader, windows, cells, overlap_cells, device="cpu", feedback=None):
        """(flat indices, float32 probabilities) of the True *cells* (H, W) of the grid of *reader*
        that *windows* ((row0, col0, h, w)) reach with a valid value: the windows' maps blended with
        the ramps of predict_raster. Memory holds one window and two numbers per target cell (not
        the windows' bounding box)."""
        feedback = ensure_feedback(feedback)
        device = torch_device(device)
        width = cells.shape[1]
        targets = np.flatnonzero(cells)
        total = np.zeros(targets.size)
        weights = np.zeros(targets.size)
        for r, c, h, w in windows:
            check_canceled(feedback)
            local_r, local_c = np.nonzero(cells[r : r + h, c : c + w])
            if not local_r.size:
                continue
            probs = self.predict_window(read_window(reader, r, c, h, w), device)[local_r, local_c]
            weight = blend_weights(h, overlap_cells)[local_r] * blend_weights(w, overlap_cells)[local_c]
            at = np.searchsorted(targets, (local_r + r) * width + local_c + c)
            ok = np.isfinite(probs)
            np.add.at(total, at[ok], probs[ok] * weight[ok])
            np.add.at(weights, at[ok], weight[ok])
        seen = weights > 0
        return targets[seen], (total[seen] / weights[seen]).astype(np.float32)

    def predict_raster(
        self, factors, out_path, device="auto", feedback=None, grid=None, description="fcn_susceptibility"
    ):
        """Blend overlapping windows over the factors' grid into a Float32 GeoTIFF (module docstring).
        Returns (grid, n_valid)."""
        feedback = ensure_feedback(feedback)
        device = torch_device(device)
        reader = FactorReader(factors, grid)
        grid = reader.grid
        rows, cols, wh, ww, k = tile_plan(grid.height, grid.width, self.arch.window, self.arch.overlap)
        wy, wx = blend_weights(wh, k), blend_weights(ww, k)
        weight = np.outer(wy, wx)
        n_windows, done, n_valid = len(rows) * len(cols), 0, 0
        with atomic_path(out_path) as tmp:
            ds = create_geotiff(tmp, grid, descriptions=[description])
            band = ds.GetRasterBand(1)
            try:
                strip_top = 0
                total = np.zeros((wh, grid.width))
                weights = np.zeros((wh, grid.width))
                valid = np.zeros((wh, grid.width), dtype=bool)
                for r0 in rows:
                    shift = r0 - strip_top  # rows above r0 are complete: no later window reaches them
                    if shift:
                        n_valid += self._write_rows(band, total, weights, valid, strip_top, shift)
                        total, weights, valid = (np.roll(a, -shift, axis=0) for a in (total, weights, valid))
                        total[-shift:], weights[-shift:], valid[-shift:] = 0.0, 0.0, False
                        strip_top = r0
                    for c0 in cols:
                        check_canceled(feedback)
                        probs = self.predict_window(read_window(reader, r0, c0, wh, ww), device)
                        ok = np.isfinite(probs)
                        total[:, c0 : c0 + ww] += np.where(ok, probs, 0.0) * weight
                        weights[:, c0 : c0 + ww] += weight
                        valid[:, c0 : c0 + ww] |= ok
                        done += 1
                        feedback.setProgress(100.0 * done / n_windows)
                n_valid += self._write_rows(band, total, weights, valid, strip_top, grid.height - strip_top)
                band.FlushCache()
            finally:
                band = None
                ds = None
        return grid, n_valid

    @staticmethod
    def _write_rows(band, total, weights, valid, top, n_rows):
        """Write the first *n_rows* rows of the strip at raster row *top*; returns the valid cells."""
        with np.errstate(invalid="ignore", divide="ignore"):
            blended = total[:n_rows] / weights[:n_rows]
        ok = valid[:n_rows]
        band.WriteArray(np.where(ok, blended, FLOAT_NODATA).astype(np.float32), 0, int(top))
        return int(ok.sum())

    # -- bundles -------------------------------------------------------------------------------

    def save(self, path, **manifest_extra):
        """Write an FCN bundle (kind 'fcn'): manifest + weights.pt (a plain state_dict)."""
        from .bundle import make_manifest, save_bundle

        torch = _torch()
        buffer = io.BytesIO()
        torch.save({k: v.detach().cpu() for k, v in self.network.state_dict().items()}, buffer)
        fields = {
            "architecture": self.arch.to_dict(),
            "normalisation": {"mean": list(self.normalisation.mean), "std": list(self.normalisation.std)},
            "weights_member": WEIGHTS_MEMBER,
            "history": self.history,
            "best_epoch": self.best_epoch,
        }
        fields.update(manifest_extra)
        manifest = make_manifest("fcn", self.factor_names, kind="fcn", **fields)
        return save_bundle(path, manifest, members={WEIGHTS_MEMBER: buffer.getvalue()})

    @classmethod
    def from_bundle(cls, bundle):
        """The model of an opened bundle (core.bundle.Bundle) of kind 'fcn'."""
        arch, norm, network = load_network(
            bundle,
            "fcn",
            "FCN",
            "choose a bundle made by lsm:trainfcn.",
            FcnArchitecture.from_dict,
            build_fcn,
        )
        manifest = bundle.manifest
        model = cls(arch, norm, bundle.factors, network=network)
        model.history = list(manifest.get("history", []))
        model.best_epoch = int(manifest.get("best_epoch", 0))
        return model
