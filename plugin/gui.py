"""GUI entries of the plugin: Plugins > Landslide Susceptibility > Compare runs, its toolbar button, the dock."""

from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .provider import ICON_PATH


def tr(text):
    """Translate *text* with the GUI's context."""
    return QCoreApplication.translate("PluginGui", text)


class PluginGui:
    """Adds the "Compare runs" action (menu and toolbar) that shows and hides the metrics dock.

    The dock is created on first use, so QGIS starts without importing matplotlib.
    """

    def __init__(self, iface):
        self.iface = iface
        self.action = None
        self.dock = None
        self.menu = tr("&Landslide Susceptibility")

    def setup(self):
        """Add the menu entry and the toolbar button."""
        self.action = QAction(QIcon(ICON_PATH), tr("Compare runs"), self.iface.mainWindow())
        self.action.setObjectName("lsmCompareRuns")
        self.action.setCheckable(True)
        self.action.setToolTip(
            tr("Compare runs: metrics, charts and outputs of the landslide susceptibility runs")
        )
        self.action.triggered.connect(self.toggle_dock)
        self.iface.addPluginToMenu(self.menu, self.action)
        self.iface.addToolBarIcon(self.action)

    def show_dock(self):
        """Create the dock if needed, show it and bring it to the front; returns it."""
        if self.dock is None:
            from .metrics_dock import MetricsDock

            self.dock = MetricsDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
        self.dock.show()
        self.dock.raise_()
        self.dock.reload()
        if self.action is not None:
            self.action.setChecked(True)
        return self.dock

    def toggle_dock(self, checked=True):
        """Show the dock when *checked*, else hide it."""
        if checked:
            self.show_dock()
        elif self.dock is not None:
            self.dock.hide()

    def _dock_visibility_changed(self, _visible):
        # a dock tabbed behind another is not visible but still open: follow isHidden (closed)
        if self.action is not None and self.dock is not None:
            self.action.setChecked(not self.dock.isHidden())

    def teardown(self):
        """Remove the menu entry, the toolbar button and the dock."""
        if self.dock is not None:
            self.dock.shutdown()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginMenu(self.menu, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
