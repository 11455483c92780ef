"""Write the algorithm reference of the README from the algorithms themselves, so it never drifts.

Run: .venv/bin/python tools/make_reference.py README.md   (make docs)

Everything between the markers `<!-- reference:start -->` and `<!-- reference:end -->` of the file
is replaced by one section per algorithm: an anchor `lsm-<name>` (the algorithm's helpUrl), id, group,
the full reference text (reference_text(): the English algorithms/help/<name>.md, else the short
help), parameters (name, label, type, default, help) and outputs, read from the registered `lsm`
provider.
"""

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
START, END = "<!-- reference:start -->", "<!-- reference:end -->"


def _plugin_importable():
    plugins = REPO / "build" / "plugins"
    link = plugins / "landslide_susceptibility"
    if not link.exists():
        plugins.mkdir(parents=True, exist_ok=True)
        link.symlink_to(REPO, target_is_directory=True)
    sys.path.insert(0, str(plugins))


def _cell(text):
    """Markdown table cell: one line, pipes escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _default(definition):
    value = definition.defaultValue()
    if value is None or value == "":
        return ""
    options = getattr(definition, "options", None)
    if callable(options) and isinstance(value, int) and 0 <= value < len(options()):
        return f"{value} ({options()[value]})"
    return str(value)


def algorithm_markdown(alg):
    """The reference section of one algorithm."""
    from landslide_susceptibility.algorithms._compat import FLAG_ADVANCED, FLAG_OPTIONAL

    # the anchor LsmAlgorithm.helpUrl() points to (algorithms.base.help_anchor)
    lines = [f'<a id="lsm-{alg.name()}"></a>', "", f"### `{alg.id()}`: {alg.displayName()}", ""]
    lines += [f"Group: {alg.group()}", ""]
    # the full reference text (algorithms/help/<name>.md) where the dialog shows a short one
    reference = getattr(alg, "reference_text", None)
    text = (reference() if reference else "") or alg.shortHelpString()
    lines += [text.strip(), ""]
    params = [p for p in alg.parameterDefinitions() if not p.isDestination()]
    if params:
        lines += ["| parameter | label | type | default | help |", "|---|---|---|---|---|"]
        for p in params:
            label = p.description()
            if p.flags() & FLAG_OPTIONAL and "(optional)" not in label:
                label += " (optional)"
            if p.flags() & FLAG_ADVANCED:
                label += " (advanced)"
            choices = ""
            if hasattr(p, "options") and callable(p.options):
                choices = "; ".join(f"{i}: {o}" for i, o in enumerate(p.options()))
            kind = p.type() + (f" ({choices})" if choices else "")
            lines.append(
                f"| `{p.name()}` | {_cell(label)} | {_cell(kind)} | {_cell(_default(p))} | {_cell(p.help())} |"
            )
        lines.append("")
    outputs = [p for p in alg.parameterDefinitions() if p.isDestination()]
    extra = [o for o in alg.outputDefinitions() if alg.parameterDefinition(o.name()) is None]
    if outputs or extra:
        lines += ["| output | label | type |", "|---|---|---|"]
        for p in outputs:
            optional = " (optional)" if p.flags() & FLAG_OPTIONAL else ""
            lines.append(f"| `{p.name()}` | {_cell(p.description() + optional)} | {p.type()} |")
        for o in extra:
            lines.append(f"| `{o.name()}` | {_cell(o.description())} | {o.type()} |")
        lines.append("")
    return "\n".join(lines)


def provider_markdown(provider):
    """The reference of every algorithm of a registered provider, sorted by id."""
    algorithms = sorted(provider.algorithms(), key=lambda a: a.id())
    return "\n".join(algorithm_markdown(a) for a in algorithms)


def reference_markdown():
    """The reference of every `lsm` algorithm, sorted by id."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _plugin_importable()
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    try:
        from landslide_susceptibility.plugin.provider import LsmProvider

        provider = LsmProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        text = provider_markdown(provider)
        QgsApplication.processingRegistry().removeProvider(provider)
    finally:
        app.exitQgis()
    return text


def replace_between_markers(document, generated):
    """*document* with the text between the markers replaced by *generated*."""
    if START not in document or END not in document:
        raise SystemExit(f"markers {START} / {END} not found")
    head, rest = document.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{generated.rstrip()}\n{END}{tail}"


def main():
    target = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "README.md")
    document = target.read_text(encoding="utf-8")
    updated = replace_between_markers(document, reference_markdown())
    if updated != document:
        target.write_text(updated, encoding="utf-8")
        print(f"{target}: reference updated")
    else:
        print(f"{target}: reference up to date")


if __name__ == "__main__":
    main()
