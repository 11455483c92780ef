"""What the report says about the run records: test sets, priors, comparable groups, the best model
and the limitations (core.report turns it into HTML). Pure Python, no qgis import.

    test_set(record) -> 'rn' | 'random' | 'area' | '' (not recorded)
    is_prior(record) -> True for the prior models of lsm:spysampling (reference, never ranked)
    kind(record) -> 'rate_curves' | 'crossvalidation' | 'prior' | 'classes' | 'model'
    comparable_key(record) -> (test set, data): runs are ranked only against runs of the same key
    choose_best(records, criterion='auto') -> Best or None (see CRITERIA)
    landslide_counts(record) -> (test landslides, test negatives) or (None, None)
    public_value(value) -> the value with every file path reduced to its file name
    map_caption(layer_name, path, records) -> "Classes of BRF 1:10 (run 1a2b3c)" etc.
"""

import os
from collections import namedtuple

from .run_compare import as_float, as_text

#: best-model criteria (the lsm:report CRITERION options, in enum order)
CRITERIA = ("auto", "prediction_auc", "roc_auc", "pr_auc")
CRITERION_LABELS = {
    "prediction_auc": "prediction-rate AUC",
    "roc_auc": "ROC-AUC",
    "pr_auc": "PR-AUC",
}
#: test-set kinds in the order the tables show them (most honest first), with their words
TEST_SET_ORDER = ("random", "area", "rn", "train", "")
TEST_SET_LABELS = {
    "random": "random cells",
    "area": "whole area",
    "rn": "rn (reliable negatives)",
    "train": "training rows",
    "": "not recorded",
}
#: test sets whose metrics read better than the map is
OPTIMISTIC = ("rn", "train", "")
TEST_SET_TEXT = {
    "random": (
        "random: the test landslides against random unlabeled cells of the test split (landslide "
        "cells excluded); the honest single-split numbers"
    ),
    "rn": (
        "rn: the test landslides against the reliable negatives of the test prior (the PU testing "
        "method); these negatives are the easy cells by construction, so rn metrics are optimistic"
    ),
    "area": (
        "area: every valid cell of the map ranked against the landslides (success and prediction rate curves)"
    ),
    "train": (
        "training rows: no test rows were given, so the metrics are measured on the rows the model "
        "was fitted on (resubstitution): optimistic"
    ),
    "": (
        "not recorded: a record of an older plugin version; its negatives are those of the sample "
        "layer it was given (reliable negatives when they came from lsm:spysampling: read as optimistic)"
    ),
}
PRIOR_ALGORITHMS = ("lsm:spysampling",)
PRIOR_MODEL_TYPES = ("spy", "bagging_pu")

#: the chosen best run: its record, the criterion key and words, the value (and interval or None),
#: the test set, the number of runs it was chosen among, and why (one sentence)
Best = namedtuple("Best", "record criterion label value interval test_set n_candidates reason")

WHY = {
    "prediction_auc": (
        "it measures how well the whole map ranks the test landslides, which no model saw, over every "
        "cell of the area, whatever negatives were drawn"
    ),
    "roc_auc": (
        "it does not depend on a threshold and, on the random test set, is not flattered by negatives "
        "chosen to be easy"
    ),
    "pr_auc": (
        "it does not depend on a threshold and weighs how precise the high scores are, which matters "
        "when landslides are rare"
    ),
}


def test_set(record):
    """The test-set kind of *record* ('' when the record does not say)."""
    value = as_text(record.get("test_set")).lower()
    return value if value in TEST_SET_LABELS else ""


def is_prior(record):
    """True for the prior (PU) models of lsm:spysampling: a reference, not a model to rank."""
    return (
        as_text(record.get("algorithm")) in PRIOR_ALGORITHMS
        or as_text(record.get("kind")) == "prior"
        or as_text(record.get("model_type")) in PRIOR_MODEL_TYPES
    )


def kind(record):
    """What *record* holds: 'rate_curves', 'crossvalidation', 'prior', 'classes' or 'model'."""
    declared = as_text(record.get("kind"))
    if declared in ("rate_curves", "crossvalidation"):
        return declared
    if is_prior(record):
        return "prior"
    if isinstance(record.get("class_areas"), dict) and not record.get("metrics"):
        return "classes"
    return "model"


