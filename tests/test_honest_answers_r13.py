"""Honest answers, round 13 (issue 15, item 3, tried again as a new user on both backends): a route
refuses a parameter it does not take (FastAPI ignored it: a misspelt filter answered with every
row); a range whose start comes after its end, and an order other than asc/desc, are refused; the
queries of one document or one actor, and completion, say which parameter they need (FalkorDB
answered nothing, Oxigraph every row or a row of nulls); a page cut by the row limit says that more
exist; ``newsgraph query --backend falkordb`` where no FalkorDB file is says so and creates nothing."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from newsgraph import queries
from newsgraph.api.app import create_app
from newsgraph.settings import Settings
from newsgraph.stores.oxigraph import OxigraphStore
from test_export import graph_records


def run(*args: str, env_extra: dict[str, str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture(scope="module")
def client():
    store = OxigraphStore(None, cache_size=0)
    store.write(graph_records())
    with TestClient(create_app(Settings(max_rows=2), store=store)) as c:
        yield c
    store.close()


@pytest.mark.parametrize(
    ("url", "needles"),
    [
        ("/statements?topc=aid", ["takes no parameter topc", "topic, speaker, since, until"]),
        ("/events?typ=attack", ["takes no parameter typ", "type, actor, place"]),
        ("/actors?name=macron", ["takes no parameter name", "q, type"]),
        ("/export/gexf?topics=aid", ["takes no parameter topics", "topic"]),
        ("/queries/search_statements?order=sideways", ["unknown order 'sideways'", "asc, desc"]),
        ("/queries/who_said_what?since=2022-12&until=2022-01", ["comes after until"]),
        ("/statements?since=2022-W50&until=2022-11", ["comes after until"]),
        ("/queries/events?since=2023&until=2022-12-31", ["comes after until"]),
        ("/queries/document", ["needs the parameter doc_id"]),
        ("/queries/document_statements", ["needs the parameter doc_id"]),
        ("/queries/document_actors", ["needs the parameter doc_id"]),
        ("/queries/actor_history", ["needs the parameter actor_id"]),
        ("/queries/actor_relations", ["needs the parameter actor_id"]),
        ("/queries/actor_names", ["needs the parameter q"]),
    ],
)
def test_the_api_refuses_with_a_422_that_says_why(client, url, needles):
    r = client.get(url)
    assert r.status_code == 422, r.text
    for needle in needles:
        assert needle in r.json()["detail"]


@pytest.mark.parametrize(
    "url",
    [
        "/statements?topic=negotiation&limit=1",
        "/events?type=&limit=1",
        "/actors?q=mac",
        "/queries/search_statements?order=DESC",
        "/queries/who_said_what?since=2022-11&until=2022-11",
        "/queries/document?doc_id=no-such-doc",
    ],
)
def test_what_a_route_takes_is_still_answered(client, url):
    assert client.get(url).status_code == 200


def test_a_page_cut_by_the_row_limit_says_that_more_exist():
    """A store whose row limit (2) is below the page's: two items, and the next page after them."""
    store = OxigraphStore(None, cache_size=0, max_rows=2)
    store.write(graph_records())
    with TestClient(create_app(Settings(max_rows=2), store=store)) as c:
        r = c.get("/statements", params={"limit": 10}).json()
        assert (len(r["items"]), r["next_offset"]) == (2, 2)
        last = c.get("/statements", params={"limit": 10, "offset": 2}).json()
        assert (len(last["items"]), last["next_offset"]) == (1, None)
    store.close()


@pytest.mark.parametrize(
    ("name", "params", "needle"),
    [
        ("search_statements", {"order": "newest"}, "known: asc, desc"),
        ("actor_network", {"since": "2022-11-15", "until": "2022-11-14"}, "comes after until"),
        ("document_times", {}, "needs the parameter doc_id"),
        ("document_events", {"doc_id": ""}, "needs the parameter doc_id"),
    ],
)
def test_the_catalog_refuses_for_every_backend(name, params, needle):
    with pytest.raises(queries.QueryError, match=needle):
        queries.get(name).check_params(params)


def test_every_document_and_actor_page_query_needs_its_id():
    for name, q in queries.catalog().items():
        if name == "document" or name.startswith("document_"):
            assert list(q.required) == ["doc_id"], name
        if name in ("actor", "actor_history", "actor_relations"):
            assert list(q.required) == ["actor_id"], name


def test_cli_query_on_falkordb_where_no_store_is_says_so_and_creates_nothing(tmp_path):
    where = tmp_path / "graphs" / "falkordb.db"
    # (before: an empty FalkorDB file was made there, and answered nothing)
    p = run(
        "query", "who_said_what", "--backend", "falkordb", env_extra={"NEWSGRAPH_FALKORDB__PATH": f"{where}"}
    )
    assert p.returncode != 0 and "Traceback" not in p.stderr
    assert "no FalkorDB store here" in p.stderr
    assert not where.parent.exists()
