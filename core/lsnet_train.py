"""LSNet training: settings, sample selection and splits, the training loop, the curves PNG.

Part of core.lsnet (which re-exports these names). Adam with the paper's learning rate, cross-entropy
weighted by inverse class frequency (or balanced sampling, or neither), augmentation by the 8
flips/rotations, early stopping on the validation AUC keeping the weights of the best epoch.

API:
  TrainConfig                          training settings
  fit_network(x_all, labels, train_idx, val_idx, arch, config, feedback) -> (network, history, best_epoch)
  check_training(config, y_train)      LsmError for an unknown balancing or a one-class training set
  split_validation(labels, share, seed) -> (train_idx, val_idx), seeded and stratified
  parse_splits(values, layer_name, field) -> 'train' / 'test' / 'validation' per sample (LsmError otherwise)
  centre_valid(patches) -> bool per patch: every factor has a value at the patch's cell
  usable_samples(patches, labels, splits, layer_name, label_field) -> (patches, labels, splits, n_nodata)
  split_indices(labels, splits, test_share, val_share, seed) -> (train_idx, val_idx, test_idx)
  plot_history(history, path, title, best_epoch)   PNG of the curves
"""

import math
import time
from dataclasses import dataclass

import numpy as np

from .errors import LsmError
from .grid import atomic_path
from .lsnet_net import _torch, build_network, torch_device
from .progress import check_canceled, ensure_feedback

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
DEFAULT_SEED = 42
BALANCING = ("class_weights", "balanced_sampling", "none")
#: fewest samples of each class LSNet trains on
MIN_PER_CLASS = 10
#: split field values -> split
SPLIT_NAMES = {
    "train": "train",
    "training": "train",
    "test": "test",
    "testing": "test",
    "validation": "validation",
    "val": "validation",
}
#: samples per validation forward pass
VALIDATION_BATCH = 256


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


#: epochs of Zhang et al. 2022's schedule (Adam, learning rate 1e-4, no early stopping)
PAPER_EPOCHS = 600
#: training schedules: 'early_stopping' (the plugin's default) or 'paper'
SCHEDULES = ("early_stopping", "paper")


def paper_schedule(config):
    """*config* with the paper's schedule: 600 epochs at learning rate 1e-4, no early stopping (the
    patience is the whole run), no augmentation and no class balancing (the paper names neither).
    Batch size, seed and device are kept."""
    from dataclasses import replace

    return replace(
        config,
        epochs=PAPER_EPOCHS,
        learning_rate=DEFAULT_LEARNING_RATE,
        patience=PAPER_EPOCHS,
        augment=False,
        balancing="none",
    )


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


def check_training(config, y_train):
    """LsmError for an unknown balancing or training samples of one class."""
    if config.balancing not in BALANCING:
        raise LsmError(f"Unknown balancing '{config.balancing}': use one of {', '.join(BALANCING)}.")
    if np.bincount(np.asarray(y_train, dtype=np.int64), minlength=2).min() == 0:
        raise LsmError("The training samples hold only one class: LSNet needs landslides and non-landslides.")


def _selection_key(train_loss, val_loss, val_auc):
    """Order of the epochs: validation AUC (then lower loss), else validation loss, else training loss."""
    if math.isfinite(val_auc):
        return (val_auc, -val_loss)
    if math.isfinite(val_loss):
        return (-val_loss, 0.0)
    return (-train_loss, 0.0)


