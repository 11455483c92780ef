"""The plugin's charts, drawn on a given matplotlib Axes (no pyplot, no global state).

One drawing per chart, used by the PNG outputs (core.fitting, core.saturation), the HTML report
(core.report) and the metrics dock (plugin.metrics_dock): the dock passes the Axes of its Qt canvas,
the others make a Figure with ``new_figure`` (Agg canvas) and write it with ``save_png`` /
``figure_png``. matplotlib is imported by the caller's Figure only; this module imports nothing of it
at load time except through ``new_figure``.

Data: a ``Series(label, x, y, sd=None, color=None, style="-")`` is one line / bar group. ``color``
None takes the next colour of PALETTE; ``sd`` gives error bars (or a band, see draw_ratio).
Every text passes through ``tr`` (a callable, default identity) before it is formatted, so the dock
can pass its translation function; the English strings are the module's TEXTS keys.

API:
  new_figure(width, height, dpi=100, **figure_kw) -> Figure       (Agg canvas attached)
  figure_png(figure, dpi=100) -> bytes                              (tight bounding box)
  save_png(figure, path, dpi=None) -> path
  draw_empty(axes, text)                                            a centred message, no axes
  draw_curves(axes, kind, series, prevalence=None, title=None, legend="inside", fontsize=8, tr=None)
      kind "roc" (x fpr, y tpr; diagonal of no skill) or "pr" (x recall, y precision; the no-skill
      line at *prevalence* when given); legend "inside", "outside" (right of the axes) or None
  draw_ratio(axes, series, ylabel="", title=None, band=False, fontsize=8, tr=None)
      metric mean against the imbalance ratio, one line per series (x ratios, y means, sd: error
      bars, or a shaded band with band=True); log x axis when the ratios span 10x or more
  draw_class_areas(axes, labels, series, title=None, ylabel="%", fontsize=8)
      grouped bars: one group per class label, one bar per series (y: percent per class)
  draw_bars(axes, series, xlabel="", fontsize=7)                    horizontal bars, best outlined
      (each Series one bar: y a single value, sd its error)
  draw_boxes(axes, labels, data, colors, ylabel="", fontsize=7)     box plot of repeated values
  evaluation_series(evaluation, tr=None) -> (roc Series, pr Series) of a core.metrics.evaluate result
  record_series(records, kind, colors=None, limit=None, label_length=24) -> (series, skipped)
      curves of run records (core.run_compare.curve), line style cycling per model type
  evaluation_figure(evaluation, title="") -> Figure                ROC | PR panels of one evaluation
  saturation_figure(summary, metrics, title="") -> Figure          one draw_ratio panel per metric
      (summary: core.saturation.summarise rows)
"""

import io
from collections import namedtuple

from .metrics import METRIC_KEYS, METRIC_LABELS
from .run_compare import curve, format_ratio

#: one line or bar group of a chart
Series = namedtuple("Series", "label x y sd color style", defaults=(None, None, "-"))

#: colours given in turn to series without one
PALETTE = (
    "#d73027",
    "#4575b4",
    "#1a9850",
    "#984ea3",
    "#ff7f00",
    "#a65628",
    "#f781bf",
    "#999999",
    "#000000",
)
#: colour of an evaluation's ROC / PR curve
ROC_COLOR = "#d73027"
PR_COLOR = "#1a9850"
#: colour of the no-skill references
REFERENCE_COLOR = "grey"
#: line styles cycled over the runs of one model type (record_series)
STYLES = ("-", "--", ":", "-.")
#: the ratio axis turns logarithmic when the largest ratio is this many times the smallest
LOG_SPAN = 10.0
#: more ratio ticks than this are written at an angle
FLAT_TICKS = 6

#: the English texts of the charts (keys for tr)
TEXTS = (
    "False positive rate (1 - specificity)",
    "True positive rate (sensitivity)",
    "Recall (sensitivity)",
    "Precision",
    "ROC curve",
    "Precision-recall curve",
    " no-skill ({:.2f})",
    "ROC (AUC = {:.3f})",
    "PR (AP = {:.3f})",
    "Negatives per positive (imbalance ratio)",
)

