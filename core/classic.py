"""The classic statistical susceptibility models as scikit-learn estimators (model types of
lsm:trainmodel, lsm:predictraster, lsm:crossvalidate): bivariate class weights summed over the
factors (frequency ratio, information value, weights of evidence) and an unpenalised logistic
regression with its coefficient table.

Both take raw factor values (categorical factors as their codes) in manifest order, so their
bundle pipeline has no preprocessing step.

Class weights (ClassicIndexClassifier), fitted on the training rows only (so the test landslides
never enter the map): every factor is cut into classes (quantile, equal interval or Jenks breaks of
the training values, or user breaks; categorical factors by value). In class i of a factor, with
``a`` the landslide rows of the class, ``A`` all landslide rows, ``b`` the other rows of the class
and ``B`` all other rows (the non-landslide rows stand for the area, as the background cells of
lsm:buildsamples do):

  FR   = (a / A) / (b / B)                              (Lee & Pradhan 2007)
  IV   = ln FR                                          (Yin & Yan 1988)
  W+   = ln[(a / A) / (b / B)],  W- = ln[((A - a) / A) / ((B - b) / B)]
  C    = W+ - W-,  s(C) = sqrt(1/a + 1/(A - a) + 1/b + 1/(B - b)),  studentised C = C / s(C)
                                                       (Bonham-Carter 1994)

A class with no landslide row (a = 0) has FR 0; IV, W+, W-, C and s(C) use a count of 0.5 in
place of every zero count (a, b, A - a or B - b), so they stay finite. A class with landslides but
no other row (b = 0) uses b = 0.5 for FR too. A value outside the training categories (or a NaN)
gets the neutral weight (FR 1, IV 0, C 0).

The index of a row is the sum over the factors of the weight of its class (FR: summed FR, IV:
summed IV, WoE: summed contrast C), normalised to 0-1 as LSAT does with the smallest and largest
index the class weights can give (the sums of each factor's smallest and largest weight), so a
map's scores do not depend on which block they were computed in. predict_proba's second column is
that normalised index (a relative score, not a calibrated probability).

LogitClassifier: maximum likelihood (Newton-Raphson with step halving, no penalty) on an intercept,
the continuous factors in their own units and one dummy per category of each categorical factor
but the first (the reference); standard errors from the inverse Hessian, z, two-sided normal p and
odds ratio exp(coefficient), as statsmodels' Logit reports them.

API:
  CLASSIC_INDEX_MODELS  {"fr", "iv", "woe"};  CLASSINGS ("quantile", "equal", "jenks")
  parse_breaks(text, factor_names) -> {factor: inner breaks}; LsmError for text it cannot read or
      breaks that do not increase
  class_edges(values, method, n_classes, name, user_breaks=None) -> edges (k+1, first -inf, last +inf)
  class_weights(pos, neg) -> {"fr", "iv", "wplus", "wminus", "contrast", "s_contrast", "studentised"}
  ClassicIndexClassifier(method="fr", classing="quantile", n_classes=5, breaks="", categorical_index=(),
      factor_names=None): fit(X, y), predict_proba(X), class_table(factor_names=None) -> rows
  LogitClassifier(categorical_index=(), categories=None, factor_names=None, max_iter=100, tol=1e-10):
      fit(X, y), predict_proba(X), coefficient_table(factor_names=None) -> rows, notes_
"""

import math

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from .errors import LsmError

CLASSIC_INDEX_MODELS = ("fr", "iv", "woe")
CLASSINGS = ("quantile", "equal", "jenks")
#: the count used in place of a zero count in IV / WoE (and in FR for a class without other rows)
ZERO_COUNT = 0.5
#: the weight a value outside the training classes gets, per method
NEUTRAL = {"fr": 1.0, "iv": 0.0, "woe": 0.0}
#: the class weight each index method sums
SCORE_KEY = {"fr": "fr", "iv": "iv", "woe": "contrast"}


