"""The rows of the derived tables (:mod:`newsgraph.stores.derived`) brought up to date after a write
to a SPARQL store, from the rows of the state before it, without reading the whole graph again.

Every row of a table query is read from the triples of one node, its key (an actor, a place, an
event, a statement or an event report), and of a few nodes that only change with it (the document
and the evidence of an item, the reports of an event). A write adds and removes triples; a node is
*touched* when it is the subject or the object of one of them: the nodes of the batch's triples, and
for a replaced document the nodes of what the store held of it before the write (``TOUCHED``:
the document, its items and their objects, the actors and places it mentions). A row can only
change when its key is touched, so each table's rows of touched keys are dropped and read again,
from that table's own query restricted to those keys (a ``VALUES`` block: a lookup per key, not a
pass over the graph). Two rows read more than their key:

- a statement's row carries its speaker's least name: the statements of every touched actor whose
  names changed are read again too;
- ``date_range`` is the earliest and latest date of the whole graph: read again whole (one pass
  over the dates, a second or so on the graph of 2022).

The result is the same rows as a full read, as a multiset (their order may differ; the tables sort
what they show). ``tests/test_derived_update.py`` proves it on appends and replaces.

Not done incrementally: a store that never saved or held its rows (the first read is a full one),
Neo4j (it reads its tables whole after a write) and a write that failed (the rows are read whole at
the next query). FalkorDB does the same in Cypher (:mod:`newsgraph.stores.derived_cypher_update`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from newsgraph import rdf
from newsgraph.stores.derived_events import Rows
from newsgraph.stores.derived_read import SPARQL_TABLES, sparql_text
from newsgraph.stores.versions import doc_iris

TOUCHED = """PREFIX ng: <https://newsgraph.org/ontology#>
SELECT DISTINCT ?n WHERE {
  { VALUES ?n { {{docs}} } }
  UNION { VALUES ?doc { {{docs}} } ?n ng:mentionedIn ?doc }
  UNION { VALUES ?doc { {{docs}} } ?n ng:inDocument ?doc }
  UNION { VALUES ?doc { {{docs}} } ?x ng:inDocument ?doc . ?x ?p ?n . FILTER(isIRI(?n)) }
}"""
"""The nodes a forgotten document touches: itself, what mentions it, its items and their objects
(the documents in each branch: a ``VALUES`` outside a ``UNION`` is joined after it, by a pass)."""

_ITEM = re.compile(r"^.*/(statement|report)/")


def _after(marker: str) -> Callable[[str], str | None]:
    """The part of a node's IRI after ``marker``, as the queries' ``STRAFTER`` gives it (None: not
    a node of that kind, nor one of ours: an event type is not an event)."""

    def local(iri: str) -> str | None:
        at = iri.find(marker)
        return iri[at + len(marker) :] if at >= 0 and iri.startswith(rdf.ID) else None

    return local


def _item(iri: str) -> tuple[str, str] | None:
    found = _ITEM.match(iri)
    if found is None or not iri.startswith(rdf.ID):
        return None
    return ("statement" if found.group(1) == "statement" else "event", iri[found.end() :])


_ACTOR, _PLACE, _EVENT = _after("/actor/"), _after("/place/"), _after("/event/")
_STATEMENT, _ID = _after("/statement/"), _after("/id/")


def _node(iri: str) -> tuple[str, str] | None:
    for kind, local in (("actor", _ACTOR), ("place", _PLACE)):
        found = local(iri)
        if found is not None:
            return (kind, found)
    return None


@dataclass(frozen=True)
class Keyed:
    """A table query restricted by the variable ``var``: ``local`` is the key of a touched IRI in
    the form the query gives it (None: not a node of this table), ``key`` the key of a row."""

    var: str
    local: Callable[[str], Any]
    key: Callable[[list[Any]], Any]
    prefix: str = ""  # the kind of IRI bound to ``var`` (a cheap test before ``local``)


KEYS: dict[str, Keyed] = {
    "derived_names": Keyed("n", _node, lambda r: (r[0], r[1])),
    "derived_actors": Keyed("a", _ACTOR, lambda r: r[0], "/actor/"),
    "derived_network": Keyed("i", lambda i: i if _item(i) else None, lambda r: r[3]),
    "derived_statements": Keyed("s", _STATEMENT, lambda r: r[0], "/statement/"),
    "derived_statement_rows": Keyed("s", _STATEMENT, lambda r: r[0], "/statement/"),
    "derived_events": Keyed("e", _EVENT, lambda r: r[0], "/event/"),
    "derived_event_links": Keyed("e", _EVENT, lambda r: r[0], "/event/"),
    "derived_points": Keyed("p", _PLACE, lambda r: r[0], "/place/"),
    "derived_places": Keyed("p", _PLACE, lambda r: r[0], "/place/"),
    "derived_items": Keyed("i", _item, lambda r: (r[0], r[1])),
    "derived_timeline": Keyed("i", _item, lambda r: (r[5], r[11])),
    "derived_relations": Keyed("i", lambda i: _ID(i) if _item(i) else None, lambda r: r[0]),
}
"""Every table query but ``date_range`` (read whole)."""


def restricted(text: str, var: str, iris: Iterable[str]) -> str:
    """The query ``text`` with ``?var`` bound to ``iris``: a subquery of them at the start of every
    ``WHERE`` (its subqueries too, so that an aggregate counts the touched nodes only), and a
    ``VALUES`` block in every ``OPTIONAL`` that starts from ``?var``. Oxigraph joins a group to
    what came before it by hashing the group's own solutions (here: every node's), so a group that
    is not given the nodes would read them all; given them, it is a lookup per node (a second on
    the graph of 2,000 reports at the query's start only, 20 ms so)."""
    values = " ".join(f"<{i}>" for i in sorted(iris))
    first = f"WHERE {{\n  {{ SELECT ?{var} WHERE {{ VALUES ?{var} {{ {values} }} }} }}"
    out = text.replace("WHERE {", first)
    return out.replace(f"OPTIONAL {{ ?{var} ", f"OPTIONAL {{ VALUES ?{var} {{ {values} }} ?{var} ")


def touched_before(docs: Collection[str], rows: Callable[[str], Rows]) -> set[str]:
    """The nodes touched by forgetting the documents ``docs`` (run before the write)."""
    if not docs:
        return set()
    return {str(r[0]) for r in rows(TOUCHED.replace("{{docs}}", doc_iris(docs)))}


def update(
    old: dict[str, list[Any]], touched: Collection[str], rows: Callable[[str], Rows]
) -> dict[str, list[Any]]:
    """The rows of every table after a write that touched the nodes ``touched`` (IRIs), from
    ``old``, the rows before it; ``rows`` runs a query on the store as it is now."""
    new: dict[str, list[Any]] = {}
    for name in SPARQL_TABLES:
        if name == "date_range":
            new[name] = [list(r) for r in rows(sparql_text(name))]
            continue
        keyed = KEYS[name]
        iris = {i for i in touched if keyed.prefix in i and keyed.local(i) is not None}
        if name == "derived_statement_rows":
            iris |= _renamed_speakers_statements(old, new, touched)
        new[name] = _replaced(name, old[name], iris, rows)
    return new


def _replaced(name: str, old: list[Any], iris: set[str], rows: Callable[[str], Rows]) -> list[Any]:
    if not iris:
        return old
    keyed = KEYS[name]
    keys = {keyed.local(i) for i in iris}
    kept = [r for r in old if keyed.key(r) not in keys]
    kept.extend(list(r) for r in rows(restricted(sparql_text(name), keyed.var, iris)))
    return kept


def _renamed_speakers_statements(
    old: dict[str, list[Any]], new: dict[str, list[Any]], touched: Collection[str]
) -> set[str]:
    """The statements (IRIs) whose speaker is a touched actor whose names are not the same now."""
    actors = {a for a in (_ACTOR(i) for i in touched) if a is not None}

    def names(found: list[Any]) -> dict[str, set[tuple[str, str]]]:
        out: dict[str, set[tuple[str, str]]] = {}
        for kind, id_, fieldname, text in found:
            if kind == "actor" and id_ in actors:
                out.setdefault(id_, set()).add((fieldname, text))
        return out

    before, after = names(old["derived_names"]), names(new["derived_names"])
    renamed = {a for a in actors if before.get(a) != after.get(a)}
    if not renamed:
        return set()
    prefix = rdf.ID + "statement/"
    return {
        prefix + str(r[0]) for table in (old, new) for r in table["derived_statements"] if r[1] in renamed
    }


def batch_nodes(quads: Iterable[Any]) -> set[str]:
    """The IRIs of the subjects and objects of a batch's triples (pyoxigraph quads)."""
    out: set[str] = set()
    for q in quads:
        for term in (q.subject, q.object):
            if isinstance(term, ox.NamedNode):
                out.add(term.value)
    return out
