"""The parts of core.models' pipelines that hold none of its estimator classes: the preprocessing
step, the classic estimators (core.classic), the optional-package check, an unfitted copy and the
per-member probabilities of an ensemble. Re-exported by core.models."""

import numpy as np
from sklearn.base import clone

from .catalogue import MODEL_REQUIRES, model_params
from .forest import BalancedRandomForest


def _check_model_packages(model_type):
    """LsmError naming the optional package a model type needs when it is missing."""
    from .dependencies import dependency_message
    from .errors import LsmError

    message = dependency_message(MODEL_REQUIRES.get(model_type, ()))
    if message:
        raise LsmError(f"Model '{model_type}': {message}")


def make_classic(model_type, params=None, categorical_index=(), categories=None, factor_names=None):
    """The core.classic estimator of a classic model type (it takes raw factor values)."""
    from . import classic

    p = model_params(model_type, params)
    if model_type == "logit":
        return classic.LogitClassifier(
            categorical_index=tuple(int(i) for i in categorical_index),
            categories=categories,
            factor_names=factor_names,
            max_iter=p["max_iter"],
        )
    return classic.ClassicIndexClassifier(
        method=model_type,
        classing=p["classing"],
        n_classes=p["n_classes"],
        breaks=p["breaks"] or "",
        categorical_index=tuple(int(i) for i in categorical_index),
        factor_names=factor_names,
    )


def make_preprocessor(n_factors, categorical_index=(), categories=None):
    """One-hot encoding of the categorical columns (their known *categories*; unknown values at
    prediction encode as all zeros) and standard scaling of the continuous ones, output dense, in
    the order categorical blocks then continuous columns."""
    from sklearn.compose import ColumnTransformer
    from sklearn.preprocessing import OneHotEncoder, StandardScaler

    categorical_index = [int(i) for i in categorical_index]
    continuous = [i for i in range(n_factors) if i not in set(categorical_index)]
    transformers = []
    if categorical_index:
        cats = [np.asarray(c, dtype=np.float64) for c in categories] if categories is not None else "auto"
        transformers.append(
            (
                "categorical",
                OneHotEncoder(categories=cats, handle_unknown="ignore", sparse_output=False),
                categorical_index,
            )
        )
    if continuous:
        transformers.append(("continuous", StandardScaler(), continuous))
    return ColumnTransformer(transformers, remainder="drop", sparse_threshold=0.0)


def copy_model(model):
    """An unfitted copy of a make_model pipeline (same parameters)."""
    return clone(model)


def member_probabilities(model, X_raw):
    """Landslide probability of each ensemble member (trees, EasyEnsemble members) as an
    (n_members, n_rows) array, for uncertainty maps; None for models without members."""
    steps = getattr(model, "steps", None)
    if not steps:
        return None
    final = steps[-1][1]
    members = getattr(final, "estimators_", None)
    if not members:
        return None
    Xt = X_raw
    for _name, step in steps[:-1]:
        if hasattr(step, "transform"):
            Xt = step.transform(Xt)
    Xt = np.asarray(Xt, dtype=np.float32 if isinstance(final, BalancedRandomForest) else np.float64)
    # bagging ensembles (EasyEnsemble) may give each member a subset / permutation of the columns
    features = getattr(final, "estimators_features_", None)
    out = np.empty((len(members), Xt.shape[0]), dtype=np.float64)
    for i, member in enumerate(members):
        proba = member.predict_proba(Xt if features is None else Xt[:, features[i]])
        classes = list(getattr(member, "classes_", [0, 1]))
        out[i] = proba[:, classes.index(1)] if 1 in classes else 0.0
    return out
