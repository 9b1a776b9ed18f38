"""The embedded Oxigraph store: idempotent writes, named queries, read-only raw queries."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.dates import interval
from newsgraph.queries import QueryError, bind_sparql, catalog
from newsgraph.stores import QueryRejected
from newsgraph.stores.oxigraph import OxigraphStore


def test_writing_twice_adds_nothing(sample_records, tmp_path):
    store = OxigraphStore(tmp_path / "s")
    store.write(sample_records)
    n = len(store)
    store.write(sample_records)
    assert len(store) == n > 0
    store.close()


def test_bulk_and_transactional_writes_store_the_same_triples(sample_records, tmp_path):
    """A batch big enough takes the bulk path; the store holds exactly what a transaction writes,
    and rewriting through the other path adds nothing."""
    from newsgraph import rdf

    n = len(set(rdf.triples(sample_records)))
    assert n > OxigraphStore.BULK_MIN, "the sample is too small to take the bulk path"

    def contents(bulk_first: bool, name: str) -> set[tuple]:
        store = OxigraphStore(tmp_path / name)
        for bulk in (bulk_first, not bulk_first):
            store.BULK_MIN = OxigraphStore.BULK_MIN if bulk else n + 1  # type: ignore[misc]
            store.write(sample_records)
            assert len(store) == n
        store.close()
        reopened = OxigraphStore(tmp_path / name)
        quads = {(q.subject, q.predicate, q.object) for q in reopened.store}
        reopened.close()
        return quads

    assert contents(True, "bulk") == contents(False, "transaction")


def test_known_documents(built_store, sample_extractions):
    hashes = {x.document.content_hash for x in sample_extractions}
    assert built_store.known_documents(hashes | {"0" * 64}) == hashes


@pytest.mark.parametrize("name", sorted(catalog()))
def test_every_named_query_runs(built_store, name):
    q = catalog()[name]
    assert q.columns and q.description
    values = {"actor": "zelensk", "actor_id": "x", "place": "kherson", "q": "zel", "doc_id": "x"}
    result = built_store.query(name, {p: values[p] for p in q.required})
    assert result.columns == list(q.columns)


def test_who_said_what_filters(built_store):
    rows = built_store.query("who_said_what", {}).dicts()
    assert rows, "the sample corpus has statements"
    neg = built_store.query("who_said_what", {"topic": "negotiation"}).dicts()
    assert 0 < len(neg) <= len(rows)
    late = built_store.query("who_said_what", {"since": "2022-11-11"}).dicts()
    # a date is an interval: a month or a week that ends on or after the 11th is kept
    assert late and all(interval(r["date"])[1] >= date(2022, 11, 11) for r in late)  # type: ignore[index]
    doc = built_store.query("who_said_what", {"doc": "001_75a8bacb6ab80d84"}).dicts()
    assert doc and all(r["doc_id"] == "001_75a8bacb6ab80d84" for r in doc)


@pytest.mark.parametrize(
    "params", [{}, {"topic": "negotiation"}, {"speaker": "zelensk"}, {"doc": "001_75a8bacb6ab80d84"}]
)
def test_paging(built_store, params):
    everything = built_store.query("who_said_what", params).rows
    assert len(everything) > 3
    for limit, offset in ((2, 1), (3, 0), (len(everything), 2), (5, len(everything) - 2)):
        page = built_store.query("who_said_what", params, limit=limit, offset=offset).rows
        assert page == everything[offset : offset + limit]


def test_marks_place_the_parameters_and_the_page():
    text = (
        "SELECT * WHERE {\n  { SELECT ?s WHERE {\n    # @params\n"
        "    ?s ?p ?o } ORDER BY ?s\n    # @page\n  }\n}"
    )
    bound = bind_sparql(text, {"topic": "x"}, limit=5, offset=10)
    inner = bound.index("SELECT ?s WHERE")
    assert bound.index('VALUES (?topic) { ("x") }') > inner
    assert bound.index("LIMIT 5") < bound.rindex("}") and "OFFSET 10" in bound
    assert "@params" not in bound and "@page" not in bound
    plain = bind_sparql("SELECT * WHERE { ?s ?p ?o }", {"topic": "x"}, limit=5)
    assert plain.index("VALUES") < plain.index("?s ?p ?o") and plain.rstrip().endswith("LIMIT 5")


def test_unknown_query_and_parameter():
    with pytest.raises(QueryError, match="no named query"):
        from newsgraph.queries import get

        get("drop_everything")
    with pytest.raises(QueryError, match="takes no parameter"):
        catalog()["who_said_what"].check_params({"colour": "red"})


def test_parameters_cannot_inject():
    text = bind_sparql("SELECT * WHERE { ?s ?p ?o }", {"topic": 'x" } ; DROP ALL ; #'})
    assert '"x\\" } ; DROP ALL ; #"' in text


def test_raw_rejects_updates_and_syntax_errors(built_store):
    n = len(built_store)
    with pytest.raises(QueryRejected):
        built_store.raw("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(QueryRejected):
        built_store.raw("SELEC nothing")
    assert len(built_store) == n


def test_row_limit(sample_records, tmp_path):
    store = OxigraphStore(tmp_path / "s", max_rows=3)
    store.write(sample_records)
    result = store.raw("SELECT * WHERE { ?s ?p ?o }")
    assert len(result.rows) == 3 and result.truncated
    store.close()


def test_result_cache_is_emptied_by_every_write(sample_records, tmp_path):
    """A cached answer is the store's answer: the same rows while nothing is written, new rows
    as soon as a write adds some, and a caller's changes to its rows never reach the cache."""
    docs = sorted({r.doc for r in sample_records if hasattr(r, "doc")})
    first = [r for r in sample_records if getattr(r, "doc", None) == docs[0] or not hasattr(r, "doc")]
    store = OxigraphStore(tmp_path / "s", cache_size=8)
    store.write(first)
    # (document_statements runs in the store; who_said_what is answered from the derived tables)
    for name, params in (("document_statements", {"doc_id": docs[0]}), ("who_said_what", {})):
        before = store.query(name, params)
        assert before.rows
        before.rows[0][0] = "changed by the caller"
        again = store.query(name, params)
        assert again.rows[0][0] != "changed by the caller"
    assert store._cache, "a small result is kept"
    store.write(sample_records)
    assert not store._cache
    after = store.query("who_said_what", {})
    assert len(after.rows) > len(again.rows)
    off = OxigraphStore(None, cache_size=0)
    off.write(first)
    off.query("who_said_what", {})
    assert not off._cache
    store.close()
    off.close()
