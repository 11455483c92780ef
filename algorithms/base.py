"""Base class of every `lsm` algorithm: translation, instance creation, icon, help, dependencies."""

import gc
import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterFolderDestination,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QVariant
from qgis.PyQt.QtGui import QIcon

from ..core.dependencies import dependency_message
from ..core.errors import Canceled, LsmError
from ..core.gdal_cache import gdal_cache_budget
from ..core.grid import Factor
from ..core.nodata import untagged_nodata_note
from ..core.paths import ICON_PATH, default_run_store
from ..core.runrecord import write_record
from . import _params
from ._base_help import (  # noqa: F401 (re-exported: algorithms import them from here)
    joblib_threads,
    json_parameters,
    push_notes,
    table_fields,
    table_values,
    write_table,
)
from ._outputs import OutputGuard, destination_path

#: group id -> English display name (translated in group()), in workflow order: the toolbox shows
#: "1 Factors", "2 Samples", ... so that the groups sort as the work goes; ids never change (plain
#: strings: tools/i18n_strings.py reads them for pylupdate)
GROUPS = {
    "factors": "Factors",
    "samples": "Samples",
    "negatives": "Negatives",
    "models": "Models",
    "maps": "Maps",
    "evaluation": "Evaluation",
}
#: folder of the icons: resources/icons/group_<id>.svg is the icon of each group's algorithms
ICONS_DIR = os.path.dirname(ICON_PATH)


def group_name(group_id):
    """The toolbox name of group *group_id*: its place in the workflow and its translated name."""
    position = list(GROUPS).index(group_id) + 1
    return "{} {}".format(position, QCoreApplication.translate("LsmAlgorithm", GROUPS[group_id]))


def group_icon_path(group_id):
    """The SVG icon of group *group_id* (the plugin's icon for an unknown group)."""
    path = os.path.join(ICONS_DIR, f"group_{group_id}.svg")
    return path if os.path.isfile(path) else ICON_PATH


#: the README's algorithm reference; each algorithm has its own anchor there (help_anchor)
HELP_URL = "https://github.com/lsm-plugin/landslide_susceptibility#algorithm-reference"
REFERENCE_URL = "https://github.com/lsm-plugin/landslide_susceptibility"
#: the full reference text of each algorithm, <name>.md (LsmAlgorithm.reference_text)
HELP_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "help")


def help_anchor(name):
    """README anchor of algorithm *name* (tools/make_reference.py writes <a id="lsm-name"> there)."""
    return f"lsm-{name}"


