"""Reliable-negative mapping units by the spy technique (or Bagging-PU) on unit attributes (lsm:unitnegatives).

The PU steps of core.pu (core.pu_steps.fit_prior: spies hidden among the unlabeled, the spy threshold,
the step-2 prior forest; or Bagging-PU) run on a feature matrix of units instead of raster cells:

- landslide units: count >= *threshold* (1 by default: the presence rule of lsm:unitfactors);
- unlabeled units: count 0; units with 0 < count < threshold, a NULL count or a missing factor value
  take no part (no label);
- spies: a share of the landslide units hidden among the unlabeled (step 1), the threshold is the spy
  score below which only the noise share of spies fall;
- prior: the step-2 forest (landslide units against the relatively reliable negatives of step 1)
  scores every complete unit, the training ones included (as the prior map of lsm:spysampling
  covers every cell); exact Jenks classes of the units' prior values (core.units.unit_jenks, each
  unit weighing 1) in *params.n_classes* classes;
- reliable negatives: the unlabeled units in the prior's low classes (*params.negative_classes*, 1 =
  very low); all of them, or at most *ratio* per landslide unit drawn at random (seeded) with ratio > 0.

    check_counts(count, name) -> LsmError on negative or fractional counts
    unit_negatives(X, count, params, threshold=1, ratio=0.0, feedback=None) -> UnitNegatives
"""

from dataclasses import dataclass

import numpy as np

from .errors import LsmError
from .jenks import classify
from .progress import SubProgress, ensure_feedback
from .pu_steps import MIN_LANDSLIDES, MIN_RRN, fit_prior, required_landslides, spy_fraction_for
from .units import unit_jenks

#: kinds of the units in the output's kind field ('' for the units without a label)
LANDSLIDE_KIND, RN_KIND = "landslide", "rn"


@dataclass
class UnitNegatives:
    label: np.ndarray  # 1 landslide unit, 0 reliable negative, -1 neither
    kind: np.ndarray  # LANDSLIDE_KIND / RN_KIND / ''
    prior: np.ndarray  # prior probability (NaN where a factor value is missing)
    prior_class: np.ndarray  # 1..k, 0 without a prior
    breaks: np.ndarray
    threshold: float
    n_spies: int
    n_unlabeled: int
    n_candidates: int  # unlabeled units in the negative classes
    notes: list


def check_counts(count, name):
    """LsmError when a landslide count field holds negative or fractional values."""
    c = np.asarray(count, dtype=np.float64)
    finite = c[np.isfinite(c)]
    bad = np.unique(finite[(finite < 0) | (finite != np.round(finite))])
    if bad.size:
        raise LsmError(
            f"The landslide count field '{name}' holds values that are not counts ({', '.join(f'{v:g}' for v in bad[:5])}): "
            "give the number of landslides of each unit (0, 1, 2, ...), e.g. ls_count of lsm:unitfactors."
        )


def unit_negatives(X, count, params, threshold=1, ratio=0.0, feedback=None, name="count"):
    """Reliable-negative units of a feature matrix *X* (n_units, n_factors) and landslide counts (module doc)."""
    feedback = ensure_feedback(feedback)
    params.check()
    if threshold < 1:
        raise LsmError(f"The landslide threshold must be at least 1 landslide per unit (got {threshold:g}).")
    X = np.asarray(X, dtype=np.float64)
    count = np.asarray(count, dtype=np.float64)
    check_counts(count, name)
    complete = np.isfinite(X).all(axis=1) & np.isfinite(count)
    positive = complete & (count >= threshold)
    unlabeled = complete & (count == 0)
    _check_units(int(positive.sum()), int(unlabeled.sum()), params, threshold)
    step = fit_prior(X[positive], X[unlabeled], params, SubProgress(feedback, 0, 80), name="units")
    prior = np.full(X.shape[0], np.nan)
    scored = np.isfinite(X).all(axis=1)
    prior[scored] = np.asarray(step.model.predict_proba(X[scored]))[:, 1]
    feedback.setProgress(90)
    breaks = unit_jenks(prior, params.n_classes).breaks
    prior_class = np.where(scored, classify(np.nan_to_num(prior), breaks), 0)
    candidates = np.flatnonzero(unlabeled & np.isin(prior_class, list(params.negative_classes)))
    notes = []
    chosen = _draw(candidates, int(positive.sum()), ratio, params.seed, notes)
    label = np.full(X.shape[0], -1, dtype=np.int64)
    label[positive] = 1
    label[chosen] = 0
    kind = np.full(X.shape[0], "", dtype=object)
    kind[positive] = LANDSLIDE_KIND
    kind[chosen] = RN_KIND
    between = int((complete & (count > 0) & (count < threshold)).sum())
    if between:
        notes.append(
            f"{between} unit(s) with 1 to {threshold - 1:g} landslides are neither landslide nor unlabeled units: "
            "left without a label."
        )
    feedback.setProgress(100)
    return UnitNegatives(
        label,
        kind,
        prior,
        prior_class,
        np.asarray(breaks),
        float(step.threshold),
        int(step.n_spies),
        int(unlabeled.sum()),
        int(candidates.size),
        notes,
    )


def _check_units(n_positive, n_unlabeled, params, threshold):
    """LsmError in unit words when there are too few landslide or unlabeled units for the PU steps."""
    need = required_landslides(params.spy_fraction) if params.method == "spy" else MIN_LANDSLIDES
    if n_positive < need:
        tips = []
        fraction = spy_fraction_for(n_positive) if params.method == "spy" else None
        if fraction is not None:
            tips.append(f"raise the spy fraction to {fraction:g} or more")
        if params.method == "spy" and n_positive >= MIN_LANDSLIDES:
            tips.append(f"use Bagging-PU (it needs {MIN_LANDSLIDES} landslide units and no spies)")
        if threshold > 1:
            tips.append("lower the landslide threshold")
        tips.append("use smaller units or a larger inventory")
        raise LsmError(
            f"{n_positive} unit(s) hold at least {threshold:g} landslide(s); the {params.method} method needs at "
            f"least {need} landslide units. What works: {'; '.join(tips)}."
        )
    if n_unlabeled < MIN_RRN:
        raise LsmError(
            f"Only {n_unlabeled} unit(s) have no landslide (count 0); the PU steps need at least {MIN_RRN} "
            "unlabeled units: use smaller units."
        )


def _draw(candidates, n_positive, ratio, seed, notes):
    if candidates.size == 0:
        raise LsmError(
            "No unlabeled unit falls in the prior's negative classes: choose more negative classes or more "
            "Jenks classes."
        )
    if ratio <= 0:
        return candidates
    wanted = int(round(ratio * n_positive))
    if wanted >= candidates.size:
        notes.append(
            f"WARNING: {candidates.size} unlabeled units lie in the negative classes, fewer than the {wanted} "
            f"of 1:{ratio:g}; all of them are reliable negatives."
        )
        return candidates
    return np.sort(np.random.default_rng(seed).choice(candidates, wanted, replace=False))
