"""Comparing run records: table rows, repeat groups (mean +/- sd), best values, filters, CSV, chart data.

Pure Python (no qgis import): the metrics dock (plugin/metrics_dock.py) shows what these functions
compute, and the unit tests check them on hand-made records.

Repeats are runs that differ only in their `repeat` index: same algorithm, model type, ratio,
dataset, test set and experiment group. Every metric of core.metrics.METRIC_KEYS is "higher is better",
so the best value of a column is its maximum; the dock marks it only among comparable rows
(comparable_key: the same test set kind and the same test data), never across test sets.

Sections (record_section): "metrics" (runs with test metrics), "maps" (class tables, rate curves,
maps: records without test metrics) and "priors" (the PU priors of lsm:spysampling, evaluated on their
own reliable negatives: shown apart and never marked best).
"""

import csv
import math
import os
from datetime import datetime, timezone

from .metrics import METRIC_KEYS
from .runrecord import SUFFIX, write_json_atomic

#: the two metric sets of a record: at the reported threshold, and at the G-mean-best threshold
METRIC_SETS = ("metrics", "metrics_best")

#: descriptive columns of the runs table, in display order
INFO_KEYS = ("name", "created", "algorithm", "model_type", "ratio", "repeat", "test_set", "dataset")

#: test set kinds of the records ('test_set' key): reliable negatives of the test prior, random
#: unlabeled test cells, every cell of the area (rate curves)
TEST_SETS = ("rn", "random", "area")
#: record sections of the dock, in tab order
SECTIONS = ("metrics", "maps", "priors")
#: algorithms whose records are PU priors
PRIOR_ALGORITHMS = ("lsm:spysampling",)


