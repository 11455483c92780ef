"""One self-contained HTML report of a run store: the best model and why, metrics tables that fit a
printed page, rate curves, cross-validation, ROC/PR curves, class areas, maps, methods, data and
parameters, and the limitations (test sets, landslide counts, intervals, warnings).

Pure Python (no qgis import). lsm:report (algorithms/report.py) renders the map rasters through QGIS
and hands them here as PNG bytes (MapImage); everything else comes from the run records
(core.runrecord); what to say about them (test sets, priors, comparable runs, the best model) is
core.report_content. Images are embedded as base64 PNG and the style is inline, so the file refers
to nothing outside itself and can be mailed to a colleague. No local folder is printed: files are
named by their file name only.

    load_records(store) -> (records, unreadable)
    map_class_table(raster, values, labels, records) -> (labels, area %, landslide % or None) or None
    build_report(records, unreadable=(), maps=(), title="", store="", created=None, feedback=None,
                 class_tables=(), criterion="auto") -> HTML text
    write_report(path, store, maps=(), title="", feedback=None, class_maps=(), criterion="auto",
                 records=None, unreadable=None) -> summary dict
"""

import base64
import os
from collections import namedtuple
from datetime import datetime, timezone

from . import charts
from . import report_content as content
from .charts import figure_png as _figure_png
from .metrics import METRIC_KEYS
from .progress import check_canceled, ensure_feedback
from .report_html import (
    HEADERS,
    INTERVAL_KEYS,
    colgroup,
    esc,
    interval_text,
    limitations_section,
    methods_section,
    number,
    run_name,
)
from .run_compare import as_float, best_values, curve, format_ratio, is_best, record_row
from .runrecord import read_store
from .version import plugin_version

#: a rendered map: caption, PNG bytes, legend [(hex colour, label), ...] and a free note (file, CRS)
MapImage = namedtuple("MapImage", "title png legend note")

#: most curves drawn in one ROC/PR figure (the best by ROC-AUC); more would be unreadable
MAX_CURVES = 12

#: bar colours of the class-area chart
AREA_COLOR = "#6b8fb3"
LANDSLIDE_COLOR = "#c0392b"

#: the two metric sets of a record, with their section titles
METRIC_SETS = (
    ("metrics", "At the reported threshold"),
    ("metrics_best", "At the G-mean-best threshold"),
)
STYLE = """
body{font-family:Helvetica,Arial,sans-serif;margin:1.5em auto;max-width:1100px;color:#222;padding:0 1em;
line-height:1.35}
h1{font-size:1.6em;border-bottom:2px solid #a33;padding-bottom:.3em}
h2{font-size:1.25em;margin-top:1.6em;color:#822}
h3{font-size:1.05em;margin-bottom:.3em}
table{border-collapse:collapse;margin:.4em 0 1em 0;font-size:.85em}
th,td{border:1px solid #ccc;padding:.2em .35em;text-align:right;vertical-align:top}
th{background:#f1eded;font-weight:bold;white-space:normal;overflow-wrap:break-word;hyphens:manual}
td.text,th.text{text-align:left}
td.best{font-weight:bold;background:#e3f2dc;white-space:nowrap}
table.wide{width:100%;table-layout:fixed}
table.wide td{overflow-wrap:anywhere}
.meta{color:#555;font-size:.9em}
.best-model{border-left:4px solid #3a7d2c;background:#f3f8f0;padding:.5em .8em}
.optimistic{border-left:4px solid #c77c00;background:#fdf5e6;padding:.5em .8em}
figure{margin:.6em 0;display:inline-block;vertical-align:top}
figure img{max-width:100%;max-height:520px;border:1px solid #ddd}
figcaption{font-size:.9em;color:#444;margin-top:.3em}
.maps{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:1em}
.maps figure{display:block}
.legend span.swatch{display:inline-block;width:1em;height:1em;border:1px solid #888;vertical-align:middle;
margin:0 .3em 0 .8em}
.warning{color:#8a4b00}
.params{font-size:.85em}
.params dt{font-weight:bold;margin-top:.4em}
.params dd{margin:0 0 0 1.2em;overflow-wrap:anywhere}
@page{size:A4;margin:14mm 12mm}
@media print{
body{max-width:none;margin:0;padding:0;font-size:9pt}
h1{font-size:15pt}
h2{font-size:12pt;break-after:avoid}
h3{break-after:avoid}
table{font-size:7.5pt;break-inside:auto}
tr,figure,.best-model,.optimistic{break-inside:avoid}
table.wide{font-size:7pt}
figure img{max-height:110mm}
.maps{display:block}
}
"""