def data_key(record):
    """What the run was measured on: the test data hash when recorded, else the dataset name."""
    hashes = record.get("data_hashes")
    if isinstance(hashes, dict) and as_text(hashes.get("test")):
        return "test:" + as_text(hashes["test"])
    return "dataset:" + as_text(record.get("dataset"))


def comparable_key(record):
    """Runs with the same key (test set, data) are ranked together, never against other keys."""
    return test_set(record), data_key(record)


def interval(record, key):
    """(low, high) of the record's interval of *key*, or None."""
    intervals = record.get("intervals")
    item = intervals.get(key) if isinstance(intervals, dict) else None
    if not isinstance(item, dict):
        return None
    low, high = as_float(item.get("low")), as_float(item.get("high"))
    return None if low is None or high is None else (low, high)


def prediction_auc(record):
    """The prediction-rate AUC of a rate-curves record, or None."""
    curves = record.get("rate_curves")
    item = curves.get("prediction") if isinstance(curves, dict) else None
    value = as_float(item.get("auc")) if isinstance(item, dict) else None
    if value is None and isinstance(record.get("summary"), dict):
        value = as_float(record["summary"].get("prediction_auc"))
    return value


def _rate_key(record):
    curves = record.get("rate_curves") or {}
    prediction = curves.get("prediction") if isinstance(curves, dict) else None
    n_cells = as_float((record.get("summary") or {}).get("n_area_cells"))
    n_slides = as_float(prediction.get("n_landslide_cells")) if isinstance(prediction, dict) else None
    return n_cells, n_slides


def _largest_group(candidates, key):
    groups = {}
    for record in candidates:
        groups.setdefault(key(record), []).append(record)
    return max(groups.values(), key=len), len(groups)


def _best_rate(records):
    candidates = [r for r in records if kind(r) == "rate_curves" and prediction_auc(r) is not None]
    if not candidates:
        return None
    group, n_groups = _largest_group(candidates, _rate_key)
    best = max(group, key=prediction_auc)
    reason = WHY["prediction_auc"]
    if n_groups > 1:
        reason += "; only maps rated on the same area and test landslides are compared"
    return Best(
        best,
        "prediction_auc",
        CRITERION_LABELS["prediction_auc"],
        prediction_auc(best),
        None,
        "area",
        len(group),
        reason,
    )


def _best_metric(records, metric):
    models = [
        r
        for r in records
        if kind(r) == "model" and as_float((r.get("metrics") or {}).get(metric)) is not None
    ]
    for wanted in ("random", "", "rn", "train"):
        candidates = [r for r in models if test_set(r) == wanted]
        if candidates:
            break
    else:
        return None
    group, n_groups = _largest_group(candidates, comparable_key)
    best = max(group, key=lambda r: as_float(r["metrics"][metric]))
    reason = WHY[metric]
    if wanted != "random":
        reason = (
            "no run was measured on the random test set, so this is the best on the {} test set, whose "
            "metrics are optimistic (the negatives are easy by construction): measure the models on the "
            "random test set or with lsm:ratecurves before relying on the choice"
        ).format(TEST_SET_LABELS[wanted])
    if n_groups > 1:
        reason += "; only runs on the same test data are compared"
    return Best(
        best,
        metric,
        CRITERION_LABELS[metric],
        as_float(best["metrics"][metric]),
        interval(best, metric),
        wanted,
        len(group),
        reason,
    )


def choose_best(records, criterion="auto"):
    """The best run by *criterion* (CRITERIA): 'auto' is the prediction-rate AUC when rate-curve
    records exist, else ROC-AUC on the random test set (rn when no random runs exist). Priors and
    cross-validation runs are never chosen. None when no run has the criterion's number."""
    if criterion not in CRITERIA:
        raise ValueError(f"unknown criterion {criterion!r}")
    if criterion in ("auto", "prediction_auc"):
        best = _best_rate(records)
        if best is not None or criterion == "prediction_auc":
            return best
        criterion = "roc_auc"
    return _best_metric(records, criterion)


def _count(value):
    """A count: a number, or the sum of a list of numbers (per-fold counts); None otherwise."""
    if isinstance(value, list):
        numbers = [as_float(v) for v in value]
        return None if not numbers or None in numbers else sum(numbers)
    return as_float(value)


