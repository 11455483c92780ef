"""Factor screening: multicollinearity (VIF, TOL, Pearson) and importance (RF Gini, information gain).

VIF_i = 1 / (1 - R_i^2) of factor i regressed on the others equals the i-th diagonal element of
the inverse correlation matrix; the covariance is accumulated in float64 from shifted values
(shift = mean of the first block) so that one streamed pass over the rasters is as exact as a
two-pass computation. Perfectly collinear factors get VIF = inf (reported, never a crash).

Categorical factors take part as one-hot blocks (the most frequent level is the reference and is
left out) through the generalised VIF of Fox & Monette (1992): GVIF_S = det(R_SS) det(R_~S~S) /
det(R). For a continuous factor it is the ordinary VIF. The column `vif` holds
GVIF^(1/df) (df = number of indicator columns), which equals the VIF for df = 1 and is what the
threshold is compared with; `gvif` holds the raw value. In the pairwise |r| step a categorical
factor is represented by the largest |r| of its indicator columns.

Elimination (Zhang et al. 2022; Fan et al. 2025): drop the factor with the highest VIF while any
VIF exceeds the threshold (default 10), recomputing after each drop; then, while a pair of kept
factors has |r| above the threshold (default 0.6), take the pair with the highest |r| and drop
the member with the higher VIF (VIFs recomputed on the kept set).
"""

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from .errors import LsmError
from .grid import DEFAULT_BLOCK_CELLS, FactorReader, check_grids, open_raster
from .progress import check_canceled, ensure_feedback

#: Zhang et al. 2022 / Fan et al. 2025: VIF above 10 means serious multicollinearity
DEFAULT_VIF_THRESHOLD = 10.0
#: Zhang et al. 2022: |Pearson r| above 0.6 marks a strongly correlated pair
DEFAULT_R_THRESHOLD = 0.6
#: a tolerance (1 - R^2) below this is treated as exact collinearity (VIF = inf)
COLLINEAR_TOL = 1e-10
#: categorical factors with more distinct values than this are refused
MAX_CATEGORIES = 100
#: classes of continuous factors for the information gain (natural breaks)
DEFAULT_IG_CLASSES = 5
#: trees of the random forest for the Gini importance
DEFAULT_TREES = 200


# ---------------------------------------------------------------------------------------------
# covariance


class CovarianceAccumulator:
    """Streamed covariance in float64: sums of shifted values and of their cross products."""

    def __init__(self, n_columns):
        self.p = int(n_columns)
        self.n = 0
        self.shift = None
        self.s1 = np.zeros(self.p)
        self.s2 = np.zeros((self.p, self.p))

    def set_shift(self, shift):
        self.shift = np.asarray(shift, dtype=np.float64)

    def add_shifted(self, d, n_rows):
        """Add a block *d* (rows, p) already shifted, with invalid rows set to 0; *n_rows* valid."""
        if n_rows == 0:
            return
        self.n += int(n_rows)
        self.s1 += d.sum(axis=0)
        self.s2 += d.T @ d

    def update(self, X):
        """Add the rows of *X* (rows, p) that have no NaN."""
        X = np.asarray(X, dtype=np.float64)
        X = X[np.isfinite(X).all(axis=1)]
        if X.shape[0] == 0:
            return
        if self.shift is None:
            self.set_shift(X.mean(axis=0))
        d = X - self.shift
        self.add_shifted(d, X.shape[0])

    @property
    def mean(self):
        return self.shift + self.s1 / self.n

    def covariance(self, ddof=1):
        """Covariance matrix (p, p)."""
        if self.n <= ddof:
            raise LsmError(f"Too few valid cells/samples to compute a covariance ({self.n}).")
        centred = self.s2 - np.outer(self.s1, self.s1) / self.n
        cov = centred / (self.n - ddof)
        return (cov + cov.T) / 2.0


def correlation_from_covariance(cov, names=None):
    """Pearson correlation matrix; LsmError naming the zero-variance columns."""
    cov = np.asarray(cov, dtype=np.float64)
    var = np.diag(cov).copy()
    scale = np.max(np.abs(var)) if var.size else 0.0
    flat = np.flatnonzero(var <= scale * 1e-14) if scale > 0 else np.arange(var.size)
    if flat.size:
        which = [names[i] if names is not None else str(i) for i in flat]
        raise LsmError(
            "Factor(s) {} have zero variance (the same value everywhere): they carry no information; "
            "remove them from the factor list.".format(", ".join(which))
        )
    sd = np.sqrt(var)
    R = cov / np.outer(sd, sd)
    np.fill_diagonal(R, 1.0)
    return np.clip(R, -1.0, 1.0)


