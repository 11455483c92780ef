"""Run records: one JSON file per run in a run store folder, read by the metrics dock.

Schema ("lsm-run", version 1), all keys but the first five optional:
  schema, schema_version, run_id, created (ISO 8601, UTC), algorithm ("lsm:trainmodel", ...)
  name        display name (the dock may rename it)
  model_type  "brf", "easyensemble", "smote_dnn", "adasyn_dnn", "rf", "dnn", "svm", "lr", "klr",
              "lsnet", "spy", "bagging_pu", ...
  ratio       negatives per positive used for training (float)
  repeat      repeat index (int), for repeated samplings
  dataset     name of the study area / sample layer
  group       free key that groups runs of one experiment (e.g. a saturation test)
  parameters  the algorithm parameters (JSON-safe)
  data_hashes {"train": sha256, "test": sha256, ...}
  metrics     {oa, precision, sensitivity, specificity, balanced_accuracy, g_mean, f1, kappa,
               roc_auc, pr_auc} at the reported threshold; see core.metrics.METRIC_KEYS
  threshold   the threshold of `metrics`
  metrics_best {same keys} at the G-mean-maximising threshold, with best_threshold
  confusion   {"tp", "fp", "tn", "fn"}
  curves      {"roc": {"fpr": [...], "tpr": [...]}, "pr": {"recall": [...], "precision": [...]}}
  class_areas {"labels": [...], "percent": [...], "landslide_percent": [...]}
  outputs     {"bundle": path, "raster": path, ...}: files the run wrote (loadable by the dock)
  summary     algorithm-specific facts (free JSON object)
"""

import json
import os
import uuid
from datetime import datetime, timezone

import numpy as np

SCHEMA = "lsm-run"
SCHEMA_VERSION = 1
SUFFIX = ".lsmrun.json"


def _clean(value):
    """JSON-safe copy: numpy scalars/arrays to Python, NaN/inf to None."""
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    if isinstance(value, np.ndarray):
        return _clean(value.tolist())
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and not np.isfinite(value):
        return None
    return value


def new_record(algorithm, **fields):
    """A record dict with id and time set; *fields* as given (see the module docstring)."""
    record = {
        "schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "run_id": uuid.uuid4().hex[:12],
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "algorithm": algorithm,
    }
    record.update(fields)
    record.setdefault(
        "name", "{} {}".format(record.get("model_type") or algorithm.split(":")[-1], record["run_id"][:6])
    )
    return record


def write_record(store, record):
    """Write *record* into the run store folder *store* (created if needed); returns the path."""
    os.makedirs(store, exist_ok=True)
    path = os.path.join(store, f"{record['run_id']}{SUFFIX}")
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(_clean(record), handle, indent=1)
    os.replace(tmp, path)
    return path


class UnreadableRecord:
    """A file of the store that is not a valid record, with the reason."""

    def __init__(self, path, reason):
        self.path = path
        self.reason = reason


def read_record(path):
    """The record dict of *path*, or an UnreadableRecord saying why not."""
    try:
        with open(path, encoding="utf-8") as handle:
            record = json.load(handle)
    except (OSError, UnicodeDecodeError) as exc:
        return UnreadableRecord(path, f"cannot read the file: {exc}")
    except json.JSONDecodeError as exc:
        return UnreadableRecord(path, f"not valid JSON: {exc}")
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        return UnreadableRecord(path, "not an lsm run record (no 'schema': 'lsm-run')")
    if int(record.get("schema_version", 0) or 0) > SCHEMA_VERSION:
        return UnreadableRecord(
            path, f"schema version {record.get('schema_version')} is newer than this plugin reads"
        )
    for key in ("run_id", "algorithm"):
        if key not in record:
            return UnreadableRecord(path, f"missing '{key}'")
    record["_path"] = path
    return record


def read_store(store):
    """(records, unreadable) of every *.lsmrun.json in *store*, records sorted by time."""
    records, unreadable = [], []
    if not store or not os.path.isdir(store):
        return records, unreadable
    for name in sorted(os.listdir(store)):
        if not name.endswith(SUFFIX):
            continue
        result = read_record(os.path.join(store, name))
        (unreadable if isinstance(result, UnreadableRecord) else records).append(result)
    records.sort(key=lambda r: r.get("created", ""))
    return records, unreadable