def png_data_uri(png):
    """A data: URI of PNG bytes (what the <img> tags of the report use)."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _img(png, alt):
    return f'<img src="{png_data_uri(png)}" alt="{esc(alt)}">'


def load_records(store):
    """(records, unreadable) of the run store folder *store* (none when empty or missing)."""
    return read_store(store) if store else ([], [])


# -- charts -----------------------------------------------------------------------------------


def curve_records(records, limit=MAX_CURVES):
    """(records with ROC or PR curves, best first by ROC-AUC, at most *limit*; number left out)."""
    with_curves = [r for r in records if curve(r, "roc") or curve(r, "pr")]
    with_curves.sort(key=lambda r: -(as_float((r.get("metrics") or {}).get("roc_auc")) or 0.0))
    return with_curves[:limit], max(0, len(with_curves) - limit)


def curves_png(records):
    """PNG of the ROC and PR curves of *records* overlaid (two panels), or None without curves."""
    if not records:
        return None
    figure = charts.new_figure(11, 4.8)
    for axes, kind in zip(figure.subplots(1, 2), ("roc", "pr")):
        series, _skipped = charts.record_series(records, kind, label_length=60)
        charts.draw_curves(axes, kind, series, legend="inside", fontsize=8)
    return _figure_png(figure)


def rate_curves_png(records):
    """PNG of the prediction-rate curves (success dashed) of rate-curve *records*, or None."""
    from .validation_charts import draw_rate_curves

    series = []
    for i, record in enumerate(records):
        curves = record.get("rate_curves") if isinstance(record.get("rate_curves"), dict) else {}
        color = charts.PALETTE[i % len(charts.PALETTE)]
        for name, style in (("prediction", "-"), ("success", "--")):
            item = curves.get(name)
            if isinstance(item, dict) and isinstance(item.get("area_share"), list):
                label = "{} {} ({:.3f})".format(run_name(record), name, as_float(item.get("auc")) or 0.0)
                series.append(
                    charts.Series(label, item["area_share"], item["landslide_share"], None, color, style)
                )
    if not series:
        return None
    figure = charts.new_figure(6.5, 4.6)
    draw_rate_curves(figure.subplots(), series)
    return _figure_png(figure)


def class_areas(record):
    """(labels, percent of area, percent of landslides or None) of a record's class_areas, or None."""
    areas = record.get("class_areas")
    if not isinstance(areas, dict):
        return None
    labels, percent = areas.get("labels"), areas.get("percent")
    if (
        not isinstance(labels, list)
        or not isinstance(percent, list)
        or len(labels) != len(percent)
        or not labels
    ):
        return None
    landslides = areas.get("landslide_percent")
    if not isinstance(landslides, list) or len(landslides) != len(labels):
        landslides = None
    return (
        [str(v) for v in labels],
        [as_float(v) for v in percent],
        ([as_float(v) for v in landslides] if landslides else None),
    )


def class_areas_png(labels, percent, landslides):
    """Bar chart of the share of area (and of landslides) per susceptibility class."""
    figure = charts.new_figure(6, 3.2)
    axes = figure.subplots()
    series = [charts.Series("Area", None, percent, color=AREA_COLOR)]
    if landslides:
        series.append(charts.Series("Landslides", None, landslides, color=LANDSLIDE_COLOR))
    charts.draw_class_areas(axes, labels, series, ylabel="% of total")
    axes.legend(fontsize=8)
    return _figure_png(figure)


