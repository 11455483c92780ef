"""Fu et al. 2024's saturation test, without QGIS: how the imbalanced learners behave as more
negatives per landslide are used for training (lsm:saturationtest).

For each ratio x repeat the training negatives are drawn from the pool (the same draw for every
model), each model is fitted and evaluated on one fixed test set (test landslides + negatives at
1:test_ratio). Seeds: one numpy SeedSequence(seed) spawns the test draw, the training draws (one per
ratio and repeat) and the model seeds (one per ratio and repeat, shared by the models), so the
results depend on the seed only, not on n_jobs.

    saturation_test(samples, train_rows, test_rows, model_types=..., ratios=..., repeats=...,
        test_ratio=..., seed=0, n_jobs=1, params=None, device="cpu", feedback=None, store=None,
        record_extra=None) -> (results, group)
    summarise(results, metric_set="metrics") -> Fu et al.'s Table III rows
    plot_saturation(summary, path, metrics=METRIC_KEYS, title=...) -> path (PNG, core.charts)
    parse_ratios(text) -> sorted ratios
"""

import time
import uuid
from dataclasses import dataclass

import numpy as np

from . import charts
from .bundle import data_hash
from .catalogue import TORCH_MODELS, model_params
from .errors import LsmError
from .fitting import fit
from .metrics import METRIC_KEYS, evaluate_scores
from .parallel import map_threads, resolve_n_jobs
from .progress import ensure_feedback
from .records import run_record
from .runrecord import write_record
from .sampleset import check_classes, subsample_pool

#: imbalance ratios of Fu et al. 2024's saturation test (negatives per positive)
DEFAULT_RATIOS = (2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200)
#: repeated samplings per model and ratio (Fu et al. 2024)
DEFAULT_REPEATS = 10
#: negatives per positive of the fixed test set (Fu et al. 2024)
DEFAULT_TEST_RATIO = 200.0
#: the four imbalanced learners of Fu et al. 2024
DEFAULT_SATURATION_MODELS = ("brf", "easyensemble", "smote_dnn", "adasyn_dnn")


def parse_ratios(text):
    """'2.5, 5, 10' -> [2.5, 5.0, 10.0]; LsmError on anything else."""
    ratios = []
    for part in str(text).replace(";", ",").split(","):
        if not part.strip():
            continue
        try:
            value = float(part.strip().replace("1:", ""))
        except ValueError as exc:
            raise LsmError(f"Cannot read ratio '{part.strip()}': give numbers such as 2.5, 5, 10.") from exc
        if value <= 0:
            raise LsmError(f"Ratio {value:g} is not positive.")
        ratios.append(value)
    if not ratios:
        raise LsmError("No imbalance ratio was given.")
    return sorted(set(ratios))


class _CancelOnly:
    """Feedback for one fit among many: passes cancel through, keeps progress to itself."""

    def __init__(self, parent):
        self.parent = parent

    def isCanceled(self):  # noqa: N802
        return self.parent.isCanceled()

    def setProgress(self, value):  # noqa: N802
        pass

    def pushInfo(self, message):  # noqa: N802
        pass


@dataclass
class _Task:
    model_type: str
    ratio: float
    repeat: int
    rows: np.ndarray
    seed: int


@dataclass
class _Design:
    """What every fit of one test shares."""

    samples: object
    train_pos: np.ndarray
    test_pos: np.ndarray
    test_neg: np.ndarray
    params: dict
    device: str
    inner_jobs: object
    feedback: object
    store: object
    group: str
    record_extra: dict
    test_set: np.ndarray = None
    test_hash: str = ""

    def __post_init__(self):
        self.test_set = np.concatenate([self.test_pos, self.test_neg])
        self.test_hash = data_hash(self.samples.X[self.test_set], self.samples.y[self.test_set])


def _model_seed(sequence):
    """A scikit-learn random_state (0 .. 2**31 - 1) from a SeedSequence."""
    return int(sequence.generate_state(1, dtype=np.uint32)[0] >> 1)


