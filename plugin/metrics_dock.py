"""The metrics dock: compare run records side by side (table with best values, charts, actions).

Reads every `*.lsmrun.json` of the run store folders remembered in the plugin settings plus the
folder the algorithms write to for the current project (core.paths.default_run_store), and watches
them with a QFileSystemWatcher, so a run that finishes (toolbox, modeler or qgis_process) shows up
without a manual refresh; plugin.gui.PluginGui also adds the store of a finished toolbox run that
wrote elsewhere. A corrupt or unknown record is listed as unreadable with its reason.

The jobs live in modules of their own: the table model (run_table), the chart panel (dock_charts),
the run store folders and their watching (dock_stores), the actions on the selected runs (dock_actions).
"""

import os
from functools import partial

from qgis.core import QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QFileSystemWatcher, QItemSelectionModel, QSize, Qt, QTimer
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.metrics import METRIC_KEYS
from ..core.run_compare import filter_choices, filter_records, format_ratio, table_rows
from .dock_actions import RunActionsMixin, layer_outputs
from .dock_charts import CHARTS, METRIC_CHARTS, ChartPanel
from .dock_stores import (
    RELOAD_DELAY_MS,
    SETTINGS_PREFIX,
    STORES_KEY,
    StoreFoldersMixin,
    model_colors,
    project_run_store,
    read_records,
    remember_store,
    saved_stores,
)
from .run_table import ROW_ROLE, RunTableModel, metric_label, tr

#: names other modules and tests import from here
__all__ = [
    "MetricsDock",
    "STORES_KEY",
    "SETTINGS_PREFIX",
    "project_run_store",
    "remember_store",
    "saved_stores",
]


def theme_icon(name):
    """A QGIS theme icon by file name (e.g. 'mActionFileSave.svg')."""
    from qgis.core import QgsApplication

    return QgsApplication.getThemeIcon(name)


