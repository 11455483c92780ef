"""The metrics dock: compare run records side by side (table with best values, charts, actions).

Reads every `*.lsmrun.json` of the run store folders remembered in the plugin settings plus the
default stores the algorithms write to (the current project's, the QGIS profile's: see dock_stores),
and watches them with a QFileSystemWatcher, so a run that finishes (toolbox, modeler, a model's child
or qgis_process) shows up without a manual refresh; plugin.gui.PluginGui also adds the store of a
finished toolbox run that wrote elsewhere. A corrupt or unknown record is listed as unreadable with
its reason; a remembered folder that no longer exists is marked missing and can be removed.

Three tabs (core.run_compare.record_section): runs with test metrics (the "best" marks only among
runs on the same test set and data), maps / class tables / rate curves, and the PU priors (scored on
their own reliable negatives: apart, never marked). A note under the tabs says when a metric shown was
measured on reliable negatives ('rn'), which flatter a model. Names are elided in the middle (the full
name is in the tooltip); the dock remembers its size and place (save_geometry / restore_geometry).

The jobs live in modules of their own: the table model (run_table), the chart panel (dock_charts),
the run store folders and their watching (dock_stores), the actions on the selected runs (dock_actions).
"""

import os
from functools import partial

from qgis.core import QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QFileSystemWatcher,
    QItemSelectionModel,
    QSize,
    Qt,
    QTimer,
)
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
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
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

try:  # Qt 6 (and qgis.PyQt of QGIS 3.40 on Qt 5): QAction is in QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:  # older QGIS 3 (3.22), Qt 5: in QtWidgets
    from qgis.PyQt.QtWidgets import QAction

from ..core.metrics import METRIC_KEYS
from ..core.run_compare import (
    SECTIONS,
    filter_choices,
    filter_records,
    format_ratio,
    split_sections,
    table_rows,
    uses_rn,
)
from .dock_actions import RunActionsMixin, layer_outputs
from .dock_charts import CHARTS, METRIC_CHARTS, SECTION_CHARTS, ChartPanel, has_data
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
from .run_table import MAP_COLUMN_KEYS, ROW_ROLE, RunTableModel, metric_label, tr

