"""Where the plugin's files are, and where run records go: a leaf module (no qgis import), so the
plugin, the algorithms and the core can all use it without importing each other."""

import os
from pathlib import Path

#: the plugin folder (installed as `landslide_susceptibility`)
PLUGIN_DIR = Path(__file__).resolve().parent.parent
RESOURCES_DIR = PLUGIN_DIR / "resources"
ICONS_DIR = RESOURCES_DIR / "icons"
ICON_PATH = str(ICONS_DIR / "lsm.svg")
#: shipped graphical models (*.model3)
MODELS_DIR = RESOURCES_DIR / "models"
I18N_DIR = PLUGIN_DIR / "i18n"
#: folder name of a run store beside a project or an output
RUN_STORE_DIRNAME = "lsm_runs"

_NOT_FILES = ("memory:", "TEMPORARY_OUTPUT")


def default_run_store(project_home="", output_path=None):
    """The run store folder: 'lsm_runs' beside the saved project (*project_home*), else beside
    *output_path* (a file the run writes), else in the user's home."""
    if project_home:
        return os.path.join(project_home, RUN_STORE_DIRNAME)
    if output_path and not str(output_path).startswith(_NOT_FILES):
        return os.path.join(os.path.dirname(os.path.abspath(output_path)), RUN_STORE_DIRNAME)
    return os.path.join(os.path.expanduser("~"), RUN_STORE_DIRNAME)
