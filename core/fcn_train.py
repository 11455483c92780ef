"""Training of the FCN (core.fcn) on windows cut from the factor rasters (after Fan et al. 2025).

Windows of the architecture's size with its overlap (core.fcn.window_starts) cover the grid. Each gets
its label field from the landslide mask: the Poisson soft label (core.poisson.soft_labels, the
paper's) or the binary mask. A seeded share of the windows is held out for validation; the validation
AUC is computed on the cells of the held-out windows that no training window covers (so overlap does
not leak), against the binary landslide mask, and the weights of the best epoch are kept (early
stopping after *patience* epochs without a better AUC). Loss: binary cross-entropy of the logits
against the (soft) labels over the valid cells. Factor windows are read from the rasters for each
batch, so memory holds the labels and one batch, not the whole stack.

    FcnConfig                       training settings
    plan_windows(grid, arch, validation_share, seed) -> (train windows, validation windows, validation cells)
    window_labels(mask, windows, arch, mode, buffer, feedback) -> float32 (n, h, w)
    fit_statistics(reader, windows, feedback) -> core.lsnet_net.Normalisation
    train_fcn(factors, mask, arch, config, feedback, grid) -> FcnModel (history, best_epoch, validation)
"""

import math
import time
from dataclasses import dataclass

import numpy as np

from .errors import LsmError
from .fcn import FcnModel, build_fcn, check_architecture, read_window, tile_plan
from .grid import FactorReader
from .lsnet_net import Normalisation, _torch, torch_device
from .poisson import DEFAULT_BUFFER, LABEL_MODES, binary_labels, soft_labels
from .progress import SubProgress, check_canceled, ensure_feedback

DEFAULT_EPOCHS = 50
DEFAULT_BATCH_SIZE = 2
DEFAULT_LEARNING_RATE = 1e-3
DEFAULT_PATIENCE = 10
DEFAULT_VALIDATION_SHARE = 0.2
DEFAULT_SEED = 42


@dataclass
class FcnConfig:
    """Training settings."""

    epochs: int = DEFAULT_EPOCHS
    batch_size: int = DEFAULT_BATCH_SIZE
    learning_rate: float = DEFAULT_LEARNING_RATE
    patience: int = DEFAULT_PATIENCE
    validation_share: float = DEFAULT_VALIDATION_SHARE
    labels: str = "poisson"
    buffer: int = DEFAULT_BUFFER
    seed: int = DEFAULT_SEED
    device: str = "auto"


def plan_windows(height, width, arch, validation_share, seed):
    """(train windows, validation windows, validation cell mask (H, W)): windows (row0, col0, h, w)
    of the grid, a seeded share held out (at least one training window); the validation cells are
    those of held-out windows that no training window covers."""
    rows, cols, wh, ww, _ = tile_plan(height, width, arch.window, arch.overlap)
    windows = [(r, c, wh, ww) for r in rows for c in cols]
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(windows))
    n_val = int(round(validation_share * len(windows)))
    n_val = min(max(0, n_val), len(windows) - 1)
    val = sorted(order[:n_val].tolist())
    train = sorted(order[n_val:].tolist())
    covered = np.zeros((height, width), dtype=bool)
    for i in train:
        r, c, h, w = windows[i]
        covered[r : r + h, c : c + w] = True
    held = np.zeros((height, width), dtype=bool)
    for i in val:
        r, c, h, w = windows[i]
        held[r : r + h, c : c + w] = True
    return [windows[i] for i in train], [windows[i] for i in val], held & ~covered


def window_labels(mask, windows, mode="poisson", buffer=DEFAULT_BUFFER, feedback=None):
    """Label fields (n, h, w) float32 of *windows* from the landslide *mask* (H, W): Poisson soft
    labels per window (core.poisson) or the binary mask."""
    if mode not in LABEL_MODES:
        raise LsmError(f"Unknown label mode '{mode}': use one of {', '.join(LABEL_MODES)}.")
    feedback = ensure_feedback(feedback)
    out = []
    for i, (r, c, h, w) in enumerate(windows):
        check_canceled(feedback)
        part = mask[r : r + h, c : c + w]
        out.append(soft_labels(part, buffer) if mode == "poisson" else binary_labels(part))
        feedback.setProgress(100.0 * (i + 1) / len(windows))
    return np.stack(out)


def fit_statistics(reader, windows, feedback=None):
    """Normalisation (per-factor mean and standard deviation, float64 sums) over the valid cells of
    *windows*, read one at a time."""
    feedback = ensure_feedback(feedback)
    n_factors = len(reader.factors)
    total, squares, count = np.zeros(n_factors), np.zeros(n_factors), np.zeros(n_factors)
    for r, c, h, w in windows:
        check_canceled(feedback)
        values = read_window(reader, r, c, h, w).reshape(n_factors, -1).astype(np.float64)
        finite = np.isfinite(values)
        total += np.where(finite, values, 0.0).sum(axis=1)
        squares += np.where(finite, values * values, 0.0).sum(axis=1)
        count += finite.sum(axis=1)
    if (count == 0).any():
        j = int(np.flatnonzero(count == 0)[0])
        raise LsmError(
            f"Factor '{reader.factors[j].name}' has no value in any training window: check its nodata."
        )
    mean = total / count
    std = np.sqrt(np.maximum(squares / count - mean * mean, 0.0))
    return Normalisation(mean.tolist(), [float(s) if s > 0 else 1.0 for s in std])


def _auc(y, scores):
    from sklearn.metrics import roc_auc_score

    if y.size == 0 or y.min() == y.max():
        return float("nan")
    return float(roc_auc_score(y, scores))