def _tasks(pool, n_pos, model_types, ratios, repeats, draw_root, model_root):
    """Fits ordered by model, ratio, repeat; every model of one (ratio, repeat) gets the same
    negatives and the same seed."""
    n_draws = len(ratios) * repeats
    draw_seeds, model_seeds = draw_root.spawn(n_draws), model_root.spawn(n_draws)
    draws = []
    for r, ratio in enumerate(ratios):
        for repeat in range(repeats):
            k = r * repeats + repeat
            negatives = subsample_pool(pool, n_pos, ratio, np.random.default_rng(draw_seeds[k]))
            draws.append((float(ratio), repeat, negatives, _model_seed(model_seeds[k])))
    draws.sort(key=lambda draw: draw[:2])
    return [
        _Task(model_type, ratio, repeat, negatives, seed)
        for model_type in model_types
        for ratio, repeat, negatives, seed in draws
    ]


def _record(design, task, rows, evaluation, seconds):
    samples = design.samples
    record = run_record(
        "lsm:saturationtest",
        evaluation=evaluation,
        model_type=task.model_type,
        ratio=task.ratio,
        repeat=task.repeat,
        group=design.group,
        name=f"{task.model_type} 1:{task.ratio:g} #{task.repeat + 1}",
        data_hashes={
            "train": data_hash(samples.X[rows], samples.y[rows]),
            "test": design.test_hash,
        },
        **design.record_extra,
    )
    record["summary"] = dict(
        record.get("summary") or {},
        seed=task.seed,
        fit_seconds=seconds,
        n_train_pos=int(design.train_pos.size),
        n_train_neg=int(task.rows.size),
        n_test_pos=int(design.test_pos.size),
        n_test_neg=int(design.test_neg.size),
    )
    write_record(design.store, record)
    return record["run_id"]


def _fit_one(design, task):
    """Fit one model on one draw, evaluate it on the test set, write its record when asked."""
    samples = design.samples
    rows = np.concatenate([design.train_pos, task.rows])
    start = time.perf_counter()
    model = fit(
        task.model_type,
        samples,
        rows,
        design.params.get(task.model_type),
        task.seed,
        design.inner_jobs if task.model_type not in TORCH_MODELS else None,
        design.device,
        _CancelOnly(design.feedback),
    )
    seconds = time.perf_counter() - start
    test_set = design.test_set
    evaluation = evaluate_scores(samples.y[test_set], model.predict_proba(samples.X[test_set])[:, 1])
    return {
        "model": task.model_type,
        "ratio": task.ratio,
        "repeat": task.repeat,
        "n_train_pos": int(design.train_pos.size),
        "n_train_neg": int(task.rows.size),
        "seconds": seconds,
        "metrics": evaluation["metrics"],
        "metrics_best": evaluation["metrics_best"],
        "best_threshold": evaluation["best_threshold"],
        "run_id": _record(design, task, rows, evaluation, seconds) if design.store else "",
    }


def _report(feedback, result, done, total):
    feedback.setProgress(100.0 * done / total)
    feedback.pushInfo(
        "{} 1:{:g} repeat {}: BA {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} ({:.1f} s) [{}/{}]".format(
            result["model"],
            result["ratio"],
            result["repeat"] + 1,
            result["metrics"]["balanced_accuracy"],
            result["metrics"]["roc_auc"],
            result["metrics"]["pr_auc"],
            result["seconds"],
            done,
            total,
        )
    )


def _run(design, tasks, n_jobs):
    """Every task's result, in task order, on *n_jobs* threads (torch's thread count restored)."""
    torch_threads = None
    if any(t.model_type in TORCH_MODELS for t in tasks):
        import torch

        # network fits set torch's (process-wide) thread count while they train; parallel fits
        # could leave another count behind, so the caller's count is restored at the end
        torch_threads = torch.get_num_threads()
    feedback = design.feedback
    try:
        return map_threads(
            lambda task: _fit_one(design, task),
            tasks,
            n_jobs,
            feedback,
            progress=False,
            on_done=lambda _i, result, done: _report(feedback, result, done, len(tasks)),
        )
    finally:
        if torch_threads is not None:
            import torch

            torch.set_num_threads(torch_threads)


