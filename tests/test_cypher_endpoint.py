"""POST /cypher: raw read-only Cypher on a Cypher backend (embedded FalkorDB here)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.settings import Settings

COUNT = {"query": "MATCH (n) RETURN count(n) AS nodes"}


@pytest.fixture(scope="module")
def falkordb(sample_records, tmp_path_factory):
    from newsgraph.stores.falkordb import FalkorDBStore

    path = tmp_path_factory.mktemp("falkordb") / "graph.db"
    settings = Settings(backend="falkordb", falkordb={"path": path})
    store = FalkorDBStore.from_settings(settings)
    store.write(sample_records)
    yield settings, store
    store.close()


@pytest.fixture(scope="module")
def client(falkordb):
    settings, store = falkordb
    with TestClient(create_app(settings, store=store)) as c:
        yield c


def nodes(client) -> int:
    r = client.post("/cypher", json=COUNT)
    assert r.status_code == 200, r.text
    return r.json()["rows"][0][0]


def test_reads_work_with_parameters(client):
    r = client.post(
        "/cypher",
        json={
            "query": "MATCH (a:Actor) WHERE toLower(a.name) CONTAINS $q "
            "RETURN a.id AS id, a.name AS name ORDER BY id",
            "params": {"q": "russ"},
        },
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["columns"] == ["id", "name"] and body["rows"]
    assert all("russ" in name.lower() for _, name in body["rows"])


def test_nodes_come_back_as_maps(client):
    r = client.post("/cypher", json={"query": "MATCH (d:Document) RETURN d LIMIT 1"})
    assert r.status_code == 200, r.text
    node = r.json()["rows"][0][0]
    assert node["labels"] == ["Document"] and len(node["properties"]["sha256"]) == 64


@pytest.mark.parametrize(
    "write",
    [
        "CREATE (:Document {id: 'intruder'})",
        "MATCH (n) DETACH DELETE n",
        "MATCH (a:Actor) SET a.name = 'hacked'",
        "MERGE (x:Actor {id: 'intruder'}) RETURN x",
        "MATCH (a:Actor) REMOVE a:Person",
    ],
)
def test_a_write_is_refused_and_changes_nothing(client, write):
    before = nodes(client)
    names = client.post("/cypher", json={"query": "MATCH (a:Actor) RETURN a.name ORDER BY a.id"}).json()[
        "rows"
    ]
    r = client.post("/cypher", json={"query": write})
    assert r.status_code == 403, r.text
    assert "read-only" in r.json()["detail"]
    assert nodes(client) == before > 0
    assert (
        client.post("/cypher", json={"query": "MATCH (a:Actor) RETURN a.name ORDER BY a.id"}).json()["rows"]
        == names
    )


@pytest.mark.parametrize("body", [{"query": "MATCH (n) RETRN n"}, {"query": "RETURN $missing + 1"}])
def test_a_bad_query_is_a_400(client, body):
    r = client.post("/cypher", json=body)
    assert r.status_code == 400, r.text


@pytest.mark.parametrize("body", [{}, {"query": ""}, {"query": "RETURN 1", "colour": "red"}])
def test_a_malformed_request_is_a_422(client, body):
    assert client.post("/cypher", json=body).status_code == 422


def test_named_queries_are_served_from_falkordb(client):
    r = client.get("/queries/who_said_what", params={"topic": "negotiation", "limit": 5})
    assert r.status_code == 200, r.text
    assert 0 < len(r.json()["rows"]) <= 5
    assert client.get("/health").json()["backend"] == "falkordb"


def test_cypher_on_oxigraph_is_501(built_store):
    with TestClient(create_app(Settings(), store=built_store)) as c:
        r = c.post("/cypher", json={"query": "RETURN 1"})
    assert r.status_code == 501
