"""HTML pieces of the report (core.report): escaping, number formats, column widths, and the
methods, data and parameters section and the limitations section (test sets, landslide counts,
intervals, warnings), built from the run records with core.report_content. No qgis import.
"""

import html
import json

from . import report_content as content
from .metrics import METRIC_KEYS, METRIC_LABELS
from .run_compare import as_float, format_ratio, format_time

#: metric column headers with soft hyphens, so that narrow printed columns wrap inside the word
HEADERS = {key: METRIC_LABELS[key] for key in METRIC_KEYS}
HEADERS.update(
    precision="Pre&shy;cision",
    sensitivity="Sensi&shy;tivity",
    specificity="Speci&shy;ficity",
    kappa="Kap&shy;pa",
)
#: metrics with an interval in the uncertainty table (core.intervals.DEFAULT_METRICS)
INTERVAL_KEYS = ("roc_auc", "pr_auc", "balanced_accuracy", "sensitivity", "specificity")
#: a parameter value longer than this is cut in the parameters list
MAX_VALUE_CHARS = 90

#: one line per algorithm for the methods section
METHODS = {
    "lsm:buildsamples": "landslide and unlabeled sample points with a train/test split",
    "lsm:spysampling": "reliable negatives from a positive-unlabeled prior model (spy technique or Bagging-PU)",
    "lsm:trainmodel": "a classifier fitted on the training split and scored on the test split",
    "lsm:evaluatemodel": "a saved model scored on a test layer",
    "lsm:saturationtest": "models fitted at growing negative-to-landslide ratios",
    "lsm:trainlsnet": "the LSNet convolutional network on factor patches",
    "lsm:crossvalidate": "out-of-fold assessment with negatives drawn inside each fold",
    "lsm:ratecurves": "success- and prediction-rate curves of a map over every cell (Chung and Fabbri 2003)",
    "lsm:jenksclassify": "susceptibility classes by exact Jenks natural breaks",
    "lsm:predictraster": "the susceptibility map predicted cell by cell",
}


def esc(value):
    """HTML-escaped text of *value* ('' for None)."""
    return html.escape("" if value is None else str(value), quote=True)


def number(value, digits=3):
    value = as_float(value)
    return "" if value is None else f"{value:.{digits}f}"


def run_name(record):
    return str(record.get("name") or record.get("run_id") or "?")


def colgroup(widths):
    return "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in widths) + "</colgroup>"


def interval_text(record, key):
    value = as_float((record.get("metrics") or {}).get(key))
    bounds = content.interval(record, key)
    if value is None:
        return ""
    if bounds is None:
        return f"{value:.3f}"
    return f"{value:.3f} [{bounds[0]:.3f}, {bounds[1]:.3f}]"


def _intervals_table(records):
    rows = []
    for record in records:
        if not isinstance(record.get("intervals"), dict):
            continue
        positive, negative = content.landslide_counts(record)
        cells = [
            f'<td class="text">{esc(run_name(record))}</td>',
            f'<td class="text">{esc(content.TEST_SET_LABELS[content.test_set(record)])}</td>',
            f"<td>{'' if positive is None else positive}</td><td>{'' if negative is None else negative}</td>",
        ]
        cells += [f"<td>{esc(interval_text(record, key))}</td>" for key in INTERVAL_KEYS]
        rows.append("<tr>" + "".join(cells) + "</tr>")
    if not rows:
        return ""
    head = '<th class="text">Run</th><th class="text">Test set</th><th>Test land&shy;slides</th><th>Test nega&shy;tives</th>'
    head += "".join(f"<th>{HEADERS[k]}</th>" for k in INTERVAL_KEYS)
    return (
        f'<table class="intervals wide">{colgroup([18, 11, 7, 7] + [11.4] * 5)}<tr>{head}</tr>'
        + "".join(rows)
        + "</table>"
    )


def _short(value):
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 3] + "..."


def _parameters_text(record):
    parameters = content.public_value(record.get("parameters") or {})
    if not isinstance(parameters, dict) or not parameters:
        return "no parameters recorded"
    items = [(k, v) for k, v in parameters.items() if v not in (None, "", [], {})]
    return "; ".join(f"{k} = {_short(v)}" for k, v in items) or "defaults"