# -- tables -----------------------------------------------------------------------------------


def _sorted_groups(records):
    """Records grouped by content.comparable_key, groups in test-set order (honest first)."""
    groups = {}
    for record in records:
        groups.setdefault(content.comparable_key(record), []).append(record)
    order = {name: i for i, name in enumerate(content.TEST_SET_ORDER)}
    return [groups[key] for key in sorted(groups, key=lambda k: (order.get(k[0], 99), k[1]))]


def _metric_cells(row, best):
    cells = []
    for key in METRIC_KEYS:
        text = number(row["values"][key], 4)
        if best is not None and is_best(row, key, best):
            cells.append(f'<td class="best" title="best among comparable runs">{text}&#9733;</td>')
        else:
            cells.append(f"<td>{text}</td>")
    return cells


def _metrics_table(records, metric_set, ranked=True):
    """The metrics of *records*, with a test-set column; with *ranked*, the best value of each
    column is marked among the runs of the same test set and data only."""
    threshold_key = "threshold" if metric_set == "metrics" else "best_threshold"
    lines = []
    for group in _sorted_groups(records):
        rows = [record_row(r, metric_set) for r in group]
        rows = [row for row in rows if any(v is not None for v in row["values"].values())]
        best = best_values(rows) if ranked and len(rows) > 1 else None
        for row in rows:
            record = row["records"][0]
            cells = [
                f'<td class="text">{esc(row["name"])}</td>',
                f'<td class="text">{esc(row["model_type"])}</td>',
                f'<td class="text">{esc(format_ratio(row["ratio"]))}</td>',
                f'<td class="text">{esc(content.TEST_SET_LABELS[content.test_set(record)])}</td>',
                f"<td>{number(record.get(threshold_key))}</td>",
            ]
            lines.append("<tr>" + "".join(cells + _metric_cells(row, best)) + "</tr>")
    if not lines:
        return ""
    head = "".join(f'<th class="text">{t}</th>' for t in ("Run", "Model", "Ratio", "Test set"))
    head += "<th>Thresh&shy;old</th>" + "".join(f"<th>{HEADERS[k]}</th>" for k in METRIC_KEYS)
    return (
        f'<table class="metrics wide" data-set="{metric_set}">{colgroup([15, 8, 5, 10, 6] + [5.6] * 10)}'
        f"<tr>{head}</tr>\n" + "\n".join(lines) + "</table>"
    )


def _cv_table(records):
    rows = []
    for record in records:
        summary = record.get("summary") if isinstance(record.get("summary"), dict) else {}
        folds = summary.get("n_folds")
        repeats = summary.get("n_repeats")
        cells = [
            f'<td class="text">{esc(run_name(record))}</td>',
            f'<td class="text">{esc(summary.get("fold_mode", ""))}</td>',
            f"<td>{esc(folds)}{' x ' + esc(repeats) if repeats and repeats != 1 else ''}</td>",
            f'<td class="text">{esc(content.TEST_SET_LABELS[content.test_set(record)])}</td>',
        ]
        cells += [f"<td>{esc(interval_text(record, key))}</td>" for key in INTERVAL_KEYS]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = (
        '<th class="text">Run</th><th class="text">Folds by</th><th>Folds</th><th class="text">Test set</th>'
    )
    head += "".join(f"<th>{HEADERS[k]}</th>" for k in INTERVAL_KEYS)
    return (
        f'<table class="crossvalidation wide">{colgroup([18, 9, 6, 10] + [11.4] * 5)}<tr>{head}</tr>'
        + "".join(rows)
        + "</table>"
    )