def as_float(value):
    """*value* as a finite float, or None (missing, text, NaN, bool)."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def as_int(value):
    """*value* as an int, or None."""
    number = as_float(value)
    return int(number) if number is not None and number == int(number) else None


def as_text(value):
    """*value* as a stripped string ('' for None)."""
    return "" if value is None else str(value).strip()


def metric_values(record, metric_set="metrics"):
    """{metric key: float or None} of *record* for the metric set ('metrics' or 'metrics_best')."""
    metrics = record.get(metric_set)
    if not isinstance(metrics, dict):
        metrics = {}
    return {key: as_float(metrics.get(key)) for key in METRIC_KEYS}


def format_time(created):
    """ISO 8601 time of a record as local 'YYYY-MM-DD HH:MM' ('' when missing or unparsable)."""
    text = as_text(created)
    if not text:
        return ""
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def format_ratio(ratio):
    """Ratio as short text: 1.0 -> '1', 0.5 -> '0.5', None -> ''."""
    return "" if ratio is None else f"{ratio:g}"


def mean_sd(values):
    """(mean, sample standard deviation (ddof=1), n) of the non-missing *values*.

    mean is None without values; sd is None with fewer than two values.
    """
    numbers = [v for v in (as_float(x) for x in values) if v is not None]
    n = len(numbers)
    if n == 0:
        return None, None, 0
    mean = sum(numbers) / n
    if n < 2:
        return mean, None, n
    variance = sum((v - mean) ** 2 for v in numbers) / (n - 1)
    return mean, math.sqrt(variance), n


def test_set_of(record):
    """The test set kind of *record* ('rn', 'random', 'area'), or '' when it does not say."""
    return as_text(record.get("test_set")).lower()


def test_data_of(record):
    """What identifies the test data of *record*: its test data hash, else 'dataset:<name>'."""
    hashes = record.get("data_hashes")
    digest = as_text(hashes.get("test")) if isinstance(hashes, dict) else ""
    return digest or "dataset:" + as_text(record.get("dataset"))


def has_metrics(record):
    """True when *record* holds at least one test metric."""
    return any(v is not None for v in metric_values(record).values())


def record_section(record):
    """The dock section of *record*: 'priors' (a PU prior), 'metrics' (test metrics) or 'maps'."""
    if as_text(record.get("algorithm")) in PRIOR_ALGORITHMS or as_text(record.get("kind")) == "prior":
        return "priors"
    return "metrics" if has_metrics(record) else "maps"


def split_sections(records):
    """{section: [records]} for every name of SECTIONS, in the order of *records*."""
    sections = {name: [] for name in SECTIONS}
    for record in records:
        sections[record_section(record)].append(record)
    return sections


def group_key(record):
    """The key shared by repeats of one configuration: (algorithm, model, ratio, dataset, group,
    test set)."""
    return (
        as_text(record.get("algorithm")),
        as_text(record.get("model_type")),
        as_float(record.get("ratio")),
        as_text(record.get("dataset")),
        as_text(record.get("group")),
        test_set_of(record),
    )


def record_row(record, metric_set="metrics"):
    """One table row for one run (see table_rows for the keys)."""
    values = metric_values(record, metric_set)
    return {
        "run_ids": [as_text(record.get("run_id"))],
        "records": [record],
        "name": as_text(record.get("name")) or as_text(record.get("run_id")),
        "created": as_text(record.get("created")),
        "algorithm": as_text(record.get("algorithm")),
        "model_type": as_text(record.get("model_type")),
        "ratio": as_float(record.get("ratio")),
        "repeat": as_int(record.get("repeat")),
        "dataset": as_text(record.get("dataset")),
        "group": as_text(record.get("group")),
        "test_set": test_set_of(record),
        "test_data": test_data_of(record),
        "n": 1,
        "values": values,
        "sd": dict.fromkeys(METRIC_KEYS),
        "per_run": {key: [value] for key, value in values.items()},
    }


def group_rows(records, metric_set="metrics"):
    """One row per repeat group: metric means with sample sd and the member runs.

    Groups keep the order of their first run in *records*; 'repeat' is None and 'n' the number of
    runs; 'created' is the time of the latest run.
    """
    groups = {}
    for record in records:
        groups.setdefault(group_key(record), []).append(record)
    rows = []
    for (algorithm, model_type, ratio, dataset, group, kind), members in groups.items():
        per_run = {key: [] for key in METRIC_KEYS}
        for member in members:
            for key, value in metric_values(member, metric_set).items():
                per_run[key].append(value)
        values, sds = {}, {}
        for key in METRIC_KEYS:
            values[key], sds[key], _ = mean_sd(per_run[key])
        names = {as_text(m.get("name")) for m in members}
        data = {test_data_of(m) for m in members}
        rows.append(
            {
                "run_ids": [as_text(m.get("run_id")) for m in members],
                "records": list(members),
                "name": names.pop() if len(names) == 1 else "",
                "created": max(as_text(m.get("created")) for m in members),
                "algorithm": algorithm,
                "model_type": model_type,
                "ratio": ratio,
                "repeat": None,
                "dataset": dataset,
                "group": group,
                "test_set": kind,
                "test_data": data.pop() if len(data) == 1 else "dataset:" + dataset,
                "n": len(members),
                "values": values,
                "sd": sds,
                "per_run": per_run,
            }
        )
    return rows


def table_rows(records, grouped=False, metric_set="metrics"):
    """Rows of the runs table: one per run, or one per repeat group when *grouped*.

    Each row is a dict with run_ids, records, name, created, algorithm, model_type, ratio, repeat,
    dataset, group, n, values {metric: value or mean}, sd {metric: sd or None}, per_run {metric: [..]}.
    """
    if grouped:
        return group_rows(records, metric_set)
    return [record_row(record, metric_set) for record in records]


def best_values(rows):
    """{metric key: the highest value among *rows*} (None when the column is empty)."""
    best = {}
    for key in METRIC_KEYS:
        values = [row["values"][key] for row in rows if row["values"].get(key) is not None]
        best[key] = max(values) if values else None
    return best


def is_best(row, key, best, tolerance=1e-12):
    """True when *row*'s value of *key* equals the column best (ties are all best)."""
    value = row["values"].get(key)
    return value is not None and best.get(key) is not None and value >= best[key] - tolerance


def comparable_key(row):
    """Rows with equal keys may be ranked against each other: (test set kind, test data)."""
    return (row.get("test_set", ""), row.get("test_data", ""))


def best_among_comparable(rows):
    """{comparable_key: {metric key: highest value}} over *rows*: best values within each set of
    comparable rows (the same test set kind and test data), never across them."""
    by_key = {}
    for row in rows:
        by_key.setdefault(comparable_key(row), []).append(row)
    return {key: best_values(members) for key, members in by_key.items()}


def is_best_among(row, key, best_by, tolerance=1e-12):
    """True when *row*'s value of *key* is the best among its comparable rows (best_among_comparable)."""
    best = best_by.get(comparable_key(row))
    return best is not None and is_best(row, key, best, tolerance)


def uses_rn(rows):
    """True when a row of *rows* with a metric was measured on reliable negatives ('rn')."""
    return any(
        row.get("test_set") == "rn" and any(v is not None for v in row["values"].values()) for row in rows
    )


def filter_choices(records):
    """Sorted distinct (model types, ratios, datasets) of *records*, for the dock's filters."""
    models = sorted({as_text(r.get("model_type")) for r in records} - {""})
    ratios = sorted({as_float(r.get("ratio")) for r in records} - {None})
    datasets = sorted({as_text(r.get("dataset")) for r in records} - {""})
    return models, ratios, datasets