def _labels(y):
    y = np.asarray(y).astype(int).ravel()
    if y.size and not np.isin(y, (0, 1)).all():
        raise ValueError("labels must be 0 or 1")
    return y


def _matrix(X):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be a 2-D matrix")
    return X


def parse_breaks(text, factor_names):
    """{factor name: increasing inner breaks} from 'slope:5|15|30 elev:500|1000' (factors separated by
    spaces, breaks by '|'); LsmError for an unknown factor, a value that is not a number or breaks
    that do not strictly increase."""
    out = {}
    names = list(factor_names or [])
    for part in str(text or "").split():
        if ":" not in part:
            raise LsmError(
                f"Cannot read the user breaks '{part}': write them as factor:b1|b2|b3, factors separated "
                "by spaces (e.g. 'breaks=slope:5|15|30 elev:500|1000')."
            )
        name, values = part.split(":", 1)
        if name not in names:
            raise LsmError(
                f"User breaks name the factor '{name}', which the model does not have (its factors: "
                f"{', '.join(names) or 'unknown'})."
            )
        try:
            breaks = np.array([float(v) for v in values.split("|") if v.strip()], dtype=np.float64)
        except ValueError as exc:
            raise LsmError(
                f"User breaks of factor '{name}' must be numbers separated by '|': '{values}'."
            ) from exc
        if breaks.size == 0 or not np.all(np.isfinite(breaks)):
            raise LsmError(f"User breaks of factor '{name}' must be finite numbers: '{values}'.")
        if np.any(np.diff(breaks) <= 0):
            raise LsmError(
                f"User breaks of factor '{name}' do not increase ({values}): give them in strictly "
                "increasing order."
            )
        out[name] = breaks
    return out


def _method_edges(values, method, n_classes, name):
    if method == "quantile":
        return np.quantile(values, np.linspace(0.0, 1.0, n_classes + 1))
    if method == "equal":
        return np.linspace(values.min(), values.max(), n_classes + 1)
    if method == "jenks":
        from .jenks import jenks_breaks

        try:
            return np.asarray(jenks_breaks(values, min(n_classes, np.unique(values).size)), dtype=np.float64)
        except LsmError as exc:
            raise LsmError(f"Factor '{name}': {exc}") from exc
    raise LsmError(f"Unknown class breaks '{method}': use one of {', '.join(CLASSINGS)} (or user breaks).")


def class_edges(values, method, n_classes, name, user_breaks=None):
    """Class edges of a continuous factor: k+1 increasing values, the first -inf and the last +inf
    (so every value at prediction falls in a class); repeated breaks (skewed data) are merged."""
    if user_breaks is not None:
        inner = np.asarray(user_breaks, dtype=np.float64)
    else:
        values = np.asarray(values, dtype=np.float64)
        values = values[np.isfinite(values)]
        if values.size == 0:
            raise LsmError(f"Factor '{name}' has no valid training value to class.")
        if int(n_classes) < 2:
            raise LsmError(f"Give at least 2 classes per factor (n_classes={n_classes}).")
        inner = _method_edges(values, method, int(n_classes), name)[1:-1]
    inner = np.unique(inner)
    return np.concatenate([[-np.inf], inner, [np.inf]])


def class_weights(pos, neg):
    """Class weights of one factor from its class counts of landslide (*pos*) and other (*neg*)
    rows (see the module docstring for the formulas and the zero-count rule)."""
    a = np.asarray(pos, dtype=np.float64)
    b = np.asarray(neg, dtype=np.float64)
    A, B = a.sum(), b.sum()
    if A <= 0 or B <= 0:
        raise LsmError("The class weights need landslide rows and other rows in the training data.")

    def corrected(v):
        return np.where(v > 0, v, ZERO_COUNT)

    a_c, b_c, na_c, nb_c = corrected(a), corrected(b), corrected(A - a), corrected(B - b)
    fr = np.where(a > 0, (a / A) / (b_c / B), 0.0)
    wplus = np.log((a_c / A) / (b_c / B))
    wminus = np.log((na_c / A) / (nb_c / B))
    contrast = wplus - wminus
    s_contrast = np.sqrt(1.0 / a_c + 1.0 / na_c + 1.0 / b_c + 1.0 / nb_c)
    return {
        "fr": fr,
        "iv": wplus.copy(),
        "wplus": wplus,
        "wminus": wminus,
        "contrast": contrast,
        "s_contrast": s_contrast,
        "studentised": contrast / s_contrast,
    }


