"""Chart panel of the metrics dock: a matplotlib canvas drawing one chart of the selected runs.

Bar charts and box plots of a metric, ROC and PR curves, a metric against the imbalance ratio, class
areas per model, success / prediction rate curves (core.validation_charts) and the fold values of a
cross-validation as a box, all drawn by core.charts on the panel's Axes (the report and the PNG outputs use the same
drawings). matplotlib is imported when the panel is built, so QGIS starts without it; without it
the panel shows how to install it.
"""

from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from qgis.PyQt.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..core import charts, validation_charts
from ..core.run_compare import (
    class_area_series,
    fold_values,
    group_rows,
    prevalence,
    rate_curve_series,
    ratio_series,
)
from .run_table import metric_label, short_titles, tr

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
    "rate": QT_TRANSLATE_NOOP("@default", "Success and prediction rate curves"),
    "folds": QT_TRANSLATE_NOOP("@default", "Cross-validation folds of a metric"),
}

#: the charts that fit the records of each tab of the dock, the first is the default
SECTION_CHARTS = {
    "metrics": ("bar", "box", "roc", "pr", "ratio", "folds"),
    "maps": ("rate", "areas"),
    "priors": ("bar", "roc", "pr"),
}


def has_data(kind, records):
    """False when chart *kind* would have nothing to draw for *records* (rate curves, class areas,
    folds); True for the other charts."""
    if kind == "rate":
        return bool(rate_curve_series(records))
    if kind == "areas":
        return bool(class_area_series(records)[1])
    if kind == "folds":
        return any(isinstance(r.get("fold_metrics"), dict) for r in records)
    return True


#: colour of a model type the dock has no colour for
DEFAULT_COLOR = "#4c72b0"

#: charts that use the chosen metric
METRIC_CHARTS = ("bar", "box", "ratio", "folds")


