"""Which negatives? One experiment comparing negative-sampling strategies (lsm:comparenegatives).

The question of Fu et al. 2024 (Table II) and Tang et al. 2026: do the negatives a model is trained
on change how good the map is? Each strategy draws training negatives from the training split only:

- ``random``: random unlabeled cells of the sample layer (lsm:buildsamples' draw);
- ``buffer``: random unlabeled cells farther than a distance from every training landslide;
- ``spy`` / ``bagging``: the reliable negatives of core.pu (the two-step spy technique, Bagging-PU),
  each split's prior model from that split alone.

Every strategy times every model type (core.fitting) times N repeats is scored on ONE common
``random`` test set (the test landslides and the sample's random unlabeled test cells, landslide cells
excluded), optionally by the prediction-rate AUC over the whole map (``area``: the model predicted on
every valid cell block by block, core.ratecurves on the test landslides), and, for reference, on the
strategy's own test negatives (``rn``: buffer cells beyond the distance from the test landslides, the
PU test reliable negatives; optimistic by construction). Repeat i draws with the i-th child of
SeedSequence(seed): same seed, same result.

    result = compare(factors, samples, settings, workdir, feedback)
    result.runs           list of RunScore (strategy, model, repeat, test_set, metrics)
    summary_table(result.runs) -> rows (strategy, model, test_set, metric, mean, sd, n)
"""

import os
from dataclasses import dataclass, field

import numpy as np

from .errors import LsmError
from .progress import SubProgress, check_canceled, ensure_feedback

STRATEGIES = ("random", "buffer", "spy", "bagging")
#: metrics of the table (core.metrics keys) plus the map's prediction-rate AUC
METRICS = ("roc_auc", "pr_auc", "balanced_accuracy", "sensitivity", "specificity")
MAP_METRIC = "prediction_rate_auc"


@dataclass
class CompareSamples:
    """The sample layer on the factors' grid: values, labels 1/0, splits, rows, cols."""

    X: np.ndarray
    labels: np.ndarray
    splits: np.ndarray
    rows: np.ndarray
    cols: np.ndarray

    def pick(self, split, label):
        return np.flatnonzero((self.splits == split) & (self.labels == label))


@dataclass
class CompareSettings:
    strategies: tuple = STRATEGIES
    model_types: tuple = ("brf",)
    repeats: int = 3
    ratio: float = 1.0
    buffer_distance: float = 0.0
    seed: int = 0
    map_auc: bool = True
    n_jobs: int = 1
    device: str = "cpu"
    pu_trees: int = 100

    def check(self, cell_size):
        bad = [s for s in self.strategies if s not in STRATEGIES]
        if bad or not self.strategies:
            raise LsmError(
                f"Choose strategies among {', '.join(STRATEGIES)}; got {', '.join(bad) or 'none'}."
            )
        if not self.model_types:
            raise LsmError("Choose at least one model type.")
        if self.repeats < 1 or self.ratio <= 0:
            raise LsmError("Give at least one repeat and a negatives ratio above 0.")
        if "buffer" in self.strategies and self.buffer_distance < min(cell_size):
            raise LsmError(
                f"The buffer distance ({self.buffer_distance:g} map units) must be at least one cell "
                f"({min(cell_size):g}): give the distance beyond which cells count as buffer negatives."
            )


@dataclass
class RunScore:
    strategy: str
    model: str
    repeat: int
    test_set: str
    metrics: dict
    evaluation: dict = None


@dataclass
class CompareResult:
    runs: list = field(default_factory=list)
    n_common_test: tuple = (0, 0)
    notes: list = field(default_factory=list)


def _seed_int(seq):
    return int(seq.generate_state(1)[0])


def _landslide_cells(samples, grid):
    return set((samples.rows[samples.labels == 1] * grid.width + samples.cols[samples.labels == 1]).tolist())


def common_test(samples, grid):
    """(X, y) of the common `random` test set: test landslides and test unlabeled cells that are
    not landslide cells."""
    pos = samples.pick("test", 1)
    unl = _unlabeled(samples, grid, "test")
    if pos.size == 0 or unl.size == 0:
        raise LsmError(
            "The sample layer needs 'test' landslides and 'test' unlabeled rows (lsm:buildsamples draws "
            "both) for the common random test set."
        )
    rows = np.concatenate([pos, unl])
    return samples.X[rows], np.concatenate([np.ones(pos.size), np.zeros(unl.size)])


