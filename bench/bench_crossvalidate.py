"""Benchmark of out-of-fold assessment (core.crossvalidate, behind lsm:crossvalidate) against one fit.

Synthetic sample table with a real signal: 10 000 landslides x 16 factors (shifted on half the
factors, with an interaction) and 13 unlabeled rows per landslide (standard normal), so that each
fold's training unlabeled rows (80 % of them) hold more than the 1:10 negatives it draws. Balanced random forest
with lsm:trainmodel's defaults (core.catalogue: 100 trees, sqrt features), all cores (n_jobs -1, the
algorithms' default), the same calls as lsm:crossvalidate (core.crossvalidate.make_folds and
cross_validate: stratified 5 folds, negatives drawn inside each fold at 1:10, fit, scoring of the
fold's test rows, metrics). The reference is ONE BRF fit (core.fitting.fit, as lsm:trainmodel) on
the whole table at the same ratio: the 10 000 landslides and 100 000 negatives drawn from the
unlabeled rows. Each fold fits 8 000 landslides and 80 000 negatives, so five folds cost about four
such fits plus the draws and the scoring. A fit at the fold's size is timed too, for the split
of the overhead.

Goal (issue 13): cross-validation < 5x one BRF fit (wall time). Wall and CPU seconds (all threads)
are given, the best of two interleaved rounds: the CPU ratio depends less on the load of a shared
machine.

    .venv/bin/python bench/bench_crossvalidate.py            # 10 000 landslides (about a minute on 2 cores)
    .venv/bin/python bench/bench_crossvalidate.py --quick    # 1 000 landslides
"""

import os
import time

import numpy as np
from _common import goal, print_table, quick_flag

N_FACTORS = 16
RATIO = 10.0
FOLDS = 5
#: unlabeled rows per landslide: a fold's training holds 80 % of them, 10.4 per training landslide,
#: so each fold draws its 1:10 negatives (80 k of 104 k at full size) rather than taking them all
UNLABELED_PER_LANDSLIDE = 13
SEED = 0
#: interleaved rounds of the three runs (the best of each is kept)
ROUNDS = 2


