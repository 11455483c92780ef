"""Run store folders of the metrics dock: the remembered folders, reading them, watching them.

The dock reads every `*.lsmrun.json` of the folders remembered in the plugin settings plus the default
stores the algorithms write to (core.paths.default_run_store): the current project's when it is saved and
always the QGIS profile's (core.paths.profile_run_store: runs without a saved project and without a chosen
output file, model child runs and qgis_process runs of this profile), plus every run store listed in the
profile's index of run stores (core.paths.run_index_folder: runs write there when their records went
beside an output file chosen elsewhere or into a RUN_STORE folder, qgis_process and model runs included;
algorithms._outputs.index_run_stores). It watches them, and the index, with a QFileSystemWatcher so a run
that finishes shows up without a manual refresh. A remembered or indexed folder that no longer exists is
marked missing (and can be removed from the list).
"""

import os

from qgis.core import QgsApplication, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt

from ..core.paths import default_run_store, profile_run_store, run_index_folder
from ..core.runrecord import UnreadableRecord, indexed_stores, read_store, unindex_store
from .run_table import tr

#: QgsSettings keys of the dock
SETTINGS_PREFIX = "landslide_susceptibility/metrics_dock/"
STORES_KEY = SETTINGS_PREFIX + "run_stores"

#: milliseconds to wait after the last change in a store folder before re-reading it
RELOAD_DELAY_MS = 400

#: colours of the model types in the charts, in the order of the sorted model names
PALETTE = (
    "#4c72b0",
    "#dd8452",
    "#55a868",
    "#c44e52",
    "#8172b3",
    "#937860",
    "#da8bc3",
    "#8c8c8c",
    "#ccb974",
    "#64b5cd",
)


def project_run_store():
    """The run store the algorithms use for the current project: <project home>/lsm_runs when it is
    saved, else the QGIS profile's (default_run_store with the profile folder)."""
    return default_run_store(QgsProject.instance().homePath(), None, QgsApplication.qgisSettingsDirPath())


def profile_store():
    """The run store of the QGIS profile (<profile folder>/lsm_runs): runs without a saved project."""
    return profile_run_store(QgsApplication.qgisSettingsDirPath())


def index_folder():
    """The index of the run stores that runs wrote to outside the profile's and the project's stores
    (<profile store>/index)."""
    return run_index_folder(profile_store())


def norm(path):
    """*path* in a form that compares equal for the same folder."""
    return os.path.normcase(os.path.realpath(os.path.expanduser(str(path))))


def saved_stores(settings_key=STORES_KEY):
    """The run store folders remembered in the plugin settings under *settings_key*."""
    value = QgsSettings().value(settings_key, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in (value or []) if str(v).strip()]


def remember_store(folder, settings_key=STORES_KEY):
    """Add *folder* to the remembered run stores; True when it was not remembered yet."""
    folder = os.path.abspath(os.path.expanduser(str(folder)))
    saved = saved_stores(settings_key)
    if norm(folder) in {norm(f) for f in saved}:
        return False
    QgsSettings().setValue(settings_key, saved + [folder])
    return True


def record_problem(record):
    """Why a record (valid JSON with the schema) cannot be shown, or '' when it can."""
    for key in ("metrics", "metrics_best", "outputs", "curves", "class_areas", "confusion"):
        if key in record and record[key] is not None and not isinstance(record[key], dict):
            return tr("'{}' is not an object").format(key)
    if not str(record.get("run_id", "")).strip():
        return tr("empty 'run_id'")
    return ""


def read_records(folders):
    """(records sorted by creation time, unreadable) of the run store *folders*; a run id read twice
    (the same store reached by two paths) is listed once."""
    records, unreadable, seen = [], [], set()
    for folder in folders:
        found, broken = read_store(folder)
        unreadable.extend(broken)
        for record in found:
            problem = record_problem(record)
            if problem:
                unreadable.append(UnreadableRecord(record.get("_path", ""), problem))
                continue
            record["run_id"] = str(record["run_id"])
            if record["run_id"] in seen:
                continue
            seen.add(record["run_id"])
            records.append(record)
    records.sort(key=lambda r: str(r.get("created", "")))
    return records, unreadable


def model_colors(records):
    """{model type: colour} for the model types of *records*."""
    models = sorted({str(r.get("model_type") or "") for r in records})
    return {m: PALETTE[i % len(PALETTE)] for i, m in enumerate(models)}


def watched_folders(folders):
    """The folders to watch for *folders*: each existing one, else its existing parent (a store is
    created by the first run that writes to it)."""
    wanted = set()
    for folder in folders:
        if os.path.isdir(folder):
            wanted.add(os.path.abspath(folder))
        elif os.path.isdir(os.path.dirname(os.path.abspath(folder))):
            wanted.add(os.path.dirname(os.path.abspath(folder)))
    return wanted