class ChartPanel(QWidget):
    """A matplotlib canvas drawing the dock's charts through core.charts."""

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
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
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
            "rate": self._rate,
            "folds": self._folds,
        }[kind]
        note = draw(rows, records, metric, metric_set, colors) or ""
        self.canvas.draw_idle()
        return note

    def _empty(self, text):
        charts.draw_empty(self.figure.add_subplot(111), text)

    @staticmethod
    def _color(colors, model_type):
        return colors.get(model_type or "", DEFAULT_COLOR)

    def _bar(self, rows, records, metric, metric_set, colors):
        rows = [r for r in rows if r["values"].get(metric) is not None]
        if not rows:
            self._empty(tr("No run among the selection has {}.").format(metric_label(metric)))
            return ""
        shown = rows[:MAX_SERIES]
        series = [
            charts.Series(
                _short(title),
                None,
                r["values"][metric],
                r["sd"].get(metric),
                self._color(colors, r["model_type"]),
            )
            for title, r in zip(short_titles(shown), shown)
        ]
        charts.draw_bars(self.figure.add_subplot(111), series, xlabel=metric_label(metric))
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
        data = [[v for v in g["per_run"][metric] if v is not None] for g in shown]
        labels = [f"{_short(title, 18)}\n(n={len(d)})" for title, d in zip(short_titles(shown), data)]
        charts.draw_boxes(
            self.figure.add_subplot(111),
            labels,
            data,
            [self._color(colors, g["model_type"]) for g in shown],
            ylabel=metric_label(metric),
        )
        single = len(groups) - len(repeated)
        if single:
            return tr("{} configuration(s) with a single run left out.").format(single)
        return ""

    def _curves(self, records, kind, colors, empty_text):
        """ROC or PR curves of *records*; returns the note."""
        series, skipped = charts.record_series(records, kind, colors, MAX_SERIES)
        series = [s._replace(color=s.color or DEFAULT_COLOR) for s in series]
        if not series:
            self._empty(empty_text)
            return ""
        share = None
        if kind == "pr":
            shares = {round(p, 4) for p in (prevalence(r) for r in records) if p is not None}
            share = shares.pop() if len(shares) == 1 else None
        axes = self.figure.add_subplot(111)
        charts.draw_curves(axes, kind, series, prevalence=share, title="", legend="outside", tr=tr)
        axes.set_aspect("equal", adjustable="box")
        return tr("{} run(s) without a curve left out.").format(skipped) if skipped else ""

    def _roc(self, rows, records, metric, metric_set, colors):
        return self._curves(records, "roc", colors, tr("No run among the selection has a ROC curve."))

    def _pr(self, rows, records, metric, metric_set, colors):
        return self._curves(records, "pr", colors, tr("No run among the selection has a PR curve."))

    def _ratio(self, rows, records, metric, metric_set, colors):
        points = ratio_series(records, metric, metric_set)
        if not points:
            self._empty(
                tr("No run among the selection has both a ratio and {} (run a saturation test).").format(
                    metric_label(metric)
                )
            )
            return ""
        series = [
            charts.Series(
                label,
                [p[0] for p in values],
                [p[1] for p in values],
                [p[2] for p in values],
                self._color(colors, label.split(" (")[0].split(" [")[0]),
            )
            for label, values in list(points.items())[:MAX_SERIES]
        ]
        axes = self.figure.add_subplot(111)
        charts.draw_ratio(axes, series, ylabel=metric_label(metric), tr=tr)
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
        shown = list(series.items())[:MAX_SERIES]
        short_labels = [_short(v, 10) for v in labels]
        share = None
        for number, (title, part) in enumerate(panels):
            axes = self.figure.add_subplot(1, len(panels), number + 1, sharey=share)
            share = axes
            bars = [
                charts.Series(label, None, data[part], None, self._color(colors, label.split(" (")[0]))
                for label, data in shown
            ]
            charts.draw_class_areas(
                axes, short_labels, bars, title=title, ylabel="%" if number == 0 else "", fontsize=8
            )
        self.figure.axes[0].legend(fontsize=7, frameon=False)
        return ""

    def _rate(self, rows, records, metric, metric_set, colors):
        found = rate_curve_series(records)
        if not found:
            self._empty(tr("No run among the selection has rate curves (run lsm:ratecurves)."))
            return ""
        several = len({id(record) for record, *_ in found}) > 1
        series = []
        for number, (record, kind, x, y, auc) in enumerate(found[:MAX_SERIES]):
            label = tr("Success") if kind == "success" else tr("Prediction")
            if auc is not None:
                label += f" (AUC {auc:.3f})"
            if several:
                label = "{}: {}".format(_short(record.get("name") or record["run_id"], 22), label)
            color = validation_charts.RATE_COLORS.get(kind) if not several else charts.PALETTE[number % 10]
            series.append(
                charts.Series(label, x, y, color=color, style="-" if kind == "prediction" else "--")
            )
        axes = self.figure.add_subplot(111)
        validation_charts.draw_rate_curves(axes, series, title="", tr=tr)
        axes.set_aspect("equal", adjustable="box")
        return tr("Prediction rate: test landslides; success rate: training landslides (optimistic).")

    def _folds(self, rows, records, metric, metric_set, colors):
        found = fold_values(records, metric)
        if not found:
            self._empty(
                tr("No cross-validation run among the selection has fold values of {}.").format(
                    metric_label(metric)
                )
            )
            return ""
        shown = found[:MAX_SERIES]
        labels = [
            f"{_short(record.get('name') or record['run_id'], 18)}\n(n={len(values)})"
            for record, values in shown
        ]
        charts.draw_boxes(
            self.figure.add_subplot(111),
            labels,
            [values for _, values in shown],
            [self._color(colors, record.get("model_type")) for record, _ in shown],
            ylabel=metric_label(metric),
        )
        return tr("One box per cross-validation run: the spread of {} over its test folds.").format(
            metric_label(metric)
        )


def _short(text, length=28):
    """*text* cut in the middle to at most *length* characters (start and end stay readable)."""
    text = str(text)
    if len(text) <= length:
        return text
    head = (length - 1 + 1) // 2
    return text[:head] + "…" + text[len(text) - (length - 1 - head) :]
