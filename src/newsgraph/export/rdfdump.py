"""RDF dumps (Turtle, N-Quads, JSON-LD) of the whole store or of the part the filters select.

They need a SPARQL backend: a store with a ``sparql(text)`` method that gives RDF terms. The
embedded Oxigraph store is read directly, since its ``sparql`` refuses answers past the row
limit that interactive queries have; a remote server's own limits apply to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from newsgraph import queries, rdf
from newsgraph.export import NeedsSparql
from newsgraph.export.context import jsonld_context
from newsgraph.stores.oxigraph import PREFIXES

EVERYTHING = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
# The statements and event reports that pass the filters (same filters as export_items.rq), with
# their evidence, document, reported event, actors and places, each with all its triples.
SELECTED = """PREFIX ng: <https://newsgraph.org/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
CONSTRUCT { ?x ?p ?o }
WHERE {
  VALUES ?cls { ng:Statement ng:EventReport }
  ?i a ?cls .
  OPTIONAL { ?i ng:date ?date }
  FILTER(!BOUND(?topic) || EXISTS { ?i ng:topic ?t . FILTER(STRAFTER(STR(?t), "/topic/") = ?topic) })
  FILTER(!BOUND(?actor) || EXISTS { ?i ng:speaker|ng:about|ng:agent|ng:target|ng:participant ?a .
         FILTER(STRAFTER(STR(?a), "/actor/") = ?actor || EXISTS { ?a rdfs:label|skos:altLabel ?al . FILTER(CONTAINS(LCASE(?al), LCASE(?actor))) }) })
  FILTER(!BOUND(?place) || EXISTS { ?i ng:place ?pl0 .
         FILTER(STRAFTER(STR(?pl0), "/place/") = ?place || EXISTS { ?pl0 rdfs:label|skos:altLabel ?pl . FILTER(CONTAINS(LCASE(?pl), LCASE(?place))) }) })
  FILTER(!BOUND(?since) || (BOUND(?date) && ?date >= ?since))
  FILTER(!BOUND(?until) || (BOUND(?date) && SUBSTR(?date, 1, STRLEN(?until)) <= ?until))
  ?i (ng:evidence|ng:inDocument|ng:reportOf|ng:speaker|ng:about|ng:agent|ng:target|ng:participant|ng:place)? ?x .
  ?x ?p ?o .
}"""
ID_KINDS = ("document", "actor", "place", "statement", "report", "event", "evidence")
TURTLE_PREFIXES = {**PREFIXES, **{k: f"{rdf.ID}{k}/" for k in ID_KINDS}, "topic": rdf.TOPIC, "eventtype": rdf.EVENT_TYPE}


def graph(store: Any, filters: Mapping[str, str]) -> list[ox.Triple]:
    """The triples of the store, or of the part the filters select."""
    sparql = getattr(store, "sparql", None)
    if getattr(store, "language", None) != "sparql" or sparql is None:
        raise NeedsSparql(f"RDF dumps need a SPARQL backend (oxigraph or sparql), not {type(store).__name__}")
    text = queries.bind_sparql(SELECTED, filters) if filters else EVERYTHING
    embedded = getattr(store, "store", None)
    if isinstance(embedded, ox.Store):  # a dump reads the embedded store whole, past the row limit
        return list(embedded.query(text, prefixes=PREFIXES))  # type: ignore[arg-type]
    return list(sparql(text))


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
