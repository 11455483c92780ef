"""Helpers of the smoke tier: the real qgis_process binary, run as batch users run it."""

import os
import shutil
import site
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
PLUGIN_PATH = REPO / "build" / "plugins"


def qgis_process_env(home, plugin_path=PLUGIN_PATH):
    """Environment of qgis_process with the plugin enabled, in a profile of its own under *home*
    (pytest-qgis points QGIS_CUSTOM_CONFIG_PATH at a test profile where nothing is enabled). QGIS's
    Python must see the test interpreter's packages (scikit-learn, imbalanced-learn, torch)."""
    home = Path(home)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugin_path))
    env["PYTHONPATH"] = os.pathsep.join(site.getsitepackages() + [env.get("PYTHONPATH", "")]).strip(
        os.pathsep
    )
    env["QGIS_CUSTOM_CONFIG_PATH"] = env["QGIS_OPTIONS_PATH"] = str(home / "qgis-profile")
    env["XDG_RUNTIME_DIR"] = str(home / "xdg-runtime")
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    enabled = subprocess.run(
        [QGIS_PROCESS, "plugins", "enable", "landslide_susceptibility"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "landslide_susceptibility" in enabled.stdout + enabled.stderr
    return env
