"""Shared test set-up: the plugin importable as `landslide_susceptibility`, sample data paths."""

import gc
import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PLUGIN_PARENT = REPO / "build" / "plugins"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The plugin folder is the repository root; build/plugins/landslide_susceptibility links to it
# (made by `make setup`), so the package imports under its installed name.
link = PLUGIN_PARENT / "landslide_susceptibility"
if not link.exists():
    PLUGIN_PARENT.mkdir(parents=True, exist_ok=True)
    link.symlink_to(REPO, target_is_directory=True)
if str(PLUGIN_PARENT) not in sys.path:
    sys.path.insert(0, str(PLUGIN_PARENT))

#: optional packages: without one, a test that fails only because it is missing skips with this reason
OPTIONAL = {
    "torch": "torch is not installed: pip install torch==2.13.0 (CPU wheel, Python 3.11) or apt install python3-torch",
    "skops": "skops is not installed (Debian has no package): pip install skops",
    "shap": "shap is not installed: pip install shap",
    "lightgbm": "lightgbm is not installed: pip install lightgbm",
    "statsmodels": "statsmodels is not installed (the logistic-regression reference): pip install statsmodels",
}
MISSING = {name: reason for name, reason in OPTIONAL.items() if importlib.util.find_spec(name) is None}
HAS_TORCH = "torch" not in MISSING

SAMPLE_DIR = REPO / "resources" / "sample_data" / "ecuador"
FACTOR_NAMES = ["slope", "cplan", "cprof", "elev", "log10_carea"]


@pytest.fixture(scope="session")
def sample_dir(tmp_path_factory):
    """A session copy of the bundled Ecuador data: QGIS's OGR provider may open a GeoPackage in
    update mode (and touch its header), so tests never open the shipped files themselves."""
    copy = tmp_path_factory.mktemp("sample_data") / "ecuador"
    shutil.copytree(SAMPLE_DIR, copy)
    return copy


@pytest.fixture(scope="session")
def factor_paths(sample_dir):
    """The five single-band factor rasters of the Ecuador data (session copy), by factor name."""
    return {name: str(sample_dir / f"{name}.tif") for name in FACTOR_NAMES}


@pytest.fixture(scope="module")
def few_torch_threads():
    """torch limited to 2 threads for a module (`pytestmark = pytest.mark.usefixtures(...)`); without
    torch nothing happens (the tests that need it skip, the others run)."""
    try:
        import torch
    except ImportError:
        return
    torch.set_num_threads(2)


@pytest.fixture()
def one_torch_thread():
    """torch on 1 thread for one test, the previous count restored after it (the module needs torch)."""
    import torch

    previous = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(previous)


@pytest.fixture(scope="session", autouse=True)
def _collect_before_qgis_exits():
    """Free GDAL/QGIS objects left in reference cycles while QGIS still runs: pytest-qgis exits QGIS
    when pytest unconfigures, and a GDAL dataset the garbage collector frees after that crashes the
    interpreter at exit."""
    yield
    gc.collect()


def _missing_package(exc):
    """The missing optional package that *exc* (or an exception it came from) says cannot be imported: a
    ModuleNotFoundError for it, or the plugin's missing-package message naming it; None otherwise."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, ImportError) and (exc.name or "").split(".")[0] in MISSING:
            return exc.name.split(".")[0]
        for name in MISSING:
            if f"package(s) {name}" in str(exc):
                return name
        exc = exc.__cause__ or exc.__context__
    return None


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Without torch (or skops), a test or a fixture it uses that fails only because the package is
    missing is reported as skipped with the reason; with them installed nothing changes."""
    outcome = yield
    if not MISSING or call.excinfo is None or call.when == "teardown":
        return
    name = _missing_package(call.excinfo.value)
    if name is not None:
        report = outcome.get_result()
        report.outcome = "skipped"
        report.longrepr = (str(item.path), item.location[1] or 0, f"Skipped: {MISSING[name]}")


_EXIT_STATUS = {}


def pytest_sessionfinish(session, exitstatus):
    _EXIT_STATUS["status"] = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave without the interpreter's teardown, with pytest's own exit status.

    pytest-qgis exits QGIS in its pytest_unconfigure; wrappers the interpreter frees after that (an OGR
    layer still referenced by a C++ object, torch/OpenMP and numba thread pools) crash it at exit with a
    segmentation fault (measured on 3.22 and 3.40: every test passed, the summary printed, rc 139). The run
    is over and reported here, so nothing is lost; LSM_TEST_HARD_EXIT=0 keeps the normal teardown to
    look for the crash (gdb showed an OGR QgsVectorLayer freed after QgsApplication.exitQgis)."""
    if "status" in _EXIT_STATUS and os.environ.get("LSM_TEST_HARD_EXIT", "1") == "1":
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_EXIT_STATUS["status"])


@pytest.fixture(scope="module")
def dask_cluster():
    """A local Dask cluster of 2 worker processes (1 thread each), one per test module that asks."""
    distributed = pytest.importorskip("distributed", reason="dask distributed is not installed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as cluster:
        yield cluster
