"""Unit tier: fixtures shared by several unit test modules."""

import pytest


@pytest.fixture(scope="module")
def dask_cluster():
    """A local Dask cluster of 2 worker processes (1 thread each), one per test module that asks."""
    distributed = pytest.importorskip("distributed", reason="dask distributed is not installed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster:
        yield cluster
