"""core.runrecord index of run stores: a store is listed once however often and by whatever path it
is indexed, the index keeps its cap (folders that no longer exist go first, then the least recently
written), files that are not entries are skipped and left alone, unindex_store removes one, names are
safe on Windows and two writers at once leave complete entries."""

import json
import os
import re
import threading
import time

import pytest
from landslide_susceptibility.core import runrecord
from landslide_susceptibility.core.paths import RUN_INDEX_DIRNAME, run_index_folder
from landslide_susceptibility.core.runrecord import (
    INDEX_SUFFIX,
    INDEX_TMP_SECONDS,
    index_entry_path,
    index_store,
    indexed_stores,
    prune_index,
    unindex_store,
)

#: characters Windows forbids in a file name, and its reserved device names
WINDOWS_BAD = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


def _stores(tmp_path, count, prefix="store"):
    folders = []
    for number in range(count):
        folder = tmp_path / f"{prefix}{number}" / "lsm_runs"
        folder.mkdir(parents=True)
        folders.append(str(folder))
    return folders


def _entry_files(index):
    return sorted(n for n in os.listdir(index) if n.endswith(INDEX_SUFFIX))


def _age(index, store, seconds_ago):
    """Make *store*'s entry look written *seconds_ago*."""
    stamp = time.time() - seconds_ago
    os.utime(index_entry_path(str(index), store), (stamp, stamp))


def test_index_folder_is_inside_the_profile_store(tmp_path):
    assert run_index_folder(str(tmp_path / "lsm_runs")) == str(tmp_path / "lsm_runs" / RUN_INDEX_DIRNAME)


def test_a_store_is_listed_once_however_many_times_and_paths(tmp_path):
    index = tmp_path / "profile" / "lsm_runs" / "index"  # made by the first index_store
    (store,) = _stores(tmp_path, 1)
    link = tmp_path / "link"
    link.symlink_to(os.path.dirname(store))
    spellings = [
        store,
        store + os.sep,
        os.path.join(os.path.dirname(store), "..", "store0", "lsm_runs"),
        str(link / "lsm_runs"),
    ]
    paths = {index_store(str(index), spelling) for spelling in spellings * 3}
    assert len(paths) == 1 and os.path.isfile(paths.pop())
    assert len(_entry_files(index)) == 1
    assert len(indexed_stores(str(index))) == 1
    assert os.path.realpath(indexed_stores(str(index))[0]) == os.path.realpath(store)
    assert not [n for n in os.listdir(index) if n.endswith(".tmp")]  # no temporary file left


def test_entries_are_complete_json_with_the_store(tmp_path):
    index = tmp_path / "index"
    (store,) = _stores(tmp_path, 1)
    path = index_store(str(index), store)
    with open(path, encoding="utf-8") as handle:
        entry = json.load(handle)
    assert entry["schema"] == "lsm-run-store" and entry["schema_version"] == 1
    assert entry["store"] == store and entry["updated"]


def test_entry_names_are_safe_on_windows(tmp_path):
    index = tmp_path / "index"
    odd = tmp_path / "name with spaces, é ñ 漢字 and a very long part {}".format("x" * 120) / "lsm_runs"
    odd.mkdir(parents=True)
    for store in (str(odd), "/c:/aux/con", str(tmp_path / "COM1")):
        path = index_store(str(index), store)
        name = os.path.basename(path)
        assert re.fullmatch(r"[0-9a-f]{20}\.lsmstore\.json", name), name
        assert not WINDOWS_BAD.search(name) and name.split(".")[0].lower() not in WINDOWS_RESERVED
        assert len(name) < 64  # far below MAX_PATH whatever the profile folder
    assert str(odd) in indexed_stores(str(index))


def test_stores_missing_or_not_are_listed_sorted(tmp_path):
    index = tmp_path / "index"
    alive = _stores(tmp_path, 2)
    gone = str(tmp_path / "gone" / "lsm_runs")
    for store in (alive[1], gone, alive[0]):
        index_store(str(index), store)
    assert indexed_stores(str(index)) == sorted([*alive, gone])
    assert indexed_stores(str(tmp_path / "no_index")) == []