def _rate_table(records, best):
    rows = []
    for record in records:
        curves = record.get("rate_curves") if isinstance(record.get("rate_curves"), dict) else {}
        success, prediction = curves.get("success") or {}, curves.get("prediction") or {}
        mark = best is not None and best.record is record
        prediction_cell = number(prediction.get("auc"), 4)
        prediction_cell = (
            f'<td class="best" title="the best model">{prediction_cell}&#9733;</td>'
            if mark
            else f"<td>{prediction_cell}</td>"
        )
        rows.append(
            f'<tr><td class="text">{esc(run_name(record))}</td><td>{number(success.get("auc"), 4)}</td>'
            f"{prediction_cell}<td>{esc(success.get('n_landslide_cells', ''))}</td>"
            f"<td>{esc(prediction.get('n_landslide_cells', ''))}</td>"
            f"<td>{esc((record.get('summary') or {}).get('n_area_cells', ''))}</td></tr>"
        )
    head = (
        '<th class="text">Map</th><th>Success-rate AUC (training landslides)</th>'
        "<th>Prediction-rate AUC (test landslides)</th><th>Training landslide cells</th>"
        "<th>Test landslide cells</th><th>Cells of the area</th>"
    )
    return (
        f'<table class="rates wide">{colgroup([30, 14, 14, 14, 14, 14])}<tr>{head}</tr>'
        + "".join(rows)
        + "</table>"
    )


# -- sections ---------------------------------------------------------------------------------


def _best_section(best, records):
    if best is None:
        return [
            "<h2>Best model</h2>",
            "<p>No run has the number the criterion needs (a prediction-rate AUC of lsm:ratecurves or a "
            "ROC-AUC of a model run): no model is named best.</p>",
        ]
    value = f"{best.value:.3f}"
    if best.interval:
        value += f" (95 % interval {best.interval[0]:.3f} to {best.interval[1]:.3f})"
    where = (
        "over every cell of the area"
        if best.test_set == "area"
        else (f"on the {content.TEST_SET_LABELS[best.test_set]} test set")
    )
    css = "optimistic" if best.test_set in content.OPTIMISTIC else "best-model"
    return [
        "<h2>Best model</h2>",
        f'<p class="{css}"><b>{esc(content.run_label(best.record))}</b> is the best of {best.n_candidates} '
        f"comparable run(s) by <b>{esc(best.label)}</b> {esc(where)}: {esc(value)}. Criterion: {esc(best.label)}, "
        f"because {esc(best.reason)}. Prior models and cross-validation runs are not ranked.</p>",
    ]


def _metrics_section(records):
    models = [r for r in records if content.kind(r) == "model"]
    priors = [r for r in records if content.kind(r) == "prior"]
    body = ["<h2>Metrics of the models</h2>"]
    tables = [(caption, _metrics_table(models, key)) for key, caption in METRIC_SETS]
    tables = [(caption, table) for caption, table in tables if table]
    if not tables:
        body.append("<p>No run record has metrics.</p>")
    else:
        body.append(
            '<p class="meta">&#9733; marks the best value of each column among the runs measured on the same '
            "test set and the same test data (every metric: higher is better); runs on different test sets "
            "are never ranked against each other.</p>"
        )
        for caption, table in tables:
            body += [f"<h3>{esc(caption)}</h3>", table]
    kinds = {content.test_set(r) for r in models}
    if kinds and kinds <= set(content.OPTIMISTIC):
        body.append(
            '<p class="optimistic">Every model metric here is measured on reliable negatives (rn), on the '
            "training rows or on a test set the record does not name: these numbers are optimistic, the "
            "negatives being easy by construction. Measure the models on random test cells "
            "(lsm:evaluatemodel on a layer with random test cells) or over the whole map (lsm:ratecurves).</p>"
        )
    prior_table = _metrics_table(priors, "metrics", ranked=False)
    if prior_table:
        body += [
            "<h3>Prior models (reference, not ranked)</h3>",
            '<p class="meta">The positive-unlabeled prior models of lsm:spysampling that drew the negatives; '
            "they are evaluated on their own reliable negatives and are shown for reference only.</p>",
            prior_table,
        ]
    return body