_AXES_TEXT = {
    "roc": ("False positive rate (1 - specificity)", "True positive rate (sensitivity)", "ROC curve"),
    "pr": ("Recall (sensitivity)", "Precision", "Precision-recall curve"),
}
_LEGEND_AT = {"roc": "lower right", "pr": "lower left"}


def _same(text):
    return text


def new_figure(width, height, dpi=100, **figure_kw):
    """A matplotlib Figure of *width* x *height* inches with an Agg canvas (no display needed)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi, **figure_kw)
    FigureCanvasAgg(figure)
    return figure


def figure_png(figure, dpi=100):
    """PNG bytes of *figure* (tight bounding box)."""
    if figure.canvas is None or not hasattr(figure.canvas, "print_png"):
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        FigureCanvasAgg(figure)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight")
    return buffer.getvalue()


def save_png(figure, path, dpi=None):
    """Write *figure* to *path* as PNG; returns *path*."""
    figure.savefig(path, format="png", dpi=dpi or figure.dpi)
    return path


def draw_empty(axes, text):
    """A centred message instead of a chart."""
    axes.set_axis_off()
    axes.text(0.5, 0.5, text, ha="center", va="center", wrap=True, fontsize=9, transform=axes.transAxes)


def _colors(series):
    """The colour of each series (PALETTE in turn for those without one)."""
    return [s.color or PALETTE[i % len(PALETTE)] for i, s in enumerate(series)]


def _legend(axes, where, default, fontsize):
    if where is None or not axes.get_legend_handles_labels()[0]:
        return
    if where == "outside":
        axes.legend(fontsize=fontsize, loc="center left", bbox_to_anchor=(1.02, 0.5), frameon=False)
    else:
        axes.legend(fontsize=fontsize, loc=default)


def draw_curves(axes, kind, series, prevalence=None, title=None, legend="inside", fontsize=8, tr=None):
    """ROC (kind "roc") or precision-recall (kind "pr") curves of *series* on *axes*, with the
    no-skill reference (the diagonal; the prevalence line for PR when *prevalence* is given)."""
    tr = tr or _same
    x_text, y_text, default_title = _AXES_TEXT[kind]
    for s, color in zip(series, _colors(series)):
        axes.plot(s.x, s.y, s.style or "-", color=color, lw=1.5, label=s.label)
    if kind == "roc":
        axes.plot([0, 1], [0, 1], color=REFERENCE_COLOR, ls="--", lw=0.8)
    elif prevalence is not None:
        axes.axhline(prevalence, color=REFERENCE_COLOR, ls="--", lw=0.8)
        axes.text(
            0.01,
            prevalence,
            tr(" no-skill ({:.2f})").format(prevalence),
            fontsize=7,
            va="bottom",
            color="grey",
        )
    axes.set_xlabel(tr(x_text), fontsize=fontsize)
    axes.set_ylabel(tr(y_text), fontsize=fontsize)
    axes.set_title(tr(default_title) if title is None else title, fontsize=fontsize + 1)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1.02)
    axes.tick_params(labelsize=fontsize - 1)
    axes.grid(alpha=0.3)
    _legend(axes, legend, _LEGEND_AT[kind], fontsize - 1)


def _ratio_axis(axes, ratios, fontsize, tr):
    ratios = sorted(ratios)
    if ratios and min(ratios) > 0 and max(ratios) / min(ratios) >= LOG_SPAN:
        axes.set_xscale("log")
    axes.set_xticks(ratios)
    angled = len(ratios) > FLAT_TICKS
    axes.set_xticklabels(
        [format_ratio(r) for r in ratios],
        fontsize=fontsize - 1,
        rotation=45 if angled else 0,
        ha="right" if angled else "center",
    )
    axes.minorticks_off()
    axes.set_xlabel(tr("Negatives per positive (imbalance ratio)"), fontsize=fontsize)


def draw_ratio(axes, series, ylabel="", title=None, band=False, fontsize=8, tr=None):
    """A metric against the imbalance ratio: one line per series (x ratios, y means, sd the sample
    standard deviations, drawn as error bars or, with *band*, as a shaded band)."""
    tr = tr or _same
    ratios = set()
    for s, color in zip(series, _colors(series)):
        ratios.update(s.x)
        sd = [v or 0.0 for v in s.sd] if s.sd is not None else None
        if band:
            axes.plot(s.x, s.y, marker="o", ms=3, color=color, label=s.label)
            if sd is not None:
                low = [m - d for m, d in zip(s.y, sd)]
                high = [m + d for m, d in zip(s.y, sd)]
                axes.fill_between(s.x, low, high, color=color, alpha=0.15)
        else:
            yerr = sd if sd is not None and any(sd) else None
            axes.errorbar(
                s.x, s.y, yerr=yerr, marker="o", markersize=4, capsize=3, color=color, label=s.label
            )
    _ratio_axis(axes, ratios, fontsize, tr)
    axes.set_ylabel(ylabel, fontsize=fontsize)
    if title:
        axes.set_title(title, fontsize=fontsize + 1)
    axes.tick_params(axis="y", labelsize=fontsize - 1)
    axes.grid(alpha=0.3)


def draw_class_areas(axes, labels, series, title=None, ylabel="%", fontsize=8):
    """Grouped bars: one group per class in *labels*, one bar per series (y: percent per class;
    a series whose y is None is skipped)."""
    count = max(1, len(series))
    width = 0.8 / count
    for i, (s, color) in enumerate(zip(series, _colors(series))):
        if s.y is None:
            continue
        x = [c + (i - (count - 1) / 2) * width for c in range(len(labels))]
        axes.bar(x, [v or 0.0 for v in s.y], width=width, color=color, label=s.label)
    axes.set_xticks(range(len(labels)))
    axes.set_xticklabels(labels, fontsize=fontsize - 1, rotation=30, ha="right")
    if title:
        axes.set_title(title, fontsize=fontsize)
    if ylabel:
        axes.set_ylabel(ylabel, fontsize=fontsize)
    axes.tick_params(axis="y", labelsize=fontsize - 1)
    axes.grid(axis="y", alpha=0.3)


def draw_bars(axes, series, xlabel="", fontsize=7):
    """Horizontal bars, top to bottom in *series* order (y one value, sd its error); the best
    value is outlined and every bar is labelled with its value."""
    values = [s.y for s in series]
    errors = [s.sd or 0.0 for s in series]
    positions = list(range(len(series)))[::-1]
    best = max(values)
    axes.barh(
        positions,
        values,
        xerr=errors if any(errors) else None,
        color=_colors(series),
        edgecolor=["black" if v == best else "none" for v in values],
        linewidth=1.2,
        capsize=3,
    )
    for y, value in zip(positions, values):
        axes.text(value, y, f" {value:.3f}", va="center", fontsize=fontsize)
    axes.set_yticks(positions)
    axes.set_yticklabels([s.label for s in series], fontsize=fontsize)
    axes.set_xlim(min(0.0, min(values) - 0.05), 1.08)
    axes.set_xlabel(xlabel, fontsize=fontsize + 1)
    axes.tick_params(axis="x", labelsize=fontsize)
    axes.grid(axis="x", alpha=0.3)


def draw_boxes(axes, labels, data, colors, ylabel="", fontsize=7):
    """Box plots of the value lists *data* (one per label, filled with *colors*)."""
    boxes = axes.boxplot(data, patch_artist=True, widths=0.6)  # vertical boxes (the default)
    for patch, color in zip(boxes["boxes"], colors):
        patch.set_facecolor(color)
        patch.set_alpha(0.75)
    for median in boxes["medians"]:
        median.set_color("black")
    angled = len(labels) > 4
    axes.set_xticks(range(1, len(labels) + 1))
    axes.set_xticklabels(
        labels, fontsize=fontsize, rotation=30 if angled else 0, ha="right" if angled else "center"
    )
    axes.set_ylabel(ylabel, fontsize=fontsize + 1)
    axes.tick_params(axis="y", labelsize=fontsize)
    axes.grid(axis="y", alpha=0.3)


def evaluation_series(evaluation, tr=None):
    """(ROC Series, PR Series) of a core.metrics.evaluate / core.fitting.evaluate_scores result."""
    tr = tr or _same
    curves, metrics = evaluation["curves"], evaluation["metrics"]
    roc = Series(
        tr("ROC (AUC = {:.3f})").format(metrics["roc_auc"]),
        curves["roc"]["fpr"],
        curves["roc"]["tpr"],
        color=ROC_COLOR,
    )
    pr = Series(
        tr("PR (AP = {:.3f})").format(metrics["pr_auc"]),
        curves["pr"]["recall"],
        curves["pr"]["precision"],
        color=PR_COLOR,
    )
    return roc, pr


def _short(text, length):
    text = str(text)
    return text if len(text) <= length else text[: length - 1] + "…"


def _record_label(record, kind, label_length):
    metrics = record.get("metrics") if isinstance(record.get("metrics"), dict) else {}
    auc = metrics.get("roc_auc" if kind == "roc" else "pr_auc")
    label = _short(record.get("name") or record.get("run_id") or "?", label_length)
    if isinstance(auc, (int, float)) and not isinstance(auc, bool):
        label += f" ({auc:.3f})"
    return label


def record_series(records, kind, colors=None, limit=None, label_length=24):
    """(Series of the *kind* ('roc' / 'pr') curves of *records*, number of records left out: those
    without that curve or beyond *limit*). Colours from *colors* ({model type: colour}; PALETTE
    otherwise), line styles cycling over the runs of one model type."""
    series, skipped, per_model = [], 0, {}
    for record in records:
        data = curve(record, kind)
        if data is None or (limit is not None and len(series) >= limit):
            skipped += 1
            continue
        model = record.get("model_type") or ""
        style = STYLES[per_model.get(model, 0) % len(STYLES)]
        per_model[model] = per_model.get(model, 0) + 1
        color = (colors or {}).get(model)
        series.append(Series(_record_label(record, kind, label_length), data[0], data[1], None, color, style))
    return series, skipped


def evaluation_figure(evaluation, title=""):
    """A Figure with the ROC curve (left) and the precision-recall curve (right) of one evaluation
    (with its prevalence as the PR no-skill line when known)."""
    figure = new_figure(10, 4.6, dpi=110)
    roc_axes, pr_axes = figure.subplots(1, 2)
    roc, pr = evaluation_series(evaluation)
    draw_curves(roc_axes, "roc", [roc], fontsize=9)
    draw_curves(pr_axes, "pr", [pr], prevalence=evaluation.get("prevalence"), fontsize=9)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure


def saturation_series(summary, metric):
    """One Series per model of core.saturation.summarise rows: the mean and sd of *metric* by ratio."""
    series = []
    for model_type in dict.fromkeys(row["model"] for row in summary):
        rows = sorted((r for r in summary if r["model"] == model_type), key=lambda r: r["ratio"])
        series.append(
            Series(
                model_type,
                [r["ratio"] for r in rows],
                [r[metric + "_mean"] for r in rows],
                [r[metric + "_sd"] for r in rows],
            )
        )
    return series


def saturation_figure(summary, metrics=METRIC_KEYS, title="Saturation test"):
    """A Figure with one panel per metric: mean +/- sd against the imbalance ratio, a line per model
    (Fu et al. 2024, Fig. 11)."""
    metrics = list(metrics)
    cols = 4 if len(metrics) > 6 else 3
    rows = -(-len(metrics) // cols)
    figure = new_figure(4.2 * cols, 3.3 * rows, dpi=100)
    axes = figure.subplots(rows, cols, squeeze=False).ravel()
    for ax, key in zip(axes, metrics):
        draw_ratio(ax, saturation_series(summary, key), title=METRIC_LABELS[key], band=True)
    for ax in axes[len(metrics) :]:
        ax.set_visible(False)
    axes[0].legend(fontsize=8)
    figure.suptitle(title)
    figure.tight_layout()
    return figure
