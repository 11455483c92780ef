"""The sample reading, log and outputs of lsm:crossvalidate (algorithms/crossvalidate.py is the adapter).

    read(alg, parameters, context, feedback, source, name)
        -> (samples, kept-feature mask, group values of the kept rows or None)
    log(alg, feedback, result): the metrics over the folds (with intervals) to the log
    write_outputs(alg, parameters, context, feedback, source, keep, result, name) -> the results dict
    write_scores(alg, parameters, context, feedback, source, keep, result, name) -> the out-of-fold
        layer id (every input feature with oof_score and fold)
    record(alg, parameters, context, result, model_type, mode, name, fold_names, results) -> the run record
*alg* is the CrossValidateAlgorithm instance (its parameter ids); messages are translated in its context."""

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink, QgsFields
from qgis.PyQt.QtCore import QCoreApplication

from ..core import crossvalidate as cv
from ..core import records, sampleset, unit_folds
from ..core.errors import LsmError
from ..core.intervals import format_interval
from ..core.labels import NULL_LABEL
from ..core.metrics import METRIC_KEYS, METRIC_LABELS
from ..core.progress import check_canceled
from ._compat import make_field, parameter_as_strings
from ._samples import NamedSource, read_labels, read_point_table
from .base import json_parameters, write_table

#: metrics written to the log, with their interval
LOGGED = ("roc_auc", "pr_auc", "balanced_accuracy", "sensitivity", "specificity")


def read(alg, parameters, context, feedback, source, name):
    """(Samples, kept-feature mask in feature order, group values of the kept rows or None)."""
    label_field = alg.parameterAsString(parameters, alg.LABEL_FIELD, context) or "label"
    factors = parameter_as_strings(alg, parameters, alg.FACTOR_FIELDS, context)
    categorical = parameter_as_strings(alg, parameters, alg.CATEGORICAL_FIELDS, context)
    if not factors:
        raise LsmError(
            QCoreApplication.translate(
                "CrossValidateAlgorithm", "Choose the factor fields of layer '{}'."
            ).format(name)
        )
    if label_field in factors:
        raise LsmError(
            QCoreApplication.translate(
                "CrossValidateAlgorithm", "The label field '{}' is also chosen as a factor."
            ).format(label_field)
        )
    mode = unit_folds.FOLD_MODES[alg.parameterAsEnum(parameters, alg.FOLD_MODE, context)]
    group_field = _group_field(alg, parameters, context, mode)
    extra = [label_field] + ([group_field] if group_field else [])
    X, columns, xy = read_point_table(NamedSource(source, name), factors, extra, feedback)
    labels, _n_null = read_labels(columns[label_field], name, label_field, feedback)
    keep = (labels > NULL_LABEL) & np.isfinite(X).all(axis=1)
    samples = sampleset.make_samples(X, labels, factors, categorical, None, xy, name)
    for warning in samples.warnings:
        feedback.pushWarning(warning)
    sampleset.check_classes(samples.y, "sample")
    groups = None
    if group_field:
        groups = columns[group_field][keep]
        if mode == "temporal":
            groups = [_python_time(v) for v in groups]
    return samples, keep, groups


def _group_field(alg, parameters, context, mode):
    """The group field (leave one group out) or time field (temporal) to read, or ''."""
    if mode == "group":
        field = alg.parameterAsString(parameters, alg.GROUP_FIELD, context)
        if not field:
            raise LsmError(
                QCoreApplication.translate(
                    "CrossValidateAlgorithm",
                    "Leave one group out needs a group field: choose it (event, region or year)."
                )
            )  # fmt: skip
        return field
    if mode == "temporal":
        field = alg.parameterAsString(parameters, alg.TIME_FIELD, context)
        if not field:
            raise LsmError(
                QCoreApplication.translate(
                    "CrossValidateAlgorithm",
                    "Temporal folds need a time field: choose the field holding the year or date of each sample."
                )
            )  # fmt: skip
        return field
    return ""


def _python_time(value):
    """A QDate / QDateTime attribute as a Python date / datetime (other values as they are)."""
    for method in ("toPyDateTime", "toPyDate"):
        if hasattr(value, method):
            return getattr(value, method)() if value.isValid() else None
    return value


def log(alg, feedback, result):
    intervals = result.intervals()
    for key in LOGGED:
        feedback.pushInfo(
            QCoreApplication.translate(
                "CrossValidateAlgorithm", "{} over the folds: {} (sd {:.3f}; {})."
            ).format(
                METRIC_LABELS[key],
                format_interval(intervals[key]),
                float(np.std(result.fold_metrics()[key], ddof=1)) if len(result.folds) > 1 else float("nan"),
                intervals["_meta"]["method"],
            )
        )
    feedback.pushInfo(
        QCoreApplication.translate(
            "CrossValidateAlgorithm",
            "Test set of every fold: 'random' (the fold's landslides against its unlabeled samples); the "
            "threshold metrics are at 0.5."
        )
    )  # fmt: skip


