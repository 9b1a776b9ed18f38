"""The store protocols: every backend is a Store; the SPARQL ones also declare SparqlCapable."""

from __future__ import annotations

import pytest

from newsgraph import queries
from newsgraph.stores import SparqlCapable
from newsgraph.stores.falkordb import FalkorDBStore
from newsgraph.stores.neo4j import Neo4jStore
from newsgraph.stores.oxigraph import OxigraphStore
from newsgraph.stores.sparql import RemoteSparqlStore


@pytest.mark.parametrize("backend", [OxigraphStore, RemoteSparqlStore])
def test_sparql_backends_declare_the_capability(backend):
    assert issubclass(backend, SparqlCapable)


@pytest.mark.parametrize("backend", [FalkorDBStore, Neo4jStore])
def test_cypher_backends_do_not(backend):
    assert not issubclass(backend, SparqlCapable)


def test_construct_reads_past_the_interactive_row_limit(sample_records):
    store = OxigraphStore(None, max_rows=10)
    try:
        store.write(sample_records)
        triples = store.construct(queries.internal("dump_all"))
        assert len(triples) == len(store) > 10
    finally:
        store.close()


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("dump_all", "sparql"),
        ("dump_selected", "sparql"),
        ("known_documents", "sparql"),
        ("known_documents", "cypher"),
        ("count_nodes", "cypher"),
    ],
)
def test_internal_queries_are_files(name, language):
    assert queries.internal(name, language).lstrip().startswith(("# description:", "// description:"))
    assert name not in queries.catalog()  # not part of the public named-query catalog


def test_an_unknown_internal_query_is_refused():
    with pytest.raises(queries.QueryError, match="no internal sparql query"):
        queries.internal("nope")
