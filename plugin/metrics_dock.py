"""The metrics dock: compare run records side by side (table with best values, charts, actions).

Reads every `*.lsmrun.json` of the run store folders remembered in the plugin settings plus the
folder the algorithms write to for the current project (LsmAlgorithm.default_run_store), and watches
them with a QFileSystemWatcher, so a run that finishes (toolbox, modeler or qgis_process) shows up
without a manual refresh; plugin.gui.PluginGui also adds the store of a finished toolbox run that
wrote elsewhere. A corrupt or unknown record is listed as unreadable with its reason.
"""

import os
from functools import partial

from qgis.core import Qgis, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QFileSystemWatcher,
    QItemSelectionModel,
    QSize,
    Qt,
    QTimer,
)
from qgis.PyQt.QtGui import QKeySequence
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QAction,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.metrics import METRIC_KEYS
from ..core.run_compare import (
    class_area_series,
    curve,
    delete_record,
    filter_choices,
    filter_records,
    format_ratio,
    group_rows,
    prevalence,
    ratio_series,
    rename_record,
    table_rows,
    write_csv,
)
from ..core.runrecord import UnreadableRecord, read_store
from .run_table import ROW_ROLE, TR_CONTEXT, RunTableModel, metric_label, short_titles

#: QgsSettings keys of the dock
SETTINGS_PREFIX = "landslide_susceptibility/metrics_dock/"
STORES_KEY = SETTINGS_PREFIX + "run_stores"

#: milliseconds to wait after the last change in a store folder before re-reading it
RELOAD_DELAY_MS = 400

#: most curves / bars drawn in one chart (the rest is named in the chart's note)
MAX_SERIES = 30

#: chart id -> English title (translated when shown)
CHARTS = {
    "bar": QT_TRANSLATE_NOOP("@default", "Bar chart of a metric"),
    "box": QT_TRANSLATE_NOOP("@default", "Box plots over repeats"),
    "roc": QT_TRANSLATE_NOOP("@default", "ROC curves"),
    "pr": QT_TRANSLATE_NOOP("@default", "PR curves"),
    "ratio": QT_TRANSLATE_NOOP("@default", "Metric vs imbalance ratio"),
    "areas": QT_TRANSLATE_NOOP("@default", "Class areas per model"),
}

#: charts that use the chosen metric
METRIC_CHARTS = ("bar", "box", "ratio")


