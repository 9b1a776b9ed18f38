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
named query, the others are internal); the same names in both languages."""


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
    actors = ((i, [t] if t else [], d, s, known) for i, t, d, s, known in found["derived_actors"])
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


def cypher_text(name: str) -> str:
    return queries.get(name).cypher or "" if name == "date_range" else queries.internal(name, "cypher")


def cypher_rows(rows: Callable[[str], Rows]) -> dict[str, list[Any]]:
    """The rows of every table query of a Cypher store (the names of ``SPARQL_TABLES``, in their
    Cypher text); ``rows`` runs a query and gives every row, as plain values."""
    return {name: [list(r) for r in rows(cypher_text(name))] for name in SPARQL_TABLES}


def cypher_queries() -> str:
    """The text of every Cypher table query (what a file of saved rows was read with)."""
    return "\n".join(cypher_text(name) for name in SPARQL_TABLES)


def _cypher_names(found: Rows) -> Rows:
    """One row per name, as ``Tables`` takes them, from the Cypher rows (a node and its lists)."""
    return (
        (kind, i, fieldname, text)
        for kind, i, labels, aliases in found
        for fieldname, texts in (("label", labels), ("alias", aliases))
        for text in texts or ()
    )


def cypher_tables(found: Mapping[str, Rows]) -> Tables:
    """The tables of a Cypher store from the rows of its table queries (``cypher_rows``)."""
    return Tables(_cypher_names(found["derived_names"]), *(found[name] for name in SPARQL_TABLES[1:]))


def read_cypher(rows: Callable[[str], Rows], full: bool = True) -> Tables:
    """The tables of a Cypher store (only the names unless ``full``); ``rows`` runs a query and
    gives every row."""
    if not full:
        return Tables(_cypher_names(rows(cypher_text("derived_names"))), (), ())
    return cypher_tables(cypher_rows(rows))