def filter_records(records, model=None, ratio=None, dataset=None):
    """The records matching every filter that is not None."""
    kept = []
    for record in records:
        if model is not None and as_text(record.get("model_type")) != model:
            continue
        if ratio is not None and as_float(record.get("ratio")) != as_float(ratio):
            continue
        if dataset is not None and as_text(record.get("dataset")) != dataset:
            continue
        kept.append(record)
    return kept


def csv_table(rows, grouped=False):
    """(header, rows of cells) of the table for CSV export, at full precision.

    Per run: run_id, name, created, algorithm, model_type, ratio, repeat, dataset, group, threshold
    and one column per metric. Grouped: the configuration, n, run_ids and <metric>_mean, <metric>_sd.
    """

    def cell(value):
        if value is None:
            return ""
        if isinstance(value, float):
            return repr(value)
        return str(value)

    if grouped:
        header = ["algorithm", "model_type", "ratio", "test_set", "dataset", "group", "n", "run_ids"]
        for key in METRIC_KEYS:
            header += [f"{key}_mean", f"{key}_sd"]
        body = []
        for row in rows:
            line = [row["algorithm"], row["model_type"], row["ratio"], row["test_set"], row["dataset"]]
            line += [row["group"], row["n"]]
            line.append(" ".join(row["run_ids"]))
            for key in METRIC_KEYS:
                line += [row["values"][key], row["sd"][key]]
            body.append([cell(v) for v in line])
        return header, body
    header = [
        "run_id",
        "name",
        "created",
        "algorithm",
        "model_type",
        "ratio",
        "repeat",
        "test_set",
        "dataset",
    ]
    header += ["group"]
    header += ["threshold"] + list(METRIC_KEYS)
    body = []
    for row in rows:
        record = row["records"][0]
        line = [row["run_ids"][0], row["name"], row["created"], row["algorithm"], row["model_type"]]
        line += [row["ratio"], row["repeat"], row["test_set"], row["dataset"], row["group"]]
        line.append(as_float(record.get("threshold")))
        line += [row["values"][key] for key in METRIC_KEYS]
        body.append([cell(v) for v in line])
    return header, body


def write_csv(path, rows, grouped=False):
    """Write the table *rows* to the CSV file *path* (UTF-8, comma separated); returns the path."""
    header, body = csv_table(rows, grouped)
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(body)
    os.replace(tmp, path)
    return path


def save_record(record):
    """Write *record* back to its file (record['_path']) atomically, without the private keys."""
    path = record.get("_path")
    if not path:
        raise ValueError("the record has no file path")
    data = {k: v for k, v in record.items() if not str(k).startswith("_")}
    return write_json_atomic(path, data)  # a unique temporary name: renames of one record never race


def rename_record(record, name):
    """Set the display name of *record* and save it; returns the new name."""
    name = as_text(name)
    if not name:
        raise ValueError("a run name cannot be empty")
    record["name"] = name
    save_record(record)
    return name


def delete_record(record):
    """Delete the record file of *record* (the run's outputs stay where they are)."""
    path = record.get("_path")
    if path and os.path.exists(path) and path.endswith(SUFFIX):
        os.remove(path)


def series_label(model_type, dataset, several_datasets):
    """Legend label of a model series: the model type, with the dataset when several are shown."""
    label = model_type or "?"
    return f"{label} ({dataset})" if several_datasets and dataset else label


def ratio_series(records, metric, metric_set="metrics"):
    """Metric versus imbalance ratio: {label: [(ratio, mean, sd, n), ...] sorted by ratio}.

    One series per model type (and dataset when the records span several, and test set kind when they
    hold several); runs without a ratio or without the metric are left out.
    """
    several = len({as_text(r.get("dataset")) for r in records}) > 1
    test_sets = len({test_set_of(r) for r in records}) > 1
    points = {}
    for record in records:
        ratio = as_float(record.get("ratio"))
        value = metric_values(record, metric_set).get(metric)
        if ratio is None or value is None:
            continue
        label = series_label(as_text(record.get("model_type")), as_text(record.get("dataset")), several)
        if test_sets:  # never one line through values of different test sets
            label += " [{}]".format(test_set_of(record) or "?")
        points.setdefault(label, {}).setdefault(ratio, []).append(value)
    series = {}
    for label, by_ratio in points.items():
        series[label] = [(ratio, *mean_sd(values)) for ratio, values in sorted(by_ratio.items())]
    return series


def curve(record, kind):
    """(x, y) lists of the 'roc' (fpr, tpr) or 'pr' (recall, precision) curve of *record*, or None."""
    curves = record.get("curves")
    if not isinstance(curves, dict) or not isinstance(curves.get(kind), dict):
        return None
    data = curves[kind]
    x_key, y_key = ("fpr", "tpr") if kind == "roc" else ("recall", "precision")
    x, y = data.get(x_key), data.get(y_key)
    if not isinstance(x, list) or not isinstance(y, list) or len(x) != len(y) or len(x) < 2:
        return None
    x = [as_float(v) for v in x]
    y = [as_float(v) for v in y]
    if None in x or None in y:
        return None
    return x, y


