"""Reads cannot write: SPARQL Update (and federation) refused by parsing, at the store and at /sparql."""

from __future__ import annotations

import http.server
import threading
from typing import ClassVar

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.settings import Settings
from newsgraph.stores import QueryRejected
from newsgraph.stores.oxigraph import OxigraphStore

NG = "PREFIX ng: <https://newsgraph.org/ontology#> "
UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "CLEAR ALL",
    "CLEAR DEFAULT",
    "DROP ALL",
    "DROP SILENT GRAPH <urn:g>",
    "CREATE GRAPH <urn:g>",
    "COPY DEFAULT TO <urn:g>",
    "MOVE DEFAULT TO <urn:g>",
    "ADD DEFAULT TO <urn:g>",
    "LOAD <http://127.0.0.1:1/x.ttl>",
    "delete where { ?s ?p ?o }",
    NG + "DELETE WHERE { ?s a ng:Statement }",
    "# a comment\nDELETE WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } ; DELETE WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } DELETE WHERE { ?s ?p ?o }",
    "ASK {} ; DROP ALL",
    "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; SELECT * WHERE { ?s ?p ?o }",
    "\\u0044ELETE WHERE { ?s ?p ?o }",
]
# Queries a regular expression on keywords would wrongly refuse: parsing lets them through.
HARMLESS = [
    'SELECT ("DELETE WHERE { ?s ?p ?o }" AS ?x) WHERE {}',
    "# DROP ALL\nASK { ?s ?p ?o }",
    "SELECT * WHERE { ?s <urn:insert> ?o } LIMIT 1",
    NG + "SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Statement . FILTER NOT EXISTS { ?s ng:deleted ?x } }",
    'SELECT * WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), "service")) } LIMIT 1',
]


@pytest.fixture(scope="module")
def store(sample_records, tmp_path_factory):
    s = OxigraphStore(tmp_path_factory.mktemp("readonly") / "store", timeout=20)
    s.write(sample_records)
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(Settings(), store=store)) as c:
        yield c


def snapshot(store: OxigraphStore) -> set[str]:
    return {str(q) for q in store.store}


@pytest.fixture(scope="module")
def before(store):
    return snapshot(store)


@pytest.mark.parametrize("update", UPDATES)
def test_store_raw_refuses_updates(store, before, update):
    with pytest.raises(QueryRejected):
        store.raw(update)
    with pytest.raises(QueryRejected):
        store.sparql(update)
    assert snapshot(store) == before


@pytest.mark.parametrize("update", UPDATES)
def test_sparql_endpoint_refuses_updates(client, store, before, update):
    answers = [
        client.get("/sparql", params={"query": update}),
        client.post("/sparql", content=update, headers={"Content-Type": "application/sparql-query"}),
        client.post("/sparql", data={"query": update}),
        client.post("/sparql", data={"update": update}),
        client.post("/sparql", content=update, headers={"Content-Type": "application/sparql-update"}),
    ]
    assert [r.status_code for r in answers] == [400, 400, 400, 403, 403]
    assert snapshot(store) == before


def test_refusal_says_read_only(client):
    r = client.post(
        "/sparql", content="DELETE WHERE { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 400 and "read-only" in r.json()["detail"]
    r = client.get("/sparql", params={"query": "SELECT WHERE"})
    assert r.status_code == 400 and "syntax" in r.json()["detail"].lower()


@pytest.mark.parametrize("query", HARMLESS)
def test_keywords_inside_a_query_are_not_refused(client, query):
    r = client.get("/sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200, r.text


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(500)
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def listener():
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    _Recorder.hits = []
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_port}/sparql", _Recorder.hits
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ ?a ?b ?c OPTIONAL {{ service silent <{url}> {{ ?s ?p ?o }} }} }} LIMIT 1",
        "ASK {{ {{ SELECT * {{ SERVICE <{url}> {{ }} }} }} }}",
        "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    ],
)
def test_federated_queries_send_nothing(client, store, listener, template):
    """pyoxigraph would send SERVICE requests from the server (a way into its network)."""
    url, hits = listener
    query = template.format(url=url)
    with pytest.raises(QueryRejected, match="SERVICE"):
        store.raw(query)
    r = client.get("/sparql", params={"query": query})
    assert r.status_code == 403 and "SERVICE" in r.json()["detail"]  # refused for what it would do
    assert hits == []
