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
"""

import math
import time
from dataclasses import dataclass, field

import numpy as np

from .cellkeys import spawn_seeds
from .errors import LsmError
from .forest import BalancedRandomForest
from .negatives import (  # noqa: F401 (DrawResult, max_ratio: part of the PU run's API)
    DrawResult,
    check_feasible,
    draw_negative_cells,
    eligible_counts,
    lowest_negatives,
    max_ratio,
    negative_counts,
)
from .progress import SubProgress, ensure_feedback
from .samples import MIN_LANDSLIDES as SAMPLES_MIN_LANDSLIDES

#: share of the training landslides hidden among the unlabeled as spies (Fu et al. 2024)
SPY_FRACTION = 0.15
#: share of spies allowed below the threshold: the noise tail (Liu et al. 2002, ICML, "noise level")
SPY_NOISE = 0.05
#: trees of the step classifier (random forest)
N_TREES = 100
#: classes of the Jenks classification of the prior map (Fu et al. 2024: very low ... very high)
JENKS_CLASSES = 5
#: prior classes the reliable negatives come from (very low and low)
NEGATIVE_CLASSES = (1, 2)
#: reliable negatives drawn per landslide of the split
NEGATIVE_RATIO = 10.0
#: fewest spies that give a threshold worth the name
MIN_SPIES = 5
#: fewest landslides per split to train a step classifier (the one minimum of lsm:buildsamples too)
MIN_LANDSLIDES = SAMPLES_MIN_LANDSLIDES
#: fewest relatively reliable negatives to train the prior model
MIN_RRN = 10
METHODS = ("spy", "bagging")
#: step-1 classifiers of the spy technique: balanced bootstraps scored out-of-bag (default), or the plain
#: random forest of Fu et al. 2024 scored in-sample
STEP1_CLASSIFIERS = ("balanced_oob", "plain_rf")
MODEL_TYPES = {"spy": "spy", "bagging": "bagging_pu"}


# ---------------------------------------------------------------------------------------------
# the step classifier


#: the step classifier: core.forest's balanced random forest (kept under its old name for the
#: bundles of earlier versions, whose pickles name core.pu.BalancedForest)
BalancedForest = BalancedRandomForest


def one_hot_encoder(X, categorical_index):
    """A fitted ColumnTransformer one-hot encoding the *categorical_index* columns of *X* over their
    distinct finite values (unknown values encode as all zeros), then the other columns unchanged, in
    their order (as core.models.make_preprocessor orders its blocks); None without categorical columns."""
    idx = [int(i) for i in categorical_index or ()]
    if not idx:
        return None
    from sklearn.compose import ColumnTransformer
    from sklearn.preprocessing import OneHotEncoder

    X = np.asarray(X, dtype=np.float64)
    categories = [np.unique(X[:, i][np.isfinite(X[:, i])]) for i in idx]
    encoder = ColumnTransformer(
        [
            (
                "categorical",
                OneHotEncoder(categories=categories, handle_unknown="ignore", sparse_output=False),
                idx,
            )
        ],
        remainder="passthrough",
        sparse_threshold=0.0,
    )
    return encoder.fit(X)


def encoded_model(encoder, model):
    """The prior model on raw factor values: *model* alone, or Pipeline(one-hot encoder, model), both
    already fitted."""
    if encoder is None:
        return model
    from sklearn.pipeline import Pipeline

    return Pipeline([("onehot", encoder), ("forest", model)])


# ---------------------------------------------------------------------------------------------
# step 1 and the two methods


def spy_threshold(spy_scores, noise_share=SPY_NOISE):
    """The lowest spy score once the floor(noise_share * n) lowest spies are discarded as noise:
    at most that many spies score strictly below it."""
    scores = np.sort(np.asarray(spy_scores, dtype=np.float64))
    if scores.size == 0:
        raise LsmError("There are no spies to set the threshold from.")
    if not 0.0 <= noise_share < 1.0:
        raise LsmError("The spy noise share must be at least 0 and below 1.")
    k = int(math.floor(noise_share * scores.size + 1e-9))
    return float(scores[min(k, scores.size - 1)])


def required_landslides(spy_fraction=SPY_FRACTION):
    """Fewest landslides per split for a spy set of MIN_SPIES and a step classifier."""
    # the fewest landslides whose spy share (rounded as fit_spy rounds it) reaches MIN_SPIES
    n = int(math.floor((MIN_SPIES - 0.5) / spy_fraction)) if spy_fraction > 0 else MIN_SPIES * 2
    while int(round(spy_fraction * n)) < MIN_SPIES:
        n += 1
    return max(MIN_LANDSLIDES, n, MIN_SPIES * 2)


@dataclass
class PuParams:
    """Settings of a PU run (defaults: Fu et al. 2024 where the paper gives them)."""

    method: str = "spy"
    spy_fraction: float = SPY_FRACTION
    noise_share: float = SPY_NOISE
    n_trees: int = N_TREES
    max_depth: int = 0
    n_classes: int = JENKS_CLASSES
    negative_classes: tuple = NEGATIVE_CLASSES
    ratio: float = NEGATIVE_RATIO
    seed: int = 0
    n_jobs: int = 1
    step1: str = "balanced_oob"
    #: columns of X (and factors) holding class codes: one-hot encoded for the step forests
    categorical: tuple = ()
    #: lower the ratio to the largest the open cells allow (the paper design's "1:200 or the largest
    #: that fits", negatives.max_ratio) instead of stopping; ratio_asked keeps the ratio asked for
    fit_ratio: bool = False
    ratio_asked: float = None

    def forest(self, seed, n_per_class, bootstrap_positives=True):
        """The step classifier: *n_per_class* unlabeled draws per tree (and as many landslides
        with *bootstrap_positives*, else every landslide once)."""
        return BalancedRandomForest(
            n_estimators=self.n_trees,
            max_depth=self.max_depth or None,
            n_per_class=int(n_per_class),
            bootstrap_positives=bootstrap_positives,
            random_state=seed,
            n_jobs=self.n_jobs,
        )

    def split_seeds(self, name):
        """(spies, first forest, second forest) seeds of split *name*: SeedSequence(seed).spawn."""
        train, test, _draw = spawn_seeds(self.seed, 3)
        return spawn_seeds(train if name == "train" else test, 3)

    def draw_seed(self):
        """Seed of the reliable negatives' draw (the third child of SeedSequence(seed))."""
        return spawn_seeds(self.seed, 3)[2]

    def check(self):
        if self.method not in METHODS:
            raise LsmError(f"Unknown PU method '{self.method}': use one of {', '.join(METHODS)}.")
        if self.step1 not in STEP1_CLASSIFIERS:
            raise LsmError(
                f"Unknown step-1 classifier '{self.step1}': use one of {', '.join(STEP1_CLASSIFIERS)}."
            )
        if not 0.0 < self.spy_fraction < 1.0:
            raise LsmError("The spy fraction must lie between 0 and 1 (Fu et al. 2024 use 0.15).")
        if not 0.0 <= self.noise_share < 1.0:
            raise LsmError("The spy noise share must be at least 0 and below 1 (default 0.05).")
        if self.n_trees < 1:
            raise LsmError("The step classifier needs at least one tree.")
        if self.n_classes < 2:
            raise LsmError("The prior map needs at least 2 Jenks classes.")
        bad = [c for c in self.negative_classes if not 1 <= int(c) <= self.n_classes]
        if bad or not self.negative_classes:
            raise LsmError(
                "Negative classes must be class numbers between 1 (very low) and {} (very high); got {}.".format(
                    self.n_classes, ", ".join(str(c) for c in self.negative_classes) or "none"
                )
            )
        if len(set(self.negative_classes)) >= self.n_classes:
            raise LsmError(
                "Negatives cannot come from every prior class: leave out at least the highest one."
            )
        if self.ratio <= 0:
            raise LsmError("The number of negatives per landslide must be above 0.")