class _FortranReader:
    """Reads windows of some bands straight into columns of a Fortran-ordered float64 matrix; used by
    stream_covariance, one reader (own GDAL handles) per reading thread."""

    def __init__(self, columns, grid):
        self.grid = grid
        self._datasets = {}
        self._bands = []
        for path, band_no in columns:
            ds = self._datasets.get(path) or open_raster(path)
            self._datasets[path] = ds
            band = ds.GetRasterBand(band_no)
            nodata = band.GetNoDataValue()
            self._bands.append((band, nodata if nodata is not None and np.isfinite(nodata) else None))

    def read_into(self, window, out, columns):
        """Raw values of the window's bands into out[:, columns] (Fortran (cells, p) float64); returns
        the cells where one of these bands has no value (NaN, inf or the band's nodata)."""
        xoff, yoff, xs, ys = window
        buffer = np.empty((ys, xs), dtype=np.float32)
        invalid = np.zeros(xs * ys, dtype=bool)
        for j, (band, nodata) in zip(columns, self._bands):
            values = band.ReadAsArray(xoff, yoff, xs, ys, buf_obj=buffer).ravel()
            invalid |= ~np.isfinite(values)
            if nodata is not None:
                invalid |= values == np.float32(nodata)
            out[:, j] = values
        return invalid

    @staticmethod
    def first_mean(out, invalid):
        """Column means over the valid rows (the shift of the accumulation)."""
        keep = ~invalid
        return np.array([out[keep, j].mean() for j in range(out.shape[1])])

    @staticmethod
    def prepare(out, invalid, shift):
        """Shift every column in place (contiguous) and zero the invalid rows."""
        for j in range(out.shape[1]):
            out[:, j] -= shift[j]
        bad = np.flatnonzero(invalid)
        if bad.size:
            out[bad, :] = 0.0
        return out


#: threads reading the bands of the next block while this one is accumulated (GDAL releases the GIL)
READ_THREADS = 2


def stream_covariance(
    factors,
    feedback=None,
    mask_fn=None,
    target_cells=DEFAULT_BLOCK_CELLS,
    grid=None,
    read_threads=READ_THREADS,
):
    """CovarianceAccumulator over every cell where all *factors* have a value (and *mask_fn*
    allows), streamed block by block. The bands of the next block are read (and decompressed) by
    *read_threads* threads, each with its own GDAL handles and share of the bands, while this block is
    shifted and accumulated; so on two or more free cores the pass costs about the reading time (or
    less than reading the bands one after the other)."""
    feedback = ensure_feedback(feedback)
    grid = grid or check_grids(factors)
    columns = [(f.path, f.band) for f in factors]
    n_threads = max(1, min(int(read_threads), len(columns)))
    parts = [part.tolist() for part in np.array_split(np.arange(len(columns)), n_threads)]
    readers = [_FortranReader([columns[j] for j in part], grid) for part in parts]
    windows = FactorReader(factors[:1], grid).windows(target_cells)
    acc = CovarianceAccumulator(len(factors))

    with ThreadPoolExecutor(max_workers=n_threads) as pool:

        def start(window):
            xoff, yoff, xs, ys = window
            out = np.empty((xs * ys, len(columns)), dtype=np.float64, order="F")
            futures = [pool.submit(r.read_into, window, out, part) for r, part in zip(readers, parts)]
            return window, out, futures

        def finish(pending):
            window, out, futures = pending
            invalid = futures[0].result()
            for future in futures[1:]:
                invalid |= future.result()
            if mask_fn is not None:
                invalid |= ~np.asarray(mask_fn(window), dtype=bool).ravel()
            return out, invalid, invalid.size - int(np.count_nonzero(invalid))

        pending = start(windows[0])
        for i in range(len(windows)):
            try:
                check_canceled(feedback)
            except BaseException:
                for future in pending[2]:
                    future.cancel()
                raise
            out, invalid, n_valid = finish(pending)
            if i + 1 < len(windows):
                pending = start(windows[i + 1])
            if n_valid:
                if acc.shift is None:
                    # shift: mean of the first block with valid cells
                    acc.set_shift(_FortranReader.first_mean(out, invalid))
                acc.add_shifted(_FortranReader.prepare(out, invalid, acc.shift), n_valid)
            feedback.setProgress(100.0 * (i + 1) / len(windows))
    if acc.shift is None:
        empty = [f.name for f in factors if not _has_value(f, grid)]
        raise LsmError(
            "No cell has a value in every factor raster ({}){}: {}".format(
                ", ".join(f.name for f in factors),
                " inside the mask" if mask_fn is not None else "",
                f"{', '.join(empty)} {'is' if len(empty) == 1 else 'are'} all nodata; remove or fix them."
                if empty
                else "their valid cells do not overlap; check nodata and the mask.",
            )
        )
    return acc


