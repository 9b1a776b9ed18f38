"""RDF dumps (Turtle, N-Quads, JSON-LD) of the whole store or of the part the filters select,
written as streams.

They need a SPARQL backend, a store with the ``SparqlCapable`` capability. The embedded Oxigraph
store is read lazily (``OxigraphStore.stream``): the whole graph quad by quad from its index, a
filtered part through ``queries/internal/dump_selected.rq``; the triples are serialized by
pyoxigraph in batches. A remote server gives its CONSTRUCT answer whole (``construct``; its own
limits apply).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import islice
from typing import Any, cast

import pyoxigraph as ox

from newsgraph import queries, rdf
from newsgraph.export import NeedsSparql
from newsgraph.export.context import jsonld_context
from newsgraph.export.jsonld import jsonld_chunks
from newsgraph.stores import SparqlCapable, Store
from newsgraph.stores.oxigraph import PREFIXES

ID_KINDS = ("document", "actor", "place", "statement", "report", "event", "evidence")
TURTLE_PREFIXES = {
    **PREFIXES,
    **{k: f"{rdf.ID}{k}/" for k in ID_KINDS},
    "topic": rdf.TOPIC,
    "eventtype": rdf.EVENT_TYPE,
}
BATCH = 5_000  # triples serialized at once


def check(store: Store) -> None:
    if not isinstance(store, SparqlCapable):
        raise NeedsSparql(f"RDF dumps need a SPARQL backend (oxigraph or sparql), not {type(store).__name__}")


def triples(store: Store, filters: Mapping[str, str]) -> Iterable[Any]:
    """The triples (or default-graph quads) of the store, or of the part the filters select."""
    check(store)
    text = None
    if filters:  # bound as the named queries bind them (since and until as their first and last day)
        bound = queries.get("export_items").check_params(filters)
        text = queries.bind_sparql(queries.internal("dump_selected"), bound)
    stream = getattr(store, "stream", None)
    if stream is not None:
        return stream(text)  # type: ignore[no-any-return]
    return cast(SparqlCapable, store).construct(text or queries.internal("dump_all"))


def graph(store: Store, filters: Mapping[str, str]) -> list[ox.Triple]:
    """The triples as a list (small graphs, tests)."""
    return [ox.Triple(t.subject, t.predicate, t.object) for t in triples(store, filters)]


def _batches(items: Iterable[Any]) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, BATCH)):
        yield batch


def nquads_chunks(items: Iterable[Any]) -> Iterator[bytes]:
    """N-Quads, every triple in the default graph (the stores keep everything there)."""
    for batch in _batches(items):
        quads = [t if isinstance(t, ox.Quad) else ox.Quad(t.subject, t.predicate, t.object) for t in batch]
        yield ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def turtle_chunks(items: Iterable[Any]) -> Iterator[bytes]:
    """Turtle with the prefixes once, at the start, before the graph is read (a batch that ends
    inside a subject's triples leaves the next batch to name the subject again, which Turtle allows)."""
    yield "".join(f"@prefix {k}: <{v}> .\n" for k, v in TURTLE_PREFIXES.items()).encode("utf-8")
    for batch in _batches(items):
        text = ox.serialize(batch, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES) or b""
        lines = text.splitlines(keepends=True)  # the prefix lines of this batch lead it
        skip = next((i for i, line in enumerate(lines) if not line.startswith(b"@prefix ")), len(lines))
        yield b"".join(lines[skip:])


def jsonld(items: Iterable[Any]) -> Iterator[bytes]:
    """JSON-LD compacted with the context generated from the ontology (embedded in the file)."""
    return jsonld_chunks(jsonld_context(), items)


def to_turtle(items: Iterable[Any]) -> bytes:
    return b"".join(turtle_chunks(items))


def to_nquads(items: Iterable[Any]) -> bytes:
    return b"".join(nquads_chunks(items))


def to_jsonld(items: Iterable[Any]) -> bytes:
    return b"".join(jsonld(items))
