"""Factor screening: multicollinearity (VIF, TOL, Pearson) and importance (RF Gini, information gain).

VIF_i = 1 / (1 - R_i^2) of factor i regressed on the others equals the i-th diagonal element of
the inverse correlation matrix; the covariance is accumulated in float64 from shifted values
(shift = mean of the first block) so that one streamed pass over the rasters is as exact as a
two-pass computation. Perfectly collinear factors get VIF = inf (reported, never a crash).

Categorical factors take part as one-hot blocks (the most frequent level is the reference and is
left out) through the generalised VIF of Fox & Monette (1992): GVIF_S = det(R_SS) det(R_~S~S) /
det(R). For a continuous factor it is the ordinary VIF. The column `vif` holds
GVIF^(1/df) (df = number of indicator columns), which equals the VIF for df = 1 and is what the
threshold is compared with; `gvif` holds the raw value. Pearson r is used between continuous
factors only: a categorical factor (nominal codes) takes no part in the pairwise |r| step (its
dependence on the others is in its GVIF); between two categorical factors the result gives
Cramer's V of their contingency table instead (reported, not used for elimination).

Elimination (Zhang et al. 2022; Fan et al. 2025): drop the factor with the highest VIF while any
VIF exceeds the threshold (default 10), recomputing after each drop; then, while a pair of kept
factors has |r| above the threshold (default 0.6), take the pair with the highest |r| and drop
the member with the higher VIF (VIFs recomputed on the kept set).
"""

from dataclasses import dataclass, field

import numpy as np

from .covariance import (  # noqa: F401 (the covariance half of the screening, re-exported)
    CONSTANT_REL_STD,
    READ_THREADS,
    CovarianceAccumulator,
    block_sums,
    constant_columns,
    correlation_from_covariance,
    stream_covariance,
)
from .errors import LsmError
from .grid import FactorReader, check_grids
from .importance import (  # noqa: F401 (the importance half of the screening, re-exported)
    DEFAULT_IG_CLASSES,
    DEFAULT_TREES,
    add_importance,
    discretise,
    entropy,
    gini_importance,
    information_gain,
)
from .progress import check_canceled, ensure_feedback

#: Zhang et al. 2022 / Fan et al. 2025: VIF above 10 means serious multicollinearity
DEFAULT_VIF_THRESHOLD = 10.0
#: Zhang et al. 2022: |Pearson r| above 0.6 marks a strongly correlated pair
DEFAULT_R_THRESHOLD = 0.6
#: a tolerance (1 - R^2) below this is treated as exact collinearity (VIF = inf)
COLLINEAR_TOL = 1e-10
#: categorical factors with more distinct values than this are refused
MAX_CATEGORIES = 100


# ---------------------------------------------------------------------------------------------
# VIF


def _slogdet_pd(M):
    sign, logdet = np.linalg.slogdet(M)
    return logdet if sign > 0 else -np.inf


def vif_from_correlation(R, groups=None):
    """(gvif, vif) per factor from a correlation matrix of columns.

    *groups*: list of column-index lists, one per factor (default one column each). `vif` is
    GVIF^(1/df) (the ordinary VIF for one column). Exactly collinear factors get inf.
    """
    R = np.asarray(R, dtype=np.float64)
    p = R.shape[0]
    groups = [[i] for i in range(p)] if groups is None else [list(g) for g in groups]
    k = len(groups)
    gvif = np.empty(k)
    fast = None
    try:
        L = np.linalg.cholesky(R)
        if np.min(np.diag(L)) ** 2 > COLLINEAR_TOL:
            Linv = np.linalg.inv(L)
            fast = Linv.T @ Linv
    except np.linalg.LinAlgError:
        fast = None
    if fast is not None:
        for g, cols in enumerate(groups):
            if len(cols) == 1:
                gvif[g] = fast[cols[0], cols[0]]
            else:
                sub = np.ix_(cols, cols)
                gvif[g] = np.exp(_slogdet_pd(R[sub]) + _slogdet_pd(fast[sub]))
        # a tolerance below COLLINEAR_TOL means exact collinearity in floating point
        gvif[~np.isfinite(gvif)] = np.inf
        if np.all(1.0 / gvif > COLLINEAR_TOL):
            df = np.array([len(c) for c in groups], dtype=np.float64)
            return gvif, np.power(gvif, 1.0 / df)
    # singular (or nearly): Schur complement of each factor's block against the others, by pinv
    for g, cols in enumerate(groups):
        others = [i for i in range(p) if i not in set(cols)]
        Rss = R[np.ix_(cols, cols)]
        if not others:
            gvif[g] = 1.0
            continue
        Roo = R[np.ix_(others, others)]
        Ros = R[np.ix_(others, cols)]
        w, V = np.linalg.eigh(Roo)
        keep = w > w.max() * 1e-12
        coef = V[:, keep] @ ((V[:, keep].T @ Ros) / w[keep][:, None])
        schur = Rss - Ros.T @ coef
        schur = (schur + schur.T) / 2.0
        ls = _slogdet_pd(Rss)
        lc = _slogdet_pd(schur)
        if not np.isfinite(lc) or lc - ls < np.log(COLLINEAR_TOL) * len(cols):
            gvif[g] = np.inf
        else:
            gvif[g] = np.exp(ls - lc)
    df = np.array([len(c) for c in groups], dtype=np.float64)
    with np.errstate(over="ignore"):
        return gvif, np.power(gvif, 1.0 / df)


