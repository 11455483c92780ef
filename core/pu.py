"""Reliable negatives by positive-unlabeled (PU) learning: the two-step spy technique and Bagging-PU.

Landslide inventories give positives only; the unlabeled cells hold undetected and future
landslides. Following Fu et al. 2024 (IEEE JSTARS 17, "An integrated framework of
positive-unlabeled and imbalanced learning for landslide susceptibility mapping"):

- Step 1 (spy): hide a random share of the training landslides (the spies, default 15 %) among the
  unlabeled, train landslides-minus-spies against unlabeled+spies, score everything, set the
  threshold from the spies' scores (the lowest spy score once the lowest *noise share* of spies is
  discarded) and keep the unlabeled scoring below it: relatively reliable negatives (RRN).
- Step 2: train landslides against RRN: the prior model. It is streamed over the factor rasters
  (`core.grid.predict_to_raster`) to give a prior susceptibility map, classed by exact Jenks breaks
  (`core.jenks`), and the reliable negatives (RN) are drawn from the chosen low classes.
- Bagging-PU (Mordelet & Vert 2014, Pattern Recognition Letters 37): every tree sees all
  landslides and a bootstrap of the unlabeled of the same size; unlabeled cells are scored
  out-of-bag. The ensemble is the prior model, streamed over the rasters as above; the RN are the
  lowest-scored unlabeled cells of the split (`lowest_negatives`): every valid non-landslide cell
  ranked by its score, the out-of-bag score for the sample's unlabeled cells (the map's score for
  them is biased low, the trees that saw them learnt them as negatives), ties broken at random.
  The negative classes do not apply; the summary's threshold is the highest score taken.

Train and test are never mixed (Fu et al. 2024, III.G): one prior model per split, each from that
split's landslides and unlabeled cells; test RN never share a cell with training RN.

The step classifier is a random forest whose trees each see a balanced bootstrap (as many
negatives as positives, Chen et al. 2004 "balanced random forest"), so two million unlabeled cells
cost no more to fit than ten thousand, and every unlabeled cell gets an out-of-bag score from the
trees that did not see it (no in-sample optimism, which would make every spy look negative).

The raster-wide passes (open-cell counts, the prior maps, their Jenks breaks, the draw and the
negatives' factor values) run here, or as block tasks on a Dask cluster through a distributed
core.dask_blocks.BlockRunner (pu_sampling's *runner*; core.pu_cluster, core.negatives): the same
prior maps to the byte, the same breaks and the same negatives.
"""

import time
from dataclasses import dataclass

import numpy as np

from .errors import LsmError
from .forest import BalancedRandomForest
from .negatives import (  # noqa: F401 (DrawResult, max_ratio: part of the PU run's API)
    DrawResult,
    check_feasible,
    draw_negative_cells,
    eligible_counts,
    lowest_negatives,
    max_ratio,
    max_split_ratio,
    negative_counts,
)
from .progress import SubProgress, ensure_feedback
from .pu_steps import (  # noqa: F401 (re-exported)
    JENKS_CLASSES,
    METHODS,
    MIN_LANDSLIDES,
    MIN_RRN,
    MIN_SPIES,
    MODEL_TYPES,
    N_TREES,
    NEGATIVE_CLASSES,
    NEGATIVE_RATIO,
    SPY_FRACTION,
    SPY_NOISE,
    STEP1_CLASSIFIERS,
    PuParams,
    StepResult,
    _check_split,
    _step1_scores,
    encoded_model,
    fit_bagging,
    fit_prior,
    fit_spy,
    one_hot_encoder,
    required_landslides,
    small_split_advice,
    spy_fraction_for,
    spy_threshold,
)

# ---------------------------------------------------------------------------------------------
# the step classifier


#: the step classifier: core.forest's balanced random forest (kept under its old name for the
#: bundles of earlier versions, whose pickles name core.pu.BalancedForest)
BalancedForest = BalancedRandomForest


# step 1 and the two methods: core.pu_steps


# ---------------------------------------------------------------------------------------------
# the whole run


@dataclass
class SplitOutcome:
    """Facts of one split for the summary table and the run record."""

    split: str
    landslides: int
    unlabeled: int
    spies: int
    threshold: float
    rrn: int
    rejected_share: float
    negatives: int
    available: int
    edges: list
    prior_path: str
    bundle_path: str = ""


@dataclass
class PuResult:
    """Reliable negatives (per split: rows, cols, prior, factor values) and the split outcomes."""

    negatives: dict
    outcomes: dict
    models: dict
    grid: object
    times: dict
    metrics: dict = None


