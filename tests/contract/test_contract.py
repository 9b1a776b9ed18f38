"""One contract, every backend: the sample corpus built into each store answers every named query
with the same rows (same columns, same order) as the embedded Oxigraph reference.

Backends: oxigraph (embedded), sparql (an ``oxigraph serve`` on a loopback port), falkordb
(embedded falkordblite, started and stopped here) and neo4j (only when NEO4J_URI is set, with
NEO4J_USER, NEO4J_PASSWORD and optionally NEO4J_DATABASE; the database must be empty, or
NEO4J_ALLOW_WIPE=1 lets the suite empty it).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from newsgraph.queries import catalog
from newsgraph.stores import QueryRejected, Store
from newsgraph.stores.oxigraph import OxigraphStore
from servers import oxigraph_server

BACKENDS = ["oxigraph", "sparql", "falkordb", "neo4j"]

# Parameter sets per named query; a query not listed runs with no parameters and with GENERIC.
CASES: dict[str, list[dict[str, str]]] = {
    "who_said_what": [
        {},
        {"topic": "negotiation"},
        {"speaker": "zel"},
        {"since": "2022-11-11"},
        {"until": "2022-11"},
        {"topic": "military_action", "since": "2022-11-10", "until": "2022-11-14"},
        {"doc": "001_75a8bacb6ab80d84"},
        {"speaker": "no-such-speaker"},
    ],
    "statements_by_actor": [
        {"actor": "zelensk"},
        {"actor": "russ"},
        {"actor": "a", "since": "2022-11-12"},
        {"actor": "a", "since": "2022-W45", "until": "2022-11"},
    ],
    "actor_timeline": [
        {"actor": "russ"},
        {"actor": "zelensk"},
        {"actor": "a", "since": "2022-11-10"},
        {"actor": "e", "until": "2022-11-11"},
        {"actor": "o", "since": "2022-11", "until": "2022-W46"},
    ],
    "actor_network": [{}, {"topic": "negotiation"}, {"since": "2022-11-10"}, {"until": "2022-11-14"}],
    "events": [
        {},
        {"type": "withdraw"},
        {"actor": "russ"},
        {"place": "kherson"},
        {"since": "2022-11", "until": "2022-11-14"},
        {"place": "ukr", "actor": "a"},
    ],
    "events_at_place": [
        {"place": "kherson"},
        {"place": "a"},
        {"place": "u", "type": "capture"},
        {"place": "e", "since": "2022-11"},
        {"place": "a", "until": "2022-W45"},
    ],
    "search_actors": [
        {},
        {"q": "russ"},
        {"actor_type": "person"},
        {"q": "e", "actor_type": "Group"},
        {"q": "org-russie"},
    ],
    "actor": [{"actor_id": "org-russie"}, {"actor_id": "volodimir-zelenski"}, {"actor_id": "no-such-actor"}],
    "export_items": [
        {},
        {"topic": "negotiation"},
        {"actor": "russ"},
        {"place": "kherson"},
        {"since": "2022-11-12", "actor": "a"},
    ],
    "search_statements": [
        {},
        {"text": "négociation"},
        {"topic": "negotiation", "order": "desc"},
        {"speaker": "zel", "since": "2022-11"},
        {"outlet": "franceinfo"},
        {"order": "desc"},
        {"text": "KIEV", "until": "2022-11-12", "order": "desc"},
        {"text": "no-such-words"},
    ],
    "actor_relations": [
        {"actor_id": "org-russie"},
        {"actor_id": "volodimir-zelenski"},
        {"actor_id": "no-such-actor"},
    ],
    "actor_names": [{"q": "zel"}, {"q": "RUSS"}, {"q": "e"}, {"q": "no-such-name"}],
    "document": [{"doc_id": "001_75a8bacb6ab80d84"}, {"doc_id": "no-such-doc"}, {"doc_id": "bad id <x>"}],
    "actor_history": [
        {"actor_id": "org-russie"},
        {"actor_id": "volodimir-zelenski"},
        {"actor_id": "mark-milei"},
        {"actor_id": "no-such-actor"},
    ],
    "document_statements": [{"doc_id": "001_75a8bacb6ab80d84"}, {"doc_id": "003_5060f3cdf8b1d660"}],
    "document_events": [{"doc_id": "000_4e87affd88c956c9"}, {"doc_id": "002_43878cba7677e3bd"}],
    "document_times": [{"doc_id": "000_4e87affd88c956c9"}, {"doc_id": "004_d4ef2a59c3a9ac12"}],
    "document_actors": [{"doc_id": "001_75a8bacb6ab80d84"}, {"doc_id": "no-such-doc"}],
}
GENERIC = {
    "actor": "a",
    "actor_id": "org-russie",
    "place": "a",
    "q": "a",
    "topic": "negotiation",
    "speaker": "a",
    "type": "withdraw",
    "since": "2022-11",
    "until": "2022-12",
    "doc": "001_75a8bacb6ab80d84",
}


def cases() -> list[tuple[str, dict[str, str]]]:
    out = []
    for name, q in catalog().items():
        generic = {p: GENERIC[p] for p in q.params if p in GENERIC}
        for params in CASES.get(name) or ([{}, generic] if generic else [{}]):
            out.append((name, params))
    return out


def norm(value: Any) -> Any:
    """Compare values, not engine types: 2.0 == 2, booleans stay booleans, None stays None."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, float):
        return round(value, 9)
    return value


