"""Write the algorithms' class-level strings as translate() calls, for pylupdate5.

Run by `make translations`: algorithms keep their name and help in class constants (DISPLAY_NAME,
HELP) and translate them at run time with self.tr(self.HELP); pylupdate5 only finds strings inside
tr()/translate() calls, so this writes build/i18n_strings.py with one
`QCoreApplication.translate("<ClassName>", "<text>")` per constant (and the group names), which
`make translations` scans together with the sources.

Besides those it lists the strings that reach a translation call through a variable (pylupdate5 only
reads literal arguments), so they are translated where they are shown:
  - helper modules' `_tr("...")` calls and their *_HELP / *_LABELS constants (helper_strings);
  - flow_strings: in the algorithms' classes, `self.tr(v)` / `self.tr(X[k])` over a literal tuple, a
    module constant or `module.CONSTANT(.values())` of the core / algorithms (FOLD_LABELS,
    STRATEGY_LABELS, core.catalogue.MODEL_TYPES, loops over (name, label) tuples), a literal passed
    to a method of the class that hands that parameter to self.tr (`self._add(parameter, "help")`),
    and `help_text="..."` given to the algorithms/_params.py helpers (translated there, context
    LsmParameters);
  - core_strings: the TEXTS tuples of core modules (chart axis labels and titles: core/ imports no
    qgis, so its callers pass a translating `tr`, context "@default").
"""

import ast
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CONSTANTS = ("DISPLAY_NAME", "HELP")


