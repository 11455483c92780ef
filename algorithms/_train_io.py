"""The grid search, evaluation and run records of lsm:trainmodel (algorithms/trainmodel.py is the adapter).

    run_records(alg, parameters, context, facts, manifest, test_data, evaluations, out_path) -> the linked
        run records, one per test-set kind (or one on the training rows)
    search(alg, parameters, context, model_type, cv_mode, samples, rows, params, feedback)
        -> (best parameters, CV table) of the grid search
    evaluate(alg, model, samples, rows, test_rows, feedback) -> (training evaluation, {kind: test evaluation})
    grid_info(alg, parameters, context, samples, crs_wkt, feedback) -> (CRS, cell size) of the factor rasters
    log_metrics(alg, feedback, what, evaluation): one evaluation to the log
*alg* is the TrainModelAlgorithm instance (its parameter ids); messages are translated in its context."""

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..core import catalogue, cross_validation, records, sampleset
from ..core import metrics as lsm_metrics
from ..core.bundle import data_hash
from ..core.errors import LsmError
from ..core.intervals import evaluate_with_intervals
from . import _params
from ._evaluation import log_intervals
from .base import json_parameters


def run_records(alg, parameters, context, facts, manifest, test_data, evaluations, out_path):
    """One lsm:trainmodel record per test-set kind (linked; the reported kind first), or one on
    the training rows when there is no test set."""
    samples, test_rows = test_data
    train_eval, test_evals = evaluations
    per_set = test_evals.items() if test_evals else [("train", train_eval)]
    test_hash = data_hash(samples.X[test_rows], samples.y[test_rows]) if test_rows.size else ""
    built = []
    for kind, evaluation in per_set:
        built.append(
            records.training_record(
                facts["model_type"],
                facts["ratio"],
                facts["dataset"],
                json_parameters(alg, parameters, context),
                {"train": manifest["data_hash"], "test": test_hash},
                {"bundle": out_path},
                evaluation,
                {
                    "metrics_on": "test" if test_evals else "train",
                    "training_metrics": train_eval["metrics"],
                    "model_parameters": manifest["parameters"],
                    "seed": facts["seed"],
                    "n_train_positive": facts["n_train_positive"],
                    "n_train_negative": facts["n_train_negative"],
                    "n_test_positive": evaluation["n_positive"] if test_evals else 0,
                    "n_test_negative": evaluation["n_negative"] if test_evals else 0,
                    "cv": manifest.get("cv"),
                },
                test_set=kind,
                warnings=evaluation.get("warnings", ()),
            )
        )
    return records.link_test_sets(built)


def search(alg, parameters, context, model_type, cv_mode, samples, rows, params, feedback):
    """(best parameters, CV table) of the grid search."""
    from ..core import models as lsm_models

    grid_text = alg.parameterAsString(parameters, alg.GRID, context)
    grid = (
        catalogue.parse_params(grid_text, multiple=True)
        if grid_text.strip()
        else dict(lsm_models.DEFAULT_GRIDS[model_type])
    )
    groups = None
    if cv_mode == "spatial":
        size = alg.parameterAsDouble(parameters, alg.CV_BLOCK_SIZE, context)
        if size <= 0:
            raise LsmError(
                QCoreApplication.translate(
                    "TrainModelAlgorithm", "Give a spatial block size above 0 map units."
                )
            )
        groups = cross_validation.spatial_blocks(samples.xy, size)
    scoring = catalogue.CV_SCORES[alg.parameterAsEnum(parameters, alg.CV_SCORE, context)]
    best, cv_table = cross_validation.grid_search(
        model_type,
        samples,
        rows,
        grid,
        alg.parameterAsInt(parameters, alg.CV_FOLDS, context),
        scoring,
        groups,
        params,
        _params.seed(alg, parameters, context),
        _params.n_jobs(alg, parameters, context),
        _params.device(alg, parameters, context),
        feedback,
    )
    feedback.pushInfo(
        QCoreApplication.translate("TrainModelAlgorithm", "Best parameters by {} {} CV: {}").format(
            cv_mode, scoring, best
        )
    )
    return best, cv_table


def evaluate(alg, model, samples, rows, test_rows, feedback):
    """(training evaluation, {test-set kind: test evaluation with intervals and warnings}), all
    logged; the dict is empty without test rows of both classes."""
    train_eval = lsm_metrics.evaluate_scores(samples.y[rows], model.predict_proba(samples.X[rows])[:, 1])
    log_metrics(alg, feedback, QCoreApplication.translate("TrainModelAlgorithm", "Training"), train_eval)
    test_evals = {}
    if test_rows.size and np.unique(samples.y[test_rows]).size == 2:
        warnings = sampleset.split_warnings(int((samples.y[test_rows] == 1).sum()))
        for kind, kind_rows in sampleset.kind_test_sets(samples, test_rows).items():
            scores = model.predict_proba(samples.X[kind_rows])[:, 1]
            evaluation = evaluate_with_intervals(samples.y[kind_rows], scores, feedback=feedback)
            evaluation["warnings"] = list(warnings)
            test_evals[kind] = evaluation
            log_metrics(
                alg,
                feedback,
                QCoreApplication.translate("TrainModelAlgorithm", "Test '{}'").format(kind),
                evaluation,
            )
            log_intervals(alg, feedback, evaluation["intervals"])
        if "rn" in test_evals:
            feedback.pushInfo(sampleset.RN_NOTE)
        for warning in warnings:
            feedback.pushWarning(warning)
    return train_eval, test_evals


def grid_info(alg, parameters, context, samples, crs_wkt, feedback):
    """CRS and cell size of the factor rasters (when given), checked to share one grid."""
    from ..core.grid import check_grids

    layers = alg.parameterAsLayerList(parameters, alg.FACTOR_RASTERS, context)
    if not layers:
        return crs_wkt, None
    factors = alg.raster_factors(layers)
    names = {f.name for f in factors}
    missing = [n for n in samples.factors if n not in names]
    if missing:
        feedback.pushWarning(
            QCoreApplication.translate(
                "TrainModelAlgorithm",
                "Factor field(s) {} have no raster of that name among the factor rasters ({}); name the "
                "rasters as the fields when you apply the model (lsm:predictraster matches them by name)."
            ).format(", ".join(missing), ", ".join(sorted(names)))
        )  # fmt: skip
    grid = check_grids(factors)
    return grid.crs_wkt or crs_wkt, grid.cell_size


def log_metrics(alg, feedback, what, evaluation):
    m = evaluation["metrics"]
    feedback.pushInfo(
        QCoreApplication.translate(
            "TrainModelAlgorithm",
            "{} ({} landslides, {} negatives): OA {:.3f}, precision {:.3f}, sensitivity {:.3f}, "
            "specificity {:.3f}, BA {:.3f}, G-mean {:.3f}, F1 {:.3f}, kappa {:.3f}, ROC-AUC {:.3f}, "
            "PR-AUC {:.3f} at threshold {:.2f}"
        ).format(
            what,
            evaluation["n_positive"],
            evaluation["n_negative"],
            m["oa"],
            m["precision"],
            m["sensitivity"],
            m["specificity"],
            m["balanced_accuracy"],
            m["g_mean"],
            m["f1"],
            m["kappa"],
            m["roc_auc"],
            m["pr_auc"],
            evaluation["threshold"],
        )
    )  # fmt: skip
