"""GUI entries of the plugin: Plugins > Landslide Susceptibility > Compare runs, its toolbar button, the dock.

Finished Processing runs are followed through the task manager: an algorithm run from its toolbox
dialog (or a model run from the model designer) is a QgsProcessingAlgRunnerTask, whose `executed`
signal carries the results. When they name a run record (RUN_RECORD) or sit beside a run store, that
folder is remembered for the dock and the dock re-reads its stores, so a run shows up even when it
wrote to a folder the dock did not know (an unsaved project writes 'lsm_runs' beside the outputs).
Runs that are no task (batch dialog in QGIS 3.22, Python console, qgis_process) are caught by the
dock's QFileSystemWatcher on the folders it knows.
"""

import os

from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

try:  # Qt 6 (and qgis.PyQt of QGIS 3.40 on Qt 5): QAction is in QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # older QGIS 3 (3.22), Qt 5: in QtWidgets
    from qgis.PyQt.QtWidgets import QAction

from ..core.paths import ICON_PATH


def tr(text):
    """Translate *text* (context "@default", where pylupdate5 files plain tr() calls)."""
    return QCoreApplication.translate("@default", text)


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
        QgsApplication.taskManager().taskAdded.connect(self._task_added)

    def _task_added(self, task_id):
        task = QgsApplication.taskManager().task(task_id)
        if isinstance(task, QgsProcessingAlgRunnerTask):
            task.executed.connect(self.algorithm_finished)

    def algorithm_finished(self, successful, results):
        """A Processing algorithm finished: remember the run stores its *results* point to (not the
        current project's, which the dock always reads) and let the dock re-read its stores."""
        if not successful or not isinstance(results, dict):
            return []
        from ..core.run_compare import stores_of_results
        from .dock_stores import STORES_KEY, project_run_store, remember_store

        project_store = os.path.normcase(os.path.realpath(project_run_store()))
        key = self.dock.settings_key if self.dock is not None else STORES_KEY
        added = []
        for folder in stores_of_results(results):
            if os.path.normcase(os.path.realpath(folder)) != project_store and remember_store(folder, key):
                added.append(folder)
        if self.dock is not None:
            self.dock.schedule_reload()
        return added

    def show_dock(self):
        """Create the dock if needed, show it and bring it to the front; returns it."""
        if self.dock is None:
            from .metrics_dock import MetricsDock

            self.dock = MetricsDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.visibilityChanged.connect(self._dock_visibility_changed)
            # floating at a usable size the first time, then where the user left it
            if not self.dock.restore_geometry():
                self.dock.float_first_time(self.iface.mainWindow())
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
        try:
            QgsApplication.taskManager().taskAdded.disconnect(self._task_added)
        except TypeError:
            pass
        if self.dock is not None:
            self.dock.save_geometry()
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
