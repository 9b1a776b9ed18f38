"""POST /documents: API key, idempotent ingestion, size limits and validation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.settings import Settings
from newsgraph.stores.oxigraph import OxigraphStore

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "seeds"

KEY = "k3y-for-tests-0123456789abcdef"
SEEDS = sorted(SAMPLES.glob("*.txt"))


def seed(i: int) -> dict[str, str]:
    return {"id": SEEDS[i].stem, "text": SEEDS[i].read_text(encoding="utf-8"), "published": "2022-11-10"}


@pytest.fixture(scope="module")
def service(tmp_path_factory, nlp):
    tmp = tmp_path_factory.mktemp("documents")
    settings = Settings(
        store_path=tmp / "store",
        registry_path=tmp / "registry.json",
        writes_enabled=True,
        api_key=KEY,
        max_document_bytes=20_000,
        max_batch_documents=4,
    )
    store = OxigraphStore(settings.store_path)
    with TestClient(create_app(settings, store=store)) as client:
        yield client, store, settings
    store.close()


@pytest.fixture(scope="module")
def client(service):
    return service[0]


AUTH = {"X-API-Key": KEY}


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 401),
        ({"X-API-Key": ""}, 401),
        ({"Authorization": "Basic " + KEY}, 401),
        ({"X-API-Key": "wrong-key-wrong-key-wrong"}, 403),
        ({"Authorization": "Bearer wrong-key-wrong-key"}, 403),
        ({"X-API-Key": KEY[:-1]}, 403),
        ({"X-API-Key": KEY + "x"}, 403),
    ],
)
def test_key_required(client, headers, status):
    r = client.post("/documents", json={"text": "Un texte."}, headers=headers)
    assert r.status_code == status
    assert r.json()["detail"]
    if status == 401:
        assert r.headers["www-authenticate"] == "Bearer"


def test_key_checked_before_the_body_is_read(client):
    r = client.post("/documents", content=b"{not json", headers={"Content-Type": "application/json"})
    assert r.status_code == 401


def test_writes_disabled_is_403(tmp_path, built_store):
    with TestClient(create_app(Settings(store_path=tmp_path / "s"), store=built_store)) as c:
        r = c.post("/documents", json={"text": "Un texte."}, headers=AUTH)
    assert r.status_code == 403 and "disabled" in r.json()["detail"]


def test_a_failed_write_leaves_store_and_registry_as_they_were(service, monkeypatch):
    """The store refuses the batch: 503, nothing stored, and the actor registry (in memory and on
    disk) forgets the names it had just learnt from it."""
    from newsgraph.resolve import Registry
    from newsgraph.stores import StoreError

    client, store, settings = service

    def variant(i: int) -> dict[str, str]:  # a text no other test posts
        return {**seed(i), "id": f"variant-{i}", "text": seed(i)["text"] + "\n\n(Version mise à jour.)"}

    assert client.post("/documents", json=variant(1), headers=AUTH).status_code == 200  # a registry already
    before_len, before_registry = len(store), client.app.state.writer.registry.to_json()

    def refuse(records):
        raise StoreError("disk full (simulated)")

    monkeypatch.setattr(store, "write", refuse)
    r = client.post("/documents", json=variant(3), headers=AUTH)
    assert r.status_code == 503 and "disk full" in r.json()["detail"]
    assert len(store) == before_len
    assert client.app.state.writer.registry.to_json() == before_registry
    assert Registry.load(settings.registry_file).to_json() == before_registry


def test_one_document_then_the_same_again_adds_nothing(service):
    client, store, settings = service
    before = len(store)
    r = client.post("/documents", json=seed(0), headers=AUTH)
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["added"] == 1 and report["skipped"] == 0 and report["documents"] == [SEEDS[0].stem]
    assert report["statements"] > 0 and report["actors"] > 0
    after = len(store)
    assert after > before
    from newsgraph.resolve import Registry

    on_disk = Registry.load(settings.registry_file)  # its journal, at least
    assert on_disk.entries and on_disk.to_json() == client.app.state.writer.registry.to_json()
    again = client.post("/documents", json=seed(0), headers={"Authorization": f"Bearer {KEY}"})
    assert again.status_code == 200
    assert again.json()["added"] == 0 and again.json()["skipped"] == 1
    assert again.json()["skipped_documents"] == [SEEDS[0].stem]
    assert len(store) == after
    said = client.get("/statements", params={"doc": SEEDS[0].stem, "limit": 100}).json()["items"]
    assert said and all(s["doc_id"] == SEEDS[0].stem for s in said)


def test_batch_with_repeats(service):
    client, store, _ = service
    body = {
        "documents": [
            seed(0),
            seed(1),
            {**seed(2), "id": None, "url": "https://example.org/a"},
            seed(1) | {"id": "copy"},
        ]
    }
    r = client.post("/documents", json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    report = r.json()
    assert report["added"] == 2 and report["skipped"] == 2
    assert (
        report["documents"][0] == SEEDS[1].stem and len(report["documents"][1]) == 16
    )  # stable id of the url
    assert set(report["skipped_documents"]) == {SEEDS[0].stem, "copy"}
    size = len(store)
    assert client.post("/documents", json=body, headers=AUTH).json()["added"] == 0
    assert len(store) == size


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"text": "é" * 10_001}, "max_document_bytes"),
        ({"documents": [{"text": f"Texte {i}."} for i in range(5)]}, "max_batch_documents"),
        ({"documents": [{"text": "Un."}, {"text": "x" * 20_001}]}, "document 1"),
    ],
)
def test_size_limits_are_413(client, body, needle):
    r = client.post("/documents", json=body, headers=AUTH)
    assert r.status_code == 413 and needle in r.json()["detail"]


def test_oversized_body_is_refused_before_it_is_parsed(client):
    r = client.post(
        "/documents", content=b"[" * 200_000, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert r.status_code == 413 and "request body over" in r.json()["detail"]

    def chunks():  # no Content-Length: the stream is cut at the limit
        for _ in range(100):
            yield b" " * 10_000

    r = client.post("/documents", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "   \n "}, "text"),
        ({"text": 42}, "text"),
        ({"text": "Un texte.", "published": "hier"}, "published"),
        ({"text": "Un texte.", "published": "2022-02-30"}, "published"),
        ({"text": "Un texte.", "id": "a b"}, "id"),
        ({"text": "Un texte.", "id": "x" * 300}, "id"),
        ({"text": "Un texte.", "colour": "red"}, "colour"),
        ({"text": "Un texte.", "title": "t" * 2000}, "title"),
        ({"documents": []}, "documents"),
        ({"documents": [{"text": "Un."}, {"title": "sans texte"}]}, "text"),
        ({"documents": [{"text": "Un.", "id": "a"}, {"text": "Deux.", "id": "a"}]}, "documents"),
        ({"documents": "nope"}, "documents"),
    ],
)
def test_validation_is_422_with_field_names(client, body, field):
    r = client.post("/documents", json=body, headers=AUTH)
    assert r.status_code == 422, r.text
    locs = [e["loc"] for e in r.json()["detail"]]
    assert any(field in map(str, loc) for loc in locs), locs


@pytest.mark.parametrize(
    ("raw", "field"),
    [(b'{"text": "\\ud800 seul"}', "text"), (b'{"text": "ok", "title": "\\udfff"}', "title")],
)
def test_lone_surrogates_are_422(client, raw, field):
    r = client.post("/documents", content=raw, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 422
    assert [e["loc"][-1] for e in r.json()["detail"]] == [field]


@pytest.mark.parametrize("raw", [b"", b"null", b"[]", b'"text"', b"\xff\xfe\x00", b'{"text": "a"'])
def test_malformed_bodies_are_4xx(client, raw):
    r = client.post("/documents", content=raw, headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code in (400, 422)  # 400: not text at all (FastAPI's answer)


@pytest.mark.parametrize("key", ["", "changeme", "secret", "short-key"])
def test_placeholder_key_refused(key):
    with pytest.raises(ValueError, match="NEWSGRAPH_API_KEY"):
        Settings(writes_enabled=True, api_key=key)


def test_serve_refuses_to_start_with_a_placeholder_key(tmp_path):
    env = {**os.environ, "NEWSGRAPH_WRITES_ENABLED": "true", "NEWSGRAPH_API_KEY": "changeme"}
    cmd = [sys.executable, "-m", "newsgraph.cli", "serve", "--port", "1", "--store", str(tmp_path / "s")]
    p = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert p.returncode == 2
    assert "NEWSGRAPH_API_KEY" in p.stderr and "Traceback" not in p.stderr
    assert not (tmp_path / "s").exists()  # nothing opened


def test_serve_does_not_echo_the_key(tmp_path):
    secret = "my-own-key-15ch"  # too short: refused, and must not be printed
    env = {**os.environ, "NEWSGRAPH_WRITES_ENABLED": "true", "NEWSGRAPH_API_KEY": secret}
    cmd = [sys.executable, "-m", "newsgraph.cli", "serve", "--port", "1", "--store", str(tmp_path / "s")]
    p = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert p.returncode == 2 and secret not in p.stderr + p.stdout


def test_openapi_documents_the_write_route(client):
    spec = client.get("/openapi.json").json()
    op = spec["paths"]["/documents"]["post"]
    assert {"200", "401", "403", "413", "422"} <= set(op["responses"])
    assert op["security"]
    assert json.dumps(spec).count("X-API-Key") >= 1


def test_a_second_text_under_a_known_id_is_409_unless_replaced(service):
    """Issue 12, finding 7: one id, two texts used to merge into one document."""
    client, store, _ = service
    first = {
        "id": "one-id",
        "text": "Lundi, Alice Martin a déclaré : « Nous partirons demain. »",
        "title": "A",
    }
    second = {"id": "one-id", "text": "Mardi, Bruno Petit a affirmé : « Nous resterons ici. »", "title": "B"}
    assert client.post("/documents", json=first, headers=AUTH).json()["added"] == 1
    size = len(store)
    r = client.post("/documents", json=second, headers=AUTH)
    assert r.status_code == 409 and "replace=true" in r.json()["detail"]
    assert len(store) == size
    r = client.post("/documents", json=second, params={"replace": "true"}, headers=AUTH)
    assert r.status_code == 200 and r.json()["replaced"] == ["one-id"] and r.json()["added"] == 1
    said = client.get("/statements", params={"doc": "one-id", "limit": 100}).json()["items"]
    assert said and all("resterons" in s["content"] for s in said)
    hashes = store.raw(
        "SELECT ?h ?t WHERE { <https://newsgraph.org/id/document/one-id> ng:sha256 ?h ; dcterms:title ?t }"
    ).rows
    assert len(hashes) == 1 and hashes[0][1] == "B"
    assert client.post("/documents", json=second, headers=AUTH).json()["skipped"] == 1  # same text: skipped


@pytest.mark.parametrize(
    "headers", [{"X-API-Key": f"  {KEY} "}, {"X-API-Key": f"{KEY}\t"}, {"Authorization": f"Bearer {KEY}  "}]
)
def test_a_key_with_surrounding_spaces_is_the_key(client, headers):
    r = client.post("/documents", json={"id": "spaces", "text": "Un texte court."}, headers=headers)
    assert r.status_code == 200, r.text
