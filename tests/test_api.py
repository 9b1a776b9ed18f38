"""The HTTP API over the sample corpus."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.settings import Settings


@pytest.fixture(scope="module")
def client(built_store):
    app = create_app(Settings(), store=built_store)
    with TestClient(app) as c:
        yield c


def test_health(client):
    assert client.get("/health").json() == {"status": "ok", "backend": "oxigraph", "version": "0.1.0"}


def test_openapi_docs(client):
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    for p in [
        "/statements",
        "/actors",
        "/actors/{actor_id}",
        "/events",
        "/health",
        "/sparql",
        "/queries/{name}",
    ]:
        assert p in paths


def test_statements_about_negotiation(client):
    r = client.get("/statements", params={"topic": "negotiation", "limit": 100})
    assert r.status_code == 200
    items = r.json()["items"]
    assert items
    assert all({"speaker_name", "content", "date", "evidence", "doc_id"} <= set(i) for i in items)


def test_statements_paging(client):
    first = client.get("/statements", params={"limit": 2}).json()
    assert len(first["items"]) == 2 and first["next_offset"] == 2
    second = client.get("/statements", params={"limit": 2, "offset": 2}).json()
    assert second["items"] and second["items"][0] != first["items"][0]


@pytest.mark.parametrize("params", [{"since": "hier"}, {"limit": 0}, {"limit": 100000}, {"offset": -1}])
def test_statements_bad_filters_are_422(client, params):
    assert client.get("/statements", params=params).status_code == 422


def test_actors_and_one_actor(client):
    actors = client.get("/actors", params={"limit": 100}).json()["items"]
    assert actors
    top = actors[0]
    one = client.get(f"/actors/{top['actor_id']}").json()
    assert one["id"] == top["actor_id"] and one["name"] and one["aliases"]
    assert client.get("/actors/nobody-at-all").status_code == 404


def test_events(client):
    r = client.get("/events")
    assert r.status_code == 200 and "items" in r.json()


def test_named_queries(client):
    names = {q["name"] for q in client.get("/queries").json()}
    assert {"who_said_what", "actor_network", "events_at_place", "actor_timeline"} <= names
    r = client.get("/queries/who_said_what", params={"topic": "negotiation", "limit": 5})
    assert r.status_code == 200 and r.json()["columns"][0] == "date"
    assert client.get("/queries/nope").status_code == 404
    assert client.get("/queries/who_said_what", params={"colour": "red"}).status_code == 422


SELECT = "PREFIX ng: <https://newsgraph.org/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?s a ng:Statement }"


def test_sparql_get_and_post(client):
    r = client.get("/sparql", params={"query": SELECT}, headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    n = int(r.json()["results"]["bindings"][0]["n"]["value"])
    assert n > 0
    r = client.post("/sparql", content=SELECT, headers={"Content-Type": "application/sparql-query"})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == n
    r = client.post("/sparql", data={"query": SELECT})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == n


def test_sparql_refuses_updates_and_reports_syntax_errors(client, built_store):
    before = len(built_store)
    r = client.post(
        "/sparql", content="DELETE WHERE { ?s ?p ?o }", headers={"Content-Type": "application/sparql-query"}
    )
    assert r.status_code == 400
    r = client.post(
        "/sparql", content="DELETE WHERE { ?s ?p ?o }", headers={"Content-Type": "application/sparql-update"}
    )
    assert r.status_code == 403
    r = client.post("/sparql", data={"update": "DELETE WHERE { ?s ?p ?o }"})
    assert r.status_code == 403
    assert len(built_store) == before
    r = client.get("/sparql", params={"query": "SELECT WHERE"})
    assert r.status_code == 400 and "syntax" in r.json()["detail"].lower()