def _check_pools(y, train_rows, test_rows, ratios):
    """(training positives, training pool, test positives, test pool); LsmError when a class is
    missing or a ratio cannot be drawn (before any fit starts)."""
    train_pos = train_rows[y[train_rows] == 1]
    pool = train_rows[y[train_rows] == 0]
    test_pos = test_rows[y[test_rows] == 1]
    test_pool = test_rows[y[test_rows] == 0]
    check_classes(y[train_rows], "training")
    if test_pos.size == 0 or test_pool.size == 0:
        raise LsmError("The test set needs landslides and negatives; check the split field.")
    for ratio in ratios:
        subsample_pool(pool, train_pos.size, ratio, np.random.default_rng(0))
    return train_pos, pool, test_pos, test_pool


def saturation_test(
    samples,
    train_rows,
    test_rows,
    model_types=DEFAULT_SATURATION_MODELS,
    ratios=DEFAULT_RATIOS,
    repeats=DEFAULT_REPEATS,
    test_ratio=DEFAULT_TEST_RATIO,
    seed=0,
    n_jobs=1,
    params=None,
    device="cpu",
    feedback=None,
    store=None,
    record_extra=None,
):
    """Fu et al. 2024's saturation test (see the module docstring).

    *params* maps a model type to its parameters. With n_jobs > 1 fits run in that many threads
    (each fit single-threaded). When *store* is given one run record per fit is written (group
    key shared by the runs of this test). Returns (results, group): results a list of dicts
    (model, ratio, repeat, n_train_pos, n_train_neg, seconds, metrics, metrics_best,
    best_threshold, run_id), ordered by model, ratio, repeat.
    """
    feedback = ensure_feedback(feedback)
    params = dict(params or {})
    for model_type in model_types:
        model_params(model_type, params.get(model_type))
    train_pos, pool, test_pos, test_pool = _check_pools(samples.y, train_rows, test_rows, ratios)
    test_root, draw_root, model_root = np.random.SeedSequence(int(seed)).spawn(3)
    test_neg = subsample_pool(test_pool, test_pos.size, test_ratio, np.random.default_rng(test_root), "test")
    tasks = _tasks(pool, train_pos.size, model_types, ratios, repeats, draw_root, model_root)
    record_extra = dict(record_extra or {})
    n_jobs = resolve_n_jobs(n_jobs)
    design = _Design(
        samples=samples,
        train_pos=train_pos,
        test_pos=test_pos,
        test_neg=test_neg,
        params=params,
        device=device,
        inner_jobs=1 if n_jobs > 1 else None,
        feedback=feedback,
        store=store,
        group=record_extra.pop("group", None) or "sat-" + uuid.uuid4().hex[:10],
        record_extra=record_extra,
    )
    feedback.pushInfo(
        f"Saturation test: {len(model_types)} model(s) x {len(ratios)} ratio(s) x {repeats} repeat(s) = "
        f"{len(tasks)} fits; {train_pos.size} training landslides, pool of {pool.size} negatives; test set "
        f"{test_pos.size} landslides + {test_neg.size} negatives (1:{test_ratio:g})."
    )
    return _run(design, tasks, n_jobs), design.group


def summarise(results, metric_set="metrics"):
    """Mean and sample standard deviation of each metric per (model, ratio): Fu et al.'s Table III.

    Returns a list of dicts: model, ratio, n, <metric>_mean, <metric>_sd for every METRIC_KEYS,
    seconds_mean.
    """
    groups = {}
    for result in results:
        groups.setdefault((result["model"], result["ratio"]), []).append(result)
    rows = []
    for (model_type, ratio), members in groups.items():
        row = {"model": model_type, "ratio": ratio, "n": len(members)}
        for key in METRIC_KEYS:
            values = np.array([m[metric_set][key] for m in members], dtype=float)
            row[key + "_mean"] = float(values.mean())
            row[key + "_sd"] = float(values.std(ddof=1)) if values.size > 1 else 0.0
        row["seconds_mean"] = float(np.mean([m["seconds"] for m in members]))
        rows.append(row)
    return rows


def plot_saturation(summary, path, metrics=METRIC_KEYS, title="Saturation test"):
    """PNG with one panel per metric: mean +/- sd against the imbalance ratio, a line per model
    (Fu et al. 2024, Fig. 11)."""
    return charts.save_png(charts.saturation_figure(summary, metrics, title), path)