def factor_correlation(R, groups, categorical=None):
    """Factor-level correlation: the signed r for two single columns, else the largest |r| of the
    indicator columns (unsigned). With *categorical* (one bool per factor), every pair with a
    categorical factor is NaN (no Pearson r on class codes)."""
    k = len(groups)
    F = np.eye(k)
    for a in range(k):
        for b in range(a + 1, k):
            block = R[np.ix_(groups[a], groups[b])]
            if categorical is not None and (categorical[a] or categorical[b]):
                value = np.nan
            elif block.size == 1:
                value = block[0, 0]
            else:
                value = np.max(np.abs(block))
            F[a, b] = F[b, a] = value
    return F


# ---------------------------------------------------------------------------------------------
# Cramer's V (association of two categorical factors)


def contingency(a, b):
    """Contingency table (levels of *a* x levels of *b*) of two class-code columns."""
    la, ia = np.unique(np.asarray(a, dtype=np.float64), return_inverse=True)
    lb, ib = np.unique(np.asarray(b, dtype=np.float64), return_inverse=True)
    counts = np.bincount(ia.ravel() * lb.size + ib.ravel(), minlength=la.size * lb.size)
    return counts.reshape(la.size, lb.size).astype(np.float64)


def cramers_v(table):
    """Cramer's V = sqrt(chi^2 / (n (min(r, c) - 1))) of a contingency table (empty rows and columns
    left out); NaN when a factor has a single class."""
    T = np.asarray(table, dtype=np.float64)
    T = T[T.sum(axis=1) > 0][:, T.sum(axis=0) > 0]
    n = T.sum()
    if min(T.shape) < 2 or n <= 0:
        return float("nan")
    expected = np.outer(T.sum(axis=1), T.sum(axis=0)) / n
    chi2 = float(np.sum((T - expected) ** 2 / expected))
    return float(np.sqrt(chi2 / (n * (min(T.shape) - 1))))


def cramers_matrix(k, tables):
    """k x k matrix of Cramer's V from {(a, b): contingency table} (1 on the diagonal of the
    factors named in a pair, NaN elsewhere)."""
    V = np.full((k, k), np.nan)
    for (a, b), table in tables.items():
        V[a, b] = V[b, a] = cramers_v(table)
        V[a, a] = V[b, b] = 1.0
    return V


# ---------------------------------------------------------------------------------------------
# elimination


@dataclass
class EliminationStep:
    """One removal: which factor, its VIF and why."""

    factor: str
    stage: str  # "vif" or "correlation"
    vif: float
    reason: str


