"""Test sets and leave-one-group-out validation of the FCN (core.fcn_train), without QGIS.

Test sets (the core.records test-set kinds). The held-out cells are scored on the blended map of
their windows (core.fcn.FcnModel.predict_cells) and evaluated against the binary landslide mask:
  'random'  every landslide cell of the held-out cells against as many non-landslide cells drawn at
            random among them (seeded, without replacement; all of them when fewer): 1:1, comparable
            with the sample-based runs
  'area'    every valid held-out cell (the whole area: rate curves)
  'train'   when no cell is held out, or the held-out cells lack a class: every valid cell of the
            training windows (resubstitution, optimistic)
Each evaluation is core.metrics.evaluate_scores plus stratified bootstrap 95 % intervals
(core.intervals, seed 0). Beyond BOOTSTRAP_CAP negatives the interval is bootstrapped on a seeded
subsample of BOOTSTRAP_CAP negatives (every landslide kept): a slightly wider, conservative interval,
said in its _meta; the metrics and the interval's value use every cell.

Leave one group out (Fan et al. 2025 validate leave-one-event-out). Every landslide carries a group
(an event or region field). The region of a group is the bounding box, in cells, of its landslides
widened by *margin* cells on each side and clipped to the grid. Fold g trains a fresh FCN (the same
settings, a seed spawned per fold, no test share) on the windows that do not touch region g (its
validation windows come from those too) and scores every valid cell of region g on the blended map
of windows tiled over the region alone. Its test sets are 'random' and 'area' as above, with the
landslide cells of the region as positives (those of another group inside it too: no training
window saw them either). Regions that overlap are noted (the groups are meant to be separate areas).
Per kind, a core.crossvalidate.CrossValidationResult: the fold table, the mean and the t interval of
the mean over the folds (core.crossvalidate.spread_interval).

    TEST_KINDS = ("random", "area")
    held_out_sets(y, scores, seed) -> {kind: (y, scores)}
    evaluate_sets(sets, feedback) -> {kind: evaluation with "intervals" and "warnings"}
    evaluate_model(model, reader, mask, device, seed, feedback) -> {kind: evaluation}
    group_regions(groups, boxes, shape, margin) -> GroupRegions (names, regions, landslides, notes)
    leave_one_group_out(factors, mask, arch, config, regions, feedback, grid)
        -> {kind: CrossValidationResult}
"""

from dataclasses import dataclass, field, replace

import numpy as np

from . import folds as F
from .crossvalidate import CrossValidationResult, FoldResult
from .errors import LsmError
from .fcn import tile_plan
from .fcn_train import cell_scores, covered_cells, plan_windows, train_fcn
from .grid import FactorReader
from .intervals import evaluate_with_intervals
from .lsnet_net import torch_device
from .metrics import evaluate_scores
from .progress import SubProgress, check_canceled, ensure_feedback
from .sampleset import MIN_TEST_LANDSLIDES

TEST_KINDS = ("random", "area")
#: most negatives the bootstrap of an interval resamples (memory and time bound)
BOOTSTRAP_CAP = 200_000
#: what each test-set kind holds (the run records say it)
KIND_TEXT = {
    "random": "landslide cells of the held-out cells against as many random non-landslide cells of them",
    "area": "every valid held-out cell",
    "train": "every valid cell of the training windows (resubstitution)",
}


def held_out_sets(y, scores, seed):
    """{'random': (y, scores), 'area': (y, scores)} of held-out cells (module docstring)."""
    y = np.asarray(y).astype(np.int64)
    scores = np.asarray(scores, dtype=np.float64)
    positives, negatives = np.flatnonzero(y == 1), np.flatnonzero(y != 1)
    rng = np.random.default_rng(seed)
    drawn = rng.choice(negatives, size=min(positives.size, negatives.size), replace=False)
    rows = np.sort(np.concatenate([positives, drawn]))
    return {"random": (y[rows], scores[rows]), "area": (y, scores)}


