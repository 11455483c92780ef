"""The PU steps of one split (see core.pu): the settings (PuParams), the step-1 spy technique and
Bagging-PU (fit_spy, fit_bagging, fit_prior), the spy threshold and the per-split minimums.
Re-exported by core.pu."""

import math
import time
from dataclasses import dataclass, field

import numpy as np

from .cellkeys import spawn_seeds
from .errors import LsmError
from .forest import BalancedRandomForest
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
    #: negatives per landslide of the test split; None (or 0): the training ratio (*ratio*)
    test_ratio: float = None

    def split_ratios(self):
        """{'train': ratio, 'test': the test ratio, else the training one}: negatives per landslide."""
        return {"train": float(self.ratio), "test": float(self.test_ratio or self.ratio)}

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
        self._check_ratios()

    def _check_ratios(self):
        if self.ratio <= 0:
            raise LsmError("The number of negatives per landslide must be above 0.")
        if self.test_ratio is not None and self.test_ratio < 0:
            raise LsmError("The test negatives per landslide must be 0 (the training ratio) or above.")
        if self.fit_ratio and self.test_ratio and self.test_ratio != self.ratio:
            raise LsmError(
                "Fitting the ratio to the open cells (the paper design) takes one ratio for both splits: "
                "leave the test ratio at 0 (the training ratio)."
            )


@dataclass
class StepResult:
    """The prior model of one split and what step 1 found."""

    model: BalancedRandomForest  # core.pu.BalancedForest
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
