"""Fold builders for cross-validation, and negatives drawn inside each fold without leaks.

Every builder returns a list of folds, each a tuple (train_index, test_index) of sorted int64 row
indices into the sample table; the test sets of one builder are disjoint and cover every row
(except where a builder says otherwise). *labels* are 1 landslide, 0 unlabeled/negative.

    stratified_kfold(labels, k=5, seed=0)
    spatial_block_folds(x, y, labels, block_size, k=5, seed=0)   # square blocks of xy, whole blocks
    kmeans_folds(x, y, labels, k=5, seed=0)                       # k-means clusters of coordinates
    group_folds(groups, labels)                                   # leave one group (event, region) out
    repeated(stratified_kfold, n_repeats, seed, labels=..., k=...)  # list of fold lists
    fold_negatives(folds, labels, ratio=1.0, pools=None, seed=0, draw=None)

Spatial blocks: cells of side *block_size* (map units) from the lower-left corner of the points;
blocks go to folds by landslide count, largest first, each to the fold with the fewest landslides so
far (then the fewest rows), which stratifies by landslides as far as whole blocks allow.

fold_negatives: for each fold, the negatives of its training set are drawn from its *training*
unlabeled rows only (or from pools[i], which must lie inside them): round(ratio x training
landslides) rows, without replacement, with a seed per fold spawned from *seed* (numpy
SeedSequence). *draw*(pool, n, rng) may replace the uniform draw (e.g. spy or PU sampling run on
that fold's training rows). Returns one sorted index array per fold.

Errors (LsmError): k < 2, k above the landslide count or the count of unlabeled rows, fewer blocks
or clusters with landslides than k, a group field with a single value or empty values, a group
without landslides, a pool row outside its fold's training unlabeled rows.
"""

import numpy as np

from .errors import LsmError


def _labels(labels):
    y = np.asarray(labels).astype(np.int64).ravel()
    if y.size == 0:
        raise LsmError("The sample table is empty: no fold can be built.")
    return y


def _check_k(y, k):
    k = int(k)
    if k < 2:
        raise LsmError(f"Cross-validation needs at least 2 folds (got {k}).")
    n_pos = int((y == 1).sum())
    n_neg = int((y != 1).sum())
    if k > n_pos:
        raise LsmError(
            f"{k} folds but only {n_pos} landslide sample(s): every test fold needs a landslide. "
            "Use fewer folds or more landslides."
        )
    if k > n_neg:
        raise LsmError(f"{k} folds but only {n_neg} unlabeled sample(s): use fewer folds.")
    return k


def _from_assignment(fold_of, k):
    """Folds from a fold number per row."""
    rows = np.arange(fold_of.size)
    return [(rows[fold_of != f], rows[fold_of == f]) for f in range(k)]


def stratified_kfold(labels, k=5, seed=0):
    """k folds with the landslide share of the table in each (within one row)."""
    y = _labels(labels)
    k = _check_k(y, k)
    rng = np.random.default_rng(seed)
    fold_of = np.empty(y.size, dtype=np.int64)
    offset = 0
    for cls in (1, 0):
        idx = rng.permutation(np.flatnonzero((y == 1) == (cls == 1)))
        fold_of[idx] = (np.arange(idx.size) + offset) % k
        offset += idx.size  # continue the rotation so fold sizes stay within one row
    return _from_assignment(fold_of, k)


def _units_to_folds(unit_of, y, k, seed, what):
    """Whole units (blocks, clusters) to k folds, balancing landslides then rows."""
    units, inverse = np.unique(unit_of, return_inverse=True)
    n_ls = np.bincount(inverse, weights=(y == 1), minlength=units.size)
    n_rows = np.bincount(inverse, minlength=units.size)
    with_ls = int((n_ls > 0).sum())
    if with_ls < k:
        raise LsmError(
            f"Only {with_ls} {what} contain landslides, fewer than the {k} folds: use fewer folds or "
            f"smaller {what}."
        )
    rng = np.random.default_rng(seed)
    tiebreak = rng.permutation(units.size)
    order = np.lexsort((tiebreak, -n_rows, -n_ls))
    fold_ls = np.zeros(k)
    fold_rows = np.zeros(k)
    unit_fold = np.empty(units.size, dtype=np.int64)
    for u in order:
        f = int(np.lexsort((fold_rows, fold_ls))[0])
        unit_fold[u] = f
        fold_ls[f] += n_ls[u]
        fold_rows[f] += n_rows[u]
    return _from_assignment(unit_fold[inverse], k)


