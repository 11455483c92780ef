"""Output safety of one algorithm run: paths checked up front, nothing new left on error or cancel.

OutputGuard(alg, parameters, context) is made by LsmAlgorithm.processAlgorithm around process():
    prepare()     before any work: every destination parameter (raster / vector / file / folder
                  destinations, feature sinks) given as a file path is resolved; its folder is created
                  when missing (the one rule everywhere) and must be writable, else LsmError naming the
                  parameter and the path. The folders' listings are snapshot; stale temporary files of
                  killed runs there are removed (clean_stale); an existing target file is moved aside
                  (a hidden backup) so a failed run gives it back unchanged.
    folder_for(folder)  a folder the run is about to make: removed again on failure when empty.
    track(path)   a path the run writes (sinks, parameterAsOutputLayer results, register_output):
                  its folder is snapshot now if it was not yet.
    created(path) a file the run already wrote (run records): removed on failure.
    commit()      success: the backups are deleted, and the run stores the run wrote records to
                  (beside its outputs, a RUN_STORE folder) are listed in the profile's index of run
                  stores (core.runrecord.index_store), so the dock shows them without being told; the
                  profile's and the project's own stores are read anyway and are not listed.
    rollback()    error or cancel: every new file in a tracked folder whose name starts with a
                  target's stem (out.gpkg, out.gpkg-wal/-shm, out.tif.aux.xml, out.tfw, .out.partial-*)
                  and every new entry of a folder destination is removed, the created files too, the
                  backups are put back and the folders prepare() created are removed when empty.
Temporary names carry the writing process id: `.<name>.partial-<pid>-<hex><ext>` (core.grid.atomic_path
uses the same form, backups end in '.bak'), so clean_stale removes them only when that process is gone
(names without a pid: after an hour). Files that existed before the run are never removed; an existing
target that cannot be moved aside (a shapefile, a file held open on Windows) is overwritten in place and
lost when the run fails. Only plain file paths are guarded; provider URIs ('ogr:...', 'postgres:...',
'memory:') and layers of a dataset ('x.gpkg|layername=y') are left to QGIS.
"""

import os
import re
import shutil
import tempfile
import time
import uuid

