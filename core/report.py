"""One self-contained HTML report of a run store: metrics table, ROC/PR curves, class areas, maps.

Pure Python (no qgis import). lsm:report (algorithms/report.py) renders the map rasters through QGIS
and hands them here as PNG bytes (MapImage); everything else comes from the run records
(core.runrecord). Images are embedded as base64 PNG and the style is inline, so the file refers to
nothing outside itself and can be mailed to a colleague.
"""

import base64
import html
import os
from collections import namedtuple
from datetime import datetime, timezone

from . import charts
from .charts import figure_png as _figure_png
from .metrics import METRIC_KEYS, METRIC_LABELS
from .progress import check_canceled, ensure_feedback
from .run_compare import as_float, best_values, curve, format_ratio, format_time, is_best, record_row
from .runrecord import read_store
from .version import plugin_version

#: a rendered map: title, PNG bytes, legend [(hex colour, label), ...] and a free note (source, CRS)
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
body{font-family:Helvetica,Arial,sans-serif;margin:2em auto;max-width:1200px;color:#222;padding:0 1em}
h1{font-size:1.6em;border-bottom:2px solid #a33;padding-bottom:.3em}
h2{font-size:1.25em;margin-top:2em;color:#822}
h3{font-size:1.05em}
table{border-collapse:collapse;margin:.5em 0 1em 0;font-size:.9em}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:right}
th{background:#f1eded}
td.text,th.text{text-align:left}
td.best{font-weight:bold;background:#e3f2dc}
.meta{color:#555;font-size:.9em}
figure{margin:1em 0;display:inline-block;vertical-align:top}
figure img{max-width:100%;border:1px solid #ddd}
figcaption{font-size:.9em;color:#444;margin-top:.3em}
.legend span.swatch{display:inline-block;width:1em;height:1em;border:1px solid #888;vertical-align:middle;
margin:0 .3em 0 .8em}
.warning{color:#8a4b00}
"""


def _e(value):
    """HTML-escaped text of *value* ('' for None)."""
    return html.escape("" if value is None else str(value), quote=True)


def _number(value, digits=3):
    value = as_float(value)
    return "" if value is None else f"{value:.{digits}f}"


def png_data_uri(png):
    """A data: URI of PNG bytes (what the <img> tags of the report use)."""
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _img(png, alt):
    return f'<img src="{png_data_uri(png)}" alt="{_e(alt)}">'


def _label(record):
    return str(record.get("name") or record.get("run_id") or "?")


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
    figure = charts.new_figure(7, 3.6)
    axes = figure.subplots()
    series = [charts.Series("Area", None, percent, color=AREA_COLOR)]
    if landslides:
        series.append(charts.Series("Landslides", None, landslides, color=LANDSLIDE_COLOR))
    charts.draw_class_areas(axes, labels, series, ylabel="% of total")
    axes.legend(fontsize=8)
    return _figure_png(figure)


def _metrics_table(records, metric_set):
    rows = [record_row(r, metric_set) for r in records]
    rows = [row for row in rows if any(v is not None for v in row["values"].values())]
    if not rows:
        return ""
    best = best_values(rows)
    threshold_key = "threshold" if metric_set == "metrics" else "best_threshold"
    head = "".join(
        f'<th class="text">{t}</th>' for t in ("Run", "Algorithm", "Model", "Ratio", "Dataset", "Created")
    )
    head += "<th>Threshold</th>" + "".join(f"<th>{_e(METRIC_LABELS[k])}</th>" for k in METRIC_KEYS)
    lines = [f'<table class="metrics" data-set="{metric_set}"><tr>{head}</tr>']
    for row in rows:
        record = row["records"][0]
        cells = [
            f'<td class="text">{_e(row["name"])}</td>',
            f'<td class="text">{_e(row["algorithm"])}</td>',
            f'<td class="text">{_e(row["model_type"])}</td>',
            f'<td class="text">{_e(format_ratio(row["ratio"]))}</td>',
            f'<td class="text">{_e(row["dataset"])}</td>',
            f'<td class="text">{_e(format_time(row["created"]))}</td>',
            f"<td>{_number(record.get(threshold_key))}</td>",
        ]
        for key in METRIC_KEYS:
            text = _number(row["values"][key], 4)
            if is_best(row, key, best):
                cells.append(f'<td class="best" title="best of the column">{text}&#9733;</td>')
            else:
                cells.append(f"<td>{text}</td>")
        lines.append("<tr>" + "".join(cells) + "</tr>")
    lines.append("</table>")
    return "\n".join(lines)


def class_entries(records, class_tables=()):
    """(title, labels, percent, landslide percent or None) of every record with class_areas, then of
    *class_tables* (same tuples, e.g. counted on a classed map)."""
    entries = []
    for record in records:
        areas = class_areas(record)
        if areas:
            entries.append((_label(record),) + tuple(areas))
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


def _class_section(entries):
    parts = []
    for title, labels, percent, landslides in entries:
        head = '<tr><th class="text">Class</th><th>% area</th>' + (
            "<th>% landslides</th>" if landslides else ""
        )
        rows = []
        for i, label in enumerate(labels):
            row = f'<td class="text">{_e(label)}</td><td>{_number(percent[i], 2)}</td>'
            if landslides:
                row += f"<td>{_number(landslides[i], 2)}</td>"
            rows.append(f"<tr>{row}</tr>")
        png = class_areas_png(labels, percent, landslides)
        parts.append(
            f"<h3>{_e(title)}</h3><figure>{_img(png, 'Class areas of ' + title)}</figure>"
            f'<table class="classes">{head}</tr>{"".join(rows)}</table>'
        )
    return "\n".join(parts)


def _maps_section(maps):
    parts = []
    for item in maps:
        legend = ""
        if item.legend:
            legend = (
                '<div class="legend">'
                + "".join(
                    f'<span class="swatch" style="background:{_e(color)}"></span>{_e(label)}'
                    for color, label in item.legend
                )
                + "</div>"
            )
        note = f'<div class="meta">{_e(item.note)}</div>' if item.note else ""
        parts.append(
            f"<figure>{_img(item.png, item.title)}<figcaption><b>{_e(item.title)}</b>{legend}{note}"
            f"</figcaption></figure>"
        )
    return "\n".join(parts)


def build_report(
    records, unreadable=(), maps=(), title="", store="", created=None, feedback=None, class_tables=()
):
    """The HTML text of the report on *records* (run record dicts) and *maps* (MapImage list);
    *unreadable* are core.runrecord.UnreadableRecord, listed with their reason; *class_tables* more
    class distributions (see class_entries)."""
    feedback = ensure_feedback(feedback)
    title = title or "Landslide susceptibility report"
    created = created or datetime.now(timezone.utc)
    body = [
        f"<h1>{_e(title)}</h1>",
        f'<p class="meta">Created {_e(created.astimezone().strftime("%Y-%m-%d %H:%M"))} with the Landslide '
        f"susceptibility plugin {_e(plugin_version())}. Run store: {_e(store or '-')}; "
        f"{len(records)} run record(s), {len(maps)} map(s).</p>",
    ]
    if maps:
        body += ["<h2>Maps</h2>", _maps_section(maps)]
    feedback.setProgress(60)
    check_canceled(feedback)
    body.append("<h2>Metrics</h2>")
    tables = [(caption, _metrics_table(records, key)) for key, caption in METRIC_SETS]
    tables = [(caption, table) for caption, table in tables if table]
    if tables:
        body.append(
            '<p class="meta">&#9733; marks the best value of each column (every metric: higher is '
            "better).</p>"
        )
        for caption, table in tables:
            body += [f"<h3>{_e(caption)}</h3>", table]
    else:
        body.append("<p>No run record has metrics.</p>")
    check_canceled(feedback)
    chosen, left_out = curve_records(records)
    png = curves_png(chosen)
    feedback.setProgress(80)
    if png:
        body += [
            "<h2>ROC and precision-recall curves</h2>",
            f"<figure>{_img(png, 'ROC and PR curves')}"
            "<figcaption>Curves of the runs with the highest ROC-AUC"
            + (f"; {left_out} more run(s) not drawn" if left_out else "")
            + ".</figcaption></figure>",
        ]
    check_canceled(feedback)
    classes = _class_section(class_entries(records, class_tables))
    if classes:
        body += ["<h2>Class-area distribution</h2>", classes]
    if unreadable:
        body.append('<h2>Unreadable records</h2><ul class="unreadable">')
        for item in unreadable:
            body.append(f'<li class="warning">{_e(os.path.basename(item.path))}: {_e(item.reason)}</li>')
        body.append("</ul>")
    feedback.setProgress(95)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def write_report(path, store, maps=(), title="", feedback=None, class_maps=()):
    """Read the run store *store*, write the report to *path* (atomically); returns a summary dict
    (runs, unreadable, maps, images).

    *class_maps* are classed rasters (title, raster path, class values, labels) whose share of area per
    class is counted here, unless a record with class areas already names the raster among its outputs.
    """
    from .grid import atomic_path

    records, unreadable = read_store(store) if store else ([], [])
    covered = {
        os.path.normcase(os.path.abspath(str(value)))
        for record in records
        if class_areas(record) and isinstance(record.get("outputs"), dict)
        for value in record["outputs"].values()
        if isinstance(value, str) and value
    }
    class_tables = []
    for map_title, raster, values, labels in class_maps:
        if os.path.normcase(os.path.abspath(str(raster))) in covered:
            continue
        percent = raster_class_percent(raster, 1, values)
        if percent is not None:
            class_tables.append((map_title, labels, percent, None))
    text = build_report(records, unreadable, maps, title, store, feedback=feedback, class_tables=class_tables)
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as handle:
            handle.write(text)
    return {
        "runs": len(records),
        "unreadable": len(unreadable),
        "maps": len(maps),
        "images": text.count('src="data:image/png;base64,'),
    }
