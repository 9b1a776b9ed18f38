"""The store format marker (stores/format.py): every write records the format, and a store built
by an older newsgraph (no marker, or a lower one) or a newer one says so instead of answering
wrongly; an empty new store is fine. Records are written by hand (no model needed)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from newsgraph.model import Actor, Document
from newsgraph.settings import Settings
from newsgraph.stores import StoreError, open_store
from newsgraph.stores import format as sf
from newsgraph.stores import graph_mapping as gm
from newsgraph.stores.format import State, StoredFormat, StoreFormatError
from newsgraph.stores.oxigraph import OxigraphStore
from newsgraph.stores.oxigraph_format import marker_quad

ROOT = Path(__file__).resolve().parents[1]


def records(doc: str = "d1") -> list:
    text = f"Le ministre {doc} a déclaré mardi que la réforme serait votée."
    return [
        Document(doc, text, title="Réforme"),
        Actor(doc, "person:jean-martin", "Jean Martin", "Person", identified=True),
    ]


def store_at(path: Path, version: int | None, documents: bool = True) -> Path:
    """A store on disk holding a document (or none) under the marker ``version`` (None: none,
    as a store built before the marker)."""
    s = OxigraphStore(path)
    if documents:
        s.write(records())
    s.store.remove(marker_quad())
    if version is not None:
        s.store.add(marker_quad(version))
    s.close()
    return path


# ---------------------------------------------------------------- the states


@pytest.mark.parametrize(
    ("version", "documents", "state"),
    [
        (None, False, State.EMPTY),
        (None, True, State.OLDER),
        (0, True, State.OLDER),
        (sf.FORMAT_VERSION, True, State.CURRENT),
        (sf.FORMAT_VERSION, False, State.CURRENT),
        (sf.FORMAT_VERSION + 1, True, State.NEWER),
        (sf.FORMAT_VERSION + 1, False, State.NEWER),
    ],
)
def test_states(version, documents, state):
    assert StoredFormat(version, documents).state is state


@pytest.mark.parametrize(
    ("stored", "strict", "outcome"),
    [
        (StoredFormat(sf.FORMAT_VERSION, True), True, None),
        (StoredFormat(None, False), True, None),
        (StoredFormat(None, True), False, "warning"),
        (StoredFormat(None, True), True, "error"),
        (StoredFormat(sf.FORMAT_VERSION + 1, True), False, "error"),
        (StoredFormat(sf.FORMAT_VERSION + 1, True), True, "error"),
    ],
)
def test_check(stored, strict, outcome):
    if outcome == "error":
        with pytest.raises(StoreFormatError, match="the store at here was built by a"):
            sf.check(stored, "here", strict=strict)
    elif outcome == "warning":
        assert "rebuild it" in (sf.check(stored, "here", strict=strict) or "")
    else:
        assert sf.check(stored, "here", strict=strict) is None


# ---------------------------------------------------------------- the embedded Oxigraph store


def test_a_write_marks_a_new_store_outside_the_default_graph(tmp_path):
    s = OxigraphStore(tmp_path / "s")
    assert s.stored_format() == StoredFormat(None, False)
    s.write(records())
    assert s.stored_format() == StoredFormat(sf.FORMAT_VERSION, True)
    pred = ox.NamedNode(sf.FORMAT_PREDICATE)
    assert not list(s.store.quads_for_pattern(None, pred, None, ox.DefaultGraph()))
    seen = s.raw(f"SELECT ?o WHERE {{ ?s <{sf.FORMAT_PREDICATE}> ?o }}").rows
    assert seen == []  # queries do not see it
    s.write(records("d2"))
    assert len(list(s.store.quads_for_pattern(None, pred, None, None))) == 1
    s.close()
    again = OxigraphStore(tmp_path / "s", read_only=True)
    assert again.stored_format().state is State.CURRENT
    again.close()


@pytest.mark.parametrize("bulk", [True, False])
def test_every_write_path_marks(tmp_path, bulk):
    """A transaction, the bulk loader and the replace path (one SPARQL Update) all mark."""
    s = OxigraphStore(tmp_path / "s")
    s.BULK_MIN = 1 if bulk else 10**9  # type: ignore[misc]
    s.write(records())
    assert s.stored_format().state is State.CURRENT
    r = OxigraphStore(tmp_path / "r")
    r.write(records(), replace={"d1"})
    assert r.stored_format() == StoredFormat(sf.FORMAT_VERSION, True)
    s.close()
    r.close()


@pytest.mark.parametrize("version", [None, 0, sf.FORMAT_VERSION + 1])
def test_a_store_in_another_format_refuses_writes(tmp_path, version):
    path = store_at(tmp_path / "s", version)
    s = OxigraphStore(path)
    before = len(s)
    with pytest.raises(StoreFormatError, match=r"rebuild it|upgrade newsgraph"):
        s.write(records("d2"))
    assert len(s) == before
    s.close()
    settings = Settings(store_path=path)
    with pytest.raises(StoreError, match=re.escape(str(path))):
        open_store(settings)  # build, the service: opened for writing
    open_store(settings, read_only=True).close()  # a reader decides itself


def test_an_empty_store_without_marker_is_fine(tmp_path):
    path = store_at(tmp_path / "s", None, documents=False)
    s = open_store(Settings(store_path=path))
    s.write(records())
    assert s.stored_format() == StoredFormat(sf.FORMAT_VERSION, True)  # type: ignore[attr-defined]
    s.close()


# ---------------------------------------------------------------- Cypher stores (the text only)


def test_the_cypher_load_statement_merges_the_marker_node():
    assert sf.CYPHER_MARK in gm.LOAD_QUERY
    assert gm.load_params([])["store_format"] == sf.FORMAT_VERSION
    assert sf.from_cypher([], False).state is State.EMPTY
    assert sf.from_cypher([], True).state is State.OLDER
    assert sf.from_cypher([sf.FORMAT_VERSION], True).state is State.CURRENT
    assert sf.from_cypher([sf.FORMAT_VERSION + 1], False).state is State.NEWER


@pytest.mark.parametrize(
    ("formats", "documents", "state"),
    [
        ([], [], State.EMPTY),
        ([], [["d1"]], State.OLDER),
        ([[1]], [["d1"]], State.CURRENT),
        ([[9]], [], State.NEWER),
    ],
)
def test_a_cypher_store_reads_its_marker_node(formats, documents, state):
    from newsgraph.stores import QueryResult

    class Canned(gm.CypherReads):
        def raw(self, text, params=None):
            rows = {sf.CYPHER_FORMAT: formats, sf.CYPHER_DOCUMENT: documents}[text]
            return QueryResult(["x"], rows)

    assert Canned().stored_format().state is state


def test_every_named_query_reading_the_format_data_is_refused_on_older_stores():
    from newsgraph.queries import catalog

    reading = {
        name
        for name, q in catalog().items()
        if re.search(r"identified|dyadic", (q.sparql or "") + (q.cypher or ""))
    }
    assert reading and reading <= sf.NEEDS_CURRENT


# ---------------------------------------------------------------- the commands


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run(
        [sys.executable, "-m", "newsgraph", *args], capture_output=True, text=True, env=env, timeout=300
    )


@pytest.fixture(scope="module")
def stores(tmp_path_factory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("formats")
    return {
        "older": store_at(base / "older", None),
        "newer": store_at(base / "newer", sf.FORMAT_VERSION + 1),
        "current": store_at(base / "current", sf.FORMAT_VERSION),
        "empty": store_at(base / "empty", None, documents=False),
    }


# (store, command, outcome): error (exit 2, message), warning (exit 0, message), ok (exit 0, none)
COMMANDS = [
    ("older", ["query", "actor_network"], "error"),
    ("older", ["query", "who_said_what"], "warning"),
    ("older", ["export", "-f", "gexf"], "error"),
    ("older", ["export", "-f", "nquads"], "warning"),
    ("older", ["build", "ARTICLES", "--no-progress"], "error"),
    ("older", ["serve", "--port", "1"], "error"),
    ("newer", ["query", "who_said_what"], "error"),
    ("newer", ["export", "-f", "nquads"], "error"),
    ("current", ["query", "actor_network"], "ok"),
    ("current", ["export", "-f", "nquads"], "ok"),
    ("empty", ["query", "actor_network"], "ok"),
]


@pytest.mark.parametrize(("which", "command", "outcome"), COMMANDS)
def test_commands(stores, tmp_path, which, command, outcome):
    articles = tmp_path / "a.jsonl"
    articles.write_text('{"id": "x", "description": "Le maire a parlé."}\n', encoding="utf-8")
    args = [str(articles) if a == "ARTICLES" else a for a in command]
    if command[0] == "export":
        args += ["-o", str(tmp_path / "out")]
    p = run(*args, "--store", str(stores[which]))
    assert "Traceback" not in p.stderr
    if outcome == "ok":
        assert p.returncode == 0, p.stderr
        assert "newsgraph: warning" not in p.stderr
        return
    said = "older newsgraph" if which == "older" else "newer newsgraph"
    assert said in p.stderr and str(stores[which]) in p.stderr, p.stderr
    if outcome == "error":
        assert p.returncode == 2 and "error:" in p.stderr
        assert ("rebuild it" if which == "older" else "upgrade newsgraph") in p.stderr
    else:
        assert p.returncode == 0 and "newsgraph: warning" in p.stderr, p.stderr


def test_the_rdf_dump_does_not_carry_the_marker(stores, tmp_path):
    out = tmp_path / "dump.nq"
    p = run("export", "-f", "nquads", "-o", str(out), "--store", str(stores["current"]))
    assert p.returncode == 0, p.stderr
    text = out.read_text(encoding="utf-8")
    assert "document/d1" in text and "storeFormat" not in text
