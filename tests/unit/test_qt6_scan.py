"""QGIS 4 (Qt 6) readiness: the plugin's sources use only APIs present in both Qt 5 and Qt 6 and no
QGIS API deprecated on 3.40 (issue 16). The scan is static (ast), so it runs without QGIS.

Rules, each a finding `path:line: message`:
- Qt only through `qgis.PyQt` (no PyQt5 / PyQt6 / sip / PySide import);
- no `QAction` from `qgis.PyQt.QtWidgets` (it lives in QtGui in Qt 6) except as the fallback of a
  `try: from qgis.PyQt.QtGui import QAction` block;
- no `exec_()` (gone in Qt 6: `exec()`), no `QRegExp` / `QDesktopWidget` (removed in Qt 6);
- no unscoped enum of a class imported from qgis / qgis.PyQt (`Qt.AlignLeft`, `QgsProcessing.TypeRaster`:
  Qt 6 wants `Qt.AlignmentFlag.AlignLeft`; the QGIS ones come from algorithms/_compat.py);
- no `QVariant` field types (`QgsField(name, QVariant.Double)` is deprecated from 3.38: `_compat.make_field`);
- no `parameterAsFields` (deprecated from 3.32: `_compat.parameter_as_strings`);
- no matplotlib `boxplot(vert=...)` (deprecated from matplotlib 3.10: `orientation=` or the default).
algorithms/_compat.py is the one module allowed to name the old APIs (for QGIS < 3.36).
"""

import ast
import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCANNED = ("algorithms", "plugin", "core")
EXEMPT = {"algorithms/_compat.py"}
FORBIDDEN_MODULES = ("PyQt5", "PyQt6", "PySide2", "PySide6", "sip")
REMOVED_IN_QT6 = {"QRegExp", "QDesktopWidget"}
#: an enum member: CamelCase (ALL_CAPS constants such as TEMPORARY_OUTPUT are not enums)
ENUM_MEMBER = re.compile(r"^[A-Z][a-z0-9]\w*$")
#: calls whose first argument is a class, not an enum member
LOOKUPS = {"getattr", "hasattr", "isinstance", "issubclass"}


def _qgis_names(tree):
    """Names bound by `from qgis... import X` anywhere in the module."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "qgis":
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def _fallback_imports(tree):
    """ids of the imports inside an `except` handler (the Qt 5 fallback of a try block)."""
    fallback = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Try):
            for handler in node.handlers:
                fallback.update(id(n) for n in ast.walk(handler) if isinstance(n, ast.ImportFrom))
    return fallback


def _import_findings(tree):
    fallback = _fallback_imports(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            modules = [node.module or ""]
            qaction = any(alias.name == "QAction" for alias in node.names)
            if node.module == "qgis.PyQt.QtWidgets" and qaction and id(node) not in fallback:
                yield node.lineno, "QAction is in QtGui in Qt 6: try qgis.PyQt.QtGui first"
        else:
            continue
        for module in modules:
            if module.split(".")[0] in FORBIDDEN_MODULES:
                yield node.lineno, f"imports {module}: use qgis.PyQt"


def _removed_findings(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in REMOVED_IN_QT6:
            yield node.lineno, f"{node.id} is removed in Qt 6"
        elif isinstance(node, ast.alias) and node.name in REMOVED_IN_QT6:
            yield node.lineno, f"{node.name} is removed in Qt 6"


def _attribute_findings(tree):
    owners = _qgis_names(tree)
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        if node.attr == "exec_":
            yield node.lineno, "exec_() is gone in Qt 6: use exec()"
        elif node.attr == "parameterAsFields":
            yield node.lineno, "parameterAsFields is deprecated: use _compat.parameter_as_strings"
        elif isinstance(node.value, ast.Name) and node.value.id == "QVariant" and node.attr[:1].isupper():
            yield node.lineno, f"QVariant.{node.attr}: field types come from _compat.make_field (QMetaType)"
        elif _unscoped_enum(node, owners, parents.get(id(node))):
            yield node.lineno, f"unscoped enum {node.value.id}.{node.attr}: use the scoped name"


def _unscoped_enum(node, owners, parent):
    if not (isinstance(node.value, ast.Name) and node.value.id in owners and ENUM_MEMBER.match(node.attr)):
        return False
    if isinstance(parent, ast.Attribute) and parent.value is node:
        return False  # Owner.Enum.Member: scoped
    if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id in LOOKUPS:
        return False  # getattr(Owner.Enum, name): the enum class itself
    return not (isinstance(parent, ast.Call) and parent.func is node)  # a nested class constructed


def _call_findings(tree):
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "boxplot"
        ):
            if any(keyword.arg == "vert" for keyword in node.keywords):
                yield (
                    node.lineno,
                    "boxplot(vert=) is deprecated in matplotlib 3.10: orientation= or the default",
                )


def scan_source(source, path="<source>"):
    """Findings `path:line: message` of one module's source."""
    tree = ast.parse(source, filename=path)
    findings = []
    for rule in (_import_findings, _removed_findings, _attribute_findings, _call_findings):
        findings.extend(f"{path}:{line}: {message}" for line, message in rule(tree))
    return sorted(set(findings), key=lambda f: (f.split(":")[0], int(f.split(":")[1])))


