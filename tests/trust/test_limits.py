"""Every query has a time limit and a row limit: clear refusals, and the service stays free.

Time: a query past ``query_timeout`` is refused (HTTP 503 with Retry-After). Rows: raw and named
queries are cut at ``max_rows`` and say ``truncated``; /sparql, whose result formats cannot say
so, refuses more than ``max_rows`` results with a 422 (add a LIMIT).
"""

from __future__ import annotations

import threading
import time

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.settings import Settings
from newsgraph.stores import QueryRejected, QueryTimeout, TooManyRows, open_store
from newsgraph.stores import oxigraph as oxigraph_module
from newsgraph.stores.oxigraph import OxigraphStore

# Cartesian products over the sample graph (about 3,000 triples).
BLOCKING = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?o . ?b ?q ?r . BIND(CONCAT(STR(?o), STR(?r)) AS ?x) }"
# ~9 M rows built and counted in one step: about 6 s here, well past the 0.5 s limit plus the
# 0.5 s another query waits for a slot (the bare 2-way count takes about 1 s: too close to call)
STREAMING = "SELECT * WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?s ?t }"  # ~3e10 rows, produced one by one
CHEAP = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 1"
SLACK = 2.5  # seconds allowed past the deadline on a loaded, shared machine


@pytest.fixture(scope="module")
def store(sample_records):
    s = OxigraphStore(None)
    s.write(sample_records)
    yield s
    s.close()


@pytest.fixture
def limited(store):
    """The store with small limits and no result cache (every query is evaluated), restored afterwards."""
    saved = store.timeout, store.max_rows, store.cache_size
    store.timeout, store.max_rows, store.cache_size = 0.5, 1_000_000_000, 0
    store._cache.clear()
    yield store
    store.timeout, store.max_rows, store.cache_size = saved


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(Settings(), store=store)) as c:
        yield c


def query_threads() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if t.name == "sparql-query"}


def timed(fn, *args):
    t0 = time.monotonic()
    try:
        return fn(*args), time.monotonic() - t0
    except QueryRejected as e:
        return e, time.monotonic() - t0


@pytest.mark.parametrize(
    "query", [BLOCKING, STREAMING, "CONSTRUCT { ?a ?q ?t } WHERE { ?a ?p ?o . ?b ?q ?r . ?c ?s ?t }"]
)
def test_expensive_query_times_out(limited, query):
    error, elapsed = timed(limited.raw, query)
    assert isinstance(error, QueryTimeout)
    assert "timed out after 0.5 s" in str(error)
    assert 0.5 <= elapsed < 0.5 + SLACK
    cheap, elapsed = timed(limited.raw, CHEAP)  # the caller is free at once
    assert cheap.rows and elapsed < 0.5


def test_streaming_query_thread_stops_at_the_deadline(limited):
    before = query_threads()
    timed(limited.raw, STREAMING)
    mine = query_threads() - before
    deadline = time.monotonic() + 5
    while any(t.is_alive() for t in mine) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(t.is_alive() for t in mine)


