"""Optional Python dependencies: which are missing, and the line that installs them on this platform.

The minimums are those of requirements.txt (tests/unit/test_dependencies.py compares them). The line is
the one that works for the Python QGIS runs on each platform, never `sys.executable` (inside QGIS that is
the QGIS binary, not a Python):
- Windows: pip in the OSGeo4W Shell (which runs QGIS's Python);
- macOS: the Python inside the QGIS application bundle, with --user;
- Debian / Ubuntu (/etc/debian_version exists): Debian's packages with apt, and pip with --user
  --break-system-packages for what Debian lacks (skops; torch where Debian's is older than the minimum);
- other Linux: pip with --user.
Everywhere the QPIP plugin is the alternative: it installs the plugin's requirements.txt into the profile.
"""

import importlib.util
import os
import sys

#: import name -> pip requirement (the minimums of requirements.txt)
REQUIREMENTS = {
    "numpy": "numpy",
    "sklearn": "scikit-learn>=1.2.1",
    "imblearn": "imbalanced-learn>=0.10",
    "torch": "torch>=2.6",
    # skops 0.12+ needs numpy>=1.25, newer than the numpy of QGIS's Python before 3.12 (Debian 12)
    "skops": "skops>=0.11" if sys.version_info >= (3, 12) else "skops>=0.11,<0.12",
    "matplotlib": "matplotlib>=3.5",
    # optional: lsm:explainmodel (shap) and the gradient-boosting model type (lightgbm)
    "shap": "shap>=0.42",
    "lightgbm": "lightgbm>=4",
}

#: import name -> Debian / Ubuntu package (skops has none)
DEBIAN_PACKAGES = {
    "numpy": "python3-numpy",
    "sklearn": "python3-sklearn",
    "imblearn": "python3-imblearn",
    "torch": "python3-torch",
    "matplotlib": "python3-matplotlib",
}

#: Debian's python3-torch meets the minimum from Debian 13 (Python 3.13, torch 2.6) on
DEBIAN_TORCH_PYTHON = (3, 13)
DEBIAN_VERSION_FILE = "/etc/debian_version"
MACOS_PYTHON = "/Applications/QGIS.app/Contents/MacOS/bin/python3"
TORCH_CPU_NOTE = " (for torch without CUDA: add --index-url https://download.pytorch.org/whl/cpu)"
QPIP_NOTE = (
    "Or install the QPIP plugin (Plugins > Manage and Install Plugins): it installs the plugin's "
    "requirements.txt into the QGIS profile."
)


def missing_modules(modules):
    """The subset of import names in *modules* that cannot be imported."""
    return [m for m in modules if importlib.util.find_spec(m) is None]


def platform_kind():
    """'windows', 'macos', 'debian' (Debian, Ubuntu and their derivatives) or 'linux'."""
    if sys.platform.startswith("win"):
        return "windows"
    if sys.platform == "darwin":
        return "macos"
    if os.path.exists(DEBIAN_VERSION_FILE):
        return "debian"
    return "linux"


def _requirements(modules):
    return " ".join(f'"{REQUIREMENTS.get(m, m)}"' for m in modules)


def _pip_line(modules, prefix):
    line = f"{prefix} {_requirements(modules)}"
    return line + TORCH_CPU_NOTE if "torch" in modules else line


def _debian_lines(modules):
    apt = [m for m in modules if m in DEBIAN_PACKAGES]
    if "torch" in apt and sys.version_info < DEBIAN_TORCH_PYTHON:
        apt.remove("torch")  # Debian 12 / Ubuntu 24.04 have an older torch than the minimum
    pip = [m for m in modules if m not in apt]
    lines = []
    if apt:
        lines.append("sudo apt install " + " ".join(DEBIAN_PACKAGES[m] for m in apt))
    if pip:
        lines.append(_pip_line(pip, "python3 -m pip install --user --break-system-packages"))
    return lines


def install_lines(modules, kind=None):
    """The command lines that install the import names *modules* on platform *kind* (platform_kind())."""
    kind = kind or platform_kind()
    if kind == "windows":
        return ["In the OSGeo4W Shell: " + _pip_line(modules, "python3 -m pip install")]
    if kind == "macos":
        return [_pip_line(modules, f"{MACOS_PYTHON} -m pip install --user")]
    if kind == "debian":
        return _debian_lines(modules)
    return [_pip_line(modules, "python3 -m pip install --user")]


def install_line(modules, kind=None):
    """install_lines joined into one sentence."""
    return "; then ".join(install_lines(modules, kind))


def dependency_message(modules, kind=None):
    """A sentence naming the missing modules and how to install them, or '' when none is missing."""
    missing = missing_modules(modules)
    if not missing:
        return ""
    return (
        "This algorithm needs the Python package(s) {} which are not installed in the Python used by "
        "QGIS. Install them with: {}. {}"
    ).format(", ".join(REQUIREMENTS.get(m, m) for m in missing), install_line(missing, kind), QPIP_NOTE)
