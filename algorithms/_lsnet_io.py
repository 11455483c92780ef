"""The test metrics and the outputs of lsm:trainlsnet (algorithms/trainlsnet.py is the adapter).

    CURVE_COLUMNS: columns of the training curves table
    evaluate(model, patches, labels, test_idx, device, feedback) -> core.metrics evaluation of the
        test samples, or None (no test samples, or one class)
    write_outputs(alg, parameters, context, feedback, model, data, record_parameters, grid, evaluation)
        -> the results dict: the bundle, the curves (PNG, table) and the run record
*alg* is the TrainLsnetAlgorithm instance (its parameter ids); messages are translated in its context.
"""

import os

from qgis.PyQt.QtCore import QCoreApplication

from ..core import lsnet, lsnet_train
from ..core.metrics import evaluate as lsm_evaluate
from ..core.records import run_record
from .base import write_table

#: columns of the training curves table
CURVE_COLUMNS = (
    ("epoch", "int"),
    ("train_loss", "double"),
    ("val_loss", "double"),
    ("val_auc", "double"),
    ("seconds", "double"),
)


def evaluate(model, patches, labels, test_idx, device, feedback):
    """core.metrics evaluation of the test samples, or None (no test samples, or one class)."""
    test_labels = labels[test_idx]
    if test_idx.size and test_labels.min() != test_labels.max():
        evaluation = lsm_evaluate(test_labels, model.predict_patches(patches[test_idx], device=device))
        feedback.pushInfo(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm", "Test ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {})."
            ).format(evaluation["metrics"]["roc_auc"], evaluation["metrics"]["g_mean"], model.best_epoch)
        )
        return evaluation
    if test_idx.size:
        feedback.pushWarning(
            QCoreApplication.translate(
                "TrainLsnetAlgorithm", "The test samples hold one class only: no test metrics."
            )
        )
    return None


def write_outputs(alg, parameters, context, feedback, model, data, record_parameters, grid, evaluation):
    """The bundle, the curves (PNG, table) and the run record; returns the results dict."""
    patches, labels, (train_idx, val_idx, test_idx) = data
    bundle_path = alg.parameterAsFileOutput(parameters, alg.OUTPUT_BUNDLE, context)
    hashes = lsnet_train.data_hashes(patches, labels, train_idx, val_idx, test_idx)
    test_metrics = evaluation["metrics"] if evaluation else {}
    model.save(
        bundle_path,
        crs_wkt=grid.crs_wkt,
        cell_size=list(grid.cell_size),
        parameters=record_parameters,
        seed=record_parameters["seed"],
        data_hash=hashes["train"],
        training_metrics=test_metrics,
        history=model.history,
        best_epoch=model.best_epoch,
        preprocessing="per-factor standardisation (training patches), nodata -> 0 plus a mask channel",
    )
    results = {alg.OUTPUT_BUNDLE: bundle_path, alg.OUT_BEST_EPOCH: model.best_epoch}
    outputs = {"bundle": bundle_path}
    outputs.update(write_curves(alg, parameters, context, model, record_parameters["samples"], results))
    feedback.setProgress(96)
    record = run_record(
        "lsm:trainlsnet",
        evaluation=evaluation,
        model_type="lsnet",
        ratio=lsnet_train.fit_ratio(labels, train_idx, val_idx),
        dataset=record_parameters["samples"],
        parameters=record_parameters,
        data_hashes=hashes,
        outputs=outputs,
        summary=lsnet_train.run_summary(model, model.arch, train_idx, val_idx, test_idx),
    )
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
