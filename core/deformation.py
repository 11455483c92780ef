"""Deformation x susceptibility contingency matrix (lsm:deformationmatrix; Tang et al. 2026).

A deformation raster (e.g. SBAS-InSAR LOS velocity in mm/yr) is classed by user breaks (on the signed
velocity or on |velocity|), a susceptibility raster by its class codes (a classed map such as
lsm:jenksclassify writes) or by breaks; the cells where both have a value are counted per pair of
classes, block by block (memory bounded by one block of both rasters).

    parse_breaks(text, what="breaks") -> float64 edges, strictly increasing, at least 2; "inf" / "-inf"
        allowed ("-inf,-10,-5,5,10,inf" gives five classes)
    class_labels(edges, unit="") -> ["< -10", "-10 to -5", ..., ">= 10"] (the interval of each class:
        lower edge included, upper excluded, the last class includes its upper edge)
    contingency_matrix(deformation, susceptibility, deformation_edges, susceptibility_edges=None,
        absolute=False, feedback=None, target_cells=DEFAULT_BLOCK_CELLS) -> DeformationMatrix
        *deformation* and *susceptibility* are core.grid.Factor; they must be on one grid (the grid
        error of core.grid.check_grids points to lsm:alignfactors). Without susceptibility edges the
        susceptibility values are class codes (whole numbers, at most MAX_CODES distinct).
    chi2_sf(x, dof) -> the chi-square survival function (p-value): scipy.stats.chi2.sf when scipy is
        installed, else chi2_sf_series
    chi2_sf_series(x, dof) -> the regularized upper incomplete gamma Q(dof/2, x/2) by its power series
        (x < a + 1) or its Lentz continued fraction (Numerical Recipes, 3rd ed., 6.2), to ~1e-14

Statistics (DeformationMatrix): the chi-square test of independence over the classes that hold cells
(empty rows and columns are left out), its degrees of freedom and p-value, and Cramer's V =
sqrt(chi2 / (n (min(r, c) - 1))). Cells of a map are spatially autocorrelated, not independent draws:
with millions of cells any association is "significant"; Cramer's V (0 none ... 1 complete) is the
measure of its strength.
"""

import math
from dataclasses import dataclass, field

import numpy as np

from .errors import LsmError
from .grid import DEFAULT_BLOCK_CELLS, FactorReader, check_grids
from .progress import check_canceled, ensure_feedback

#: most distinct class codes a classed susceptibility raster may hold
MAX_CODES = 100
_EPS = 1e-300
_TOL = 1e-15


def parse_breaks(text, what="breaks"):
    """Class edges from a comma separated text (see the module docstring)."""
    parts = [p.strip() for p in str(text or "").replace(";", ",").split(",") if p.strip()]
    try:
        edges = np.array([float(p) for p in parts], dtype=np.float64)
    except ValueError as exc:
        raise LsmError(
            f"The {what} must be numbers separated by commas (inf allowed), got '{text}'."
        ) from exc
    if edges.size < 2 or np.isnan(edges).any():
        raise LsmError(
            f"The {what} need at least two edges (e.g. -inf,-10,-5,5,10,inf for five classes), got '{text}'."
        )
    if not (np.diff(edges) > 0).all():
        raise LsmError(f"The {what} must increase strictly from left to right, got '{text}'.")
    return edges


def _number(value):
    return "{:g}".format(value)


def class_labels(edges, unit=""):
    """Interval label of each class of *edges*."""
    suffix = f" {unit}" if unit else ""
    labels = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        if np.isneginf(lo):
            labels.append(f"< {_number(hi)}{suffix}")
        elif np.isposinf(hi):
            labels.append(f">= {_number(lo)}{suffix}")
        else:
            labels.append(f"{_number(lo)} to {_number(hi)}{suffix}")
    return labels