class _FcnTrainer:
    """One training run: network, optimiser, windows, labels."""

    def __init__(self, torch, model, reader, train, labels, config, device):
        self.torch, self.model, self.reader, self.config, self.device = torch, model, reader, config, device
        self.train, self.labels = train, labels
        self.rng = np.random.default_rng(int(config.seed))
        self.optimizer = torch.optim.Adam(model.network.parameters(), lr=float(config.learning_rate))
        self.batch = max(1, int(config.batch_size))

    def _batch(self, idx):
        """(input, target, valid) tensors of training windows *idx*, padded to the network's multiple."""
        m = self.model.arch.multiple
        xs, ys, vs = [], [], []
        for i in idx:
            r, c, h, w = self.train[i]
            values = read_window(self.reader, r, c, h, w)
            pad = ((0, (-h) % m), (0, (-w) % m))
            xs.append(np.pad(self.model.prepare(values), ((0, 0), *pad)))
            ys.append(np.pad(self.labels[i], pad))
            vs.append(np.pad(np.isfinite(values).all(axis=0), pad))
        t = self.torch
        return (
            t.as_tensor(np.stack(xs), device=self.device),
            t.as_tensor(np.stack(ys), device=self.device),
            t.as_tensor(np.stack(vs), device=self.device),
        )

    def epoch(self, feedback):
        """One pass over the training windows; returns the mean loss per valid cell."""
        torch, network = self.torch, self.model.network
        network.train()
        order = self.rng.permutation(len(self.train))
        total, cells = 0.0, 0
        for start in range(0, order.size, self.batch):
            check_canceled(feedback)
            x, y, valid = self._batch(order[start : start + self.batch])
            if not bool(valid.any()):
                continue
            self.optimizer.zero_grad()
            logits = network(x)
            loss = torch.nn.functional.binary_cross_entropy_with_logits(logits[valid], y[valid])
            loss.backward()
            self.optimizer.step()
            n = int(valid.sum())
            total += float(loss.item()) * n
            cells += n
        return total / max(1, cells)


def _validate(model, reader, windows, cells, mask, device):
    """Validation AUC on the validation *cells* against the binary *mask* (NaN without both classes)."""
    if not windows or not cells.any():
        return float("nan"), 0
    scores = np.full(cells.shape, np.nan, dtype=np.float32)
    for r, c, h, w in windows:
        probs = model.predict_window(read_window(reader, r, c, h, w), device)
        part = scores[r : r + h, c : c + w]
        np.copyto(part, probs, where=np.isnan(part))
    keep = cells & np.isfinite(scores)
    return _auc(mask[keep].astype(int), scores[keep]), int(keep.sum())


def train_fcn(factors, mask, arch, config=None, feedback=None, grid=None):
    """Train an FCN on the factor rasters and the landslide *mask* (H, W) bool of their grid. Returns
    the FcnModel with history (epoch, train_loss, val_auc, val_cells, seconds), best_epoch and
    validation {auc, n_cells, n_windows} of the best epoch."""
    torch = _torch()
    config = config or FcnConfig()
    feedback = ensure_feedback(feedback)
    check_architecture(arch)
    device = torch_device(config.device)
    reader = FactorReader(factors, grid)
    grid = reader.grid
    mask = np.asarray(mask, dtype=bool)
    if mask.shape != (grid.height, grid.width):
        raise LsmError(
            f"The landslide mask is {mask.shape} but the factors' grid is {grid.height} x {grid.width}."
        )
    if not mask.any():
        raise LsmError("No landslide cell on the factors' grid: the FCN needs mapped landslides.")
    train, val, val_cells = plan_windows(grid.height, grid.width, arch, config.validation_share, config.seed)
    labels = window_labels(mask, train, config.labels, config.buffer, SubProgress(feedback, 0, 5))
    normalisation = fit_statistics(reader, train, SubProgress(feedback, 5, 8))
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(int(config.seed))
        model = FcnModel(arch, normalisation, [f.name for f in reader.factors], network=build_fcn(arch))
    model.network.to(device)
    trainer = _FcnTrainer(torch, model, reader, train, labels, config, device)
    best_key, best_state, stale = None, None, 0
    for epoch in range(1, int(config.epochs) + 1):
        started = time.perf_counter()
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(int(config.seed) + epoch)
            loss = trainer.epoch(feedback)
        auc, n_cells = _validate(model, reader, val, val_cells, mask, device)
        model.history.append(
            {
                "epoch": epoch,
                "train_loss": loss,
                "val_auc": auc,
                "val_cells": n_cells,
                "seconds": time.perf_counter() - started,
            }
        )
        feedback.pushInfo(f"epoch {epoch}: train loss {loss:.4f}, validation AUC {auc:.3f} ({n_cells} cells)")
        key = (auc, -loss) if math.isfinite(auc) else (-loss, 0.0)
        if best_key is None or key > best_key:
            best_key, stale, model.best_epoch = key, 0, epoch
            best_state = {k: v.detach().cpu().clone() for k, v in model.network.state_dict().items()}
        else:
            stale += 1
        feedback.setProgress(8 + 92.0 * epoch / int(config.epochs))
        if math.isfinite(auc) and stale >= int(config.patience):
            feedback.pushInfo(
                f"early stop after epoch {epoch}: no better validation AUC for {config.patience} epochs"
            )
            break
    model.network = model.network.cpu()
    model.network.load_state_dict(best_state)
    model.network.eval()
    best = model.history[model.best_epoch - 1]
    model.validation = {"auc": best["val_auc"], "n_cells": best["val_cells"], "n_windows": len(val)}
    return model
