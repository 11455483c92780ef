"""Fu et al. 2024's saturation test, without QGIS: how the imbalanced learners behave as more
negatives per landslide are used for training (lsm:saturationtest), and their Table II (unlabeled
against reliable negatives at 1:1) as the same loop over two negative pools.

For each negative pool x ratio x repeat the training negatives are drawn from the whole pool (the
same draw for every model), each model is fitted and evaluated on fixed test sets: the test
landslides + negatives at 1:test_ratio, one test set per negative kind of the test split ('random'
random unlabeled cells, 'rn' reliable negatives: core.sampleset test-set kinds). Seeds: one numpy
SeedSequence(seed) spawns the test draws, the training draws (one per pool, ratio and repeat) and
the model seeds (one per ratio and repeat, shared by the models and the pools), so the results
depend on the seed only, not on n_jobs.

Repeats are distinct draws: a draw equal to an earlier repeat's is drawn again (same stream); when
the pool holds exactly ratio x landslides negatives (or the ratio is 0: the whole pool) every
repeat trains on the same negatives, and the design's warnings say so.

    feasibility(samples, train_rows, test_rows, ratios, test_ratio, pools=None) -> Feasibility
        (largest training ratio of each pool, largest test ratio of each test kind, problems)
    saturation_test(samples, train_rows, test_rows, model_types=..., ratios=..., repeats=...,
        test_ratio=..., seed=0, n_jobs=1, params=None, device="cpu", feedback=None, store=None,
        record_extra=None, pools=None, fit_test_ratio=False) -> (results, group)
    negatives_comparison(samples, train_rows, test_rows, pools, model_types=TABLE2_MODELS,
        repeats=..., ...) -> (results, group): Fu et al.'s Table II (ratio 1:1)
    summarise(results, metric_set="metrics") -> Fu et al.'s Table III rows
    plot_saturation(summary, path, metrics=METRIC_KEYS, title=...) -> path (PNG, core.charts)
    parse_ratios(text) -> sorted ratios
    PAPER_DESIGN: the preset of Fu et al. 2024 (ratios, repeats, test ratio)
"""

import math
import time
import uuid
from dataclasses import dataclass, field

import numpy as np

from . import charts
from .bundle import data_hash
from .catalogue import TORCH_MODELS, model_params
from .errors import LsmError
from .fitting import fit
from .metrics import METRIC_KEYS, evaluate_scores
from .parallel import map_threads, resolve_n_jobs
from .progress import ensure_feedback
from .records import link_test_sets, run_record
from .runrecord import write_record
from .sampleset import RN_NOTE, check_classes, kind_test_sets, split_warnings, subsample_pool, training_pool

#: imbalance ratios of Fu et al. 2024's saturation test (negatives per positive)
DEFAULT_RATIOS = (2.5, 5, 7.5, 10, 15, 20, 25, 50, 100, 150, 200)
#: repeated samplings per model and ratio (Fu et al. 2024)
DEFAULT_REPEATS = 10
#: negatives per positive of the fixed test set (Fu et al. 2024)
DEFAULT_TEST_RATIO = 200.0
#: the four imbalanced learners of Fu et al. 2024
DEFAULT_SATURATION_MODELS = ("brf", "easyensemble", "smote_dnn", "adasyn_dnn")
#: Fu et al. 2024's design: 11 ratios, 10 repeats, test 1:200 (or the largest that fits)
PAPER_DESIGN = {"ratios": DEFAULT_RATIOS, "repeats": DEFAULT_REPEATS, "test_ratio": DEFAULT_TEST_RATIO}
#: the benchmarks of Fu et al.'s Table II (unlabeled vs reliable negatives at 1:1)
TABLE2_MODELS = ("rf", "dnn")
#: draws of one repeat tried before two repeats are accepted as identical
MAX_REDRAWS = 50


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
    negatives: str
    ratio: float
    repeat: int
    rows: np.ndarray
    seed: int


@dataclass
class _Design:
    """What every fit of one test shares; *test_sets* {kind: rows} (test landslides + negatives)."""

    samples: object
    train_pos: np.ndarray
    test_sets: dict
    params: dict
    device: str
    inner_jobs: object
    feedback: object
    store: object
    group: str
    record_extra: dict
    warnings: list = field(default_factory=list)
    test_hashes: dict = field(default_factory=dict)

    def __post_init__(self):
        X, y = self.samples.X, self.samples.y
        self.test_hashes = {kind: data_hash(X[rows], y[rows]) for kind, rows in self.test_sets.items()}


