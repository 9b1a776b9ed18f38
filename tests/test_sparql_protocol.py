"""/sparql speaks the SPARQL 1.1 Protocol: real clients (SPARQLWrapper, rdflib's SPARQLStore)
against the app served by uvicorn on a free loopback port, plus the content negotiation table."""

from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time

import httpx
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, SPARQLWrapperException

from test_export import assert_isomorphic, graph_records

pytestmark = pytest.mark.server

NG = "https://newsgraph.org/ontology#"
PLACES = "PREFIX ng: <https://newsgraph.org/ontology#> SELECT ?p WHERE { ?p a ng:Place } ORDER BY ?p"
KHERSON = "https://newsgraph.org/id/place/p-kherson"
DNIPRO = "https://newsgraph.org/id/place/p-dnipro"
CONSTRUCT = (
    "PREFIX ng: <https://newsgraph.org/ontology#> CONSTRUCT WHERE { ?s a ng:Statement ; ng:content ?c }"
)


@pytest.fixture(scope="module")
def store():
    from newsgraph.stores.oxigraph import OxigraphStore

    s = OxigraphStore(None)
    s.write(graph_records())
    yield s
    s.close()


@pytest.fixture(scope="module")
def endpoint(store):
    """The app under uvicorn in a thread on a free loopback port; yields the /sparql URL."""
    import uvicorn

    from newsgraph.api.app import create_app
    from newsgraph.settings import Settings

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(Settings(), store=store),
            host="127.0.0.1",
            port=port,
            log_level="warning",
            lifespan="on",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}/sparql"
    server.should_exit = True
    thread.join(timeout=10)