def plugin_sources():
    for folder in SCANNED:
        for path in sorted((REPO / folder).rglob("*.py")):
            relative = path.relative_to(REPO).as_posix()
            if relative not in EXEMPT:
                yield relative, path


def test_plugin_sources_are_qt6_ready_and_use_no_deprecated_api():
    findings = []
    for relative, path in plugin_sources():
        findings.extend(scan_source(path.read_text(encoding="utf-8"), relative))
    assert not findings, "Qt 6 / deprecated API findings:\n" + "\n".join(findings)


def test_the_scan_covers_the_plugin():
    scanned = {relative for relative, _path in plugin_sources()}
    assert {"algorithms/base.py", "plugin/gui.py", "core/charts.py"} <= scanned
    assert not scanned & EXEMPT


BAD = [
    ("from PyQt5.QtCore import Qt\n", "imports PyQt5.QtCore"),
    ("import PyQt6.QtWidgets\n", "imports PyQt6.QtWidgets"),
    ("from qgis.PyQt.QtWidgets import QAction\n", "QAction is in QtGui"),
    ("from qgis.PyQt.QtWidgets import QMenu\nQMenu().exec_()\n", "exec_() is gone"),
    ("from qgis.PyQt.QtCore import QRegExp\n", "QRegExp is removed"),
    ("from qgis.PyQt.QtWidgets import QDesktopWidget\n", "QDesktopWidget is removed"),
    ("from qgis.PyQt.QtCore import Qt\nx = Qt.AlignLeft\n", "unscoped enum Qt.AlignLeft"),
    ("from qgis.PyQt.QtCore import Qt\nr = Qt.UserRole + 1\n", "unscoped enum Qt.UserRole"),
    ("from qgis.PyQt.QtWidgets import QDialogButtonBox as B\nb = B.Ok\n", "unscoped enum B.Ok"),
    (
        "from qgis.core import QgsProcessing\nt = QgsProcessing.TypeRaster\n",
        "unscoped enum QgsProcessing.TypeRaster",
    ),
    ("from qgis.core import QgsWkbTypes\nt = QgsWkbTypes.Point\n", "unscoped enum QgsWkbTypes.Point"),
    (
        "from qgis.core import QgsField\nfrom qgis.PyQt.QtCore import QVariant\nQgsField('a', QVariant.Double)\n",
        "QVariant.Double",
    ),
    ("def f(self, p, c):\n    return self.parameterAsFields(p, 'F', c)\n", "parameterAsFields is deprecated"),
    ("def f(axes, data):\n    axes.boxplot(data, vert=True)\n", "boxplot(vert=)"),
]


@pytest.mark.parametrize("source, message", BAD)
def test_the_scan_finds_each_bad_pattern(source, message):
    findings = scan_source(source, "bad.py")
    assert any(message in finding for finding in findings), findings
    assert all(finding.startswith("bad.py:") for finding in findings)


GOOD = [
    "from qgis.PyQt.QtCore import Qt\nx = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter\n",
    "from qgis.PyQt.QtCore import Qt\nr = Qt.ItemDataRole.UserRole + 1\n",
    "from qgis.PyQt.QtWidgets import QMenu\nQMenu().exec()\n",
    "try:\n    from qgis.PyQt.QtGui import QAction\nexcept ImportError:\n"
    "    from qgis.PyQt.QtWidgets import QAction\n",
    "from qgis.core import QgsProcessing\nout = QgsProcessing.TEMPORARY_OUTPUT\n",
    "from qgis.core import QgsWkbTypes\nk = QgsWkbTypes.geometryType(1)\n",
    "from qgis.core import QgsProcessingContext\nd = QgsProcessingContext.LayerDetails('a', None)\n",
    "import numpy as np\nx = np.NaN\n",  # not a qgis class
    "from qgis.core import Qgis\nt = getattr(Qgis.DataType, 'Int8', None)\n",
    "def f(axes, data):\n    axes.boxplot(data, patch_artist=True)\n",
]


@pytest.mark.parametrize("source", GOOD)
def test_the_scan_passes_the_qt5_and_qt6_forms(source):
    assert scan_source(source, "good.py") == []
