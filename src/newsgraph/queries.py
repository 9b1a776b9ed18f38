"""The named-query catalog: ``queries/sparql/NAME.rq`` and ``queries/cypher/NAME.cypher``, same
names, same parameters, same result columns.

Each file starts with comment lines that describe it::

    # description: statements about a topic, with speaker, content, date and source
    # params: topic speaker since until
    # required: topic
    # columns: date speaker speaker_name content direct doc evidence statement

Parameters are passed as values (driver parameters for Cypher, a ``VALUES`` block for SPARQL),
never formatted into the query text. Unset parameters stay unbound; queries treat an unbound
parameter as "no filter", except the ``required`` ones, without which a query is refused.
Values are checked before any query runs: a topic, an event type or an actor type must be one the
ontology knows, ``since`` and ``until`` calendar dates; ``since`` becomes the first day it covers
and ``until`` the last, and queries keep what overlaps that range (see :mod:`newsgraph.dates`).

The ``VALUES`` block goes at the start of the outermost ``WHERE`` group, and ``LIMIT`` /
``OFFSET`` at the end of the query, unless the query marks other places with a comment line of
its own: ``# @params`` (a sub-select that filters, e.g. to page before the expensive joins) and
``# @page`` (where the page is cut). ``# @iri NAME PREFIX`` also binds ``?NAME_iri`` to the IRI
``<PREFIX + value>`` of parameter NAME, so that a query bound to one node looks it up by index.

``# @match NAME KIND VAR FIELD...`` names a parameter that finds nodes by name (an actor or a
place, ``KIND``): the store looks the text up in its index of names (:mod:`newsgraph.stores.derived`),
keeping the nodes whose id equals it (``id``) or one of whose names (``label``, ``alias``)
contains it, case-insensitively, and binds them: in SPARQL to ``?VAR`` (a VALUES block of IRIs),
in Cypher to ``$NAME_match`` (a list of ids; null when NAME is not set). The query then starts
from those nodes, where a filter on names would read every name of the graph. A line
``# @if NAME: PATTERN`` becomes ``PATTERN`` when the parameter NAME is set (and goes otherwise):
the pattern that joins the matched nodes, which must not apply when there are none to join.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from pyoxigraph import NamedNode

from newsgraph.dates import query_bounds
from newsgraph.resources import resource_dir

_HEADER = re.compile(r"^\s*(?:#|//)\s*(description|params|required|columns)\s*:\s*(.*)$")
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_PARAMS_MARK = re.compile(r"^[ \t]*# @params[ \t]*$", re.MULTILINE)
_PAGE_MARK = re.compile(r"^[ \t]*# @page[ \t]*$", re.MULTILINE)
_VALUES_MARK = re.compile(r"^[ \t]*# @values[ \t]*$", re.MULTILINE)


class QueryError(ValueError):
    """A named query that does not exist, a parameter it does not take or needs, or a value that
    cannot match anything (an unknown topic, a date that is no date). The message is for the user."""


ACTOR_TYPES = ("Person", "Organization", "GeopoliticalEntity", "Group", "AnonymousActor")
ORDERS = ("asc", "desc")
PARAM_HELP = {
    "topic": "a topic of ontology/topics.ttl",
    "speaker": "a speaker's actor id or part of a name",
    "since": "from this date on: YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD (what overlaps it is kept)",
    "until": "up to this date, included: YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD",
    "doc": "a document id",
    "actor": "an actor id or part of a name or alias",
    "actor_id": "an actor id (see search_actors)",
    "q": "part of an actor's name or alias, or its id",
    "actor_type": "an actor type: " + ", ".join(ACTOR_TYPES),
    "type": "an event type of ontology/event_types.ttl",
    "place": "a place id or part of a place name",
    "doc_id": "a document id",
    "text": "words the statement's content holds (accent- and case-insensitive)",
    "outlet": "an outlet's name or part of it",
    "order": "asc (oldest first, the default) or desc (newest first)",
}
"""What each parameter of the named queries means (CLI help and the OpenAPI document)."""


def _concepts(file: str, prefix: str) -> tuple[str, ...]:
    text = (resource_dir("ontology") / file).read_text(encoding="utf-8")
    return tuple(sorted(set(re.findall(rf"^{prefix}:(\w+) a skos:Concept", text, re.MULTILINE))))


@cache
def known_values() -> dict[str, tuple[str, ...]]:
    """The values a parameter with a closed set of values may take, from the ontology."""
    return {
        "topic": _concepts("topics.ttl", "topic"),
        "type": _concepts("event_types.ttl", "ev"),
        "actor_type": ACTOR_TYPES,
        "order": ORDERS,
    }


@dataclass(frozen=True, slots=True)
class Match:
    """A ``# @match`` line: parameter ``param`` finds nodes of ``kind`` whose id equals it or whose
    names of ``fields`` contain it; SPARQL binds them to ``?var``."""

    param: str
    kind: str
    var: str
    fields: tuple[str, ...]


MATCH_KINDS = ("actor", "place")
MATCH_FIELDS = ("id", "label", "alias")
_MATCH_LINE = re.compile(r"^[ \t]*(?:#|//)[ \t]*@match[ \t]+(.*)$", re.MULTILINE)


def _matches(text: str) -> tuple[Match, ...]:
    out = []
    for line in _MATCH_LINE.findall(text):
        param, kind, var, *fields = line.split()
        if kind not in MATCH_KINDS or not fields or set(fields) - set(MATCH_FIELDS):
            raise QueryError(f"bad '@match' line: {line!r}")
        out.append(Match(param, kind, var, tuple(fields)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class NamedQuery:
    name: str
    description: str
    params: tuple[str, ...]
    columns: tuple[str, ...]
    sparql: str | None
    cypher: str | None
    required: tuple[str, ...] = ()
    matches: tuple[Match, ...] = ()

    def check_params(self, params: Mapping[str, object]) -> dict[str, object]:
        """The parameters that are set, checked; ``since`` and ``until`` as the first and the last
        day they cover. Raises QueryError naming the parameter and what it may be."""
        unknown = set(params) - set(self.params) - {"limit", "offset"}
        if unknown:
            raise QueryError(
                f"query {self.name!r} takes no parameter {', '.join(sorted(unknown))} "
                f"(it takes: {', '.join(self.params) or 'none'}, limit, offset)"
            )
        bound = {k: v for k, v in params.items() if v is not None and v != ""}
        missing = [p for p in self.required if p not in bound]
        if missing:
            raise QueryError(
                f"query {self.name!r} needs the parameter {' and '.join(missing)} "
                f"({'; '.join(PARAM_HELP.get(p, p) for p in missing)})"
            )
        for key, known in known_values().items():
            value = bound.get(key)
            if value is None:
                continue
            folded = {k.lower(): k for k in known}
            if str(value).lower() not in folded:
                raise QueryError(f"unknown {key} {value!r} (known: {', '.join(known)})")
            bound[key] = folded[str(value).lower()]
        if "since" in bound or "until" in bound:
            try:
                since, until = query_bounds(_text(bound.get("since")), _text(bound.get("until")))
            except ValueError as e:
                raise QueryError(str(e)) from None
            if since is not None and until is not None and since > until:
                raise QueryError(
                    f"since={bound['since']!r} comes after until={bound['until']!r}: nothing can lie "
                    "between them (swap them?)"
                )
            bound.update({k: v for k, v in (("since", since), ("until", until)) if v is not None})
        return bound


def _text(value: object) -> str | None:
    return None if value is None else value.isoformat() if isinstance(value, date) else str(value)


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
    names = {p.stem for p in (root / "sparql").glob("*.rq")} | {
        p.stem for p in (root / "cypher").glob("*.cypher")
    }
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
            required=tuple(header.get("required", "").split()),
            sparql=sparql,
            cypher=cypher,
            matches=_matches(sparql or cypher or ""),
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


class Iri(str):
    """A value bound as an IRI (``<...>``), not as a literal."""


def sparql_literal(value: object) -> str:
    """A value as a SPARQL term, escaped (used only to build VALUES blocks)."""
    if isinstance(value, Iri):
        return f"<{value}>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return f'"{value.isoformat()}"^^<http://www.w3.org/2001/XMLSchema#date>'
    text = str(value)
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


_IF_LINE = re.compile(r"^[ \t]*# @if[ \t]+(\w+):[ \t]*(.*)$", re.MULTILINE)
_IRI_PARAM = re.compile(r"^[ \t]*# @iri[ \t]+(\w+)[ \t]+(\S+)[ \t]*$", re.MULTILINE)
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`]')
NO_SUCH_NODE = "urn:newsgraph:no-such-node"


def _is_iri(text: str) -> bool:
    """True when ``text`` is an IRI the engine will parse (the graph's node IRIs all are)."""
    if _NOT_IN_IRI.search(text):
        return False
    try:
        NamedNode(text)
    except ValueError:
        return False
    return True


def iri_params(query: str, params: Mapping[str, object]) -> dict[str, str]:
    """For each line ``# @iri NAME PREFIX`` of the query, the term ``<PREFIX + value>`` of a given
    parameter NAME, bound as ``?NAME_iri``: an IRI in the VALUES block is looked up in the index,
    where one built with BIND(IRI(...)) is joined after a scan. A value that cannot be part of an
    IRI names no node."""
    out = {}
    for name, prefix in _IRI_PARAM.findall(query):
        if name in params:
            value = str(params[name])
            out[f"{name}_iri"] = f"<{prefix}{value}>" if _is_iri(prefix + value) else f"<{NO_SUCH_NODE}>"
    return out


def bind_sparql(query: str, params: Mapping[str, object], limit: int | None = None, offset: int = 0) -> str:
    """Bind parameters with a VALUES block (at ``# @params``, else at the start of the outermost
    WHERE group), with the IRIs of ``# @iri`` parameters, and page (at ``# @page``, else at the end).
    A parameter whose value is a list of IRIs (the nodes of a ``# @match``) gets a VALUES block of
    its own: one row per node."""
    params = dict(params)
    query = _IF_LINE.sub(lambda m: m[2] if m[1] in params else "", query)
    lists = {k: v for k, v in params.items() if isinstance(v, (list, tuple))}
    params = {k: v for k, v in params.items() if k not in lists}
    if params or lists:
        iris = iri_params(query, params)
        block = ""
        if params or iris:
            names = " ".join(f"?{k}" for k in [*params, *iris])
            values = " ".join([*(sparql_literal(v) for v in params.values()), *iris.values()])
            block = f" VALUES ({names}) {{ ({values}) }} "
        for var, items in lists.items():
            block += f" VALUES ?{var} {{ {' '.join(sparql_literal(v) for v in items)} }} "
        if _PARAMS_MARK.search(query):
            query = _PARAMS_MARK.sub(lambda _: block, query, count=1)
        else:
            m = _WHERE.search(query)
            if m is None:
                raise QueryError("a parameterised SPARQL query needs a WHERE { ... } clause")
            query = query[: m.end()] + block + query[m.end() :]
    page = (f"LIMIT {int(limit)}\n" if limit is not None else "") + (
        f"OFFSET {int(offset)}\n" if offset else ""
    )
    if _PAGE_MARK.search(query):
        return _PAGE_MARK.sub(lambda _: page, query, count=1)
    return f"{query.rstrip()}\n{page}" if page else query
