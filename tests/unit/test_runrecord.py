"""core.runrecord: records validated field by field; a bad file is listed as unreadable with the
reason and never raises out of read_store; writes go through unique temporary names. Hypothesis
throws random JSON at the reader."""

import json
import os
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from landslide_susceptibility.core import report, run_compare, runrecord
from landslide_susceptibility.core.runrecord import (
    SUFFIX,
    UnreadableRecord,
    new_record,
    read_record,
    read_store,
    write_json_atomic,
    write_record,
)


def _good(**fields):
    base = dict(
        model_type="brf",
        ratio=5.0,
        repeat=0,
        dataset="ecuador",
        metrics={"roc_auc": 0.9, "kappa": -0.1, "oa": None},
        confusion={"tp": 3, "fp": 1, "tn": 5, "fn": 0},
        curves={"roc": {"fpr": [0.0, 1.0], "tpr": [0.0, 1.0]}},
        class_areas={"labels": ["low", "high"], "percent": [60.0, 40.0]},
        outputs={"bundle": "/x/m.lsmodel"},
        threshold=0.5,
    )
    base.update(fields)
    return new_record("lsm:trainmodel", **base)


def test_round_trip_and_unique_temporary_names(tmp_path):
    record = _good()
    path = write_record(str(tmp_path), record)
    assert os.listdir(tmp_path) == [os.path.basename(path)]
    read = read_record(path)
    assert read.pop("_path") == path
    assert read == json.loads(json.dumps(record))
    records, unreadable = read_store(str(tmp_path))
    assert [r["run_id"] for r in records] == [record["run_id"]] and unreadable == []


def _bad_cases():
    deep = {"a": 1}
    for _ in range(40):
        deep = {"a": deep}
    return {
        "schema_version_text": (_good(schema_version="x"), "schema_version 'x' is not a whole number"),
        "schema_version_bool": (_good(schema_version=True), "schema_version True"),
        "newer": (_good(schema_version=99), "newer than this plugin reads"),
        "created_number": (_good(created=1700000000), "'created' is not an ISO 8601 time"),
        "created_text": (_good(created="yesterday"), "'created' is not an ISO 8601 time"),
        "run_id_number": (dict(_good(), run_id=12), "'run_id' is not a non-empty text"),
        "no_algorithm": ({k: v for k, v in _good().items() if k != "algorithm"}, "missing 'algorithm'"),
        "nested_40": (_good(summary=deep), "nested more than 32 levels"),
        "list": ([1, 2, 3], "not an lsm run record"),
        "other_schema": ({"schema": "x"}, "not an lsm run record"),
        "ratio_text": (_good(ratio="five"), "'ratio' is not a number"),
        "ratio_negative": (_good(ratio=-1), r"'ratio' is -1, outside"),
        "repeat_float": (_good(repeat=1.5), "'repeat' is not a whole number"),
        "metrics_range": (_good(metrics={"roc_auc": 3.0}), r"metrics: 'roc_auc' is 3.0, outside"),
        "metrics_text": (_good(metrics_best={"f1": "high"}), "metrics_best: 'f1' is not a number"),
        "metrics_list": (_good(metrics=[0.9]), "'metrics' is not an object"),
        "confusion": (_good(confusion={"tp": -3}), "confusion: 'tp' is -3"),
        "curve": (
            _good(curves={"roc": {"fpr": "0,1", "tpr": [0, 1]}}),
            "curves.roc.fpr is not a list of numbers",
        ),
        "curve_kind": (_good(curves={"pr": [1, 2]}), "curves: 'pr' is not an object"),
        "areas": (_good(class_areas={"labels": "a", "percent": [1]}), "class_areas.labels is not a list"),
        "outputs": (_good(outputs={"bundle": 3}), "outputs: a value is not a file path"),
        "name": (_good(name=["x"]), "'name' is not text"),
    }


@pytest.mark.parametrize("case", sorted(_bad_cases()))
def test_bad_records_are_listed_with_the_reason(case, tmp_path):
    record, reason = _bad_cases()[case]
    good = _good()
    write_record(str(tmp_path), good)
    path = tmp_path / f"bad{SUFFIX}"
    path.write_text(json.dumps(record), encoding="utf-8")
    records, unreadable = read_store(str(tmp_path))
    assert [r["run_id"] for r in records] == [good["run_id"]]
    assert len(unreadable) == 1 and unreadable[0].path == str(path)
    assert __import__("re").search(reason, unreadable[0].reason), unreadable[0].reason


@pytest.mark.parametrize(
    "content,reason",
    [
        (b'{"schema": "lsm-run", "run_id": ', "not valid JSON"),
        (b"[" * 200000 + b"]" * 200000, "not valid JSON: nested too deeply"),
        (b'{"a": ' * 200000 + b"1" + b"}" * 200000, "not valid JSON: nested too deeply"),
        (b"\xff\xfe\x00garbage", "cannot read the file"),
        (b"NaN", "not an lsm run record"),
    ],
    ids=["truncated", "deep_lists", "deep_objects", "not_utf8", "nan"],
)
def test_unparsable_files_are_unreadable(content, reason, tmp_path):
    path = tmp_path / f"x{SUFFIX}"
    path.write_bytes(content)
    result = read_record(str(path))
    assert isinstance(result, UnreadableRecord) and reason in result.reason


