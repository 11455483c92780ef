"""The test metrics and the outputs of lsm:trainlsnet (algorithms/trainlsnet.py is the adapter).

    CURVE_COLUMNS: columns of the training curves table
    evaluate(alg, model, patches, labels_kinds, indices, device, feedback) -> {test-set kind: evaluation
        with bootstrap intervals}: the test landslides with the test negatives of each kind
        (core.sampleset.kind_test_sets: 'random' first, then 'rn'), or {'train': ...} on the training
        samples when there is no test set of both classes
    write_outputs(alg, parameters, context, feedback, model, data, record_parameters, grid, evaluation)
        -> the results dict: the bundle, the curves (PNG, table) and the run record
*alg* is the TrainLsnetAlgorithm instance (its parameter ids); messages are translated in its context.
"""

import os

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ..core import lsnet, lsnet_train, sampleset
from ..core.intervals import evaluate_with_intervals
from ..core.records import link_test_sets, run_record
from ._evaluation import log_intervals
from .base import write_table

#: columns of the training curves table
CURVE_COLUMNS = (
    ("epoch", "int"),
    ("train_loss", "double"),
    ("val_loss", "double"),
    ("val_auc", "double"),
    ("seconds", "double"),
)


def evaluate(alg, model, patches, labels_kinds, indices, device, feedback):
    """{test-set kind: core.intervals evaluation (metrics, curves, bootstrap intervals, warnings)}, one
    per negative kind of the test samples ('random' first, then 'rn'); {'train': ...} on the training
    samples (resubstitution, as lsm:trainmodel) when the test samples lack a class."""
    labels, kinds = labels_kinds
    train_idx, _, test_idx = indices
    samples = sampleset.Samples(X=np.empty((labels.size, 0)), y=labels, factors=[], kind=kinds)
    sets, warnings = {}, []
    if test_idx.size and np.unique(labels[test_idx]).size == 2:
        sets = sampleset.kind_test_sets(samples, test_idx)
        warnings = sampleset.split_warnings(int((labels[test_idx] == 1).sum()))
    else:
        feedback.pushWarning(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm",
                "No test samples of both classes: the metrics are on the training samples (optimistic)."
            )
        )  # fmt: skip
        sets = {"train": np.asarray(train_idx)}
    evaluations = {}
    for kind, rows in sets.items():
        scores = model.predict_patches(patches[rows], device=device)
        evaluation = evaluate_with_intervals(labels[rows], scores, feedback=feedback)
        evaluation["warnings"] = list(warnings)
        evaluations[kind] = evaluation
        feedback.pushInfo(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm",
                "Test set '{}' ({} landslides, {} negatives): ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {})."
            ).format(
                kind,
                evaluation["n_positive"],
                evaluation["n_negative"],
                evaluation["metrics"]["roc_auc"],
                evaluation["metrics"]["g_mean"],
                model.best_epoch,
            )
        )  # fmt: skip
        log_intervals(alg, feedback, evaluation["intervals"])
    if "rn" in evaluations:
        feedback.pushInfo(sampleset.RN_NOTE)
    for warning in warnings:
        feedback.pushWarning(warning)
    return evaluations


def write_outputs(alg, parameters, context, feedback, model, data, record_parameters, grid, evaluations):
    """The bundle, the curves (PNG, table) and the run records (one per test-set kind, linked; the
    first kind's is RUN_RECORD); returns the results dict."""
    patches, labels, (train_idx, val_idx, test_idx) = data
    bundle_path = alg.parameterAsFileOutput(parameters, alg.OUTPUT_BUNDLE, context)
    hashes = lsnet_train.data_hashes(patches, labels, train_idx, val_idx, test_idx)
    first_kind = next(iter(evaluations))
    test_metrics = evaluations[first_kind]["metrics"]
    model.save(
        bundle_path,
        crs_wkt=grid.crs_wkt,
        cell_size=list(grid.cell_size),
        parameters=record_parameters,
        seed=record_parameters["seed"],
        data_hash=hashes["train"],
        training_metrics=test_metrics,
        test_set=first_kind,
        test_metrics_by_set={kind: e["metrics"] for kind, e in evaluations.items()},
        history=model.history,
        best_epoch=model.best_epoch,
        preprocessing="per-factor standardisation (training patches), nodata -> 0 plus a mask channel",
    )
    results = {alg.OUTPUT_BUNDLE: bundle_path, alg.OUT_BEST_EPOCH: model.best_epoch}
    outputs = {"bundle": bundle_path}
    outputs.update(write_curves(alg, parameters, context, model, record_parameters["samples"], results))
    feedback.setProgress(96)
    summary = lsnet_train.run_summary(model, model.arch, train_idx, val_idx, test_idx)
    records = link_test_sets(
        [
            run_record(
                "lsm:trainlsnet",
                evaluation=evaluation,
                model_type="lsnet",
                ratio=lsnet_train.fit_ratio(labels, train_idx, val_idx),
                dataset=record_parameters["samples"],
                parameters=record_parameters,
                data_hashes=hashes,
                outputs=outputs,
                summary=dict(
                    summary,
                    n_test_positive=evaluation["n_positive"],
                    n_test_negative=evaluation["n_negative"],
                ),
                test_set=kind,
                warnings=evaluation.get("warnings", []),
            )
            for kind, evaluation in evaluations.items()
        ]
    )
    for record in records[::-1]:  # the reported (first) record last: RUN_RECORD names it
        results[alg.OUT_RUN_ID] = alg.write_run_record(record, parameters, context, feedback, bundle_path)
    results[alg.OUT_RUN_RECORD] = alg.last_record_path
    results[alg.OUT_TEST_AUC] = test_metrics.get("roc_auc", float("nan"))
    feedback.setProgress(100)
    return results


def write_curves(alg, parameters, context, model, layer_name, results):
    """The curves PNG and table (when asked for); returns the run record's outputs for them."""
    outputs = {}
    png_path = alg.parameterAsFileOutput(parameters, alg.OUTPUT_CURVES_PNG, context)
    if png_path:
        lsnet.plot_history(
            model.history,
            png_path,
            title=QCoreApplication.translate("TrainLsnetAlgorithm", "LSNet training ({})").format(layer_name),
            best_epoch=model.best_epoch,
        )
        results[alg.OUTPUT_CURVES_PNG] = png_path
        outputs["curves_png"] = png_path
    rows = [[h["epoch"], h["train_loss"], h["val_loss"], h["val_auc"], h["seconds"]] for h in model.history]
    curves_id = write_table(alg, parameters, alg.OUTPUT_CURVES, context, CURVE_COLUMNS, rows)
    if curves_id is not None:
        results[alg.OUTPUT_CURVES] = curves_id
        if os.path.isfile(str(curves_id).split("|")[0]):
            outputs["curves"] = curves_id  # a file the dock can load (not a temporary layer)
    return outputs