def _rates_section(records, best):
    rates = [r for r in records if content.kind(r) == "rate_curves"]
    if not rates:
        return []
    body = [
        "<h2>Success and prediction rates</h2>",
        '<p class="meta">Cumulative share of landslide cells against the share of the area ranked from most to '
        "least susceptible (Chung and Fabbri 2003). The prediction rate uses test landslides that no model saw; "
        "0.5 is a map no better than chance.</p>",
        _rate_table(rates, best if best is not None and best.criterion == "prediction_auc" else None),
    ]
    png = rate_curves_png(rates[:MAX_CURVES])
    if png:
        body.append(f"<figure>{_img(png, 'Success and prediction rate curves')}</figure>")
    return body


def _cv_section(records):
    runs = [r for r in records if content.kind(r) == "crossvalidation"]
    if not runs:
        return []
    return [
        "<h2>Cross-validation</h2>",
        '<p class="meta">Mean over the folds and the 95 % interval of the fold values; negatives drawn inside '
        "each fold from its own training unlabeled cells.</p>",
        _cv_table(runs),
    ]


def _curves_section(records):
    chosen, left_out = curve_records([r for r in records if content.kind(r) in ("model", "prior")])
    png = curves_png(chosen)
    if not png:
        return []
    return [
        "<h2>ROC and precision-recall curves</h2>",
        f"<figure>{_img(png, 'ROC and PR curves')}"
        "<figcaption>Curves of the runs with the highest ROC-AUC"
        + (f"; {left_out} more run(s) not drawn" if left_out else "")
        + ". Curves of different test sets are not comparable.</figcaption></figure>",
    ]


def class_entries(records, class_tables=()):
    """(title, labels, percent, landslide percent or None) of every record with class_areas, then of
    *class_tables* (same tuples, e.g. counted on a classed map)."""
    entries = []
    for record in records:
        areas = class_areas(record)
        if areas:
            entries.append((run_name(record),) + tuple(areas))
    return entries + [tuple(entry) for entry in class_tables]


def raster_class_percent(path, band, values):
    """Share (%) of the valid cells of raster *path* holding each of the integer *values*, counted by
    GDAL's histogram (streamed, any raster size); None when the raster cannot be read."""
    from osgeo import gdal

    dataset = gdal.Open(str(path))
    if dataset is None or not values:
        return None
    raster_band = dataset.GetRasterBand(band)
    low, high = min(values), max(values)
    counts = raster_band.GetHistogram(low - 0.5, high + 0.5, int(high - low + 1), False, False)
    total = float(sum(counts))
    if total <= 0:
        return None
    return [100.0 * counts[int(v - low)] / total for v in values]


def map_class_table(raster, values, labels, records=()):
    """(labels, % of area, % of landslides or None) of the classed raster *raster*: from the record
    that wrote it (lsm:jenksclassify, with its landslide shares) when one names it, else counted on
    the raster; None when neither works."""
    record, _key = content.record_of_output(raster, records)
    areas = class_areas(record) if record is not None else None
    if areas:
        return areas
    percent = raster_class_percent(raster, 1, values)
    return None if percent is None else (list(labels), percent, None)


def _class_section(entries):
    parts = []
    for title, labels, percent, landslides in entries:
        head = '<tr><th class="text">Class</th><th>% area</th>' + (
            "<th>% landslides</th>" if landslides else ""
        )
        rows = []
        for i, label in enumerate(labels):
            row = f'<td class="text">{esc(label)}</td><td>{number(percent[i], 2)}</td>'
            if landslides:
                row += f"<td>{number(landslides[i], 2)}</td>"
            rows.append(f"<tr>{row}</tr>")
        png = class_areas_png(labels, percent, landslides)
        parts.append(
            f"<h3>{esc(title)}</h3><figure>{_img(png, 'Class areas of ' + title)}</figure>"
            f'<table class="classes">{head}</tr>{"".join(rows)}</table>'
        )
    return "\n".join(parts)