def test_prune_keeps_the_cap_dead_first_then_oldest(tmp_path):
    index = tmp_path / "index"
    alive = _stores(tmp_path, 4)
    dead = [str(tmp_path / f"deleted{n}" / "lsm_runs") for n in range(2)]
    for store in alive + dead:
        index_store(str(index), store, cap=100)
    # ages: the dead ones are the newest entries, alive[0] the oldest
    for age, store in zip((500, 400, 300, 200, 20, 10), alive + dead):
        _age(index, store, age)
    assert prune_index(str(index), cap=6) == []  # at the cap: nothing goes
    removed = prune_index(str(index), cap=3)
    assert sorted(removed) == sorted([*dead, alive[0]])  # dead first, newest or not, then the oldest
    assert indexed_stores(str(index)) == sorted(alive[1:])
    assert len(_entry_files(index)) == 3


def test_index_store_keeps_the_cap_and_the_new_entry(tmp_path):
    index = tmp_path / "index"
    stores = _stores(tmp_path, 5)
    for age, store in zip((50, 40, 30, 20), stores[:4]):
        index_store(str(index), store, cap=4)
        _age(index, store, age)
    index_store(str(index), stores[4], cap=4)  # over the cap: the oldest alive one goes
    assert indexed_stores(str(index)) == sorted(stores[1:])
    # indexing a listed store again refreshes it: then it is not the oldest any more
    index_store(str(index), stores[1], cap=4)
    index_store(str(index), stores[0], cap=4)
    assert stores[1] in indexed_stores(str(index)) and stores[2] not in indexed_stores(str(index))
    assert len(_entry_files(index)) == 4


def test_a_store_deleted_after_indexing_goes_first(tmp_path):
    index = tmp_path / "index"
    stores = _stores(tmp_path, 3)
    for age, store in zip((30, 20, 10), stores):
        index_store(str(index), store)
        _age(index, store, age)
    os.rename(stores[2], stores[2] + "_moved")  # the newest store is deleted
    assert prune_index(str(index), cap=2) == [stores[2]]
    assert indexed_stores(str(index)) == stores[:2]


def test_an_entry_refreshed_while_pruning_is_kept(tmp_path, monkeypatch):
    index = tmp_path / "index"
    stores = _stores(tmp_path, 3)
    for age, store in zip((30, 20, 10), stores):
        index_store(str(index), store)
        _age(index, store, age)
    oldest = index_entry_path(str(index), stores[0])
    real_mtime, calls = runrecord._mtime, []

    def mtime(path):  # another process rewrites the oldest entry between ranking and removing
        if path == oldest:
            calls.append(path)
            if len(calls) == 2:
                _age(index, stores[0], 0)
        return real_mtime(path)

    monkeypatch.setattr(runrecord, "_mtime", mtime)
    assert prune_index(str(index), cap=2) == []
    assert indexed_stores(str(index)) == stores


def test_cap_below_one_keeps_the_newest(tmp_path):
    index = tmp_path / "index"
    stores = _stores(tmp_path, 2)
    index_store(str(index), stores[0])
    _age(index, stores[0], 60)
    index_store(str(index), stores[1], cap=0)
    assert indexed_stores(str(index)) == [stores[1]]


def _write(path, data):
    with open(path, "w" if isinstance(data, str) else "wb") as handle:
        handle.write(data)