def block_ids(x, y, block_size):
    """Square block id of each point (blocks of *block_size* map units from the lower-left corner)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if not block_size or block_size <= 0 or not np.isfinite(block_size):
        raise LsmError(f"The block size must be a positive distance in map units (got {block_size}).")
    bx = np.floor((x - x.min()) / block_size).astype(np.int64)
    by = np.floor((y - y.min()) / block_size).astype(np.int64)
    return by * (int(bx.max()) + 1) + bx


def spatial_block_folds(x, y, labels, block_size, k=5, seed=0):
    """Folds of whole square blocks: no test block has a training row inside it."""
    lab = _labels(labels)
    k = _check_k(lab, k)
    return _units_to_folds(block_ids(x, y, block_size), lab, k, seed, f"blocks of {block_size:g} map units")


def kmeans_folds(x, y, labels, k=5, seed=0):
    """One fold per k-means cluster of the coordinates (scikit-learn KMeans, seeded)."""
    from sklearn.cluster import KMeans

    lab = _labels(labels)
    k = _check_k(lab, k)
    xy = np.column_stack([np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)])
    clusters = KMeans(n_clusters=k, random_state=seed, n_init=10).fit_predict(xy)
    n_ls = np.bincount(clusters, weights=(lab == 1), minlength=k)
    if (n_ls == 0).any():
        raise LsmError(
            f"{int((n_ls == 0).sum())} of the {k} k-means clusters hold no landslide: use fewer folds "
            "or spatial blocks."
        )
    return _from_assignment(clusters.astype(np.int64), k)


def _group_values(groups):
    g = np.asarray(groups, dtype=object).ravel()
    empty = np.array([v is None or (isinstance(v, float) and np.isnan(v)) or str(v).strip() == "" for v in g])
    if empty.any():
        raise LsmError(
            f"{int(empty.sum())} sample(s) have no value in the group field: fill it (every landslide "
            "and unlabeled sample needs its event or region) or filter them out."
        )
    return np.array([str(v) for v in g])


def group_folds(groups, labels):
    """Leave one group out: one fold per distinct value of *groups* (event, region, year)."""
    lab = _labels(labels)
    g = _group_values(groups)
    if g.size != lab.size:
        raise LsmError(f"{g.size} group values but {lab.size} samples.")
    names, inverse = np.unique(g, return_inverse=True)
    if names.size < 2:
        raise LsmError(
            f"The group field has a single value ('{names[0]}'): leave-one-group-out needs at least two "
            "groups (events, regions or years)."
        )
    n_ls = np.bincount(inverse, weights=(lab == 1), minlength=names.size)
    if (n_ls == 0).any():
        raise LsmError(
            "Group(s) {} hold no landslide, so their fold cannot be scored: merge or drop them.".format(
                ", ".join(f"'{n}'" for n in names[n_ls == 0])
            )
        )
    return _from_assignment(inverse.astype(np.int64), names.size)


def group_names(groups):
    """The group of each fold of group_folds, in fold order."""
    return [str(n) for n in np.unique(_group_values(groups))]


def spawn_seeds(seed, n):
    """n independent integer seeds spawned from *seed* (numpy SeedSequence)."""
    return [int(s.generate_state(1)[0]) for s in np.random.SeedSequence(seed).spawn(int(n))]


def repeated(builder, n_repeats, seed=0, **kwargs):
    """[folds of repeat 1, ...]: *builder*(seed=..., **kwargs) with spawned seeds."""
    if int(n_repeats) < 1:
        raise LsmError(f"The number of repeats must be at least 1 (got {n_repeats}).")
    return [builder(seed=s, **kwargs) for s in spawn_seeds(seed, n_repeats)]


def _uniform_draw(pool, n, rng):
    return rng.choice(pool, size=n, replace=False)


def fold_negatives(folds, labels, ratio=1.0, pools=None, seed=0, draw=None):
    """Per fold, sorted indices of negatives drawn from that fold's training unlabeled rows only."""
    y = _labels(labels)
    if pools is not None and len(pools) != len(folds):
        raise LsmError(f"{len(pools)} negative pools for {len(folds)} folds: give one pool per fold.")
    draw = draw or _uniform_draw
    out = []
    for i, ((train, _test), s) in enumerate(zip(folds, spawn_seeds(seed, len(folds)))):
        train = np.asarray(train, dtype=np.int64)
        unlabeled = train[y[train] != 1]
        if pools is None:
            pool = unlabeled
        else:
            pool = np.unique(np.asarray(pools[i], dtype=np.int64))
            leak = ~np.isin(pool, unlabeled)
            if leak.any():
                raise LsmError(
                    f"Fold {i + 1}: {int(leak.sum())} row(s) of its negative pool are not unlabeled training "
                    "rows of that fold (test rows or landslides): they would leak across folds."
                )
        n = int(round(ratio * int((y[train] == 1).sum())))
        if pool.size == 0 or n < 1:
            raise LsmError(f"Fold {i + 1}: no negative can be drawn (pool of {pool.size}, {n} wanted).")
        chosen = np.asarray(draw(pool, min(n, pool.size), np.random.default_rng(s)), dtype=np.int64)
        if not np.isin(chosen, pool).all():
            raise LsmError(f"Fold {i + 1}: the negative sampler returned rows outside the fold's pool.")
        out.append(np.sort(chosen))
    return out
