"""Importance of the factors for the landslide label: random-forest Gini importance and the
information gain of each factor's classes (continuous factors in exact Jenks natural-breaks classes).
Used by core.screening (lsm:factorscreening).
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
    gains = []
    for j, name in enumerate(result.names):
        classes = X[:, j] if name in result.categorical else discretise(X[:, j], ig_classes)
        gains.append(information_gain(classes, y))
    result.info_gain = np.array(gains)
    forest = f"random forest of {n_trees} trees (seed {seed})" if with_gini else "no Gini importance"
    result.notes.append(
        f"Importance from {X.shape[0]} samples: {forest}; information gain after {ig_classes} "
        "natural-breaks classes per continuous factor."
    )
