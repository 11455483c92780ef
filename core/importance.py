"""Importance of the factors for the landslide label: random-forest Gini importance, the
information gain of each factor's classes (continuous factors in exact Jenks natural-breaks classes)
and the mRMR ranking (Peng, Long & Ding 2005) on the same classes. Used by core.screening
(lsm:factorscreening).

mRMR (minimum redundancy, maximum relevance), greedy: the first factor is the one with the largest
relevance I(f; y); each next one maximises I(f; y) - mean over the selected factors s of I(f; s)
(mutual information in bits of the discretised factors). mrmr_ranking returns the selection order
and each factor's criterion at the step it was selected.
"""

import numpy as np

from .errors import LsmError
from .progress import check_canceled

#: trees of the random forest for the Gini importance
DEFAULT_TREES = 200
#: classes of continuous factors for the information gain (natural breaks)
DEFAULT_IG_CLASSES = 5


def entropy(counts):
    """Shannon entropy (bits) of a vector of counts."""
    counts = np.asarray(counts, dtype=np.float64)
    total = counts.sum()
    if total <= 0:
        return 0.0
    p = counts[counts > 0] / total
    return float(-np.sum(p * np.log2(p)))


def information_gain(classes, y):
    """Entropy reduction (bits) of the binary label *y* given the class of each sample."""
    classes = np.asarray(classes)
    y = np.asarray(y).astype(np.int64)
    h = entropy(np.bincount(y, minlength=2))
    _, inverse = np.unique(classes, return_inverse=True)
    table = np.zeros((inverse.max() + 1 if inverse.size else 0, 2))
    np.add.at(table, (inverse, y), 1.0)
    n = table.sum()
    conditional = sum(row.sum() / n * entropy(row) for row in table)
    return max(0.0, h - conditional)


def mutual_information(a, b):
    """Mutual information (bits) of two discrete variables: H(a) + H(b) - H(a, b)."""
    _, ia = np.unique(np.asarray(a), return_inverse=True)
    _, ib = np.unique(np.asarray(b), return_inverse=True)
    joint = np.zeros((ia.max() + 1 if ia.size else 0, ib.max() + 1 if ib.size else 0))
    np.add.at(joint, (ia, ib), 1.0)
    return max(0.0, entropy(joint.sum(axis=1)) + entropy(joint.sum(axis=0)) - entropy(joint.ravel()))


def mrmr_ranking(classes, y):
    """(order, scores): factor indices in mRMR selection order and the criterion of each factor (by
    factor index) at its selection; *classes* is a list of per-factor class arrays (module docstring)."""
    relevance = np.array([information_gain(c, y) for c in classes])
    n = len(classes)
    redundancy = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            redundancy[i, j] = redundancy[j, i] = mutual_information(classes[i], classes[j])
    order, scores = [], np.full(n, np.nan)
    remaining = list(range(n))
    while remaining:
        if order:
            criterion = [relevance[f] - redundancy[f, order].mean() for f in remaining]
        else:
            criterion = [relevance[f] for f in remaining]
        best = int(np.argmax(criterion))  # first of equal criteria: stable, no randomness
        scores[remaining[best]] = criterion[best]
        order.append(remaining.pop(best))
    return order, scores


def discretise(values, n_classes=DEFAULT_IG_CLASSES):
    """Class (1..k) of each value by exact Jenks natural breaks (fewer classes if fewer values)."""
    from .jenks import classify, jenks_breaks

    values = np.asarray(values, dtype=np.float64)
    distinct = np.unique(values[np.isfinite(values)])
    k = min(int(n_classes), distinct.size)
    if k < 2:
        return np.ones(values.size, dtype=np.int64)
    edges = jenks_breaks(values, k)
    return classify(values, edges)


def gini_importance(X, y, n_trees=DEFAULT_TREES, seed=0, n_jobs=1):
    """Random-forest mean decrease in impurity per column (sums to 1)."""
    from sklearn.ensemble import RandomForestClassifier

    forest = RandomForestClassifier(n_estimators=int(n_trees), random_state=int(seed), n_jobs=n_jobs)
    forest.fit(X, y)
    return forest.feature_importances_


def add_importance(
    result, X, y, n_trees=DEFAULT_TREES, ig_classes=DEFAULT_IG_CLASSES, seed=0, feedback=None, with_gini=True
):
    """Fill result.gini (NaN without *with_gini*, e.g. scikit-learn missing) and result.info_gain
    from samples X (n, k) in result.names order and labels y."""
    y = np.asarray(y).astype(np.int64)
    if np.unique(y).size < 2:
        raise LsmError(
            "Importance needs both labels (1 landslide, 0 unlabeled/non-landslide) among the samples."
        )
    keep = np.isfinite(X).all(axis=1)
    X, y = X[keep], y[keep]
    if with_gini:
        result.gini = gini_importance(X, y, n_trees, seed)
    else:
        result.gini = np.full(len(result.names), np.nan)
    check_canceled(feedback)
    classes = [
        X[:, j] if name in result.categorical else discretise(X[:, j], ig_classes)
        for j, name in enumerate(result.names)
    ]
    result.info_gain = np.array([information_gain(c, y) for c in classes])
    order, result.mrmr_score = mrmr_ranking(classes, y)
    result.mrmr_rank = np.empty(len(order), dtype=np.int64)
    result.mrmr_rank[order] = np.arange(1, len(order) + 1)
    forest = f"random forest of {n_trees} trees (seed {seed})" if with_gini else "no Gini importance"
    result.notes.append(
        f"Importance from {X.shape[0]} samples: {forest}; information gain after {ig_classes} "
        "natural-breaks classes per continuous factor; mRMR ranking on the same classes."
    )