def classify(values, edges):
    """Class index (0..len(edges)-2) of each value; -1 outside the edges or NaN."""
    values = np.asarray(values, dtype=np.float64)
    index = np.searchsorted(edges, values, side="right") - 1
    last = len(edges) - 2
    index[values == edges[-1]] = last  # the last class includes its upper edge
    index[(index < 0) | (index > last) | np.isnan(values)] = -1
    return index


# ---------------------------------------------------------------------------------------------
# chi-square survival function


def _gamma_series(a, x):
    """Regularized lower incomplete gamma P(a, x) by its power series (x < a + 1)."""
    term = total = 1.0 / a
    ap = a
    for _ in range(10000):
        ap += 1.0
        term *= x / ap
        total += term
        if abs(term) < abs(total) * _TOL:
            break
    return total * math.exp(-x + a * math.log(x) - math.lgamma(a))


def _gamma_fraction(a, x):
    """Regularized upper incomplete gamma Q(a, x) by the modified Lentz continued fraction (x >= a + 1)."""
    b = x + 1.0 - a
    c = 1.0 / _EPS
    d = 1.0 / b
    h = d
    for i in range(1, 10000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = _EPS if abs(d) < _EPS else d
        c = b + an / c
        c = _EPS if abs(c) < _EPS else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _TOL:
            break
    return math.exp(-x + a * math.log(x) - math.lgamma(a)) * h


def chi2_sf_series(x, dof):
    """P(X > x) for X ~ chi-square(dof), without scipy (see the module docstring)."""
    if dof <= 0:
        return float("nan")
    if x <= 0:
        return 1.0
    a, half = dof / 2.0, x / 2.0
    if half < a + 1.0:
        return max(0.0, 1.0 - _gamma_series(a, half))
    return _gamma_fraction(a, half)


def chi2_sf(x, dof):
    """P(X > x) for X ~ chi-square(dof): scipy.stats when installed, else chi2_sf_series."""
    try:
        from scipy.stats import chi2
    except ImportError:
        return chi2_sf_series(x, dof)
    return float(chi2.sf(x, dof))


# ---------------------------------------------------------------------------------------------
# the matrix


@dataclass
class DeformationMatrix:
    """Cell counts of deformation classes (rows) x susceptibility classes (columns) and the test."""

    counts: np.ndarray
    deformation_labels: list
    susceptibility_labels: list
    susceptibility_codes: list = None
    n_deformation_only: int = 0  # cells with a deformation class but no susceptibility value
    n_susceptibility_only: int = 0
    notes: list = field(default_factory=list)
    chi2: float = float("nan")
    dof: int = 0
    p_value: float = float("nan")
    cramers_v: float = float("nan")

    @property
    def n(self):
        return int(self.counts.sum())

    def row_shares(self):
        """Share of each row's cells per susceptibility class (rows sum to 1; NaN for empty rows)."""
        totals = self.counts.sum(axis=1, keepdims=True).astype(np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(totals > 0, self.counts / totals, np.nan)

    def column_shares(self):
        """Share of each column's cells per deformation class (columns sum to 1; NaN for empty ones)."""
        totals = self.counts.sum(axis=0, keepdims=True).astype(np.float64)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(totals > 0, self.counts / totals, np.nan)

    def table_rows(self):
        """Long table: (deformation class, susceptibility class, cells, row share, column share, share)."""
        rs, cs = self.row_shares(), self.column_shares()
        n = max(self.n, 1)
        rows = []
        for i, d in enumerate(self.deformation_labels):
            for j, s in enumerate(self.susceptibility_labels):
                count = int(self.counts[i, j])
                rows.append((d, s, count, float(rs[i, j]), float(cs[i, j]), count / n))
        return rows


def independence_test(counts):
    """(chi2, dof, p_value, cramers_v) over the non-empty rows and columns of *counts*; NaN values
    (dof 0) when fewer than two rows or columns hold cells."""
    T = np.asarray(counts, dtype=np.float64)
    T = T[T.sum(axis=1) > 0][:, T.sum(axis=0) > 0]
    n = T.sum()
    if min(T.shape) < 2 or n <= 0:
        return float("nan"), 0, float("nan"), float("nan")
    expected = np.outer(T.sum(axis=1), T.sum(axis=0)) / n
    chi2 = float(np.sum((T - expected) ** 2 / expected))
    dof = (T.shape[0] - 1) * (T.shape[1] - 1)
    return chi2, dof, chi2_sf(chi2, dof), float(np.sqrt(chi2 / (n * (min(T.shape) - 1))))


class _CodeCounter:
    """Counts of (deformation class, susceptibility code) pairs for a classed susceptibility raster."""

    def __init__(self, n_rows, name):
        self.n_rows = n_rows
        self.name = name
        self.by_code = {}

    def add(self, d_class, values):
        if values.size and not np.all(values == np.round(values)):
            raise LsmError(
                f"The susceptibility raster '{self.name}' holds values that are not whole numbers: it is not a "
                "classed map. Give susceptibility breaks (or class it with lsm:jenksclassify first)."
            )
        codes, inverse = np.unique(values.astype(np.int64), return_inverse=True)
        if len(set(self.by_code) | set(codes.tolist())) > MAX_CODES:
            raise LsmError(
                f"The susceptibility raster '{self.name}' holds more than {MAX_CODES} class codes: give "
                "susceptibility breaks for a continuous map."
            )
        keys = d_class * codes.size + inverse.ravel()
        block = np.bincount(keys, minlength=self.n_rows * codes.size).reshape(self.n_rows, codes.size)
        for j, code in enumerate(codes.tolist()):
            self.by_code[code] = self.by_code.get(code, 0) + block[:, j]

    def result(self):
        codes = sorted(self.by_code)
        counts = np.zeros((self.n_rows, len(codes)), dtype=np.int64)
        for j, code in enumerate(codes):
            counts[:, j] = self.by_code[code]
        return codes, counts


def _code_labels(codes):
    from .classing import default_labels

    if codes == list(range(1, len(codes) + 1)):
        return default_labels(len(codes))
    return [f"Class {c}" for c in codes]


def contingency_matrix(
    deformation,
    susceptibility,
    deformation_edges,
    susceptibility_edges=None,
    absolute=False,
    feedback=None,
    target_cells=DEFAULT_BLOCK_CELLS,
):
    """DeformationMatrix of two Factors on one grid (see the module docstring)."""
    feedback = ensure_feedback(feedback)
    grid = check_grids([deformation, susceptibility])
    reader = FactorReader([deformation, susceptibility], grid)
    n_rows = len(deformation_edges) - 1
    n_cols = len(susceptibility_edges) - 1 if susceptibility_edges is not None else 0
    counts = np.zeros((n_rows, max(n_cols, 1)), dtype=np.int64)
    coder = _CodeCounter(n_rows, susceptibility.name) if susceptibility_edges is None else None
    only = np.zeros(2, dtype=np.int64)
    windows = reader.windows(target_cells)
    for k, window in enumerate(windows):
        check_canceled(feedback)
        X, _valid = reader.read_window(window)
        velocity = np.abs(X[:, 0]) if absolute else X[:, 0]
        d_class = classify(velocity, deformation_edges)
        has_s = np.isfinite(X[:, 1])
        s_class = classify(X[:, 1], susceptibility_edges) if coder is None else np.where(has_s, 0, -1)
        both = (d_class >= 0) & (s_class >= 0)
        only += [int(((d_class >= 0) & ~has_s).sum()), int(((d_class < 0) & has_s).sum())]
        if coder is None:
            keys = d_class[both] * n_cols + s_class[both]
            counts += np.bincount(keys, minlength=n_rows * n_cols).reshape(n_rows, n_cols)
        else:
            coder.add(d_class[both], X[both, 1].astype(np.float64))
        feedback.setProgress(100.0 * (k + 1) / len(windows))
    return _finish(counts, coder, deformation_edges, susceptibility_edges, only, absolute)


def _finish(counts, coder, deformation_edges, susceptibility_edges, only, absolute):
    notes = []
    if coder is None:
        codes, s_labels = None, class_labels(susceptibility_edges)
    else:
        codes, counts = coder.result()
        s_labels = _code_labels(codes)
    if counts.sum() == 0:
        raise LsmError(
            "No cell has both a deformation class and a susceptibility class: check that the rasters overlap "
            "and that the deformation breaks cover the velocities (e.g. -inf,...,inf)."
        )
    d_labels = class_labels(deformation_edges)
    if absolute:
        d_labels = [f"|v| {label}" for label in d_labels]
    matrix = DeformationMatrix(counts, d_labels, s_labels, codes, int(only[0]), int(only[1]), notes)
    matrix.chi2, matrix.dof, matrix.p_value, matrix.cramers_v = independence_test(counts)
    if only[0] or only[1]:
        notes.append(
            f"{int(only[0])} cell(s) with a deformation value but no susceptibility class and {int(only[1])} with "
            "a susceptibility value outside the deformation classes (or without a velocity) were not counted."
        )
    empty = [d for d, total in zip(d_labels, counts.sum(axis=1)) if total == 0]
    if empty:
        notes.append(
            "Deformation class(es) without any cell: {} (left out of the test).".format(", ".join(empty))
        )
    return matrix


# ---------------------------------------------------------------------------------------------
# outputs


def write_csv(matrix, path):
    """The long table (one row per class pair) and the test as comment-free trailing rows."""
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["deformation_class", "susceptibility_class", "cells", "row_share", "column_share", "share"]
        )
        for row in matrix.table_rows():
            writer.writerow([row[0], row[1], row[2]] + ["" if math.isnan(v) else f"{v:.6g}" for v in row[3:]])
    return path


def draw_matrix(axes, matrix, title=None, fontsize=8):
    """Heatmap of the row shares with the cell counts written in (on a matplotlib Axes)."""
    shares = matrix.row_shares()
    image = axes.imshow(np.nan_to_num(shares, nan=0.0), cmap="YlOrRd", vmin=0.0, vmax=1.0, aspect="auto")
    axes.set_xticks(range(len(matrix.susceptibility_labels)))
    axes.set_xticklabels(matrix.susceptibility_labels, rotation=30, ha="right", fontsize=fontsize)
    axes.set_yticks(range(len(matrix.deformation_labels)))
    axes.set_yticklabels(matrix.deformation_labels, fontsize=fontsize)
    axes.set_xlabel("Susceptibility class", fontsize=fontsize)
    axes.set_ylabel("Deformation class", fontsize=fontsize)
    for i in range(shares.shape[0]):
        for j in range(shares.shape[1]):
            share = shares[i, j]
            text = "{}\n{:.1%}".format(int(matrix.counts[i, j]), 0.0 if np.isnan(share) else share)
            color = "white" if not np.isnan(share) and share > 0.6 else "black"
            axes.text(j, i, text, ha="center", va="center", fontsize=fontsize - 1, color=color)
    stats = "Cramer's V {:.3f}, chi2 {:.4g} (dof {})".format(matrix.cramers_v, matrix.chi2, matrix.dof)
    axes.set_title(f"{title}\n{stats}" if title else stats, fontsize=fontsize + 1)
    return image


def matrix_figure(matrix, title=""):
    """A Figure (Agg canvas) with the heatmap and a colour bar of the row shares."""
    from .charts import new_figure

    rows, cols = matrix.counts.shape
    figure = new_figure(max(4.5, 1.1 * cols + 2.5), max(3.0, 0.6 * rows + 2.0))
    axes = figure.add_subplot(1, 1, 1)
    image = draw_matrix(axes, matrix, title)
    figure.colorbar(image, ax=axes, label="Share of the deformation class")
    figure.tight_layout()
    return figure
