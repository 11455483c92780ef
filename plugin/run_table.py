"""Qt table model of the metrics dock: one row per run or per repeat group, one column per metric.

Rows come from core.run_compare.table_rows; the best value of each metric column (among the rows
shown) is drawn bold on a green background with a tooltip. Sorting is done here (numbers as numbers,
empty cells last in both directions), so no proxy model is needed.
"""

from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    pyqtSignal,
)
from qgis.PyQt.QtGui import QBrush, QColor, QFont

from ..core.metrics import METRIC_KEYS, METRIC_LABELS
from ..core.run_compare import best_values, format_ratio, format_time, is_best

#: background of the best cell of each metric column
BEST_BACKGROUND = QColor("#c7e9c0")

#: column order: what tells runs apart first, then the metrics, then provenance (narrow docks show the first)
COLUMN_KEYS = ("name", "model_type", "ratio", "repeat", *METRIC_KEYS, "dataset", "algorithm", "created")

#: role giving the raw row dict of an index (any column)
ROW_ROLE = Qt.UserRole + 1
#: role giving the sortable value of a cell (float, int or str; None when empty)
SORT_ROLE = Qt.UserRole + 2


#: translation context of the plugin's GUI strings: pylupdate5 (`make translations`) files the calls
#: of a plain tr() function under "@default", so the lookup must use that context to find them
TR_CONTEXT = "@default"

#: the metric labels of core.metrics.METRIC_LABELS (no Qt there), marked here for pylupdate5
METRIC_LABELS_TR = (
    QT_TRANSLATE_NOOP("@default", "OA"),
    QT_TRANSLATE_NOOP("@default", "Precision"),
    QT_TRANSLATE_NOOP("@default", "Sensitivity"),
    QT_TRANSLATE_NOOP("@default", "Specificity"),
    QT_TRANSLATE_NOOP("@default", "BA"),
    QT_TRANSLATE_NOOP("@default", "G-mean"),
    QT_TRANSLATE_NOOP("@default", "F1"),
    QT_TRANSLATE_NOOP("@default", "Kappa"),
    QT_TRANSLATE_NOOP("@default", "ROC-AUC"),
    QT_TRANSLATE_NOOP("@default", "PR-AUC"),
)


def tr(text):
    """Translate *text* (context TR_CONTEXT)."""
    return QCoreApplication.translate(TR_CONTEXT, text)


def metric_label(key):
    """Translated short label of a metric key (OA, BA, ROC-AUC, ...)."""
    return tr(METRIC_LABELS[key])


def info_headers():
    """Translated headers of the descriptive columns (core.run_compare.INFO_KEYS)."""
    return {
        "name": tr("Name"),
        "created": tr("Time"),
        "algorithm": tr("Algorithm"),
        "model_type": tr("Model"),
        "ratio": tr("Ratio"),
        "repeat": tr("Repeat"),
        "dataset": tr("Data"),
    }


def group_title(row, parts=("model", "ratio", "dataset", "group")):
    """Display name of a repeat group: its shared run name, else model, ratio, dataset and
    experiment group (only the *parts* asked for; the model always)."""
    if row.get("name"):
        return row["name"]
    words = [row.get("model_type") or row.get("algorithm", "").split(":")[-1] or "?"]
    if "ratio" in parts and row.get("ratio") is not None:
        words.append(tr("ratio {}").format(format_ratio(row["ratio"])))
    if "dataset" in parts and row.get("dataset"):
        words.append(row["dataset"])
    if "group" in parts and row.get("group"):
        words.append(row["group"])
    return " · ".join(words)


def short_titles(rows):
    """Chart labels of *rows*: run names, or group titles naming only what differs between the rows."""
    parts = [
        part
        for part, key in (("ratio", "ratio"), ("dataset", "dataset"), ("group", "group"))
        if len({row.get(key) for row in rows}) > 1
    ]
    return [row["name"] if row.get("name") else group_title(row, parts) for row in rows]