def class_strings(path):
    """[(class name, text)] of the CONSTANTS of every class in *path*."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        for item in node.body:
            if (
                isinstance(item, ast.Assign)
                and len(item.targets) == 1
                and isinstance(item.targets[0], ast.Name)
                and item.targets[0].id in CONSTANTS
            ):
                try:
                    value = ast.literal_eval(item.value)
                except ValueError:
                    continue
                if isinstance(value, str) and value:
                    found.append((node.name, value))
    return found


def _literal(node):
    """The str of an ast string constant, else None."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _tr_context(tree):
    """The context of the module's `def _tr(text): return QCoreApplication.translate("<context>", text)`."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "_tr":
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "translate" and call.args:
                    return _literal(call.args[0])
    return None


def _constant_strings(tree):
    """The strings of the module constants named *_HELP / *_LABELS (a string or a tuple of strings)."""
    found = []
    for node in tree.body:
        names = [t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]
        if isinstance(node, ast.Assign) and names and names[0].endswith(("_HELP", "_LABELS")):
            values = node.value.elts if isinstance(node.value, (ast.Tuple, ast.List)) else [node.value]
            # QT_TRANSLATE_NOOP("<context>", "text") spread over lines is missed by pylupdate5 too
            values = [v.args[-1] if isinstance(v, ast.Call) and v.args else v for v in values]
            found += [text for text in map(_literal, values) if text]
    return found


def helper_strings(path):
    """[(context, text)] of a helper module whose `_tr(text)` translates with a fixed context.

    pylupdate5 does not see `_tr("...")` calls, nor the module constants named *_HELP / *_LABELS
    that such modules pass through _tr(); this lists both."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    context = _tr_context(tree)
    if context is None:
        return []
    calls = [
        _literal(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_tr" and node.args
    ]
    texts = [text for text in calls if text] + _constant_strings(tree)
    return [(context, text) for text in dict.fromkeys(texts)]


def group_strings():
    """[("LsmAlgorithm", group name)] from algorithms/base.py's GROUPS."""
    tree = ast.parse((REPO / "algorithms" / "base.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "GROUPS":
            return [("LsmAlgorithm", name) for name in ast.literal_eval(node.value).values()]
    return []


#: the context of the algorithms/_params.py helpers, which translate their help_text argument
PARAMS_CONTEXT = "LsmParameters"


def _tr_call_arg(node):
    """The argument node translated by a tr()/_tr()/self.tr()/translate(ctx, x) call, else None."""
    if not isinstance(node, ast.Call) or not node.args:
        return None
    name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
    if name in ("tr", "_tr") and len(node.args) == 1:
        return node.args[0]
    if name == "translate" and len(node.args) == 2:
        return node.args[1]
    return None


def _texts_of(node, resolve):
    """The strings of a constant expression: a literal, a tuple / list / dict (its values) of them,
    QT_TRANSLATE_NOOP(..., "text") items, `CONSTANT`, `module.CONSTANT`, `X.values()` (via *resolve*)."""
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) and node.value else []
    if isinstance(node, (ast.Tuple, ast.List)):
        return [text for item in node.elts for text in _texts_of(item, resolve)]
    if isinstance(node, ast.Dict):
        return [text for item in node.values for text in _texts_of(item, resolve)]
    if isinstance(node, ast.Call):
        func = node.func
        if getattr(func, "id", "") == "QT_TRANSLATE_NOOP" and node.args:
            return _texts_of(node.args[-1], resolve)
        if isinstance(func, ast.Attribute) and func.attr == "values" and not node.args:
            return _texts_of(func.value, resolve)
        return []
    if isinstance(node, (ast.Name, ast.Attribute)):
        target = resolve(node)
        return _texts_of(target, resolve) if target is not None else []
    return []


def _module_constants(tree):
    """{name: value node} of the module-level assignments of *tree*."""
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            constants[node.targets[0].id] = node.value
    return constants


def _imported_modules(tree):
    """{alias: path} of the plugin modules *tree* imports as `from ..core import x` / `from . import y`."""
    found = {}
    for node in tree.body:
        if not isinstance(node, ast.ImportFrom) or node.level not in (1, 2):
            continue
        parts = (node.module or "").split(".") if node.module else []
        base = REPO.joinpath(*parts) if node.level == 2 else REPO.joinpath("algorithms", *parts)
        for alias in node.names:
            path = base / f"{alias.name}.py"
            if path.is_file():
                found[alias.asname or alias.name] = path
    return found


def _resolver(tree):
    """resolve(node) -> the value node of a module constant (`NAME` or `module.NAME`), else None."""
    constants = _module_constants(tree)
    modules = _imported_modules(tree)
    cache = {}

    def resolve(node):
        if isinstance(node, ast.Name):
            return constants.get(node.id)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
            path = modules[node.value.id]
            if path not in cache:
                cache[path] = _module_constants(ast.parse(path.read_text(encoding="utf-8")))
            return cache[path].get(node.attr)
        return None

    return resolve


def _loop_sources(tree):
    """[(target, iterable, loop node)] of every for-loop and comprehension of *tree*."""
    loops = []
    for node in ast.walk(tree):
        if isinstance(node, ast.For):
            loops.append((node.target, node.iter, node))
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            loops += [(generator.target, generator.iter, node) for generator in node.generators]
    return loops


def _loop_texts(target, iterable, name, resolve):
    """The strings variable *name* (bound by *target*) takes when looping over *iterable*."""
    if isinstance(target, ast.Name):
        return _texts_of(iterable, resolve) if target.id == name else []
    if not isinstance(target, ast.Tuple):
        return []
    names = [getattr(t, "id", None) for t in target.elts]
    if name not in names:
        return []
    position = names.index(name)
    rows = resolve(iterable) if isinstance(iterable, (ast.Name, ast.Attribute)) else iterable
    if not isinstance(rows, (ast.Tuple, ast.List)):
        return []
    texts = []
    for row in rows.elts:
        if isinstance(row, (ast.Tuple, ast.List)) and len(row.elts) > position:
            texts += _texts_of(row.elts[position], resolve)
    return texts


def _variable_texts(scope, resolve):
    """Strings of the self.tr(v) / self.tr(X[k]) calls of *scope* whose v is a loop variable over
    constants or whose X is a constant."""
    loops = _loop_sources(scope)
    texts = []
    for node in ast.walk(scope):
        arg = _tr_call_arg(node)
        if isinstance(arg, ast.Subscript):
            texts += _texts_of(arg.value, resolve)
        elif isinstance(arg, ast.Name):
            for target, iterable, loop in loops:
                if any(inner is node for inner in ast.walk(loop)):
                    texts += _loop_texts(target, iterable, arg.id, resolve)
    return texts


def _translating_methods(cls):
    """{method name: positions (after self) and names of its parameters that it passes to self.tr}."""
    methods = {}
    for item in cls.body:
        if (
            not isinstance(item, ast.FunctionDef) or item.name == "tr"
        ):  # tr itself: pylupdate5 reads its calls
            continue
        params = [a.arg for a in item.args.args][1:]
        passed = {
            arg.id for node in ast.walk(item) for arg in [_tr_call_arg(node)] if isinstance(arg, ast.Name)
        }
        wanted = [(i, p) for i, p in enumerate(params) if p in passed]
        if wanted:
            methods[item.name] = wanted
    return methods


def _argument_texts(cls, resolve):
    """Literals given to a translating method of the class (`self._add(parameter, "help")`)."""
    methods = _translating_methods(cls)
    texts = []
    for node in ast.walk(cls):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if getattr(node.func.value, "id", "") != "self" or node.func.attr not in methods:
            continue
        keywords = {k.arg: k.value for k in node.keywords}
        for position, name in methods[node.func.attr]:
            value = node.args[position] if position < len(node.args) else keywords.get(name)
            if value is not None:
                texts += _texts_of(value, lambda _node: None)
    return texts


def _params_help_texts(tree):
    """Literal help_text="..." arguments of calls to the algorithms/_params.py helpers."""
    modules = _imported_modules(tree)
    helpers = {alias for alias, path in modules.items() if path.name == "_params.py"}
    texts = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if getattr(node.func.value, "id", "") in helpers:
            texts += [
                t for k in node.keywords if k.arg == "help_text" for t in _texts_of(k.value, lambda _n: None)
            ]
    return texts


def flow_strings(path):
    """[(context, text)] of the strings that reach a translation call of an algorithm module through
    a variable (see the module docstring): class name as context, LsmParameters for _params help."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    resolve = _resolver(tree)
    found = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            texts = _variable_texts(node, resolve) + _argument_texts(node, resolve)
            found += [(node.name, text) for text in texts]
    context = _tr_context(tree)
    for node in tree.body:  # module functions translating with the module's _tr
        if context and isinstance(node, ast.FunctionDef):
            found += [(context, text) for text in _variable_texts(node, resolve)]
    found += [(PARAMS_CONTEXT, text) for text in _params_help_texts(tree)]
    return list(dict.fromkeys(found))


def core_strings():
    """[("@default", text)] of the TEXTS tuples of the core modules (their callers pass `tr`)."""
    found = []
    for path in sorted((REPO / "core").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        texts = _module_constants(tree).get("TEXTS")
        if texts is not None:
            found += [("@default", text) for text in _texts_of(texts, lambda _node: None)]
    return list(dict.fromkeys(found))


def all_strings():
    """Every (context, text) this tool writes for pylupdate5."""
    entries = group_strings() + core_strings()
    for path in sorted((REPO / "algorithms").glob("*.py")):
        entries += class_strings(path)
        if path.name.startswith("_"):
            entries += helper_strings(path)
        entries += flow_strings(path)
    return list(dict.fromkeys(entries))


def main():
    target = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "build" / "i18n_strings.py")
    target.parent.mkdir(parents=True, exist_ok=True)
    entries = all_strings()
    lines = ['"""Generated by tools/i18n_strings.py for pylupdate5; not imported."""', ""]
    lines += ["from qgis.PyQt.QtCore import QCoreApplication", ""]
    lines += [f"QCoreApplication.translate({context!r}, {text!r})" for context, text in entries]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{target}: {len(entries)} strings")


if __name__ == "__main__":
    main()
