"""The rows of the derived tables of a Cypher store (FalkorDB) brought up to date after a write,
as :mod:`newsgraph.stores.derived_update` does for the SPARQL stores: only the rows of the nodes
the write touched are read again, not the whole graph.

A node is named by its label and key, ``"Actor:macron"`` (``node``). A write touches every node
its load statement merges and both ends of every relationship it merges (``batch_nodes``, from the
statement's parameters) and, for a replaced document, what the forget takes away (``touched_before``,
read before the write): the document, what mentions it, its items and what they point at, and what
points at a node the forget deletes (an actor or place no other document mentions: ``DETACH
DELETE`` takes the relationships of other documents' items to it along, where a SPARQL forget
leaves the triples whose object it is).

Every table query is keyed by one variable (``KEYS``); a table's rows of touched keys are dropped
and read again by the table's own text started from those keys, looked up by the engine's index
(``restricted``: ``UNWIND $keys ... MATCH (k:Label {id: key}) WITH DISTINCT k AS var`` before each
part of a ``UNION``), once per label of the key (statements, then event reports). Rows that read
more than their key: a statement's row carries its speaker's least name and a timeline row whether
its actor has one, so the items of a touched actor whose names changed are read again too (found in
the rows before the write); ``date_range`` is read whole. The result is the rows of a full read, as
a multiset (``tests/test_derived_append_r13.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from newsgraph.stores import graph_mapping as gm
from newsgraph.stores.derived_read import SPARQL_TABLES, cypher_text

CypherRows = Callable[[str, Mapping[str, Any]], list[list[Any]]]
"""Runs a read query with its parameters and gives every row (past the row limit)."""

_PART = f"RETURN labels(x) AS labels, x.{gm.KEY} AS id"
TOUCHED = "\nUNION\n".join(
    f"UNWIND $forget AS fid\n{match}\n{_PART}"
    for match in (
        "MATCH (x:Document {id: fid})",
        "MATCH (x)-[:MENTIONED_IN|IN_DOCUMENT]->(:Document {id: fid})",
        "MATCH (i)-[:IN_DOCUMENT]->(:Document {id: fid}) MATCH (i)-->(x)",
        # what points at an actor or place the forget deletes (mentioned in no other document)
        "MATCH (a)-[:MENTIONED_IN]->(:Document {id: fid})\n"
        "OPTIONAL MATCH (a)-[:MENTIONED_IN]->(d2:Document) WHERE d2.id <> fid\n"
        "WITH a, count(d2) AS others WHERE others = 0\nMATCH (x)-->(a)",
    )
)
"""The nodes (labels, id) a forget of the documents ``$forget`` touches (see the module's text)."""


def node(label: str, id_: str) -> str:
    """The name of a touched node."""
    return f"{label}:{id_}"


def _own(id_: str) -> Any:
    return id_


def _item_keys(form: Callable[[str, str], Any]) -> dict[str, Callable[[str], Any]]:
    """A key for statements and one for event reports, ``form(kind, id)`` (kind as the rows say)."""
    return {
        "Statement": lambda i: form("statement", i),
        "EventReport": lambda i: form("event", i),
    }


def _item_path(kind: str, id_: str) -> str:
    return ("statement/" if kind == "statement" else "report/") + id_


@dataclass(frozen=True)
class Keyed:
    """A table query keyed by its variable ``var``: ``local`` gives, for each label the key may
    have, the key of a node of that label in the form the rows give it; ``key`` a row's key."""

    var: str
    local: Mapping[str, Callable[[str], Any]]
    key: Callable[[list[Any]], Any]


KEYS: dict[str, Keyed] = {
    "derived_names": Keyed(
        "n", {"Actor": lambda i: ("actor", i), "Place": lambda i: ("place", i)}, lambda r: (r[0], r[1])
    ),
    "derived_actors": Keyed("a", {"Actor": _own}, lambda r: r[0]),
    "derived_network": Keyed("i", _item_keys(_item_path), lambda r: r[3]),
    "derived_statements": Keyed("s", {"Statement": _own}, lambda r: r[0]),
    "derived_statement_rows": Keyed("s", {"Statement": _own}, lambda r: r[0]),
    "derived_events": Keyed("e", {"Event": _own}, lambda r: r[0]),
    "derived_event_links": Keyed("e", {"Event": _own}, lambda r: r[0]),
    "derived_points": Keyed("p", {"Place": _own}, lambda r: r[0]),
    "derived_places": Keyed("p", {"Place": _own}, lambda r: r[0]),
    "derived_items": Keyed("i", _item_keys(lambda k, i: (k, i)), lambda r: (r[0], r[1])),
    "derived_timeline": Keyed("i", _item_keys(lambda k, i: (k, i)), lambda r: (r[5], r[11])),
    "derived_relations": Keyed("i", _item_keys(_item_path), lambda r: r[0]),
}
"""Every table query but ``date_range`` (read whole)."""

NAMED = ("derived_statements", "derived_statement_rows", "derived_timeline")
"""The tables whose rows read their actor's names (read again for a renamed actor's items)."""

_UNION = re.compile(r"^\s*UNION ALL\s*$", re.MULTILINE)


def restricted(text: str, var: str, label: str) -> str:
    """The table query ``text`` started from the nodes of ``label`` whose keys are ``$keys``,
    bound to ``var``, in each part of its ``UNION ALL``: the parts start with the ``MATCH`` of
    ``var``, which then only checks the label of the node bound to it."""
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    start = (
        f"UNWIND $keys AS ng_key\nMATCH (ng_node:{label} {{{gm.KEY}: ng_key}})\n"
        f"WITH DISTINCT ng_node AS {var}\n"
    )
    parts = [part.strip() for part in _UNION.split(body)]
    if not all(part.startswith("MATCH") for part in parts):
        raise ValueError(f"a table query that does not start with a MATCH cannot be keyed: {text[:80]}")
    return "\nUNION ALL\n".join(start + part for part in parts)


def _by_label(touched: Iterable[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for name in touched:
        label, _, id_ = name.partition(":")
        out.setdefault(label, set()).add(id_)
    return out


def touched_before(docs: Collection[str], rows: CypherRows) -> set[str]:
    """The nodes touched by forgetting the documents ``docs`` (run before the write)."""
    if not docs:
        return set()
    found = rows(TOUCHED, {"forget": sorted(set(docs))})
    return {node(label, str(id_)) for labels, id_ in found if id_ is not None for label in labels or ()}


def batch_nodes(params: Mapping[str, Any]) -> set[str]:
    """The nodes a load statement writes (its parameters, :func:`graph_mapping.load_params`):
    every node it merges and both ends of every relationship."""
    out: set[str] = set()
    for label in gm.KEYED_LABELS:
        out.update(node(label, row[gm.KEY]) for row in params.get(f"n_{label}", ()))
    for label in gm.ACTOR_SUBCLASSES:
        out.update(node("Actor", i) for i in params.get(f"c_{label}", ()))
    for start, prop, end in gm.RELATIONSHIPS:
        for a, b in params.get(f"r_{start}_{prop}_{end}", ()):
            out.update((node(start, a), node(end, b)))
    return out


def update(old: dict[str, list[Any]], touched: Collection[str], rows: CypherRows) -> dict[str, list[Any]]:
    """The rows of every table after a write that touched the nodes ``touched`` (``node`` names),
    from ``old``, the rows before it; ``rows`` runs a query on the store as it is now."""
    by_label = _by_label(touched)
    new: dict[str, list[Any]] = {}
    renamed: set[tuple[str, str]] | None = None
    for name in SPARQL_TABLES:
        if name == "date_range":
            new[name] = [list(r) for r in rows(cypher_text(name), {})]
            continue
        keyed = KEYS[name]
        nodes = {(label, i) for label, ids in by_label.items() if label in keyed.local for i in ids}
        if name in NAMED:
            if renamed is None:
                renamed = _renamed_items(old, new, by_label.get("Actor", set()))
            nodes |= {(label, i) for label, i in renamed if label in keyed.local}
        new[name] = _replaced(name, old[name], nodes, rows)
    return new


def _replaced(name: str, old: list[Any], nodes: set[tuple[str, str]], rows: CypherRows) -> list[Any]:
    if not nodes:
        return old
    keyed = KEYS[name]
    keys = {keyed.local[label](i) for label, i in nodes}
    kept = [r for r in old if keyed.key(r) not in keys]
    for label in sorted({label for label, _ in nodes}):
        ids = sorted(i for at, i in nodes if at == label)
        kept.extend(list(r) for r in rows(restricted(cypher_text(name), keyed.var, label), {"keys": ids}))
    return kept


def _renamed_items(
    old: dict[str, list[Any]], new: dict[str, list[Any]], actors: set[str]
) -> set[tuple[str, str]]:
    """The items (label, id) whose rows read the names of a touched actor whose names changed:
    the statements it made and the items of its timeline, as the rows before the write say."""
    if not actors:
        return set()

    def names(found: list[Any]) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
        return {
            r[1]: (frozenset(r[2] or ()), frozenset(r[3] or ()))
            for r in found
            if r[0] == "actor" and r[1] in actors
        }

    before, after = names(old["derived_names"]), names(new["derived_names"])
    renamed = {a for a in actors if before.get(a) != after.get(a)}
    if not renamed:
        return set()
    out = {("Statement", r[0]) for r in old["derived_statements"] if r[1] in renamed}
    out |= {("Statement", r[0]) for r in old["derived_statement_rows"] if r[2] in renamed}
    label = {"statement": "Statement", "event": "EventReport"}
    out |= {(label[r[5]], r[11]) for r in old["derived_timeline"] if r[0] in renamed}
    return out