def _maps_section(maps):
    parts = ['<div class="maps">']
    for item in maps:
        legend = ""
        if item.legend:
            legend = (
                '<div class="legend">'
                + "".join(
                    f'<span class="swatch" style="background:{esc(color)}"></span>{esc(label)}'
                    for color, label in item.legend
                )
                + "</div>"
            )
        note = f'<div class="meta">{esc(item.note)}</div>' if item.note else ""
        parts.append(
            f"<figure>{_img(item.png, item.title)}<figcaption><b>{esc(item.title)}</b>{legend}{note}"
            f"</figcaption></figure>"
        )
    parts.append("</div>")
    return "\n".join(parts)


def _unreadable_section(unreadable):
    if not unreadable:
        return []
    body = ['<h2>Unreadable records</h2><ul class="unreadable">']
    for item in unreadable:
        body.append(f'<li class="warning">{esc(os.path.basename(item.path))}: {esc(item.reason)}</li>')
    body.append("</ul>")
    return body


def build_report(
    records,
    unreadable=(),
    maps=(),
    title="",
    store="",
    created=None,
    feedback=None,
    class_tables=(),
    criterion="auto",
):
    """The HTML text of the report on *records* (run record dicts) and *maps* (MapImage list);
    *unreadable* are core.runrecord.UnreadableRecord, listed with their reason; *class_tables* more
    class distributions (see class_entries); *criterion* one of core.report_content.CRITERIA."""
    feedback = ensure_feedback(feedback)
    title = title or "Landslide susceptibility report"
    created = created or datetime.now(timezone.utc)
    store_name = os.path.basename(os.path.normpath(store)) if store else "-"
    best = content.choose_best(records, criterion)
    body = [
        f"<h1>{esc(title)}</h1>",
        f'<p class="meta">Created {esc(created.astimezone().strftime("%Y-%m-%d %H:%M"))} with the Landslide '
        f"susceptibility plugin {esc(plugin_version())}. Run store: {esc(store_name)}; "
        f"{len(records)} run record(s), {len(maps)} map(s).</p>",
    ]
    body += _best_section(best, records)
    if maps:
        body += ["<h2>Maps</h2>", _maps_section(maps)]
    feedback.setProgress(60)
    check_canceled(feedback)
    body += _metrics_section(records)
    body += _rates_section(records, best)
    body += _cv_section(records)
    check_canceled(feedback)
    body += _curves_section(records)
    feedback.setProgress(80)
    check_canceled(feedback)
    classes = _class_section(class_entries(records, class_tables))
    if classes:
        body += ["<h2>Class-area distribution</h2>", classes]
    body += methods_section(records)
    body += limitations_section(records)
    body += _unreadable_section(unreadable)
    feedback.setProgress(95)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def write_report(
    path,
    store,
    maps=(),
    title="",
    feedback=None,
    class_maps=(),
    criterion="auto",
    records=None,
    unreadable=None,
):
    """Read the run store *store* (unless *records* / *unreadable* are given), write the report to
    *path* (atomically); returns a summary dict (runs, unreadable, maps, images, best).

    *class_maps* are classed rasters (title, raster path, class values, labels) whose share of area per
    class is counted here, unless a record with class areas already names the raster among its outputs.
    """
    from .grid import atomic_path

    if records is None:
        records, unreadable = load_records(store)
    unreadable = unreadable or []
    class_tables = []
    for map_title, raster, values, labels in class_maps:
        record, _key = content.record_of_output(raster, records)
        if record is not None and class_areas(record):
            continue
        percent = raster_class_percent(raster, 1, values)
        if percent is not None:
            class_tables.append((map_title, labels, percent, None))
    text = build_report(
        records,
        unreadable,
        maps,
        title,
        store,
        feedback=feedback,
        class_tables=class_tables,
        criterion=criterion,
    )
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
    best = content.choose_best(records, criterion)
    return {
        "runs": len(records),
        "unreadable": len(unreadable),
        "maps": len(maps),
        "images": text.count('src="data:image/png;base64,'),
        "best": content.run_label(best.record) if best else "",
    }