def test_a_store_busy_with_stuck_queries_answers_in_time(sample_records, monkeypatch):
    """A query stuck in one blocking step holds its slot till the step ends; others wait for a
    slot within their own time limit and are refused, never hang; the slot comes back after.

    The stuck step is made, not timed: evaluation of the query ``STUCK`` waits on an event (as a
    sort or an aggregate ignores the stop signal), so the outcome does not depend on how fast the
    machine evaluates a real expensive query."""
    s = OxigraphStore(None, timeout=0.5, query_threads=1)
    s.write(sample_records)
    stuck = "SELECT ?s WHERE { ?s ?p ?o } LIMIT 2"
    release = threading.Event()
    evaluate = oxigraph_module.collect

    def collect(store, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        if text == stuck:
            release.wait(60)
        return evaluate(store, text, *args, **kwargs)

    monkeypatch.setattr(oxigraph_module, "collect", collect)
    try:
        error, _ = timed(s.raw, stuck)
        assert isinstance(error, QueryTimeout) and "timed out after 0.5 s" in str(error)
        error, elapsed = timed(s.raw, CHEAP)  # the only slot is held by the stuck query
        assert isinstance(error, QueryTimeout) and "busy" in str(error)
        assert 0.5 <= elapsed < 60  # it waited its own time limit for a slot, and no longer than a hang
    finally:
        release.set()  # the stuck step ends, its slot comes back
    deadline = time.monotonic() + 60
    result: object = None
    while time.monotonic() < deadline:
        result, _ = timed(s.raw, CHEAP)
        if not isinstance(result, QueryRejected):
            break
        time.sleep(0.05)
    assert not isinstance(result, QueryRejected) and result.rows  # type: ignore[union-attr]


def test_rows_truncated_and_said_so(limited):
    limited.max_rows = 7
    result = limited.raw("SELECT * WHERE { ?s ?p ?o }")
    assert len(result.rows) == 7 and result.truncated
    result = limited.raw("CONSTRUCT WHERE { ?s ?p ?o }")
    assert len(result.rows) == 7 and result.truncated
    result = limited.raw("SELECT * WHERE { ?s ?p ?o } LIMIT 7")
    assert len(result.rows) == 7 and not result.truncated


def test_raw_sparql_over_the_row_limit_is_refused(limited):
    limited.max_rows = 7
    with pytest.raises(QueryRejected, match="row limit") as info:
        limited.sparql("SELECT * WHERE { ?s ?p ?o }")
    assert isinstance(info.value, TooManyRows)
    assert len(list(limited.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 7"))) == 7


def test_settings_reach_the_store(tmp_path):
    s = open_store(Settings(store_path=tmp_path / "s", query_timeout=1.5, max_rows=42))
    try:
        assert (s.timeout, s.max_rows) == (1.5, 42)
    finally:
        s.close()


# -- over HTTP


def test_sparql_timeout_is_503_and_the_service_stays_free(client, limited):
    t0 = time.monotonic()
    r = client.get("/sparql", params={"query": BLOCKING})
    elapsed = time.monotonic() - t0
    assert r.status_code == 503 and r.headers["retry-after"]
    assert "timed out" in r.json()["detail"]
    assert elapsed < 0.5 + SLACK
    t0 = time.monotonic()
    assert client.get("/health").status_code == 200
    assert (
        client.post(
            "/sparql", content=CHEAP, headers={"Content-Type": "application/sparql-query"}
        ).status_code
        == 200
    )
    assert time.monotonic() - t0 < 0.5
    r = client.post("/sparql", data={"query": STREAMING})
    assert r.status_code == 503


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json"),
        ("SELECT * WHERE { ?s ?p ?o }", "text/csv"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle"),
    ],
)
def test_sparql_over_the_row_limit_is_422(client, limited, query, accept):
    limited.max_rows = 10
    r = client.get("/sparql", params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 422 and "row limit" in r.json()["detail"]
    r = client.get("/sparql", params={"query": query + " LIMIT 10"}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(accept)


@pytest.mark.parametrize("name", ["who_said_what", "search_statements", "export_actors", "search_actors"])
def test_named_query_truncated_at_max_rows(client, limited, name):
    """Answered from the derived tables or by the store, a page over the row limit is cut there."""
    limited.max_rows = 3
    r = client.get(f"/queries/{name}", params={"limit": 100})
    assert r.status_code == 200
    assert len(r.json()["rows"]) == 3 and r.json()["truncated"] is True


@pytest.mark.parametrize("path", ["/queries/document_times?doc_id=x"])
def test_named_query_timeout_is_503(client, limited, path):
    """A named query the store runs (not one answered from the derived tables) past the time limit."""
    limited.timeout = 0.0  # any query is late
    r = client.get(path)
    assert r.status_code == 503 and "timed out" in r.json()["detail"]


@pytest.mark.parametrize(
    "path",
    [
        "/actors",
        "/events",
        "/statements",
        "/queries/who_said_what",
        "/queries/export_places",
        "/queries/actor_relations?actor_id=volodimir-zelenski",
    ],
)
def test_answers_from_the_derived_tables_run_no_query(client, limited, path):
    """Actors, events, pages of statements and the export rows are answered from tables derived
    from the store (read once after each write), so a store whose every query is late still
    answers them; the queries the store runs answer 503 (above)."""
    client.get("/actors")  # the tables read with the normal limit
    limited.timeout = 0.0
    r = client.get(path)
    assert r.status_code == 200
    assert r.json()["rows" if path.startswith("/queries/") else "items"]


def test_cypher_backends_report_timeouts_as_timeouts():
    """A timeout from FalkorDB or Neo4j is a QueryTimeout like Oxigraph's, so every route answers
    it with 503 (it used to be a plain refusal: 400 on /cypher, 422 on named queries)."""
    from newsgraph.api.deps import rejection_status
    from newsgraph.stores import falkordb, neo4j

    falkor = falkordb._rejected(Exception("Query timed out"))
    assert isinstance(falkor, QueryTimeout) and rejection_status(falkor) == 503

    class Neo4jTimeout(Exception):
        code = "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration"
        message = "The transaction has been terminated."

    neo = neo4j._rejected(Neo4jTimeout())
    assert isinstance(neo, QueryTimeout) and rejection_status(neo) == 503
    assert rejection_status(falkordb._rejected(Exception("Invalid input 'X'"))) == 400