class _Trainer:
    """The state of one training run: network, optimiser, losses, random streams, best epoch."""

    def __init__(self, torch, x_all, labels, train_idx, val_idx, arch, config, device):
        self.torch, self.config, self.device = torch, config, device
        self.x_all, self.labels, self.val_idx = x_all, labels, val_idx
        self.y_train = labels[train_idx]
        self.counts = np.bincount(self.y_train, minlength=2)
        self.generator = torch.Generator().manual_seed(int(config.seed))
        self.network = build_network(arch).to(device)
        self.x_train = torch.as_tensor(x_all[train_idx])
        self.t_train = torch.as_tensor(self.y_train)
        weights = None
        if config.balancing == "class_weights":
            weights = torch.as_tensor(
                self.counts.sum() / (2.0 * self.counts), dtype=torch.float32, device=device
            )
        self.loss_fn = torch.nn.CrossEntropyLoss(weight=weights)
        self.val_loss_fn = torch.nn.CrossEntropyLoss()
        self.optimizer = torch.optim.Adam(self.network.parameters(), lr=float(config.learning_rate))
        self.rng = np.random.default_rng(int(config.seed))
        self.batch = max(2, int(config.batch_size))
        self.best_key, self.best_state, self.stale, self.best_epoch = None, None, 0, 0
        self.history = []

    def _order(self):
        """Sample order of one epoch: a permutation, or a balanced draw with replacement."""
        y = self.y_train
        if self.config.balancing == "balanced_sampling":
            p = np.where(y == 1, 0.5 / self.counts[1], 0.5 / self.counts[0])
            order = self.rng.choice(y.size, size=y.size, replace=True, p=p / p.sum())
        else:
            order = self.rng.permutation(y.size)
        if order.size % self.batch == 1 and order.size > 1:
            order = order[:-1]  # batch norm cannot train on a batch of one
        return order

    def train_epoch(self, feedback):
        """One pass over the training samples; returns the mean training loss."""
        torch, network = self.torch, self.network
        network.train()
        order = self._order()
        total, seen = 0.0, 0
        for start in range(0, order.size, self.batch):
            check_canceled(feedback)
            sel = torch.as_tensor(order[start : start + self.batch])
            xb = self.x_train[sel]
            if self.config.augment:
                xb = _augment(torch, xb, self.generator)
            xb, yb = xb.to(self.device), self.t_train[sel].to(self.device)
            self.optimizer.zero_grad()
            loss = self.loss_fn(network(xb), yb)
            loss.backward()
            self.optimizer.step()
            total += float(loss.item()) * len(sel)
            seen += len(sel)
        return total / max(1, seen)

    def validate(self):
        """(validation loss, validation AUC), NaN without validation samples."""
        torch, val_idx = self.torch, self.val_idx
        if not val_idx.size:
            return float("nan"), float("nan")
        self.network.eval()
        with torch.no_grad():
            logits = []
            for start in range(0, val_idx.size, VALIDATION_BATCH):
                xb = torch.as_tensor(self.x_all[val_idx[start : start + VALIDATION_BATCH]]).to(self.device)
                logits.append(self.network(xb).cpu())
            logits = torch.cat(logits)
            y_val = torch.as_tensor(self.labels[val_idx])
            val_loss = float(self.val_loss_fn(logits, y_val).item())
            return val_loss, _auc(self.labels[val_idx], torch.softmax(logits, dim=1)[:, 1].numpy())

    def keep_best(self, epoch, train_loss, val_loss, val_auc):
        """Keep the weights when this epoch is the best so far, else count it as stale."""
        key = _selection_key(train_loss, val_loss, val_auc)
        if self.best_key is None or key > self.best_key:
            self.best_key, self.stale, self.best_epoch = key, 0, epoch
            self.best_state = {k: v.detach().cpu().clone() for k, v in self.network.state_dict().items()}
        else:
            self.stale += 1

    def run_epoch(self, epoch, feedback):
        """Train, validate, log and keep the best weights; True when early stopping ends the run."""
        started = time.perf_counter()
        train_loss = self.train_epoch(feedback)
        val_loss, val_auc = self.validate()
        self.history.append(
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
        self.keep_best(epoch, train_loss, val_loss, val_auc)
        feedback.setProgress(100.0 * epoch / int(self.config.epochs))
        patience = int(self.config.patience)
        if self.val_idx.size and self.stale >= patience:
            feedback.pushInfo(
                f"early stop after epoch {epoch}: no better validation AUC for {patience} epochs"
            )
            return True
        return False


def fit_network(x_all, labels, train_idx, val_idx, arch, config, feedback=None):
    """Train a new patch network on network inputs x_all[train_idx] (already prepared), early stopping
    on the validation AUC of x_all[val_idx]. Returns (network on the CPU in eval mode with the weights of
    the best epoch, history: epoch, train_loss, val_loss, val_auc, seconds per epoch, best epoch)."""
    torch = _torch()
    feedback = ensure_feedback(feedback)
    device = torch_device(config.device)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(int(config.seed))
        trainer = _Trainer(torch, x_all, labels, train_idx, val_idx, arch, config, device)
        for epoch in range(1, int(config.epochs) + 1):
            if trainer.run_epoch(epoch, feedback):
                break
    network = trainer.network.cpu()
    if trainer.best_state is not None:
        network.load_state_dict(trainer.best_state)
    network.eval()
    return network, trainer.history, trainer.best_epoch


# -- samples --------------------------------------------------------------------------------------


def parse_splits(values, layer_name, field):
    """'train' / 'test' / 'validation' per value of a split field (train/training, test/testing,
    validation/val, any case); LsmError naming the other values."""
    out = np.empty(len(values), dtype=object)
    unknown = set()
    for i, value in enumerate(values):
        key = str(value).strip().lower() if value is not None else ""
        if key not in SPLIT_NAMES:
            unknown.add(str(value))
        out[i] = SPLIT_NAMES.get(key)
    if unknown:
        raise LsmError(
            "Field '{}' of layer '{}' holds value(s) {} besides 'train', 'test' and 'validation': fix "
            "them or leave the split field empty to hold out a random test share.".format(
                field, layer_name, ", ".join(sorted(unknown)[:5])
            )
        )
    return out


def centre_valid(patches):
    """Per patch (n, F, P, P): True when every factor has a value at the patch's cell (P // 2, P // 2)."""
    half = patches.shape[-1] // 2
    return np.isfinite(patches[:, :, half, half]).all(axis=1)


def usable_samples(patches, labels, splits, layer_name, label_field):
    """The samples whose own cell has every factor: (patches, labels, splits or None, number left
    out). LsmError when a class keeps fewer than MIN_PER_CLASS samples."""
    centre_ok = centre_valid(patches)
    n_nodata = int((~centre_ok).sum())
    if n_nodata:
        patches, labels = patches[centre_ok], labels[centre_ok]
        splits = splits[centre_ok] if splits is not None else None
    for cls, what in ((1, "landslides"), (0, "non-landslides")):
        count = int((labels == cls).sum())
        if count < MIN_PER_CLASS:
            raise LsmError(
                "Layer '{}' has {} usable {} (label {} in '{}'); LSNet needs at least {} of each class. "
                "Add samples (lsm:buildsamples, lsm:spysampling) or check the label field.".format(
                    layer_name, count, what, cls, label_field, MIN_PER_CLASS
                )
            )
    return patches, labels, splits, n_nodata


def split_indices(labels, splits, test_share, val_share, seed):
    """(train_idx, val_idx, test_idx): the split field's samples (validation from it when given, else a
    seeded share of the training samples), or without one a seeded, stratified test share."""
    # the test and the validation split each get their own stream of the seed
    test_seed, val_seed = np.random.SeedSequence(int(seed)).spawn(2)
    if splits is not None:
        test_idx = np.flatnonzero(splits == "test")
        given_val = np.flatnonzero(splits == "validation")
        fit_idx = np.flatnonzero(splits == "train")
    else:
        fit_idx, test_idx = split_validation(labels, test_share, test_seed)
        given_val = np.array([], dtype=np.int64)
    if given_val.size:
        return fit_idx, given_val, test_idx
    sub_train, sub_val = split_validation(labels[fit_idx], val_share, val_seed)
    return fit_idx[sub_train], fit_idx[sub_val], test_idx


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


# -- run record pieces ----------------------------------------------------------------------------


def data_hashes(patches, labels, train_idx, val_idx, test_idx):
    """core.bundle.data_hash of the train, validation and (when any) test samples."""
    from .bundle import data_hash

    hashes = {
        "train": data_hash(patches[train_idx], labels[train_idx]),
        "validation": data_hash(patches[val_idx], labels[val_idx]),
    }
    if len(test_idx):
        hashes["test"] = data_hash(patches[test_idx], labels[test_idx])
    return hashes


def fit_ratio(labels, train_idx, val_idx):
    """Negatives per positive the network was fitted on (as lsm:trainmodel records it)."""
    fit_labels = labels[np.concatenate([train_idx, val_idx])]
    return float((fit_labels == 0).sum()) / max(1, int((fit_labels == 1).sum()))


def run_summary(model, arch, train_idx, val_idx, test_idx):
    """The 'summary' of the lsm:trainlsnet run record."""
    torch = _torch()
    return {
        "n_train": int(len(train_idx)),
        "n_validation": int(len(val_idx)),
        "n_test": int(len(test_idx)),
        "epochs_run": len(model.history),
        "best_epoch": model.best_epoch,
        "architecture": arch.to_dict(),
        "history": model.history,
        "torch": torch.__version__,
    }
