"""One document id names one text (issue 12, finding 7), on every backend.

Posting {"id": "x", "text": A} then {"id": "x", "text": B} used to merge both into one document
(two hashes, two titles, statements of both). Now a second text under a stored id is a conflict,
unless the caller asks to replace it: then A's statements, events, evidence and mentions go and
B's come, in one write.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from newsgraph import write
from newsgraph.model import (
    Actor,
    ActorRef,
    Document,
    Event,
    Evidence,
    Extraction,
    RoleRef,
    Statement,
    TimeMention,
    TimeValue,
)
from newsgraph.stores import Store
from servers import oxigraph_server

BACKENDS = ["oxigraph", "sparql", "falkordb", "neo4j"]


def version(doc_id: str, text: str, who: str, said: str, event: str) -> Extraction:
    """A hand-made extraction of one short article: an actor, a statement, an event, a time."""
    d = Document(id=doc_id, text=text, title=f"titre {who}", published=TimeValue("2022-03-04", "day"))
    slug = who.split()[0].lower()
    actor = Actor(doc=doc_id, id=f"a-{slug}", name=who, type="person")
    ref = ActorRef(id=actor.id, name=who, type="person")
    start = text.index(said)
    st = Statement(
        id=f"s-{doc_id}-{slug}",
        doc=doc_id,
        speaker=ref,
        content=said,
        direct=True,
        cue="dit",
        evidence=Evidence(start, start + len(said), said),
        date=TimeValue("2022-03-04", "day"),
    )
    at = text.index(event)
    ev = Event(
        id=f"r-{doc_id}-{slug}",
        doc=doc_id,
        type="attack",
        trigger=event,
        evidence=Evidence(at, at + len(event), event),
        actors=(RoleRef(id=actor.id, name=who, role="agent"),),
        event_id=f"e-{slug}",
    )
    tm = TimeMention(doc=doc_id, start=0, end=5, text=text[:5], value="2022-03-04", precision="day")
    return Extraction(d, [actor], [], [st], [ev], [tm])


TEXT_A = "Lundi, Alice Martin a dit « nous partirons demain ». Une attaque a eu lieu."
TEXT_B = "Mardi, Bruno Petit a dit « nous resterons ici ». Un bombardement a suivi."
A = version("same-id", TEXT_A, "Alice Martin", "nous partirons demain", "attaque")
B = version("same-id", TEXT_B, "Bruno Petit", "nous resterons ici", "bombardement")
OTHER = version(
    "other-doc", "Jeudi, Alice Martin a dit « rien ». Une attaque encore.", "Alice Martin", "rien", "attaque"
)


def _neo4j() -> Store:
    import os

    if not os.environ.get("NEO4J_URI"):
        pytest.skip("set NEO4J_URI (and NEO4J_PASSWORD) to run against Neo4j")
    from newsgraph.settings import Settings
    from newsgraph.stores.neo4j import Neo4jStore

    return Neo4jStore.from_settings(Settings(backend="neo4j"))


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> Iterator[Store]:
    with ExitStack() as stack:
        if request.param == "oxigraph":
            from newsgraph.stores.oxigraph import OxigraphStore

            s: Store = OxigraphStore(tmp_path / "store")
        elif request.param == "sparql":
            from newsgraph.stores.sparql import RemoteSparqlStore

            base = stack.enter_context(oxigraph_server(tmp_path / "server"))
            s = RemoteSparqlStore(f"{base}/query", f"{base}/update", f"{base}/store")
        elif request.param == "falkordb":
            from newsgraph.stores.falkordb import FalkorDBStore

            s = FalkorDBStore(FalkorDBStore._embedded(tmp_path / "falkordb.db"))
        else:
            s = _neo4j()
        try:
            yield s
        finally:
            s.close()


def contents(store: Store) -> list[str]:
    """What the store says about document same-id: its statements' contents, its hashes, titles,
    evidence texts, event triggers and time texts."""
    if store.language == "cypher":
        q = {
            "content": "MATCH (s:Statement)-[:IN_DOCUMENT]->(:Document {id: 'same-id'}) RETURN s.content",
            "sha256": "MATCH (d:Document {id: 'same-id'}) RETURN d.sha256",
            "title": "MATCH (d:Document {id: 'same-id'}) RETURN d.title",
            "evidence": "MATCH (e:Evidence)-[:IN_DOCUMENT]->(:Document {id: 'same-id'}) RETURN e.text",
            "trigger": "MATCH (r:EventReport)-[:IN_DOCUMENT]->(:Document {id: 'same-id'}) RETURN r.trigger",
            "mentioned": "MATCH (a:Actor)-[:MENTIONED_IN]->(:Document {id: 'same-id'}) RETURN a.id",
            "event": "MATCH (e:Event) RETURN e.id",
        }
    else:
        doc = "<https://newsgraph.org/id/document/same-id>"
        q = {
            "content": f"SELECT ?v WHERE {{ ?s a ng:Statement ; ng:inDocument {doc} ; ng:content ?v }}",
            "sha256": f"SELECT ?v WHERE {{ {doc} ng:sha256 ?v }}",
            "title": f"SELECT ?v WHERE {{ {doc} dcterms:title ?v }}",
            "evidence": f"SELECT ?v WHERE {{ ?e a ng:Evidence ; ng:inDocument {doc} ; ng:text ?v }}",
            "trigger": f"SELECT ?v WHERE {{ ?r ng:inDocument {doc} ; ng:trigger ?v }}",
            "mentioned": f"SELECT ?v WHERE {{ ?a ng:mentionedIn {doc} . "
            "BIND(STRAFTER(STR(?a), 'actor/') AS ?v) }",
            "event": "SELECT ?v WHERE { ?e a ng:Event . BIND(STRAFTER(STR(?e), 'event/') AS ?v) }",
        }
    return sorted(f"{k}={row[0]}" for k, text in q.items() for row in store.raw(text).rows)


def test_a_second_text_under_a_stored_id_is_a_conflict(store):
    store.write(A.records())
    t = write.triage([B.document], store)
    assert [d.id for d in t.conflicts] == ["same-id"] and not t.fresh
    again = write.triage([A.document], store)
    assert [d.id for d in again.known] == ["same-id"] and not again.conflicts
    assert store.stored_versions(["same-id", "absent"]) == {"same-id": {A.document.content_hash}}


def test_replace_forgets_the_old_version_in_one_write(store):
    store.write(OTHER.records())  # another document that shares actor Alice and event e-Alice Martin
    store.write(A.records())
    before_other = _other(store)
    t = write.triage([B.document], store, replace=True)
    assert t.fresh == [B.document] and t.replace == {"same-id"}
    store.write(B.records(), replace=t.replace)
    got = contents(store)
    assert got == sorted(
        [
            "content=nous resterons ici",
            f"sha256={B.document.content_hash}",
            "title=titre Bruno Petit",
            "evidence=nous resterons ici",
            "evidence=bombardement",
            "trigger=bombardement",
            "mentioned=a-bruno",
            "event=e-bruno",
            "event=e-alice",
        ]
    )
    assert _other(store) == before_other  # what another document holds stays


def _other(store: Store) -> int:
    if store.language == "cypher":
        text = "MATCH (x)-[:IN_DOCUMENT]->(:Document {id: 'other-doc'}) RETURN count(x)"
    else:
        text = (
            "SELECT (COUNT(*) AS ?n) WHERE { ?x ng:inDocument <https://newsgraph.org/id/document/other-doc> }"
        )
    return int(store.raw(text).rows[0][0])


def test_two_texts_under_one_id_in_one_run_are_a_conflict_even_with_replace(store):
    seen = write.Seen()
    first = write.triage([A.document], store, replace=True, seen=seen)
    second = write.triage([B.document], store, replace=True, seen=seen)
    assert first.fresh == [A.document] and [d.id for d in second.conflicts] == ["same-id"]
