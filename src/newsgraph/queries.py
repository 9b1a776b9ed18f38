"""The named-query catalog: ``queries/sparql/NAME.rq`` and ``queries/cypher/NAME.cypher``, same
names, same parameters, same result columns.

Each file starts with comment lines that describe it::

    # description: statements about a topic, with speaker, content, date and source
    # params: topic speaker since until
    # columns: date speaker speaker_name content direct doc evidence statement

Parameters are passed as values (driver parameters for Cypher, a ``VALUES`` block for SPARQL),
never formatted into the query text. Unset parameters stay unbound; queries treat an unbound
parameter as "no filter".

The ``VALUES`` block goes at the start of the outermost ``WHERE`` group, and ``LIMIT`` /
``OFFSET`` at the end of the query, unless the query marks other places with a comment line of
its own: ``# @params`` (a sub-select that filters, e.g. to page before the expensive joins) and
``# @page`` (where the page is cut).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsgraph.resources import resource_dir

_HEADER = re.compile(r"^\s*(?:#|//)\s*(description|params|columns)\s*:\s*(.*)$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_PARAMS_MARK = re.compile(r"^[ \t]*# @params[ \t]*$", re.MULTILINE)
_PAGE_MARK = re.compile(r"^[ \t]*# @page[ \t]*$", re.MULTILINE)
_VALUES_MARK = re.compile(r"^[ \t]*# @values[ \t]*$", re.MULTILINE)


class QueryError(ValueError):
    """A named query that does not exist, or parameters it does not take."""


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[str, ...]
    columns: tuple[str, ...]
    sparql: str | None
    cypher: str | None

    def check_params(self, params: Mapping[str, object]) -> dict[str, object]:
        unknown = set(params) - set(self.params) - {"limit", "offset"}
        if unknown:
            raise QueryError(
                f"query {self.name!r} takes no parameter {', '.join(sorted(unknown))} "
                f"(it takes: {', '.join(self.params) or 'none'}, limit, offset)"
            )
        return {k: v for k, v in params.items() if v is not None and v != ""}


def _parse_header(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in text.splitlines():
        m = _HEADER.match(line)
        if m:
            out[m[1]] = m[2].strip()
        elif line.strip() and not line.lstrip().startswith(("#", "//")):
            break
    return out


@cache
def catalog(folder: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query, by name."""
    root = folder or resource_dir("queries")
    names = {p.stem for p in (root / "sparql").glob("*.rq")} | {p.stem for p in (root / "cypher").glob("*.cypher")}
    out = {}
    for name in sorted(names):
        rq, cy = root / "sparql" / f"{name}.rq", root / "cypher" / f"{name}.cypher"
        sparql = rq.read_text(encoding="utf-8") if rq.exists() else None
        cypher = cy.read_text(encoding="utf-8") if cy.exists() else None
        header = _parse_header(sparql or cypher or "")
        out[name] = NamedQuery(
            name=name,
            description=header.get("description", ""),
            params=tuple(header.get("params", "").split()),
            columns=tuple(header.get("columns", "").split()),
            sparql=sparql,
            cypher=cypher,
        )
    return out


@cache
def internal(name: str, language: str = "sparql") -> str:
    """The text of ``queries/internal/NAME.rq`` (or ``NAME.cypher``): a query the code runs itself
    (RDF dumps, which documents are stored), not one of the catalog's named queries.

    >>> "CONSTRUCT" in internal("dump_all")
    True
    >>> "count(n)" in internal("count_nodes", "cypher")
    True
    """
    suffix = {"sparql": "rq", "cypher": "cypher"}[language]
    path = resource_dir("queries") / "internal" / f"{name}.{suffix}"
    if not path.is_file():
        raise QueryError(f"no internal {language} query {name!r}")
    return path.read_text(encoding="utf-8")


def bind_values(query: str, variable: str, values: list[object]) -> str:
    """Bind one variable to several values (one row each) with a VALUES block at ``# @values``.

    >>> bind_values("SELECT ?h WHERE {\\n  # @values\\n}", "h", ["a", "b"]).splitlines()[1]
    'VALUES ?h { "a" "b" }'
    """
    block = f"VALUES ?{variable} {{ {' '.join(sparql_literal(v) for v in values)} }}"
    if not _VALUES_MARK.search(query):
        raise QueryError("a query bound with bind_values needs a '# @values' line")
    return _VALUES_MARK.sub(lambda _: block, query, count=1)


def get(name: str) -> NamedQuery:
    try:
        return catalog()[name]
    except KeyError:
        raise QueryError(f"no named query {name!r} (known: {', '.join(catalog())})") from None


def sparql_literal(value: object) -> str:
    """A value as a SPARQL term, escaped (used only to build VALUES blocks)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    escaped = (
        text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    )
    return f'"{escaped}"'


def bind_sparql(query: str, params: Mapping[str, object], limit: int | None = None, offset: int = 0) -> str:
    """Bind parameters with a VALUES block (at ``# @params``, else at the start of the outermost
    WHERE group), and page (at ``# @page``, else at the end)."""
    if params:
        names = " ".join(f"?{k}" for k in params)
        values = " ".join(sparql_literal(v) for v in params.values())
        block = f" VALUES ({names}) {{ ({values}) }} "
        if _PARAMS_MARK.search(query):
            query = _PARAMS_MARK.sub(lambda _: block, query, count=1)
        else:
            m = _WHERE.search(query)
            if m is None:
                raise QueryError("a parameterised SPARQL query needs a WHERE { ... } clause")
            query = query[: m.end()] + block + query[m.end():]
    page = (f"LIMIT {int(limit)}\n" if limit is not None else "") + (f"OFFSET {int(offset)}\n" if offset else "")
    if _PAGE_MARK.search(query):
        return _PAGE_MARK.sub(lambda _: page, query, count=1)
    return f"{query.rstrip()}\n{page}" if page else query