def eliminate(
    R,
    names,
    groups=None,
    vif_threshold=DEFAULT_VIF_THRESHOLD,
    r_threshold=DEFAULT_R_THRESHOLD,
    categorical=None,
):
    """Iterative elimination (module docstring). Returns (kept names, list of EliminationStep).

    Ties in VIF (e.g. several inf) are broken by the larger sum of squared correlations with the
    other kept factors, then by the later position in *names*. *categorical* (one bool per factor):
    those factors take no part in the |r| step.
    """
    names = list(names)
    groups = [[i] for i in range(len(names))] if groups is None else [list(g) for g in groups]
    Fr = factor_correlation(R, groups)
    Fpearson = factor_correlation(R, groups, categorical)
    kept = list(range(len(names)))
    steps = []

    def vifs_of(idx):
        cols = [c for i in idx for c in groups[i]]
        pos = {c: n for n, c in enumerate(cols)}
        sub_groups = [[pos[c] for c in groups[i]] for i in idx]
        sub = R[np.ix_(cols, cols)]
        return vif_from_correlation(sub, sub_groups)[1]

    while len(kept) > 1:
        v = vifs_of(kept)
        if not np.any(v > vif_threshold):
            break
        redundancy = np.array([round(float(np.sum(Fr[i, kept] ** 2) - 1.0), 9) for i in kept])
        order = sorted(range(len(kept)), key=lambda n: (v[n], redundancy[n], kept[n]))
        worst = order[-1]
        idx = kept[worst]
        steps.append(
            EliminationStep(
                names[idx],
                "vif",
                float(v[worst]),
                f"VIF {format_vif(v[worst])} > {vif_threshold:g} (highest among {len(kept)} factors)",
            )
        )
        kept.pop(worst)

    while len(kept) > 1:
        best = None
        for a_pos in range(len(kept)):
            for b_pos in range(a_pos + 1, len(kept)):
                a, b = kept[a_pos], kept[b_pos]
                r = abs(Fpearson[a, b])
                if r > r_threshold and (best is None or r > best[0]):
                    best = (r, a_pos, b_pos)
        if best is None:
            break
        v = vifs_of(kept)
        r, a_pos, b_pos = best
        drop_pos, keep_pos = (
            (a_pos, b_pos) if (v[a_pos], kept[a_pos]) > (v[b_pos], kept[b_pos]) else (b_pos, a_pos)
        )
        steps.append(
            EliminationStep(
                names[kept[drop_pos]],
                "correlation",
                float(v[drop_pos]),
                f"|r| = {r:.3f} with '{names[kept[keep_pos]]}' > {r_threshold:g}; its VIF {format_vif(v[drop_pos])} >= {format_vif(v[keep_pos])}",
            )
        )
        kept.pop(drop_pos)
    return [names[i] for i in kept], steps


def format_vif(value):
    return "inf" if not np.isfinite(value) else f"{value:.3g}"


# ---------------------------------------------------------------------------------------------
# categorical handling


def check_categorical(values, name, max_categories=MAX_CATEGORIES):
    """Distinct levels of a categorical column; LsmError when it looks continuous."""
    values = np.asarray(values, dtype=np.float64)
    finite = values[np.isfinite(values)]
    levels = np.unique(finite)
    non_integer = np.any(np.abs(levels - np.round(levels)) > 1e-6)
    if levels.size > max_categories or (non_integer and levels.size > 20):
        raise LsmError(
            "Factor '{}' is marked categorical but has {} distinct{} values: a categorical factor "
            "(lithology, land cover) holds a few class codes. Remove it from the categorical list or "
            "reclassify it first.".format(name, levels.size, " non-integer" if non_integer else "")
        )
    return levels


def one_hot_columns(values, levels):
    """Indicator columns of every level but the most frequent (the reference), and those levels."""
    values = np.asarray(values, dtype=np.float64)
    counts = np.array([np.sum(values == lv) for lv in levels])
    reference = levels[int(np.argmax(counts))]
    used = [lv for lv in levels if lv != reference]
    return (
        np.column_stack([(values == lv).astype(np.float64) for lv in used])
        if used
        else np.zeros((values.size, 0)),
        used,
        reference,
    )


# ---------------------------------------------------------------------------------------------
# the whole screening