def _classify(values, table):
    """Class index of each value (-1: NaN or an unknown category)."""
    values = np.asarray(values, dtype=np.float64)
    out = np.full(values.shape, -1, dtype=np.int64)
    ok = np.isfinite(values)
    if table["categorical"]:
        levels = table["levels"]
        pos = np.clip(np.searchsorted(levels, values[ok]), 0, levels.size - 1)
        hit = levels[pos] == values[ok]
        out[np.flatnonzero(ok)[hit]] = pos[hit]
    else:
        # class i holds (edges[i], edges[i+1]]; the first class also holds its lower edge
        idx = np.searchsorted(table["edges"], values[ok], side="left") - 1
        out[ok] = np.clip(idx, 0, table["edges"].size - 2)
    return out


def _range_label(table, i):
    if table["categorical"]:
        return f"{table['levels'][i]:g}", float(table["levels"][i]), float(table["levels"][i])
    lo, hi = table["edges"][i], table["edges"][i + 1]
    return f"{'[' if i == 0 else '('}{lo:.6g}, {hi:.6g}]", float(lo), float(hi)


class ClassicIndexClassifier(ClassifierMixin, BaseEstimator):
    """Summed class weights: frequency ratio ('fr'), information value ('iv') or weights of evidence
    ('woe', the contrast C), normalised 0-1 (module docstring)."""

    def __init__(
        self,
        method="fr",
        classing="quantile",
        n_classes=5,
        breaks="",
        categorical_index=(),
        factor_names=None,
    ):
        self.method = method
        self.classing = classing
        self.n_classes = n_classes
        self.breaks = breaks
        self.categorical_index = categorical_index
        self.factor_names = factor_names

    def _names(self, n):
        names = list(self.factor_names or [])
        return names if len(names) == n else [f"factor {j + 1}" for j in range(n)]

    def fit(self, X, y):
        if self.method not in CLASSIC_INDEX_MODELS:
            raise LsmError(f"Unknown class-weight method '{self.method}' (use fr, iv or woe).")
        X, y = _matrix(X), _labels(y)
        if not ((y == 1).any() and (y == 0).any()):
            raise LsmError("The class weights need landslide rows and other rows in the training data.")
        names = self._names(X.shape[1])
        user = parse_breaks(self.breaks, names) if self.breaks else {}
        categorical = {int(i) for i in self.categorical_index}
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        self.tables_ = []
        for j in range(X.shape[1]):
            col = X[:, j]
            ok = np.isfinite(col)
            if j in categorical:
                table = {"categorical": True, "levels": np.unique(col[ok])}
            else:
                edges = class_edges(col[ok], self.classing, self.n_classes, names[j], user.get(names[j]))
                table = {"categorical": False, "edges": edges}
            c = _classify(col, table)
            k = table["levels"].size if table["categorical"] else table["edges"].size - 1
            table["pos"] = np.bincount(c[(c >= 0) & (y == 1)], minlength=k).astype(np.int64)
            table["neg"] = np.bincount(c[(c >= 0) & (y == 0)], minlength=k).astype(np.int64)
            table["weights"] = class_weights(table["pos"], table["neg"])
            self.tables_.append(table)
        key = SCORE_KEY[self.method]
        self.low_ = float(sum(min(t["weights"][key].min(), NEUTRAL[self.method]) for t in self.tables_))
        self.high_ = float(sum(max(t["weights"][key].max(), NEUTRAL[self.method]) for t in self.tables_))
        return self

    def index(self, X):
        """The summed class weight of each row (not normalised)."""
        check_is_fitted(self, "tables_")
        X = _matrix(X)
        key = SCORE_KEY[self.method]
        total = np.zeros(X.shape[0], dtype=np.float64)
        for j, table in enumerate(self.tables_):
            lookup = np.append(table["weights"][key], NEUTRAL[self.method])
            total += lookup[_classify(X[:, j], table)]  # -1 picks the neutral weight
        return total

    def predict_proba(self, X):
        span = self.high_ - self.low_ if hasattr(self, "high_") else 0.0
        raw = self.index(X)
        score = np.clip((raw - self.low_) / span, 0.0, 1.0) if span > 0 else np.full(raw.shape, 0.5)
        return np.column_stack([1.0 - score, score])

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def class_table(self, factor_names=None):
        """One dict per factor class: factor, class, range, lower, upper, landslides, others,
        pct_landslides, pct_others, fr, iv, wplus, wminus, contrast, s_contrast, studentised."""
        check_is_fitted(self, "tables_")
        names = list(factor_names) if factor_names else self._names(len(self.tables_))
        rows = []
        for name, table in zip(names, self.tables_):
            pos, neg, w = table["pos"], table["neg"], table["weights"]
            for i in range(pos.size):
                label, lower, upper = _range_label(table, i)
                row = {"factor": name, "class": i + 1, "range": label, "lower": lower, "upper": upper}
                row.update(
                    landslides=int(pos[i]),
                    others=int(neg[i]),
                    pct_landslides=100.0 * pos[i] / pos.sum(),
                    pct_others=100.0 * neg[i] / neg.sum(),
                )
                row.update({k: float(w[k][i]) for k in CLASS_WEIGHT_KEYS})
                rows.append(row)
        return rows


