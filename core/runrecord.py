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

Reading validates every key above that the readers use (validate_record: types, ranges, at most
MAX_DEPTH levels of nesting, files of at most MAX_RECORD_BYTES); a file that fails is returned as an
UnreadableRecord with the reason, and read_store never raises for a bad file. Records are written
under a unique temporary name in the store folder and renamed (write_json_atomic), so two writers
of one record never share a temporary file.

Index of run stores (core.paths.run_index_folder: <profile store>/index): index_store(index, store)
writes one small JSON file per store, named by a hash of the store's real path (a store is listed
once however many runs write to it; two processes indexing at once each rename a complete file of
their own: no lock, no torn file), and keeps at most MAX_INDEX_ENTRIES files (prune_index: entries of
folders that no longer exist go first, then the least recently written; an entry refreshed while
pruning is kept). indexed_stores(index) reads them (a file that is not an entry is skipped),
unindex_store(index, store) removes one. A rename over a file another process holds open is tried
again on Windows (write_json_atomic).
"""

import hashlib
import json
import math
import os
import time
import uuid
from datetime import datetime, timezone

import numpy as np

from .metrics import METRIC_KEYS

SCHEMA = "lsm-run"
SCHEMA_VERSION = 1
SUFFIX = ".lsmrun.json"
#: schema and file suffix of a run store index entry
INDEX_SCHEMA = "lsm-run-store"
INDEX_SUFFIX = ".lsmstore.json"
#: most run stores the index keeps (prune_index)
MAX_INDEX_ENTRIES = 200
#: largest index entry file read
MAX_INDEX_BYTES = 64 * 1024
#: a temporary file of an index write left by a killed process is removed after this many seconds
INDEX_TMP_SECONDS = 3600
#: tries of a rename over a file held open by another process (Windows only)
REPLACE_ATTEMPTS = 6
_WINDOWS = os.name == "nt"
#: largest record file read (a record with curves is a few hundred KB)
MAX_RECORD_BYTES = 16 * 1024**2
#: deepest nesting of lists / objects accepted in a record
MAX_DEPTH = 32
#: keys whose value, when present and not null, must be of the type named
TEXT_KEYS = ("name", "model_type", "dataset", "group")
OBJECT_KEYS = (
    "parameters",
    "data_hashes",
    "metrics",
    "metrics_best",
    "confusion",
    "confusion_best",
    "curves",
    "class_areas",
    "outputs",
    "summary",
)


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


def write_json_atomic(path, data, indent=1):
    """Write *data* as JSON to *path* through a temporary file of a unique name beside it (created
    exclusively, with the usual permissions), then rename it over *path*; on any error the
    temporary file is removed and *path* is left as it was."""
    folder = os.path.dirname(os.path.abspath(path))
    tmp = os.path.join(folder, f".{os.path.basename(path)}.{uuid.uuid4().hex}.tmp")
    try:
        with open(tmp, "x", encoding="utf-8") as stream:
            json.dump(data, stream, indent=indent)
        _replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.remove(tmp)
        raise
    return path


def _replace(source, target, attempts=REPLACE_ATTEMPTS):
    """os.replace, tried again a few times on Windows, where it fails while another process has
    *target* open (a dock reading it) or is replacing it at the same moment."""
    tries = attempts if _WINDOWS else 1
    for attempt in range(tries):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt + 1 >= tries:
                raise
            time.sleep(0.02 * 2**attempt)


def write_record(store, record):
    """Write *record* into the run store folder *store* (created if needed); returns the path."""
    os.makedirs(store, exist_ok=True)
    path = os.path.join(store, f"{record['run_id']}{SUFFIX}")
    return write_json_atomic(path, _clean(record))


class UnreadableRecord:
    """A file of the store that is not a valid record, with the reason."""

    def __init__(self, path, reason):
        self.path = path
        self.reason = reason

    def __repr__(self):
        return f"UnreadableRecord({self.path!r}, {self.reason!r})"


# -- validation -------------------------------------------------------------------------------


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _depth(value):
    """Nesting depth of a parsed JSON value (iterative: no recursion on deep input)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, (dict, list)):
            deepest = max(deepest, level)
            if level > MAX_DEPTH:
                return level
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


def _check_number(record, key, low=None, high=None, whole=False):
    """'' or why record[key] (when present and not null) is not a number in [low, high]."""
    value = record.get(key)
    if value is None:
        return ""
    if not _is_number(value) or (whole and not isinstance(value, int)):
        return f"'{key}' is not a {'whole ' if whole else ''}number ({value!r:.40})"
    if math.isfinite(value) and ((low is not None and value < low) or (high is not None and value > high)):
        return f"'{key}' is {value}, outside [{low}, {high}]"
    return ""