def _with_intervals(y, scores, feedback):
    """evaluate_scores plus the bootstrap intervals (capped negatives, module docstring)."""
    negatives = np.flatnonzero(y != 1)
    if negatives.size <= BOOTSTRAP_CAP:
        return evaluate_with_intervals(y, scores, feedback=feedback)
    evaluation = evaluate_scores(y, scores)
    keep = np.sort(
        np.concatenate(
            [np.flatnonzero(y == 1), np.random.default_rng(0).choice(negatives, BOOTSTRAP_CAP, replace=False)]
        )
    )
    intervals = evaluate_with_intervals(y[keep], scores[keep], feedback=feedback)["intervals"]
    for key, entry in intervals.items():
        if key != "_meta":
            value = float(evaluation["metrics"][key])
            entry.update(value=value, low=min(entry["low"], value), high=max(entry["high"], value))
    intervals["_meta"]["method"] += (
        f" on every landslide and {BOOTSTRAP_CAP} of the {negatives.size} negatives (seeded subsample)"
    )
    evaluation["intervals"] = intervals
    return evaluation


def _warnings(n_positive):
    if n_positive < MIN_TEST_LANDSLIDES:
        return [
            f"The test cells hold only {n_positive} landslide cells (fewer than {MIN_TEST_LANDSLIDES}): the "
            "metrics swing widely from one split to the next (see the intervals). Try a larger test share, a "
            "smaller window, or the leave-one-group-out validation."
        ]
    return []


def evaluate_sets(sets, feedback=None):
    """{kind: evaluation (metrics, curves, intervals, warnings, test_set_text)} of *sets*."""
    out = {}
    for kind, (y, scores) in sets.items():
        check_canceled(feedback)
        evaluation = _with_intervals(y, scores, feedback)
        evaluation["warnings"] = _warnings(evaluation["n_positive"])
        evaluation["test_set_text"] = KIND_TEXT[kind]
        out[kind] = evaluation
    return out


def _both_classes(y):
    return y.size > 0 and 0 < int(y.sum()) < y.size


def evaluate_model(model, reader, mask, device="cpu", seed=0, feedback=None):
    """{kind: evaluation} of a trained model on the test cells of model.plan ('random', 'area'), or
    {'train': ...} on the training windows when the test cells are missing or lack a class (its
    warnings say so)."""
    feedback = ensure_feedback(feedback)
    plan, labels = model.plan, np.asarray(mask, dtype=bool).ravel()
    flat, scores = cell_scores(model, reader, plan.test, plan.test_cells, device, feedback)
    y = labels[flat].astype(np.int64)
    if _both_classes(y):
        return evaluate_sets(held_out_sets(y, scores, seed), feedback)
    why = "no test cell" if y.size == 0 else "test cells of one class only"
    flat, scores = cell_scores(
        model, reader, plan.train, covered_cells(mask.shape, plan.train), device, feedback
    )
    evaluations = evaluate_sets({"train": (labels[flat].astype(np.int64), scores)}, feedback)
    evaluations["train"]["warnings"].insert(
        0,
        f"There are {why} (test share, window size): the metrics are on the training windows "
        "(resubstitution, optimistic).",
    )
    return evaluations


# -- leave one group out ------------------------------------------------------------------------


@dataclass
class GroupRegions:
    """Regions of the groups: names, boxes (row0, col0, row1, col1; end exclusive), landslides per group."""

    names: list
    regions: list
    landslides: list
    notes: list = field(default_factory=list)


def group_regions(groups, boxes, shape, margin=0):
    """GroupRegions of the landslides' *groups* (one value each) and their cell *boxes* (row_min,
    col_min, row_max, col_max; inclusive, possibly outside the grid *shape* (H, W)), widened by
    *margin* cells. LsmError for empty group values, a single group, or a group off the grid."""
    boxes = np.asarray(boxes, dtype=np.int64).reshape(-1, 4)
    folds = F.group_folds(groups, np.ones(boxes.shape[0], dtype=np.int64))
    names = F.group_names(groups)
    height, width = shape
    margin = max(0, int(margin))
    regions, counts, notes = [], [], []
    for name, (_train, members) in zip(names, folds):
        r0, c0 = boxes[members, 0].min() - margin, boxes[members, 1].min() - margin
        r1, c1 = boxes[members, 2].max() + margin + 1, boxes[members, 3].max() + margin + 1
        r0, c0, r1, c1 = max(0, r0), max(0, c0), min(height, r1), min(width, c1)
        if r0 >= r1 or c0 >= c1:
            raise LsmError(
                f"The landslides of group '{name}' lie outside the factor rasters: check the group field "
                "and that the layer and the rasters cover the same area."
            )
        regions.append((int(r0), int(c0), int(r1), int(c1)))
        counts.append(int(members.size))
    for i in range(len(regions)):
        for j in range(i + 1, len(regions)):
            a, b = regions[i], regions[j]
            if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]:
                notes.append(
                    f"WARNING: the regions of groups '{names[i]}' and '{names[j]}' overlap: each fold also "
                    "holds out the other group's landslides inside its region (use a smaller margin, or "
                    "groups that are separate areas)."
                )
    return GroupRegions(names, regions, counts, notes)