def test_huge_file_is_not_read(tmp_path, monkeypatch):
    path = tmp_path / f"huge{SUFFIX}"
    with open(path, "wb") as handle:
        handle.truncate(runrecord.MAX_RECORD_BYTES + 1)  # sparse: nothing is allocated
    result = read_record(str(path))
    assert isinstance(result, UnreadableRecord) and "more than a run record can be" in result.reason


def test_store_that_cannot_be_listed_or_an_unexpected_error_is_reported(tmp_path, monkeypatch):
    write_record(str(tmp_path), _good())

    def boom(path):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(runrecord, "read_record", boom)
    records, unreadable = read_store(str(tmp_path))
    assert records == [] and "RuntimeError: disk on fire" in unreadable[0].reason


def test_concurrent_writes_and_renames_of_one_record_never_collide(tmp_path):
    record = read_record(write_record(str(tmp_path), _good()))
    errors = []

    def rename(n):
        try:
            for i in range(25):
                run_compare.rename_record(dict(record), f"name {n}-{i}")
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=rename, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert os.listdir(tmp_path) == [os.path.basename(record["_path"])]  # no temporary file left
    assert read_record(record["_path"])["name"].startswith("name ")


def test_failed_write_leaves_the_record_and_no_temporary_file(tmp_path):
    path = write_record(str(tmp_path), _good())
    before = open(path, encoding="utf-8").read()
    with pytest.raises(TypeError):
        write_json_atomic(path, {"not json": object()})
    assert open(path, encoding="utf-8").read() == before
    assert os.listdir(tmp_path) == [os.path.basename(path)]


# -- property-based ------------------------------------------------------------------------------

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=30,
)
KEYS = (
    "schema_version",
    "run_id",
    "created",
    "algorithm",
    "name",
    "model_type",
    "ratio",
    "repeat",
    "dataset",
    "group",
    "threshold",
    "best_threshold",
    "metrics",
    "metrics_best",
    "confusion",
    "curves",
    "class_areas",
    "outputs",
    "summary",
)
NUMBERS = st.none() | st.integers(-5, 1000) | st.floats(-2, 2) | st.just(float("nan"))
METRICS = st.dictionaries(st.sampled_from(["roc_auc", "pr_auc", "kappa", "f1", "oa", "x"]), NUMBERS | JSON)
VALUES = {
    "schema_version": st.integers(-1, 3) | JSON,
    "created": st.sampled_from(["2026-01-01T10:00:00+00:00", "2025-12-31", "", "x"]) | JSON,
    "ratio": NUMBERS | JSON,
    "repeat": NUMBERS | JSON,
    "metrics": METRICS | JSON,
    "metrics_best": METRICS,
    "confusion": st.dictionaries(st.sampled_from(["tp", "fp", "tn", "fn"]), NUMBERS) | JSON,
    "curves": st.fixed_dictionaries(
        {}, optional={"roc": st.fixed_dictionaries({}, optional={"fpr": JSON, "tpr": st.lists(NUMBERS)})}
    )
    | JSON,
    "class_areas": st.fixed_dictionaries(
        {}, optional={"labels": st.lists(JSON, max_size=3), "percent": st.lists(NUMBERS, max_size=3)}
    )
    | JSON,
}
RECORDS = st.fixed_dictionaries(
    {"schema": st.just("lsm-run")},
    optional={key: VALUES.get(key, st.text(max_size=12) | JSON) for key in KEYS},
)
#: a valid header, the other keys random: most of these records are read
HEADER = {
    "schema": st.just("lsm-run"),
    "schema_version": st.just(1),
    "run_id": st.text(min_size=1, max_size=12).filter(str.strip),
    "created": st.sampled_from(["2026-01-01T10:00:00+00:00", "2025-12-31", "2026-02-03T04:05:06"]),
    "algorithm": st.sampled_from(["lsm:trainmodel", "lsm:jenksclassify"]),
}
READABLE = st.fixed_dictionaries(
    HEADER, optional={key: VALUES.get(key, st.text(max_size=12) | JSON) for key in KEYS if key not in HEADER}
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("records")


def _check_file(folder, value):
    path = str(folder / f"r{SUFFIX}")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(value, handle)
    result = read_record(path)
    assert isinstance(result, (dict, UnreadableRecord))
    return result


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=JSON)
def test_random_json_never_raises(folder, value):
    result = _check_file(folder, value)
    if not isinstance(value, dict):
        assert isinstance(result, UnreadableRecord)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=RECORDS)
def test_random_records_are_read_or_refused(folder, record):
    result = _check_file(folder, record)
    assert isinstance(result, dict) or result.reason


READ = []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=READABLE)
def test_readers_take_every_record_that_is_read(folder, record):
    result = _check_file(folder, record)
    if isinstance(result, UnreadableRecord):
        assert result.reason
        return
    READ.append(result)
    # what read_record accepts, the comparison and the report can use without an error
    records = [result, dict(result)]
    for grouped in (False, True):
        rows = run_compare.table_rows(records, grouped=grouped)
        run_compare.best_values(rows)
        run_compare.csv_table(rows, grouped=grouped)
    run_compare.filter_choices(records)
    run_compare.ratio_series(records, "roc_auc")
    run_compare.class_area_series(records)
    run_compare.curve(result, "roc")
    run_compare.prevalence(result)
    report.curve_records(records)
    report.class_areas(result)


def test_the_reader_property_sees_records(folder):
    """The property above is not vacuous: a good share of its records are read."""
    READ.clear()
    test_readers_take_every_record_that_is_read(folder)
    assert len(READ) >= 20