@dataclass
class ScreeningResult:
    """Everything the table, the correlation matrix and the report show."""

    names: list
    categorical: list
    n: int
    vif: np.ndarray
    gvif: np.ndarray
    df: np.ndarray
    correlation: np.ndarray  # factor level: Pearson r, Cramer's V between categorical factors
    max_r: np.ndarray
    partner: list
    kept: list
    steps: list
    max_v: np.ndarray = None  # largest Cramer's V with another categorical factor (NaN if none)
    v_partner: list = None
    gini: np.ndarray = None
    info_gain: np.ndarray = None
    mrmr_rank: np.ndarray = None  # mRMR selection order, 1 first (core.importance.mrmr_ranking)
    mrmr_score: np.ndarray = None
    notes: list = field(default_factory=list)
    vif_threshold: float = DEFAULT_VIF_THRESHOLD
    r_threshold: float = DEFAULT_R_THRESHOLD

    def mrmr_top(self, k):
        """The *k* best factors by mRMR (all when k >= the factor count), in selection order; [] without
        an mRMR ranking (no samples)."""
        if self.mrmr_rank is None:
            return []
        order = np.argsort(self.mrmr_rank, kind="stable")
        return [self.names[i] for i in order[: max(0, int(k))]]

    def status(self, name):
        for step in self.steps:
            if step.factor == name:
                return "removed", step.reason
        return "kept", ""

    def rows(self):
        """One dict per factor (the output table)."""
        out = []
        for i, name in enumerate(self.names):
            status, reason = self.status(name)
            out.append(
                {
                    "factor": name,
                    "categorical": name in self.categorical,
                    "vif": float(self.vif[i]),
                    "tol": float(1.0 / self.vif[i]) if self.vif[i] > 0 else float("nan"),
                    "gvif": float(self.gvif[i]),
                    "df": int(self.df[i]),
                    "max_abs_r": float(self.max_r[i]),
                    "partner": self.partner[i],
                    "max_cramers_v": float(self.max_v[i]) if self.max_v is not None else float("nan"),
                    "v_partner": self.v_partner[i] if self.v_partner is not None else "",
                    "gini": float(self.gini[i]) if self.gini is not None else float("nan"),
                    "info_gain": float(self.info_gain[i]) if self.info_gain is not None else float("nan"),
                    "mrmr_rank": int(self.mrmr_rank[i]) if self.mrmr_rank is not None else None,
                    "mrmr_score": float(self.mrmr_score[i]) if self.mrmr_score is not None else float("nan"),
                    "status": status,
                    "reason": reason,
                }
            )
        return out


def _strongest(M, i, among, names):
    """(largest |M[i, j]| over j in *among* but i, that j's name); (NaN, "") when none."""
    others = [j for j in among if j != i]
    if not others:
        return float("nan"), ""
    j = others[int(np.argmax(np.abs(M[i, others])))]
    return float(abs(M[i, j])), names[j]


def _assemble(R, names, groups, categorical, n, vif_threshold, r_threshold, notes, tables=None):
    """ScreeningResult from the column correlation *R*; *tables*: {(a, b): contingency table} of the
    categorical factor pairs (Cramer's V)."""
    gvif, vif = vif_from_correlation(R, groups)
    k = len(names)
    is_cat = [name in categorical for name in names]
    F = factor_correlation(R, groups, is_cat)
    V = cramers_matrix(k, tables or {})
    cat_pair = np.outer(is_cat, is_cat) & ~np.eye(k, dtype=bool)
    F[cat_pair] = V[cat_pair]
    continuous = [i for i in range(k) if not is_cat[i]]
    cats = [i for i in range(k) if is_cat[i]]
    max_r, partner = np.full(k, np.nan), [""] * k
    max_v, v_partner = np.full(k, np.nan), [""] * k
    for i in continuous:
        max_r[i], partner[i] = _strongest(F, i, continuous, names)
    for i in cats:
        max_v[i], v_partner[i] = _strongest(V, i, cats, names)
    kept, steps = eliminate(R, names, groups, vif_threshold, r_threshold, is_cat)
    df = np.array([len(g) for g in groups])
    return ScreeningResult(
        list(names),
        list(categorical),
        int(n),
        vif,
        gvif,
        df,
        F,
        max_r,
        partner,
        kept,
        steps,
        max_v=max_v,
        v_partner=v_partner,
        notes=notes,
        vif_threshold=vif_threshold,
        r_threshold=r_threshold,
    )


