"""RDF dumps (Turtle, N-Quads, JSON-LD) of the whole store or of the part the filters select.

They need a SPARQL backend, a store with the ``SparqlCapable`` capability: its ``construct`` reads
every triple, past the row limit of interactive queries (a remote server's own limits apply).
The queries are ``queries/internal/dump_all.rq`` and ``dump_selected.rq``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from newsgraph import queries, rdf
from newsgraph.export import NeedsSparql
from newsgraph.export.context import jsonld_context
from newsgraph.stores import SparqlCapable, Store
from newsgraph.stores.oxigraph import PREFIXES

ID_KINDS = ("document", "actor", "place", "statement", "report", "event", "evidence")
TURTLE_PREFIXES = {
    **PREFIXES,
    **{k: f"{rdf.ID}{k}/" for k in ID_KINDS},
    "topic": rdf.TOPIC,
    "eventtype": rdf.EVENT_TYPE,
}


def graph(store: Store, filters: Mapping[str, str]) -> list[ox.Triple]:
    """The triples of the store, or of the part the filters select."""
    if not isinstance(store, SparqlCapable):
        raise NeedsSparql(f"RDF dumps need a SPARQL backend (oxigraph or sparql), not {type(store).__name__}")
    text = (
        queries.bind_sparql(queries.internal("dump_selected"), filters)
        if filters
        else queries.internal("dump_all")
    )
    return store.construct(text)


def to_turtle(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=TURTLE_PREFIXES) or b""


def to_nquads(triples: Iterable[ox.Triple]) -> bytes:
    """N-Quads, every triple in the default graph (the stores keep everything there)."""
    quads = (ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""


def to_jsonld(triples: Iterable[ox.Triple]) -> bytes:
    """JSON-LD compacted with the context generated from the ontology (embedded in the file)."""
    import rdflib

    g = rdflib.Graph()
    g.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    text = g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True)
    return json.dumps(json.loads(text), ensure_ascii=False, indent=1).encode("utf-8")
