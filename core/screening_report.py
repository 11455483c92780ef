"""HTML report of a factor screening (core.screening.ScreeningResult): the factor table, the
elimination order, VIF bars, the association matrix and importance bars, as one self-contained file.

The matrix holds Pearson r between continuous factors and Cramer's V between categorical ones
(blank between a categorical and a continuous factor: their dependence is in the GVIF).
"""

import numpy as np


def _png(fig):
    import base64
    import io

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def report_charts(result):
    """Base64 PNGs: VIF bars (5 and 10 lines), correlation heat map, importance bars."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    from matplotlib.figure import Figure

    charts = {}
    names = result.names
    k = len(names)
    finite_vif = np.where(np.isfinite(result.vif), result.vif, np.nan)
    cap = max(12.0, np.nanmax(finite_vif) * 1.1 if np.any(np.isfinite(finite_vif)) else 12.0)
    shown = np.where(np.isfinite(result.vif), result.vif, cap)
    fig = Figure(figsize=(max(5, 0.5 * k + 2), 3.6))
    ax = fig.subplots()
    colors = ["#b2182b" if result.status(n)[0] == "removed" else "#2166ac" for n in names]
    ax.bar(range(k), shown, color=colors)
    for i, v in enumerate(result.vif):
        if not np.isfinite(v):
            ax.text(i, cap, "inf", ha="center", va="bottom", fontsize=8)
    ax.axhline(5, color="#e08214", linestyle="--", linewidth=1, label="VIF 5")
    ax.axhline(10, color="#b2182b", linestyle="--", linewidth=1, label="VIF 10")
    ax.set_xticks(range(k))
    ax.set_xticklabels(names, rotation=45, ha="right")
    ax.set_ylabel("VIF")
    ax.set_title("Variance inflation factor (red: removed)")
    ax.legend(loc="upper right", fontsize=8)
    charts["vif"] = _png(fig)

    fig = Figure(figsize=(max(4.5, 0.45 * k + 2.5), max(4, 0.45 * k + 1.5)))
    ax = fig.subplots()
    image = ax.imshow(result.correlation, cmap="RdBu_r", vmin=-1, vmax=1)
    ax.set_xticks(range(k))
    ax.set_yticks(range(k))
    ax.set_xticklabels(names, rotation=45, ha="right")
    ax.set_yticklabels(names)
    if k <= 20:
        for i in range(k):
            for j in range(k):
                if np.isfinite(result.correlation[i, j]):
                    ax.text(j, i, f"{result.correlation[i, j]:.2f}", ha="center", va="center", fontsize=7)
    fig.colorbar(image, ax=ax, shrink=0.8, label="Pearson r / Cramer's V")
    ax.set_title(
        "Correlation matrix (Pearson r; Cramer's V between categorical factors)"
        if len(result.categorical) > 1
        else "Correlation matrix (Pearson r)"
    )
    charts["correlation"] = _png(fig)

    if result.gini is not None:
        fig = Figure(figsize=(8.5, max(3.2, 0.3 * k + 1.5)))
        axes = fig.subplots(1, 2)
        order = np.argsort(result.gini)
        axes[0].barh([names[i] for i in order], result.gini[order], color="#1b7837")
        axes[0].set_title("Random-forest Gini importance")
        order = np.argsort(result.info_gain)
        axes[1].barh([names[i] for i in order], result.info_gain[order], color="#762a83")
        axes[1].set_title("Information gain (bits)")
        fig.tight_layout()
        charts["importance"] = _png(fig)
    return charts


def _cell(value, digits=4):
    if isinstance(value, float):
        if np.isnan(value):
            return "&ndash;"
        if not np.isfinite(value):
            return "inf"
        return "{:.{}g}".format(value, digits)
    return _escape(str(value))


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_report(result, path, title="Factor screening"):
    """Self-contained HTML report (charts embedded as base64 PNG)."""
    charts = report_charts(result)
    rows = result.rows()
    head = [
        "factor",
        "VIF",
        "TOL",
        "GVIF",
        "df",
        "max |r|",
        "partner",
        "max Cramer's V",
        "V partner",
        "Gini",
        "info gain",
        "status",
        "reason",
    ]
    keys = [
        "factor",
        "vif",
        "tol",
        "gvif",
        "df",
        "max_abs_r",
        "partner",
        "max_cramers_v",
        "v_partner",
        "gini",
        "info_gain",
        "status",
        "reason",
    ]
    lines = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{_escape(title)}</title>",
        "<style>body{font-family:sans-serif;margin:1.5em;max-width:1100px}table{border-collapse:collapse;"
        "font-size:13px}td,th{border:1px solid #bbb;padding:3px 6px;text-align:right}"
        "td:first-child,th:first-child{text-align:left}.removed{color:#b2182b}</style></head><body>",
        f"<h1>{_escape(title)}</h1>",
        f"<p>{len(result.names)} factors, {result.n} samples/cells. Thresholds: VIF &gt; {result.vif_threshold:g}, |r| &gt; {result.r_threshold:g} "
        "(Zhang et al. 2022; Fan et al. 2025).</p>",
        "<p><b>Kept ({}):</b> {}</p>".format(len(result.kept), _escape(", ".join(result.kept))),
        "<table><tr>{}</tr>".format("".join(f"<th>{h}</th>" for h in head)),
    ]
    for row in rows:
        cls = " class='removed'" if row["status"] == "removed" else ""
        lines.append("<tr{}>{}</tr>".format(cls, "".join(f"<td>{_cell(row[k])}</td>" for k in keys)))
    lines.append("</table>")
    if result.steps:
        lines.append("<h2>Elimination order</h2><ol>")
        for step in result.steps:
            lines.append(f"<li>{_escape(step.factor)} ({step.stage} step): {_escape(step.reason)}</li>")
        lines.append("</ol>")
    lines.append("<h2>Charts</h2>")
    for key in ("vif", "correlation", "importance"):
        if key in charts:
            lines.append(f"<p><img alt='{key}' src='data:image/png;base64,{charts[key]}'></p>")
    if result.notes:
        lines.append("<h2>Notes</h2><ul>")
        lines.extend(f"<li>{_escape(n)}</li>" for n in result.notes)
        lines.append("</ul>")
    lines.append(
        "<p>VIF<sub>i</sub> = 1/(1&minus;R<sub>i</sub><sup>2</sup>) (diagonal of the inverse correlation matrix), "
        "TOL = 1/VIF. Categorical factors: generalised VIF of the one-hot block (Fox &amp; Monette 1992), "
        "shown as GVIF<sup>1/df</sup>. Pearson r is computed between continuous factors only (never on "
        "class codes); between two categorical factors the matrix and the table give Cramer's V of their "
        "contingency table instead, and a categorical-continuous pair is left blank (its dependence is in "
        "the GVIF).</p></body></html>"
    )
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines))
    return path