def methods_section(records):
    if not records:
        return []
    used = sorted({str(r.get("algorithm")) for r in records})
    body = ["<h2>Methods, data and parameters</h2>", "<ul>"]
    for algorithm in used:
        body.append(f"<li><b>{esc(algorithm)}</b>: {esc(METHODS.get(algorithm, 'see the plugin help'))}</li>")
    body.append("</ul>")
    datasets = sorted({str(r.get("dataset")) for r in records if r.get("dataset")})
    if datasets:
        body.append(f"<p>Data: {esc(', '.join(content.public_value(datasets)))}.</p>")
    body.append('<dl class="params">')
    for record in records:
        facts = [str(record.get("algorithm") or "")]
        if record.get("model_type"):
            facts.append(f"model {record['model_type']}")
        if as_float(record.get("ratio")) is not None:
            facts.append(f"ratio 1:{format_ratio(as_float(record['ratio']))}")
        facts.append(f"test set: {content.TEST_SET_LABELS[content.test_set(record)]}")
        facts.append(format_time(record.get("created")))
        body.append(
            f"<dt>{esc(content.run_label(record))}</dt><dd>{esc(', '.join(f for f in facts if f))}.<br>"
            f"Parameters: {esc(_parameters_text(record))}</dd>"
        )
    body.append("</dl>")
    return body


def _warnings(records):
    found = []
    for record in records:
        warnings = record.get("warnings")
        if isinstance(warnings, list):
            found += [(record, str(w)) for w in warnings if w]
        summary = record.get("summary") if isinstance(record.get("summary"), dict) else {}
        if isinstance(summary.get("warnings"), list):
            found += [(record, str(w)) for w in summary["warnings"] if w]
    return found


def _counts_sentence(records):
    counts = [
        (r, content.landslide_counts(r)) for r in records if content.kind(r) in ("model", "crossvalidation")
    ]
    counts = [(r, c) for r, c in counts if c[0] is not None]
    if not counts:
        return "The records do not say how many test landslides were used."
    positives = sorted({c[0] for _r, c in counts})
    text = "Test landslides per run: " + (
        f"{positives[0]}" if len(positives) == 1 else f"{positives[0]} to {positives[-1]}"
    )
    small = [r for r, c in counts if c[0] < 30]
    if small:
        text += f"; {len(small)} run(s) with fewer than 30 test landslides, whose metrics vary a lot with the split"
    return text + "."


def limitations_section(records):
    body = ["<h2>Limitations</h2>"]
    kinds = sorted(
        {content.test_set(r) for r in records if content.kind(r) != "classes"},
        key=content.TEST_SET_ORDER.index,
    )
    if kinds:
        body.append("<p>Test sets in this report:</p><ul>")
        body += [f"<li>{esc(content.TEST_SET_TEXT[k])}.</li>" for k in kinds]
        body.append("</ul>")
    body.append(f"<p>{esc(_counts_sentence(records))}</p>")
    with_intervals = [
        r for r in records if isinstance(r.get("intervals"), dict) and content.kind(r) != "crossvalidation"
    ]
    models = [r for r in records if content.kind(r) in ("model", "prior")]
    if with_intervals:
        body += [
            "<p>Uncertainty: stratified bootstrap 95 % intervals of the single-split metrics (value [low, high]).</p>",
            _intervals_table(with_intervals),
        ]
    if len(with_intervals) < len(models):
        body.append(
            f"<p>{len(models) - len(with_intervals)} run(s) have no interval: one train/test split gives one "
            "number whose spread is unknown; lsm:crossvalidate gives the spread over folds.</p>"
        )
    body.append(
        "<p>Map values are classifier scores, not probabilities of a landslide, unless lsm:predictraster "
        "corrected them for the sampling ratio; classes rank the area, they do not forecast events.</p>"
    )
    warnings = _warnings(records)
    if warnings:
        body.append('<p>Warnings the runs recorded:</p><ul class="warnings">')
        body += [f'<li class="warning">{esc(run_name(r))}: {esc(w)}</li>' for r, w in warnings]
        body.append("</ul>")
    return body
