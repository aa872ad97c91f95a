"""The house rules of the code, checked on every module (pkgutil walk, imports inside functions included):
each third-party library stays in the stage that owns it, no import cycles, no module over ~450 lines,
every module says in its docstring what it owns."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import pytest

import screener

PACKAGE = Path(screener.__file__).parent
MAX_LINES = 460

# library -> the modules (or packages, ending in ".") allowed to import it
OWNERS: dict[str, tuple[str, ...]] = {
    "click": ("screener.cli.", "screener.review.screen"),
    "rich": ("screener.cli.", "screener.review.screen"),
    "bs4": ("screener.parse.",),
    "rapidfuzz": ("screener.detect.",),
    "lingua": ("screener.detect.",),
    "imapclient": ("screener.imap",),
}


def modules() -> dict[str, Path]:
    out = {"screener": PACKAGE / "__init__.py"}
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="screener."):
        spec = info.module_finder.find_spec(info.name)
        out[info.name] = Path(spec.origin)
    return out


MODULES = modules()


def _type_checking_lines(tree: ast.AST) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for sub in node.body:
                lines.update(range(sub.lineno, (sub.end_lineno or sub.lineno) + 1))
    return lines


def imports(name: str) -> set[str]:
    """Every module `name` imports at run time (top level and inside functions, not under TYPE_CHECKING)."""
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _type_checking_lines(tree)
    is_pkg = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_pkg else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            subs = {f"{mod}.{a.name}" for a in node.names if f"{mod}.{a.name}" in MODULES}
            found |= subs  # `from screener.x import y` where y is a module: an import of x.y
            if len(subs) < len(node.names):  # (a parent package is loaded first either way, as for x.y)
                found.add(mod)
    return found


GRAPH = {name: {m for m in imports(name) if m in MODULES and m != name} for name in MODULES}


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_each_library_stays_in_its_stage(library):
    offenders = [name for name in MODULES
                 if any(m == library or m.startswith(library + ".") for m in imports(name))
                 and not any(name == o or name.startswith(o) for o in OWNERS[library])]
    assert not offenders, f"{library} imported outside {OWNERS[library]}: {offenders}"


def test_the_walk_sees_every_stage_and_the_imports_inside_functions():
    # the check is only as good as its walk: every package is in it, and a late import counts
    for pkg in ("sources", "imap", "parse", "detect", "guide", "store", "scan", "review", "evaluate", "stats", "cli"):
        assert f"screener.{pkg}" in MODULES
    assert len(MODULES) > 50
    assert "screener.scan.workers" in GRAPH["screener.scan.pipeline"]  # imported inside scan()


def _cycle() -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(n: str) -> list[str] | None:
        state[n] = 1
        stack.append(n)
        for m in sorted(GRAPH[n]):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state and (found := visit(m)):
                return found
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(GRAPH):
        if n not in state and (found := visit(n)):
            return found
    return None


def test_no_import_cycles():
    cycle = _cycle()
    assert cycle is None, " -> ".join(cycle or [])


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_small_and_says_what_it_owns(name):
    path = MODULES[name]
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_LINES, f"{path}: {len(text.splitlines())} lines"
    doc = ast.get_docstring(ast.parse(text))
    assert doc and doc.strip(), f"{path}: no module docstring"