def test_unreadable_and_foreign_files_are_skipped_and_left_alone(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    (store,) = _stores(tmp_path, 1)
    foreign = {
        "garbage" + INDEX_SUFFIX: "{not json",
        "binary" + INDEX_SUFFIX: b"\xff\xfe\x00\x81",
        "other_schema" + INDEX_SUFFIX: json.dumps({"schema": "lsm-run", "store": store}),
        "a_list" + INDEX_SUFFIX: json.dumps([store]),
        "relative" + INDEX_SUFFIX: json.dumps({"schema": "lsm-run-store", "store": "lsm_runs"}),
        "not_text" + INDEX_SUFFIX: json.dumps({"schema": "lsm-run-store", "store": 42}),
        "nul" + INDEX_SUFFIX: json.dumps({"schema": "lsm-run-store", "store": "/a\u0000b"}),
        "deep" + INDEX_SUFFIX: "[" * 5000 + "]" * 5000,
        "huge" + INDEX_SUFFIX: json.dumps({"schema": "lsm-run-store", "store": store, "x": "y" * 70_000}),
        "notes.txt": "a user's file",
        "." + "hidden" + INDEX_SUFFIX: json.dumps({"schema": "lsm-run-store", "store": store}),
    }
    for name, data in foreign.items():
        _write(index / name, data)
    (index / ("a_folder" + INDEX_SUFFIX)).mkdir()
    assert indexed_stores(str(index)) == []
    index_store(str(index), store, cap=1)  # the foreign files are not entries: none counts, none goes
    assert indexed_stores(str(index)) == [store]
    assert all((index / name).exists() for name in foreign)
    assert prune_index(str(index), cap=1) == []
    assert unindex_store(str(index), store)
    assert all((index / name).exists() for name in foreign) and indexed_stores(str(index)) == []


def test_stale_temporary_files_go_fresh_ones_stay(tmp_path):
    index = tmp_path / "index"
    index.mkdir()
    stale, fresh = index / ".x.lsmstore.json.abc.tmp", index / ".y.lsmstore.json.def.tmp"
    for path in (stale, fresh):
        _write(path, "{")
    old = time.time() - INDEX_TMP_SECONDS - 60
    os.utime(stale, (old, old))
    prune_index(str(index))
    assert not stale.exists() and fresh.exists()


def test_unindex(tmp_path):
    index = tmp_path / "index"
    stores = _stores(tmp_path, 2)
    for store in stores:
        index_store(str(index), store)
    assert unindex_store(str(index), stores[0] + os.sep)  # another spelling of the same folder
    assert indexed_stores(str(index)) == [stores[1]]
    assert os.path.isdir(stores[0])  # the folder itself is left alone
    assert not unindex_store(str(index), stores[0])  # not listed any more
    assert not unindex_store(str(tmp_path / "no_index"), stores[0])
    # a deleted store is unindexed the same way
    os.rename(stores[1], stores[1] + "_moved")
    assert unindex_store(str(index), stores[1]) and indexed_stores(str(index)) == []


def test_unindex_removes_an_unreadable_entry_of_its_own_name(tmp_path):
    index = tmp_path / "index"
    (store,) = _stores(tmp_path, 1)
    path = index_store(str(index), store)
    _write(path, "")  # emptied (a full disk)
    assert indexed_stores(str(index)) == []
    assert unindex_store(str(index), store) and not os.path.exists(path)


def test_a_nul_in_the_store_path_is_refused(tmp_path):
    with pytest.raises(ValueError, match="NUL"):
        index_store(str(tmp_path / "index"), "/a\0b")


def test_two_writers_at_once_leave_complete_entries(tmp_path):
    index = tmp_path / "index"
    stores = _stores(tmp_path, 8)
    errors = []

    def writer(order):
        try:
            for _ in range(15):
                for store in order:
                    index_store(str(index), store, cap=6)
        except Exception as exc:  # noqa: BLE001 (collected, asserted below)
            errors.append(exc)

    threads = [
        threading.Thread(target=writer, args=(o,)) for o in (stores, stores[::-1], stores[2:] + stores[:2])
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    listed = indexed_stores(str(index))
    assert 1 <= len(listed) <= 6 and set(listed) <= set(stores)
    assert len(_entry_files(index)) == len(listed)  # every entry file is a complete entry
    assert not [n for n in os.listdir(index) if n.endswith(".tmp")]


def test_rename_is_tried_again_on_windows_only(tmp_path, monkeypatch):
    target = tmp_path / "entry.json"
    failures = []
    real_replace = os.replace

    def flaky(source, dest):
        if len(failures) < 2:
            failures.append(dest)
            raise PermissionError(13, "The process cannot access the file", str(dest))
        real_replace(source, dest)

    monkeypatch.setattr(runrecord.os, "replace", flaky)
    monkeypatch.setattr(runrecord.time, "sleep", lambda _s: None)
    with pytest.raises(PermissionError):  # elsewhere a refused rename is a real error, at once
        runrecord.write_json_atomic(str(target), {"a": 1})
    assert len(failures) == 1 and not target.exists() and os.listdir(tmp_path) == []
    failures.clear()
    monkeypatch.setattr(runrecord, "_WINDOWS", True)
    runrecord.write_json_atomic(str(target), {"a": 1})
    assert len(failures) == 2 and json.loads(target.read_text()) == {"a": 1}
    assert os.listdir(tmp_path) == ["entry.json"]
