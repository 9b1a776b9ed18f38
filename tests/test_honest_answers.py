"""Honest answers: a question that cannot match anything is refused with the known values, never
answered with an empty 200; ``truncated`` says when more rows exist; a store that is not there is
not created empty by a read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph import queries
from newsgraph.api.app import create_app
from newsgraph.settings import Settings
from newsgraph.stores.oxigraph import OxigraphStore
from test_export import graph_records


@pytest.fixture(scope="module")
def store():
    s = OxigraphStore(None, cache_size=0)
    s.write(graph_records())
    yield s
    s.close()


@pytest.fixture(scope="module")
def client(store):
    with TestClient(create_app(Settings(max_rows=2), store=store)) as c:
        yield c


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, env=env, timeout=120
    )


# ---------------------------------------------------------------- the catalog checks values


@pytest.mark.parametrize(
    ("name", "params", "needles"),
    [
        ("who_said_what", {"topic": "peace"}, ["unknown topic 'peace'", "negotiation", "nuclear_threat"]),
        ("events", {"type": "teleportation"}, ["unknown type 'teleportation'", "withdraw", "attack"]),
        (
            "search_actors",
            {"actor_type": "robot"},
            ["unknown actor_type 'robot'", "Person", "AnonymousActor"],
        ),
        ("who_said_what", {"colour": "red"}, ["takes no parameter colour", "topic, speaker"]),
        ("who_said_what", {"since": "nov"}, ["since='nov' is not a date"]),
        ("actor_network", {"until": "2022-02-30"}, ["until='2022-02-30' is not a date"]),
        ("statements_by_actor", {}, ["needs the parameter actor"]),
        ("actor_timeline", {"since": "2022"}, ["needs the parameter actor"]),
        ("events_at_place", {}, ["needs the parameter place"]),
        ("actor", {}, ["needs the parameter actor_id"]),
    ],
)
def test_check_params_refuses_what_cannot_match(name, params, needles):
    with pytest.raises(queries.QueryError) as info:
        queries.get(name).check_params(params)
    for needle in needles:
        assert needle in str(info.value)


def test_check_params_takes_known_values_in_any_case_and_dates_as_intervals():
    from datetime import date

    bound = queries.get("who_said_what").check_params(
        {"topic": "Negotiation", "since": "2022-W48", "until": "2022-11"}
    )
    assert bound == {"topic": "negotiation", "since": date(2022, 11, 28), "until": date(2022, 11, 30)}
    assert queries.get("search_actors").check_params({"actor_type": "person"}) == {"actor_type": "Person"}


def test_every_queries_parameter_has_a_meaning():
    for q in queries.catalog().values():
        assert set(q.required) <= set(q.params), q.name
        for p in q.params:
            assert p in queries.PARAM_HELP, (q.name, p)


# ---------------------------------------------------------------- the API


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("/statements?topic=peace", "known: aid, casualties"),
        ("/events?type=teleportation", "unknown type"),
        ("/actors?type=robot", "known: Person"),
        ("/queries/who_said_what?topic=peace", "known: aid"),
        ("/queries/who_said_what?colour=red", "takes no parameter colour"),
        ("/queries/who_said_what?since=nov", "since='nov' is not a date"),
        ("/queries/actor_network?until=2022-13", "is not a date"),
        ("/queries/statements_by_actor", "needs the parameter actor"),
    ],
)
def test_api_refuses_with_422_naming_the_known_values(client, url, needle):
    r = client.get(url)
    assert r.status_code == 422, r.text
    assert needle in r.json()["detail"]


def test_truncated_whenever_more_rows_exist(client, store):
    every = store.query("who_said_what", {}).rows
    assert len(every) == 3
    r = client.get("/queries/who_said_what", params={"limit": 1}).json()
    assert (len(r["rows"]), r["truncated"]) == (1, True)
    r = client.get("/queries/who_said_what", params={"limit": 2, "offset": 1}).json()
    assert (len(r["rows"]), r["truncated"]) == (2, False)
    r = client.get("/queries/who_said_what", params={"limit": 3}).json()  # capped by max_rows=2
    assert (len(r["rows"]), r["truncated"]) == (2, True)


def test_an_empty_parameter_is_unset_and_documented_so(client):
    """``type=`` (a form left at "every type") answers as without it, and the OpenAPI document
    says the empty value is allowed, for the closed sets of values as for the dates."""
    assert client.get("/queries/who_said_what", params={"topic": ""}).json() == (
        client.get("/queries/who_said_what").json()
    )
    params = client.get("/openapi.json").json()["paths"]["/queries/who_said_what"]["get"]["parameters"]
    topic = next(p for p in params if p["name"] == "topic")
    assert "" in topic["schema"]["enum"] and "negotiation" in topic["schema"]["enum"]


def test_query_list_says_what_is_required(client):
    listed = {q["name"]: q for q in client.get("/queries").json()}
    assert listed["actor_timeline"]["required"] == ["actor"]
    assert listed["who_said_what"]["required"] == []


# ---------------------------------------------------------------- the command line


def test_cli_refuses_unknown_topic_and_bad_since(tmp_path):
    for args, needle in ((["-p", "topic=peace"], "known: aid"), (["-p", "since=nov"], "is not a date")):
        p = run("query", "who_said_what", "--store", str(tmp_path / "s"), *args)
        assert p.returncode != 0 and "Traceback" not in p.stderr
        assert needle in p.stderr, p.stderr
    assert not (tmp_path / "s").exists()


def test_cli_query_on_a_folder_without_a_store_says_so_and_creates_nothing(tmp_path):
    empty = tmp_path / "nothing"
    empty.mkdir()
    p = run("query", "who_said_what", "--store", str(empty))
    assert p.returncode != 0 and "Traceback" not in p.stderr
    assert "no newsgraph store here" in p.stderr
    assert list(empty.iterdir()) == []
    p = run("query", "who_said_what", "--store", str(tmp_path / "absent"))
    assert "no newsgraph store here" in p.stderr and not (tmp_path / "absent").exists()


def test_cli_build_of_a_folder_without_articles_fails(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "notes.md").write_text("nothing to read", encoding="utf-8")
    p = run("build", str(folder), "--store", str(tmp_path / "store"), "--no-progress")
    assert p.returncode != 0 and "Traceback" not in p.stderr
    assert "no article here" in p.stderr and "nothing to build" in p.stderr
    assert not (tmp_path / "store").exists()


def test_cli_version_and_short_help():
    p = run("--version")
    assert p.returncode == 0 and p.stdout.startswith("newsgraph ")
    p = run("query", "-h")
    assert p.returncode == 0 and "--wide" in p.stdout and "default" in p.stdout.lower()


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "store"
    s = OxigraphStore(path)
    s.write(graph_records())
    s.close()
    return path


def test_cli_table_fits_100_columns_with_date_speaker_said_published(disk_store):
    p = run("query", "who_said_what", "--store", str(disk_store), "--limit", "2")
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    header = next(line for line in lines if "speaker" in line)
    assert all(h in header for h in ("date", "speaker", "said", "published"))
    assert "Le Monde — Négociations" in p.stdout
    assert "2 rows (more exist" in p.stderr


def test_cli_wide_shows_every_column(disk_store):
    p = run("query", "who_said_what", "--store", str(disk_store), "--wide")
    assert p.returncode == 0, p.stderr
    assert "speaker_id" in p.stdout and "evidence" in p.stdout
    assert "Macron a dit « il faut négocier avec Poutine »." in p.stdout
    assert "3 rows" in p.stderr and "more exist" not in p.stderr


# ---------------------------------------------------------------- the API document


def test_docs_and_redoc_need_no_cdn(client):
    import re

    for page in ("/docs", "/redoc"):
        html = client.get(page)
        assert html.status_code == 200
        urls = re.findall(r"""(?:src|href)=["']([^"']+)["']|url: ?["']([^"']+)["']""", html.text)
        used = [u for pair in urls for u in pair if u]
        assert used and not [u for u in used if u.startswith(("http:", "https:", "//"))], used
        for asset in (u for u in used if u.startswith("/static")):
            assert client.get(asset).status_code == 200, asset


def test_every_parameter_of_every_route_is_described(client):
    doc = client.get("/openapi.json").json()
    undescribed = [
        (path, method, p["name"])
        for path, item in doc["paths"].items()
        for method, op in item.items()
        for p in op.get("parameters", [])
        if not p.get("description")
    ]
    assert not undescribed


def test_each_named_query_documents_its_own_parameters(client):
    paths = client.get("/openapi.json").json()["paths"]
    for q in queries.catalog().values():
        params = {p["name"]: p for p in paths[f"/queries/{q.name}"]["get"]["parameters"]}
        assert set(q.params) | {"limit", "offset"} == set(params), q.name
        assert all(params[p]["required"] == (p in q.required) for p in q.params), q.name
    topic = {p["name"]: p for p in paths["/queries/who_said_what"]["get"]["parameters"]}["topic"]
    assert "negotiation" in topic["schema"]["enum"] and topic["description"]


def test_a_named_query_route_answers_like_the_generic_one(client):
    a = client.get("/queries/who_said_what", params={"topic": "negotiation"}).json()
    assert a["rows"] and a["columns"][0] == "date"
    assert client.get("/queries/actor_timeline").status_code == 422
