"""One label per actor: a write gives each actor of its batch the name of its last record there,
and what the actor was shown as before becomes an alias.

Every batch writes, for each actor its reports mention, an ``rdfs:label`` (Cypher: ``names``); a
store that only added them kept every spelling the actor was ever written under, and the queries,
which show the least of them, showed "Etat" for "État" or a misspelt name the build had long
corrected. The build writes each actor under its shown name of the moment
(``resolve.labels``), which is its final one after the last batch that mentions it; the store
keeps that one:

- SPARQL stores: after the batch's triples, one update moves every other ``rdfs:label`` of the
  batch's actors to ``skos:altLabel`` (a search by the old name still finds the actor). Oxigraph
  runs it right after the batch's transaction or bulk ingestion, before the files are flushed for
  the query workers (a bulk ingestion cannot share a transaction with a removal; a write killed
  between the two leaves the old labels beside the new one, as before, until the actor's next
  write); a SPARQL server gets it in the same request as the batch when it has an update endpoint.
- Cypher stores (``graph_mapping``): an actor's ``names`` is the batch's name alone, ``name`` that
  name, the names it replaces added to ``aliases``, in the load statement itself.

The derived tables are brought up to date from the nodes a write touches
(``derived_update``): the batch's actors are among them, and the statements of a speaker whose
names changed are read again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pyoxigraph import Literal, Store

from newsgraph import rdf
from newsgraph.model import Actor, Record
from newsgraph.stores import StoreError

RELABEL = f"""DELETE {{ ?a {rdf.RDFS_LABEL} ?old }} INSERT {{ ?a {rdf.SKOS_ALT} ?old }}
WHERE {{ VALUES (?a ?name) {{ {{{{rows}}}} }} ?a {rdf.RDFS_LABEL} ?old . FILTER(!sameTerm(?old, ?name)) }}"""
"""Every label of the batch's actors but their name moved to the aliases (one update; no prologue:
it may follow another operation in a request)."""

CYPHER_ACTOR_NAMES = """WITH n, row, [x IN coalesce(n.names, []) WHERE NOT x IN row.names] AS dropped
WITH n, row.names AS names, reduce(acc = [], x IN coalesce(n.aliases, []) + row.aliases + dropped | \
CASE WHEN x IN acc THEN acc ELSE acc + x END) AS aliases
SET n.names = CASE WHEN size(names) = 0 THEN null ELSE names END,
    n.aliases = CASE WHEN size(aliases) = 0 THEN null ELSE aliases END,
    n.name = names[0]"""
"""After ``MERGE (n:Actor ...)`` of a row: the row's name replaces the actor's, the names it
replaces join its aliases (``row.names`` holds one name: ``GraphBatch.node``)."""


def names(records: Iterable[Record]) -> dict[str, str]:
    """Actor id -> the name of its last record in the batch."""
    return {r.id: r.name for r in records if isinstance(r, Actor)}


def sparql_update(records: Iterable[Record], held: Held | None = None) -> str:
    """The update that leaves the batch's actors one label each ("" for a batch without actors, or
    with ``held``, when every actor's label is the one ``held`` knows it has)."""
    if held is None:
        found, changed = names(records), None
    else:
        found, changed = held.prepare(records)
    rows = " ".join(
        f"({rdf.actor_iri(a)} {Literal(n)})"
        for a, n in sorted(found.items())
        if changed is None or a in changed
    )
    return RELABEL.replace("{{rows}}", rows) if rows else ""


class Held:
    """Actor id -> the one label a store holds for it, as far as this process's writes know: what
    spares the relabel (``RELABEL``) of the actors whose label cannot change, most of a batch's
    (its rows were every actor of a group of up to 48,000 records, each a lookup in a growing
    store: 20 to 240 ms a write from 1,000 reports on). After a write whose relabel ran, each actor
    of the batch holds the name of its last record there and no other; later writes that do not
    name it leave it so, and a forget (``replace``) only removes labels. When the store held no
    label before this process's first write (``complete``), an actor not held holds none: a batch
    that writes it under one name leaves it one label. ``run`` keeps what ``prepare`` found once
    the relabel has run, and forgets everything if it failed."""

    __slots__ = ("complete", "labels", "pending", "store")

    def __init__(self, store: Callable[[], Store] | None = None) -> None:
        self.store = store
        self.complete: bool | None = None if store is not None else False
        self.labels: dict[str, str] = {}
        self.pending: dict[str, str] = {}

    def prepare(self, records: Iterable[Record]) -> tuple[dict[str, str], set[str]]:
        """The batch's actors (``names``) and those whose label may change: an actor with a record
        named otherwise than its held label or than its other records in the batch, or, unless
        ``complete``, with no label held."""
        if self.complete is None and self.store is not None:
            self.complete = next(self.store().quads_for_pattern(None, rdf.RDFS_LABEL, None), None) is None
        labels, complete = self.labels, self.complete
        found: dict[str, str] = {}
        changed: set[str] = set()
        for r in records:
            if isinstance(r, Actor):
                held, before = labels.get(r.id), found.get(r.id)
                found[r.id] = r.name
                if (held != r.name and (held is not None or not complete)) or before not in (None, r.name):
                    changed.add(r.id)
        self.pending = found
        return found, changed

    def clear(self) -> None:
        self.complete = False
        self.labels.clear()
        self.pending = {}


def run(store: Store, update: str, held: Held | None = None) -> None:
    """Run ``update`` (``sparql_update``'s) on an embedded Oxigraph store, if there is one. The
    batch is written by then: a failure here says so (the old labels stay beside the new ones until
    the actor's next write), and ``held`` forgets every label it knew."""
    try:
        if update:
            store.update(update)
    except BaseException as e:
        if held is not None:
            held.clear()
        if isinstance(e, OSError | SyntaxError):
            raise StoreError(
                f"the batch was written, but giving its actors one label each failed: {e}"
                " (their earlier labels stay beside the new ones until their next write)"
            ) from e
        raise
    if held is not None:
        held.labels.update(held.pending)
        held.pending = {}
