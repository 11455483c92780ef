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