from qgis.core import (
    Qgis,
    QgsMessageLog,
    QgsProcessing,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFolderDestination,
    QgsProperty,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.errors import LsmError
from ..core.paths import RUN_STORE_DIRNAME, default_run_store, profile_run_store, run_index_folder
from ..core.runrecord import SUFFIX, index_store
from . import _params

#: hidden temporary names: .<name>.partial-<pid>-<hex>... (the pid part is missing in old names)
PARTIAL_RE = re.compile(r"^\..+\.partial-(?:(\d+)-)?[0-9a-f]{6,}")
#: a temporary file without a process id is stale after this many seconds
STALE_SECONDS = 3600


def _tr(text):
    return QCoreApplication.translate("LsmAlgorithm", text)


def partial_name(path, suffix=""):
    """A hidden temporary path beside *path* that names this process: .<stem>.partial-<pid>-<hex><ext>."""
    directory = os.path.dirname(os.path.abspath(path))
    stem, ext = os.path.splitext(os.path.basename(path))
    return os.path.join(directory, f".{stem}.partial-{os.getpid()}-{uuid.uuid4().hex[:8]}{ext}{suffix}")


def _pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists, owned by someone else
        return True
    return True


def is_stale(name, path, now=None):
    """True for a temporary file name of a process that is gone (or, without a pid, older than an hour)."""
    match = PARTIAL_RE.match(name)
    if match is None:
        return False
    if match.group(1) is not None:
        pid = int(match.group(1))
        return pid != os.getpid() and not _pid_alive(pid)
    try:
        age = (now or time.time()) - os.path.getmtime(path)
    except OSError:
        return False
    return age > STALE_SECONDS


def clean_stale(folder):
    """Remove the stale temporary files of killed runs in *folder*; returns the names removed."""
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        path = os.path.join(folder, name)
        if os.path.isfile(path) and is_stale(name, path):
            try:
                os.remove(path)
                removed.append(name)
            except OSError:
                pass
    return removed


def destination_path(value, context):
    """The plain file path of a destination parameter value, or None (temporary, memory, provider URI)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext(), "")
        value = value[0] if isinstance(value, tuple) else value
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or value == QgsProcessing.TEMPORARY_OUTPUT or re.match(r"^[A-Za-z][\w-]+:(?![\\/])", value):
        return None
    if "|" in value:  # a layer of a dataset ('x.gpkg|layername=y'): the dataset is not the run's alone
        return None
    return os.path.abspath(value)


def _stem(path):
    return os.path.splitext(os.path.basename(path))[0]


def _remove(path):
    try:
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        else:
            os.remove(path)
    except OSError:
        pass


class OutputGuard:
    """See the module docstring."""

    def __init__(self, alg, parameters, context):
        self.alg = alg
        self.parameters = parameters
        self.context = context
        self._before = {}  # folder -> set of names before the run
        self._stems = {}  # folder -> set of target stems
        self._whole = set()  # folder destinations: every new entry is the run's
        self._created_files = []
        self._created_dirs = []
        self._backups = []  # (backup, target)
        self._run_store = ""  # the RUN_STORE folder given, if any

    # -- before the work ----------------------------------------------------------------------

    def prepare(self):
        for definition in self.alg.destinationParameterDefinitions():
            path = destination_path(self.parameters.get(definition.name()), self.context)
            if path is None:
                continue
            is_folder = isinstance(definition, QgsProcessingParameterFolderDestination)
            folder = path if is_folder else os.path.dirname(path)
            self._check_folder(folder, definition.description(), path)
            if is_folder:
                self._whole.add(folder)
                self._snapshot(folder)
            else:
                self.track(path)
                self._back_up(path)
        self._check_run_store()

    def _check_run_store(self):
        """An explicit run store folder is checked up front too (the record is written last)."""
        definition = self.alg.parameterDefinition("RUN_STORE")
        value = self.parameters.get("RUN_STORE") if definition is not None else None
        if isinstance(value, str) and value.strip():
            folder = os.path.abspath(value.strip())
            self._check_folder(folder, definition.description(), folder)
            self._run_store = folder

    def _check_folder(self, folder, label, path):
        try:
            self.folder_for(folder)
            os.makedirs(folder, exist_ok=True)
            handle, test = tempfile.mkstemp(prefix=f".lsmcheck.partial-{os.getpid()}-", dir=folder)
            os.close(handle)
            os.remove(test)
        except OSError as exc:
            raise LsmError(
                _tr(
                    "Output '{}' cannot be written to '{}': the folder '{}' cannot be created or is not "
                    "writable ({}). Choose another output path."
                ).format(label, path, folder, exc.strerror or exc)
            ) from None
        clean_stale(folder)

    def _snapshot(self, folder):
        if folder not in self._before:
            try:
                self._before[folder] = set(os.listdir(folder))
            except OSError:
                self._before[folder] = set()

    def _back_up(self, path):
        if not os.path.isfile(path) or path.lower().endswith(".shp"):  # a shapefile is several files
            return
        backup = partial_name(path, ".bak")
        try:
            os.replace(path, backup)
        except OSError:
            return  # open elsewhere (Windows): a failed run then loses the overwritten file
        self._backups.append((backup, path))
        self._before[os.path.dirname(path)].discard(os.path.basename(path))

    # -- during the work ----------------------------------------------------------------------

    def track(self, path):
        """*path* is (about to be) written by the run."""
        path = os.path.abspath(str(path).split("|")[0])
        folder = os.path.dirname(path)
        self._snapshot(folder)
        self._stems.setdefault(folder, set()).add(_stem(path))

    def folder_for(self, folder):
        """*folder* is about to be made by the run (os.makedirs): the levels that do not exist yet
        are removed again, when empty, on failure."""
        probe = os.path.abspath(folder)
        while probe and not os.path.exists(probe) and probe != os.path.dirname(probe):
            self._created_dirs.append(probe)
            probe = os.path.dirname(probe)

    def created(self, path):
        """*path* was written by the run (it did not exist before)."""
        self._created_files.append(os.path.abspath(path))

    # -- after the work -----------------------------------------------------------------------

    def commit(self):
        for backup, _target in self._backups:
            _remove(backup)
        self._backups = []
        index_run_stores(self.run_stores(), self.context)

    def run_stores(self):
        """The run store folders that hold records after the run: those of the records it wrote, its
        RUN_STORE folder and 'lsm_runs' beside its outputs (core.saturation writes its own records)."""
        folders = {os.path.dirname(p) for p in self._created_files if p.endswith(SUFFIX)}
        folders |= {os.path.join(folder, RUN_STORE_DIRNAME) for folder in self._before}
        if self._run_store:
            folders.add(self._run_store)
        return sorted(f for f in folders if _holds_records(f))

    def rollback(self):
        for path in self._created_files:
            _remove(path)
        for folder, before in self._before.items():
            for name in self._new_names(folder, before):
                _remove(os.path.join(folder, name))
        for backup, target in self._backups:
            try:
                os.replace(backup, target)
            except OSError:
                pass
        self._backups = []
        for folder in sorted(self._created_dirs, key=len, reverse=True):
            try:
                os.rmdir(folder)
            except OSError:
                pass

    def _new_names(self, folder, before):
        try:
            names = set(os.listdir(folder)) - before
        except OSError:
            return []
        if folder in self._whole:
            return sorted(names)
        stems = self._stems.get(folder, ())
        return sorted(n for n in names if any(_owned(n, stem) for stem in stems))


def _holds_records(folder):
    try:
        with os.scandir(folder) as entries:
            return any(entry.name.endswith(SUFFIX) for entry in entries)
    except OSError:
        return False


def _same_folder(path):
    return os.path.normcase(os.path.realpath(path))


def index_run_stores(stores, context=None):
    """List *stores* in the QGIS profile's index of run stores (core.paths.run_index_folder), except
    the profile's own store and the project's, which the dock always reads. Never fails a run: a
    store that cannot be listed is logged in the QGIS message log."""
    profile = profile_run_store(_params.profile_folder())
    skip = {_same_folder(profile)}
    home = _params.project_home(context)
    if home:
        skip.add(_same_folder(default_run_store(home)))
    index = run_index_folder(profile)
    for store in stores:
        if _same_folder(store) in skip:
            continue
        try:
            index_store(index, store)
        except (OSError, ValueError) as exc:  # a read-only profile, a full disk: the run stands
            QgsMessageLog.logMessage(
                _tr("Could not list the run store '{}' in '{}': {}").format(store, index, exc),
                "Landslide susceptibility",
                Qgis.MessageLevel.Warning,
            )


def _owned(name, stem):
    """True when *name* is the file of target *stem* or one of its companions / temporary files."""
    if name == stem or name.startswith(stem + "."):
        return True
    return name.startswith(f".{stem}.partial-") and not name.endswith(".bak")