def tr(text):
    """Translate *text* (context run_table.TR_CONTEXT, where pylupdate5 files plain tr() calls)."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def theme_icon(name):
    """A QGIS theme icon by file name (e.g. 'mActionFileSave.svg')."""
    from qgis.core import QgsApplication

    return QgsApplication.getThemeIcon(name)


def project_run_store():
    """The run store the algorithms use for the current project (<project home>/lsm_runs, else ~/lsm_runs)."""
    from ..algorithms.base import LsmAlgorithm

    return LsmAlgorithm.default_run_store(None)


def _norm(path):
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
    if _norm(folder) in {_norm(f) for f in saved}:
        return False
    QgsSettings().setValue(settings_key, saved + [folder])
    return True


class ChartPanel(QWidget):
    """A matplotlib canvas with the chart drawing functions of the dock."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.figure = None
        self.canvas = None
        try:
            from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg
            from matplotlib.figure import Figure
        except ImportError as exc:
            label = QLabel(
                tr(
                    "Charts need matplotlib ({}). Install it into the Python of QGIS (python3-matplotlib)."
                ).format(exc)
            )
            label.setWordWrap(True)
            layout.addWidget(label)
            return
        self.figure = Figure(figsize=(5, 3), dpi=100, constrained_layout=True)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumSize(220, 150)
        self.canvas.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        layout.addWidget(self.canvas)

    @property
    def available(self):
        """True when matplotlib could be imported."""
        return self.figure is not None

    def save(self, path):
        """Save the current chart to *path* (format from the suffix: png, svg, pdf)."""
        self.figure.savefig(path, dpi=150)

    # -- drawing -------------------------------------------------------------------------------

    def draw(self, kind, rows, records, metric, metric_set, colors):
        """Draw chart *kind* for the table *rows* / their *records*; returns the note shown below."""
        if not self.available:
            return ""
        self.figure.clear()
        draw = {
            "bar": self._bar,
            "box": self._box,
            "roc": self._roc,
            "pr": self._pr,
            "ratio": self._ratio,
            "areas": self._areas,
        }[kind]
        note = draw(rows, records, metric, metric_set, colors) or ""
        self.canvas.draw_idle()
        return note

    def _empty(self, text):
        axes = self.figure.add_subplot(111)
        axes.set_axis_off()
        axes.text(0.5, 0.5, text, ha="center", va="center", wrap=True, fontsize=9, transform=axes.transAxes)

    @staticmethod
    def _color(colors, model_type):
        return colors.get(model_type or "", "#4c72b0")

    def _bar(self, rows, records, metric, metric_set, colors):
        rows = [r for r in rows if r["values"].get(metric) is not None]
        if not rows:
            self._empty(tr("No run among the selection has {}.").format(metric_label(metric)))
            return ""
        shown = rows[:MAX_SERIES]
        axes = self.figure.add_subplot(111)
        names = [_short(title) for title in short_titles(shown)]
        values = [r["values"][metric] for r in shown]
        errors = [r["sd"].get(metric) or 0.0 for r in shown]
        positions = list(range(len(shown)))[::-1]
        best = max(values)
        axes.barh(
            positions,
            values,
            xerr=errors if any(errors) else None,
            color=[self._color(colors, r["model_type"]) for r in shown],
            edgecolor=["black" if v == best else "none" for v in values],
            linewidth=1.2,
            capsize=3,
        )
        for y, value in zip(positions, values):
            axes.text(value, y, f" {value:.3f}", va="center", fontsize=7)
        axes.set_yticks(positions)
        axes.set_yticklabels(names, fontsize=7)
        axes.set_xlim(min(0.0, min(values) - 0.05), 1.08)
        axes.set_xlabel(metric_label(metric), fontsize=8)
        axes.tick_params(axis="x", labelsize=7)
        axes.grid(axis="x", alpha=0.3)
        if len(rows) > len(shown):
            return tr("{} of {} rows drawn.").format(len(shown), len(rows))
        return ""

    def _box(self, rows, records, metric, metric_set, colors):
        groups = [
            g for g in group_rows(records, metric_set) if any(v is not None for v in g["per_run"][metric])
        ]
        repeated = [g for g in groups if sum(v is not None for v in g["per_run"][metric]) >= 2]
        if not repeated:
            self._empty(
                tr(
                    "Box plots need repeated runs: select runs that differ only in their repeat index "
                    "(same model, ratio and data)."
                )
            )
            return ""
        shown = repeated[:MAX_SERIES]
        axes = self.figure.add_subplot(111)
        data = [[v for v in g["per_run"][metric] if v is not None] for g in shown]
        boxes = axes.boxplot(data, vert=True, patch_artist=True, widths=0.6)
        for patch, group in zip(boxes["boxes"], shown):
            patch.set_facecolor(self._color(colors, group["model_type"]))
            patch.set_alpha(0.75)
        for median in boxes["medians"]:
            median.set_color("black")
        labels = [f"{_short(title, 18)}\n(n={len(d)})" for title, d in zip(short_titles(shown), data)]
        axes.set_xticks(range(1, len(shown) + 1))
        axes.set_xticklabels(
            labels,
            fontsize=7,
            rotation=30 if len(shown) > 4 else 0,
            ha="right" if len(shown) > 4 else "center",
        )
        axes.set_ylabel(metric_label(metric), fontsize=8)
        axes.tick_params(axis="y", labelsize=7)
        axes.grid(axis="y", alpha=0.3)
        single = len(groups) - len(repeated)
        if single:
            return tr("{} configuration(s) with a single run left out.").format(single)
        return ""

    def _curves(self, records, kind, colors):
        drawn = 0
        skipped = 0
        axes = self.figure.add_subplot(111)
        auc_key = "roc_auc" if kind == "roc" else "pr_auc"
        styles = ["-", "--", ":", "-."]
        per_model = {}
        for record in records:
            data = curve(record, kind)
            if data is None:
                skipped += 1
                continue
            if drawn >= MAX_SERIES:
                skipped += 1
                continue
            model = record.get("model_type") or ""
            style = styles[per_model.get(model, 0) % len(styles)]
            per_model[model] = per_model.get(model, 0) + 1
            auc = (
                (record.get("metrics") or {}).get(auc_key)
                if isinstance(record.get("metrics"), dict)
                else None
            )
            label = _short(str(record.get("name") or record.get("run_id")), 24)
            if isinstance(auc, (int, float)):
                label += f" ({auc:.3f})"
            axes.plot(data[0], data[1], style, color=self._color(colors, model), linewidth=1.3, label=label)
            drawn += 1
        return axes, drawn, skipped

    def _roc(self, rows, records, metric, metric_set, colors):
        axes, drawn, skipped = self._curves(records, "roc", colors)
        if not drawn:
            self.figure.clear()
            self._empty(tr("No run among the selection has a ROC curve."))
            return ""
        axes.plot([0, 1], [0, 1], color="grey", linewidth=0.8, linestyle="--")
        axes.set_xlabel(tr("False positive rate (1 - specificity)"), fontsize=8)
        axes.set_ylabel(tr("True positive rate (sensitivity)"), fontsize=8)
        self._finish_curves(axes)
        return tr("{} run(s) without a curve left out.").format(skipped) if skipped else ""

    def _pr(self, rows, records, metric, metric_set, colors):
        axes, drawn, skipped = self._curves(records, "pr", colors)
        if not drawn:
            self.figure.clear()
            self._empty(tr("No run among the selection has a PR curve."))
            return ""
        shares = {round(p, 4) for p in (prevalence(r) for r in records) if p is not None}
        if len(shares) == 1:
            share = shares.pop()
            axes.axhline(share, color="grey", linewidth=0.8, linestyle="--")
            axes.text(
                0.01, share, tr(" no-skill ({:.2f})").format(share), fontsize=7, va="bottom", color="grey"
            )
        axes.set_xlabel(tr("Recall (sensitivity)"), fontsize=8)
        axes.set_ylabel(tr("Precision"), fontsize=8)
        self._finish_curves(axes)
        return tr("{} run(s) without a curve left out.").format(skipped) if skipped else ""

    @staticmethod
    def _finish_curves(axes):
        axes.set_xlim(0, 1)
        axes.set_ylim(0, 1.02)
        axes.set_aspect("equal", adjustable="box")
        axes.tick_params(labelsize=7)
        axes.grid(alpha=0.3)
        axes.legend(fontsize=6, loc="center left", bbox_to_anchor=(1.02, 0.5), frameon=False)

    def _ratio(self, rows, records, metric, metric_set, colors):
        series = ratio_series(records, metric, metric_set)
        if not series:
            self._empty(
                tr("No run among the selection has both a ratio and {} (run a saturation test).").format(
                    metric_label(metric)
                )
            )
            return ""
        axes = self.figure.add_subplot(111)
        ratios = set()
        for label, points in list(series.items())[:MAX_SERIES]:
            x = [p[0] for p in points]
            y = [p[1] for p in points]
            sd = [p[2] or 0.0 for p in points]
            ratios.update(x)
            model = label.split(" (")[0]
            color = self._color(colors, model)
            axes.errorbar(
                x,
                y,
                yerr=sd if any(sd) else None,
                marker="o",
                markersize=4,
                capsize=3,
                color=color,
                label=label,
            )
        if min(ratios) > 0 and max(ratios) / min(ratios) >= 10:
            axes.set_xscale("log")
        axes.set_xticks(sorted(ratios))
        axes.set_xticklabels([format_ratio(r) for r in sorted(ratios)], fontsize=7)
        axes.minorticks_off()
        axes.set_xlabel(tr("Negatives per positive (imbalance ratio)"), fontsize=8)
        axes.set_ylabel(metric_label(metric), fontsize=8)
        axes.tick_params(axis="y", labelsize=7)
        axes.grid(alpha=0.3)
        axes.legend(fontsize=7, frameon=False)
        return tr("Points: mean over repeats; bars: ± sample sd.")

    def _areas(self, rows, records, metric, metric_set, colors):
        labels, series = class_area_series(records)
        if not series:
            self._empty(
                tr(
                    "No run among the selection has class areas (maps classified into susceptibility classes)."
                )
            )
            return ""
        with_slides = any(slides is not None for _, slides in series.values())
        panels = [(tr("% of the area"), 0)] + ([(tr("% of the landslides"), 1)] if with_slides else [])
        count = min(len(series), MAX_SERIES)
        width = 0.8 / count
        share = None
        for number, (title, part) in enumerate(panels):
            axes = self.figure.add_subplot(1, len(panels), number + 1, sharey=share)
            share = axes
            for i, (label, data) in enumerate(list(series.items())[:count]):
                values = data[part]
                if values is None:
                    continue
                x = [c + (i - (count - 1) / 2) * width for c in range(len(labels))]
                model = label.split(" (")[0]
                axes.bar(
                    x, [v or 0.0 for v in values], width=width, color=self._color(colors, model), label=label
                )
            axes.set_xticks(range(len(labels)))
            axes.set_xticklabels([_short(v, 10) for v in labels], fontsize=7, rotation=30, ha="right")
            axes.set_title(title, fontsize=8)
            axes.tick_params(axis="y", labelsize=7)
            axes.grid(axis="y", alpha=0.3)
        self.figure.axes[0].set_ylabel("%", fontsize=8)
        self.figure.axes[0].legend(fontsize=7, frameon=False)
        return ""