CLASS_WEIGHT_KEYS = ("fr", "iv", "wplus", "wminus", "contrast", "s_contrast", "studentised")


def _normal_p(z):
    """Two-sided p of standard normal z values."""
    return np.array([math.erfc(abs(float(v)) / math.sqrt(2.0)) for v in np.ravel(z)])


class LogitClassifier(ClassifierMixin, BaseEstimator):
    """Unpenalised logistic regression on raw factor values with its coefficient table (module
    docstring). *categories*: the known values of each categorical factor (the first is the
    reference); None: those of the training rows."""

    def __init__(self, categorical_index=(), categories=None, factor_names=None, max_iter=100, tol=1e-10):
        self.categorical_index = categorical_index
        self.categories = categories
        self.factor_names = factor_names
        self.max_iter = max_iter
        self.tol = tol

    def _design(self, X):
        """(n, 1 + p) design matrix: intercept, continuous columns, dummies."""
        cols = [np.ones(X.shape[0])]
        for j, levels in self.columns_:
            if levels is None:
                cols.append(X[:, j])
            else:
                cols.extend((X[:, j] == level).astype(np.float64) for level in levels[1:])
        return np.column_stack(cols)

    def _terms(self, names):
        terms = ["intercept"]
        for j, levels in self.columns_:
            terms += [names[j]] if levels is None else [f"{names[j]}={v:g}" for v in levels[1:]]
        return terms

    def fit(self, X, y):
        X, y = _matrix(X), _labels(y)
        categorical = [int(i) for i in self.categorical_index]
        known = list(self.categories) if self.categories is not None else [None] * len(categorical)
        self.classes_ = np.array([0, 1])
        self.n_features_in_ = X.shape[1]
        self.columns_ = []
        for j in range(X.shape[1]):
            if j in categorical:
                levels = known[categorical.index(j)]
                levels = np.unique(X[:, j]) if levels is None else np.asarray(levels, dtype=np.float64)
                self.columns_.append((j, [float(v) for v in levels]))
            else:
                self.columns_.append((j, None))
        D = self._design(X)
        names = self._names(X.shape[1])
        spread = D[:, 1:].std(axis=0)
        flat = [t for t, s in zip(self._terms(names)[1:], spread) if not s > 0]
        if flat:
            raise LsmError(
                "Logistic regression: the term(s) {} do not vary in the training rows; remove the factor "
                "(or merge the category).".format(", ".join(flat))
            )
        self.coef_raw_, self.notes_ = self._newton(D, y, spread)
        p = _sigmoid(D @ self.coef_raw_)
        hessian = (D * (p * (1.0 - p))[:, None]).T @ D
        try:
            self.cov_ = np.linalg.inv(hessian)
        except np.linalg.LinAlgError as exc:
            raise LsmError(
                "Logistic regression: the factors are collinear (the information matrix is singular); "
                "remove one of the correlated factors."
            ) from exc
        self.coef_ = self.coef_raw_[1:][None, :]
        self.intercept_ = self.coef_raw_[:1]
        return self

    def _names(self, n):
        names = list(self.factor_names or [])
        return names if len(names) == n else [f"factor {j + 1}" for j in range(n)]

    def _newton(self, D, y, spread):
        """Coefficients by Newton-Raphson on the centred, scaled design (then in raw units)."""
        mean = D[:, 1:].mean(axis=0)
        Z = np.column_stack([np.ones(D.shape[0]), (D[:, 1:] - mean) / spread])
        beta = np.zeros(Z.shape[1])
        notes = []
        loglik = _loglik(Z, y, beta)
        for _ in range(int(self.max_iter)):
            p = _sigmoid(Z @ beta)
            grad = Z.T @ (y - p)
            hessian = (Z * (p * (1.0 - p))[:, None]).T @ Z
            try:
                step = np.linalg.solve(hessian, grad)
            except np.linalg.LinAlgError as exc:
                raise LsmError(
                    "Logistic regression: the factors are collinear; remove one of the correlated factors."
                ) from exc
            t = 1.0
            while t > 1e-8 and _loglik(Z, y, beta + t * step) < loglik - 1e-12:
                t /= 2.0
            beta = beta + t * step
            loglik = _loglik(Z, y, beta)
            if np.max(np.abs(t * step)) < self.tol:
                break
        else:
            notes.append(
                f"Logistic regression did not converge in {self.max_iter} iterations (perfect separation?): "
                "coefficients and standard errors are unreliable."
            )
        raw = np.empty_like(beta)
        raw[1:] = beta[1:] / spread
        raw[0] = beta[0] - np.sum(beta[1:] * mean / spread)
        return raw, notes

    def decision_function(self, X):
        check_is_fitted(self, "coef_raw_")
        return self._design(_matrix(X)) @ self.coef_raw_

    def predict_proba(self, X):
        p = _sigmoid(self.decision_function(X))
        return np.column_stack([1.0 - p, p])

    def predict(self, X):
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def coefficient_table(self, factor_names=None):
        """One dict per term: term, coefficient, std_error, z, p_value, odds_ratio."""
        check_is_fitted(self, "coef_raw_")
        names = list(factor_names) if factor_names else self._names(self.n_features_in_)
        se = np.sqrt(np.diag(self.cov_))
        z = self.coef_raw_ / se
        p = _normal_p(z)
        with np.errstate(over="ignore"):
            odds = np.exp(self.coef_raw_)
        return [
            {
                "term": term,
                "coefficient": float(b),
                "std_error": float(s),
                "z": float(zz),
                "p_value": float(pp),
                "odds_ratio": float(o),
            }
            for term, b, s, zz, pp, o in zip(self._terms(names), self.coef_raw_, se, z, p, odds)
        ]


def _sigmoid(t):
    return 0.5 * (1.0 + np.tanh(0.5 * t))


def _loglik(Z, y, beta):
    t = Z @ beta
    return float(np.sum(y * t - np.logaddexp(0.0, t)))