def rows(result) -> list[list[Any]]:
    return [[norm(v) for v in row] for row in result.rows]


# ---------------------------------------------------------------- opening each backend


def _neo4j() -> Store:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.skip(
            "NEO4J_URI is not set: no Neo4j server to run the contract against "
            "(set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to a throwaway database)"
        )
    from pydantic import SecretStr

    from newsgraph.settings import Neo4jSettings, Settings
    from newsgraph.stores.neo4j import Neo4jStore

    conf = Neo4jSettings(
        uri=uri,
        user=os.environ.get("NEO4J_USER", "neo4j"),
        password=SecretStr(os.environ.get("NEO4J_PASSWORD", "")),
        database=os.environ.get("NEO4J_DATABASE", "neo4j"),
    )
    store = Neo4jStore.from_settings(Settings(backend="neo4j", neo4j=conf))
    if store.node_count():
        if os.environ.get("NEO4J_ALLOW_WIPE") != "1":
            store.close()
            pytest.skip(
                "the Neo4j database is not empty; set NEO4J_ALLOW_WIPE=1 to let the contract suite empty it"
            )
        with store.driver.session(database=store.database) as session:
            session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    return store


@pytest.fixture(scope="module")
def reference(sample_records, tmp_path_factory) -> Iterator[OxigraphStore]:
    store = OxigraphStore(tmp_path_factory.mktemp("reference") / "store")
    store.write(sample_records)
    yield store
    store.close()


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, sample_records, tmp_path_factory) -> Iterator[Store]:
    """The sample corpus built into one backend."""
    backend = request.param
    tmp = tmp_path_factory.mktemp(backend)
    with ExitStack() as stack:
        if backend == "oxigraph":
            s: Store = OxigraphStore(tmp / "store")
        elif backend == "sparql":
            RemoteSparqlStore = pytest.importorskip("newsgraph.stores.sparql").RemoteSparqlStore
            base = stack.enter_context(oxigraph_server(tmp / "server"))
            s = RemoteSparqlStore(f"{base}/query", f"{base}/update", f"{base}/store")
        elif backend == "falkordb":
            from newsgraph.stores.falkordb import FalkorDBStore

            s = FalkorDBStore(FalkorDBStore._embedded(tmp / "falkordb.db"))
        else:
            s = _neo4j()
        try:
            s.write(sample_records)
            yield s
        finally:
            s.close()