@dataclass
class Feasibility:
    """What the pools allow: {pool: (negatives, largest ratio)}, {kind: (negatives, largest test
    ratio)}, the landslide counts and the problems (empty when the design fits)."""

    n_train_pos: int
    n_test_pos: int
    train: dict
    test: dict
    problems: list

    def message(self):
        pools = "; ".join(
            "{}{} negatives: at most 1:{:g}".format(f"{name} pool " if name else "pool ", n, _floor(best))
            for name, (n, best) in self.train.items()
        )
        tests = "; ".join(
            f"'{kind}' {n} negatives: at most 1:{_floor(best):g}" for kind, (n, best) in self.test.items()
        )
        return (
            "The samples cannot hold this design: "
            + " ".join(self.problems)
            + f" Training: {self.n_train_pos} "
            f"landslides, {pools}. Test: {self.n_test_pos} landslides, {tests}. Lower the ratios, or draw more "
            "negatives (lsm:buildsamples / lsm:spysampling with a higher ratio)."
        )


def _floor(value):
    return math.floor(value * 10) / 10


def _model_seed(sequence):
    """A scikit-learn random_state (0 .. 2**31 - 1) from a SeedSequence."""
    return int(sequence.generate_state(1, dtype=np.uint32)[0] >> 1)


def _distinct_draws(pool, n_pos, ratio, seeds):
    """One sorted draw per seed from the whole *pool*, an earlier repeat's draw drawn again (same
    stream) while other subsets exist; (draws, number of repeats equal to an earlier one)."""
    draws, seen, same = [], set(), 0
    wanted = int(round(float(ratio) * n_pos)) if ratio and ratio > 0 else pool.size
    for sequence in seeds:
        rng = np.random.default_rng(sequence)
        negatives = subsample_pool(pool, n_pos, ratio, rng)
        tries = 1
        while negatives.tobytes() in seen and wanted < pool.size and tries < MAX_REDRAWS:
            negatives = subsample_pool(pool, n_pos, ratio, rng)
            tries += 1
        same += negatives.tobytes() in seen
        seen.add(negatives.tobytes())
        draws.append(negatives)
    return draws, same


def _same_draw_warning(name, pool_size, n_pos, ratio, repeats, same):
    what = f"the {name} pool" if name else "the pool"
    return (
        f"At 1:{ratio:g} {what} holds {pool_size} negatives for {int(round(ratio * n_pos)) if ratio > 0 else pool_size} "
        f"wanted: {same + 1} of the {repeats} repeats train on the same negatives (only the model seed differs), so "
        f"their spread is not a sampling spread. Draw a larger pool: about repeats x ratio x landslides = "
        f"{int(math.ceil(repeats * max(ratio, 1.0) * n_pos))} negatives (lsm:buildsamples at 1:{repeats * ratio:g})."
    )


def _tasks(pools, n_pos, model_types, ratios, repeats, roots, warnings):
    """Fits ordered by model, pool, ratio, repeat; every model of one (pool, ratio, repeat) gets the
    same negatives, every pool and model of one (ratio, repeat) the same seed."""
    draw_root, model_root = roots
    n_draws = len(ratios) * repeats
    draw_seeds, model_seeds = draw_root.spawn(n_draws * len(pools)), model_root.spawn(n_draws)
    draws = []
    for p, (name, pool) in enumerate(pools.items()):
        for r, ratio in enumerate(ratios):
            k = p * n_draws + r * repeats
            negatives, same = _distinct_draws(pool, n_pos, ratio, draw_seeds[k : k + repeats])
            if same:
                warnings.append(_same_draw_warning(name, pool.size, n_pos, ratio, repeats, same))
            for repeat in range(repeats):
                seed = _model_seed(model_seeds[r * repeats + repeat])
                draws.append((p, float(ratio), repeat, name, negatives[repeat], seed))
    draws.sort(key=lambda draw: draw[:3])
    return [
        _Task(model_type, name, ratio, repeat, negatives, seed)
        for model_type in model_types
        for _p, ratio, repeat, name, negatives, seed in draws
    ]


def _name(task, kind):
    pool = f" {task.negatives}" if task.negatives else ""
    return f"{task.model_type}{pool} 1:{task.ratio:g} #{task.repeat + 1} [{kind}]"