def design_matrix(X, names, categorical=()):
    """Columns for the VIF (continuous as is, categorical one-hot) and the column groups."""
    X = np.asarray(X, dtype=np.float64)
    categorical = set(categorical)
    columns, groups, notes = [], [], []
    for j, name in enumerate(names):
        if name in categorical:
            levels = check_categorical(X[:, j], name)
            block, used, reference = one_hot_columns(X[:, j], levels)
            if block.shape[1] == 0:
                raise LsmError(
                    f"Categorical factor '{name}' has a single class: it carries no information; remove it."
                )
            notes.append(
                f"'{name}': {len(levels)} classes, one-hot with reference class {reference:g} (generalised VIF, df = {block.shape[1]})."
            )
            start = sum(len(g) for g in groups)
            groups.append(list(range(start, start + block.shape[1])))
            columns.append(block)
        else:
            start = sum(len(g) for g in groups)
            groups.append([start])
            columns.append(X[:, j : j + 1])
    return np.hstack(columns), groups, notes


def screen_table(
    X,
    y,
    names,
    categorical=(),
    vif_threshold=DEFAULT_VIF_THRESHOLD,
    r_threshold=DEFAULT_R_THRESHOLD,
    n_trees=DEFAULT_TREES,
    ig_classes=DEFAULT_IG_CLASSES,
    seed=0,
    feedback=None,
    with_gini=True,
):
    """Screening of a sample table: X (n, k) factor values, y labels (or None: no importance)."""
    feedback = ensure_feedback(feedback)
    X = np.asarray(X, dtype=np.float64)
    names = list(names)
    if X.shape[1] < 2:
        raise LsmError(f"Factor screening needs at least two factors (got {X.shape[1]}).")
    empty = [n for j, n in enumerate(names) if not np.isfinite(X[:, j]).any()]
    if empty:
        raise LsmError(
            "Factor(s) {} have no value at any sample (all nodata/NULL): fix or remove them.".format(
                ", ".join(empty)
            )
        )
    complete = np.isfinite(X).all(axis=1)
    dropped = int((~complete).sum())
    notes = []
    if dropped:
        notes.append(f"{dropped} sample(s) with an empty factor value were left out.")
    X = X[complete]
    if y is not None:
        y = np.asarray(y)[complete]
    if X.shape[0] < 3:
        raise LsmError("Fewer than 3 complete samples: nothing to screen.")
    D, groups, cat_notes = design_matrix(X, names, categorical)
    notes.extend(cat_notes)
    acc = CovarianceAccumulator(D.shape[1])
    acc.update(D)
    col_names = _column_names(names, groups)
    R = correlation_from_covariance(acc.covariance(), col_names, acc.mean)
    check_canceled(feedback)
    cats = [j for j, name in enumerate(names) if name in set(categorical)]
    tables = {(a, b): contingency(X[:, a], X[:, b]) for a in cats for b in cats if a < b}
    result = _assemble(R, names, groups, categorical, X.shape[0], vif_threshold, r_threshold, notes, tables)
    feedback.setProgress(30)
    if y is not None:
        add_importance(result, X, y, n_trees, ig_classes, seed, feedback, with_gini)
    feedback.setProgress(100)
    return result


def _column_names(names, groups):
    out = []
    for name, g in zip(names, groups):
        out.extend([name] if len(g) == 1 else [f"{name}[{i}]" for i in range(len(g))])
    return out


def _block_levels(X, window, mask_fn):
    """The distinct finite values of every column of one block (inside the mask)."""
    if mask_fn is not None:
        X = X[np.asarray(mask_fn(window), dtype=bool).ravel()]
    return [np.unique(X[np.isfinite(X[:, j]), j]) for j in range(X.shape[1])]


def _levels_blocks(reader, windows, mask_fn, feedback, runner):
    """_block_levels of every window in window order, here or as tasks of a distributed *runner*."""
    if runner is not None and runner.distributed:
        from .dask_parts import worker_mask

        spec = _DesignSpec(tuple(reader.factors), reader.grid, worker_mask(mask_fn))
        yield from runner.map(levels_task, spec, windows, feedback)
        return
    for window in windows:
        check_canceled(feedback)
        X, _ = reader.read_window(window)
        yield _block_levels(X, window, mask_fn)


