"""The remote SPARQL backend against a real Oxigraph server that the tests start on loopback:
it writes through the Graph Store Protocol or SPARQL Update and answers every named query
exactly like the embedded Oxigraph store."""

from __future__ import annotations

import httpx
import pytest

from newsgraph import export, queries
from newsgraph.settings import Settings, SparqlSettings
from newsgraph.stores import QueryRejected, QueryTimeout, StoreError
from newsgraph.stores.oxigraph import OxigraphStore
from newsgraph.stores.sparql import RemoteSparqlStore, with_prefixes
from servers import free_port, oxigraph_server
from test_export import assert_isomorphic, graph_records, store_graph

pytestmark = pytest.mark.server

# Parameters for every named query: each is called with the ones it takes.
PARAMS = {
    "actor": "poutine",
    "actor_id": "a-putin",
    "doc_id": "doc-unknown",
    "place": "kherson",
    "q": "mac",
    "topic": "negotiation",
    "speaker": "macron",
    "type": "attack",
    "since": "2022-11",
    "until": "2022-12",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """An Oxigraph server on a free loopback port (its base URL), stopped at the end."""
    with oxigraph_server(tmp_path_factory.mktemp("oxigraph-server")) as base:
        yield base


@pytest.fixture(scope="module")
def remote(server):
    store = RemoteSparqlStore(f"{server}/query", f"{server}/update", f"{server}/store")
    httpx.post(f"{server}/update", content="CLEAR ALL", headers={"Content-Type": "application/sparql-update"})
    store.write(graph_records())
    yield store
    store.close()


@pytest.fixture(scope="module")
def embedded():
    store = OxigraphStore(None)
    store.write(graph_records())
    yield store
    store.close()


def test_write_is_idempotent(remote, embedded):
    remote.write(graph_records())
    assert remote.raw("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == [[len(embedded)]]


def test_the_server_holds_the_same_graph(remote, embedded):
    assert_isomorphic(store_graph_of(remote), store_graph(embedded))


def store_graph_of(remote: RemoteSparqlStore):
    import rdflib

    return rdflib.Graph().parse(data=export.render(remote, "nquads")[""], format="nquads")


@pytest.mark.parametrize("name", sorted(queries.catalog()))
def test_named_queries_answer_like_the_embedded_store(remote, embedded, name):
    q = queries.get(name)
    params = {k: v for k, v in PARAMS.items() if k in q.params}
    for p in ({}, params) if not q.required else (params,):
        got, want = remote.query(name, p, limit=100), embedded.query(name, p, limit=100)
        assert (got.columns, got.rows, got.truncated) == (want.columns, want.rows, want.truncated)


def test_known_documents(remote):
    docs = [r for r in graph_records() if type(r).__name__ == "Document"]
    assert remote.known_documents([d.content_hash for d in docs] + ["0" * 64]) == {
        d.content_hash for d in docs
    }
    assert remote.known_documents([]) == set()


def test_raw_queries_without_prefixes_like_the_embedded_store(remote, embedded):
    text = "SELECT ?p WHERE { ?p a ng:Place ; geo:lat ?lat } ORDER BY ?p"
    assert remote.raw(text).rows == embedded.raw(text).rows == [["https://newsgraph.org/id/place/p-kherson"]]
    assert remote.raw("ASK { ?s a ng:Statement }").rows == [[True]]
    assert with_prefixes("PREFIX ng: <x:> SELECT * {}").count("PREFIX ng:") == 1  # its own declaration wins


def test_syntax_errors_and_updates_are_rejected(remote):
    with pytest.raises(QueryRejected, match="400"):
        remote.raw("SELECT WHERE")
    with pytest.raises(QueryRejected):
        remote.raw("DELETE WHERE { ?s ?p ?o }")
    assert remote.raw("ASK { ?s a ng:Document }").rows == [[True]]


def test_row_limit(server, remote):
    small = RemoteSparqlStore(f"{server}/query", max_rows=3)
    result = small.raw("SELECT ?s ?p ?o WHERE { ?s ?p ?o }")
    assert len(result.rows) == 3 and result.truncated
    small.close()


def test_timeout_is_a_rejection_caused_by_timeout(server, remote):
    slow = RemoteSparqlStore(f"{server}/query", timeout=0.001)
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    with pytest.raises(QueryRejected, match="timed out") as e:
        slow.raw(heavy)
    assert isinstance(e.value, QueryTimeout)
    slow.close()


def test_writes_through_sparql_update(server, embedded):
    """Without a Graph Store URL the batch goes as one INSERT DATA."""
    store = RemoteSparqlStore(f"{server}/query", update_url=f"{server}/update")
    store.write(graph_records())
    assert store.raw("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows == [[len(embedded)]]
    store.close()


def test_read_only_and_unreachable_servers_fail_clearly(server):
    ro = RemoteSparqlStore(f"{server}/query")
    with pytest.raises(StoreError, match="read-only"):
        ro.write(graph_records())
    ro.close()
    gone = RemoteSparqlStore(
        f"http://127.0.0.1:{free_port()}/query", store_url=f"http://127.0.0.1:{free_port()}/store"
    )
    with pytest.raises(StoreError, match="cannot be reached"):
        gone.raw("ASK {}")
    with pytest.raises(StoreError, match="nothing was written"):
        gone.write(graph_records())
    gone.close()


def test_from_settings(server):
    from newsgraph.stores import open_store

    settings = Settings(
        backend="sparql",
        query_timeout=3,
        max_rows=7,
        sparql=SparqlSettings(query_url=f"{server}/query", store_url=f"{server}/store"),
    )
    store = open_store(settings)
    assert isinstance(store, RemoteSparqlStore)
    assert (store.timeout, store.max_rows, store.store_url) == (3, 7, f"{server}/store")
    store.close()
    with pytest.raises(StoreError, match="QUERY_URL"):
        open_store(Settings(backend="sparql"))


def test_exports_from_the_remote_store_match_the_embedded_ones(remote, embedded):
    for fmt in ("gexf", "graphml", "csv"):
        assert export.render(remote, fmt, topic="negotiation") == export.render(
            embedded, fmt, topic="negotiation"
        )


def test_sparql_endpoint_over_the_remote_store(remote):
    from fastapi.testclient import TestClient

    from newsgraph.api.app import create_app

    with TestClient(create_app(Settings(), store=remote)) as c:
        r = c.get(
            "/sparql",
            params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Actor }"},
            headers={"Accept": "application/sparql-results+json"},
        )
        assert r.status_code == 200 and r.json()["results"]["bindings"][0]["n"]["value"] == "4"
        r = c.get(
            "/sparql",
            params={"query": "CONSTRUCT WHERE { ?s a ng:Place }"},
            headers={"Accept": "text/turtle"},
        )
        assert r.status_code == 200 and "ng:Place" in r.text
        assert c.get("/sparql", params={"query": "SELECT WHERE"}).status_code == 400