def _records(design, task, rows, evaluations, seconds):
    """One record per test-set kind (linked); {kind: run id}."""
    samples = design.samples
    train_hash = data_hash(samples.X[rows], samples.y[rows])
    records = []
    for kind, evaluation in evaluations.items():
        record = run_record(
            "lsm:saturationtest",
            evaluation=evaluation,
            model_type=task.model_type,
            ratio=task.ratio,
            repeat=task.repeat,
            group=design.group,
            name=_name(task, kind),
            test_set=kind,
            warnings=list(design.warnings),
            data_hashes={"train": train_hash, "test": design.test_hashes[kind]},
            **design.record_extra,
        )
        record["summary"] = dict(
            record.get("summary") or {},
            seed=task.seed,
            fit_seconds=seconds,
            negatives=task.negatives or None,
            n_train_pos=int(design.train_pos.size),
            n_train_neg=int(task.rows.size),
            n_test_pos=evaluation["n_positive"],
            n_test_neg=evaluation["n_negative"],
        )
        records.append(record)
    for record in link_test_sets(records):
        write_record(design.store, record)
    return {r["test_set"]: r["run_id"] for r in records}


def _fit_one(design, task):
    """Fit one model on one draw, evaluate it on every test set, write its records when asked: one
    result per test-set kind."""
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
    evaluations = {
        kind: evaluate_scores(samples.y[test], model.predict_proba(samples.X[test])[:, 1])
        for kind, test in design.test_sets.items()
    }
    run_ids = _records(design, task, rows, evaluations, seconds) if design.store else {}
    return [
        {
            "model": task.model_type,
            "negatives": task.negatives,
            "ratio": task.ratio,
            "repeat": task.repeat,
            "test_set": kind,
            "n_train_pos": int(design.train_pos.size),
            "n_train_neg": int(task.rows.size),
            "n_test_pos": evaluation["n_positive"],
            "n_test_neg": evaluation["n_negative"],
            "seconds": seconds,
            "metrics": evaluation["metrics"],
            "metrics_best": evaluation["metrics_best"],
            "best_threshold": evaluation["best_threshold"],
            "run_id": run_ids.get(kind, ""),
        }
        for kind, evaluation in evaluations.items()
    ]


def _report(feedback, results, done, total):
    feedback.setProgress(100.0 * done / total)
    for result in results:
        feedback.pushInfo(
            "{}{} 1:{:g} repeat {} [{}]: BA {:.3f}, ROC-AUC {:.3f}, PR-AUC {:.3f} ({:.1f} s) [{}/{}]".format(
                result["model"],
                f" {result['negatives']}" if result["negatives"] else "",
                result["ratio"],
                result["repeat"] + 1,
                result["test_set"],
                result["metrics"]["balanced_accuracy"],
                result["metrics"]["roc_auc"],
                result["metrics"]["pr_auc"],
                result["seconds"],
                done,
                total,
            )
        )


def _import_pandas():
    """Import pandas (when installed) here, in the calling thread, before the fits start in threads.

    scikit-learn imports pandas lazily inside a fit (its output checks, e.g. 1.4.2 on Debian 13): when
    two worker threads reach that first import at once, one sees the module half made and fails with
    "partially initialized module 'pandas'" (intermittent). Imported once up front, every thread finds
    it whole in sys.modules. pandas is optional: without it scikit-learn does not import it either."""
    try:
        import pandas  # noqa: F401
    except ImportError:
        pass


def _run(design, tasks, n_jobs):
    """Every task's results, in task order (then test-set kind), on *n_jobs* threads (torch's
    thread count restored)."""
    torch_threads = None
    if any(t.model_type in TORCH_MODELS for t in tasks):
        import torch

        # network fits set torch's (process-wide) thread count while they train; parallel fits
        # could leave another count behind, so the caller's count is restored at the end
        torch_threads = torch.get_num_threads()
    feedback = design.feedback
    _import_pandas()
    try:
        per_task = map_threads(
            lambda task: _fit_one(design, task),
            tasks,
            n_jobs,
            feedback,
            progress=False,
            on_done=lambda _i, results, done: _report(feedback, results, done, len(tasks)),
        )
    finally:
        if torch_threads is not None:
            import torch

            torch.set_num_threads(torch_threads)
    return [result for results in per_task for result in results]