def _region_windows(region, arch):
    """Windows (row0, col0, h, w) of the grid tiling the *region* box alone."""
    r0, c0, r1, c1 = region
    rows, cols, wh, ww, _ = tile_plan(r1 - r0, c1 - c0, arch.window, arch.overlap)
    return [(r0 + r, c0 + c, wh, ww) for r in rows for c in cols]


def _fold(factors, mask, arch, config, regions, i, feedback, grid):
    """(FoldResult per kind) of fold *i*: train without region i, score region i."""
    name, region = regions.names[i], regions.regions[i]
    height, width = mask.shape
    plan = plan_windows(height, width, arch, config.validation_share, config.seed, 0.0, exclude=region)
    if not mask[covered_cells(mask.shape, plan.train)].any():
        raise LsmError(
            f"Without the region of group '{name}' no training window holds a landslide: use a smaller "
            "window or region margin, or merge that group."
        )
    model = train_fcn(factors, mask, arch, config, SubProgress(feedback, 0, 90), grid, plan=plan)
    cells = np.zeros(mask.shape, dtype=bool)
    cells[region[0] : region[2], region[1] : region[3]] = True
    reader = FactorReader(factors, grid)
    flat, scores = cell_scores(model, reader, _region_windows(region, arch), cells, config.device, feedback)
    y = mask.ravel()[flat].astype(np.int64)
    if not _both_classes(y):
        what = "landslide cell" if not y.any() else "non-landslide cell"
        raise LsmError(
            f"The region of group '{name}' holds no valid {what}, so its fold cannot be scored: check its "
            "landslides and the factors' nodata, or merge that group."
        )
    covered = covered_cells(mask.shape, plan.train)
    n_train_pos = int(mask[covered].sum())
    out = {}
    for kind, (yk, sk) in held_out_sets(y, scores, config.seed).items():
        evaluation = evaluate_scores(yk, sk)
        n_pos = int(evaluation["n_positive"])
        out[kind] = FoldResult(
            1, i + 1, name, n_train_pos, int(covered.sum()) - n_train_pos, n_pos, yk.size - n_pos, evaluation
        )
    return out, model


def leave_one_group_out(factors, mask, arch, config, regions, feedback=None, grid=None):
    """{kind: CrossValidationResult} of the leave-one-group-out folds (module docstring); the
    results' notes hold the regions' notes and one line per fold (windows, best epoch)."""
    feedback = ensure_feedback(feedback)
    torch_device(config.device)  # an unusable device fails before the first fold
    mask = np.asarray(mask, dtype=bool)
    n = len(regions.names)
    results = {kind: CrossValidationResult("fcn", float("nan"), 1) for kind in TEST_KINDS}
    notes = list(regions.notes)
    for i, seed in enumerate(F.spawn_seeds(int(config.seed), n)):
        check_canceled(feedback)
        sub = SubProgress(feedback, 100.0 * i / n, 100.0 * (i + 1) / n)
        fold_config = replace(config, seed=seed, test_share=0.0)
        per_kind, model = _fold(factors, mask, arch, fold_config, regions, i, sub, grid)
        for kind, fold in per_kind.items():
            results[kind].folds.append(fold)
        notes.append(
            f"fold {i + 1} ('{regions.names[i]}'): region rows {regions.regions[i][0]}-{regions.regions[i][2] - 1}, "
            f"columns {regions.regions[i][1]}-{regions.regions[i][3] - 1}; {len(model.plan.train)} training "
            f"windows ({model.plan.n_excluded} touching the region dropped), best epoch {model.best_epoch}"
        )
        feedback.setProgress(100.0 * (i + 1) / n)
    for result in results.values():
        result.notes = list(notes)
    return results