class LsmAlgorithm(QgsProcessingAlgorithm):
    """Our base algorithm.

    Subclasses set ALGORITHM_NAME, DISPLAY_NAME, GROUP_ID, HELP (English, translated through tr: at
    most ~10 lines; the full text is algorithms/help/<name>.md, in the README), REQUIRES (import names
    of optional packages) and implement initAlgorithm() and process(parameters, context, feedback), the work of the
    run, returning the results dict. Errors inside process() are core.errors.LsmError (the message says
    what is wrong, which layer, what to do); processAlgorithm turns them into QgsProcessingException.
    """

    ALGORITHM_NAME = ""
    DISPLAY_NAME = ""
    GROUP_ID = ""
    HELP = ""
    REQUIRES = ()
    #: groups of parameter names of which at least one must be given ("a sample layer or an inventory"):
    #: checkParameterValues refuses the run before it starts, naming the labels of the group
    ONE_OF = ()
    #: groups of parameter names of which at most one may be given
    EXCLUSIVE = ()
    #: (layer parameter, label field parameter) pairs of sample-layer inputs: a layer without the label
    #: field (default 'label') is refused before the run, e.g. the raw inventory QGIS picks as default
    SAMPLE_LAYERS = ()
    #: path of the run record the last write_run_record wrote
    last_record_path = ""

    def tr(self, text):
        """Translate *text* with the class name as context, else "@default" (where pylupdate5 files the
        calls of a local alias such as `tr = self.tr`)."""
        translated = QCoreApplication.translate(type(self).__name__, text)
        return translated if translated != text else QCoreApplication.translate("@default", text)

    def createInstance(self):  # noqa: N802 (QGIS API name)
        return type(self)()

    def name(self):
        return self.ALGORITHM_NAME

    def displayName(self):  # noqa: N802
        return self.tr(self.DISPLAY_NAME)

    def group(self):
        return group_name(self.GROUP_ID)

    def groupId(self):  # noqa: N802
        return self.GROUP_ID

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):  # noqa: N802
        return group_icon_path(self.GROUP_ID)

    def shortHelpString(self):  # noqa: N802
        return self.tr(self.HELP)

    def helpUrl(self):  # noqa: N802
        return f"{REFERENCE_URL}#{help_anchor(self.ALGORITHM_NAME)}"

    @classmethod
    def reference_text(cls):
        """The full English reference of the README section (Markdown): algorithms/help/<name>.md,
        else HELP. Not translated: it is the README's text."""
        path = os.path.join(HELP_DIR, f"{cls.ALGORITHM_NAME}.md")
        if not os.path.isfile(path):
            return cls.HELP
        with open(path, encoding="utf-8") as handle:
            return handle.read().strip()

    def checkParameterValues(self, parameters, context):  # noqa: N802
        """Refuse a run whose ONE_OF group has no value or whose EXCLUSIVE group has several, with a
        message naming the parameters' labels (the dialog shows it before the run starts)."""
        message = self.one_of_message(parameters) or self.sample_layer_message(parameters, context)
        if message:
            return False, message
        return super().checkParameterValues(parameters, context)

    def sample_layer_message(self, parameters, context):
        """The message for the first SAMPLE_LAYERS layer that lacks its label field, else ''."""
        for layer_name, field_name in self.SAMPLE_LAYERS:
            if not _is_set(parameters.get(layer_name)):
                continue
            source = self.parameterAsSource(parameters, layer_name, context)
            field = (self.parameterAsString(parameters, field_name, context) or "").strip() or "label"
            if source is None or source.fields().lookupField(field) >= 0:
                continue
            return self.tr(
                "Layer '{}' has no field '{}': it is not a sample layer. Choose the output of lsm:buildsamples "
                "or lsm:spysampling as '{}', or name its 0/1 field in '{}'."
            ).format(
                source.sourceName(),
                field,
                self.parameterDefinition(layer_name).description(),
                self.parameterDefinition(field_name).description(),
            )
        return ""

    def one_of_message(self, parameters):
        """The message for the first ONE_OF / EXCLUSIVE group *parameters* break, else ''."""
        for names in self.ONE_OF:
            if not any(_is_set(parameters.get(name)) for name in names):
                return self.tr("Give {}: one of them is needed.").format(self._labels(names, self.tr("or")))
        for names in self.EXCLUSIVE:
            given = [name for name in names if _is_set(parameters.get(name))]
            if len(given) > 1:
                return self.tr("Give either {}, not both.").format(self._labels(given, self.tr("or")))
        return ""

    def _labels(self, names, word):
        labels = []
        for name in names:
            definition = self.parameterDefinition(name)
            labels.append("'{}'".format(definition.description() if definition is not None else name))
        if len(labels) == 1:
            return labels[0]
        return "{} {} {}".format(", ".join(labels[:-1]), word, labels[-1])

    def canExecute(self):  # noqa: N802
        """(False, message with the pip line) when an optional dependency is missing."""
        message = dependency_message(self.REQUIRES)
        if message:
            return False, self.tr(message)
        return True, ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        """Run process() guarded by algorithms._outputs.OutputGuard: the output paths are checked
        before any work (folder created when missing, writable), and on error or cancel every file
        the run wrote is removed and an overwritten file is put back, so the folders hold nothing new."""
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        self._sinks = []
        self._feedback = feedback
        self._guard = OutputGuard(self, parameters, context)
        try:
            self._guard.prepare()
            with joblib_threads(), gdal_cache_budget():
                results = self.process(parameters, context, feedback)
            if _canceled(feedback):
                # a loop that stopped on the cancel request without raising: its outputs are partial
                raise Canceled()
        except Canceled:
            message = self.tr("Cancelled: no output was written.")
        except LsmError as exc:
            # after a cancel request, QGIS's feature iterators stop early: an error then (an "empty"
            # layer) is the cancel's doing
            message = self.tr("Cancelled: no output was written.") if _canceled(feedback) else str(exc)
        except BaseException:
            self._discard_outputs()  # a bug: clean up, keep its traceback
            raise
        else:
            self._sinks = []  # the last reference: the sinks close before QGIS loads them
            self._feedback = None
            self._guard.commit()
            return results
        # Outside the except block the run's frames (sinks, readers) are already freed: the files are
        # closed before they are removed, and the message reaches the user without a chained traceback.
        self._discard_outputs()
        raise QgsProcessingException(message)

    def _discard_outputs(self):
        self._sinks = []
        self._feedback = None
        gc.collect()
        self._guard.rollback()

    def register_output(self, path, written=False):
        """Declare a file the run writes besides its destination parameters (a PNG, a CSV next to
        the output): on error or cancel it is removed with its companions. Call it before writing
        (a file that existed then is kept), or after with *written* (the file is the run's)."""
        guard = getattr(self, "_guard", None)
        if guard is None:
            return
        if written:
            guard.created(path)
        else:
            guard.track(path)

    def parameterAsSink(self, parameters, name, context, *args, **kwargs):  # noqa: N802
        """QGIS's sink, kept so a failed run can close it before removing its file."""
        sink, dest_id = super().parameterAsSink(parameters, name, context, *args, **kwargs)
        if sink is not None and hasattr(self, "_sinks"):
            self._sinks.append(sink)
            path = destination_path(str(dest_id or "").split("|")[0], context)
            if path is not None:
                self.register_output(path)
        return sink, dest_id

    def parameterAsOutputLayer(self, parameters, name, context):  # noqa: N802
        path = super().parameterAsOutputLayer(parameters, name, context)
        self._track_destination(path, context)
        return path

    def parameterAsFileOutput(self, parameters, name, context):  # noqa: N802
        path = super().parameterAsFileOutput(parameters, name, context)
        path = _params.lasting_bundle_path(self, parameters, context, path)  # not in QGIS's temp folder
        definition = self.parameterDefinition(name)
        if not isinstance(definition, QgsProcessingParameterFolderDestination):
            self._track_destination(path, context)
        return path

    def _track_destination(self, path, context):
        path = destination_path(path, context)
        if path is not None:
            self.register_output(path)

    def process(self, parameters, context, feedback):
        """The work of the run: read the parameters, call the core, return the results dict."""
        raise NotImplementedError(f"{type(self).__name__} does not implement process()")

    def write_run_record(self, record, parameters, context, feedback, output_path=None):
        """Write the run record dict *record* (core.records / core.runrecord.new_record) into the run
        store (the RUN_STORE parameter, else the default beside the project / *output_path*), log
        where, and return the run id. The file's path is in self.last_record_path afterwards."""
        store = _params.run_store(self, parameters, context, output_path)
        guard = getattr(self, "_guard", None)
        if guard is not None:
            guard.folder_for(store)
        try:
            path = write_record(store, record)
        except OSError as exc:
            raise LsmError(
                self.tr("Cannot write the run record into '{}': {}. Choose another run store folder.").format(
                    store, exc
                )
            ) from exc
        self.last_record_path = path
        self.register_output(path, written=True)
        feedback.pushInfo(self.tr("Run record: {}").format(path))
        return record["run_id"]

    # -- helpers shared by the algorithms -------------------------------------------------------

    def raster_factors(self, layers, categorical_names=()):
        """core Factor list from raster layers: a single band is named after the layer, each band
        of a multi-band stack after its description (or '<layer>_b<n>' without one)."""
        from osgeo import gdal

        categorical = {name.strip() for name in categorical_names if name.strip()}
        factors = []
        for layer in layers:
            if not isinstance(layer, QgsRasterLayer) or not layer.isValid():
                raise LsmError(
                    self.tr("Layer '{}' is not a valid raster layer.").format(
                        getattr(layer, "name", lambda: "?")()
                    )
                )
            path = layer.source().split("|")[0]
            if not os.path.exists(path):
                raise LsmError(
                    self.tr("Raster '{}' is not a file on disk ({}); save it as GeoTIFF first.").format(
                        layer.name(), path
                    )
                )
            count = layer.bandCount()
            dataset = gdal.Open(path) if count > 1 else None
            for band in range(1, count + 1):
                if count == 1:
                    name = layer.name()
                else:
                    description = dataset.GetRasterBand(band).GetDescription().strip()
                    name = description or f"{layer.name()}_b{band}"
                factors.append(Factor(name=name, path=path, band=band, categorical=name in categorical))
        names = [f.name for f in factors]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise LsmError(
                self.tr(
                    "Several factor bands are named {}: rename the layers (or band descriptions) so "
                    "each factor has its own name."
                ).format(", ".join(duplicates))
            )
        unknown = categorical - set(names)
        if unknown:
            raise LsmError(
                self.tr("Categorical factor(s) {} are not among the factor rasters ({}).").format(
                    ", ".join(sorted(unknown)), ", ".join(names)
                )
            )
        self.warn_untagged_nodata(factors)
        return factors

    def warn_untagged_nodata(self, factors, feedback=None):
        """Warn (in the run's log) about each factor band whose minimum or maximum looks like a nodata
        marker it does not declare (-9999, -3.4e38, ...): core.nodata.untagged_nodata_note."""
        feedback = feedback or getattr(self, "_feedback", None)
        if feedback is None:
            return
        for factor in factors:
            note = untagged_nodata_note(factor.path, factor.band, factor.name)
            if note:
                push_notes(feedback, [note])

    @staticmethod
    def default_run_store(context, output_path=None):
        """The default run store folder (core.paths.default_run_store for the context's project)."""
        return default_run_store(
            _params.project_home(context), output_path, _params.profile_folder(), _params.temp_folders()
        )


def _is_set(value):
    """Whether a parameter value gives something: not None/NULL, not an empty text or list."""
    if value is None:
        return False
    if isinstance(value, QVariant) and value.isNull():
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, tuple)):
        return bool(value)
    return True


def _canceled(feedback):
    return feedback is not None and feedback.isCanceled()