#: size of the dock the first time it opens (floating), clamped to the screen
FIRST_SIZE = (1100, 680)
#: widest a name column is made when the rows first appear (elided in the middle beyond)
NAME_WIDTH = 320
#: the note shown when a metric of the shown runs was measured on reliable negatives
RN_NOTE = QT_TRANSLATE_NOOP(
    "@default",
    "Some metrics shown were measured on reliable negatives ('rn' test set): reliable-negative test sets "
    "flatter a model; compare on random test cells or rate curves.",
)

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
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
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
        splitter = QSplitter(Qt.Orientation.Vertical, body)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_table_panel(splitter))
        splitter.addWidget(self._build_chart_panel(splitter))
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 3)
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
        """The tabs of runs (metric runs, maps, priors), the rn note, the status line and the list of
        unreadable records."""
        top = QWidget(parent)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        self.model = RunTableModel(self)
        self.maps_model = RunTableModel(self, MAP_COLUMN_KEYS, mark_best=False)
        self.priors_model = RunTableModel(self, mark_best=False)
        self.tabs = QTabWidget(top)
        self.tables = {}
        for section, model in zip(SECTIONS, (self.model, self.maps_model, self.priors_model)):
            model.renameRequested.connect(self.rename_run)
            self.tables[section] = self._build_table(self.tabs, model)
            self.tabs.addTab(self.tables[section], "")
        self.table = self.tables["metrics"]
        self.tabs.currentChanged.connect(self._tab_changed)
        top_layout.addWidget(self.tabs, 1)
        self.rn_note = QLabel(tr(RN_NOTE), top)
        self.rn_note.setWordWrap(True)
        self.rn_note.setStyleSheet("QLabel { background: #fff3cd; color: #5c4400; padding: 3px; }")
        top_layout.addWidget(self.rn_note)
        self.status_label = QLabel(top)
        self.status_label.setWordWrap(True)
        top_layout.addWidget(self.status_label)
        self.unreadable_list = QListWidget(top)
        self.unreadable_list.setMaximumHeight(2 * self.fontMetrics().height() + 10)
        self.unreadable_list.setToolTip(tr("Files of the run stores that could not be read, with the reason"))
        top_layout.addWidget(self.unreadable_list)
        return top

    def _build_table(self, parent, model):
        table = QTableView(parent)
        table.setModel(model)
        table.setSortingEnabled(True)
        table.sortByColumn(model.column_of("created"), Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setAlternatingRowColors(True)
        table.setTextElideMode(
            Qt.TextElideMode.ElideMiddle
        )  # the start and the end of a long name stay readable
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 6)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(partial(self._header_menu, table))
        for key in self.hidden_columns():
            if key in model.keys:
                table.setColumnHidden(model.column_of(key), True)
        table.setMinimumHeight(64)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        # the run actions also on a right click on the rows, Delete on the keyboard
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addActions([self.rename_action, self.delete_action, self.load_action, self.export_csv_action])
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
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

    def models(self):
        """{section: table model} of the three tabs."""
        return {"metrics": self.model, "maps": self.maps_model, "priors": self.priors_model}

    def current_section(self):
        """The section of the tab shown: 'metrics', 'maps' or 'priors'."""
        return SECTIONS[max(0, self.tabs.currentIndex())]

    def current_table(self):
        return self.tables[self.current_section()]

    def show_section(self, section):
        """Bring the tab of *section* to the front."""
        self.tabs.setCurrentIndex(SECTIONS.index(section))

    def refresh_table(self, *_args):
        """Apply the filters and grouping to the records and show them in their tabs (keeps the
        selection)."""
        selected = set(self.selected_run_ids())
        self.shown_records = filter_records(
            self.records,
            model=self.model_filter.currentData(),
            ratio=self.ratio_filter.currentData(),
            dataset=self.dataset_filter.currentData(),
        )
        sections = split_sections(self.shown_records)
        self.model.set_rows(table_rows(sections["metrics"], self.grouped, self.metric_set), self.grouped)
        self.maps_model.set_rows(table_rows(sections["maps"]), False)
        self.priors_model.set_rows(table_rows(sections["priors"], False, self.metric_set), False)
        self._update_tab_titles()
        self.rn_note.setVisible(uses_rn(self.model.rows + self.priors_model.rows))
        self._select_runs(selected)
        self.status_label.setText(self._status_text())
        self._fit_columns()
        self.redraw()

    def _update_tab_titles(self):
        titles = (tr("Metric runs ({})"), tr("Maps, classes, rate curves ({})"), tr("PU priors ({})"))
        for number, (title, model) in enumerate(zip(titles, self.models().values())):
            self.tabs.setTabText(number, title.format(model.rowCount()))
        self.tabs.setTabToolTip(
            2,
            tr(
                "Priors of lsm:spysampling, scored on their own reliable negatives: not comparable with "
                "the models, never marked best."
            ),
        )

    def _status_text(self):
        if not self.records:
            return tr(
                "No run records yet. Runs of the models, SPY, saturation test and LSNet algorithms appear here."
            )
        status = tr("{} of {} runs shown").format(len(self.shown_records), len(self.records))
        if self.grouped:
            status += tr("; metric runs in {} groups").format(self.model.rowCount())
        if self.unreadable:
            status += tr("; {} unreadable record(s) listed below").format(len(self.unreadable))
        return status + ". " + tr("Best values are marked among runs on the same test set and data.")

    def _fit_columns(self):
        """Fit the columns when rows first appear or the grouping changes, not on every reload (keeps
        the widths the user set)."""
        sizing = (self.grouped, tuple(m.rowCount() > 0 for m in self.models().values()))
        if sizing == self._sized_for:
            return
        self._sized_for = sizing
        for section, table in self.tables.items():
            table.resizeColumnsToContents()
            name_column = self.models()[section].column_of("name")
            table.setColumnWidth(name_column, min(table.columnWidth(name_column), NAME_WIDTH))

    def _select_runs(self, run_ids):
        for section, table in self.tables.items():
            model = self.models()[section]
            selection = table.selectionModel()
            selection.blockSignals(True)
            selection.clearSelection()
            for number, row in enumerate(model.rows):
                if run_ids.intersection(row["run_ids"]):
                    selection.select(
                        model.index(number, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
                    )
            selection.blockSignals(False)
            table.viewport().update()
        self._update_actions()

    def selected_rows(self):
        """Row dicts of the selected rows of the tab shown, in table order."""
        table = self.current_table()
        numbers = sorted({index.row() for index in table.selectionModel().selectedRows()})
        return [table.model().data(table.model().index(n, 0), ROW_ROLE) for n in numbers]

    def selected_records(self):
        """Records of the selected rows (every member of a selected group)."""
        return [record for row in self.selected_rows() for record in row["records"]]

    def selected_run_ids(self):
        return [run_id for row in self.selected_rows() for run_id in row["run_ids"]]

    def select_runs(self, run_ids):
        """Select the rows holding *run_ids* (showing the first tab that has them) and redraw."""
        wanted = set(run_ids)
        for section, model in self.models().items():
            if any(wanted.intersection(row["run_ids"]) for row in model.rows):
                self.tabs.blockSignals(True)
                self.show_section(section)
                self.tabs.blockSignals(False)
                break
        self._select_runs(wanted)
        self._suit_chart()
        self.redraw()

    def _selection_changed(self, *_args):
        self._update_actions()
        self.redraw()

    def _tab_changed(self, *_args):
        self._suit_chart()
        self._update_actions()
        self.redraw()

    def _suit_chart(self):
        """Pick a chart that fits the records of the tab shown when the chosen one does not."""
        suited = SECTION_CHARTS[self.current_section()]
        rows = self.selected_rows() or self.current_table().model().rows
        records = [record for row in rows for record in row["records"]]
        with_data = [kind for kind in suited if has_data(kind, records)] or list(suited)
        if self.chart_combo.currentData() not in with_data:
            self.chart_combo.blockSignals(True)
            self.chart_combo.setCurrentIndex(self.chart_combo.findData(with_data[0]))
            self.chart_combo.blockSignals(False)

    def _update_actions(self):
        rows = self.selected_rows() if hasattr(self, "tabs") else []
        grouped_tab = self.grouped and self.current_section() == "metrics"
        self.rename_action.setEnabled(len(rows) == 1 and not grouped_tab)
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
        """Show or hide the column *key* (in every tab that has it) and remember it."""
        hidden = set(self.hidden_columns())
        for section, table in self.tables.items():
            model = self.models()[section]
            if key in model.keys:
                table.setColumnHidden(model.column_of(key), not visible)
        hidden = (hidden | {key}) if not visible else (hidden - {key})
        QgsSettings().setValue(SETTINGS_PREFIX + "hidden_columns", sorted(hidden))

    def _header_menu(self, table, position):
        menu = QMenu(self)
        model = table.model()
        for column, key in enumerate(model.keys):
            action = menu.addAction(model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not table.isColumnHidden(column))
            action.toggled.connect(partial(self.set_column_visible, key))
        menu.exec(table.horizontalHeader().mapToGlobal(position))

    # -- geometry ------------------------------------------------------------------------------

    def save_geometry(self):
        """Remember whether the dock floats and its geometry (QgsSettings)."""
        settings = QgsSettings()
        settings.setValue(SETTINGS_PREFIX + "floating", bool(self.isFloating()))
        settings.setValue(SETTINGS_PREFIX + "geometry", self.saveGeometry())

    def restore_geometry(self):
        """Float at the remembered geometry; True when there was one (else nothing changes)."""
        settings = QgsSettings()
        geometry = settings.value(SETTINGS_PREFIX + "geometry", None)
        if not isinstance(geometry, QByteArray) or geometry.isEmpty():
            return False
        floating = settings.value(SETTINGS_PREFIX + "floating", True, type=bool)
        self.setFloating(floating)
        return bool(self.restoreGeometry(geometry)) or not floating

    def float_first_time(self, anchor=None):
        """Float at FIRST_SIZE (clamped to the screen of *anchor*, centred on it)."""
        self.setFloating(True)
        width, height = FIRST_SIZE
        screen = (anchor or self).screen().availableGeometry() if hasattr(self, "screen") else None
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        centre = (anchor.frameGeometry() if anchor is not None else screen).center() if screen else None
        if centre is not None:
            self.move(centre.x() - width // 2, centre.y() - height // 2)

    def hideEvent(self, event):  # noqa: N802 (Qt API name)
        self.save_geometry()
        super().hideEvent(event)

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
            rows = list(self.current_table().model().rows)
            scope = tr("Chart of all rows of this tab (select rows to narrow it).")
        records = [record for row in rows for record in row["records"]]
        note = self.chart.draw(
            kind, rows, records, self.metric_combo.currentData(), self.metric_set, self._colors
        )
        self.chart_note.setText(" ".join(t for t in (scope, note) if t))
