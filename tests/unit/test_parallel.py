"""core.parallel: n_jobs meaning, ordered maps, cancel, read-ahead and write-behind."""

import os
import threading
import time

import pytest
from landslide_susceptibility.core.errors import Canceled, LsmError
from landslide_susceptibility.core.parallel import (
    Threads,
    WriteBehind,
    imap_ahead,
    map_threads,
    resolve_n_jobs,
)
from landslide_susceptibility.core.progress import NullFeedback


def test_resolve_n_jobs_follows_joblib():
    cores = os.cpu_count() or 1
    assert resolve_n_jobs(None) == 1
    assert resolve_n_jobs(3) == 3
    assert resolve_n_jobs(-1) == cores
    assert resolve_n_jobs(-2) == max(1, cores - 1)
    assert resolve_n_jobs(-1000) == 1
    assert resolve_n_jobs(8, n_tasks=2) == 2
    with pytest.raises(LsmError, match="-1 for every core"):
        resolve_n_jobs(0)


@pytest.mark.parametrize("n_jobs", [1, 2, 4])
def test_map_threads_keeps_order_and_reports_progress(n_jobs):
    feedback = NullFeedback()
    seen = []
    out = map_threads(lambda x: x * x, range(20), n_jobs, feedback, on_done=lambda i, r, n: seen.append(i))
    assert out == [x * x for x in range(20)]
    assert sorted(seen) == list(range(20))
    assert feedback.progress == 100.0


def test_map_threads_propagates_errors():
    def boom(x):
        if x == 5:
            raise ValueError("five")
        return x

    with pytest.raises(ValueError, match="five"):
        map_threads(boom, range(10), 2)


def test_map_threads_stops_on_cancel():
    feedback = NullFeedback()
    started = []

    def work(x):
        started.append(x)
        if x == 2:
            feedback.cancel()
        time.sleep(0.01)
        return x

    with pytest.raises(Canceled):
        map_threads(work, range(200), 2, feedback)
    assert len(started) < 200
    with pytest.raises(Canceled):
        map_threads(work, range(5), 1, feedback)


def test_threads_pool_is_reusable():
    with Threads(2) as threads:
        assert threads.map(str, [1, 2, 3], progress=False) == ["1", "2", "3"]
        assert threads.map(abs, [-1, -2]) == [1, 2]


def test_imap_ahead_in_order_and_reads_ahead():
    names = set()

    def read(x):
        names.add(threading.current_thread().name)
        return x + 1

    with imap_ahead(read, range(6)) as blocks:
        assert list(blocks) == [1, 2, 3, 4, 5, 6]
    assert threading.current_thread().name not in names and len(names) == 1
    assert list(imap_ahead(read, [])) == []


def test_imap_ahead_stops_early_without_running_everything():
    calls = []
    with imap_ahead(calls.append, range(100)) as blocks:
        next(blocks)
    time.sleep(0.05)
    assert len(calls) <= 3


def test_write_behind_runs_in_order_and_raises_late_errors():
    order = []
    with WriteBehind() as writer:
        for i in range(5):
            writer.submit(order.append, i)
    assert order == [0, 1, 2, 3, 4]
    writer = WriteBehind()
    writer.submit(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        writer.join()
    writer.close()
