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

from collections.abc import Iterable

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


def sparql_update(records: Iterable[Record]) -> str:
    """The update that leaves the batch's actors one label each ("" for a batch without actors)."""
    found = names(records)
    if not found:
        return ""
    rows = " ".join(f"({rdf.actor_iri(a)} {Literal(n)})" for a, n in sorted(found.items()))
    return RELABEL.replace("{{rows}}", rows)


def run(store: Store, update: str) -> None:
    """Run ``update`` (``sparql_update``'s) on an embedded Oxigraph store, if there is one. The
    batch is written by then: a failure here says so (the old labels stay beside the new ones until
    the actor's next write)."""
    if not update:
        return
    try:
        store.update(update)
    except (OSError, SyntaxError) as e:
        raise StoreError(
            f"the batch was written, but giving its actors one label each failed: {e}"
            " (their earlier labels stay beside the new ones until their next write)"
        ) from e