def _unlabeled(samples, grid, split):
    rows = samples.pick(split, 0)
    taken = _landslide_cells(samples, grid)
    keys = samples.rows[rows] * grid.width + samples.cols[rows]
    return rows[~np.isin(keys, list(taken))] if taken else rows


def _beyond(samples, grid, split, distance):
    """Unlabeled rows of *split* farther than *distance* from every landslide of that split."""
    from scipy.spatial import cKDTree

    unl = _unlabeled(samples, grid, split)
    pos = samples.pick(split, 1)
    if unl.size == 0 or pos.size == 0:
        return unl
    tree = cKDTree(np.column_stack(grid.xy(samples.rows[pos], samples.cols[pos])))
    nearest, _ = tree.query(np.column_stack(grid.xy(samples.rows[unl], samples.cols[unl])))
    return unl[nearest > distance]


def _sample_negatives(samples, grid, strategy, settings, rng):
    """(training negative X, own test negative X or None) for 'random' and 'buffer'."""
    from .sampleset import subsample_pool

    n_pos = samples.pick("train", 1).size
    if strategy == "random":
        pool = _unlabeled(samples, grid, "train")
        return samples.X[subsample_pool(pool, n_pos, settings.ratio, rng, "random-negatives")], None
    pool = _beyond(samples, grid, "train", settings.buffer_distance)
    train = subsample_pool(pool, n_pos, settings.ratio, rng, "buffer-negatives")
    test_pool = _beyond(samples, grid, "test", settings.buffer_distance)
    wanted = min(test_pool.size, int(round(settings.ratio * samples.pick("test", 1).size)))
    test = np.sort(rng.choice(test_pool, size=wanted, replace=False)) if wanted else test_pool[:0]
    return samples.X[train], samples.X[test]


def _pu_negatives(factors, samples, grid, strategy, settings, seed, workdir, feedback):
    """(training RN X, test RN X) of the spy technique or Bagging-PU (core.pu)."""
    from .pu import PuParams, pu_sampling

    params = PuParams(
        method="spy" if strategy == "spy" else "bagging",
        ratio=settings.ratio,
        seed=seed,
        n_jobs=settings.n_jobs,
        n_trees=settings.pu_trees,
    )
    priors = {s: os.path.join(workdir, f"prior_{strategy}_{s}.tif") for s in ("train", "test")}
    result = pu_sampling(
        factors,
        samples.X,
        samples.labels,
        samples.splits,
        samples.rows * grid.width + samples.cols,
        priors,
        params,
        feedback=feedback,
    )
    test = result.negatives.get("test")
    return result.negatives["train"]["X"], (test["X"] if test else None)


def _fit(model_type, X_pos, X_neg, names, seed, settings, feedback):
    from . import fitting
    from .sampleset import make_samples

    X = np.concatenate([X_pos, X_neg])
    y = np.concatenate([np.ones(len(X_pos), dtype=np.int64), np.zeros(len(X_neg), dtype=np.int64)])
    samples = make_samples(X, y, names, layer_name="comparison")
    rows = np.arange(len(samples.y))
    return fitting.fit(model_type, samples, rows, None, seed, settings.n_jobs, settings.device, feedback)


def _score(model, X, y):
    from .metrics import evaluate_scores

    evaluation = evaluate_scores(y, model.predict_proba(X)[:, 1])
    return {key: float(evaluation["metrics"][key]) for key in METRICS}, evaluation


def map_auc(model, factors, landslides, path, feedback=None):
    """Prediction-rate AUC of *model* over every valid cell of *factors* (landslides: (rows, cols))."""
    from .grid import predict_to_raster
    from .ratecurves import rate_curves

    feedback = ensure_feedback(feedback)

    def predict(block):
        return model.predict_proba(block)[:, 1]

    predict_to_raster(factors, predict, path, SubProgress(feedback, 0, 80))
    result = rate_curves(path, {"prediction": landslides}, feedback=SubProgress(feedback, 80, 100))
    os.remove(path)
    return float(result.curves["prediction"].auc)


