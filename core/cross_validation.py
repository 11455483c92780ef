"""Cross-validated search of model parameters, without QGIS: stratified folds, or spatial block
folds (Roberts et al. 2017) when the samples are grouped by a square grid of blocks.

    spatial_blocks(xy, block_size) -> block id per point
    cv_folds(y, folds, seed, groups=None) -> [(train index, test index), ...]
    grid_search(model_type, samples, rows, grid, folds=5, scoring="roc_auc", groups=None,
        base_params=None, seed=None, n_jobs=None, device="auto", feedback=None)
        -> (best params, table of {params, mean, sd})
The scores are core.catalogue.CV_SCORES (metric keys of core.metrics).
"""

from itertools import product

import numpy as np

from .catalogue import CV_SCORES, model_params
from .errors import LsmError
from .fitting import fit
from .metrics import evaluate
from .progress import check_canceled, ensure_feedback


def spatial_blocks(xy, block_size):
    """Block id of each point on a square grid of *block_size* map units (spatial CV folds)."""
    xy = np.asarray(xy, dtype=np.float64)
    if not np.isfinite(xy).all():
        raise LsmError("Spatial cross-validation needs point geometries for every sample.")
    cells = np.floor((xy - xy.min(axis=0)) / float(block_size)).astype(np.int64)
    _, ids = np.unique(cells, axis=0, return_inverse=True)
    return ids.ravel()


def _group_folds(y, folds, groups):
    from sklearn.model_selection import GroupKFold

    n_groups = np.unique(groups).size
    if n_groups < folds:
        raise LsmError(
            f"Spatial cross-validation: only {n_groups} blocks hold samples, fewer than {folds} folds. Use "
            "smaller blocks or fewer folds."
        )
    return list(GroupKFold(n_splits=folds).split(np.zeros(len(y)), y, groups))


def _stratified_folds(y, folds, seed):
    from sklearn.model_selection import StratifiedKFold

    if int(min((y == 1).sum(), (y == 0).sum())) < folds:
        raise LsmError(f"Cross-validation with {folds} folds needs at least {folds} samples of each class.")
    return list(StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed).split(np.zeros(len(y)), y))


def cv_folds(y, folds, seed, groups=None):
    """Index pairs of stratified folds, or of group folds (spatial blocks) when *groups* is given."""
    splits = _stratified_folds(y, folds, seed) if groups is None else _group_folds(y, folds, groups)
    for train, test in splits:
        if np.unique(y[test]).size < 2 or np.unique(y[train]).size < 2:
            raise LsmError(
                "A cross-validation fold holds a single class (landslides cluster in few blocks): use larger "
                "blocks, fewer folds or stratified folds."
            )
    return splits


def grid_search(
    model_type,
    samples,
    rows,
    grid,
    folds=5,
    scoring="roc_auc",
    groups=None,
    base_params=None,
    seed=None,
    n_jobs=None,
    device="auto",
    feedback=None,
):
    """Cross-validated search of *grid* ({param: [values]}) on samples rows *rows*.

    Returns (best_params, table) where table is a list of dicts (params, mean, sd per combination).
    """
    feedback = ensure_feedback(feedback)
    if scoring not in CV_SCORES:
        raise LsmError(f"Unknown score '{scoring}'; choose one of {', '.join(CV_SCORES)}.")
    grid = {k: list(v) for k, v in (grid or {}).items()}
    model_params(model_type, {k: v[0] for k, v in grid.items()})
    combos = [dict(zip(grid, values)) for values in product(*grid.values())] or [{}]
    y = samples.y[rows]
    splits = cv_folds(y, folds, seed, None if groups is None else np.asarray(groups)[rows])
    table = []
    total = len(combos) * len(splits)
    for number, combo in enumerate(combos):
        params = dict(base_params or {}, **combo)
        scores = []
        for train, test in splits:
            check_canceled(feedback)
            model = fit(model_type, samples, rows[train], params, seed, n_jobs, device)
            s = model.predict_proba(samples.X[rows[test]])[:, 1]
            scores.append(evaluate(y[test], s)["metrics"][scoring])
            feedback.setProgress(100.0 * (number * len(splits) + len(scores)) / total)
        table.append(
            {
                "params": combo,
                "mean": float(np.mean(scores)),
                "sd": float(np.std(scores, ddof=1)) if len(scores) > 1 else 0.0,
            }
        )
        feedback.pushInfo(
            "CV {} = {:.4f} +/- {:.4f} for {}".format(scoring, table[-1]["mean"], table[-1]["sd"], combo)
        )
    best = max(table, key=lambda row: row["mean"])
    return dict(best["params"]), table