def _check_header(record):
    version = record.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        return f"schema_version {version!r:.40} is not a whole number"
    if version > SCHEMA_VERSION:
        return f"schema version {version} is newer than this plugin reads"
    if version < 1:
        return f"schema_version {version} is not a positive number"
    for key in ("run_id", "algorithm"):
        if key not in record:
            return f"missing '{key}'"
        if not isinstance(record[key], str) or not record[key].strip():
            return f"'{key}' is not a non-empty text"
    created = record.get("created")
    if not isinstance(created, str):
        return f"'created' is not an ISO 8601 time ({created!r:.40})"
    try:
        datetime.fromisoformat(created)
    except ValueError:
        return f"'created' is not an ISO 8601 time ({created!r:.40})"
    return ""


def _check_types(record):
    for key in TEXT_KEYS:
        if record.get(key) is not None and not isinstance(record[key], str):
            return f"'{key}' is not text"
    for key in OBJECT_KEYS:
        if record.get(key) is not None and not isinstance(record[key], dict):
            return f"'{key}' is not an object"
    problems = (
        _check_number(record, "ratio", low=0.0),
        _check_number(record, "repeat", low=0, whole=True),
        _check_number(record, "threshold"),
        _check_number(record, "best_threshold"),
    )
    return next((p for p in problems if p), "")


def _check_metrics(record):
    for metric_set in ("metrics", "metrics_best"):
        metrics = record.get(metric_set) or {}
        for key in METRIC_KEYS:
            problem = _check_number(metrics, key, low=-1.0, high=1.0)
            if problem:
                return f"{metric_set}: {problem}"
    for counts_key in ("confusion", "confusion_best"):
        counts = record.get(counts_key) or {}
        for key in ("tp", "fp", "tn", "fn"):
            problem = _check_number(counts, key, low=0)
            if problem:
                return f"{counts_key}: {problem}"
    return ""


def _check_series(values, where):
    if values is None:
        return ""
    if not isinstance(values, list) or not all(v is None or _is_number(v) for v in values):
        return f"{where} is not a list of numbers"
    return ""


def _check_curves(record):
    curves = record.get("curves") or {}
    for kind, keys in (("roc", ("fpr", "tpr")), ("pr", ("recall", "precision"))):
        curve = curves.get(kind)
        if curve is None:
            continue
        if not isinstance(curve, dict):
            return f"curves: '{kind}' is not an object"
        problem = next(
            (p for p in (_check_series(curve.get(k), f"curves.{kind}.{k}") for k in keys) if p), ""
        )
        if problem:
            return problem
    areas = record.get("class_areas") or {}
    if areas.get("labels") is not None and not isinstance(areas["labels"], list):
        return "class_areas.labels is not a list"
    for key in ("percent", "landslide_percent"):
        problem = _check_series(areas.get(key), f"class_areas.{key}")
        if problem:
            return problem
    outputs = record.get("outputs") or {}
    if not all(v is None or isinstance(v, str) for v in outputs.values()):
        return "outputs: a value is not a file path"
    return ""


def validate_record(record):
    """'' when *record* (parsed JSON) is a run record the readers can use, else the reason."""
    if not isinstance(record, dict) or record.get("schema") != SCHEMA:
        return "not an lsm run record (no 'schema': 'lsm-run')"
    if _depth(record) > MAX_DEPTH:
        return f"nested more than {MAX_DEPTH} levels deep"
    for check in (_check_header, _check_types, _check_metrics, _check_curves):
        problem = check(record)
        if problem:
            return problem
    return ""


def _load_json(path):
    """(parsed JSON, '') or (None, why not) for the file at *path*."""
    try:
        size = os.path.getsize(path)
        if size > MAX_RECORD_BYTES:
            return None, f"the file is {size} bytes, more than a run record can be ({MAX_RECORD_BYTES})"
        with open(path, encoding="utf-8") as handle:
            text = handle.read(MAX_RECORD_BYTES + 1)
    except (OSError, UnicodeDecodeError) as exc:
        return None, f"cannot read the file: {exc}"
    if len(text) > MAX_RECORD_BYTES:
        return None, f"the file is larger than a run record can be ({MAX_RECORD_BYTES} bytes)"
    try:
        return json.loads(text), ""
    except RecursionError:
        return None, "not valid JSON: nested too deeply"
    except ValueError as exc:
        return None, f"not valid JSON: {exc}"


def read_record(path):
    """The record dict of *path*, or an UnreadableRecord saying why not (never raises for the
    file's content)."""
    record, problem = _load_json(path)
    if not problem:
        problem = validate_record(record)
    if problem:
        return UnreadableRecord(path, problem)
    record["_path"] = path
    return record