def _has_value(factor, grid):
    """True when the factor has at least one valid cell (stops at the first block with one)."""
    reader = FactorReader([factor], grid)
    for window in reader.windows():
        if reader.read_window(window)[1].any():
            return True
    return False


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


def factor_correlation(R, groups):
    """Factor-level correlation: the signed r for two single columns, else the largest |r| of the
    indicator columns (unsigned)."""
    k = len(groups)
    F = np.eye(k)
    for a in range(k):
        for b in range(a + 1, k):
            block = R[np.ix_(groups[a], groups[b])]
            if block.size == 1:
                value = block[0, 0]
            else:
                value = np.max(np.abs(block))
            F[a, b] = F[b, a] = value
    return F


# ---------------------------------------------------------------------------------------------
# elimination


@dataclass
class EliminationStep:
    """One removal: which factor, its VIF and why."""

    factor: str
    stage: str  # "vif" or "correlation"
    vif: float
    reason: str


def eliminate(R, names, groups=None, vif_threshold=DEFAULT_VIF_THRESHOLD, r_threshold=DEFAULT_R_THRESHOLD):
    """Iterative elimination (module docstring). Returns (kept names, list of EliminationStep).

    Ties in VIF (e.g. several inf) are broken by the larger sum of squared correlations with the
    other kept factors, then by the later position in *names*.
    """
    names = list(names)
    groups = [[i] for i in range(len(names))] if groups is None else [list(g) for g in groups]
    Fr = factor_correlation(R, groups)
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
                r = abs(Fr[a, b])
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
# importance


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
    correlation: np.ndarray  # factor level (module docstring)
    max_r: np.ndarray
    partner: list
    kept: list
    steps: list
    gini: np.ndarray = None
    info_gain: np.ndarray = None
    notes: list = field(default_factory=list)
    vif_threshold: float = DEFAULT_VIF_THRESHOLD
    r_threshold: float = DEFAULT_R_THRESHOLD

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
                    "gini": float(self.gini[i]) if self.gini is not None else float("nan"),
                    "info_gain": float(self.info_gain[i]) if self.info_gain is not None else float("nan"),
                    "status": status,
                    "reason": reason,
                }
            )
        return out


def _assemble(R, names, groups, categorical, n, vif_threshold, r_threshold, notes):
    gvif, vif = vif_from_correlation(R, groups)
    F = factor_correlation(R, groups)
    k = len(names)
    max_r = np.zeros(k)
    partner = [""] * k
    for i in range(k):
        if k < 2:
            break
        a = np.abs(F[i]).copy()
        a[i] = -1.0
        j = int(np.argmax(a))
        max_r[i] = a[j]
        partner[i] = names[j]
    kept, steps = eliminate(R, names, groups, vif_threshold, r_threshold)
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
    R = correlation_from_covariance(acc.covariance(), col_names)
    check_canceled(feedback)
    result = _assemble(R, names, groups, categorical, X.shape[0], vif_threshold, r_threshold, notes)
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


def categorical_levels_raster(factors, feedback=None, mask_fn=None):
    """Distinct values of the categorical *factors* over the grid (one streamed pass)."""
    reader = FactorReader(factors)
    levels = [set() for _ in factors]
    windows = reader.windows()
    for i, window in enumerate(windows):
        check_canceled(feedback)
        X, _ = reader.read_window(window)
        if mask_fn is not None:
            X = X[np.asarray(mask_fn(window), dtype=bool).ravel()]
        for j, f in enumerate(factors):
            col = X[:, j]
            levels[j].update(np.unique(col[np.isfinite(col)]).tolist())
            if len(levels[j]) > MAX_CATEGORIES:
                check_categorical(np.array(sorted(levels[j])), f.name)
        if feedback is not None:
            feedback.setProgress(100.0 * (i + 1) / len(windows))
    return [np.array(sorted(s)) for s in levels]


