"""Issue 12's findings against the service on the sample graph (Oxigraph on disk), each
reproduced as an attacker on loopback would try it: a crash, a SERVICE guard walked around, a
tarpit, queries that outlive their timeout, impossible dates, a /health that never asks.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.settings import Settings
from newsgraph.stores.oxigraph import OxigraphStore
from servers import listener

PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SORTING = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f"
TIMEOUT = 1.0


@pytest.fixture(scope="module")
def store(sample_records, tmp_path_factory) -> Iterator[OxigraphStore]:
    s = OxigraphStore(tmp_path_factory.mktemp("holes") / "store", timeout=TIMEOUT)
    s.write(sample_records)
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store) -> Iterator[TestClient]:
    settings = Settings(store_path=store.path, query_timeout=TIMEOUT, health_timeout=TIMEOUT)
    with TestClient(create_app(settings, store=store)) as c:
        yield c


# ------------------------------------------------------------------ 1. the crash

DEEP = "SELECT * WHERE { ?s ?p ?o FILTER(" + "!" * 10_000 + "true) }"


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_a_query_nested_10000_deep_is_refused_not_crashing(client, how):
    if how == "get":
        r = client.get("/sparql", params={"query": DEEP})
    elif how == "form":
        r = client.post("/sparql", data={"query": DEEP})
    else:
        r = client.post("/sparql", content=DEEP, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 400 and "nested" in r.json()["detail"]
    assert client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}).status_code == 200


@pytest.mark.parametrize(
    "deep",
    [
        "SELECT * WHERE " + "{" * 5000 + "}" * 5000,
        "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * 3000 + "1" + ")" * 3000 + ") }",
        "SELECT * WHERE { ?s ?p ?o FILTER(" + "- " * 3000 + "1) }",
    ],
)
def test_other_deep_nestings_are_refused(client, deep):
    assert client.get("/sparql", params={"query": deep}).status_code == 400


def test_a_deep_query_is_refused_by_the_store_too(store):
    from newsgraph.stores import QueryRejected

    with pytest.raises(QueryRejected, match="nested"):
        store.raw(DEEP)


# ------------------------------------------------------------------ 2. SERVICE, escaped and tarpitted


def escaped_service(port: int) -> str:
    return (
        'SELECT * WHERE { BIND("\\u0022 # " AS ?a) SERVICE <http://127.0.0.1:'
        + str(port)
        + "/x> { ?x ?y ?z }\n#\\u000A AS ?b)\n}"
    )


@pytest.mark.parametrize("how", ["plain", "escaped", "escaped-keyword", "lowercase"])
def test_service_never_leaves_the_service(client, how):
    with listener() as lst:
        url = f"<http://127.0.0.1:{lst.port}/x>"
        query = {
            "plain": f"SELECT * WHERE {{ SERVICE {url} {{ ?x ?y ?z }} }}",
            "escaped": escaped_service(lst.port),
            "escaped-keyword": f"SELECT * WHERE {{ \\u0053ERVICE {url} {{ ?x ?y ?z }} }}",
            "lowercase": f"select * where {{ service silent {url} {{ ?x ?y ?z }} }}",
        }[how]
        r = client.get("/sparql", params={"query": query})
        time.sleep(0.3)
        assert lst.accepted == []  # the listener received nothing
        if how == "escaped":
            # the engine runs the text the guard read, escapes expanded: "\u0022" closes the
            # string, the SERVICE line is a comment, and "\u000A" ends it: BIND("" AS ?b)
            assert r.status_code == 200, r.text
            assert r.json()["results"]["bindings"] == [{"b": {"type": "literal", "value": ""}}]
        else:
            assert r.status_code == 403, r.text


def test_an_escape_that_makes_an_escape_is_refused(client):
    r = client.get("/sparql", params={"query": 'SELECT * WHERE { BIND("\\u005Cu0022" AS ?a) }'})
    assert r.status_code == 400


def test_a_tarpit_service_does_not_hold_the_query_slots(client):
    with listener() as lst:
        query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{lst.port}/x> {{ ?x ?y ?z }} }}"
        with ThreadPoolExecutor(6) as pool:
            codes = list(
                pool.map(lambda _: client.get("/sparql", params={"query": query}).status_code, range(6))
            )
        assert 403 in codes and set(codes) <= {403, 503} and lst.accepted == []  # 503: waited for a slot
    t0 = time.monotonic()
    assert client.get("/statements", params={"limit": 1, "speaker": "tarpit"}).status_code == 200
    assert time.monotonic() - t0 < 2.0  # no slot is held by the silent host


# ------------------------------------------------------------------ 3. timed-out queries stop


def _cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _children() -> list[int]:
    out = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                with open(f"/proc/{pid}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
            if ppid in {os.getpid(), *(_forkservers())}:
                out.append(int(pid))
    return out


def _forkservers() -> list[int]:
    from multiprocessing import forkserver

    pid = getattr(forkserver._forkserver, "_forkserver_pid", None)
    return [pid] if pid else []


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="reads CPU times from /proc")
def test_eight_pathological_queries_stop_at_their_timeout(client, store):
    """Eight at once (four query slots): every one is refused at the timeout, its worker killed,
    and then the service answers light queries at once with its workers idle."""
    queries = [PATHOLOGICAL, SORTING] * 4
    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(lambda q: client.get("/sparql", params={"query": q}).status_code, queries))
    assert codes == [503] * 8
    t0 = time.monotonic()
    r = client.get("/statements", params={"limit": 5, "since": "2022"})
    assert r.status_code == 200 and time.monotonic() - t0 < 2.0
    # the workers that ran the pathological queries are gone: no process of ours keeps the CPU
    time.sleep(1.0)
    before = {pid: _cpu_seconds(pid) for pid in _children()}
    time.sleep(1.0)
    busy = {pid: _cpu_seconds(pid) - t for pid, t in before.items() if os.path.exists(f"/proc/{pid}")}
    assert all(spent < 0.3 for spent in busy.values()), busy


def test_a_timed_out_query_frees_its_slot(store):
    """Four slots, four pathological queries in a row: the fifth query still gets a slot."""
    from newsgraph.stores import QueryTimeout

    for _ in range(4):
        with pytest.raises(QueryTimeout):
            store.raw(PATHOLOGICAL)
    assert store.raw("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1").rows


# ------------------------------------------------------------------ 8. /health asks the store


def test_health_asks_the_store(client):
    assert client.get("/health").status_code == 200
    assert client.head("/health").status_code == 200


def test_health_is_503_when_the_store_cannot_answer(store):
    """Every query slot busy (the finding: /health said ok while every query got 503)."""
    settings = Settings(store_path=store.path, query_timeout=TIMEOUT, health_timeout=0.3)
    with TestClient(create_app(settings, store=store)) as c, ThreadPoolExecutor(6) as pool:
        busy = [pool.submit(c.get, "/sparql", params={"query": PATHOLOGICAL + f" # {i}"}) for i in range(4)]
        time.sleep(0.3)
        get, head = pool.submit(c.get, "/health"), pool.submit(c.head, "/health")
        assert get.result().status_code == 503 and get.result().headers["retry-after"]
        assert head.result().status_code == 503
        assert [f.result().status_code for f in busy] == [503] * 4


def test_health_is_503_when_the_store_fails(sample_records, tmp_path):
    from newsgraph.stores import StoreError

    class Broken(OxigraphStore):
        def ping(self) -> None:
            raise StoreError("the disk is gone")

    s = Broken(None)
    with TestClient(create_app(Settings(), store=s)) as c:
        r = c.get("/health")
    assert r.status_code == 503 and "disk is gone" in r.json()["detail"]


# ------------------------------------------------------------------ 9. impossible dates


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/statements", {"since": "2022-13-45"}),
        ("/statements", {"since": "２０２２"}),
        ("/statements", {"until": "2022-02-30"}),
        ("/events", {"since": "2022-00"}),
        ("/export/csv", {"until": "2022-02-30"}),
        ("/queries/who_said_what", {"since": "garbage"}),
        ("/queries/who_said_what", {"until": "2022-1-1"}),
    ],
)
def test_impossible_dates_are_422(client, path, params):
    r = client.get(path, params=params)
    assert r.status_code == 422, r.text


def test_real_dates_still_filter(client):
    assert client.get("/statements", params={"since": "2022-02-28", "until": "2024"}).status_code == 200
    assert client.get("/queries/who_said_what", params={"since": "2022-02"}).status_code == 200


# ------------------------------------------------------------------ 11. smaller holes


def test_update_on_get_sparql_is_refused(client):
    r = client.get("/sparql", params={"query": "ASK {}", "update": "DELETE WHERE { ?s ?p ?o }"})
    assert r.status_code == 403


def test_a_cross_origin_post_is_refused_and_headers_are_set(client):
    r = client.post("/sparql", data={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
    assert r.status_code == 403
    r = client.post("/sparql", data={"query": "ASK {}"}, headers={"Origin": "http://testserver"})
    assert r.status_code == 200
    assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "DENY"
    assert "access-control-allow-origin" not in r.headers  # CORS is off by default


def test_cors_when_origins_are_listed(store):
    settings = Settings(cors_origins=["https://newsroom.example"])
    with TestClient(create_app(settings, store=store)) as c:
        r = c.get("/health", headers={"Origin": "https://newsroom.example"})
        assert r.headers["access-control-allow-origin"] == "https://newsroom.example"
        r = c.post("/sparql", data={"query": "ASK {}"}, headers={"Origin": "https://newsroom.example"})
        assert r.status_code == 200
        assert (
            c.post("/sparql", data={"query": "ASK {}"}, headers={"Origin": "https://x.example"}).status_code
            == 403
        )


def test_a_large_sparql_body_is_refused_before_it_is_read(client):
    r = client.post("/sparql", content=b"a" * 2_000_000, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413