def read_store(store):
    """(records, unreadable) of every *.lsmrun.json in *store*, records sorted by time; a file that
    cannot be read is listed in *unreadable* with the reason, whatever is wrong with it."""
    records, unreadable = [], []
    if not store or not os.path.isdir(store):
        return records, unreadable
    try:
        names = sorted(os.listdir(store))
    except OSError as exc:
        return records, [UnreadableRecord(store, f"cannot list the run store folder: {exc}")]
    for name in names:
        if not name.endswith(SUFFIX):
            continue
        path = os.path.join(store, name)
        try:
            result = read_record(path)
        except Exception as exc:  # noqa: BLE001 (one bad file must never stop the readers)
            result = UnreadableRecord(path, f"unexpected error: {type(exc).__name__}: {exc}")
        (unreadable if isinstance(result, UnreadableRecord) else records).append(result)
    records.sort(key=lambda r: r["created"])
    return records, unreadable


# -- index of run stores ----------------------------------------------------------------------


def _store_key(store):
    """The name of the index entry of *store*: a hash of its real, case-normalised path."""
    real = os.path.normcase(os.path.realpath(os.path.abspath(os.path.expanduser(str(store)))))
    return hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def index_entry_path(index_folder, store):
    """The file of *store*'s entry in *index_folder*."""
    return os.path.join(index_folder, _store_key(store) + INDEX_SUFFIX)


def index_store(index_folder, store, cap=MAX_INDEX_ENTRIES):
    """List the run store folder *store* in *index_folder* (created if needed), refreshing its time
    when it is listed already, then keep at most *cap* entries (prune_index); returns the entry path."""
    store = str(store)
    if "\0" in store:
        raise ValueError(f"a run store path cannot hold a NUL character: {store!r}")
    os.makedirs(index_folder, exist_ok=True)
    entry = {
        "schema": INDEX_SCHEMA,
        "schema_version": 1,
        "store": os.path.abspath(os.path.expanduser(str(store))),
        "updated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    path = write_json_atomic(index_entry_path(index_folder, store), entry, indent=None)
    prune_index(index_folder, cap)
    return path


def _read_entry(path):
    """The store folder an index entry file names, or '' when the file is not an entry."""
    try:
        if os.path.getsize(path) > MAX_INDEX_BYTES:
            return ""
        with open(path, encoding="utf-8") as handle:
            entry = json.load(handle)
    except (OSError, ValueError, RecursionError):
        return ""
    if not isinstance(entry, dict) or entry.get("schema") != INDEX_SCHEMA:
        return ""
    store = entry.get("store")
    if not isinstance(store, str) or "\0" in store or not os.path.isabs(store):
        return ""  # a NUL would make every path function raise
    return store


def _entries(index_folder):
    """[(entry path, store)] of *index_folder*, in file-name order."""
    try:
        names = sorted(os.listdir(index_folder))
    except OSError:
        return []
    found = []
    for name in names:
        if name.endswith(INDEX_SUFFIX) and not name.startswith("."):
            path = os.path.join(index_folder, name)
            store = _read_entry(path)
            if store:
                found.append((path, store))
    return found


def indexed_stores(index_folder):
    """The run store folders listed in *index_folder* (existing or not), sorted, each once."""
    return sorted({store for _path, store in _entries(index_folder)})


def _remove_quietly(path):
    try:
        os.remove(path)
        return True
    except OSError:  # already removed by another process, or not ours to remove
        return False


def unindex_store(index_folder, store):
    """Remove *store* from *index_folder*; True when it was listed (its folder is left alone)."""
    key = _store_key(store)
    # its own entry file, readable or not, and any entry naming the same folder by another path
    removed = os.path.isfile(index_entry_path(index_folder, store)) and _remove_quietly(
        index_entry_path(index_folder, store)
    )
    for path, listed in _entries(index_folder):
        if _store_key(listed) == key:
            removed = _remove_quietly(path) or removed
    return removed


def _mtime(path):
    try:
        return os.path.getmtime(path)
    except OSError:
        return 0.0


def prune_index(index_folder, cap=MAX_INDEX_ENTRIES):
    """Keep at most *cap* entries in *index_folder*: beyond it, entries of folders that no longer
    exist go first, then the least recently written. Temporary files of writes killed more than
    INDEX_TMP_SECONDS ago go too. Returns the stores removed."""
    now = time.time()
    try:
        names = os.listdir(index_folder)
    except OSError:
        return []
    for name in names:
        path = os.path.join(index_folder, name)
        if name.startswith(".") and name.endswith(".tmp") and now - _mtime(path) > INDEX_TMP_SECONDS:
            _remove_quietly(path)
    entries = _entries(index_folder)
    cap = max(1, int(cap))
    if len(entries) <= cap:
        return []
    # dead first (False sorts before True), then the oldest
    ranked = sorted(((os.path.isdir(store), _mtime(path), path, store) for path, store in entries))
    removed = []
    for _alive, written, path, store in ranked[: len(entries) - cap]:
        # an entry another process refreshed meanwhile (a run just wrote there) is kept
        if _mtime(path) == written and _remove_quietly(path):
            removed.append(store)
    return removed