@dataclass
class StepResult:
    """The prior model of one split and what step 1 found."""

    model: BalancedForest
    unlabeled_scores: np.ndarray  # out-of-bag step-1 scores (spy) or Bagging-PU scores of the unlabeled
    threshold: float = float("nan")
    n_spies: int = 0
    spy_scores: np.ndarray = None
    rrn: np.ndarray = None  # bool mask over the unlabeled (spy); None for bagging
    times: dict = field(default_factory=dict)


def spy_fraction_for(n_landslides):
    """The smallest spy fraction (2 decimals, below 0.9) giving MIN_SPIES spies out of *n_landslides*,
    or None when no fraction does (too few landslides)."""
    if n_landslides < max(MIN_LANDSLIDES, MIN_SPIES * 2):
        return None
    for k in range(1, 90):
        if int(round(k / 100.0 * n_landslides)) >= MIN_SPIES:
            return k / 100.0
    return None


def small_split_advice(name, n_landslides, params):
    """What works when split *name* has too few landslides for the chosen method (the message of
    _check_split): every-cell polygon mode, a larger spy fraction, Bagging-PU, the other share."""
    tips = [
        "with a polygon inventory, build the samples with 'Every cell' polygons in lsm:buildsamples (each "
        "polygon's cells stay in one split)"
    ]
    if params.method == "spy":
        fraction = spy_fraction_for(n_landslides)
        if fraction is not None:
            tips.append(f"raise the spy fraction to {fraction:g} or more")
        if n_landslides >= MIN_LANDSLIDES:
            tips.append(f"use Bagging-PU, which needs {MIN_LANDSLIDES} landslides per split and no spies")
    if name == "test":
        tips.append("raise the test share (lower the train fraction)")
    else:
        tips.append("add landslides")
    return "; ".join(tips)