def screen_rasters(
    factors, feedback=None, mask_fn=None, vif_threshold=DEFAULT_VIF_THRESHOLD, r_threshold=DEFAULT_R_THRESHOLD
):
    """Screening over every valid cell of factor rasters, streamed block by block (no importance).

    Categorical factors are one-hot encoded per block (a first pass finds their classes).
    """
    from .progress import SubProgress

    feedback = ensure_feedback(feedback)
    grid = check_grids(factors)
    names = [f.name for f in factors]
    categorical = [f.name for f in factors if f.categorical]
    notes = []
    if not categorical:
        acc = stream_covariance(factors, SubProgress(feedback, 0, 95), mask_fn, grid=grid)
        groups = [[i] for i in range(len(factors))]
    else:
        cat_factors = [f for f in factors if f.categorical]
        levels = categorical_levels_raster(cat_factors, SubProgress(feedback, 0, 30), mask_fn)
        level_of = {}
        for f, lv in zip(cat_factors, levels):
            check_categorical(lv, f.name)
            if lv.size < 2:
                raise LsmError(
                    f"Categorical factor '{f.name}' has a single class: it carries no information; remove it."
                )
            level_of[f.name] = lv
        acc, groups, counts = _stream_design(factors, level_of, SubProgress(feedback, 30, 95), mask_fn, grid)
        for f in cat_factors:
            notes.append(
                f"'{f.name}': {level_of[f.name].size} classes, one-hot with reference class {counts[f.name]:g} (generalised VIF, df = {level_of[f.name].size - 1})."
            )
    if acc.n < 3:
        raise LsmError("Fewer than 3 valid cells: nothing to screen.")
    R = correlation_from_covariance(acc.covariance(), _column_names(names, groups))
    notes.insert(0, f"Statistics over {acc.n} valid cells.")
    result = _assemble(R, names, groups, categorical, acc.n, vif_threshold, r_threshold, notes)
    feedback.setProgress(100)
    return result


def _stream_design(factors, level_of, feedback, mask_fn, grid):
    """Covariance of the one-hot design over the grid; the reference level of each categorical
    factor is its most frequent class, found from the accumulated indicator sums."""
    reader = FactorReader(factors, grid)
    windows = reader.windows()
    groups, width = [], 0
    for f in factors:
        size = level_of[f.name].size if f.categorical else 1
        groups.append(list(range(width, width + size)))
        width += size
    acc = CovarianceAccumulator(width)
    for i, window in enumerate(windows):
        check_canceled(feedback)
        X, valid = reader.read_window(window)
        if mask_fn is not None:
            valid &= np.asarray(mask_fn(window), dtype=bool).ravel()
        X = X[valid].astype(np.float64)
        if X.shape[0]:
            D = np.empty((X.shape[0], width))
            for j, f in enumerate(factors):
                if f.categorical:
                    D[:, groups[j]] = X[:, j : j + 1] == level_of[f.name][None, :]
                else:
                    D[:, groups[j][0]] = X[:, j]
            acc.update(D)
        feedback.setProgress(100.0 * (i + 1) / len(windows))
    if acc.n == 0:
        raise LsmError("No cell has a value in every factor raster: check nodata and the mask.")
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
    return sub, new_groups, refs


# ---------------------------------------------------------------------------------------------
# HTML report