def _largest(n_negatives, n_pos):
    return n_negatives / n_pos if n_pos else 0.0


def _pools(samples, train_rows, pools):
    if pools is None:
        return {"": training_pool(samples, train_rows)[0]}
    return {name: np.asarray(rows) for name, rows in pools.items()}


def feasibility(samples, train_rows, test_rows, ratios, test_ratio, pools=None):
    """What the training pools and the test negatives of each kind allow, before any draw (see
    Feasibility); ratios <= 0 (all the pool) always fit."""
    y = samples.y
    n_train_pos = int((y[train_rows] == 1).sum())
    test_pos = np.asarray(test_rows)[y[test_rows] == 1]
    train = {
        name: (int(pool.size), _largest(pool.size, n_train_pos))
        for name, pool in _pools(samples, train_rows, pools).items()
    }
    test = {
        kind: (int(rows.size - test_pos.size), _largest(rows.size - test_pos.size, test_pos.size))
        for kind, rows in kind_test_sets(samples, test_rows).items()
    }
    problems = []
    for name, (n, _best) in train.items():
        too_high = [r for r in ratios if r > 0 and int(round(r * n_train_pos)) > n]
        if too_high:
            problems.append(
                "Training ratio(s) {} need {} negatives{}, but only {} are available.".format(
                    ", ".join(f"1:{r:g}" for r in too_high),
                    int(round(max(too_high) * n_train_pos)),
                    f" from the {name} pool" if name else "",
                    n,
                )
            )
    for kind, (n, _best) in test.items():
        # the 'random' companion set is scored at the largest ratio it allows (a note, not a stop)
        if kind == "random":
            continue
        if test_ratio and test_ratio > 0 and int(round(test_ratio * test_pos.size)) > n:
            problems.append(
                f"The test ratio 1:{test_ratio:g} needs {int(round(test_ratio * test_pos.size))} '{kind}' test "
                f"negatives, but only {n} are available."
            )
    return Feasibility(n_train_pos, int(test_pos.size), train, test, problems)


def _check_classes(samples, train_rows, test_rows):
    """LsmError when a class is missing from the training or the test rows."""
    check_classes(samples.y[train_rows], "training")
    tests = kind_test_sets(samples, test_rows)
    if not (samples.y[test_rows] == 1).any() or not tests:
        raise LsmError("The test set needs landslides and negatives; check the split field.")
    return tests


def _fixed_test_sets(samples, tests, test_ratio, fit_test_ratio, root, feedback):
    """{kind: test rows}: the test landslides + 1:test_ratio negatives of each kind (the largest
    ratio that fits when *fit_test_ratio*, and always for the 'random' companion set); one seed stream per kind."""
    out = {}
    for kind, sequence in zip(tests, root.spawn(len(tests))):
        rows = tests[kind]
        positives, pool = rows[samples.y[rows] == 1], rows[samples.y[rows] == 0]
        ratio = test_ratio
        fits = fit_test_ratio or kind == "random"
        if fits and test_ratio > 0 and test_ratio * positives.size > pool.size:
            ratio = _floor(_largest(pool.size, positives.size))
            feedback.pushInfo(
                f"Test set '{kind}': 1:{test_ratio:g} needs {int(round(test_ratio * positives.size))} negatives, "
                f"{pool.size} are available: the largest ratio that fits, 1:{ratio:g}, is used."
            )
        negatives = subsample_pool(pool, positives.size, ratio, np.random.default_rng(sequence), "test")
        out[kind] = np.concatenate([positives, negatives])
    return out


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
    pools=None,
    fit_test_ratio=False,
):
    """Fu et al. 2024's saturation test (see the module docstring).

    *params* maps a model type to its parameters. *pools* {name: training negative rows} (default:
    core.sampleset.training_pool of *train_rows*, named ''). The design is checked before any draw:
    LsmError with the numbers (feasibility) when a ratio does not fit; with *fit_test_ratio* the
    test ratio is lowered to the largest that fits instead. With n_jobs > 1 fits run in that many
    threads (each fit single-threaded). When *store* is given one run record per fit and test-set
    kind is written (group key shared by the runs of this test). Returns (results, group): results a
    list of dicts (model, negatives, ratio, repeat, test_set, n_train_pos, n_train_neg, n_test_pos,
    n_test_neg, seconds, metrics, metrics_best, best_threshold, run_id), ordered by model, pool,
    ratio, repeat, test-set kind ('random' first).
    """
    feedback = ensure_feedback(feedback)
    params = dict(params or {})
    for model_type in model_types:
        model_params(model_type, params.get(model_type))
    tests = _check_classes(samples, train_rows, test_rows)
    pools = _pools(samples, train_rows, pools)
    check = feasibility(samples, train_rows, test_rows, ratios, 0 if fit_test_ratio else test_ratio, pools)
    if check.problems:
        raise LsmError(check.message())
    train_pos = train_rows[samples.y[train_rows] == 1]
    test_root, draw_root, model_root = np.random.SeedSequence(int(seed)).spawn(3)
    test_sets = _fixed_test_sets(samples, tests, test_ratio, fit_test_ratio, test_root, feedback)
    warnings = split_warnings(int(check.n_test_pos))
    tasks = _tasks(pools, train_pos.size, model_types, ratios, repeats, (draw_root, model_root), warnings)
    record_extra = dict(record_extra or {})
    n_jobs = resolve_n_jobs(n_jobs)
    design = _Design(
        samples=samples,
        train_pos=train_pos,
        test_sets=test_sets,
        params=params,
        device=device,
        inner_jobs=1 if n_jobs > 1 else None,
        feedback=feedback,
        store=store,
        group=record_extra.pop("group", None) or "sat-" + uuid.uuid4().hex[:10],
        record_extra=record_extra,
        warnings=warnings,
    )
    _log_design(feedback, design, tasks, pools, (model_types, ratios, repeats))
    return _run(design, tasks, n_jobs), design.group