def wrapper(endpoint: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    w = SPARQLWrapper(endpoint)
    w.setQuery(query)
    w.setReturnFormat(fmt)
    if method == "POST":
        w.setMethod(POST)
    elif method == "POSTDIRECTLY":
        w.setMethod(POST)
        w.setRequestMethod(POSTDIRECTLY)
    return w


# ---------------------------------------------------------------- SPARQLWrapper


@pytest.mark.parametrize("method", ["GET", "POST", "POSTDIRECTLY"])
def test_sparqlwrapper_select_json(endpoint, method):
    result = wrapper(endpoint, PLACES, JSON, method).queryAndConvert()
    assert [b["p"]["value"] for b in result["results"]["bindings"]] == [DNIPRO, KHERSON]


def test_sparqlwrapper_select_xml(endpoint):
    doc = wrapper(endpoint, PLACES, XML).queryAndConvert()  # an xml.dom document
    uris = [n.firstChild.data for n in doc.getElementsByTagName("uri")]
    assert uris == [DNIPRO, KHERSON]


@pytest.mark.parametrize(("fmt", "delimiter"), [(CSV, ","), (TSV, "\t")])
def test_sparqlwrapper_select_csv_tsv(endpoint, fmt, delimiter):
    text = wrapper(endpoint, PLACES, fmt).queryAndConvert().decode("utf-8")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    assert rows[0] == (["p"] if fmt == CSV else ["?p"])
    assert [r[0] for r in rows[1:]] == ([DNIPRO, KHERSON] if fmt == CSV else [f"<{DNIPRO}>", f"<{KHERSON}>"])


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_ask(endpoint, method):
    assert (
        wrapper(endpoint, f"ASK {{ <{KHERSON}> a <{NG}Place> }}", JSON, method).queryAndConvert()["boolean"]
        is True
    )
    assert (
        wrapper(endpoint, f"ASK {{ <{KHERSON}> a <{NG}Actor> }}", JSON, method).queryAndConvert()["boolean"]
        is False
    )


@pytest.mark.parametrize("fmt", [TURTLE, JSONLD, XML])
def test_sparqlwrapper_construct(endpoint, store, fmt):
    got = wrapper(endpoint, CONSTRUCT, fmt).queryAndConvert()
    if not isinstance(got, rdflib.Graph):  # SPARQLWrapper hands Turtle back as bytes
        got = rdflib.Graph().parse(data=got, format="turtle")
    want = rdflib.Graph().parse(
        data=store.store.query(CONSTRUCT).serialize(format=__import__("pyoxigraph").RdfFormat.N_TRIPLES),
        format="nt",
    )
    assert len(want) == 6
    assert_isomorphic(got, want)


def test_sparqlwrapper_describe(endpoint):
    g = wrapper(endpoint, f"DESCRIBE <{KHERSON}>", TURTLE).queryAndConvert()
    g = rdflib.Graph().parse(data=g, format="turtle") if not isinstance(g, rdflib.Graph) else g
    assert (rdflib.URIRef(KHERSON), rdflib.RDFS.label, rdflib.Literal("Kherson")) in g


def test_sparqlwrapper_bad_query_is_400_with_the_parser_message(endpoint):
    with pytest.raises(QueryBadFormed) as e:
        wrapper(endpoint, "SELECT ?s WHERE { ?s ?p }", JSON).queryAndConvert()
    assert "syntax" in str(e.value).lower()


def test_sparqlwrapper_update_is_refused(endpoint, store):
    before = len(store)
    w = wrapper(endpoint, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", JSON, "POST")
    with pytest.raises((SPARQLWrapperException, OSError)):  # 403: urllib raises HTTPError
        w.query()
    assert len(store) == before


# ---------------------------------------------------------------- rdflib SPARQLStore


@pytest.fixture
def remote_graph(endpoint):
    g = rdflib.Graph(store=SPARQLStore(endpoint, returnFormat="xml"))
    yield g
    g.close()


def test_rdflib_sparqlstore_select_and_ask(remote_graph):
    rows = list(remote_graph.query(PLACES))
    assert [str(r.p) for r in rows] == [DNIPRO, KHERSON]
    assert remote_graph.query(f"ASK {{ <{KHERSON}> ?p ?o }}").askAnswer is True


def test_rdflib_sparqlstore_triples_and_construct(remote_graph):
    labels = set(remote_graph.objects(rdflib.URIRef(KHERSON), rdflib.RDFS.label))
    assert labels == {rdflib.Literal("Kherson")}
    result = remote_graph.query(CONSTRUCT)
    assert len(result.graph) == 6


def test_rdflib_sparqlstore_json_results(endpoint):
    g = rdflib.Graph(store=SPARQLStore(endpoint, returnFormat="json"))
    lat = next(
        iter(
            g.query(f"SELECT ?lat WHERE {{ <{KHERSON}> <http://www.w3.org/2003/01/geo/wgs84_pos#lat> ?lat }}")
        )
    )
    assert lat.lat.toPython() == 46.6354


def test_rdflib_sparqlstore_is_read_only(remote_graph):
    with pytest.raises(TypeError):
        remote_graph.add((rdflib.URIRef("urn:a"), rdflib.URIRef("urn:b"), rdflib.URIRef("urn:c")))


# ---------------------------------------------------------------- content negotiation and errors (plain HTTP)


@pytest.mark.parametrize(
    ("query", "accept", "media"),
    [
        (PLACES, "application/sparql-results+json", "application/sparql-results+json"),
        (PLACES, "application/sparql-results+xml", "application/sparql-results+xml"),
        (PLACES, "text/csv", "text/csv"),
        (PLACES, "text/tab-separated-values", "text/tab-separated-values"),
        (PLACES, "text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
        (PLACES, "*/*", "application/sparql-results+json"),
        (PLACES, "text/turtle", "application/sparql-results+json"),  # a graph type for a SELECT: the default
        (f"ASK {{ <{KHERSON}> ?p ?o }}", "text/csv", "text/csv"),
        (f"ASK {{ <{KHERSON}> ?p ?o }}", "application/sparql-results+xml", "application/sparql-results+xml"),
        (CONSTRUCT, "text/turtle", "text/turtle"),
        (CONSTRUCT, "application/ld+json", "application/ld+json"),
        (CONSTRUCT, "application/n-triples", "application/n-triples"),
        (CONSTRUCT, "application/sparql-results+json", "text/turtle"),
        (f"DESCRIBE <{KHERSON}>", "application/ld+json", "application/ld+json"),
    ],
)
def test_content_negotiation(endpoint, query, accept, media):
    r = httpx.get(endpoint, params={"query": query}, headers={"Accept": accept})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == media
    assert "Accept" in r.headers.get("vary", "")
    if media == "application/ld+json":
        assert isinstance(json.loads(r.text), list | dict)


@pytest.mark.parametrize(
    ("method", "kwargs", "status"),
    [
        ("GET", {}, 400),  # no query
        ("GET", {"params": [("query", PLACES), ("query", PLACES)]}, 400),  # two queries
        ("GET", {"params": {"query": "SELECT * WHERE { ?s ?p }"}}, 400),
        ("GET", {"params": {"query": "DELETE WHERE { ?s ?p ?o }"}}, 400),  # an update is not a query
        ("GET", {"params": {"query": PLACES, "default-graph-uri": "urn:g"}}, 200),  # an empty graph: no rows
        ("GET", {"params": {"query": PLACES, "default-graph-uri": "not an iri"}}, 400),
        ("POST", {"data": {"update": "DELETE WHERE { ?s ?p ?o }"}}, 403),
        (
            "POST",
            {
                "content": "DELETE WHERE { ?s ?p ?o }",
                "headers": {"Content-Type": "application/sparql-update"},
            },
            403,
        ),
        ("POST", {"content": PLACES, "headers": {"Content-Type": "text/plain"}}, 415),
        ("POST", {"data": {"nothing": "here"}}, 400),
        (
            "POST",
            {"content": PLACES, "headers": {"Content-Type": "application/sparql-query; charset=utf-8"}},
            200,
        ),
    ],
)
def test_protocol_requests(endpoint, method, kwargs, status):
    r = httpx.request(method, endpoint, **kwargs)
    assert r.status_code == status, r.text
