"""The plugin class: registers the `lsm` Processing provider and the GUI entries."""

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from ..core.paths import I18N_DIR
from .provider import LsmProvider


def install_translator():
    """Load i18n/landslide_susceptibility_<locale>.qm for QGIS's user locale, when there is one.

    Returns the installed QTranslator (keep a reference) or None."""
    locale = (QgsSettings().value("locale/userLocale", "") or "")[:2]
    path = os.path.join(str(I18N_DIR), f"landslide_susceptibility_{locale}.qm")
    if not locale or not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


class LandslideSusceptibilityPlugin:
    """Registers the provider in initProcessing() so qgis_process sees it without a GUI."""

    def __init__(self, iface):
        self.iface = iface
        self.translator = install_translator()
        self.provider = None
        self.gui = None

    def initProcessing(self):  # noqa: N802 (QGIS API name)
        """Create and register the provider (called by QGIS and by qgis_process)."""
        if self.provider is None:
            self.provider = LsmProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802 (QGIS API name)
        """Register the provider and add the GUI entries (menu, toolbar, dock)."""
        self.initProcessing()
        if self.iface is None:
            return
        try:
            from .gui import PluginGui
        except ImportError:
            return
        self.gui = PluginGui(self.iface)
        self.gui.setup()

    def unload(self):
        """Remove the provider and every GUI entry."""
        if self.gui is not None:
            self.gui.teardown()
            self.gui = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
