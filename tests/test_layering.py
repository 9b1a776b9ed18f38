"""The import graph of src/newsgraph runs one way: bottom layer <- extract <- resolve <- ... <- cli.

Read from the source with ``ast`` (imports inside functions count too), so a lazy import cannot
hide an arrow that runs back up.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "newsgraph"

BOTTOM = {
    "model",
    "resources",
    "lexicons",
    "names",
    "geo",
    "geo_demonyms",
    "nations",
    "event_types",
    "settings",
    "dates",
    "querytext",
}
"""Modules every stage may use; they import no stage."""

# stage -> the stages it may import (besides itself and the bottom layer)
MAY_IMPORT: dict[str, set[str]] = {
    "bottom": set(),
    "ingest": set(),
    "extract": set(),
    "resolve": set(),
    "rdf": set(),
    "queries": set(),
    "stores": {"rdf", "queries"},
    "build_wire": set(),  # how records pickle between the workers and the build
    "dask_plugin": {"extract"},  # the Dask workers load the model
    "parallel": {"extract", "ingest", "resolve", "build_wire", "dask_plugin"},  # workers extract and resolve
    "write": {"resolve", "stores"},
    "build": {"extract", "ingest", "resolve", "stores", "parallel", "write"},
    "export": {"stores", "rdf", "queries"},
    "api": {"extract", "ingest", "resolve", "stores", "export", "queries", "build", "rdf", "write"},
    "cli_output": set(),
    "cli_options": set(),
    "cli": {
        "cli_output",
        "cli_options",
        "extract",
        "ingest",
        "resolve",
        "stores",
        "export",
        "queries",
        "build",
        "parallel",
        "rdf",
        "api",
        "write",
    },
    "__main__": {"cli"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def stage(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "package"
    return "bottom" if parts[1] in BOTTOM else parts[1]


def imports(path: Path) -> set[str]:
    """The newsgraph modules a file imports, anywhere in it."""
    found: set[str] = set()
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package[: len(package) - node.level + 1], *([base] if base else [])])
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)  # "from newsgraph import names"
    return {m for m in found if m == "newsgraph" or m.startswith("newsgraph.")}


@cache
def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: {m for m in imports(path) if m in modules and m != name} for name, path in modules.items()}


def test_the_graph_is_read():
    g = graph()
    assert "newsgraph.extract.events" in g and "newsgraph.names" in g["newsgraph.extract.events"] | {
        m for d in g["newsgraph.extract.events"] for m in g[d]
    }


@pytest.mark.parametrize("module", sorted(graph()))
def test_each_stage_imports_only_what_lies_below(module):
    own = stage(module)
    if own == "package":
        return
    allowed = {own, "bottom", "package"} | MAY_IMPORT[own]
    wrong = sorted(m for m in graph()[module] if stage(m) not in allowed)
    assert not wrong, f"{module} ({own}) imports {wrong}"


def test_extraction_imports_no_later_stage():
    g = graph()
    later = ("newsgraph.resolve", "newsgraph.stores", "newsgraph.api", "newsgraph.export")
    wrong = {
        m: sorted(d for d in deps if d.startswith(later))
        for m, deps in g.items()
        if m.startswith("newsgraph.extract")
    }
    assert not {m: d for m, d in wrong.items() if d}


def test_no_import_cycle():
    g = graph()
    # a package's __init__ that hands its modules' names on is no module of its own
    edges = {m: {d for d in deps if not m.startswith(d + ".")} for m, deps in g.items()}
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        path.append(m)
        for d in sorted(edges[m]):
            if state.get(d) == 1:
                raise AssertionError("import cycle: " + " -> ".join([*path[path.index(d) :], d]))
            if d not in state:
                visit(d)
        path.pop()
        state[m] = 2

    for m in sorted(edges):
        if m not in state:
            visit(m)


MAX_LINES = 450


def test_no_module_is_over_the_size_limit():
    """Modules stay small enough to read at once (issue 13): split by concern past the limit."""
    sizes = {module_name(p): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    assert "newsgraph.cli" in sizes
    assert not {m: n for m, n in sizes.items() if n > MAX_LINES}
