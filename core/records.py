"""Run records built in one place (the schema is in core.runrecord); the algorithms write them with
LsmAlgorithm.write_run_record, which resolves the run store, writes, logs and returns the run id.

    evaluation_fields(evaluation) -> the record keys of a core.metrics.evaluate / evaluate_scores
        result: metrics, threshold, metrics_best, best_threshold, confusion, confusion_best, curves
        (confusion_best only when the evaluation has it)
    run_record(algorithm, evaluation=None, **fields) -> a new record (run id and time set) with
        *fields* and, when *evaluation* is given, its evaluation_fields. The generic builder: e.g.
        lsm:spysampling  run_record("lsm:spysampling", evaluation=result.metrics or None,
                                    model_type=..., ratio=..., dataset=..., parameters=...,
                                    data_hashes=..., outputs=..., summary=..., name=...)
        lsm:trainlsnet   run_record("lsm:trainlsnet", evaluation=evaluation or None, model_type="lsnet",
                                    ratio=..., dataset=..., parameters=..., data_hashes=..., outputs=...,
                                    summary=...)
    training_record(model_type, ratio, dataset, parameters, data_hashes, outputs, evaluation, summary)
        -> the lsm:trainmodel record (repeat 0)
    evaluation_record(model_type, dataset, parameters, test_hash, evaluation, outputs, name="",
        ratio=None) -> the lsm:evaluatemodel record (summary: test counts and metric keys)
    class_area_record(dataset, method, breaks, rows, gvf, n_values, outputs, name="", model_type="")
        -> the lsm:jenksclassify record; *rows* are core.classing class-table rows
    link_test_sets(records) -> *records*, each given "test_set_runs" {kind: run id} of all of them

Test sets (issue 13): ONE RECORD PER TEST-SET KIND. A run evaluated on several test sets (a spy
layer carrying reliable negatives and random test cells) writes one record per kind, each complete
on its own (metrics, curves, intervals of that kind), with these top-level keys:
  test_set       'random' (random unlabeled cells of the test split: the honest numbers), 'rn'
                 (reliable negatives of the test prior: optimistic), 'area' (every valid cell: rate
                 curves), 'train' (no test rows: resubstitution metrics on the training rows)
  intervals      {metric: {"value", "low", "high"}, "_meta": {n_boot, level, seed, threshold,
                 n_pos, n_neg, method}}: stratified bootstrap 95 % interval (core.intervals) of the
                 metrics at `threshold`
  warnings       [text, ...]: plain warnings with what to try (e.g. a test split under 30 landslides)
  test_set_runs  {kind: run_id} of the records of the same run (itself included), when it has more
                 than one
Records of one run share every other key (model, ratio, dataset, parameters, group, train hash);
compare runs only on the same test_set.
"""

import math

from .metrics import METRIC_KEYS
from .runrecord import new_record

_EVALUATION_KEYS = (
    "metrics",
    "threshold",
    "metrics_best",
    "best_threshold",
    "confusion",
    "confusion_best",
    "curves",
    "intervals",
)


def evaluation_fields(evaluation):
    """Record keys of an evaluation dict (those it has among _EVALUATION_KEYS)."""
    return {key: evaluation[key] for key in _EVALUATION_KEYS if key in evaluation}


def run_record(algorithm, evaluation=None, **fields):
    """A new record of *algorithm* with *fields* and the keys of *evaluation* (when given)."""
    if evaluation:
        fields.update(evaluation_fields(evaluation))
    return new_record(algorithm, **fields)


def link_test_sets(records):
    """Give every record of one run "test_set_runs": {test_set: run_id} of all of them (when more
    than one)."""
    if len(records) > 1:
        links = {r["test_set"]: r["run_id"] for r in records}
        for record in records:
            record["test_set_runs"] = dict(links)
    return records


def training_record(
    model_type,
    ratio,
    dataset,
    parameters,
    data_hashes,
    outputs,
    evaluation,
    summary,
    test_set=None,
    warnings=(),
):
    """The lsm:trainmodel record: metrics of *evaluation* (test rows of *test_set*, else training)."""
    return run_record(
        "lsm:trainmodel",
        evaluation=evaluation,
        model_type=model_type,
        ratio=ratio,
        repeat=0,
        dataset=dataset,
        parameters=parameters,
        data_hashes=data_hashes,
        outputs=outputs,
        summary=summary,
        test_set=test_set or "train",
        warnings=list(warnings),
    )


def evaluation_record(
    model_type,
    dataset,
    parameters,
    test_hash,
    evaluation,
    outputs,
    name="",
    ratio=None,
    test_set="random",
    warnings=(),
):
    """The lsm:evaluatemodel record of *evaluation* on test data hashed *test_hash* (negatives of
    kind *test_set*)."""
    fields = {"outputs": outputs, "test_set": test_set, "warnings": list(warnings)}
    if ratio is not None:
        fields["ratio"] = ratio
    if name:
        fields["name"] = name
    return run_record(
        "lsm:evaluatemodel",
        evaluation=evaluation,
        model_type=model_type,
        dataset=dataset,
        parameters=parameters,
        data_hashes={"test": test_hash},
        summary={
            "n_test_positive": evaluation["n_positive"],
            "n_test_negative": evaluation["n_negative"],
            "metric_keys": list(METRIC_KEYS),
        },
        **fields,
    )


def class_area_record(dataset, method, breaks, rows, gvf, n_values, outputs, name="", model_type=""):
    """The lsm:jenksclassify record: class areas (and landslide shares when the rows have them)."""
    has_landslides = any(math.isfinite(r.landslide_percent) for r in rows)
    return new_record(
        "lsm:jenksclassify",
        name=name or "{} classes {}".format(model_type or dataset, len(rows)),
        model_type=model_type or None,
        dataset=dataset,
        parameters={"method": method, "classes": len(rows), "breaks": [float(b) for b in breaks]},
        class_areas={
            "labels": [r.label for r in rows],
            "percent": [float(r.area_percent) for r in rows],
            "landslide_percent": [float(r.landslide_percent) for r in rows] if has_landslides else None,
            "frequency_ratio": [float(r.frequency_ratio) for r in rows] if has_landslides else None,
        },
        outputs=outputs,
        summary={"gvf": float(gvf), "valid_pixels": int(n_values)},
    )