def _log_design(feedback, design, tasks, pools, shape):
    model_types, ratios, repeats = shape
    samples = design.samples
    pool_text = ", ".join(f"{name + ' ' if name else ''}pool of {pool.size}" for name, pool in pools.items())
    tests = "; ".join(
        "'{}' {} landslides + {} negatives".format(
            kind, int((samples.y[rows] == 1).sum()), int((samples.y[rows] == 0).sum())
        )
        for kind, rows in design.test_sets.items()
    )
    feedback.pushInfo(
        f"Saturation test: {len(model_types)} model(s) x {len(pools) if len(pools) > 1 else ''}"
        f"{' pools x ' if len(pools) > 1 else ''}{len(ratios)} ratio(s) x {repeats} repeat(s) = {len(tasks)} fits; "
        f"{design.train_pos.size} training landslides, {pool_text} negatives; test sets: {tests}."
    )
    if "rn" in design.test_sets:
        feedback.pushInfo(RN_NOTE)
    for warning in design.warnings:
        feedback.pushWarning(warning)


def negatives_comparison(
    samples, train_rows, test_rows, pools, model_types=TABLE2_MODELS, repeats=DEFAULT_REPEATS, **options
):
    """Fu et al. 2024's Table II: each model trained at 1:1 on negatives of each pool ({name: training
    negative rows}, e.g. {'unlabeled': random cells, 'rn': reliable negatives}), *repeats* times, on
    the fixed test sets; *options* as saturation_test (ratios is 1:1). Returns (results, group)."""
    if len(pools) < 2 or any(np.asarray(rows).size == 0 for rows in pools.values()):
        raise LsmError(
            "The negatives comparison needs training negatives of two kinds ({}), each non-empty.".format(
                ", ".join(f"{name}: {np.asarray(rows).size}" for name, rows in pools.items())
            )
        )
    options.pop("ratios", None)
    return saturation_test(
        samples,
        train_rows,
        test_rows,
        model_types=model_types,
        ratios=(1.0,),
        repeats=repeats,
        pools=pools,
        **options,
    )


def summarise(results, metric_set="metrics"):
    """Mean and sample standard deviation of each metric per (model, negatives pool, ratio, test
    set): Fu et al.'s Table III (Table II with two pools).

    Returns a list of dicts: model, negatives, ratio, test_set, n, <metric>_mean, <metric>_sd for every METRIC_KEYS,
    seconds_mean.
    """
    groups = {}
    for result in results:
        key = (result["model"], result.get("negatives", ""), result["ratio"], result.get("test_set", ""))
        groups.setdefault(key, []).append(result)
    rows = []
    for (model_type, negatives, ratio, test_set), members in groups.items():
        row = {
            "model": model_type,
            "negatives": negatives,
            "ratio": ratio,
            "test_set": test_set,
            "n": len(members),
        }
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