@dataclass
class _Samples:
    """The sample rows of a PU run, checked: values, labels, splits, flat cells."""

    X: np.ndarray
    labels: np.ndarray
    splits: np.ndarray
    cells: np.ndarray
    present: list

    def rows(self, split, label=None):
        rows = self.splits == split
        return rows if label is None else rows & (self.labels == label)


def _samples(X, labels, splits, cells):
    X = np.asarray(X)
    X = X if X.dtype in (np.float32, np.float64) else X.astype(np.float64)
    splits = np.asarray(splits).astype(str)
    present = [s for s in ("train", "test") if np.any(splits == s)]
    if "train" not in present:
        raise LsmError(
            "The sample layer has no 'train' rows: the split field must hold 'train' (and 'test')."
        )
    labels = np.asarray(labels).astype(np.int64)
    return _Samples(X, labels, splits, np.asarray(cells, dtype=np.int64), present)


class _Stages:
    """Equal shares of the progress bar, handed out one after the other."""

    def __init__(self, feedback, n_stages):
        self.feedback, self.n_stages, self.stage = feedback, n_stages, 0

    def next(self):
        lo, hi = 100.0 * self.stage / self.n_stages, 100.0 * (self.stage + 1) / self.n_stages
        self.stage += 1
        return SubProgress(self.feedback, lo, hi)


def _fit_split(factors, grid, data, s, prior_path, params, stages, times, runner=None):
    """Step 1 and the prior map of split *s*; returns (StepResult, Jenks edges of the map). With a
    distributed *runner* the map and its Jenks passes are block tasks on its cluster."""
    from .jenks import jenks, raster_source

    pos, unl = data.rows(s, 1), data.rows(s, 0)
    stages.feedback.pushInfo(
        f"Prior model of the '{s}' split ({params.method}): {pos.sum()} landslides, {unl.sum()} unlabeled"
    )
    t = time.perf_counter()
    step = fit_prior(data.X[pos], data.X[unl], params, stages.next(), s)
    times[f"{s}_fit"] = time.perf_counter() - t
    times.update({f"{s}_{key}": value for key, value in step.times.items()})
    t = time.perf_counter()
    _prior_map(factors, step.model, prior_path, stages.next(), grid, f"prior_{s}", runner)
    times[f"{s}_prior_map"] = time.perf_counter() - t
    t = time.perf_counter()
    source = raster_source(prior_path, feedback=stages.next(), runner=runner)
    edges = jenks(source, params.n_classes, stages.feedback).breaks
    times[f"{s}_jenks"] = time.perf_counter() - t
    return step, edges


def _prior_map(factors, model, path, feedback, grid, description, runner):
    """The prior map of *model*: streamed here (core.prior_map), or block tasks on the cluster of a
    distributed *runner* (core.pu_cluster.prior_map: the same file)."""
    if runner is not None and runner.distributed:
        from .pu_cluster import prior_map

        return prior_map(factors, model, path, runner, feedback, grid=grid, description=description)
    from .prior_map import predict_to_raster

    def predict(block):
        return model.predict_proba(block)[:, 1]

    return predict_to_raster(factors, predict, path, feedback, grid=grid, description=description)


def _draw(data, prior_paths, edges, steps, params, landslides, feedback, eligible=None, runner=None):
    """The reliable negatives' cells of every split (DrawResult); *eligible*: see pu_sampling."""
    counts = negative_counts(landslides, params.split_ratios())
    paths = {s: prior_paths[s] for s in data.present}
    exclude = data.cells[data.labels == 1]
    if params.method == "bagging":
        overrides = {s: (data.cells[data.rows(s, 0)], steps[s].unlabeled_scores) for s in data.present}
        return lowest_negatives(
            paths,
            counts,
            exclude,
            params.draw_seed(),
            overrides,
            feedback,
            landslides=landslides,
            eligible=eligible,
            runner=runner,
        )
    return draw_negative_cells(
        paths,
        edges,
        params.negative_classes,
        counts,
        exclude,
        params.draw_seed(),
        feedback,
        landslides=landslides,
        eligible=eligible,
        runner=runner,
    )


def _read_negatives(factors, grid, draw, present, runner=None, feedback=None):
    """Per split: rows, cols, prior score and factor values of the drawn cells (cell order)."""
    from .pu_cluster import read_cells

    negatives = {}
    for s in present:
        order = np.argsort(draw.cells[s])
        c = draw.cells[s][order]
        rows, cols = c // grid.width, c % grid.width
        negatives[s] = {
            "rows": rows,
            "cols": cols,
            "prior": draw.priors[s][order].astype(np.float64),
            "X": read_cells(factors, grid, rows, cols, runner, feedback),
        }
    return negatives


