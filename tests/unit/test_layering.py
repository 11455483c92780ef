"""Layers run one way: plugin/ -> algorithms/ -> core/ (docs/ARCHITECTURE.md).

The sources are parsed with `ast` (nothing is imported), so the check runs without QGIS and sees
imports inside functions too. Rules:

- core/ imports no qgis / PyQt (GDAL's `osgeo` is allowed);
- neither core/ nor algorithms/ imports plugin/ (relative `..plugin` or `landslide_susceptibility.plugin`);
- core/ does not import algorithms/;
- an algorithm module (a file of algorithms/ that is not `base` and does not start with `_`) is imported by
  no other module of algorithms/: shared pieces live in `_`-prefixed helper modules;
- no import cycle among the project's modules (module-level and function-level imports).

The checker itself is tested on small synthetic trees, one per bad pattern, so it is known to fail.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
#: the name the plugin folder is installed under (absolute imports of the project start with it)
PACKAGE = "landslide_susceptibility"
LAYERS = ("core", "algorithms", "plugin")
#: top-level names of Qt / QGIS bindings that core/ must not import
QT_NAMES = {"qgis", "PyQt4", "PyQt5", "PyQt6", "PySide2", "PySide6", "sip", "processing"}


# -- reading the tree ----------------------------------------------------------------------------


def project_modules(root):
    """{dotted module name: path} of every .py file under the layer folders of *root*
    ('core.paths', 'algorithms' for algorithms/__init__.py, ...)."""
    modules = {}
    for layer in LAYERS:
        for path in sorted((Path(root) / layer).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


def _package_of(module, path):
    """The package a relative import of *module* (file *path*) starts from."""
    if path.name == "__init__.py":
        return module
    return module.rpartition(".")[0]


def _resolve_relative(module, path, level, name):
    """Dotted target of `from <level dots><name> import ...` in *module*, or None beyond the root."""
    base = _package_of(module, path).split(".") if _package_of(module, path) else []
    if level - 1 > len(base):
        return None
    base = base[: len(base) - (level - 1)]
    return ".".join(base + ([name] if name else []))


def _strip_package(name):
    """'landslide_susceptibility.core.x' -> 'core.x'; other names unchanged."""
    if name == PACKAGE:
        return ""
    if name.startswith(PACKAGE + "."):
        return name[len(PACKAGE) + 1 :]
    return name


def imports_of(module, path, modules):
    """[(line, target, project)] for every import statement of the file (any depth).

    *target* is the dotted name imported: for project modules the most specific module of *modules*
    (`from ..core import paths` -> 'core.paths'), relative to the plugin root; *project* tells whether
    it is one of ours.
    """
    tree = ast.parse(Path(path).read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found.extend(_classify(node.lineno, _strip_package(alias.name), alias.name, [], modules))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                target = _resolve_relative(module, Path(path), node.level, node.module)
                if target is None:
                    continue
                raw = target
            else:
                raw = node.module or ""
                target = _strip_package(raw)
            names = [alias.name for alias in node.names]
            found.extend(_classify(node.lineno, target, raw, names, modules, relative=bool(node.level)))
    return found


def _classify(line, target, raw, names, modules, relative=False):
    """Project imports resolve to modules (submodules named in a from-import count one by one)."""
    ours = relative or raw == PACKAGE or raw.startswith(PACKAGE + ".") or target.split(".")[0] in LAYERS
    if not ours:
        return [(line, raw, False)]
    submodules = [f"{target}.{n}" if target else n for n in names]
    submodules = [m for m in submodules if m in modules]
    if submodules:
        return [(line, m, True) for m in submodules]
    # the deepest existing module holding the target ('core.x.Name' -> 'core.x')
    parts = target.split(".") if target else []
    while parts and ".".join(parts) not in modules:
        parts.pop()
    return [(line, ".".join(parts) if parts else target, True)]


# -- the rules -------------------------------------------------------------------------------------


def is_algorithm_module(name):
    """True for 'algorithms.<x>' where x is an algorithm file (not base, not a `_` helper)."""
    parts = name.split(".")
    return (
        len(parts) == 2 and parts[0] == "algorithms" and parts[1] != "base" and not parts[1].startswith("_")
    )


class _Tarjan:
    """Strongly connected components of a graph, iteratively (deep chains need no recursion)."""

    def __init__(self, graph):
        self.graph = graph
        self.index, self.low = {}, {}
        self.stack, self.on_stack = [], set()
        self.components = []

    def _open(self, node, work):
        self.index[node] = self.low[node] = len(self.index)
        self.stack.append(node)
        self.on_stack.add(node)
        work.append((node, iter(sorted(self.graph.get(node, ())))))

    def _close(self, node):
        component = []
        while True:
            member = self.stack.pop()
            self.on_stack.discard(member)
            component.append(member)
            if member == node:
                return component

    def visit(self, start):
        work = []
        self._open(start, work)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    parent = work[-1][0]
                    self.low[parent] = min(self.low[parent], self.low[node])
                if self.low[node] == self.index[node]:
                    self.components.append(self._close(node))
            elif child not in self.index:
                self._open(child, work)
            elif child in self.on_stack:
                self.low[node] = min(self.low[node], self.index[child])


def find_cycles(graph):
    """Import cycles of *graph* ({module: set of modules}): the strongly connected components with more
    than one module or a self-import, each sorted (Tarjan's algorithm)."""
    tarjan = _Tarjan(graph)
    for node in sorted(graph):
        if node not in tarjan.index:
            tarjan.visit(node)
    cycles = [c for c in tarjan.components if len(c) > 1 or c[0] in graph.get(c[0], ())]
    return sorted(sorted(c) for c in cycles)


def check_tree(root):
    """Every layering violation of the plugin tree at *root*, as 'file:line: what' strings."""
    root = Path(root)
    modules = project_modules(root)
    problems = []
    graph = {name: set() for name in modules}
    for name, path in modules.items():
        layer = name.split(".")[0]
        where = path.relative_to(root).as_posix()
        for line, target, ours in imports_of(name, path, modules):
            top = target.split(".")[0]
            if not ours:
                if layer == "core" and top in QT_NAMES:
                    problems.append(f"{where}:{line}: core imports {target} (core has no qgis / PyQt import)")
                continue
            if target in modules and target != name:
                graph[name].add(target)
            if layer in ("core", "algorithms") and top == "plugin":
                problems.append(f"{where}:{line}: {layer} imports {target} (plugin/ is the top layer)")
            if layer == "core" and top == "algorithms":
                problems.append(f"{where}:{line}: core imports {target} (algorithms/ sits above core/)")
            if layer == "algorithms" and is_algorithm_module(target) and target != name:
                problems.append(
                    f"{where}:{line}: {name} imports the algorithm module {target} "
                    "(move the shared piece to an algorithms/_helper module)"
                )
    for cycle in find_cycles(graph):
        problems.append("import cycle: " + " -> ".join(cycle + cycle[:1]))
    return problems


# -- the real tree ---------------------------------------------------------------------------------


def test_the_plugin_layers_run_one_way():
    problems = check_tree(ROOT)
    assert not problems, "layering violations:\n" + "\n".join(problems)


def test_the_checker_reads_the_real_tree():
    """The walk finds the tree's modules and resolves its relative imports (else it would pass vacuously)."""
    modules = project_modules(ROOT)
    assert {"core.paths", "algorithms.base", "plugin.provider", "algorithms", "core"} <= set(modules)
    targets = {t for _, t, ours in imports_of("plugin.gui", modules["plugin.gui"], modules) if ours}
    assert "core.paths" in targets


# -- the checker on synthetic trees ----------------------------------------------------------------


def _tree(tmp_path, files):
    for relative, text in files.items():
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for layer in LAYERS:
        init = tmp_path / layer / "__init__.py"
        init.parent.mkdir(parents=True, exist_ok=True)
        if not init.exists():
            init.write_text("", encoding="utf-8")
    return tmp_path


CLEAN = {
    "core/paths.py": "import os\n",
    "core/grid.py": "from osgeo import gdal\nfrom . import paths\nfrom .paths import os\n",
    "algorithms/_styling.py": "from qgis.core import QgsRasterLayer\n",
    "algorithms/base.py": "from ..core.paths import os\nfrom ..core import grid\n",
    "algorithms/jenks.py": "from .base import os\nfrom ._styling import QgsRasterLayer\n",
    "plugin/provider.py": "from qgis.core import QgsApplication\nfrom ..algorithms.base import os\n",
    "plugin/gui.py": (
        "from .provider import QgsApplication\n"
        "def f():\n    from .. import algorithms\n    from ..algorithms import jenks\n"
    ),
}


def test_a_clean_tree_passes(tmp_path):
    assert check_tree(_tree(tmp_path, CLEAN)) == []


@pytest.mark.parametrize(
    "relative, text, expected",
    [
        ("core/bad.py", "from qgis.core import QgsRasterLayer\n", "core/bad.py:1: core imports qgis.core"),
        ("core/bad.py", "def f():\n    import PyQt5.QtCore\n", "core/bad.py:2: core imports PyQt5.QtCore"),
        ("core/bad.py", "from qgis.PyQt.QtGui import QColor\n", "core imports qgis.PyQt.QtGui"),
        ("core/bad.py", "import PyQt6\n", "core imports PyQt6"),
        ("core/bad.py", "from ..plugin.provider import x\n", "core imports plugin.provider"),
        ("core/bad.py", "from ..algorithms.base import x\n", "core imports algorithms.base"),
        ("core/bad.py", "import landslide_susceptibility.algorithms.base\n", "core imports algorithms.base"),
        # today's inversion: algorithms/base.py took the icon path from plugin/provider.py
        (
            "algorithms/bad.py",
            "from ..plugin.provider import ICON_PATH\n",
            "algorithms imports plugin.provider",
        ),
        (
            "algorithms/bad.py",
            "def run():\n    from landslide_susceptibility.plugin.provider import ICON_PATH\n",
            "algorithms/bad.py:2: algorithms imports plugin.provider",
        ),
        ("algorithms/bad.py", "from .. import plugin\n", "algorithms imports plugin"),
        # today's helpers read through another algorithm (trainmodel.read_samples)
        (
            "algorithms/bad.py",
            "from .jenks import os\n",
            "algorithms.bad imports the algorithm module algorithms.jenks",
        ),
        ("algorithms/_helper.py", "from . import jenks\n", "imports the algorithm module algorithms.jenks"),
        (
            "algorithms/bad.py",
            "from landslide_susceptibility.algorithms.jenks import os\n",
            "imports the algorithm module algorithms.jenks",
        ),
    ],
)
def test_the_checker_reports_each_bad_import(tmp_path, relative, text, expected):
    problems = check_tree(_tree(tmp_path, {**CLEAN, relative: text}))
    assert any(expected in p for p in problems), problems


def test_the_checker_reports_cycles(tmp_path):
    # today's core/models.py <-> core/training.py, one side importing inside a function
    files = {
        **CLEAN,
        "core/models.py": "from .training import MODEL_TYPES\n",
        "core/training.py": "def fit():\n    from . import models\n",
        "plugin/a.py": "from .b import x\n",
        "plugin/b.py": "from .c import x\n",
        "plugin/c.py": "from landslide_susceptibility.plugin import a\n",
    }
    problems = check_tree(_tree(tmp_path, files))
    assert "import cycle: core.models -> core.training -> core.models" in problems
    assert "import cycle: plugin.a -> plugin.b -> plugin.c -> plugin.a" in problems
    assert len([p for p in problems if p.startswith("import cycle")]) == 2


def test_find_cycles():
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
    assert find_cycles({"a": {"a"}}) == [["a"]]
    assert find_cycles({"a": {"b"}, "b": {"a", "c"}, "c": {"d"}, "d": {"c"}}) == [["a", "b"], ["c", "d"]]
    # a long chain does not hit the recursion limit
    chain = {str(i): {str(i + 1)} for i in range(5000)}
    chain["5000"] = {"0"}
    assert len(find_cycles(chain)[0]) == 5001


def test_relative_imports_resolve():
    modules = {"core": None, "core.paths": None, "algorithms.base": None}
    path = Path("algorithms/base.py")
    assert _resolve_relative("algorithms.base", path, 2, "core.paths") == "core.paths"
    assert _resolve_relative("algorithms.base", path, 1, None) == "algorithms"
    assert _resolve_relative("algorithms", Path("algorithms/__init__.py"), 1, "base") == "algorithms.base"
    assert _resolve_relative("algorithms.base", path, 4, "x") is None
    assert _classify(1, "core", "core", ["paths", "Name"], modules, relative=True) == [
        (1, "core.paths", True)
    ]
    assert _classify(1, "core.paths.X", "core.paths.X", [], modules) == [(1, "core.paths", True)]
    assert _classify(3, "numpy", "numpy", ["array"], modules) == [(3, "numpy", False)]
