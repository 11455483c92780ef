"""Qt table model of the metrics dock: one row per run or per repeat group, one column per metric.

Rows come from core.run_compare.table_rows; the best value of each metric column among the comparable
rows shown (the same test set kind and test data, core.run_compare.best_among_comparable) is drawn bold
on a green background with a tooltip; a model made with mark_best=False (the PU priors) marks nothing.
Sorting is done here (numbers as numbers, empty cells last in both directions), so no proxy model is
needed. MAP_COLUMN_KEYS are the columns of the maps / class tables / rate curves tab.
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
from ..core.run_compare import (
    as_float,
    best_among_comparable,
    format_ratio,
    format_time,
    is_best_among,
)

#: background of the best cell of each metric column
BEST_BACKGROUND = QColor("#c7e9c0")

#: column order: what tells runs apart first, then the metrics, then provenance (narrow docks show the first)
COLUMN_KEYS = (
    "name",
    "model_type",
    "test_set",
    "ratio",
    "repeat",
    *METRIC_KEYS,
    "dataset",
    "algorithm",
    "created",
)
#: columns of the maps tab (class tables, rate curves, maps without test metrics)
MAP_COLUMN_KEYS = ("name", "model_type", "test_set", "detail", "dataset", "algorithm", "created")

#: role giving the raw row dict of an index (any column)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
#: role giving the sortable value of a cell (float, int or str; None when empty)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


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


def test_set_text(kind):
    """Short text of a test set kind ('rn', 'random', 'area'; '' unknown)."""
    return {"rn": tr("rn"), "random": tr("random"), "area": tr("area")}.get(kind, tr("?"))


def test_set_tip(kind):
    """What the test set kind *kind* means, for a tooltip."""
    tips = {
        "rn": tr(
            "Reliable negatives of the test prior (PU testing method): easy negatives by construction, "
            "so these metrics are optimistic."
        ),
        "random": tr("Random unlabeled cells of the test split (landslide cells excluded): the honest test."),
        "area": tr("Every valid cell of the area (rate curves)."),
    }
    return tips.get(kind, tr("The record does not say which negatives its metrics used (an older run)."))


def record_detail(record):
    """One line on a record without test metrics: rate-curve AUCs, class count, else its outputs."""
    curves = record.get("rate_curves")
    if isinstance(curves, dict):
        parts = []
        for kind, label in (("success", tr("success AUC")), ("prediction", tr("prediction AUC"))):
            auc = (
                as_float((curves.get(kind) or {}).get("auc")) if isinstance(curves.get(kind), dict) else None
            )
            if auc is not None:
                parts.append(f"{label} {auc:.3f}")
        return " · ".join(parts)
    areas = record.get("class_areas")
    if isinstance(areas, dict) and isinstance(areas.get("labels"), list):
        return tr("{} classes").format(len(areas["labels"]))
    outputs = record.get("outputs")
    return ", ".join(sorted(outputs)) if isinstance(outputs, dict) else ""


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
        "test_set": tr("Test set"),
        "detail": tr("Result"),
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

    def __init__(self, parent=None, keys=COLUMN_KEYS, mark_best=True):
        super().__init__(parent)
        self.rows = []
        self.grouped = False
        self.mark_best = mark_best
        self.best = {}
        self.keys = list(keys)
        self._sort = None
        self._titles = {}

    # -- content -------------------------------------------------------------------------------

    def set_rows(self, rows, grouped):
        """Show *rows* (core.run_compare.table_rows output); recompute the best values."""
        self.beginResetModel()
        self.rows = list(rows)
        self.grouped = bool(grouped)
        self.best = best_among_comparable(self.rows) if self.mark_best else {}
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

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt API name)
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.keys):
            return None
        key = self.keys[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if key in METRIC_LABELS:
                return metric_label(key)
            if key == "repeat" and self.grouped:
                return tr("Runs")
            return info_headers()[key]
        if role == Qt.ItemDataRole.ToolTipRole and key in METRIC_LABELS:
            if not self.mark_best:
                return tr("{}: on the prior's own reliable negatives; not ranked").format(metric_label(key))
            return tr(
                "{}: higher is better; the best value among runs on the same test set and data is marked"
            ).format(metric_label(key))
        if role == Qt.ItemDataRole.ToolTipRole and key == "test_set":
            return tr("Which negatives the metrics were measured on: rn, random or area")
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and not self.grouped and self.keys[index.column()] == "name":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802 (Qt API name)
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or self.grouped
            or self.keys[index.column()] != "name"
        ):
            return False
        name = str(value or "").strip()
        row = self.rows[index.row()]
        if not name or name == row["name"]:
            return False
        self.renameRequested.emit(row["run_ids"][0], name)
        return True

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = self.keys[index.column()]
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return self._sort_value(row, key)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(row, key, role)
        metric = key in METRIC_LABELS
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if metric or key in ("ratio", "repeat"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        best = metric and self.mark_best and is_best_among(row, key, self.best)
        if role == Qt.ItemDataRole.FontRole and best:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and best:
            return QBrush(BEST_BACKGROUND)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, key, best)
        return None

    def sort(self, column, order=Qt.SortOrder.AscendingOrder):
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
        present.sort(key=lambda r: self._sort_value(r, key), reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = present + missing

    def _sort_value(self, row, key):
        if key in METRIC_LABELS:
            return row["values"].get(key)
        if key == "name":
            return self.title(row).lower()
        if key == "repeat":
            return row["n"] if self.grouped else row["repeat"]
        if key == "detail":
            return record_detail(row["records"][0]).lower() or None
        value = row.get(key)
        if value in ("", None):
            return None
        return value.lower() if isinstance(value, str) and key != "created" else value

    def _metric_text(self, row, key):
        value = row["values"].get(key)
        if value is None:
            return ""
        sd = row["sd"].get(key)
        if self.grouped and sd is not None:
            return f"{value:.3f} ± {sd:.3f}"
        return f"{value:.3f}"

    def _repeat_text(self, row):
        if self.grouped:
            return str(row["n"])
        return "" if row["repeat"] is None else str(row["repeat"])

    def _display(self, row, key, role):
        if key in METRIC_LABELS:
            return self._metric_text(row, key)
        texts = {
            "name": lambda: self.title(row),
            "created": lambda: format_time(row["created"]),
            "ratio": lambda: format_ratio(row["ratio"]),
            "repeat": lambda: self._repeat_text(row),
            "test_set": lambda: test_set_text(row.get("test_set", "")),
            "detail": lambda: record_detail(row["records"][0]),
        }
        if key in texts:
            return texts[key]()
        return row.get(key) or ""

    def _tooltip(self, row, key, best):
        if key in METRIC_LABELS:
            lines = []
            if best:
                lines.append(tr("Best value among the runs on the same test set and data"))
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
            return "{}\n{}\n{}".format(self.title(row), row["run_ids"][0], paths[0])
        if key == "created":
            return row["created"]
        if key == "test_set":
            return test_set_tip(row.get("test_set", ""))
        if key == "detail":
            return record_detail(row["records"][0]) or None
        return None