def _check_split(name, X_pos, X_unl, params):
    need = required_landslides(params.spy_fraction) if params.method == "spy" else MIN_LANDSLIDES
    if len(X_pos) < need:
        advice = small_split_advice(name, len(X_pos), params)
        if params.method == "spy":
            n_spies = int(round(params.spy_fraction * len(X_pos)))
            raise LsmError(
                "The '{}' split has {} landslides: a spy fraction of {:g} gives {} spies, but the spy "
                "technique needs at least {} spies and {} landslides; so at least {} landslides are needed "
                "in this split. What works: {}.".format(
                    name, len(X_pos), params.spy_fraction, n_spies, MIN_SPIES, MIN_LANDSLIDES, need, advice
                )
            )
        raise LsmError(
            f"The '{name}' split has {len(X_pos)} landslides; Bagging-PU needs at least {need}. What works: "
            f"{advice}."
        )
    if len(X_unl) < MIN_RRN:
        raise LsmError(
            f"The '{name}' split has {len(X_unl)} unlabeled cells (label 0); at least {MIN_RRN} are needed, "
            "and many more (several per landslide) for a useful prior: draw more unlabeled cells."
        )


def fit_spy(X_pos, X_unl, params, feedback=None, name="train"):
    """Two-step spy technique on the landslides and unlabeled cells of one split."""
    feedback = ensure_feedback(feedback)
    _check_split(name, X_pos, X_unl, params)
    times = {}
    spy_seed, step1_seed, step2_seed = params.split_seeds(name)
    rng = np.random.default_rng(spy_seed)
    n_pos = len(X_pos)
    n_spies = max(MIN_SPIES, int(round(params.spy_fraction * n_pos)))
    spies = np.zeros(n_pos, dtype=bool)
    spies[rng.choice(n_pos, n_spies, replace=False)] = True
    # unlabeled + spies, spies last
    X_u = np.concatenate([np.asarray(X_unl, dtype=np.float32), np.asarray(X_pos, dtype=np.float32)[spies]])
    X_known = np.asarray(X_pos, dtype=np.float32)[~spies]
    scores = _step1_scores(X_known, X_u, params, step1_seed, feedback, times)
    del X_u
    t = time.perf_counter()
    unl_scores, spy_scores = scores[: len(X_unl)], scores[len(X_unl) :]
    threshold = spy_threshold(spy_scores, params.noise_share)
    rrn = unl_scores < threshold
    if rrn.sum() < MIN_RRN:
        # coarse scores (few trees) can put the threshold on the lowest score itself: take the ties too
        rrn = unl_scores <= threshold
        feedback.pushInfo(
            f"{name}: few scores lie strictly below the spy threshold; unlabeled cells equal to it "
            "are taken as well (more trees give finer scores)."
        )
    times["threshold"] = time.perf_counter() - t
    n_rrn = int(rrn.sum())
    if n_rrn < MIN_RRN:
        raise LsmError(
            "In the '{}' split only {} of {} unlabeled cells scored below the spy threshold {:.3g}: the spies "
            "cannot be told from the unlabeled. Raise the spy noise share, draw more unlabeled cells, or check "
            "that the factors explain the landslides.".format(name, n_rrn, len(X_unl), threshold)
        )
    feedback.pushInfo(
        "{}: {} spies, threshold {:.4f}, {} of {} unlabeled below it (RRN), {:.1%} rejected".format(
            name, n_spies, threshold, n_rrn, len(X_unl), 1.0 - n_rrn / len(X_unl)
        )
    )
    t = time.perf_counter()
    prior = params.forest(step2_seed, len(X_pos))
    prior.fit_balanced(X_pos, np.asarray(X_unl)[rrn], SubProgress(feedback, 80, 100))
    times["step2_fit"] = time.perf_counter() - t
    return StepResult(prior, unl_scores, threshold, n_spies, spy_scores, rrn, times)


def _step1_scores(X_known, X_u, params, seed, feedback, times):
    """Step-1 scores of the unlabeled + spies *X_u*: out-of-bag scores of the balanced forest
    ('balanced_oob'), or in-sample scores of a plain random forest ('plain_rf', Fu et al. 2024)."""
    t = time.perf_counter()
    if params.step1 == "plain_rf":
        from sklearn.ensemble import RandomForestClassifier

        forest = RandomForestClassifier(
            n_estimators=params.n_trees,
            max_depth=params.max_depth or None,
            random_state=int(seed) % 2**32,
            n_jobs=params.n_jobs,
        )
        y = np.concatenate([np.ones(len(X_known)), np.zeros(len(X_u))])
        forest.fit(np.concatenate([X_known, X_u]), y)
        times["step1_fit"] = time.perf_counter() - t
        feedback.setProgress(30)
        t = time.perf_counter()
        scores = forest.predict_proba(X_u)[:, 1]
    else:
        step1 = params.forest(seed, len(X_known))
        step1.fit_balanced(X_known, X_u, SubProgress(feedback, 0, 30), keep_in_bag=True)
        times["step1_fit"] = time.perf_counter() - t
        t = time.perf_counter()
        scores = step1.oob_scores(X_u, SubProgress(feedback, 30, 80))
    times["step1_score"] = time.perf_counter() - t
    return scores


