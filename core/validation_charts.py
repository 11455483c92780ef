"""Charts of the validation algorithms (lsm:ratecurves, lsm:crossvalidate), drawn on a given
matplotlib Axes in the style of core.charts (which they use for figures, colours and curves).

    draw_rate_curves(axes, series, title=None, fontsize=8, tr=None)
        success / prediction rate curves: x share of the area from the most susceptible, y share of
        the landslide cells, the diagonal of a map no better than chance
    rate_series(result, points=201) -> [charts.Series] of a core.ratecurves.RateCurvesResult
    rate_curves_figure(result, title="") -> Figure
    fold_series(result, kind) -> [charts.Series] of a core.crossvalidate result, one per fold
    fold_curves_figure(result, title="") -> Figure   ROC | PR panels, one line per fold
"""

from . import charts

#: colours of the rate curves by set name
RATE_COLORS = {"success": "#4575b4", "prediction": "#d73027"}
#: more folds than this: no legend (the lines alone show the spread)
LEGEND_FOLDS = 12

TEXTS = (
    "Share of the area, most susceptible first",
    "Share of the landslide cells",
    "Success and prediction rate curves",
    "{} rate (AUC = {:.3f})",
    "fold {} (AUC = {:.3f})",
    "fold {} (AP = {:.3f})",
    "Success rate (AUC = {:.3f})",
    "Prediction rate (AUC = {:.3f})",
)
#: the legend text of each named rate curve (TEXTS[3] with the name for any other curve)
RATE_LABELS = {"success": TEXTS[6], "prediction": TEXTS[7]}


def _same(text):
    return text


def draw_rate_curves(axes, series, title=None, fontsize=8, tr=None):
    """Rate curves of *series* (charts.Series: x area share, y landslide share) on *axes*."""
    tr = tr or _same
    for s, color in zip(series, [s.color or charts.PALETTE[i] for i, s in enumerate(series)]):
        axes.plot(s.x, s.y, s.style or "-", color=color, lw=1.5, label=s.label)
    axes.plot([0, 1], [0, 1], color=charts.REFERENCE_COLOR, ls="--", lw=0.8)
    axes.set_xlabel(tr(TEXTS[0]), fontsize=fontsize)
    axes.set_ylabel(tr(TEXTS[1]), fontsize=fontsize)
    axes.set_title(tr(TEXTS[2]) if title is None else title, fontsize=fontsize + 1)
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1.02)
    axes.tick_params(labelsize=fontsize - 1)
    axes.grid(alpha=0.3)
    if series:
        axes.legend(fontsize=fontsize - 1, loc="lower right")


def rate_series(result, points=201, tr=None):
    """One Series per curve of a RateCurvesResult, thinned to *points* area shares."""
    tr = tr or _same
    out = []
    for name, curve in result.curves.items():
        x, y = curve.thinned(points)
        if name in RATE_LABELS:
            label = tr(RATE_LABELS[name]).format(curve.auc)
        else:
            label = tr(TEXTS[3]).format(name.capitalize(), curve.auc)
        out.append(charts.Series(label, x, y, color=RATE_COLORS.get(name)))
    return out


def rate_curves_figure(result, title=""):
    figure = charts.new_figure(6, 5, dpi=110)
    draw_rate_curves(figure.subplots(1, 1), rate_series(result), title=title or None, fontsize=9)
    figure.tight_layout()
    return figure


def fold_series(result, kind, tr=None):
    """One Series per fold (all repeats) of a CrossValidationResult; kind 'roc' or 'pr'."""
    tr = tr or _same
    out = []
    for fold in result.folds:
        curves, metrics = fold.evaluation["curves"], fold.evaluation["metrics"]
        name = fold.name if result.n_repeats == 1 else f"{fold.repeat}.{fold.name}"
        if kind == "roc":
            label = tr(TEXTS[4]).format(name, metrics["roc_auc"])
            x, y = curves["roc"]["fpr"], curves["roc"]["tpr"]
        else:
            label = tr(TEXTS[5]).format(name, metrics["pr_auc"])
            x, y = curves["pr"]["recall"], curves["pr"]["precision"]
        color = charts.PALETTE[(fold.fold - 1) % len(charts.PALETTE)]
        out.append(
            charts.Series(
                label, x, y, color=color, style=charts.STYLES[(fold.repeat - 1) % len(charts.STYLES)]
            )
        )
    return out


def fold_curves_figure(result, title=""):
    """ROC (left) and PR (right) curves of every fold of a CrossValidationResult."""
    figure = charts.new_figure(11, 4.8, dpi=110)
    roc_axes, pr_axes = figure.subplots(1, 2)
    legend = "outside" if len(result.folds) <= LEGEND_FOLDS else None
    charts.draw_curves(roc_axes, "roc", fold_series(result, "roc"), legend=legend, fontsize=9)
    charts.draw_curves(pr_axes, "pr", fold_series(result, "pr"), legend=legend, fontsize=9)
    if title:
        figure.suptitle(title)
    figure.tight_layout()
    return figure
