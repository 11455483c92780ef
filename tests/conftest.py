"""Shared test set-up: the plugin importable as `landslide_susceptibility`, sample data paths."""

import gc
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


@pytest.fixture(scope="session", autouse=True)
def _collect_before_qgis_exits():
    """Free GDAL/QGIS objects left in reference cycles while QGIS still runs: pytest-qgis exits QGIS
    when pytest unconfigures, and a GDAL dataset the garbage collector frees after that crashes the
    interpreter at exit."""
    yield
    gc.collect()
