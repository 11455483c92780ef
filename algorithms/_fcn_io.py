"""The groups, test metrics and outputs of lsm:trainfcn (algorithms/trainfcn.py is the adapter).

    group_boxes(alg, parameters, context, grid, feedback) -> (group field, group values, cell boxes)
        of the landslide features ('', None, None without a group field)
    log_evaluations(alg, feedback, evaluations, best_epoch): the test metrics per kind, with intervals
    log_groups(alg, feedback, results): the leave-one-group-out folds and their mean with its interval
    group_tables(alg, parameters, context, results) -> results entries of the fold and summary tables
    main_records(model, evaluations, mask, meta) -> the run records of the trained model (one per kind)
    group_records(results, meta, group_field, regions) -> the leave-one-group-out records (one per kind)
*alg* is the TrainFcnAlgorithm instance (its parameter ids); messages are translated in its context.
*meta* holds dataset, parameters, outputs and group (the keys every record of the run shares).
"""

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError
from ..core.intervals import format_interval
from ..core.metrics import METRIC_KEYS, METRIC_LABELS
from ..core.progress import check_canceled
from ..core.records import link_test_sets, run_record
from ._evaluation import log_intervals
from .base import write_table

#: metrics of the leave-one-group-out log lines
LOGGED = ("roc_auc", "pr_auc", "balanced_accuracy", "sensitivity", "specificity")


def _tr(text):
    return QCoreApplication.translate("TrainFcnAlgorithm", text)