def folder_entry(folder, kind):
    """(text, tooltip, theme icon name) of a run store *folder* of *kind* in the folder list."""
    exists = os.path.isdir(folder)
    if kind == "indexed" and exists:
        return (
            tr("{} (from a run)").format(folder),
            tr(
                "Run store a run wrote to beside its chosen output or in its run store folder (a toolbox, "
                "model or qgis_process run): listed by itself. The − button stops reading it (its files stay)."
            ),
            "mIconFolder.svg",
        )
    if kind in ("saved", "indexed"):
        if exists:
            return folder, folder, "mIconFolder.svg"
        return (
            tr("{} (missing)").format(folder),
            tr("This folder no longer exists: its runs are gone. Remove it from the list with the − button."),
            "mIconWarning.svg",
        )
    if kind == "project":
        text = tr("{} (project)").format(folder)
        tip = tr("Run store of the current project: the algorithms write here unless told otherwise.")
    else:
        text = tr("{} (QGIS profile)").format(folder)
        tip = tr(
            "Run store of this QGIS profile: runs without a saved project and without an output file "
            "chosen, model steps and qgis_process runs of this profile write here."
        )
    if not exists:
        tip += "\n" + tr("The folder does not exist yet; it is watched and read once a run creates it.")
    return text, tip, "mIconFolder.svg"


class StoreFoldersMixin:
    """The run store folders part of the dock: needs `settings_key`, `include_project_store`,
    `folder_combo`, `remove_folder_button`, `watcher`, `reload_timer`, `ask_folder` and `reload()`."""

    def saved_folders(self):
        """The run store folders remembered in the plugin settings."""
        return saved_stores(self.settings_key)

    def indexed_folders(self):
        """The run stores listed in the profile's index (with the default stores only)."""
        return indexed_stores(index_folder()) if self.include_project_store else []

    def store_folders(self):
        """[(folder, kind)]: the saved folders (kind 'saved'), the current project's run store
        ('project', when the project is saved), the QGIS profile's ('profile') and the run stores of
        the profile's index ('indexed')."""
        folders = []
        seen = set()
        candidates = [(f, "saved") for f in self.saved_folders()]
        if self.include_project_store:
            if QgsProject.instance().homePath():
                candidates.append((project_run_store(), "project"))
            candidates.append((profile_store(), "profile"))
            candidates += [(f, "indexed") for f in self.indexed_folders()]
        for folder, kind in candidates:
            key = norm(folder)
            if key not in seen:
                seen.add(key)
                folders.append((folder, kind))
        return folders

    def missing_folders(self):
        """The saved and indexed run store folders that no longer exist."""
        listed = list(dict.fromkeys(self.saved_folders() + self.indexed_folders()))
        return [f for f in listed if not os.path.isdir(f)]

    def remove_missing_folders(self):
        """Forget every saved or indexed folder that no longer exists; returns them."""
        gone = self.missing_folders()
        missing = {norm(f) for f in gone}
        if missing:
            QgsSettings().setValue(
                self.settings_key, [f for f in self.saved_folders() if norm(f) not in missing]
            )
            if self.include_project_store:  # a dock without the default stores leaves the index alone
                for folder in gone:
                    unindex_store(index_folder(), folder)
            self.reload()
        return sorted(missing)

    def add_folder(self, folder):
        """Remember *folder* as a run store and read it."""
        remember_store(folder, self.settings_key)
        self.reload()

    def remove_folder(self, folder):
        """Forget the saved or indexed run store *folder* (its files are left alone)."""
        kept = [f for f in self.saved_folders() if norm(f) != norm(folder)]
        QgsSettings().setValue(self.settings_key, kept)
        if self.include_project_store:
            unindex_store(index_folder(), folder)
        self.reload()

    def add_folder_dialog(self):
        folder = self.ask_folder(tr("Run store folder"))
        if folder:
            self.add_folder(folder)

    def remove_current_folder(self):
        """Forget the folder chosen in the list (a saved or indexed one; the default stores stay)."""
        folder = self.folder_combo.currentData()
        if folder and norm(folder) in {norm(f) for f in self.saved_folders() + self.indexed_folders()}:
            self.remove_folder(folder)

    def _fill_folder_combo(self, folders):
        current = self.folder_combo.currentData()
        self.folder_combo.blockSignals(True)
        self.folder_combo.clear()
        for folder, kind in folders:
            text, tip, icon = folder_entry(folder, kind)
            self.folder_combo.addItem(QgsApplication.getThemeIcon(icon), text, folder)
            self.folder_combo.setItemData(self.folder_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        index = self.folder_combo.findData(current)
        self.folder_combo.setCurrentIndex(max(0, index))
        self.folder_combo.blockSignals(False)
        self.remove_folder_button.setEnabled(any(kind in ("saved", "indexed") for _, kind in folders))

    def _update_watch(self, folders):
        watch = list(folders)
        if self.include_project_store:
            try:  # the profile's store and its index are always read: made up front so they are watched
                os.makedirs(index_folder(), exist_ok=True)
            except OSError:
                pass
            watch.append(index_folder())
        wanted = watched_folders(watch)
        watched = set(self.watcher.directories())
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))

    def schedule_reload(self, *_args):
        """Re-read the stores shortly (changes come in bursts: temp file, rename)."""
        self.reload_timer.start()

    def _reload_if_visible(self):
        # a closed dock costs nothing while runs finish: it re-reads the stores when shown again
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def _connect_project(self):
        project = QgsProject.instance()
        project.homePathChanged.connect(self.schedule_reload)
        project.cleared.connect(self.schedule_reload)
        self._connected_project = project

    def shutdown(self):
        """Stop watching and disconnect from the project (called before the dock is deleted)."""
        self.reload_timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())
        if self._connected_project is not None:
            for signal in (self._connected_project.homePathChanged, self._connected_project.cleared):
                try:
                    signal.disconnect(self.schedule_reload)
                except TypeError:
                    pass
            self._connected_project = None
