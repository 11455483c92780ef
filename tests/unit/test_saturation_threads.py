"""core.saturation imports pandas in the calling thread before its fits start in threads (scikit-learn's lazy
pandas import raced in two worker threads: "partially initialized module 'pandas'", Debian 13)."""

import subprocess
import sys
from pathlib import Path

import pytest

PLUGINS = Path(__file__).resolve().parent.parent.parent / "build" / "plugins"

CHILD = r"""
import sys, threading
sys.path.insert(0, sys.argv[1])
from landslide_susceptibility.core import saturation
assert "pandas" not in sys.modules, "pandas imported before the run"
seen = {}

def fake_map_threads(function, items, n_jobs, feedback=None, progress=True, on_done=None):
    seen["pandas"] = "pandas" in sys.modules
    seen["main"] = threading.current_thread() is threading.main_thread()
    return []

saturation.map_threads = fake_map_threads

class Design:
    feedback = None

print(saturation._run(Design(), [], 2), seen)
"""


def test_pandas_is_imported_before_the_thread_pool():
    pytest.importorskip("pandas")
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(PLUGINS)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[] {'pandas': True, 'main': True}"