def categorical_levels_raster(factors, feedback=None, mask_fn=None, runner=None):
    """Distinct values of the categorical *factors* over the grid (one streamed pass; the blocks as
    tasks of *runner*'s cluster when distributed, merged here in window order)."""
    reader = FactorReader(factors)
    levels = [set() for _ in factors]
    windows = reader.windows()
    for i, parts in enumerate(_levels_blocks(reader, windows, mask_fn, feedback, runner)):
        for j, f in enumerate(factors):
            levels[j].update(parts[j].tolist())
            if len(levels[j]) > MAX_CATEGORIES:
                check_categorical(np.array(sorted(levels[j])), f.name)
        if feedback is not None:
            feedback.setProgress(100.0 * (i + 1) / len(windows))
    return [np.array(sorted(s)) for s in levels]


def screen_rasters(
    factors,
    feedback=None,
    mask_fn=None,
    vif_threshold=DEFAULT_VIF_THRESHOLD,
    r_threshold=DEFAULT_R_THRESHOLD,
    runner=None,
):
    """Screening over every valid cell of factor rasters, streamed block by block (no importance).

    Categorical factors are one-hot encoded per block (a first pass finds their classes). With a
    distributed *runner* (core.dask_blocks.BlockRunner) every pass runs its blocks as tasks on the
    cluster, each returning its block's sufficient statistics (distinct classes; valid count, sums
    and cross products), merged here in window order: the same result as the local run.
    """
    from .progress import SubProgress

    feedback = ensure_feedback(feedback)
    grid = check_grids(factors)
    names = [f.name for f in factors]
    categorical = [f.name for f in factors if f.categorical]
    notes, tables = [], {}
    if not categorical:
        acc = stream_covariance(factors, SubProgress(feedback, 0, 95), mask_fn, grid=grid, runner=runner)
        groups = [[i] for i in range(len(factors))]
    else:
        cat_factors = [f for f in factors if f.categorical]
        levels = categorical_levels_raster(cat_factors, SubProgress(feedback, 0, 30), mask_fn, runner)
        level_of = {}
        for f, lv in zip(cat_factors, levels):
            check_categorical(lv, f.name)
            if lv.size < 2:
                raise LsmError(
                    f"Categorical factor '{f.name}' has a single class: it carries no information; remove it."
                )
            level_of[f.name] = lv
        acc, groups, counts, tables = _stream_design(
            factors, level_of, SubProgress(feedback, 30, 95), mask_fn, grid, runner
        )
        for f in cat_factors:
            notes.append(
                f"'{f.name}': {level_of[f.name].size} classes, one-hot with reference class {counts[f.name]:g} (generalised VIF, df = {level_of[f.name].size - 1})."
            )
    if acc.n < 3:
        raise LsmError("Fewer than 3 valid cells: nothing to screen.")
    R = correlation_from_covariance(acc.covariance(), _column_names(names, groups), acc.mean)
    notes.insert(0, f"Statistics over {acc.n} valid cells.")
    result = _assemble(R, names, groups, categorical, acc.n, vif_threshold, r_threshold, notes, tables)
    feedback.setProgress(100)
    return result


@dataclass(frozen=True)
class _DesignSpec:
    """What a block task of the raster screening needs on a worker (the factors, the grid, a
    picklable mask; for the one-hot design the levels of each factor (None for continuous ones),
    the column groups, the width and the shift)."""

    factors: tuple
    grid: object
    mask_fn: object = None
    levels: tuple = ()
    groups: tuple = ()
    width: int = 0
    shift: tuple = None


def _worker_reader(spec):
    from .dask_parts import worker_factor_reader

    return worker_factor_reader(spec.factors, spec.grid)


def levels_task(spec, window):
    """_block_levels of one window on a worker."""
    X, _ = _worker_reader(spec).read_window(window)
    return _block_levels(X, window, spec.mask_fn)


def _design_block(X, valid, window, mask_fn, levels, groups, width):
    """The one-hot design rows (float64) of one block's valid cells (None without a valid cell)."""
    if mask_fn is not None:
        valid &= np.asarray(mask_fn(window), dtype=bool).ravel()
    X = X[valid].astype(np.float64)
    if not X.shape[0]:
        return None
    D = np.empty((X.shape[0], width))
    for j, lv in enumerate(levels):
        if lv is not None:
            D[:, groups[j]] = X[:, j : j + 1] == lv[None, :]
        else:
            D[:, groups[j][0]] = X[:, j]
    return D