def compare(factors, samples, settings, workdir, feedback=None):
    """The whole experiment (see the module docstring); CompareResult."""
    from .grid import check_grids

    feedback = ensure_feedback(feedback)
    grid = check_grids(factors)
    settings.check(grid.cell_size)
    names = [f.name for f in factors]
    X_test, y_test = common_test(samples, grid)
    pos_train = samples.X[samples.pick("train", 1)]
    test_ls = (samples.rows[samples.pick("test", 1)], samples.cols[samples.pick("test", 1)])
    result = CompareResult(n_common_test=(int(y_test.sum()), int((y_test == 0).sum())))
    units = settings.repeats * len(settings.strategies) * (1 + len(settings.model_types))
    done = 0
    for repeat, seq in enumerate(np.random.SeedSequence(settings.seed).spawn(settings.repeats)):
        draw_seq, *model_seqs = seq.spawn(1 + len(settings.model_types))
        for strategy in settings.strategies:
            check_canceled(feedback)
            step = SubProgress(feedback, 100.0 * done / units, 100.0 * (done + 1) / units)
            feedback.pushInfo(f"Repeat {repeat + 1}/{settings.repeats}: {strategy} negatives")
            if strategy in ("random", "buffer"):
                neg_train, neg_test = _sample_negatives(
                    samples, grid, strategy, settings, np.random.default_rng(draw_seq)
                )
            else:
                neg_train, neg_test = _pu_negatives(
                    factors, samples, grid, strategy, settings, _seed_int(draw_seq), workdir, step
                )
            done += 1
            for model_type, model_seq in zip(settings.model_types, model_seqs):
                check_canceled(feedback)
                step = SubProgress(feedback, 100.0 * done / units, 100.0 * (done + 1) / units)
                runs = _model_runs(
                    (strategy, model_type, repeat),
                    (pos_train, neg_train, neg_test),
                    (X_test, y_test, test_ls),
                    (factors, names, settings, _seed_int(model_seq), workdir),
                    step,
                )
                result.runs.extend(runs)
                done += 1
    return result


def _model_runs(key, negatives, tests, context, feedback):
    """RunScores of one fitted model: common random test, own rn test, map (area)."""
    strategy, model_type, repeat = key
    pos_train, neg_train, neg_test = negatives
    X_test, y_test, test_ls = tests
    factors, names, settings, seed, workdir = context
    model = _fit(model_type, pos_train, neg_train, names, seed, settings, SubProgress(feedback, 0, 40))
    metrics, evaluation = _score(model, X_test, y_test)
    runs = [RunScore(strategy, model_type, repeat, "random", metrics, evaluation)]
    if neg_test is not None and len(neg_test):
        n_pos = int(y_test.sum())
        X_rn = np.concatenate([X_test[:n_pos], neg_test])
        y_rn = np.concatenate([np.ones(n_pos), np.zeros(len(neg_test))])
        runs.append(RunScore(strategy, model_type, repeat, "rn", *_score(model, X_rn, y_rn)))
    if settings.map_auc:
        path = os.path.join(workdir, f"map_{strategy}_{model_type}_{repeat}.tif")
        auc = map_auc(model, factors, test_ls, path, SubProgress(feedback, 40, 100))
        runs.append(RunScore(strategy, model_type, repeat, "area", {MAP_METRIC: auc}))
    return runs


def summary_table(runs):
    """Rows (strategy, model, test_set, metric, mean, sd, n) in the order the runs came (sd: ddof=1,
    NaN for one run)."""
    groups = {}
    for run in runs:
        for metric, value in run.metrics.items():
            groups.setdefault((run.strategy, run.model, run.test_set, metric), []).append(value)
    rows = []
    for (strategy, model, test_set, metric), values in groups.items():
        v = np.asarray(values, dtype=np.float64)
        sd = float(v.std(ddof=1)) if v.size > 1 else float("nan")
        rows.append((strategy, model, test_set, metric, float(v.mean()), sd, int(v.size)))
    return rows


def box_data(runs, test_set, metric):
    """(labels 'strategy / model', value lists) for a box plot of *metric* on *test_set*."""
    groups = {}
    for run in runs:
        if run.test_set == test_set and metric in run.metrics:
            groups.setdefault(f"{run.strategy} / {run.model}", []).append(run.metrics[metric])
    return list(groups), list(groups.values())


def boxes_figure(runs, with_map=True):
    """Figure: ROC-AUC on the common random test and (with the map) the prediction-rate AUC."""
    from .charts import PALETTE, draw_boxes, new_figure

    panels = [("random", "roc_auc", "ROC-AUC, common random test")]
    if with_map:
        panels.append(("area", MAP_METRIC, "Prediction-rate AUC over the map"))
    figure = new_figure(5.5 * len(panels), 4.2)
    for i, (test_set, metric, title) in enumerate(panels):
        axes = figure.add_subplot(1, len(panels), i + 1)
        labels, data = box_data(runs, test_set, metric)
        colors = [PALETTE[j % len(PALETTE)] for j in range(len(labels))]
        draw_boxes(axes, labels, data, colors, ylabel=metric)
        axes.set_title(title, fontsize=9)
    figure.tight_layout()
    return figure