def prevalence(record):
    """Share of positives among the test samples, from the confusion counts (None if unknown)."""
    counts = record.get("confusion")
    if not isinstance(counts, dict):
        return None
    tp, fp, tn, fn = (as_float(counts.get(k)) for k in ("tp", "fp", "tn", "fn"))
    if None in (tp, fp, tn, fn) or tp + fp + tn + fn <= 0:
        return None
    return (tp + fn) / (tp + fp + tn + fn)


def class_area_series(records):
    """Class-area distribution per model: (labels, {series label: (area %, landslide % or None)}).

    Percentages are averaged over the runs of a model that share the class labels of the first run
    with class areas; runs with other labels or without class areas are left out.
    """
    labels = None
    several = len({as_text(r.get("dataset")) for r in records}) > 1
    collected = {}
    for record in records:
        areas = record.get("class_areas")
        if not isinstance(areas, dict) or not isinstance(areas.get("labels"), list):
            continue
        these = [as_text(v) for v in areas["labels"]]
        percent = areas.get("percent")
        if not isinstance(percent, list) or len(percent) != len(these):
            continue
        if labels is None:
            labels = these
        if these != labels:
            continue
        slides = areas.get("landslide_percent")
        if not isinstance(slides, list) or len(slides) != len(these):
            slides = None
        label = series_label(as_text(record.get("model_type")), as_text(record.get("dataset")), several)
        entry = collected.setdefault(label, ([], []))
        entry[0].append([as_float(v) for v in percent])
        if slides is not None:
            entry[1].append([as_float(v) for v in slides])
    series = {}
    for label, (percents, slides) in collected.items():
        area = [mean_sd(column)[0] for column in zip(*percents)]
        landslide = [mean_sd(column)[0] for column in zip(*slides)] if slides else None
        series[label] = (area, landslide)
    return labels or [], series


def rate_curve_series(records):
    """[(record, kind, area shares, landslide shares, auc)] of the rate curves of *records*
    (record['rate_curves'] {'success'|'prediction': {area_share, landslide_share, auc}})."""
    series = []
    for record in records:
        curves = record.get("rate_curves")
        if not isinstance(curves, dict):
            continue
        for kind in ("success", "prediction"):
            data = curves.get(kind)
            if not isinstance(data, dict):
                continue
            x = [as_float(v) for v in data.get("area_share") or []]
            y = [as_float(v) for v in data.get("landslide_share") or []]
            if len(x) >= 2 and len(x) == len(y) and None not in x and None not in y:
                series.append((record, kind, x, y, as_float(data.get("auc"))))
    return series


def fold_values(records, metric):
    """[(record, [fold values of *metric*])] of the cross-validation records of *records*
    (record['fold_metrics'] {metric: [values]}), records without two values left out."""
    found = []
    for record in records:
        folds = record.get("fold_metrics")
        values = folds.get(metric) if isinstance(folds, dict) else None
        numbers = [v for v in (as_float(x) for x in values or []) if v is not None]
        if len(numbers) >= 2:
            found.append((record, numbers))
    return found


def stores_of_results(results, default_folder="lsm_runs"):
    """Run store folders a finished algorithm wrote its record(s) to, found from its *results*.

    The folder of a result that is a run record file (RUN_RECORD of lsm:trainmodel, lsm:trainlsnet,
    ...); else '<default_folder>' beside an output file when it holds run records (the store of a
    run without a saved project, see LsmAlgorithm.default_run_store). Existing folders only, absolute,
    without duplicates, in the order of the results.
    """
    folders, seen = [], set()

    def add(folder):
        key = os.path.normcase(os.path.realpath(folder))
        if key not in seen:
            seen.add(key)
            folders.append(folder)

    if not isinstance(results, dict):
        return folders
    values = [value for value in results.values() if isinstance(value, str) and value]
    for value in values:
        path = value.split("|")[0]
        if path.endswith(SUFFIX) and os.path.isfile(path):
            add(os.path.dirname(os.path.abspath(path)))
    for value in values:
        path = value.split("|")[0]
        if path.endswith(SUFFIX) or not os.path.isfile(path):
            continue
        beside = os.path.join(os.path.dirname(os.path.abspath(path)), default_folder)
        try:
            holds_records = os.path.isdir(beside) and any(
                name.endswith(SUFFIX) for name in os.listdir(beside)
            )
        except OSError:
            holds_records = False
        if holds_records:
            add(beside)
    return folders
