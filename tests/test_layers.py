"""Architecture rules from CONTRIBUTING.md (Architecture), checked."""

import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import opt_out_gui.core
import opt_out_gui.wording

CORE_MODULES = sorted(
    f"opt_out_gui.core.{m.name}" for m in pkgutil.walk_packages(opt_out_gui.core.__path__) if m.name
)
# The wording serves the CLI too, which must run where Qt cannot.
WORDING_MODULES = sorted(
    f"opt_out_gui.wording.{m.name}" for m in pkgutil.walk_packages(opt_out_gui.wording.__path__)
)


def test_core_imports_without_qt():
    # A meta-path hook makes any PySide6/shiboken import fail, as on a machine without Qt.
    script = textwrap.dedent(
        f"""
        import importlib, sys
        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6"):
                    raise ImportError("Qt is blocked in this test: " + name)
        sys.meta_path.insert(0, BlockQt())
        for name in {CORE_MODULES + WORDING_MODULES!r}:
            importlib.import_module(name)
        print("imported", len({CORE_MODULES + WORDING_MODULES!r}))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert f"imported {len(CORE_MODULES) + len(WORDING_MODULES)}" in result.stdout
    assert len(CORE_MODULES) >= 5 and len(WORDING_MODULES) >= 4


def test_letters_laws_and_the_letters_page_import_without_jinja2_or_babel():
    # Start-up speed: templates and date formatting load only when a letter is rendered.
    script = textwrap.dedent(
        """
        import os, sys
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        import opt_out_gui.core.letters, opt_out_gui.core.laws, opt_out_gui.ui.pages.letters
        print(sorted(m for m in ("jinja2", "babel") if m in sys.modules))
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_no_sql_outside_the_store_layer():
    package = Path(opt_out_gui.core.__file__).parent.parent
    offenders = [
        str(path.relative_to(package))
        for folder in ("ui", "cli")
        for path in (package / folder).rglob("*.py")
        if "sqlite3" in path.read_text() or "connection.execute" in path.read_text()
    ]
    assert offenders == []


def _import_graph() -> dict[str, set[str]]:
    """module -> the opt_out_gui modules it imports anywhere (function-level imports too)."""
    import ast

    package = Path(opt_out_gui.core.__file__).parent.parent
    modules = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = name.split(".") if is_package else name.split(".")[:-1]
                    anchor = anchor[: len(anchor) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
            for target in targets:
                # The module itself, or the deepest package of it that exists.
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and target.startswith("opt_out_gui"):
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles():
    graph = _import_graph()
    # A package's __init__ re-exporting its own modules is not a cycle between layers.
    for name, targets in graph.items():
        graph[name] = {t for t in targets if not t.startswith(name + ".")}
    assert _cycles(graph) == []


def test_no_upward_imports():
    # core never reaches up to the wording or the fronts; the wording serves both fronts and
    # uses neither; the PDF writer and the GUI never use the CLI.
    rules = {
        "opt_out_gui.core": ("opt_out_gui.ui", "opt_out_gui.cli", "opt_out_gui.pdf", "opt_out_gui.wording"),
        "opt_out_gui.wording": ("opt_out_gui.ui", "opt_out_gui.cli", "opt_out_gui.pdf"),
        "opt_out_gui.pdf": ("opt_out_gui.cli",),
        "opt_out_gui.ui": ("opt_out_gui.cli",),
    }
    offenders = [
        (name, target)
        for name, targets in _import_graph().items()
        for layer, forbidden in rules.items()
        if name == layer or name.startswith(layer + ".")
        for target in targets
        if target.startswith(forbidden)
    ]
    assert offenders == []
