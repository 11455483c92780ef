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
#: folder of the kept temporary model bundles inside a run store
BUNDLES_DIRNAME = "bundles"
#: folder inside the profile's run store listing the other run stores runs wrote to (run_index_folder)
RUN_INDEX_DIRNAME = "index"

_NOT_FILES = ("memory:", "TEMPORARY_OUTPUT")


def _inside(path, folders):
    """True when *path* lies in one of *folders* (compared as real, case-normalised paths)."""
    real = os.path.normcase(os.path.realpath(path))
    for folder in folders:
        if not folder:
            continue
        top = os.path.normcase(os.path.realpath(folder))
        if real == top or real.startswith(top.rstrip(os.sep) + os.sep):
            return True
    return False


def lasting_output(output_path, temp_folders=()):
    """True when *output_path* is a file the user chose: not a memory layer or temporary output and
    not inside one of *temp_folders* (QGIS's temporary Processing folder, deleted on exit)."""
    if not output_path or str(output_path).startswith(_NOT_FILES):
        return False
    return not _inside(os.path.abspath(str(output_path)), temp_folders)


def profile_run_store(profile_dir=""):
    """The run store of the QGIS user profile *profile_dir* (QgsApplication.qgisSettingsDirPath()),
    else of the user's home: where runs without a saved project and without a chosen output file go."""
    return os.path.join(profile_dir or os.path.expanduser("~"), RUN_STORE_DIRNAME)


def default_run_store(project_home="", output_path=None, profile_dir="", temp_folders=()):
    """The run store folder: 'lsm_runs' beside the saved project (*project_home*), else beside
    *output_path* when it is a file the user chose (lasting_output: never in one of *temp_folders*,
    QGIS's temporary Processing folder), else in the QGIS profile folder *profile_dir*
    (profile_run_store; the user's home without one). Records never go where QGIS deletes them."""
    if project_home:
        return os.path.join(project_home, RUN_STORE_DIRNAME)
    if lasting_output(output_path, temp_folders):
        folder = os.path.dirname(os.path.abspath(output_path))
        if os.path.basename(folder) == BUNDLES_DIRNAME and os.path.basename(os.path.dirname(folder)) == (
            RUN_STORE_DIRNAME
        ):
            return os.path.dirname(folder)  # a kept temporary bundle (bundle_store): its own run store
        return os.path.join(folder, RUN_STORE_DIRNAME)
    return profile_run_store(profile_dir)


def bundle_store(run_store):
    """Folder of the model bundles whose output was left temporary: 'bundles' inside *run_store*."""
    return os.path.join(run_store, BUNDLES_DIRNAME)


def run_index_folder(profile_store):
    """The index of run stores inside the profile's run store *profile_store* ('index'): one small
    file per run store that a run wrote to outside the profile and project stores (an output file
    chosen elsewhere, a RUN_STORE folder, a qgis_process or model run), so the dock lists it without
    the user adding the folder (core.runrecord.index_store / indexed_stores)."""
    return os.path.join(profile_store, RUN_INDEX_DIRNAME)
