"""The one balanced random forest of the plugin: model type BRF, the spy steps and Bagging-PU.

Each tree is grown on a balanced bootstrap (Chen, Liaw & Breiman 2004): *n_per_class* draws with
replacement from the negatives and, with ``bootstrap_positives``, as many from the positives
(imbalanced-learn's sampling_strategy="all", replacement=True, bootstrap=False); without it every
positive is used once (Bagging-PU, Mordelet & Vert 2014). The draws are made on the class index
arrays up front (never a resampling of the whole data) and kept as distinct rows with integer
weights, as scikit-learn's own forests do, so fitting time depends on *n_per_class*, not on the
number of negatives; two million unlabeled cells cost no more than ten thousand. Trees grow in
threads (the tree builder releases the GIL). Each tree's seed comes from
``SeedSequence(random_state).spawn(n_estimators)``: the same seed gives the same forest whatever
the number of threads.

Scores are summed over PREDICT_GROUPS fixed groups of trees, SCORE_CHUNK rows at a time, so the
extra memory is bounded whatever the number of trees and rows, and the result does not depend on
the number of threads. ``fit_balanced(..., keep_in_bag=True)`` keeps each tree's negative rows so
that ``oob_scores`` averages, for each negative row, only the trees that did not see it.

It is a scikit-learn forest (a RandomForestClassifier with its own fit and predict_proba):
``estimators_``, ``n_classes_``, ``n_outputs_`` and ``feature_importances_`` are there for the
tools that walk forests (lsm:predictraster's fast path and uncertainty map).
"""

from functools import partial

import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.tree import DecisionTreeClassifier
from sklearn.utils.validation import check_array, check_is_fitted

from .errors import LsmError
from .parallel import Threads, map_threads, resolve_n_jobs

#: fixed tree groups of the scores (bounded memory, thread-count independent sums)
PREDICT_GROUPS = 8
#: rows scored at once (bounded memory, progress and cancel between chunks)
SCORE_CHUNK = 262144


def check_matrix(X, dtype, allow_nan=False):
    """check_array across scikit-learn versions (ensure_all_finite from 1.6, force_all_finite before)."""
    finite = "allow-nan" if allow_nan else True
    try:
        return check_array(X, dtype=dtype, ensure_all_finite=finite)
    except TypeError:  # scikit-learn < 1.6
        return check_array(X, dtype=dtype, force_all_finite=finite)


def _float32(X):
    """X as a C-contiguous float32 matrix, NaN allowed."""
    return np.ascontiguousarray(check_matrix(X, np.float32, allow_nan=True))


def _tree_seeds(random_state, n):
    """One integer seed per tree, from SeedSequence(random_state).spawn(n)."""
    if isinstance(random_state, np.random.RandomState):
        random_state = int(random_state.randint(0, 2**31 - 1))
    entropy = None if random_state is None else int(random_state)
    children = np.random.SeedSequence(entropy).spawn(int(n))
    return [int(c.generate_state(1, np.uint32)[0] >> np.uint32(1)) for c in children]


def _bootstrap(rng, n_rows, n_draws):
    """n_draws draws with replacement from n_rows rows as (distinct rows, counts)."""
    return np.unique(rng.integers(0, n_rows, n_draws), return_counts=True)


def _grow_tree(X_pos, X_neg, seed, n_per_class, bootstrap_positives, tree_params):
    """One tree on a balanced bootstrap; returns (tree, sorted negative rows it saw)."""
    rng = np.random.default_rng(seed)
    if bootstrap_positives:
        ip, wp = _bootstrap(rng, len(X_pos), n_per_class)
    else:
        ip, wp = np.arange(len(X_pos)), np.ones(len(X_pos), dtype=np.int64)
    ineg, wn = _bootstrap(rng, len(X_neg), n_per_class)
    bag = ineg.astype(np.int64)
    if int(tree_params["min_samples_leaf"]) > 1:
        # leaf sizes count the draws (as imbalanced-learn's): repeated rows, not weights
        ip, wp, ineg, wn = np.repeat(ip, wp), None, np.repeat(ineg, wn), None
    X = np.concatenate([X_pos[ip], X_neg[ineg]])
    y = np.concatenate([np.ones(ip.size), np.zeros(ineg.size)])
    weights = None if wp is None else np.concatenate([wp, wn]).astype(np.float64)
    tree = DecisionTreeClassifier(random_state=seed, **tree_params)
    tree.fit(X, y, sample_weight=weights)
    return tree, bag


