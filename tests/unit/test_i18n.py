"""i18n/*.ts (make translations) hold every algorithm's name and help under its class context."""

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
TS_FILES = sorted((REPO / "i18n").glob("*.ts"))


def _tool():
    spec = importlib.util.spec_from_file_location("i18n_strings", REPO / "tools" / "i18n_strings.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_translation_sources_exist():
    assert {p.name for p in TS_FILES} >= {"landslide_susceptibility_fr.ts", "landslide_susceptibility_es.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_ts_has_every_algorithm_string(ts):
    tool = _tool()
    root = ET.parse(ts).getroot()
    messages = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    }
    expected = set(tool.group_strings())
    for path in sorted((REPO / "algorithms").glob("*.py")):
        expected |= set(tool.class_strings(path))
    assert len(expected) > 20
    missing = sorted(expected - messages)
    assert not missing, f"{len(missing)} strings missing from {ts.name}: run `make translations`"
    # strings of tr() calls inside the algorithms are there too, with the class as context
    assert ("JenksClassifyAlgorithm", "Number of classes") in messages
