"""The store format marker (:mod:`newsgraph.stores.format`) in the embedded Oxigraph store: one
quad in a named graph of its own, ``GRAPH <{ID}store> { <{ID}store> ng:storeFormat 1 }``, outside
the default graph that every query and dump reads."""

from __future__ import annotations

import pyoxigraph as ox

from newsgraph import rdf
from newsgraph.stores import format as store_format

XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
META = ox.NamedNode(store_format.META_IRI)


def marker_quad(version: int = store_format.FORMAT_VERSION) -> ox.Quad:
    """The marker of format ``version``."""
    value = ox.Literal(str(version), datatype=XSD_INTEGER)
    return ox.Quad(META, ox.NamedNode(store_format.FORMAT_PREDICATE), value, META)


def marker_update(quad: ox.Quad) -> str:
    """The SPARQL Update that inserts the marker quad (the ``--replace`` path's one request)."""
    return f"INSERT DATA {{ GRAPH {quad.graph_name} {{ {quad.subject} {quad.predicate} {quad.object} }} }}"


def marker_quads(store: ox.Store) -> int:
    """How many quads the marker's graph holds (one in a marked store, else none)."""
    return sum(1 for _ in store.quads_for_pattern(None, None, None, META))


def stored_format(store: ox.Store) -> store_format.StoredFormat:
    """The marker's version (the highest, if ever several) and whether a document is stored."""
    found = store.quads_for_pattern(META, ox.NamedNode(store_format.FORMAT_PREDICATE), None, META)
    values = [int(q.object.value) for q in found if isinstance(q.object, ox.Literal)]
    documents = any(store.quads_for_pattern(None, rdf.RDF_TYPE, rdf.C_DOCUMENT, ox.DefaultGraph()))
    return store_format.StoredFormat(max(values) if values else None, documents)


def to_write(store: ox.Store, where: str) -> list[ox.Quad]:
    """The marker to write with the next batch: none when the store holds it already, the marker
    when the store is empty and new; a store in another format is refused (a write would mix two
    shapes of data under a marker that claims one)."""
    stored = stored_format(store)
    if stored.state is store_format.State.CURRENT:
        return []
    if stored.state is not store_format.State.EMPTY:
        raise store_format.StoreFormatError(store_format.message(where, stored))
    return [marker_quad()]