def landslide_counts(record):
    """(test landslides, test negatives) of a record, from its summary, its interval's counts or its
    confusion counts (summed over the folds of a cross-validation); None where unknown."""
    summary = record.get("summary") if isinstance(record.get("summary"), dict) else {}
    meta = (record.get("intervals") or {}).get("_meta") if isinstance(record.get("intervals"), dict) else None
    meta = meta if isinstance(meta, dict) else {}
    counts = record.get("confusion") if isinstance(record.get("confusion"), dict) else {}
    tp, fp, tn, fn = (as_float(counts.get(k)) for k in ("tp", "fp", "tn", "fn"))
    found = []
    for keys, confusion in (
        (("n_test_positive", "n_test_landslides", "n_pos"), (tp, fn)),
        (("n_test_negative", "n_test_negatives", "n_neg"), (tn, fp)),
    ):
        value = next(
            (
                v
                for v in (
                    _count(summary.get(keys[0])),
                    _count(summary.get(keys[1])),
                    _count(meta.get(keys[2])),
                )
                if v is not None
            ),
            None,
        )
        if value is None and None not in confusion:
            value = sum(confusion)
        found.append(int(value) if value is not None else None)
    return tuple(found)


def _looks_like_path(text):
    head = text.split("|")[0]
    return os.path.isabs(head) or "/" in head or "\\" in head


def public_value(value):
    """*value* (JSON) with every text that is a file path reduced to its file name (no local folder
    is printed in a report sent to others)."""
    if isinstance(value, dict):
        return {k: public_value(v) for k, v in value.items()}
    if isinstance(value, list):
        return [public_value(v) for v in value]
    if isinstance(value, str) and _looks_like_path(value):
        return os.path.basename(value.split("|")[0].replace("\\", "/"))
    return value


def _same_file(a, b):
    return os.path.normcase(os.path.abspath(str(a).split("|")[0])) == os.path.normcase(
        os.path.abspath(str(b))
    )


#: words for the output keys of the records (what a map of that key shows)
OUTPUT_WORDS = {
    "classes": "Classes",
    "raster": "Map",
    "susceptibility": "Susceptibility",
    "prior_train": "Prior (training split)",
    "prior_test": "Prior (test split)",
}


def record_of_output(path, records):
    """(record, output key) of the record naming *path* among its outputs, or (None, '')."""
    for record in reversed(records):
        outputs = record.get("outputs")
        if not isinstance(outputs, dict) or kind(record) == "rate_curves":
            continue
        for key, value in outputs.items():
            if isinstance(value, str) and value and _same_file(value, path):
                return record, key
    return None, ""


def run_label(record):
    """'<name> (run <id>)' of a record."""
    name = as_text(record.get("name")) or as_text(record.get("model_type")) or "run"
    run_id = as_text(record.get("run_id"))[:6]
    return f"{name} (run {run_id})" if run_id else name


#: layer names QGIS gives Processing outputs (the parameter names): no caption
GENERIC_NAMES = ("OUTPUT", "SUSCEPTIBILITY", "CLASSES", "PRIOR_TRAIN", "PRIOR_TEST", "RASTER")


def _generic(layer_name, path):
    stem = os.path.splitext(os.path.basename(str(path).split("|")[0]))[0]
    name = as_text(layer_name)
    return not name or name.lower() == stem.lower() or name.upper() in GENERIC_NAMES


def map_caption(layer_name, path, records):
    """A caption in words for a map: from the record that wrote it, else the layer name, else the
    file name made readable ('brf_map.tif' -> 'Brf map')."""
    record, key = record_of_output(path, records)
    if record is not None:
        what = OUTPUT_WORDS.get(key, "Classes" if kind(record) == "classes" else "Map")
        return f"{what} of {run_label(record)}"
    if not _generic(layer_name, path):
        return as_text(layer_name)
    stem = os.path.splitext(os.path.basename(str(path).split("|")[0]))[0]
    words = stem.replace("_", " ").replace("-", " ").strip() or "map"
    return f"{words[0].upper()}{words[1:]} ({os.path.basename(str(path).split('|')[0])})"