def _outcome(s, data, step, negatives, draw, edges, landslides, params, prior_path):
    """The summary facts of split *s*; for Bagging-PU the "threshold" is the highest score among the
    RN taken and the "RRN" the sample's unlabeled cells whose out-of-bag score is at most that."""
    if params.method == "spy":
        threshold = step.threshold
        n_rrn = int(step.rrn.sum())
    else:
        taken = negatives[s]["prior"]
        threshold = float(taken.max()) if taken.size else float("nan")
        n_rrn = int(np.sum(step.unlabeled_scores <= threshold))
    n_unl = int(data.rows(s, 0).sum())
    return SplitOutcome(
        split=s,
        landslides=landslides[s],
        unlabeled=n_unl,
        spies=step.n_spies,
        threshold=threshold,
        rrn=n_rrn,
        rejected_share=1.0 - n_rrn / n_unl if n_unl else float("nan"),
        negatives=int(negatives[s]["rows"].size),
        available=int(draw.available[s]),
        edges=[float(e) for e in edges[s]],
        prior_path=str(prior_path),
    )


def _test_metrics(data, negatives, model, n_test_landslides):
    """Metrics of the train prior model on the test landslides and test negatives (None without)."""
    if "test" not in data.present or not negatives["test"]["rows"].size:
        return None
    from .metrics import evaluate

    Xt = np.concatenate([data.X[data.rows("test", 1)], negatives["test"]["X"]])
    yt = np.concatenate([np.ones(n_test_landslides), np.zeros(negatives["test"]["rows"].size)])
    finite = np.isfinite(Xt).all(axis=1)
    if not finite.any() or len(np.unique(yt[finite])) != 2:
        return None
    return evaluate(yt[finite], model.predict_proba(Xt[finite])[:, 1])


def _manifest_categorical(model, factors, params):
    """{factor: [categories]} of the one-hot encoder inside *model* ({} without)."""
    if not params.categorical or not hasattr(model, "named_steps"):
        return {}
    encoder = model.named_steps["onehot"].named_transformers_["categorical"]
    return {
        factors[i].name: [float(v) for v in cats] for i, cats in zip(params.categorical, encoder.categories_)
    }


def _save_bundle(path, model, factors, grid, data, s, outcome, params, bundle_extra):
    from .bundle import data_hash, make_manifest, save_bundle

    rows = data.splits == s
    categorical = _manifest_categorical(model, factors, params)
    manifest = make_manifest(
        MODEL_TYPES[params.method],
        [f.name for f in factors],
        kind="sklearn",
        categorical=categorical,
        preprocessing=(
            "inside the pipeline: categorical factors one-hot encoded over the categories listed in "
            "'categorical' (unknown values encode as all zeros), then a balanced random forest"
            if categorical
            else "none: a balanced random forest on raw factor values"
        ),
        crs_wkt=grid.crs_wkt,
        cell_size=list(grid.cell_size),
        parameters=_params_dict(params),
        seed=params.seed,
        data_hash=data_hash(data.X[rows], data.labels[rows]),
        training_metrics={
            "split": s,
            "landslides": int(data.rows(s, 1).sum()),
            "threshold": outcome.threshold,
            "rrn": outcome.rrn,
            "jenks_edges": outcome.edges,
        },
        role="pu_prior",
        split=s,
        **(bundle_extra or {}),
    )
    save_bundle(path, manifest, model)
    outcome.bundle_path = str(path)