def fit_bagging(X_pos, X_unl, params, feedback=None, name="train"):
    """Bagging-PU (Mordelet & Vert 2014): all landslides vs a bootstrap of the unlabeled of the same
    size per tree; unlabeled cells scored out-of-bag."""
    feedback = ensure_feedback(feedback)
    _check_split(name, X_pos, X_unl, params)
    times = {}
    t = time.perf_counter()
    model = params.forest(params.split_seeds(name)[1], len(X_pos), bootstrap_positives=False)
    model.fit_balanced(X_pos, X_unl, SubProgress(feedback, 0, 40), keep_in_bag=True)
    times["bagging_fit"] = time.perf_counter() - t
    t = time.perf_counter()
    scores = model.oob_scores(X_unl, SubProgress(feedback, 40, 100))
    model.in_bag_ = []
    times["bagging_score"] = time.perf_counter() - t
    return StepResult(model, scores, times=times)


def fit_prior(X_pos, X_unl, params, feedback=None, name="train"):
    """The prior model of one split by the chosen method; with categorical columns
    (params.categorical) the forests see them one-hot encoded (one_hot_encoder over this split's
    samples) and the model is the Pipeline of encoder and forest, applied to raw factor values."""
    fit = fit_spy if params.method == "spy" else fit_bagging
    encoder = one_hot_encoder(np.concatenate([X_pos, X_unl]), params.categorical)
    if encoder is None:
        return fit(X_pos, X_unl, params, feedback, name)
    step = fit(encoder.transform(X_pos), encoder.transform(X_unl), params, feedback, name)
    step.model = encoded_model(encoder, step.model)
    return step


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


def _fit_split(factors, grid, data, s, prior_path, params, stages, times):
    """Step 1 and the prior map of split *s*; returns (StepResult, Jenks edges of the map)."""
    from .grid import predict_to_raster
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

    def predict(block):
        return step.model.predict_proba(block)[:, 1]

    predict_to_raster(factors, predict, prior_path, stages.next(), grid=grid, description=f"prior_{s}")
    times[f"{s}_prior_map"] = time.perf_counter() - t
    t = time.perf_counter()
    source = raster_source(prior_path, feedback=stages.next())
    edges = jenks(source, params.n_classes, stages.feedback).breaks
    times[f"{s}_jenks"] = time.perf_counter() - t
    return step, edges


def _draw(data, prior_paths, edges, steps, params, landslides, feedback, eligible=None):
    """The reliable negatives' cells of every split (DrawResult); *eligible*: see pu_sampling."""
    counts = negative_counts(landslides, params.ratio)
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
    )


def _read_negatives(factors, grid, draw, present):
    """Per split: rows, cols, prior score and factor values of the drawn cells (cell order)."""
    from .grid import FactorReader

    reader = FactorReader(factors, grid)
    negatives = {}
    for s in present:
        order = np.argsort(draw.cells[s])
        c = draw.cells[s][order]
        rows, cols = c // grid.width, c % grid.width
        negatives[s] = {
            "rows": rows,
            "cols": cols,
            "prior": draw.priors[s][order].astype(np.float64),
            "X": reader.read_cells(rows, cols),
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
        available, union = eligible_counts(factors, grid, landslides, exclude, eligible, stages.next())
        _fit_ratio(params, available, union, landslides, stages.feedback)
        best = check_feasible(available, union, landslides, params.ratio)
        times["feasibility"] = time.perf_counter() - t
        stages.feedback.pushInfo(
            "Cells open to negatives: {} (largest negatives per landslide the area allows: {:g})".format(
                ", ".join(f"{s} {available[s]}" for s in data.present), best
            )
        )
    steps, edges = {}, {}
    for s in data.present:
        steps[s], edges[s] = _fit_split(factors, grid, data, s, prior_paths[s], params, stages, times)
    t = time.perf_counter()
    draw = _draw(data, prior_paths, edges, steps, params, landslides, stages.next(), eligible)
    times["draw"] = time.perf_counter() - t
    negatives = _read_negatives(factors, grid, draw, data.present)
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
    }


def params_dict(params):
    """JSON-safe parameters of a PuParams (for bundles and run records)."""
    return _params_dict(params)
