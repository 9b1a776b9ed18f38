"""The W3C SPARQL 1.1 Protocol tests (../shared/conformance/w3c-sparql11-protocol) against /sparql:
every query test passes as the manifest says; every update test, which a read-only endpoint must
refuse, gets a 4xx and changes nothing.

Each test's requests are replayed on the app (``ht:absolutePath`` with ``/sparql/`` made
``/sparql``), on a fresh store holding the test's ``ut:graphData`` as named graphs.
"""

from __future__ import annotations

import json
import os
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import rdflib
from fastapi.testclient import TestClient
from lxml import etree
from rdflib.collection import Collection

from newsgraph.api.app import create_app
from newsgraph.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSGRAPH_SHARED_DIR", ROOT.parent / "shared"))
SUITE = SHARED / "conformance" / "w3c-sparql11-protocol"

MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
HTS = "http://www.w3.org/2011/http-statusCodes#StatusCode"
RESULT_MEDIA = {
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
}
RDF_MEDIA = {"text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"}


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[str]  # "2", "3", "4"
    format: str | None = None
    boolean: bool | None = None


@dataclass
class ProtocolTest:
    name: str
    graphs: list[tuple[Path, str]] = field(default_factory=list)
    requests: list[Request] = field(default_factory=list)

    @property
    def is_update(self) -> bool:
        return "update" in self.name


def is_update_request(req: Request) -> bool:
    """An update operation (the update tests follow theirs with queries that check its effect)."""
    ctype = req.headers.get("content-type", "")
    return (
        "sparql-update" in ctype
        or "update=" in req.path
        or (
            ctype.startswith("application/x-www-form-urlencoded") and (req.body or b"").startswith(b"update=")
        )
    )


def load_suite() -> list[ProtocolTest]:
    if not (SUITE / "manifest.ttl").is_file():
        return []
    g = rdflib.Graph().parse(
        SUITE / "manifest.ttl", format="turtle", publicID=(SUITE / "manifest.ttl").as_uri()
    )
    manifest = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    tests = []
    for node in Collection(g, g.value(manifest, MF.entries)):
        test = ProtocolTest(str(node).rsplit("#", 1)[-1])
        for data in g.objects(node, UT.graphData):
            test.graphs.append(
                (
                    SUITE / Path(urllib.parse.urlparse(str(g.value(data, UT.graph))).path).name,
                    str(g.value(data, rdflib.RDFS.label)),
                )
            )
        action = g.value(node, MF.action)
        for req in Collection(g, g.value(action, HT.requests)):
            headers = {}
            for h in Collection(g, g.value(req, HT.headers)) if g.value(req, HT.headers) else []:
                headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = None
            if (b := g.value(req, HT.body)) is not None:
                encoding = str(g.value(b, CNT.characterEncoding) or "UTF-8")
                body = str(g.value(b, CNT.chars)).encode(encoding)
            resp = g.value(req, HT.resp)
            boolean = g.value(resp, MF.expectedBoolean)
            fmt = g.value(resp, MF.expectedFormat)
            test.requests.append(
                Request(
                    method=str(g.value(req, HT.methodName)),
                    path="/sparql"
                    + str(g.value(req, HT.absolutePath)).removeprefix("/sparql/").join(("/", ""))[1:],
                    headers=headers,
                    body=body,
                    statuses={str(s).removeprefix(HTS)[0] for s in g.objects(resp, MF.expectedStatus)},
                    format=str(fmt) if fmt is not None else None,
                    boolean=boolean.toPython() if boolean is not None else None,
                )
            )
        tests.append(test)
    return tests


SUITE_TESTS = load_suite()
pytestmark = pytest.mark.skipif(
    not SUITE_TESTS,
    reason=f"the W3C protocol tests are not at {SUITE} "
    "(set NEWSGRAPH_SHARED_DIR to the folder holding conformance/)",
)


@pytest.fixture
def endpoint() -> Iterator[tuple[TestClient, object]]:
    import pyoxigraph as ox

    from newsgraph.stores.oxigraph import OxigraphStore

    store = OxigraphStore(None, cache_size=0)
    store.store.add(
        ox.Quad(ox.NamedNode("urn:ng:kept"), ox.NamedNode("urn:ng:p"), ox.Literal("default graph"))
    )
    with TestClient(create_app(Settings(), store=store)) as client:
        yield client, store
    store.close()


def boolean_of(media: str, body: bytes) -> bool:
    if media == "application/sparql-results+json":
        return bool(json.loads(body)["boolean"])
    root = etree.fromstring(body)
    return root.findtext("{http://www.w3.org/2005/sparql-results#}boolean") == "true"


def test_the_suite_is_all_there():
    assert len(SUITE_TESTS) == 34
    assert sum(not t.is_update for t in SUITE_TESTS) == 20
    assert sum(t.is_update for t in SUITE_TESTS) == 14


@pytest.mark.parametrize("test", SUITE_TESTS, ids=lambda t: t.name)
def test_w3c_protocol(endpoint, test: ProtocolTest):
    import pyoxigraph as ox

    client, store = endpoint
    for path, graph in test.graphs:
        store.store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
    before = sorted(map(str, store.store))
    for req in test.requests:
        r = client.request(req.method, req.path, headers=req.headers, content=req.body)
        if (
            test.is_update
        ):  # read-only: every update is refused, whatever the manifest expects of a writable one
            if is_update_request(req) or test.name.startswith("bad_"):
                assert 400 <= r.status_code < 500, (req.path, r.status_code, r.text)
            continue  # the queries that check an update's effect: the final check below says there is none
        assert str(r.status_code)[0] in req.statuses, (req.path, r.status_code, r.text)
        media = r.headers.get("content-type", "").split(";")[0].strip()
        if req.format == "boolean" or req.boolean is not None:
            assert media in {"application/sparql-results+json", "application/sparql-results+xml"}, media
            if req.boolean is not None:
                assert boolean_of(media, r.content) is req.boolean
        elif req.format == "tabular":
            assert media in RESULT_MEDIA, media
        elif req.format == "RDF":
            assert media in RDF_MEDIA, media
    assert sorted(map(str, store.store)) == before  # nothing changed
