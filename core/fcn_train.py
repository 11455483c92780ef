"""Training of the FCN (core.fcn) on windows cut from the factor rasters (after Fan et al. 2025).

Windows of the architecture's size with its overlap (core.fcn.window_starts) cover the grid. Each gets
its label field from the landslide mask: the Poisson soft label (core.poisson.soft_labels, the
paper's) or the binary mask. Seeded shares of the windows are held out: first the test windows,
then the validation windows; the rest train. The validation cells are the cells of the validation
windows that neither a training nor a test window covers, the test cells those of the test windows
that neither a training nor a validation window covers (so the overlap leaks no label and the two sets
are disjoint). The validation AUC (on the blended map of the validation windows, against the binary
landslide mask) chooses the best epoch (early stopping after *patience* epochs without a better AUC);
the test cells are scored only after training (core.fcn_eval). Loss: binary cross-entropy of the
logits against the (soft) labels over the valid cells. Factor windows are read from the rasters for
each batch, so memory holds the labels and one batch, not the whole stack.

Leave-one-group-out folds (core.fcn_eval) plan their windows with *exclude*: every window that
touches the held-out region is dropped before the split.

    FcnConfig                       training settings
    plan_windows(height, width, arch, validation_share, seed, test_share=0, exclude=None) -> WindowPlan
    window_labels(mask, windows, mode, buffer, feedback) -> float32 (n, h, w)
    fit_statistics(reader, windows, feedback) -> core.lsnet_net.Normalisation
    covered_cells(shape, windows) -> bool (H, W) of the windows' cells
    cell_scores(model, reader, windows, cells, device, feedback) -> (flat cell indices, scores)
    train_fcn(factors, mask, arch, config, feedback, grid, plan=None) -> FcnModel (history,
        best_epoch, validation; model.plan is the WindowPlan)
"""

import math
import time
from dataclasses import dataclass, field

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
DEFAULT_TEST_SHARE = 0.2
DEFAULT_SEED = 42


@dataclass
class FcnConfig:
    """Training settings."""

    epochs: int = DEFAULT_EPOCHS
    batch_size: int = DEFAULT_BATCH_SIZE
    learning_rate: float = DEFAULT_LEARNING_RATE
    patience: int = DEFAULT_PATIENCE
    validation_share: float = DEFAULT_VALIDATION_SHARE
    test_share: float = DEFAULT_TEST_SHARE
    labels: str = "poisson"
    buffer: int = DEFAULT_BUFFER
    seed: int = DEFAULT_SEED
    device: str = "auto"


@dataclass
class WindowPlan:
    """Windows (row0, col0, h, w) of one training run and the held-out cells (H, W) bool."""

    train: list
    validation: list
    test: list
    validation_cells: np.ndarray
    test_cells: np.ndarray
    #: windows dropped because they touch the excluded region
    n_excluded: int = 0
    notes: list = field(default_factory=list)


def _touches(window, box):
    r, c, h, w = window
    r0, c0, r1, c1 = box
    return r < r1 and r + h > r0 and c < c1 and c + w > c0


def covered_cells(shape, windows):
    """Bool (H, W): the cells of *windows*."""
    out = np.zeros(shape, dtype=bool)
    for r, c, h, w in windows:
        out[r : r + h, c : c + w] = True
    return out


def plan_windows(height, width, arch, validation_share, seed, test_share=0.0, exclude=None):
    """The WindowPlan of the grid (module docstring): seeded test and validation shares of the
    windows (at least one window trains); *exclude* (row0, col0, row1, col1), end exclusive, drops
    every window that touches that box first."""
    rows, cols, wh, ww, _ = tile_plan(height, width, arch.window, arch.overlap)
    windows = [(r, c, wh, ww) for r in rows for c in cols]
    n_all = len(windows)
    if exclude is not None:
        windows = [w for w in windows if not _touches(w, exclude)]
        if not windows:
            raise LsmError(
                f"Every window of {arch.window} cells touches the held-out region (rows {exclude[0]} to "
                f"{exclude[2] - 1}, columns {exclude[1]} to {exclude[3] - 1}): nothing is left to train on. "
                "Use a smaller window or region margin."
            )
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(windows))
    n = len(windows)
    n_test = min(max(0, int(round(test_share * n))), n - 1)
    n_val = min(max(0, int(round(validation_share * n))), n - 1 - n_test)
    test = sorted(order[:n_test].tolist())
    val = sorted(order[n_test : n_test + n_val].tolist())
    train = sorted(order[n_test + n_val :].tolist())
    notes = []
    if test_share > 0 and n_test == 0:
        notes.append(
            f"WARNING: {n} window(s) are too few for a test share of {test_share:g}: no window is held out "
            "for the test. Use a smaller window or a larger test share."
        )
    pick = [[windows[i] for i in part] for part in (train, val, test)]
    covered, held_val, held_test = (covered_cells((height, width), part) for part in pick)
    return WindowPlan(
        pick[0],
        pick[1],
        pick[2],
        held_val & ~covered & ~held_test,
        held_test & ~covered & ~held_val,
        n_all - n,
        notes,
    )


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


def cell_scores(model, reader, windows, cells, device, feedback=None):
    """(flat indices of the scored cells, their probabilities) of the True *cells* (H, W) inside
    *windows*, on the blended map of those windows (core.fcn.FcnModel.predict_cells); nodata cells
    are left out."""
    if not windows or not cells.any():
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
    k = int(round(float(model.arch.overlap) * model.arch.window))
    return model.predict_cells(reader, windows, cells, k, device, feedback)


def _validate(model, reader, plan, mask, device):
    """Validation AUC on the validation cells against the binary *mask* (NaN without both classes)."""
    flat, scores = cell_scores(model, reader, plan.validation, plan.validation_cells, device)
    return _auc(mask.ravel()[flat].astype(int), scores), int(flat.size)


def train_fcn(factors, mask, arch, config=None, feedback=None, grid=None, plan=None):
    """Train an FCN on the factor rasters and the landslide *mask* (H, W) bool of their grid, on the
    windows of *plan* (default: plan_windows with the config's shares and seed). Returns the FcnModel
    with history (epoch, train_loss, val_auc, val_cells, seconds), best_epoch, validation {auc,
    n_cells, n_windows} of the best epoch and plan."""
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
    if plan is None:
        plan = plan_windows(
            grid.height, grid.width, arch, config.validation_share, config.seed, config.test_share
        )
    train = plan.train
    if not mask[covered_cells(mask.shape, train)].any():
        raise LsmError(
            "No landslide cell lies in the training windows: hold out fewer windows or use a smaller window."
        )
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
        auc, n_cells = _validate(model, reader, plan, mask, device)
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
    model.validation = {
        "auc": best["val_auc"],
        "n_cells": best["val_cells"],
        "n_windows": len(plan.validation),
    }
    model.plan = plan
    return model