def _png(fig):
    import base64
    import io

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def report_charts(result):
    """Base64 PNGs: VIF bars (5 and 10 lines), correlation heat map, importance bars."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    charts = {}
    names = result.names
    k = len(names)
    finite_vif = np.where(np.isfinite(result.vif), result.vif, np.nan)
    cap = max(12.0, np.nanmax(finite_vif) * 1.1 if np.any(np.isfinite(finite_vif)) else 12.0)
    shown = np.where(np.isfinite(result.vif), result.vif, cap)
    fig = Figure(figsize=(max(5, 0.5 * k + 2), 3.6))
    ax = fig.subplots()
    colors = ["#b2182b" if result.status(n)[0] == "removed" else "#2166ac" for n in names]
    ax.bar(range(k), shown, color=colors)
    for i, v in enumerate(result.vif):
        if not np.isfinite(v):
            ax.text(i, cap, "inf", ha="center", va="bottom", fontsize=8)
    ax.axhline(5, color="#e08214", linestyle="--", linewidth=1, label="VIF 5")
    ax.axhline(10, color="#b2182b", linestyle="--", linewidth=1, label="VIF 10")
    ax.set_xticks(range(k))
    ax.set_xticklabels(names, rotation=45, ha="right")
    ax.set_ylabel("VIF")
    ax.set_title("Variance inflation factor (red: removed)")
    ax.legend(loc="upper right", fontsize=8)
    charts["vif"] = _png(fig)

    fig = Figure(figsize=(max(4.5, 0.45 * k + 2.5), max(4, 0.45 * k + 1.5)))
    ax = fig.subplots()
    image = ax.imshow(result.correlation, cmap="RdBu_r", vmin=-1, vmax=1)
    ax.set_xticks(range(k))
    ax.set_yticks(range(k))
    ax.set_xticklabels(names, rotation=45, ha="right")
    ax.set_yticklabels(names)
    if k <= 20:
        for i in range(k):
            for j in range(k):
                ax.text(j, i, f"{result.correlation[i, j]:.2f}", ha="center", va="center", fontsize=7)
    fig.colorbar(image, ax=ax, shrink=0.8, label="Pearson r")
    ax.set_title("Correlation matrix")
    charts["correlation"] = _png(fig)

    if result.gini is not None:
        fig = Figure(figsize=(8.5, max(3.2, 0.3 * k + 1.5)))
        axes = fig.subplots(1, 2)
        order = np.argsort(result.gini)
        axes[0].barh([names[i] for i in order], result.gini[order], color="#1b7837")
        axes[0].set_title("Random-forest Gini importance")
        order = np.argsort(result.info_gain)
        axes[1].barh([names[i] for i in order], result.info_gain[order], color="#762a83")
        axes[1].set_title("Information gain (bits)")
        fig.tight_layout()
        charts["importance"] = _png(fig)
    return charts


def _cell(value, digits=4):
    if isinstance(value, float):
        if np.isnan(value):
            return "&ndash;"
        if not np.isfinite(value):
            return "inf"
        return "{:.{}g}".format(value, digits)
    return _escape(str(value))


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_report(result, path, title="Factor screening"):
    """Self-contained HTML report (charts embedded as base64 PNG)."""
    charts = report_charts(result)
    rows = result.rows()
    head = [
        "factor",
        "VIF",
        "TOL",
        "GVIF",
        "df",
        "max |r|",
        "partner",
        "Gini",
        "info gain",
        "status",
        "reason",
    ]
    keys = [
        "factor",
        "vif",
        "tol",
        "gvif",
        "df",
        "max_abs_r",
        "partner",
        "gini",
        "info_gain",
        "status",
        "reason",
    ]
    lines = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_escape(title)}</title>",
        "<style>body{font-family:sans-serif;margin:1.5em;max-width:1100px}table{border-collapse:collapse;"
        "font-size:13px}td,th{border:1px solid #bbb;padding:3px 6px;text-align:right}"
        "td:first-child,th:first-child{text-align:left}.removed{color:#b2182b}</style></head><body>",
        f"<h1>{_escape(title)}</h1>",
        f"<p>{len(result.names)} factors, {result.n} samples/cells. Thresholds: VIF &gt; {result.vif_threshold:g}, |r| &gt; {result.r_threshold:g} "
        "(Zhang et al. 2022; Fan et al. 2025).</p>",
        "<p><b>Kept ({}):</b> {}</p>".format(len(result.kept), _escape(", ".join(result.kept))),
        "<table><tr>{}</tr>".format("".join(f"<th>{h}</th>" for h in head)),
    ]
    for row in rows:
        cls = " class='removed'" if row["status"] == "removed" else ""
        lines.append("<tr{}>{}</tr>".format(cls, "".join(f"<td>{_cell(row[k])}</td>" for k in keys)))
    lines.append("</table>")
    if result.steps:
        lines.append("<h2>Elimination order</h2><ol>")
        for step in result.steps:
            lines.append(f"<li>{_escape(step.factor)} ({step.stage} step): {_escape(step.reason)}</li>")
        lines.append("</ol>")
    lines.append("<h2>Charts</h2>")
    for key in ("vif", "correlation", "importance"):
        if key in charts:
            lines.append(f"<p><img alt='{key}' src='data:image/png;base64,{charts[key]}'></p>")
    if result.notes:
        lines.append("<h2>Notes</h2><ul>")
        lines.extend(f"<li>{_escape(n)}</li>" for n in result.notes)
        lines.append("</ul>")
    lines.append(
        "<p>VIF<sub>i</sub> = 1/(1&minus;R<sub>i</sub><sup>2</sup>) (diagonal of the inverse correlation matrix), "
        "TOL = 1/VIF. Categorical factors: generalised VIF of the one-hot block (Fox &amp; Monette 1992), "
        "shown as GVIF<sup>1/df</sup>; in the matrix, their entries are the largest |r| of their indicator "
        "columns.</p></body></html>"
    )
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    return path
