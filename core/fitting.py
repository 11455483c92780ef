"""Fitting one model on sample rows and writing its bundle, without QGIS (lsm:trainmodel,
lsm:saturationtest and lsm:evaluatemodel call these; tests and notebooks too).

    fit(model_type, samples, rows, params=None, seed=None, n_jobs=None, device="auto", feedback=None,
        n_threads=None) -> a fitted core.models pipeline (categories from *rows*)
    build_manifest(model_type, samples, train_rows, params, seed, crs_wkt="", cell_size=None,
        extra=None) -> the bundle manifest
    write_bundle(path, model, manifest) -> path (atomic)
    plot_curves(evaluation, path, title="") -> path: PNG of the ROC and PR curves (core.charts)
    versions_line() -> one line naming the library versions (for logs)

core.models (scikit-learn, imbalanced-learn) is imported when a model is built, not when this module
loads: the algorithms import this module to register even where those optional libraries are
missing (their canExecute() names them).
"""

from . import charts
from .bundle import data_hash, library_versions, make_manifest, save_bundle
from .catalogue import CLASSIC_MODELS, OVERSAMPLED_MODELS, model_params


def _models():
    """core.models, imported on first use (optional dependencies, see the module docstring)."""
    from . import models

    return models


def fit(
    model_type,
    samples,
    rows,
    params=None,
    seed=None,
    n_jobs=None,
    device="auto",
    feedback=None,
    n_threads=None,
):
    """A fitted make_model pipeline on samples rows *rows* (categories from those rows)."""
    models = _models()
    model = models.make_model(
        model_type,
        len(samples.factors),
        samples.categorical_index,
        samples.categories(rows) or None,
        params=params,
        seed=seed,
        n_jobs=n_jobs,
        device=device,
        n_threads=n_threads,
        factor_names=list(samples.factors),
    )
    return models.fit_model(model, samples.X[rows], samples.y[rows], feedback)


def _preprocessing_note(model_type):
    if model_type in CLASSIC_MODELS:
        return (
            "None: the classic model (core.classic) classes the raw factor values itself (categorical factors "
            "by value). predict_proba takes raw factor values in 'factors' order."
        )
    oversampling = "; SMOTE/ADASYN oversampling at fit time only" if model_type in OVERSAMPLED_MODELS else ""
    return (
        "Inside the pickled pipeline: categorical factors one-hot encoded over the categories listed in "
        "'categorical' (unknown values encode as all zeros), continuous factors standardised with the "
        "training mean and standard deviation" + oversampling + ". predict_proba takes raw factor values in "
        "'factors' order."
    )


def build_manifest(model_type, samples, train_rows, params, seed, crs_wkt="", cell_size=None, extra=None):
    """The bundle manifest of a model trained on samples rows *train_rows*."""
    manifest = make_manifest(
        model_type,
        samples.factors,
        kind="sklearn",
        categorical=dict(zip(samples.categorical, samples.categories(train_rows))),
        preprocessing=_preprocessing_note(model_type),
        crs_wkt=crs_wkt or "",
        cell_size=list(cell_size) if cell_size else None,
        parameters=model_params(model_type, params),
        seed=seed,
        data_hash=data_hash(samples.X[train_rows], samples.y[train_rows]),
    )
    manifest.update(extra or {})
    return manifest


def write_bundle(path, model, manifest):
    """Save a trained model bundle (atomic)."""
    return save_bundle(path, manifest, model=model)


def plot_curves(evaluation, path, title=""):
    """PNG with the ROC curve (left) and the precision-recall curve (right) of an evaluate() result."""
    return charts.save_png(charts.evaluation_figure(evaluation, title), path)


def versions_line():
    """One line naming the library versions (for logs)."""
    return ", ".join(f"{k} {v}" for k, v in library_versions().items() if v)
