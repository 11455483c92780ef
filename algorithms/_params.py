"""The seed, parallel-jobs, device and run-store parameters, declared once for every algorithm.

Declare (each creates the parameter with one label and one help text, adds it to *alg* and returns it):
    add_seed(alg, default=42, help_text=None, advanced=False)      SEED, integer >= 0
    add_n_jobs(alg, default=-1, help_text=None, advanced=False)    N_JOBS, joblib's meaning: -1 = all cores
    add_device(alg, help_text=None, advanced=False)                DEVICE, enum over DEVICES (auto/cpu/cuda)
    add_run_store(alg, help_text=None, advanced=False)             RUN_STORE, optional folder
    add_trust(alg, help_text=None, advanced=True)                 TRUST_BUNDLE, load old pickled bundles
*help_text* replaces the common help where an algorithm has something to add (say what it seeds);
pass it as self.tr("...") so pylupdate finds it under the algorithm's context.

Compact declarations of an algorithm's own parameters (the label and help translated at the call
site with self.tr, so pylupdate finds them):
    add(alg, parameter, help_text, advanced=False) -> parameter: setHelp, the advanced flag, addParameter
    number(name, label, default, minimum=None, maximum=None, integer=False, optional=False, decimals=None)
        -> QgsProcessingParameterNumber (Double, or Integer with *integer*; *decimals* shown in the dialog)
    set_decimals(parameter, n) -> parameter: the dialog's spin box shows *n* decimals (QGIS shows 6 by
        default, "0.150000"); n by kind: SHARE (2), RATIO (1), DISTANCE (1), THRESHOLD (2), FINE (4),
        PRECISE (6)

Read (inside process()):
    seed(alg, parameters, context) -> int
    n_jobs(alg, parameters, context) -> int, a joblib n_jobs (-1 all cores; 0, the old "all cores" of
        lsm:spysampling, is read as -1)
    device(alg, parameters, context) -> "auto" | "cpu" | "cuda" (resolve it with the core's resolver)
    run_store(alg, parameters, context, output_path=None) -> folder: the RUN_STORE parameter, else
        core.paths.default_run_store(project home, output_path, QGIS profile folder, Processing temp
        folder): never QGIS's temporary Processing folder, which QGIS deletes on exit
    lasting_bundle_path(alg, parameters, context, path) -> *path*, or for a model bundle left as a
        temporary output a new file in core.paths.bundle_store(run store) (kept after QGIS exits)
    project_home(context) -> the saved project's folder, or ""
    trust(alg, parameters, context) -> bool: TRUST_BUNDLE checked (pass it to core.bundle.load_bundle)

The parameter ids are the module constants SEED, N_JOBS, DEVICE, RUN_STORE (the algorithms' class
attributes of the same names hold the same strings).
"""

import os
import time
import uuid