def make_samples(n_pos, seed=SEED):
    """A core.sampleset.Samples table: landslides shifted on half the factors, unlabeled normal."""
    from landslide_susceptibility.core.sampleset import make_samples as samples_of

    rng = np.random.default_rng(seed)
    n_unl = n_pos * UNLABELED_PER_LANDSLIDE
    shift = np.r_[np.linspace(0.9, 0.2, N_FACTORS // 2), np.zeros(N_FACTORS - N_FACTORS // 2)]
    pos = rng.normal(0.0, 1.0, (n_pos, N_FACTORS)) + shift
    pos[:, 8] += 0.6 * np.sign(pos[:, 0] * pos[:, 1])
    unl = rng.normal(0.0, 1.0, (n_unl, N_FACTORS))
    X = np.vstack([pos, unl])
    y = np.r_[np.ones(n_pos, dtype=np.int64), np.zeros(n_unl, dtype=np.int64)]
    return samples_of(X, y, [f"f{i:02d}" for i in range(N_FACTORS)], layer_name="bench")


def clock(function, *args, **kwargs):
    """(wall seconds, CPU seconds of every thread of this process, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = function(*args, **kwargs)
    return time.perf_counter() - wall, time.process_time() - cpu, result


def best(clocks):
    """(best wall, best CPU) seconds of several clock() results."""
    return min(c[0] for c in clocks), min(c[1] for c in clocks)


def one_fit(samples, n_pos_rows, n_neg, seed):
    """One BRF fit as lsm:trainmodel makes it: *n_pos_rows* landslides, *n_neg* drawn unlabeled."""
    from landslide_susceptibility.core.fitting import fit

    rng = np.random.default_rng(seed)
    positives = np.flatnonzero(samples.y == 1)[:n_pos_rows]
    negatives = rng.choice(np.flatnonzero(samples.y == 0), size=n_neg, replace=False)
    rows = np.sort(np.concatenate([positives, negatives]))
    return fit("brf", samples, rows, None, seed, -1)


def cross_validation(samples, seed):
    from landslide_susceptibility.core import crossvalidate as cv

    folds, names = cv.make_folds("stratified", samples.y, k=FOLDS, seed=seed)
    return cv.cross_validate("brf", samples, folds, RATIO, None, seed, -1, fold_names=names)


def versions():
    import imblearn
    import numpy
    import sklearn

    return f"numpy {numpy.__version__}, scikit-learn {sklearn.__version__}, imbalanced-learn {imblearn.__version__}"


def main():
    n_pos = 1000 if quick_flag() else 10000
    samples = make_samples(n_pos)
    n_neg = int(RATIO * n_pos)
    fold_pos = n_pos - n_pos // FOLDS
    print(
        f"bench_crossvalidate: {n_pos} landslides + {n_pos * UNLABELED_PER_LANDSLIDE} unlabeled x {N_FACTORS} "
        f"factors; BRF (lsm:trainmodel defaults), n_jobs -1, {FOLDS} stratified folds at 1:{RATIO:g}; "
        f"{versions()}; cores {os.cpu_count()}, load {os.getloadavg()[0]:.2f}",
        flush=True,
    )
    one_fit(make_samples(200, seed=1), 200, 2000, SEED)  # warm the imports and the thread pools
    # rounds interleave the three runs so that a change of load on a shared machine hits them alike;
    # the best round of each is kept (wall and CPU separately)
    runs = {"full": [], "fold": [], "cv": []}
    for _ in range(ROUNDS):
        runs["full"].append(clock(one_fit, samples, n_pos, n_neg, SEED))
        runs["fold"].append(clock(one_fit, samples, fold_pos, int(RATIO * fold_pos), SEED))
        runs["cv"].append(clock(cross_validation, samples, SEED))
    full, fold_size, cv = (best(runs[k]) for k in ("full", "fold", "cv"))
    result = runs["cv"][-1][2]
    _cols, summary = result.summary()
    auc = next(row for row in summary if row[0] == "roc_auc")
    ratio, cpu_ratio = cv[0] / full[0], cv[1] / full[1]
    print_table(
        f"cross-validation against one BRF fit (wall and CPU seconds of all threads, best of {ROUNDS} rounds)",
        ("run", "rows fitted", "wall s", "CPU s", "ratio to one fit (wall)", "ratio (CPU)"),
        [
            (
                "one BRF fit, whole table",
                f"{n_pos} + {n_neg}",
                f"{full[0]:.2f}",
                f"{full[1]:.2f}",
                "1.00",
                "1.00",
            ),
            (
                "one BRF fit, one fold's size",
                f"{fold_pos} + {int(RATIO * fold_pos)}",
                f"{fold_size[0]:.2f}",
                f"{fold_size[1]:.2f}",
                f"{fold_size[0] / full[0]:.2f}",
                f"{fold_size[1] / full[1]:.2f}",
            ),
            (
                f"core.crossvalidate, {FOLDS} folds",
                f"{FOLDS} x ({fold_pos} + {int(RATIO * fold_pos)})",
                f"{cv[0]:.2f}",
                f"{cv[1]:.2f}",
                f"{ratio:.2f}",
                f"{cpu_ratio:.2f}",
            ),
        ],
    )
    overhead = cv[0] - FOLDS * fold_size[0]
    print(
        f"out-of-fold ROC-AUC (random test set of each fold) {auc[1]:.4f} [{auc[3]:.4f}, {auc[4]:.4f}]; "
        f"time beyond {FOLDS} fold-size fits (draws, scoring, metrics): {overhead:.2f} s; "
        f"load: {os.getloadavg()[0]:.2f}"
    )
    goal(
        f"crossvalidate BRF {FOLDS} folds, {n_pos} x {N_FACTORS} at 1:{RATIO:g} vs one fit",
        f"{ratio:.2f}x",
        "< 5x",
        ratio < 5,
    )


if __name__ == "__main__":
    main()
