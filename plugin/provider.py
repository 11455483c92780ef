"""The `lsm` Processing provider."""

import importlib
import inspect
import pkgutil
from pathlib import Path

from qgis.core import QgsApplication, QgsMessageLog, QgsProcessingProvider
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.paths import ICON_PATH, MODELS_DIR
from ..core.version import plugin_version
from .models import LsmModelAlgorithm


def algorithm_classes():
    """Every concrete algorithm class of the `algorithms` package, sorted by id.

    Modules are discovered, so an algorithm is one file in algorithms/ and nothing else to edit.
    """
    from .. import algorithms
    from ..algorithms.base import LsmAlgorithm

    classes = {}
    for module_info in pkgutil.iter_modules(algorithms.__path__):
        if module_info.name.startswith("_") or module_info.name == "base":
            continue
        module = importlib.import_module(f"{algorithms.__name__}.{module_info.name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, LsmAlgorithm)
                and obj is not LsmAlgorithm
                and obj.__module__ == module.__name__
                and not inspect.isabstract(obj)
                and getattr(obj, "ALGORITHM_NAME", None)
            ):
                classes[obj.ALGORITHM_NAME] = obj
    return [classes[name] for name in sorted(classes)]


def model_algorithms(folder=MODELS_DIR):
    """The graphical models shipped with the plugin (resources/models/*.model3), each becoming the
    algorithm `lsm:<model name>` (the name is fixed in tools/make_model.py; it never changes)."""
    models = []
    for path in sorted(Path(folder).glob("*.model3")):
        model = LsmModelAlgorithm()
        if model.fromFile(str(path)):
            models.append(model)
        else:
            QgsMessageLog.logMessage(
                QCoreApplication.translate("LsmProvider", "Could not read the model {}").format(path),
                "Processing",
            )
    return models


class LsmProvider(QgsProcessingProvider):
    """Processing provider with id `lsm` ("Landslide susceptibility")."""

    def id(self):
        return "lsm"

    def name(self):
        return QCoreApplication.translate("LsmProvider", "Landslide susceptibility")

    def longName(self):  # noqa: N802 (QGIS API name)
        return QCoreApplication.translate("LsmProvider", "Landslide susceptibility {}").format(
            plugin_version()
        )

    def icon(self):
        return QIcon(ICON_PATH)

    def svgIconPath(self):  # noqa: N802 (QGIS API name)
        return ICON_PATH

    def versionInfo(self):  # noqa: N802 (QGIS API name)
        return plugin_version()

    def load(self):
        """Load the algorithms, and load them once more when the registry has taken the provider:
        a model's steps are `lsm:` algorithms, which the registry finds only from then on, and a model
        whose steps are not found has no outputs (its output parameters come from the steps)."""
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is None and any(MODELS_DIR.glob("*.model3")):
            registry.providerAdded.connect(self._registered)
        return super().load()

    def _registered(self, provider_id):
        if provider_id != self.id():
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(self._registered)
        self.refreshAlgorithms()

    def loadAlgorithms(self):  # noqa: N802 (QGIS API name)
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
        # after the algorithms: a model's steps refer to them
        for model in model_algorithms():
            self.addAlgorithm(model)


def registered_provider():
    """The `lsm` provider of the Processing registry, an LsmProvider added to it first where it has none
    (headless runs: the QGIS test tier and the tools; in QGIS the plugin adds its own)."""
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("lsm")
    if provider is None:
        provider = LsmProvider()
        registry.addProvider(provider)
    return provider