def pu_sampling(
    factors,
    X,
    labels,
    splits,
    cells,
    prior_paths,
    params,
    bundle_paths=None,
    feedback=None,
    bundle_extra=None,
    eligible=None,
    check_first=True,
    runner=None,
):
    """The whole PU run on samples of one grid.

    factors: core.grid.Factor list (the rasters the prior maps are computed on), in the column
    order of *X* (float array, one row per sample point). labels: 1 landslide / 0 unlabeled.
    splits: 'train'/'test' per row. cells: flat cell index (row * width + col) of each row.
    prior_paths / bundle_paths: {split: path} to write. *eligible(window, split)*: flat bool of the
    cells open to that split's negatives (core.samples.Eligibility: off every inventory cell and the
    exclusion buffer, on the study area, in the split's own spatial blocks); None: every valid cell
    but the sample's landslides. *check_first*: count the open cells per split before fitting
    (negatives.eligible_counts) and stop at once when the ratio cannot fit (check_feasible).
    *runner*: a core.dask_blocks.BlockRunner, open for the whole run; when distributed, the
    raster-wide passes (open-cell counts, prior maps, their Jenks breaks, the draw, the negatives'
    factor values) are block tasks on its cluster, with the local run's outputs (core.pu_cluster).
    Returns a PuResult.
    """
    from .grid import check_grids

    feedback = ensure_feedback(feedback)
    params.check()
    grid = check_grids(factors)
    data = _samples(X, labels, splits, cells)
    _check_categorical(params, factors, data.X)
    times = {}
    stages = _Stages(feedback, len(data.present) * 3 + 1 + int(check_first))
    landslides = {s: int(data.rows(s, 1).sum()) for s in data.present}
    if check_first:
        t = time.perf_counter()
        exclude = data.cells[data.labels == 1]
        available, union = eligible_counts(
            factors, grid, landslides, exclude, eligible, stages.next(), runner=runner
        )
        _fit_ratio(params, available, union, landslides, stages.feedback)
        best = check_feasible(available, union, landslides, params.split_ratios())
        times["feasibility"] = time.perf_counter() - t
        stages.feedback.pushInfo(
            "Cells open to negatives: {} (largest negatives per landslide the area allows: {:g})".format(
                ", ".join(f"{s} {available[s]}" for s in data.present), best
            )
        )
        if params.test_ratio and "test" in data.present:
            stages.feedback.pushInfo(
                "Negatives per landslide: train 1:{:g}, test 1:{:g} (the largest test ratio beside this "
                "training ratio: {:g})".format(
                    params.ratio,
                    params.test_ratio,
                    max_split_ratio(available, union, landslides, params.split_ratios(), "test"),
                )
            )
    steps, edges = {}, {}
    for s in data.present:
        steps[s], edges[s] = _fit_split(factors, grid, data, s, prior_paths[s], params, stages, times, runner)
    t = time.perf_counter()
    draw = _draw(data, prior_paths, edges, steps, params, landslides, stages.next(), eligible, runner)
    times["draw"] = time.perf_counter() - t
    negatives = _read_negatives(factors, grid, draw, data.present, runner, stages.feedback)
    outcomes = {
        s: _outcome(s, data, steps[s], negatives, draw, edges, landslides, params, prior_paths[s])
        for s in data.present
    }
    models = {s: steps[s].model for s in data.present}
    metrics = _test_metrics(data, negatives, models["train"], landslides.get("test", 0))
    for s in data.present:
        if bundle_paths and bundle_paths.get(s):
            _save_bundle(
                bundle_paths[s], models[s], factors, grid, data, s, outcomes[s], params, bundle_extra
            )
    return PuResult(negatives, outcomes, models, grid, times, metrics)


def _check_categorical(params, factors, X):
    """LsmError when params.categorical names no column of *X*, or a column holds no class codes."""
    from dataclasses import replace

    from .samples import check_categorical_values

    index = {int(i) for i in params.categorical}
    bad = sorted(i for i in index if not 0 <= i < len(factors))
    if bad:
        raise LsmError(
            f"Categorical column(s) {bad} are not among the {len(factors)} factors: name factors of the run."
        )
    if index:
        check_categorical_values([replace(f, categorical=j in index) for j, f in enumerate(factors)], X)


def _fit_ratio(params, available, union, landslides, feedback):
    """With params.fit_ratio: lower params.ratio to the largest the open cells allow
    (negatives.max_ratio, the bound check_feasible reports), keeping the ratio asked in ratio_asked."""
    if not params.fit_ratio:
        return
    best = max_ratio(available, union, landslides)
    if params.ratio <= best:
        feedback.pushInfo(f"Negatives per landslide: {params.ratio:g} (it fits in the open cells).")
        return
    if best <= 0:
        raise LsmError(
            "No cell is open to the negatives ({}): open more cells (a smaller exclusion buffer, a larger "
            "study area or unlabeled pool).".format(", ".join(f"{s} {available[s]}" for s in available))
        )
    params.ratio_asked = params.ratio
    params.ratio = best
    feedback.pushWarning(
        "Negatives per landslide: {:g} asked, {:g} used, the largest the open cells allow ({}; "
        "core.negatives.check_feasible's bound). The spy technique draws from the low prior classes only, "
        "which may hold fewer.".format(
            params.ratio_asked, best, ", ".join(f"{s} {available[s]} cells" for s in available)
        )
    )


def _params_dict(params):
    return {
        "method": params.method,
        "spy_fraction": params.spy_fraction,
        "noise_share": params.noise_share,
        "n_trees": params.n_trees,
        "max_depth": params.max_depth,
        "n_classes": params.n_classes,
        "negative_classes": list(params.negative_classes),
        "ratio": params.ratio,
        "seed": params.seed,
        "step1": params.step1,
        "categorical": [int(i) for i in params.categorical],
        "fit_ratio": bool(params.fit_ratio),
        "ratio_asked": params.ratio_asked,
        "test_ratio": params.split_ratios()["test"],
    }


def params_dict(params):
    """JSON-safe parameters of a PuParams (for bundles and run records)."""
    return _params_dict(params)
