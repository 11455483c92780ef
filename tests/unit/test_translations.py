"""i18n/*_fr.ts and *_es.ts are complete translations: every message finished, placeholders kept, and the
compiled .qm (lrelease, as `make package` does) translates the algorithms' names through QTranslator."""

import collections
import importlib.util
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
LANGUAGES = ("fr", "es")
#: a known algorithm name per language (lsm:jenksclassify, context = its class name)
JENKS = ("JenksClassifyAlgorithm", "Classify susceptibility (Jenks natural breaks)")
JENKS_EXPECTED = {
    "fr": "Classer la susceptibilité (seuils naturels de Jenks)",
    "es": "Clasificar la susceptibilidad (cortes naturales de Jenks)",
}
#: str.format fields, Qt's %n / %1 arguments and HTML tags must come through a translation unchanged
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|</?[a-zA-Z][^<>]*>")
LRELEASE = shutil.which("lrelease") or shutil.which("lrelease-qt5")


def _ts(lang):
    return REPO / "i18n" / f"landslide_susceptibility_{lang}.ts"


def _messages(lang):
    """[(context, source, translation element)] of the .ts file of *lang*."""
    root = ET.parse(_ts(lang)).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _display_names():
    """[(class name, DISPLAY_NAME)] of every algorithm, as tools/i18n_strings.py reads them."""
    spec = importlib.util.spec_from_file_location("i18n_strings", REPO / "tools" / "i18n_strings.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    found = []
    for path in sorted((REPO / "algorithms").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        names = set(re.findall(r'^\s+DISPLAY_NAME = "([^"]+)"', text, re.M))
        found += [(cls, value) for cls, value in tool.class_strings(path) if value in names]
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang):
    messages = _messages(lang)
    assert len(messages) > 300
    unfinished = [
        (context, source)
        for context, source, translation in messages
        if translation is None
        or translation.get("type") in ("unfinished", "obsolete")
        or not translation.text
    ]
    assert not unfinished, f"{len(unfinished)} of {len(messages)} messages unfinished in {_ts(lang).name}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_placeholders_and_lines(lang):
    wrong = []
    for context, source, translation in _messages(lang):
        text = translation.text or ""
        if not text:
            continue
        same = collections.Counter(PLACEHOLDER.findall(source)) == collections.Counter(
            PLACEHOLDER.findall(text)
        )
        if (
            not same
            or source.count("\n") != text.count("\n")
            or source.startswith("&") != text.startswith("&")
        ):
            wrong.append((context, source[:60], text[:60]))
    assert not wrong, f"{len(wrong)} translations change placeholders or lines: {wrong[:5]}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_algorithm_names_are_not_left_in_english(lang):
    names = _display_names()
    assert len(names) >= 10
    translated = {(c, s): t.text for c, s, t in _messages(lang)}
    english = [(cls, name) for cls, name in names if translated.get((cls, name)) in (None, "", name)]
    assert not english, f"algorithm names left in English in {_ts(lang).name}: {english}"


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    """{lang: path of the .qm} compiled by lrelease into a temporary folder."""
    if LRELEASE is None:
        pytest.skip("lrelease not installed (apt-get install qttools5-dev-tools)")
    out = tmp_path_factory.mktemp("qm")
    paths = {}
    for lang in LANGUAGES:
        qm = out / f"landslide_susceptibility_{lang}.qm"
        run = subprocess.run([LRELEASE, str(_ts(lang)), "-qm", str(qm)], capture_output=True, text=True)
        assert run.returncode == 0, run.stdout + run.stderr
        assert re.search(r"\b0 unfinished\b", run.stdout), run.stdout
        paths[lang] = qm
    return paths


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_translation_translates_algorithm_names(compiled, lang):
    qtcore = pytest.importorskip("qgis.PyQt.QtCore")
    translator = qtcore.QTranslator()
    assert translator.load(str(compiled[lang]))
    assert translator.translate(*JENKS) == JENKS_EXPECTED[lang]
    for cls, name in _display_names():
        text = translator.translate(cls, name)
        assert text and text != name, f"{cls}: {name!r} is not translated in the {lang} .qm"
    # a string never translated gives nothing back (so the checks above cannot pass by accident)
    assert translator.translate("JenksClassifyAlgorithm", "no such source text") == ""