def size(store: Store) -> tuple[int, ...]:
    """Nodes and relationships (Cypher) or triples (SPARQL)."""
    if store.language == "cypher":
        return (
            store.raw("MATCH (n) RETURN count(n)").rows[0][0],
            store.raw("MATCH ()-[r]->() RETURN count(r)").rows[0][0],
        )
    return (int(store.raw("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]),)


# ---------------------------------------------------------------- the contract


@pytest.mark.parametrize(
    ("name", "params"),
    cases(),
    ids=lambda v: v if isinstance(v, str) else ",".join(f"{k}={x}" for k, x in v.items()) or "-",
)
def test_named_query_answers_like_oxigraph(store, reference, name, params):
    expected = reference.query(name, params)
    got = store.query(name, params)
    assert got.columns == expected.columns == list(catalog()[name].columns)
    assert rows(got) == rows(expected)


def test_the_contract_is_not_empty(reference):
    """Most parameter sets select rows on the sample corpus (else the contract proves little)."""
    filtered = [(n, p) for n, p in cases() if p and not any(str(v).startswith("no-such") for v in p.values())]
    empty = [(n, p) for n, p in filtered if not reference.query(n, p).rows]
    assert len(empty) <= len(filtered) // 5, empty


@pytest.mark.parametrize(("limit", "offset"), [(3, 0), (3, 2), (1, 70), (5, 1000)])
def test_paging(store, reference, limit, offset):
    everything = rows(reference.query("who_said_what", {}))
    assert (
        rows(store.query("who_said_what", {}, limit=limit, offset=offset))
        == everything[offset : offset + limit]
    )


def test_writing_again_adds_nothing(store, sample_records):
    before = size(store)
    store.write(sample_records)
    store.write(sample_records[: len(sample_records) // 2])
    assert size(store) == before


def test_known_documents(store, sample_records):
    from newsgraph.model import Document

    hashes = {r.content_hash for r in sample_records if isinstance(r, Document)}
    assert store.known_documents(hashes | {"0" * 64}) == hashes
    assert store.known_documents(set()) == set()


def test_raw_queries_refuse_writes(store):
    before = size(store)
    write = (
        "CREATE (:Document {id: 'intruder'})"
        if store.language == "cypher"
        else "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    )
    with pytest.raises(QueryRejected):
        store.raw(write)
    with pytest.raises(QueryRejected):
        store.raw("MATCH (n) RETRN n" if store.language == "cypher" else "SELEC nothing")
    assert size(store) == before


# ---------------------------------------------------------------- the property-graph mapping


def test_mapping_names_come_from_the_ontology():
    """Every label is an ontology class, every relationship type an object property."""
    import pyoxigraph as ox

    from newsgraph import rdf
    from newsgraph.resources import resource_dir
    from newsgraph.stores import graph_mapping as gm

    graph = ox.Store()
    graph.load(path=str(resource_dir("ontology") / "newsgraph.ttl"), format=ox.RdfFormat.TURTLE)
    owl = "http://www.w3.org/2002/07/owl#"
    typ = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

    def local(kind: str) -> set[str]:
        return {
            q.subject.value.removeprefix(rdf.NG)
            for q in graph.quads_for_pattern(None, typ, ox.NamedNode(owl + kind))
            if q.subject.value.startswith(rdf.NG)
        }

    classes, properties = local("Class"), local("ObjectProperty")
    assert set(gm.NODE_LABELS) - {"Topic", "EventType"} <= classes  # topics and event types are SKOS concepts
    assert {prop for _, prop, _ in gm.RELATIONSHIPS} <= properties
    assert gm.rel_type("inDocument") == "IN_DOCUMENT" and gm.rel_type("reportOf") == "REPORT_OF"


def test_every_named_query_has_a_cypher_twin():
    for name, q in catalog().items():
        assert q.sparql and q.cypher, name
        from newsgraph.queries import _parse_header

        assert _parse_header(q.sparql) == _parse_header(q.cypher), name


def test_every_load_part_gets_its_rows():
    """LOAD_QUERY's parameters are exactly those load_params fills (an empty batch included)."""
    import re

    from newsgraph.stores import graph_mapping as gm

    assert set(re.findall(r"\$(\w+)", gm.LOAD_QUERY)) == set(gm.load_params([]))


def test_a_failing_batch_writes_nothing(store):
    """A batch is one transaction: a record the engine rejects (a null key) leaves no trace of the rest."""
    if store.language != "cypher":
        pytest.skip("the RDF stores write any IRI; nothing in a batch makes them fail")
    from newsgraph.model import ActorRef, Document, Evidence, Statement
    from newsgraph.stores import StoreError

    doc = Document(id="contract-failing-batch", text="Un texte qui ne sera jamais stocké.")
    bad = Statement(
        id="contract-bad-statement",
        doc=doc.id,
        speaker=ActorRef(id=None, name="?", type="person"),  # type: ignore[arg-type]
        content="rien",
        direct=True,
        cue="dit",
        evidence=Evidence(0, 10, "Un texte q"),
    )
    before = size(store)
    with pytest.raises(StoreError):
        store.write([doc, bad])
    assert size(store) == before
    assert store.known_documents({doc.content_hash}) == set()


def test_a_named_query_without_its_needed_parameter_is_refused(store):
    """Every backend refuses alike, naming the parameter, before running anything."""
    from newsgraph.queries import QueryError

    for name, q in catalog().items():
        for needed in q.required:
            with pytest.raises(QueryError, match=f"needs the parameter {needed}"):
                store.query(name, {})