class BalancedRandomForest(RandomForestClassifier):
    """Balanced random forest (see the module docstring); X holds raw factor values.

    n_per_class: draws per class and tree (None: the smaller class's size). bootstrap_positives:
    draw the positives too (False: every positive once per tree, Bagging-PU).
    """

    # fixed settings of the parent class that are not parameters here (read by its tags/repr)
    estimator = DecisionTreeClassifier()
    bootstrap = False
    oob_score = False
    warm_start = False
    class_weight = None
    max_samples = None
    monotonic_cst = None
    verbose = 0

    def __init__(
        self,
        n_estimators=100,
        max_features="sqrt",
        max_depth=None,
        min_samples_leaf=1,
        criterion="gini",
        n_per_class=None,
        bootstrap_positives=True,
        n_jobs=None,
        random_state=None,
    ):
        self.n_estimators = n_estimators
        self.max_features = max_features
        self.max_depth = max_depth
        self.min_samples_leaf = min_samples_leaf
        self.criterion = criterion
        self.n_per_class = n_per_class
        self.bootstrap_positives = bootstrap_positives
        self.n_jobs = n_jobs
        self.random_state = random_state

    def __getstate__(self):
        state = super().__getstate__()
        state["in_bag_"] = []  # training bookkeeping, not needed to predict
        return state

    def __setstate__(self, state):
        # bundles of earlier versions: core.pu.BalancedForest and core.models.BalancedRandomForest
        defaults = {"max_features": "sqrt", "criterion": "gini", "n_per_class": None}
        defaults.update({"bootstrap_positives": True, "in_bag_": [], "n_outputs_": 1, "n_classes_": 2})
        self.__dict__.update({k: v for k, v in defaults.items() if k not in state})
        self.__dict__.update(state)
        self.__dict__.setdefault("classes_", np.array([0, 1]))

    def fit(self, X, y, feedback=None):
        """Grow the trees on X (n, factors) and labels y (1/0); *feedback* gets progress, may cancel."""
        X = _float32(X)
        y = np.asarray(y).astype(np.int64).ravel()
        if len(y) != len(X):
            raise ValueError(f"X has {len(X)} rows and y {len(y)} labels")
        bad = np.setdiff1d(np.unique(y), (0, 1))
        if bad.size:
            raise ValueError(f"labels must be 0 or 1, got {bad.tolist()}")
        if not (y == 1).any() or not (y == 0).any():
            raise ValueError("both classes are needed to fit a balanced random forest")
        return self.fit_balanced(X[y == 1], X[y == 0], feedback)

    def fit_balanced(self, X_pos, X_neg, feedback=None, keep_in_bag=False):
        """Grow the trees on positive rows X_pos and negative (or unlabeled) rows X_neg. With
        *keep_in_bag* each tree's negative rows are kept for ``oob_scores``."""
        X_pos, X_neg = _float32(X_pos), _float32(X_neg)
        if len(X_pos) == 0 or len(X_neg) == 0:
            raise LsmError("The balanced random forest needs rows of both classes (landslides and others).")
        n_per_class = int(self.n_per_class or min(len(X_pos), len(X_neg)))
        tree_params = {
            "criterion": self.criterion,
            "max_features": self.max_features,
            "max_depth": self.max_depth,
            "min_samples_leaf": self.min_samples_leaf,
        }

        def grow(seed):
            return _grow_tree(X_pos, X_neg, seed, n_per_class, self.bootstrap_positives, tree_params)

        seeds = _tree_seeds(self.random_state, self.n_estimators)
        grown = map_threads(grow, seeds, self._threads(len(seeds)), feedback)
        self.classes_ = np.array([0, 1])
        self.n_classes_ = 2
        self.n_outputs_ = 1
        self.n_features_in_ = X_pos.shape[1]
        self.estimators_ = [tree for tree, _ in grown]
        self.in_bag_ = [bag for _, bag in grown] if keep_in_bag else []
        return self

    def _threads(self, n_tasks):
        return resolve_n_jobs(self.n_jobs, n_tasks)

    def _groups(self):
        n_groups = min(PREDICT_GROUPS, len(self.estimators_))
        return [list(range(g, len(self.estimators_), n_groups)) for g in range(n_groups)]

    def _group_sum(self, X, lo, hi, group, oob=False):
        """Sum of the positive-class scores of the trees of *group* over rows lo:hi (and, with
        *oob*, without the trees that saw a row: the sum and the count of trees left out)."""
        acc = np.zeros(hi - lo, dtype=np.float64)
        dropped = np.zeros(hi - lo, dtype=np.float64) if oob else None
        for t in group:
            p = self.estimators_[t].predict_proba(X[lo:hi], check_input=False)[:, 1]
            acc += p
            if oob:
                bag = self.in_bag_[t]
                a, b = np.searchsorted(bag, (lo, hi))
                inside = bag[a:b] - lo
                acc[inside] -= p[inside]
                dropped[inside] += 1.0
        return acc, dropped

    def _score(self, X, feedback=None, oob=False):
        """Mean positive-class score of every row (out-of-bag with *oob*: NaN where no tree is left)."""
        n = len(X)
        total = np.zeros(n, dtype=np.float64)
        count = np.full(n, float(len(self.estimators_)))
        groups = self._groups()
        chunks = list(range(0, n, SCORE_CHUNK))
        with Threads(self._threads(len(groups))) as threads:
            for c, lo in enumerate(chunks):
                hi = min(n, lo + SCORE_CHUNK)
                part_sum = partial(self._group_sum, X, lo, hi, oob=oob)
                parts = threads.map(part_sum, groups, feedback, progress=False)
                for acc, dropped in parts:
                    total[lo:hi] += acc
                    if oob:
                        count[lo:hi] -= dropped
                if feedback is not None:
                    feedback.setProgress(100.0 * (c + 1) / len(chunks))
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(count > 0, total / np.maximum(count, 1.0), np.nan)

    def predict_proba(self, X, feedback=None):
        """(n, 2) class probabilities: the mean of the trees' leaf frequencies."""
        check_is_fitted(self, "estimators_")
        p = self._score(_float32(X), feedback)
        return np.column_stack([1.0 - p, p])

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def oob_scores(self, X_neg, feedback=None):
        """Out-of-bag positive scores of the negative rows the forest was fitted on (same order);
        rows that were in every bootstrap get the full-forest score."""
        if not self.in_bag_:
            raise LsmError("Out-of-bag scores need the forest just fitted with keep_in_bag=True.")
        X_neg = _float32(X_neg)
        scores = self._score(X_neg, feedback, oob=True)
        missing = np.isnan(scores)
        if missing.any():
            scores[missing] = self._score(X_neg[missing])
        return scores
