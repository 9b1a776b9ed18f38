"""How the derived tables (:mod:`newsgraph.stores.derived`) are read: the internal queries
``queries/internal/derived_*`` of each language, one pass each, turned into ``Tables``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from newsgraph import queries
from newsgraph.stores.derived import Tables
from newsgraph.stores.derived_events import Rows

SPARQL_TABLES = (
    "derived_names",
    "derived_actors",
    "derived_network",
    "derived_statements",
    "derived_statement_rows",
    "derived_events",
    "derived_event_links",
    "derived_points",
    "date_range",
    "derived_places",
    "derived_items",
    "derived_timeline",
    "derived_relations",
)
"""The queries whose rows make the tables, in the order ``Tables`` takes them (``date_range`` is the
named query, the others are internal)."""


def sparql_text(name: str) -> str:
    return queries.get(name).sparql or "" if name == "date_range" else queries.internal(name)


def sparql_rows(rows: Callable[[str], Rows]) -> dict[str, list[Any]]:
    """The rows of every table query of a SPARQL store; ``rows`` runs a query and gives every row,
    as plain values."""
    return {name: [list(r) for r in rows(sparql_text(name))] for name in SPARQL_TABLES}


def sparql_queries() -> str:
    """The text of every table query (what a file of saved rows was read with)."""
    return "\n".join(sparql_text(name) for name in SPARQL_TABLES)


def sparql_tables(found: Mapping[str, Rows]) -> Tables:
    """The tables of a SPARQL store from the rows of its table queries (``sparql_rows``)."""
    actors = ((i, [t] if t else [], d, s) for i, t, d, s in found["derived_actors"])
    network = (
        (r, s, t, i, [topic] if topic else [], start, end)
        for r, s, t, i, topic, start, end in found["derived_network"]
    )
    statements = (
        (i, sp, d, start, end, [topic] if topic else [])
        for i, sp, d, start, end, topic in found["derived_statements"]
    )
    return Tables(
        found["derived_names"],
        actors,
        network,
        statements,
        *(found[name] for name in SPARQL_TABLES[4:]),
    )


def read_sparql(rows: Callable[[str], Rows], full: bool = True) -> Tables:
    """The tables of a SPARQL store (only the names unless ``full``); ``rows`` runs a query and
    gives every row, as plain values."""
    if not full:
        return Tables(rows(queries.internal("derived_names")), (), ())
    return sparql_tables(sparql_rows(rows))


def read_cypher(rows: Callable[[str], Rows], full: bool = True) -> Tables:
    """The tables of a Cypher store (only the names unless ``full``); ``rows`` runs a query and
    gives every row."""
    names = (
        (kind, i, fieldname, text)
        for kind, i, labels, aliases in rows(queries.internal("derived_names", "cypher"))
        for fieldname, texts in (("label", labels), ("alias", aliases))
        for text in texts or ()
    )
    if not full:
        return Tables(names, (), ())
    return Tables(
        names,
        rows(queries.internal("derived_actors", "cypher")),
        rows(queries.internal("derived_network", "cypher")),
        rows(queries.internal("derived_statements", "cypher")),
        rows(queries.internal("derived_statement_rows", "cypher")),
        rows(queries.internal("derived_events", "cypher")),
        rows(queries.internal("derived_event_links", "cypher")),
        rows(queries.internal("derived_points", "cypher")),
        rows(queries.get("date_range").cypher or ""),
        rows(queries.internal("derived_places", "cypher")),
        rows(queries.internal("derived_items", "cypher")),
        rows(queries.internal("derived_timeline", "cypher")),
        rows(queries.internal("derived_relations", "cypher")),
    )