from qgis.core import (
    QgsApplication,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingUtils,
    QgsProject,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.paths import bundle_store, default_run_store, lasting_output
from ._compat import BEHAVIOR_FOLDER, FLAG_ADVANCED, NUMBER_DOUBLE, NUMBER_INTEGER

SEED = "SEED"
N_JOBS = "N_JOBS"
DEVICE = "DEVICE"
RUN_STORE = "RUN_STORE"
TRUST_BUNDLE = "TRUST_BUNDLE"

DEFAULT_SEED = 42
#: joblib's "all cores"
ALL_CORES = -1
#: device option values, in enum order (what device() returns)
DEVICES = ("auto", "cpu", "cuda")
# the English labels and helps are marked with QT_TRANSLATE_NOOP so that pylupdate finds them
#: their labels in the dialog
DEVICE_LABELS = (
    QT_TRANSLATE_NOOP("LsmParameters", "Automatic (a CUDA GPU when torch sees one, else the CPU)"),
    QT_TRANSLATE_NOOP("LsmParameters", "CPU"),
    QT_TRANSLATE_NOOP("LsmParameters", "CUDA GPU"),
)

SEED_HELP = QT_TRANSLATE_NOOP(
    "LsmParameters", "Seed of every random draw: the same inputs and seed give the same results."
)
N_JOBS_HELP = QT_TRANSLATE_NOOP(
    "LsmParameters",
    "Threads that work at once: -1 uses all cores, 1 runs on one thread; any number gives the same "
    "result for the same seed.",
)
DEVICE_HELP = QT_TRANSLATE_NOOP(
    "LsmParameters",
    "Where the torch neural networks run: automatic picks a CUDA GPU when torch sees one, else the CPU. "
    "Other models ignore it.",
)
RUN_STORE_HELP = QT_TRANSLATE_NOOP(
    "LsmParameters",
    "Folder of the run records (JSON) the metrics dock reads. Empty: 'lsm_runs' beside the saved project, "
    "else beside the output file, else 'lsm_runs' in the QGIS profile folder (never QGIS's temporary folder).",
)


def _tr(text):
    return QCoreApplication.translate("LsmParameters", text)


def _add(alg, parameter, help_text, advanced):
    parameter.setHelp(_tr(help_text))
    if advanced:
        parameter.setFlags(parameter.flags() | FLAG_ADVANCED)
    alg.addParameter(parameter)
    return parameter


def add_seed(alg, default=DEFAULT_SEED, help_text=None, advanced=False):
    """SEED: integer >= 0 seeding every random draw."""
    p = QgsProcessingParameterNumber(
        SEED,
        QCoreApplication.translate("LsmParameters", "Random seed"),
        NUMBER_INTEGER,
        default,
        minValue=0,
    )
    return _add(alg, p, help_text or SEED_HELP, advanced)


def add_n_jobs(alg, default=ALL_CORES, help_text=None, advanced=False):
    """N_JOBS: joblib n_jobs, -1 = all cores."""
    p = QgsProcessingParameterNumber(
        N_JOBS,
        QCoreApplication.translate("LsmParameters", "Parallel jobs (-1 = all cores)"),
        NUMBER_INTEGER,
        default,
        minValue=-1,
    )
    return _add(alg, p, help_text or N_JOBS_HELP, advanced)


def add_device(alg, help_text=None, advanced=False):
    """DEVICE: enum auto / cpu / cuda (index into DEVICES)."""
    p = QgsProcessingParameterEnum(
        DEVICE,
        QCoreApplication.translate("LsmParameters", "Device (torch models)"),
        [_tr(label) for label in DEVICE_LABELS],
        defaultValue=0,
    )
    return _add(alg, p, help_text or DEVICE_HELP, advanced)


def add_run_store(alg, help_text=None, advanced=False):
    """RUN_STORE: optional folder of run records."""
    p = QgsProcessingParameterFile(
        RUN_STORE,
        QCoreApplication.translate("LsmParameters", "Run store folder"),
        behavior=BEHAVIOR_FOLDER,
        optional=True,
    )
    return _add(alg, p, help_text or RUN_STORE_HELP, advanced)


TRUST_HELP = QT_TRANSLATE_NOOP(
    "LsmParameters",
    "Model bundles of this version hold no code (scikit-learn models in skops format, network weights as "
    "arrays) and are checked against their manifest. Bundles of older versions are Python pickles, which can "
    "run any code when opened: they are refused unless this is checked. Check it only for a file you made "
    "yourself or fully trust; the log then warns. Retraining gives a safe bundle.",
)


def add_trust(alg, help_text=None, advanced=True):
    """TRUST_BUNDLE: boolean, load old pickled bundles (they can run code); off by default."""
    p = QgsProcessingParameterBoolean(
        TRUST_BUNDLE,
        QCoreApplication.translate("LsmParameters", "Trust this model file (old format: it can run code)"),
        defaultValue=False,
    )
    return _add(alg, p, help_text or TRUST_HELP, advanced)


def trust(alg, parameters, context):
    """True when the user checked TRUST_BUNDLE."""
    return alg.parameterAsBool(parameters, TRUST_BUNDLE, context)


def add(alg, parameter, help_text, advanced=False):
    """Add *parameter* to *alg* with *help_text* (already translated: self.tr("...")), flagged
    advanced when asked; returns it."""
    parameter.setHelp(help_text)
    if advanced:
        parameter.setFlags(parameter.flags() | FLAG_ADVANCED)
    alg.addParameter(parameter)
    return parameter


def number(name, label, default, minimum=None, maximum=None, integer=False, optional=False, decimals=None):
    """A QgsProcessingParameterNumber: Double, or Integer with *integer*; bounds when given; a Double
    shows *decimals* decimals in the dialog (set_decimals())."""
    bounds = {}
    if minimum is not None:
        bounds["minValue"] = minimum
    if maximum is not None:
        bounds["maxValue"] = maximum
    kind = NUMBER_INTEGER if integer else NUMBER_DOUBLE
    parameter = QgsProcessingParameterNumber(name, label, kind, default, optional, **bounds)
    if decimals is not None:
        set_decimals(parameter, decimals)
    return parameter


#: decimals shown for each kind of number (set_decimals()): shares 0..1 ("0.70"), negatives per landslide
#: ("10.0"), distances in map units ("500.0"), score/correlation thresholds ("0.50"), small fractions
#: such as a prevalence ("0.0123"), sizes that may be in degrees and learning rates ("0.000100")
SHARE = 2
RATIO = 1
DISTANCE = 1
THRESHOLD = 2
FINE = 4
PRECISE = 6


def set_decimals(parameter, n):
    """Show *n* decimals for the number *parameter* in the dialog (metadata widget_wrapper.decimals;
    QGIS shows 6 otherwise); returns the parameter."""
    metadata = dict(parameter.metadata())
    wrapper = dict(metadata.get("widget_wrapper") or {})
    wrapper["decimals"] = int(n)
    metadata["widget_wrapper"] = wrapper
    parameter.setMetadata(metadata)
    return parameter


def seed(alg, parameters, context):
    return alg.parameterAsInt(parameters, SEED, context)


def n_jobs(alg, parameters, context):
    value = alg.parameterAsInt(parameters, N_JOBS, context)
    return ALL_CORES if value == 0 else value


def device(alg, parameters, context):
    return DEVICES[alg.parameterAsEnum(parameters, DEVICE, context)]


def project_home(context):
    """Folder of the saved project of *context* (else the current project), '' when unsaved."""
    project = context.project() if context is not None else None
    project = project or QgsProject.instance()
    return project.homePath() if project is not None else ""


def run_store(alg, parameters, context, output_path=None):
    """The RUN_STORE folder, else the default beside the project / *output_path* / home."""
    folder = ""
    if alg.parameterDefinition(RUN_STORE) is not None:
        folder = (alg.parameterAsFile(parameters, RUN_STORE, context) or "").strip()
    return folder or default_run_store(project_home(context), output_path, profile_folder(), temp_folders())


def profile_folder():
    """The QGIS user profile folder (QgsApplication.qgisSettingsDirPath())."""
    return QgsApplication.qgisSettingsDirPath()


def temp_folders():
    """QGIS's temporary Processing folders (deleted when QGIS exits)."""
    return (QgsProcessingUtils.tempFolder(),)


def lasting_bundle_path(alg, parameters, context, path):
    """*path*, or when it is a model bundle (.lsmodel) QGIS put in its temporary folder (the output
    was left temporary) a new name in the run store's 'bundles' folder, so the bundle outlives QGIS."""
    if not str(path or "").lower().endswith(".lsmodel") or lasting_output(path, temp_folders()):
        return path
    folder = bundle_store(run_store(alg, parameters, context))
    guard = getattr(alg, "_guard", None)
    if guard is not None:
        guard.folder_for(folder)
    os.makedirs(folder, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return os.path.join(folder, f"{alg.name()}_{stamp}_{uuid.uuid4().hex[:6]}.lsmodel")


SCHEDULER = "SCHEDULER"
SCHEDULER_HELP = (
    "Address of a running Dask distributed scheduler (e.g. tcp://10.0.0.5:8786): the blocks run as tasks on "
    "its workers, which read the rasters from the same paths (readable there), with numpy, GDAL and this "
    "plugin importable as 'landslide_susceptibility'; the result is the same as a run here. Needs the "
    "'distributed' package. Empty: run here."
)


def add_scheduler(alg, help_text=None, advanced=True):
    """SCHEDULER: optional Dask scheduler address (advanced)."""
    from qgis.core import QgsProcessingParameterString

    p = QgsProcessingParameterString(SCHEDULER, _tr("Dask scheduler address"), optional=True)
    return _add(alg, p, help_text or SCHEDULER_HELP, advanced)


def scheduler(alg, parameters, context):
    """The SCHEDULER address, or None to run here."""
    return alg.parameterAsString(parameters, SCHEDULER, context).strip() or None


def log_blocks(runner, feedback):
    """On a Dask cluster (core.dask_blocks.BlockRunner): the log line of the blocks each worker ran
    (nothing went to one worker whole); nothing for a run here."""
    if not runner.distributed:
        return
    counts = runner.tasks_per_worker
    feedback.pushInfo(
        _tr("Blocks per Dask worker: {}").format(
            ", ".join(f"{worker} {n}" for worker, n in sorted(counts.items())) or "none"
        )
    )