def _short(text, length=28):
    text = str(text)
    return text if len(text) <= length else text[: length - 1] + "…"


class MetricsDock(QgsDockWidget):
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
        layout.addLayout(folders)

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
        layout.addLayout(filters)
        options = QHBoxLayout()
        options.addWidget(self.group_check)
        options.addWidget(self.threshold_combo, 1)
        layout.addLayout(options)

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

        splitter = QSplitter(Qt.Vertical, body)
        splitter.setChildrenCollapsible(False)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(2)
        self.model = RunTableModel(self)
        self.model.renameRequested.connect(self.rename_run)
        self.table = QTableView(top)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_of("created"), Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.SelectedClicked)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(False)
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        for key in self.hidden_columns():
            if key in self.model.keys:
                self.table.setColumnHidden(self.model.column_of(key), True)
        self.table.setMinimumHeight(90)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # the run actions also on a right click on the rows, Delete on the keyboard
        self.table.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.table.addActions(
            [self.rename_action, self.delete_action, self.load_action, self.export_csv_action]
        )
        self.delete_action.setShortcut(QKeySequence.Delete)
        self.delete_action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        top_layout.addWidget(self.table, 1)
        self.status_label = QLabel(top)
        self.status_label.setWordWrap(True)
        top_layout.addWidget(self.status_label)
        self.unreadable_list = QListWidget(top)
        self.unreadable_list.setMaximumHeight(2 * self.fontMetrics().height() + 10)
        self.unreadable_list.setToolTip(tr("Files of the run stores that could not be read, with the reason"))
        top_layout.addWidget(self.unreadable_list)

        bottom = QWidget(splitter)
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
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.splitter = splitter
        self.setWidget(body)
        self._update_actions()

    def _action(self, icon, text, slot):
        action = QAction(theme_icon(icon), text, self)
        action.triggered.connect(lambda _checked=False: slot())
        self.toolbar.addAction(action)
        return action

    # -- run store folders ---------------------------------------------------------------------

    def saved_folders(self):
        """The run store folders remembered in the plugin settings."""
        return saved_stores(self.settings_key)

    def store_folders(self):
        """[(folder, from_project)]: the saved folders and the current project's run store."""
        folders = []
        seen = set()
        candidates = [(f, False) for f in self.saved_folders()]
        if self.include_project_store:
            candidates.append((project_run_store(), True))
        for folder, from_project in candidates:
            key = _norm(folder)
            if key not in seen:
                seen.add(key)
                folders.append((folder, from_project))
        return folders

    def add_folder(self, folder):
        """Remember *folder* as a run store and read it."""
        remember_store(folder, self.settings_key)
        self.reload()

    def remove_folder(self, folder):
        """Forget the saved run store *folder* (its files are left alone)."""
        kept = [f for f in self.saved_folders() if _norm(f) != _norm(folder)]
        QgsSettings().setValue(self.settings_key, kept)
        self.reload()

    def add_folder_dialog(self):
        folder = self.ask_folder(tr("Run store folder"))
        if folder:
            self.add_folder(folder)

    def remove_current_folder(self):
        folder = self.folder_combo.currentData()
        if folder and folder in self.saved_folders():
            self.remove_folder(folder)

    def _fill_folder_combo(self, folders):
        current = self.folder_combo.currentData()
        self.folder_combo.blockSignals(True)
        self.folder_combo.clear()
        for folder, from_project in folders:
            text = tr("{} (project)").format(folder) if from_project else folder
            self.folder_combo.addItem(text, folder)
            tip = tr("Run store of the current project: the algorithms write here unless told otherwise.")
            if not os.path.isdir(folder):
                tip += "\n" + tr(
                    "The folder does not exist yet; it is watched and read once a run creates it."
                )
            self.folder_combo.setItemData(
                self.folder_combo.count() - 1, tip if from_project else folder, Qt.ToolTipRole
            )
        index = self.folder_combo.findData(current)
        self.folder_combo.setCurrentIndex(max(0, index))
        self.folder_combo.blockSignals(False)
        self.remove_folder_button.setEnabled(any(not p for _, p in folders))

    def _update_watch(self, folders):
        wanted = set()
        for folder in folders:
            if os.path.isdir(folder):
                wanted.add(os.path.abspath(folder))
            elif os.path.isdir(os.path.dirname(os.path.abspath(folder))):
                wanted.add(os.path.dirname(os.path.abspath(folder)))
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

    def showEvent(self, event):  # noqa: N802 (Qt API name)
        super().showEvent(event)
        if self._stale:
            self.reload()

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

    # -- reading -------------------------------------------------------------------------------

    def reload(self):
        """Read every run store again and refresh filters, table, unreadable list and chart."""
        self._stale = False
        folders = self.store_folders()
        self._fill_folder_combo(folders)
        records, unreadable, seen = [], [], set()
        for folder, _ in folders:
            found, broken = read_store(folder)
            unreadable.extend(broken)
            for record in found:
                problem = _record_problem(record)
                if problem:
                    unreadable.append(UnreadableRecord(record.get("_path", ""), problem))
                    continue
                record["run_id"] = str(record["run_id"])
                if record["run_id"] in seen:
                    continue
                seen.add(record["run_id"])
                records.append(record)
        records.sort(key=lambda r: str(r.get("created", "")))
        self.records = records
        self.unreadable = unreadable
        models = sorted({str(r.get("model_type") or "") for r in records})
        palette = [
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
        ]
        self._colors = {m: palette[i % len(palette)] for i, m in enumerate(models)}
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
        self.load_action.setEnabled(any(_layer_outputs(r) for row in rows for r in row["records"]))
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

    # -- actions -------------------------------------------------------------------------------

    def _record(self, run_id):
        for record in self.records:
            if record["run_id"] == run_id:
                return record
        return None

    def rename_run(self, run_id, name):
        """Write *name* as the display name of run *run_id* (into its record file)."""
        record = self._record(run_id)
        if record is None:
            return False
        try:
            rename_record(record, name)
        except (OSError, ValueError) as exc:
            self.notify(tr("Could not rename the run: {}").format(exc), Qgis.Warning)
            return False
        self.reload()
        return True

    def rename_selected_dialog(self):
        rows = self.selected_rows()
        if len(rows) != 1 or self.grouped:
            return
        name = self.ask_text(tr("Rename run"), tr("New name of the run:"), rows[0]["name"])
        if name and name.strip():
            self.rename_run(rows[0]["run_ids"][0], name.strip())

    def delete_selected(self):
        """Delete the record files of the selected runs after confirmation; returns how many."""
        records = self.selected_records()
        if not records:
            return 0
        names = "\n".join("• " + str(r.get("name") or r["run_id"]) for r in records[:12])
        if len(records) > 12:
            names += "\n" + tr("… and {} more").format(len(records) - 12)
        question = tr(
            "Delete {} run record(s)?\n\n{}\n\nThe record files are removed from the run store; the output "
            "files of the runs are left on disk."
        ).format(len(records), names)
        if not self.confirm(tr("Delete runs"), question):
            return 0
        deleted = 0
        for record in records:
            try:
                delete_record(record)
                deleted += 1
            except OSError as exc:
                self.notify(tr("Could not delete {}: {}").format(record.get("_path"), exc), Qgis.Warning)
        self.reload()
        return deleted

    def export_csv(self, path):
        """Write the table as shown (filters and grouping applied) to the CSV file *path*."""
        write_csv(path, self.model.rows, self.grouped)
        self.notify(tr("Table exported to {}").format(path), Qgis.Success)
        return path

    def export_csv_dialog(self):
        path = self.ask_save_path(tr("Export the runs table"), "lsm_runs.csv", tr("CSV files (*.csv)"))
        if path:
            if not path.lower().endswith(".csv"):
                path += ".csv"
            try:
                self.export_csv(path)
            except OSError as exc:
                self.notify(tr("Could not write {}: {}").format(path, exc), Qgis.Warning)

    def export_chart(self, path):
        """Save the current chart to *path* (.png or .svg; another suffix gets .png added)."""
        if not self.chart.available:
            raise RuntimeError(tr("Charts need matplotlib."))
        if os.path.splitext(path)[1].lower() not in (".png", ".svg", ".pdf"):
            path += ".png"
        self.chart.save(path)
        self.notify(tr("Chart saved to {}").format(path), Qgis.Success)
        return path

    def export_chart_dialog(self):
        if not self.chart.available:
            return
        path = self.ask_save_path(
            tr("Save the chart"), "lsm_chart.png", tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if path:
            try:
                self.export_chart(path)
            except OSError as exc:
                self.notify(tr("Could not write {}: {}").format(path, exc), Qgis.Warning)

    def load_outputs(self, records):
        """Add the output layers of *records* (record['outputs']) to the project; returns the layers.

        Each run gets a layer tree group named after it; files that are not layers (model bundles,
        reports) and files that no longer exist are skipped and counted in the message.
        """
        from .postprocessors import apply_classed_style

        project = QgsProject.instance()
        root = project.layerTreeRoot()
        layers, missing = [], []
        for record in records:
            outputs = record.get("outputs")
            if not isinstance(outputs, dict):
                continue
            run_layers = []
            for key, path in _layer_outputs(record).items():
                if not os.path.exists(path.split("|")[0]):
                    missing.append(path)
                    continue
                name = "{} – {}".format(record.get("name") or record["run_id"], key)
                layer = QgsRasterLayer(path, name)
                if not layer.isValid():
                    layer = QgsVectorLayer(path, name, "ogr")
                if not layer.isValid():
                    continue
                labels = (
                    (record.get("class_areas") or {}).get("labels")
                    if isinstance(record.get("class_areas"), dict)
                    else None
                )
                if (
                    isinstance(layer, QgsRasterLayer)
                    and labels
                    and layer.bandCount() == 1
                    and _integer_band(layer)
                ):
                    apply_classed_style(layer, [str(v) for v in labels])
                run_layers.append(layer)
            if run_layers:
                group = root.insertGroup(0, str(record.get("name") or record["run_id"]))
                for layer in run_layers:
                    project.addMapLayer(layer, False)
                    group.addLayer(layer)
                layers.extend(run_layers)
        text = tr("{} layer(s) loaded.").format(len(layers))
        if not layers and not missing:
            text = tr("The selected runs have no output layers (model bundles and reports are not layers).")
        if missing:
            text += " " + tr("Missing files: {}").format(", ".join(missing))
        self.notify(text, Qgis.Warning if missing else Qgis.Info)
        return layers

    def load_selected_outputs(self):
        self.load_outputs(self.selected_records())

    # -- messages and dialogs ------------------------------------------------------------------

    def notify(self, text, level=Qgis.Info):
        """Show *text* in the QGIS message bar (kept in last_message too)."""
        self.last_message = (text, level)
        if self.iface is not None:
            self.iface.messageBar().pushMessage(tr("Compare runs"), text, level, 6)

    def _confirm_dialog(self, title, text):
        answer = QMessageBox.question(self, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def _text_dialog(self, title, label, text):
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def _save_dialog(self, title, default, filters):
        path, _ = QFileDialog.getSaveFileName(self, title, default, filters)
        return path

    def _folder_dialog(self, title):
        return QFileDialog.getExistingDirectory(self, title)


#: suffixes of run outputs that are not map layers
NOT_LAYERS = (
    ".zip",
    ".lsmodel",
    ".json",
    ".pkl",
    ".pt",
    ".html",
    ".txt",
    ".model3",
    ".png",
    ".svg",
    ".pdf",
    ".jpg",
)


def _layer_outputs(record):
    """{key: path} of the outputs of *record* that may be map layers (not bundles, images, reports)."""
    outputs = record.get("outputs")
    if not isinstance(outputs, dict):
        return {}
    return {
        key: path
        for key, path in outputs.items()
        if isinstance(path, str)
        and path
        and os.path.splitext(path.split("|")[0])[1].lower() not in NOT_LAYERS
    }


def _integer_band(layer):
    return layer.dataProvider().dataType(1) in (
        Qgis.Byte,
        Qgis.UInt16,
        Qgis.Int16,
        Qgis.UInt32,
        Qgis.Int32,
    )


def _record_problem(record):
    """Why a record (valid JSON with the schema) cannot be shown, or '' when it can."""
    for key in ("metrics", "metrics_best", "outputs", "curves", "class_areas", "confusion"):
        if key in record and record[key] is not None and not isinstance(record[key], dict):
            return tr("'{}' is not an object").format(key)
    if not str(record.get("run_id", "")).strip():
        return tr("empty 'run_id'")
    return ""


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
