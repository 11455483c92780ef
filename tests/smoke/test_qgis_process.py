"""Smoke tests through the real qgis_process binary, as batch users call us, and from the zip."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis_env import QGIS_PROCESS, qgis_process_env

REPO = Path(__file__).resolve().parent.parent.parent

pytestmark = pytest.mark.skipif(not os.path.exists(QGIS_PROCESS), reason="qgis_process.bin not installed")


def qgis_process(args, plugin_path, timeout=300):
    """Run qgis_process.bin with the plugin of *plugin_path* enabled in a profile of its own."""
    env = qgis_process_env(Path(plugin_path).parent, plugin_path)
    return subprocess.run([QGIS_PROCESS] + args, env=env, capture_output=True, text=True, timeout=timeout)


def run_json(args, plugin_path):
    proc = qgis_process(["--json", "run"] + args, plugin_path)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return json.loads(proc.stdout[proc.stdout.index("{") :])


def check_classed(path, sample_dir):
    classes = gdal.Open(str(path)).ReadAsArray()
    slope = gdal.Open(str(sample_dir / "slope.tif")).ReadAsArray()
    assert set(np.unique(classes[np.isfinite(slope)])) == {1, 2, 3, 4, 5}
    assert (classes[~np.isfinite(slope)] == 0).all()


def test_jenksclassify_through_qgis_process(tmp_path, sample_dir):
    plugin_path = REPO / "build" / "plugins"
    assert (plugin_path / "landslide_susceptibility").exists(), "run `make setup` first"
    out = tmp_path / "classes.tif"
    doc = run_json(
        [
            "lsm:jenksclassify",
            "--",
            f"INPUT={sample_dir / 'slope.tif'}",
            "CLASSES=5",
            f"LANDSLIDES={sample_dir / 'landslides.gpkg'}",
            f"OUTPUT={out}",
            f"OUTPUT_CSV={tmp_path / 'table.csv'}",
        ],
        plugin_path,
    )
    results = doc["results"]
    assert results["OUTPUT"] == str(out)
    assert 0.8 < results["GVF"] < 1
    assert len(results["BREAKS_STRING"].split(",")) == 6
    check_classed(out, sample_dir)
    assert (tmp_path / "table.csv").read_text().count("\n") == 6


def test_packaged_zip_loads_and_runs(tmp_path, sample_dir):
    """`make package` (tools/ci/package.py, on the working tree's tracked files) unzipped into a fresh plugin
    folder: it passes the package check, leaves the developer files out, loads and runs."""
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    sys.path.insert(0, str(REPO / "tools" / "ci"))
    import package

    tree = subprocess.run(["git", "stash", "create"], cwd=REPO, capture_output=True, text=True).stdout.strip()
    zip_path, problems = package.build(tree or "HEAD", tmp_path / "dist")
    assert problems == []
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert "landslide_susceptibility/metadata.txt" in names
        assert "landslide_susceptibility/LICENSE" in names
        assert "landslide_susceptibility/resources/sample_data/ecuador/slope.tif" in names
        assert not any(n.startswith("landslide_susceptibility/tools/") for n in names)
        assert not any("__pycache__" in n for n in names)
        assert not any(n.startswith("landslide_susceptibility/tests/") for n in names)
        assert not any(n.startswith("landslide_susceptibility/bench/") for n in names)
        assert "landslide_susceptibility/Makefile" not in names
        archive.extractall(tmp_path / "plugins")
    plugin_path = tmp_path / "plugins"
    proc = qgis_process(["plugins"], plugin_path)
    assert "landslide_susceptibility" in proc.stdout
    out = tmp_path / "c.tif"
    doc = run_json(
        ["lsm:jenksclassify", "--", f"INPUT={sample_dir / 'slope.tif'}", f"OUTPUT={out}"], plugin_path
    )
    assert doc["results"]["OUTPUT"] == str(out)
    check_classed(out, sample_dir)
