"""A JSON-LD context generated from the ontology (ontology/newsgraph.ttl): its prefixes, one
term per class, and one term per property, object properties coerced to IRIs and typed
datatype properties to their datatype."""

from __future__ import annotations

from functools import cache
from typing import Any

from rdflib import OWL, RDF, RDFS, XSD, Graph, URIRef

from newsgraph import lexicons, rdf

TYPED = {XSD.integer, XSD.boolean, XSD.double, XSD.decimal, XSD.date, XSD.dateTime}
PREFIXES = ("ng", "rdf", "rdfs", "xsd", "owl", "skos", "dcterms", "geo", "time", "prov", "sem", "foaf")


@cache
def ontology() -> Graph:
    return Graph(bind_namespaces="none").parse(lexicons.path("newsgraph.ttl"), format="turtle")


@cache
def jsonld_context() -> dict[str, Any]:
    """The ``@context`` object for newsgraph's JSON-LD."""
    g = ontology()
    bound = dict(g.namespaces())
    ctx: dict[str, Any] = {p: str(bound[p]) for p in PREFIXES if p in bound}
    ctx["ngid"] = rdf.ID
    terms: dict[str, Any] = {}
    for cls in sorted(str(c) for c in g.subjects(RDF.type, OWL.Class)):
        if cls.startswith(rdf.NG):
            terms[cls.removeprefix(rdf.NG)] = f"ng:{cls.removeprefix(rdf.NG)}"
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
        for prop in sorted(p for p in g.subjects(RDF.type, kind) if isinstance(p, URIRef)):
            if not str(prop).startswith(rdf.NG):
                continue
            name = prop.removeprefix(rdf.NG)
            if kind == OWL.ObjectProperty:
                terms[name] = {"@id": f"ng:{name}", "@type": "@id"}
                continue
            rng = g.value(prop, RDFS.range)
            typed = isinstance(rng, URIRef) and rng in TYPED
            terms[name] = (
                {"@id": f"ng:{name}", "@type": f"xsd:{str(rng).removeprefix(str(XSD))}"}
                if typed
                else f"ng:{name}"
            )
    return {**ctx, **terms}