def _worker_design(spec, window):
    """The rows of one block's design that CovarianceAccumulator.update adds (None without)."""
    X, valid = _worker_reader(spec).read_window(window)
    D = _design_block(X, valid, window, spec.mask_fn, spec.levels, spec.groups, spec.width)
    return None if D is None else CovarianceAccumulator.complete_rows(D)


def design_shift_task(spec, window):
    """The column means of one block's design rows (the shift, from the first block that has
    any, as CovarianceAccumulator.update takes it); None without a row."""
    D = _worker_design(spec, window)
    return None if D is None or not D.shape[0] else D.mean(axis=0)


def design_sums_task(spec, window):
    """(rows, sums, cross products) of one block's design rows shifted by spec.shift; None without."""
    D = _worker_design(spec, window)
    if D is None or not D.shape[0]:
        return None
    return (D.shape[0], *block_sums(D - np.asarray(spec.shift, dtype=np.float64)))


def _design_on_cluster(spec, windows, feedback, runner, acc):
    """Accumulate the design's block sums from the tasks of *runner*, the shift first."""
    from dataclasses import replace

    from .dask_parts import first_in_order

    shift = first_in_order(runner, design_shift_task, spec, windows, feedback)
    if shift is not None:
        acc.set_shift(shift)
    if acc.shift is None:
        return
    spec = replace(spec, shift=tuple(float(v) for v in acc.shift))
    for i, part in enumerate(runner.map(design_sums_task, spec, windows, feedback)):
        if part is not None:
            acc.add_sums(*part)
        feedback.setProgress(100.0 * (i + 1) / len(windows))


def _stream_design(factors, level_of, feedback, mask_fn, grid, runner=None):
    """Covariance of the one-hot design over the grid; the reference level of each categorical
    factor is its most frequent class, found from the accumulated indicator sums."""
    reader = FactorReader(factors, grid)
    windows = reader.windows()
    groups, width = [], 0
    for f in factors:
        size = level_of[f.name].size if f.categorical else 1
        groups.append(list(range(width, width + size)))
        width += size
    levels = tuple(level_of[f.name] if f.categorical else None for f in factors)
    acc = CovarianceAccumulator(width)
    if runner is not None and runner.distributed:
        from .dask_parts import worker_mask

        spec = _DesignSpec(
            tuple(factors), grid, worker_mask(mask_fn), levels, tuple(map(tuple, groups)), width
        )
        _design_on_cluster(spec, windows, feedback, runner, acc)
    else:
        for i, window in enumerate(windows):
            check_canceled(feedback)
            X, valid = reader.read_window(window)
            D = _design_block(X, valid, window, mask_fn, levels, groups, width)
            if D is not None:
                acc.update(D)
            feedback.setProgress(100.0 * (i + 1) / len(windows))
    if acc.n == 0:
        raise LsmError("No cell has a value in every factor raster: check nodata and the mask.")
    tables = _design_tables(acc, factors, groups)
    # drop each categorical factor's most frequent level (the reference)
    mean = acc.mean
    keep_cols, new_groups, refs, pos = [], [], {}, 0
    for j, f in enumerate(factors):
        cols = groups[j]
        if f.categorical:
            ref_pos = int(np.argmax(mean[cols]))
            refs[f.name] = float(level_of[f.name][ref_pos])
            cols = [c for n, c in enumerate(cols) if n != ref_pos]
        keep_cols.extend(cols)
        new_groups.append(list(range(pos, pos + len(cols))))
        pos += len(cols)
    sub = CovarianceAccumulator(len(keep_cols))
    sub.n, sub.shift = acc.n, acc.shift[keep_cols]
    sub.s1 = acc.s1[keep_cols]
    sub.s2 = acc.s2[np.ix_(keep_cols, keep_cols)]
    return sub, new_groups, refs, tables


def _design_tables(acc, factors, groups):
    """{(a, b): contingency table} of each pair of categorical factors, from the sums of products of
    their full indicator blocks (every level, before the reference is dropped)."""
    products = acc.raw_products()
    cats = [j for j, f in enumerate(factors) if f.categorical]
    return {(a, b): np.rint(products[np.ix_(groups[a], groups[b])]) for a in cats for b in cats if a < b}
