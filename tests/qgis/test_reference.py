"""The README's algorithm reference is the one the algorithms generate (`make docs`)."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def _make_reference():
    spec = importlib.util.spec_from_file_location("make_reference", REPO / "tools" / "make_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_reference_is_up_to_date(lsm_provider):
    tool = _make_reference()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    expected = tool.replace_between_markers(readme, tool.provider_markdown(lsm_provider))
    assert readme == expected, "the README's algorithm reference is stale: run `make docs`"
    for alg in lsm_provider.algorithms():
        assert f"### `{alg.id()}`" in readme


def test_help_urls_point_to_reference_anchors(lsm_provider):
    """Each algorithm's helpUrl ends in an anchor the generated reference holds, with its full text."""
    tool = _make_reference()
    generated = tool.provider_markdown(lsm_provider)
    for alg in lsm_provider.algorithms():
        if not hasattr(alg, "reference_text"):
            continue  # a shipped graphical model
        anchor = alg.helpUrl().rsplit("#", 1)[1]
        assert f'<a id="{anchor}"></a>' in generated, alg.id()
        full = alg.reference_text().strip()
        assert full.splitlines()[0] in generated, f"{alg.id()}: the full reference text is not in the README"


def test_every_algorithm_has_its_help_file(lsm_provider):
    """The README text of each algorithm is its algorithms/help/<name>.md, not the short help."""
    for alg in lsm_provider.algorithms():
        if not hasattr(alg, "reference_text"):
            continue  # a shipped graphical model
        path = REPO / "algorithms" / "help" / f"{alg.name()}.md"
        assert path.is_file(), f"{alg.id()} has no {path.relative_to(REPO)}"
        assert alg.reference_text() == path.read_text(encoding="utf-8").strip()
        assert alg.reference_text() != alg.HELP.strip(), f"{alg.id()}: the help file repeats the short help"