class RunTableModel(QAbstractTableModel):
    """Runs (or repeat groups) x (descriptive columns + metric columns)."""

    #: (run_id, new name) when the user edits a name cell of an ungrouped row
    renameRequested = pyqtSignal(str, str)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows = []
        self.grouped = False
        self.best = dict.fromkeys(METRIC_KEYS)
        self.keys = list(COLUMN_KEYS)
        self._sort = None
        self._titles = {}

    # -- content -------------------------------------------------------------------------------

    def set_rows(self, rows, grouped):
        """Show *rows* (core.run_compare.table_rows output); recompute the best values."""
        self.beginResetModel()
        self.rows = list(rows)
        self.grouped = bool(grouped)
        self.best = best_values(self.rows)
        self._titles = {id(row): title for row, title in zip(self.rows, short_titles(self.rows))}
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def row(self, index_or_row):
        """The row dict of a QModelIndex or a row number."""
        number = index_or_row.row() if isinstance(index_or_row, QModelIndex) else int(index_or_row)
        return self.rows[number]

    def title(self, row):
        """Name column text: the run name, or for a group a title naming what sets it apart."""
        if not self.grouped:
            return row["name"]
        return self._titles.get(id(row)) or group_title(row)

    def column_of(self, key):
        """Column number of a key of INFO_KEYS or METRIC_KEYS."""
        return self.keys.index(key)

    # -- Qt model API --------------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802 (Qt API name)
        return 0 if parent.isValid() else len(self.keys)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 (Qt API name)
        if orientation != Qt.Horizontal or not 0 <= section < len(self.keys):
            return None
        key = self.keys[section]
        if role == Qt.DisplayRole:
            if key in METRIC_LABELS:
                return metric_label(key)
            if key == "repeat" and self.grouped:
                return tr("Runs")
            return info_headers()[key]
        if role == Qt.ToolTipRole and key in METRIC_LABELS:
            return tr("{}: higher is better; the best value is marked").format(metric_label(key))
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and not self.grouped and self.keys[index.column()] == "name":
            flags |= Qt.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.EditRole):  # noqa: N802 (Qt API name)
        if role != Qt.EditRole or not index.isValid() or self.grouped or self.keys[index.column()] != "name":
            return False
        name = str(value or "").strip()
        row = self.rows[index.row()]
        if not name or name == row["name"]:
            return False
        self.renameRequested.emit(row["run_ids"][0], name)
        return True

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.keys[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role in (Qt.DisplayRole, Qt.EditRole):
            return self._display(row, key, role)
        metric = key in METRIC_LABELS
        if role == Qt.TextAlignmentRole:
            if metric or key in ("ratio", "repeat"):
                return int(Qt.AlignRight | Qt.AlignVCenter)
            return int(Qt.AlignLeft | Qt.AlignVCenter)
        best = metric and is_best(row, key, self.best)
        if role == Qt.FontRole and best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole and best:
            return QBrush(BEST_BACKGROUND)
        if role == Qt.ToolTipRole:
            return self._tooltip(row, key, best)
        return None

    def sort(self, column, order=Qt.AscendingOrder):
        if not 0 <= column < len(self.keys):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    # -- helpers -------------------------------------------------------------------------------

    def _sort_rows(self, column, order):
        key = self.keys[column]
        present = [r for r in self.rows if self._sort_value(r, key) is not None]
        missing = [r for r in self.rows if self._sort_value(r, key) is None]
        present.sort(key=lambda r: self._sort_value(r, key), reverse=order == Qt.DescendingOrder)
        self.rows = present + missing

    def _sort_value(self, row, key):
        if key in METRIC_LABELS:
            return row["values"].get(key)
        if key == "name":
            return self.title(row).lower()
        if key == "repeat":
            return row["n"] if self.grouped else row["repeat"]
        value = row.get(key)
        if value in ("", None):
            return None
        return value.lower() if isinstance(value, str) and key != "created" else value

    def _display(self, row, key, role):
        if key in METRIC_LABELS:
            value = row["values"].get(key)
            if value is None:
                return ""
            sd = row["sd"].get(key)
            if self.grouped and sd is not None:
                return f"{value:.3f} ± {sd:.3f}"
            return f"{value:.3f}"
        if key == "name":
            return self.title(row)
        if key == "created":
            return format_time(row["created"])
        if key == "ratio":
            return format_ratio(row["ratio"])
        if key == "repeat":
            if self.grouped:
                return str(row["n"])
            return "" if row["repeat"] is None else str(row["repeat"])
        return row.get(key) or ""

    def _tooltip(self, row, key, best):
        if key in METRIC_LABELS:
            lines = []
            if best:
                lines.append(tr("Best value of this column"))
            values = [v for v in row["per_run"].get(key, []) if v is not None]
            if self.grouped and values:
                lines.append(
                    tr("Mean ± sample sd over {} runs: {}").format(
                        len(values), ", ".join(f"{v:.3f}" for v in values)
                    )
                )
            return "\n".join(lines) or None
        if key == "name":
            paths = [r.get("_path", "") for r in row["records"]]
            if self.grouped:
                return tr("{}\n{} runs: {}").format(group_title(row), row["n"], ", ".join(row["run_ids"]))
            return "{}\n{}".format(row["run_ids"][0], paths[0])
        if key == "created":
            return row["created"]
        return None
