"""With QGIS's user locale set to French or Spanish, the plugin's translator (install_translator, fed the .qm
that lrelease compiles as `make package` does) gives the toolbox translated algorithm and provider names."""

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
LRELEASE = shutil.which("lrelease") or shutil.which("lrelease-qt5")
EXPECTED = {
    "fr": (
        "Classer la susceptibilité (seuils naturels de Jenks)",
        "Susceptibilité aux glissements de terrain",
    ),
    "es": ("Clasificar la susceptibilidad (cortes naturales de Jenks)", "Susceptibilidad a deslizamientos"),
}


@pytest.fixture()
def compiled_i18n(tmp_path):
    """A folder holding the .qm of every i18n/*.ts."""
    if LRELEASE is None:
        pytest.skip("lrelease not installed (apt-get install qttools5-dev-tools)")
    for ts in sorted((REPO / "i18n").glob("*.ts")):
        subprocess.run([LRELEASE, "-silent", str(ts), "-qm", str(tmp_path / f"{ts.stem}.qm")], check=True)
    return tmp_path


@pytest.fixture()
def user_locale():
    """Set QGIS's locale/userLocale for the test, restored afterwards."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    before = settings.value("locale/userLocale", None)

    def _set(value):
        settings.setValue("locale/userLocale", value)

    yield _set
    if before is None:
        settings.remove("locale/userLocale")
    else:
        settings.setValue("locale/userLocale", before)


@pytest.mark.parametrize("lang", sorted(EXPECTED))
def test_toolbox_names_follow_the_user_locale(lsm_provider, compiled_i18n, user_locale, monkeypatch, lang):
    from landslide_susceptibility.plugin import plugin
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication

    registry = QgsApplication.processingRegistry()
    english = registry.algorithmById("lsm:jenksclassify").displayName()
    assert english == "Classify susceptibility (Jenks natural breaks)"
    monkeypatch.setattr(plugin, "I18N_DIR", compiled_i18n)
    user_locale(f"{lang}_EC" if lang == "es" else f"{lang}_FR")
    translator = plugin.install_translator()
    assert translator is not None, f"no translator installed for {lang}"
    try:
        name, provider_name = EXPECTED[lang]
        assert registry.algorithmById("lsm:jenksclassify").displayName() == name
        assert lsm_provider.name() == provider_name
        # every algorithm of the toolbox (the shipped models aside: their names live in the .model3 files)
        # shows a translated name
        algorithms = [alg for alg in lsm_provider.algorithms() if hasattr(type(alg), "DISPLAY_NAME")]
        assert len(algorithms) >= 10
        untranslated = [alg.id() for alg in algorithms if alg.displayName() == type(alg).DISPLAY_NAME]
        assert not untranslated, f"English names in the {lang} toolbox: {untranslated}"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert registry.algorithmById("lsm:jenksclassify").displayName() == english


def test_no_translator_for_a_locale_without_translation(compiled_i18n, user_locale, monkeypatch):
    from landslide_susceptibility.plugin import plugin

    monkeypatch.setattr(plugin, "I18N_DIR", compiled_i18n)
    user_locale("de_DE")
    assert plugin.install_translator() is None
