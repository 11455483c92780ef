"""The in-app missing-package message: the platform-right line and requirements.txt's minimums."""

import sys
from pathlib import Path

import pytest
from landslide_susceptibility.core import dependencies

REPO = Path(__file__).resolve().parents[2]
MISSING = ("sklearn", "imblearn", "skops")


@pytest.fixture
def on(monkeypatch, tmp_path):
    """on(platform, debian=False): sys.platform and the Debian marker file as on that system."""

    def set_platform(platform, debian=False):
        monkeypatch.setattr(sys, "platform", platform)
        marker = tmp_path / "debian_version"
        if debian:
            marker.write_text("13.0\n")
        monkeypatch.setattr(dependencies, "DEBIAN_VERSION_FILE", str(marker))
        monkeypatch.setattr(dependencies, "missing_modules", lambda modules: list(modules))

    return set_platform


def test_windows_line_is_pip_in_the_osgeo4w_shell(on):
    on("win32")
    message = dependencies.dependency_message(MISSING)
    assert (
        'In the OSGeo4W Shell: python3 -m pip install "scikit-learn>=1.2.1" "imbalanced-learn>=0.10"'
        in message
    )
    assert "QPIP" in message and "apt" not in message and "--user" not in message


def test_macos_line_is_the_bundle_python_with_user(on):
    on("darwin")
    message = dependencies.dependency_message(MISSING)
    assert (
        '/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --user "scikit-learn>=1.2.1"'
        in message
    )
    assert "QPIP" in message


def test_debian_line_is_apt_and_pip_only_for_what_debian_lacks(on):
    on("linux", debian=True)
    message = dependencies.dependency_message(("sklearn", "imblearn", "matplotlib", "skops"))
    assert "sudo apt install python3-sklearn python3-imblearn python3-matplotlib;" in message
    assert 'python3 -m pip install --user --break-system-packages "skops>=0.11' in message
    assert "scikit-learn>=" not in message.split("Install them with:")[1]  # not pip-installed over Debian's
    assert "QPIP" in message


def test_debian_torch_from_apt_only_where_it_meets_the_minimum(on, monkeypatch):
    on("linux", debian=True)
    monkeypatch.setattr(dependencies, "DEBIAN_TORCH_PYTHON", (0, 0))
    assert dependencies.install_lines(("torch",)) == ["sudo apt install python3-torch"]
    monkeypatch.setattr(dependencies, "DEBIAN_TORCH_PYTHON", (99, 0))
    (line,) = dependencies.install_lines(("torch",))
    assert line.startswith('python3 -m pip install --user --break-system-packages "torch>=2.6"')
    assert "download.pytorch.org/whl/cpu" in line


def test_other_linux_line_is_pip_user(on):
    on("linux")
    assert dependencies.install_lines(("sklearn", "torch")) == [
        'python3 -m pip install --user "scikit-learn>=1.2.1" "torch>=2.6"' + dependencies.TORCH_CPU_NOTE
    ]


@pytest.mark.parametrize(
    "platform, debian", [("win32", False), ("darwin", False), ("linux", True), ("linux", False)]
)
def test_no_message_names_the_qgis_binary(on, platform, debian):
    on(platform, debian)
    message = dependencies.dependency_message(MISSING)
    assert message and sys.executable not in message


def test_nothing_missing_gives_no_message(monkeypatch):
    monkeypatch.setattr(dependencies, "missing_modules", lambda modules: [])
    assert dependencies.dependency_message(MISSING) == ""


def _requirements_txt():
    """name -> requirement of requirements.txt for this Python (environment markers applied)."""
    requirements = pytest.importorskip("packaging.requirements")
    specs = {}
    for line in (REPO / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement = requirements.Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate():
            specs[requirement.name] = requirement.name + str(requirement.specifier)
    return specs


def _normal(requirement):
    """A pip requirement with its specifiers in a fixed order (packaging sorts them)."""
    from packaging.requirements import Requirement

    parsed = Requirement(requirement)
    return parsed.name + str(parsed.specifier)


def test_minimums_are_those_of_requirements_txt():
    specs = _requirements_txt()
    assert {_normal(r) for r in dependencies.REQUIREMENTS.values()} == set(specs.values())