def write_outputs(alg, parameters, context, feedback, source, keep, result, name):
    columns, rows = result.fold_table()
    folds_id = write_table(alg, parameters, alg.OUTPUT_FOLDS, context, columns, rows, required=True)
    columns, rows = result.summary()
    summary_id = write_table(alg, parameters, alg.OUTPUT_SUMMARY, context, columns, rows, required=True)
    scores_id = write_scores(alg, parameters, context, feedback, source, keep, result, name)
    plot_path = alg.parameterAsFileOutput(parameters, alg.OUTPUT_PLOT, context)
    if plot_path:
        from ..core.charts import save_png
        from ..core.grid import atomic_path
        from ..core.validation_charts import fold_curves_figure

        with atomic_path(plot_path) as tmp:
            save_png(fold_curves_figure(result, title=f"{result.model_type} - {name}"), tmp)
    means = result.intervals()
    return {
        alg.OUTPUT_FOLDS: folds_id,
        alg.OUTPUT_SUMMARY: summary_id,
        alg.OUTPUT_SCORES: scores_id,
        alg.OUTPUT_PLOT: plot_path or None,
        alg.OUT_AUC: means["roc_auc"]["value"],
        alg.OUT_PR_AUC: means["pr_auc"]["value"],
        alg.OUT_RECORD: "",
        alg.OUT_RUN_ID: "",
    }


def write_scores(alg, parameters, context, feedback, source, keep, result, name):
    """Every input feature with oof_score (mean over the repeats) and fold (of repeat 1); NULL for
    the features left out (no label or a missing factor value) and for those in no test fold (the
    earliest time of temporal folds)."""
    fields = QgsFields(source.fields())
    names = fields.names()
    for field_name, kind in (("oof_score", "double"), ("fold", "int")):
        if field_name not in names:
            fields.append(make_field(field_name, kind))
    i_score, i_fold = fields.indexOf("oof_score"), fields.indexOf("fold")
    sink, dest_id = alg.parameterAsSink(
        parameters, alg.OUTPUT_SCORES, context, fields, source.wkbType(), source.sourceCrs()
    )
    if sink is None:
        raise LsmError(alg.invalidSinkError(parameters, alg.OUTPUT_SCORES))
    score = np.full(keep.size, np.nan)
    fold = np.zeros(keep.size, dtype=np.int64)
    score[keep], fold[keep] = result.oof_score(), result.first_fold()
    for i, feature in enumerate(source.getFeatures()):
        if i % 1000 == 0:
            check_canceled(feedback)
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        attributes = list(feature.attributes()) + [None] * (fields.count() - len(feature.attributes()))
        tested = keep[i] and fold[i] > 0
        attributes[i_score] = float(score[i]) if tested else None
        attributes[i_fold] = int(fold[i]) if tested else None
        out.setAttributes(attributes)
        if not sink.addFeature(out, QgsFeatureSink.Flag.FastInsert):
            raise LsmError(
                QCoreApplication.translate(
                    "CrossValidateAlgorithm", "Cannot write the out-of-fold layer: {}"
                ).format(sink.lastError())
            )
    return dest_id


def record(alg, parameters, context, result, model_type, mode, name, fold_names, results):
    intervals = result.intervals()
    outputs = {"plot": results[alg.OUTPUT_PLOT]} if results[alg.OUTPUT_PLOT] else {}
    return records.run_record(
        "lsm:crossvalidate",
        kind="crossvalidation",
        test_set=cv.TEST_SET,
        name=f"{model_type} CV {mode} {len(result.folds)} folds",
        model_type=model_type,
        ratio=result.ratio if result.ratio > 0 else None,
        dataset=name,
        parameters=json_parameters(alg, parameters, context),
        metrics={k: intervals[k]["value"] for k in METRIC_KEYS},
        threshold=0.5,
        intervals=intervals,
        fold_metrics=result.fold_metrics(),
        outputs=outputs,
        summary={
            "fold_mode": mode,
            "n_folds": len(result.folds) // result.n_repeats,
            "n_repeats": result.n_repeats,
            "fold_names": list(fold_names),
            "fold_repeat": [f.repeat for f in result.folds],
            "n_test_landslides": [f.n_test_landslides for f in result.folds],
            "n_test_negatives": [f.n_test_negatives for f in result.folds],
            "metric_keys": list(METRIC_KEYS),
            "notes": list(result.notes),
        },
    )
