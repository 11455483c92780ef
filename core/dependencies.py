"""Optional Python dependencies: which are missing, and the exact line that installs them."""

import importlib.util

#: import name -> pip requirement (kept in step with requirements.txt)
REQUIREMENTS = {
    "numpy": "numpy<2",
    "sklearn": "scikit-learn>=1.2",
    "imblearn": "imbalanced-learn>=0.11",
    "torch": "torch",
}


def missing_modules(modules):
    """The subset of import names in *modules* that cannot be imported."""
    return [m for m in modules if importlib.util.find_spec(m) is None]


def install_line(modules):
    """The pip command that installs the given import names, CPU torch noted."""
    reqs = " ".join(f'"{REQUIREMENTS.get(m, m)}"' for m in modules)
    line = f"python3 -m pip install {reqs}"
    if "torch" in modules:
        line += " (for torch without CUDA: add --index-url https://download.pytorch.org/whl/cpu)"
    return line


def dependency_message(modules):
    """A sentence naming the missing modules and how to install them, or '' when none is missing."""
    missing = missing_modules(modules)
    if not missing:
        return ""
    return (
        "This algorithm needs the Python package(s) {} which are not installed in the Python used by "
        "QGIS. Install them with: {}"
    ).format(", ".join(REQUIREMENTS.get(m, m) for m in missing), install_line(missing))