def _value(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def group_boxes(alg, parameters, context, grid, feedback):
    """(group field, values, boxes (n, 4) int64 row_min, col_min, row_max, col_max) of the features
    of LANDSLIDES with a geometry, in the rasters' CRS; ('', None, None) without a group field."""
    field = alg.parameterAsString(parameters, alg.GROUP_FIELD, context)
    if not field:
        return "", None, None
    source = alg.parameterAsSource(parameters, alg.LANDSLIDES, context)
    index = source.fields().indexOf(field)
    if index < 0:
        raise LsmError(
            _tr(
                "The group field '{}' is not a field of layer '{}': choose its event or region field."
            ).format(field, source.sourceName())
        )
    crs = QgsCoordinateReferenceSystem.fromWkt(grid.crs_wkt) if grid.crs_wkt else source.sourceCrs()
    transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    values, corners = [], []
    for i, feature in enumerate(source.getFeatures()):
        if i % 1000 == 0:
            check_canceled(feedback)
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        geometry.transform(transform)
        box = geometry.boundingBox()
        values.append(_value(feature.attributes()[index]))
        corners.append((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    corners = np.asarray(corners, dtype=np.float64).reshape(-1, 4)
    rows_a, cols_a = grid.rowcol(corners[:, 0], corners[:, 1])
    rows_b, cols_b = grid.rowcol(corners[:, 2], corners[:, 3])
    boxes = np.stack(
        [
            np.minimum(rows_a, rows_b),
            np.minimum(cols_a, cols_b),
            np.maximum(rows_a, rows_b),
            np.maximum(cols_a, cols_b),
        ],
        axis=1,
    )
    return field, values, boxes


def log_evaluations(alg, feedback, evaluations, best_epoch):
    for kind, evaluation in evaluations.items():
        feedback.pushInfo(
            _tr(
                "Test set '{}' ({}: {} landslide cells, {} others): ROC-AUC {:.3f}, G-mean {:.3f} (best epoch {})."
            ).format(
                kind,
                evaluation["test_set_text"],
                evaluation["n_positive"],
                evaluation["n_negative"],
                evaluation["metrics"]["roc_auc"],
                evaluation["metrics"]["g_mean"],
                best_epoch,
            )
        )
        log_intervals(alg, feedback, evaluation["intervals"])
        for warning in evaluation["warnings"]:
            feedback.pushWarning(warning)


def log_groups(alg, feedback, results):
    for note in next(iter(results.values())).notes:
        if note.startswith("WARNING: "):
            feedback.pushWarning(note[len("WARNING: ") :])
        else:
            feedback.pushInfo(note)
    for kind, result in results.items():
        for fold in result.folds:
            feedback.pushInfo(
                _tr("Group '{}', test set '{}': {} landslide cells, {} others, ROC-AUC {:.3f}.").format(
                    fold.name,
                    kind,
                    fold.n_test_landslides,
                    fold.n_test_negatives,
                    fold.evaluation["metrics"]["roc_auc"],
                )
            )
        intervals = result.intervals()
        parts = ", ".join(f"{METRIC_LABELS[k]} {format_interval(intervals[k])}" for k in LOGGED)
        feedback.pushInfo(
            _tr("Leave one group out, test set '{}', mean over {} groups ({}): {}.").format(
                kind, len(result.folds), intervals["_meta"]["method"], parts
            )
        )


def group_tables(alg, parameters, context, results):
    """Write the fold table and the summary (one row block per test-set kind) when asked for."""
    out = {}
    for name, table in ((alg.OUTPUT_FOLDS, "fold_table"), (alg.OUTPUT_SUMMARY, "summary")):
        columns, rows = None, []
        for kind, result in results.items():
            kind_columns, kind_rows = getattr(result, table)()
            columns = [("test_set", "str")] + list(kind_columns)
            rows.extend([kind] + list(row) for row in kind_rows)
        dest = write_table(alg, parameters, name, context, columns, rows)
        if dest is not None:
            out[name] = dest
    return out


def _hash(mask, windows):
    from ..core.bundle import data_hash

    return data_hash(np.asarray(mask, dtype=np.uint8), np.asarray(windows, dtype=np.int64).reshape(-1, 4))


def main_records(model, evaluations, mask, meta):
    """The records of the trained model, one per test-set kind, linked."""
    from ..core.fcn_train import covered_cells
    from ..core.lsnet_net import _torch

    plan = model.plan
    covered = covered_cells(mask.shape, plan.train)
    n_pos = int(mask[covered].sum())
    hashes = {"train": _hash(mask, plan.train), "validation": _hash(mask, plan.validation)}
    if plan.test:
        hashes["test"] = _hash(mask, plan.test)
    summary = {
        "n_train_windows": len(plan.train),
        "n_validation_windows": len(plan.validation),
        "n_test_windows": len(plan.test),
        "n_validation_cells": int(plan.validation_cells.sum()),
        "n_test_cells": int(plan.test_cells.sum()),
        "validation_roc_auc": model.validation.get("auc"),
        "epochs_run": len(model.history),
        "best_epoch": model.best_epoch,
        "architecture": model.arch.to_dict(),
        "history": model.history,
        "torch": _torch().__version__,
        "data_hash_note": "sha256 of the landslide mask and the windows (row0, col0, h, w), not of the factors",
    }
    records = [
        run_record(
            "lsm:trainfcn",
            evaluation=evaluation,
            model_type="fcn",
            ratio=float(int(covered.sum()) - n_pos) / max(1, n_pos),
            dataset=meta["dataset"],
            group=meta["group"],
            parameters=meta["parameters"],
            data_hashes=hashes,
            outputs=meta["outputs"],
            summary=dict(
                summary,
                test_set_text=evaluation["test_set_text"],
                n_test_positive=evaluation["n_positive"],
                n_test_negative=evaluation["n_negative"],
            ),
            test_set=kind,
            warnings=evaluation["warnings"],
        )
        for kind, evaluation in evaluations.items()
    ]
    return link_test_sets(records)


def group_records(results, meta, group_field, regions):
    """The leave-one-group-out records, one per test-set kind, linked (the shape of lsm:crossvalidate's)."""
    from ..core.fcn_eval import KIND_TEXT

    records = []
    for kind, result in results.items():
        intervals = result.intervals()
        records.append(
            run_record(
                "lsm:trainfcn",
                kind="crossvalidation",
                test_set=kind,
                name=f"fcn leave one group out ({group_field}, {len(result.folds)} groups)",
                model_type="fcn",
                dataset=meta["dataset"],
                group=meta["group"],
                parameters=meta["parameters"],
                metrics={k: intervals[k]["value"] for k in METRIC_KEYS},
                threshold=0.5,
                intervals=intervals,
                fold_metrics=result.fold_metrics(),
                outputs=meta["outputs"],
                warnings=[n[len("WARNING: ") :] for n in result.notes if n.startswith("WARNING: ")],
                summary={
                    "fold_mode": "group",
                    "group_field": group_field,
                    "test_set_text": "per group: " + KIND_TEXT[kind] + " of the group's region (bounding box "
                    "of its landslides widened by the margin; no training window touches it)",
                    "n_folds": len(result.folds),
                    "n_repeats": 1,
                    "fold_names": [f.name for f in result.folds],
                    "regions": [list(r) for r in regions.regions],
                    "n_group_landslides": list(regions.landslides),
                    "n_train_landslides": [f.n_train_landslides for f in result.folds],
                    "n_test_landslides": [f.n_test_landslides for f in result.folds],
                    "n_test_negatives": [f.n_test_negatives for f in result.folds],
                    "metric_keys": list(METRIC_KEYS),
                    "notes": list(result.notes),
                },
            )
        )
    return link_test_sets(records)