def _combo(parent, characters):
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def _tool_button(parent, icon, tip, slot):
    button = QToolButton(parent)
    button.setIcon(theme_icon(icon))
    button.setToolTip(tip)
    button.setAutoRaise(True)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class MetricsDock(StoreFoldersMixin, RunActionsMixin, QgsDockWidget):
    """Dock widget comparing the run records of the run store folders."""

    def __init__(self, iface=None, parent=None, settings_key=STORES_KEY, include_project_store=True):
        super().__init__(parent)
        self.iface = iface
        self.settings_key = settings_key
        self.include_project_store = include_project_store
        self.setObjectName("LsmMetricsDock")
        self.setWindowTitle(tr("Compare runs"))
        # dialogs, replaceable (tests): confirm(title, text) -> bool, ask_text(title, label, text) -> str|None,
        # ask_save_path(title, default, filter) -> str, ask_folder(title) -> str
        self.confirm = self._confirm_dialog
        self.ask_text = self._text_dialog
        self.ask_save_path = self._save_dialog
        self.ask_folder = self._folder_dialog
        self.records = []
        self.unreadable = []
        self.shown_records = []
        self.last_message = ("", "")
        self._colors = {}
        self._connected_project = None
        self._stale = False
        self._sized_for = None

        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self.schedule_reload)
        self.reload_timer = QTimer(self)
        self.reload_timer.setSingleShot(True)
        self.reload_timer.setInterval(RELOAD_DELAY_MS)
        self.reload_timer.timeout.connect(self._reload_if_visible)

        self._build()
        self._connect_project()
        self.reload()

    # -- construction --------------------------------------------------------------------------

    def _build(self):
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(self._build_folder_bar())
        layout.addLayout(self._build_filters())
        layout.addLayout(self._build_options())
        self._build_actions()
        splitter = QSplitter(Qt.Vertical, body)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table_panel(splitter))
        splitter.addWidget(self._build_chart_panel(splitter))
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        self.setWidget(body)
        self._update_actions()

    def _build_folder_bar(self):
        """Folder combo, add / remove / reload buttons and the toolbar of the run actions."""
        folders = QHBoxLayout()
        folder_icon = QLabel(self)
        folder_icon.setPixmap(theme_icon("mIconFolder.svg").pixmap(QSize(16, 16)))
        folder_icon.setToolTip(tr("Run store folders"))
        folders.addWidget(folder_icon)
        self.folder_combo = _combo(self, 6)
        self.folder_combo.setToolTip(tr("Folders read for run records; every run of every folder is listed."))
        folders.addWidget(self.folder_combo, 1)
        self.add_folder_button = _tool_button(
            self, "mActionAdd.svg", tr("Add a run store folder"), self.add_folder_dialog
        )
        self.remove_folder_button = _tool_button(
            self,
            "mActionRemove.svg",
            tr("Stop reading the selected run store folder"),
            self.remove_current_folder,
        )
        self.reload_button = _tool_button(
            self,
            "mActionRefresh.svg",
            tr("Read the run stores again (they are also watched for changes)"),
            self.reload,
        )
        for button in (self.add_folder_button, self.remove_folder_button, self.reload_button):
            folders.addWidget(button)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setStyleSheet("QToolBar { border: none; }")
        folders.addWidget(self.toolbar)
        return folders

    def _build_filters(self):
        """Model, ratio and data filters."""
        filters = QGridLayout()
        filters.setHorizontalSpacing(4)
        self.model_filter = _combo(self, 4)
        self.ratio_filter = _combo(self, 2)
        self.dataset_filter = _combo(self, 4)
        for column, (label, combo) in enumerate(
            (
                (tr("Model"), self.model_filter),
                (tr("Ratio"), self.ratio_filter),
                (tr("Data"), self.dataset_filter),
            )
        ):
            filters.addWidget(QLabel(label), 0, 2 * column)
            filters.addWidget(combo, 0, 2 * column + 1)
            filters.setColumnStretch(2 * column + 1, 1)
            combo.currentIndexChanged.connect(self.refresh_table)
        return filters

    def _build_options(self):
        """Grouping of the repeats and the threshold the metrics are compared at."""
        self.group_check = QCheckBox(tr("Group repeats (mean ± sd)"))
        self.group_check.setToolTip(
            tr(
                "One row per configuration (algorithm, model, ratio, data, experiment): mean ± sample sd over its repeats"
            )
        )
        self.group_check.toggled.connect(self.refresh_table)
        self.threshold_combo = _combo(self, 10)
        self.threshold_combo.addItem(tr("Run's threshold"), "metrics")
        self.threshold_combo.addItem(tr("Best G-mean threshold"), "metrics_best")
        self.threshold_combo.setToolTip(
            tr(
                "Which metrics of the records to compare: at the threshold the run reported (0.5 unless "
                "set), or at the threshold that maximises the G-mean"
            )
        )
        self.threshold_combo.currentIndexChanged.connect(self.refresh_table)
        options = QHBoxLayout()
        options.addWidget(self.group_check)
        options.addWidget(self.threshold_combo, 1)
        return options

    def _build_actions(self):
        self.rename_action = self._action(
            "mActionEditTable.svg", tr("Rename run…"), self.rename_selected_dialog
        )
        self.delete_action = self._action(
            "mActionDeleteSelected.svg", tr("Delete selected runs…"), self.delete_selected
        )
        self.load_action = self._action(
            "mActionAddLayer.svg", tr("Load the outputs of the selected runs"), self.load_selected_outputs
        )
        self.export_csv_action = self._action(
            "mActionFileSaveAs.svg", tr("Export the table to CSV…"), self.export_csv_dialog
        )

    def _build_table_panel(self, parent):
        """The runs table, the status line and the list of unreadable records."""
        top = QWidget(parent)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        self.model = RunTableModel(self)
        self.model.renameRequested.connect(self.rename_run)
        self.table = self._build_table(top)
        top_layout.addWidget(self.table, 1)
        self.status_label = QLabel(top)
        self.status_label.setWordWrap(True)
        top_layout.addWidget(self.status_label)
        self.unreadable_list = QListWidget(top)
        self.unreadable_list.setMaximumHeight(2 * self.fontMetrics().height() + 10)
        self.unreadable_list.setToolTip(tr("Files of the run stores that could not be read, with the reason"))
        top_layout.addWidget(self.unreadable_list)
        return top

    def _build_table(self, parent):
        table = QTableView(parent)
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.sortByColumn(self.model.column_of("created"), Qt.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectRows)
        table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.SelectedClicked)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for key in self.hidden_columns():
            if key in self.model.keys:
                table.setColumnHidden(self.model.column_of(key), True)
        table.setMinimumHeight(90)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        # the run actions also on a right click on the rows, Delete on the keyboard
        table.setContextMenuPolicy(Qt.ActionsContextMenu)
        table.addActions([self.rename_action, self.delete_action, self.load_action, self.export_csv_action])
        self.delete_action.setShortcut(QKeySequence.Delete)
        self.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        return table

    def _build_chart_panel(self, parent):
        """Chart and metric choice, the chart and its note."""
        bottom = QWidget(parent)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.setSpacing(2)
        chart_bar = QHBoxLayout()
        self.chart_combo = _combo(self, 10)
        for key, title in CHARTS.items():
            self.chart_combo.addItem(tr(title), key)
        self.metric_combo = _combo(self, 6)
        for key in METRIC_KEYS:
            self.metric_combo.addItem(metric_label(key), key)
        settings = QgsSettings()
        self.chart_combo.setCurrentIndex(
            max(0, self.chart_combo.findData(settings.value(SETTINGS_PREFIX + "chart", "bar")))
        )
        self.metric_combo.setCurrentIndex(
            max(0, self.metric_combo.findData(settings.value(SETTINGS_PREFIX + "metric", "roc_auc")))
        )
        self.chart_combo.currentIndexChanged.connect(self._chart_choice_changed)
        self.metric_combo.currentIndexChanged.connect(self._chart_choice_changed)
        self.export_chart_button = _tool_button(
            self,
            "mActionSaveMapAsImage.svg",
            tr("Save the chart as PNG or SVG…"),
            self.export_chart_dialog,
        )
        chart_bar.addWidget(self.chart_combo, 2)
        chart_bar.addWidget(self.metric_combo, 1)
        chart_bar.addWidget(self.export_chart_button)
        bottom_layout.addLayout(chart_bar)
        self.chart = ChartPanel(bottom)
        bottom_layout.addWidget(self.chart, 1)
        self.chart_note = QLabel(bottom)
        self.chart_note.setWordWrap(True)
        bottom_layout.addWidget(self.chart_note)
        return bottom

    def _action(self, icon, text, slot):
        action = QAction(theme_icon(icon), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    # -- showing -----------------------------------------------------------------------------

    def showEvent(self, event):  # noqa: N802 (Qt API name)
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- reading -------------------------------------------------------------------------------

    def reload(self):
        """Read every run store again and refresh filters, table, unreadable list and chart."""
        self._stale = False
        folders = self.store_folders()
        self._fill_folder_combo(folders)
        self.records, self.unreadable = read_records([f for f, _ in folders])
        self._colors = model_colors(self.records)
        self._update_watch([f for f, _ in folders])
        self._fill_filters()
        self._fill_unreadable()
        self.refresh_table()

    def _fill_filters(self):
        models, ratios, datasets = filter_choices(self.records)
        for combo, values, text in (
            (self.model_filter, models, str),
            (self.ratio_filter, ratios, format_ratio),
            (self.dataset_filter, datasets, str),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(tr("All"), None)
            for value in values:
                combo.addItem(text(value), value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _fill_unreadable(self):
        self.unreadable_list.clear()
        for item in self.unreadable:
            entry = QListWidgetItem(
                theme_icon("mIconWarning.svg"), tr("{}: {}").format(os.path.basename(item.path), item.reason)
            )
            entry.setToolTip(item.path)
            self.unreadable_list.addItem(entry)
        self.unreadable_list.setVisible(bool(self.unreadable))

    # -- table ---------------------------------------------------------------------------------

    @property
    def grouped(self):
        """True when repeats are grouped into mean +/- sd rows."""
        return self.group_check.isChecked()

    @property
    def metric_set(self):
        """'metrics' (at the run's threshold) or 'metrics_best' (at the best G-mean threshold)."""
        return self.threshold_combo.currentData() or "metrics"

    def refresh_table(self, *_args):
        """Apply the filters and grouping to the records and show them (keeps the selection)."""
        selected = set(self.selected_run_ids())
        self.shown_records = filter_records(
            self.records,
            model=self.model_filter.currentData(),
            ratio=self.ratio_filter.currentData(),
            dataset=self.dataset_filter.currentData(),
        )
        self.model.set_rows(table_rows(self.shown_records, self.grouped, self.metric_set), self.grouped)
        self._select_runs(selected)
        status = tr("{} of {} runs shown").format(len(self.shown_records), len(self.records))
        if self.grouped:
            status += tr(" in {} groups").format(self.model.rowCount())
        if self.unreadable:
            status += tr("; {} unreadable record(s) listed below").format(len(self.unreadable))
        if not self.records:
            status = tr(
                "No run records yet. Runs of the models, SPY, saturation test and LSNet algorithms appear here."
            )
        self.status_label.setText(status)
        # fit the columns when rows first appear or the grouping changes, not on every reload (keeps the
        # widths the user set)
        sizing = (self.grouped, self.model.rowCount() > 0)
        if sizing != self._sized_for:
            self._sized_for = sizing
            self.table.resizeColumnsToContents()
            name_column = self.model.column_of("name")
            self.table.setColumnWidth(name_column, min(self.table.columnWidth(name_column), 150))
        self.redraw()

    def _select_runs(self, run_ids):
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        for number, row in enumerate(self.model.rows):
            if run_ids.intersection(row["run_ids"]):
                selection.select(
                    self.model.index(number, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows
                )
        selection.blockSignals(False)
        self.table.viewport().update()
        self._update_actions()

    def selected_rows(self):
        """Row dicts of the selected table rows, in table order."""
        numbers = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.data(self.model.index(n, 0), ROW_ROLE) for n in numbers]

    def selected_records(self):
        """Records of the selected rows (every member of a selected group)."""
        return [record for row in self.selected_rows() for record in row["records"]]

    def selected_run_ids(self):
        return [run_id for row in self.selected_rows() for run_id in row["run_ids"]]

    def select_runs(self, run_ids):
        """Select the rows holding *run_ids* (and redraw the chart)."""
        self._select_runs(set(run_ids))
        self.redraw()

    def _selection_changed(self, *_args):
        self._update_actions()
        self.redraw()

    def _update_actions(self):
        rows = self.selected_rows() if hasattr(self, "model") else []
        self.rename_action.setEnabled(len(rows) == 1 and not self.grouped)
        self.delete_action.setEnabled(bool(rows))
        self.load_action.setEnabled(any(layer_outputs(r) for row in rows for r in row["records"]))
        self.export_csv_action.setEnabled(self.model.rowCount() > 0)

    def hidden_columns(self):
        """Keys of the columns the user hid (header context menu), from the settings."""
        value = QgsSettings().value(SETTINGS_PREFIX + "hidden_columns", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def set_column_visible(self, key, visible):
        """Show or hide the column *key* and remember it."""
        self.table.setColumnHidden(self.model.column_of(key), not visible)
        hidden = [k for k in self.model.keys if self.table.isColumnHidden(self.model.column_of(k))]
        QgsSettings().setValue(SETTINGS_PREFIX + "hidden_columns", hidden)

    def _header_menu(self, position):
        menu = QMenu(self)
        for column, key in enumerate(self.model.keys):
            action = menu.addAction(self.model.headerData(column, Qt.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(partial(self.set_column_visible, key))
        menu.exec_(self.table.horizontalHeader().mapToGlobal(position))

    # -- charts --------------------------------------------------------------------------------

    def _chart_choice_changed(self, *_args):
        settings = QgsSettings()
        settings.setValue(SETTINGS_PREFIX + "chart", self.chart_combo.currentData())
        settings.setValue(SETTINGS_PREFIX + "metric", self.metric_combo.currentData())
        self.redraw()

    def set_chart(self, kind, metric=None):
        """Show chart *kind* (a key of CHARTS) of *metric* (a METRIC_KEYS key)."""
        self.chart_combo.setCurrentIndex(self.chart_combo.findData(kind))
        if metric is not None:
            self.metric_combo.setCurrentIndex(self.metric_combo.findData(metric))
        self.redraw()

    def redraw(self):
        """Draw the chosen chart for the selected rows (all rows shown when none is selected)."""
        kind = self.chart_combo.currentData() or "bar"
        self.metric_combo.setEnabled(kind in METRIC_CHARTS)
        if not self.chart.available:
            return
        rows = self.selected_rows()
        scope = tr("Chart of the selected rows.")
        if not rows:
            rows = list(self.model.rows)
            scope = tr("Chart of all rows shown (select rows to narrow it).")
        records = [record for row in rows for record in row["records"]]
        note = self.chart.draw(
            kind, rows, records, self.metric_combo.currentData(), self.metric_set, self._colors
        )
        self.chart_note.setText(" ".join(t for t in (scope, note) if t))
