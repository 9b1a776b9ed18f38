"""Issue 12's findings on the Cypher side (FalkorDB, embedded): the engine enforces the time and
row limits itself; /cypher reads the graph and nothing outside it; bodies and echoes are bounded.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.settings import Settings
from newsgraph.stores import QueryTimeout
from servers import listener

TIMEOUT = 1.0


@pytest.fixture(scope="module")
def store(sample_records, tmp_path_factory) -> Iterator:
    from newsgraph.stores.falkordb import FalkorDBStore

    path = tmp_path_factory.mktemp("falkordb") / "falkordb.db"
    s = FalkorDBStore(FalkorDBStore._embedded(path), timeout=TIMEOUT, max_rows=10_000)
    s.write(sample_records)
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store) -> Iterator[TestClient]:
    with TestClient(create_app(Settings(backend="falkordb", query_timeout=TIMEOUT), store=store)) as c:
        yield c


def test_the_engine_stops_a_variable_length_path_at_the_timeout(store, client):
    t0 = time.monotonic()
    r = client.post("/cypher", json={"query": "MATCH (a)-[*1..12]-(b) RETURN count(*)"})
    elapsed = time.monotonic() - t0
    assert r.status_code == 503 and r.headers["retry-after"]
    assert elapsed < TIMEOUT + 1.0
    t0 = time.monotonic()  # the engine is free again at once
    assert client.post("/cypher", json={"query": "MATCH (d:Document) RETURN count(d)"}).status_code == 200
    assert time.monotonic() - t0 < 1.0


def test_the_engine_holds_the_row_limit(store):
    """RESULTSET_SIZE makes FalkorDB stop building rows at max_rows + 1, so five million rows are
    never built (they took 900 MB before): the answer is cut and says so."""
    config = store.db.connection.execute_command("GRAPH.CONFIG", "GET", "RESULTSET_SIZE")
    assert config[1] == store.max_rows + 1
    try:
        result = store.raw("UNWIND range(1, 5000000) AS x RETURN x, x AS y, 'aaaaaaaaaaaaaaaaaaaa' AS z")
    except QueryTimeout:
        pytest.fail("the engine built the rows past the limit instead of stopping")
    assert len(result.rows) == store.max_rows and result.truncated
    memory = store.db.connection.info("memory")["used_memory_peak"]
    assert memory < 300_000_000


@pytest.mark.parametrize(
    "query",
    [
        "LOAD CSV FROM 'http://127.0.0.1:{port}/x.csv' AS row RETURN row",
        "load   csv with headers from 'http://127.0.0.1:{port}/x.csv' AS row RETURN row",
        "LOAD /* a comment */ CSV FROM 'http://127.0.0.1:{port}/x.csv' AS row RETURN row",
        "LOAD // a comment\nCSV FROM 'http://127.0.0.1:{port}/x.csv' AS row RETURN row",
        "RETURN '\\'' AS q LOAD CSV FROM 'http://127.0.0.1:{port}/x.csv' AS row RETURN row",
        "CALL apoc.load.json('http://127.0.0.1:{port}/x') YIELD value RETURN value",
        "CALL `apoc`.`load`.csv('http://127.0.0.1:{port}/x') YIELD map RETURN map",
        "call dbms.procedures() yield name return name // {port}",
    ],
)
def test_cypher_reaches_nothing_outside(client, query):
    with listener() as lst:
        r = client.post("/cypher", json={"query": query.format(port=lst.port)})
        time.sleep(0.3)
        assert r.status_code == 403, r.text
        assert lst.accepted == []


@pytest.mark.parametrize(
    "query",
    [
        "CALL db.labels() YIELD label RETURN label",
        "MATCH (s:Statement) WHERE s.content CONTAINS 'call' RETURN count(s)",
        "CALL { MATCH (d:Document) RETURN d } RETURN count(d)",
    ],
)
def test_reads_of_the_graph_still_run(client, query):
    assert client.post("/cypher", json={"query": query}).status_code == 200


def test_a_large_cypher_body_is_413_and_not_echoed(client):
    body = b'{"query": "' + b"a" * 50_000_000 + b'"}'
    r = client.post("/cypher", content=body, headers={"Content-Type": "application/json"})
    assert r.status_code == 413 and len(r.content) < 1000


def test_errors_echo_a_short_excerpt_only(client):
    r = client.post("/cypher", json={"query": "MATCH (n) RETURN n " + "x" * 90_000})
    assert r.status_code == 400 and len(r.content) < 2000
    r = client.post("/cypher", json={"query": "RETURN 1", "unknown": "y" * 200_000})
    assert r.status_code == 422 and len(r.content) < 2000


def test_a_deep_cypher_query_is_refused(client):
    r = client.post("/cypher", json={"query": "RETURN " + "(" * 5000 + "1" + ")" * 5000})
    assert r.status_code == 400 and "nested" in r.json()["detail"]
