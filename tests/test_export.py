"""Exports: GEXF 1.3 that validates and plays in Gephi's timeline, GraphML and CSV with the same
attributes, RDF dumps that round-trip, the same filters as the named queries, CLI and HTTP."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from lxml import etree
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from newsgraph import export
from newsgraph.export.network import collect, merge_spells, spell
from newsgraph.model import (
    Actor,
    ActorRef,
    Document,
    Event,
    Evidence,
    Place,
    PlaceRef,
    Quantity,
    RoleRef,
    Statement,
    TimeMention,
    TimeValue,
)

SCHEMAS = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "gexf-1.3"
GEXF = "{http://gexf.net/1.3}"


def graph_records() -> list:
    """A small hand-made graph: two statements about negotiations, one about strikes, an attack
    at a place with coordinates and an undated withdrawal."""
    macron = ActorRef("a-macron", "Emmanuel Macron", "person")
    putin = ActorRef("a-putin", "Vladimir Poutine", "person")
    ukraine = ActorRef("a-ukr", "Ukraine", "gpe")
    anon = ActorRef("a-anon", "un responsable américain", "anonymous")
    return [
        Document("d1", "x" * 200, "Négociations", TimeValue("2022-11-09", "day"), "Le Monde"),
        Document("d2", "y" * 200, "Frappes", TimeValue("2022-12-02", "day")),
        Actor("d1", "a-macron", "Emmanuel Macron", "person", ("Macron", "le président français")),
        Actor("d1", "a-putin", "Vladimir Poutine", "person", ("Poutine",)),
        Actor("d2", "a-putin", "Vladimir Poutine", "person", ("Poutine",)),
        Actor("d2", "a-ukr", "Ukraine", "gpe", ("l'Ukraine", "Kiev")),
        Actor("d2", "a-anon", "un responsable américain", "anonymous"),
        Place("d2", "p-kherson", "Kherson", "city", 46.6354, 32.6169, 706448, "UA"),
        Place("d2", "p-dnipro", "Dniepr", "water", aliases=("le Dniepr",)),
        Statement(
            "s1",
            "d1",
            macron,
            "il faut négocier avec Poutine",
            True,
            "dire",
            Evidence(0, 50, "Macron a dit « il faut négocier avec Poutine »."),
            ("negotiation",),
            TimeValue("2022-11-09", "day"),
            "text",
            about=(putin,),
        ),
        Statement(
            "s2",
            "d1",
            macron,
            "la paix passera par l'Ukraine",
            False,
            "estimer",
            Evidence(51, 100, "Il estime que la paix passera par l'Ukraine."),
            ("negotiation",),
            TimeValue("2022-11", "month"),
            "publication",
            about=(putin, ukraine),
        ),
        Statement(
            "s3",
            "d2",
            anon,
            "les frappes continuent",
            False,
            "affirmer",
            Evidence(0, 40, "Un responsable américain affirme que les frappes continuent."),
            ("military_action",),
            TimeValue("2022-W48", "week"),
            "text",
        ),
        Event(
            "e1",
            "d2",
            "attack",
            "frappé",
            Evidence(41, 90, "La Russie a frappé Kherson."),
            "190",
            (
                RoleRef("a-putin", "Vladimir Poutine", "agent", "person"),
                RoleRef("a-ukr", "Ukraine", "target", "gpe"),
            ),
            PlaceRef("p-kherson", "Kherson"),
            TimeValue("2022-12-01", "day"),
            (Quantity(3, "people", "trois"),),
            "ev1",
        ),
        Event(
            "e2",
            "d2",
            "withdraw",
            "retirées",
            Evidence(91, 140, "Les troupes se sont retirées du Dniepr."),
            None,
            (RoleRef("a-putin", "Vladimir Poutine", "agent", "person"),),
            PlaceRef("p-dnipro", "Dniepr"),
        ),
        TimeMention("d1", 5, 15, "9 novembre", "2022-11-09", "day"),
    ]


@pytest.fixture(scope="module")
def store():
    from newsgraph.stores.oxigraph import OxigraphStore

    s = OxigraphStore(None)
    s.write(graph_records())
    yield s
    s.close()


class CypherLike:
    """A store that answers named queries but does not speak SPARQL (as the Cypher backends)."""

    language = "cypher"

    def __init__(self, inner):
        self.inner = inner

    def query(self, name, params, limit=None, offset=0):
        return self.inner.query(name, params, limit=limit, offset=offset)


def store_graph(store) -> rdflib.Graph:
    import pyoxigraph as ox

    g = rdflib.Graph()
    g.parse(data=ox.serialize(store.store, format=ox.RdfFormat.N_QUADS), format="nquads")
    return rdflib.Graph() + g


def assert_isomorphic(got: rdflib.Graph, want: rdflib.Graph) -> None:
    if not isomorphic(got, want):
        _, only_got, only_want = graph_diff(to_isomorphic(got), to_isomorphic(want))
        pytest.fail(
            "graphs differ\nonly in the dump:\n"
            + only_got.serialize(format="nt")
            + "\nonly in the store:\n"
            + only_want.serialize(format="nt")
        )


def gexf_schema() -> etree.XMLSchema:
    if not (SCHEMAS / "gexf.xsd").is_file():
        pytest.skip(f"the GEXF 1.3 schema is not at {SCHEMAS}")
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf.xsd")))


# ---------------------------------------------------------------- time


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-11-09", (date(2022, 11, 9), date(2022, 11, 9))),
        ("2022-11-09T14:30", (date(2022, 11, 9), date(2022, 11, 9))),
        ("2022-11", (date(2022, 11, 1), date(2022, 11, 30))),
        ("2022-12", (date(2022, 12, 1), date(2022, 12, 31))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2022", (date(2022, 1, 1), date(2022, 12, 31))),
        ("2022-W48", (date(2022, 11, 28), date(2022, 12, 4))),
        ("2022-13", None),
        ("PRESENT_REF", None),
        (None, None),
    ],
)
def test_spell_of_a_calendar_value(value, expected):
    assert spell(value) == expected


def test_spells_merge_when_they_overlap_or_touch():
    d = date
    spells = [
        (d(2022, 12, 1), d(2022, 12, 1)),
        (d(2022, 11, 1), d(2022, 11, 30)),
        (d(2022, 11, 9), d(2022, 11, 9)),
        (d(2023, 1, 5), d(2023, 1, 5)),
    ]
    assert merge_spells(spells) == [(d(2022, 11, 1), d(2022, 12, 1)), (d(2023, 1, 5), d(2023, 1, 5))]


# ---------------------------------------------------------------- the network


def test_network_nodes_edges_weights_and_spells(store):
    net = collect(store, {})
    assert set(net.nodes) == {
        "actor/a-macron",
        "actor/a-putin",
        "actor/a-ukr",
        "actor/a-anon",
        "place/p-kherson",
        "place/p-dnipro",
    }
    edges = {(e.source, e.target, e.relation): e for e in net.edges}
    assert set(edges) == {
        ("actor/a-macron", "actor/a-putin", "speaks_about"),
        ("actor/a-macron", "actor/a-ukr", "speaks_about"),
        ("actor/a-putin", "actor/a-ukr", "attack"),
        ("actor/a-putin", "place/p-kherson", "at_place"),
        ("actor/a-ukr", "place/p-kherson", "at_place"),
        ("actor/a-putin", "place/p-dnipro", "at_place"),
    }
    assert edges["actor/a-macron", "actor/a-putin", "speaks_about"].weight == 2
    assert edges["actor/a-macron", "actor/a-putin", "speaks_about"].spells == [
        (date(2022, 11, 1), date(2022, 11, 30))
    ]
    assert edges["actor/a-putin", "place/p-dnipro", "at_place"].spells == []  # undated: always there
    macron, kherson = net.nodes["actor/a-macron"], net.nodes["place/p-kherson"]
    assert (macron.type, macron.aliases, macron.statements, macron.documents) == (
        "Person",
        ("Macron", "le président français"),
        2,
        1,
    )
    assert (kherson.lat, kherson.lng, kherson.country, kherson.events) == (46.6354, 32.6169, "UA", 1)
    assert net.nodes["actor/a-putin"].spells == [(date(2022, 11, 1), date(2022, 12, 1))]


@pytest.mark.parametrize(
    ("filters", "nodes", "relations"),
    [
        ({"topic": "negotiation"}, {"actor/a-macron", "actor/a-putin", "actor/a-ukr"}, {"speaks_about"}),
        ({"topic": "military_action"}, {"actor/a-anon"}, set()),
        ({"place": "kherson"}, {"actor/a-putin", "actor/a-ukr", "place/p-kherson"}, {"attack", "at_place"}),
        ({"actor": "macron"}, {"actor/a-macron", "actor/a-putin", "actor/a-ukr"}, {"speaks_about"}),
        ({"actor": "a-anon"}, {"actor/a-anon"}, set()),
        (
            {"since": "2022-12"},
            {"actor/a-putin", "actor/a-ukr", "place/p-kherson", "actor/a-anon"},
            {"attack", "at_place"},
        ),
        # the week 2022-W48 (28 Nov - 4 Dec) overlaps the range: the anonymous speaker's statement is kept
        (
            {"since": "2022-11", "until": "2022-11-30"},
            {"actor/a-macron", "actor/a-putin", "actor/a-ukr", "actor/a-anon"},
            {"speaks_about"},
        ),
        (
            {"since": "2022-11", "until": "2022-11-27"},
            {"actor/a-macron", "actor/a-putin", "actor/a-ukr"},
            {"speaks_about"},
        ),
        # a week (2022-W48, 28 Nov - 4 Dec) overlaps the month it starts in
        (
            {"since": "2022-11", "until": "2022-11"},
            {"actor/a-macron", "actor/a-putin", "actor/a-ukr", "actor/a-anon"},
            {"speaks_about"},
        ),
        ({"topic": "negotiation", "until": "2022-10"}, set(), set()),
    ],
)
def test_filters_select_statements_and_events(store, filters, nodes, relations):
    net = collect(store, filters)
    assert set(net.nodes) == nodes
    assert {e.relation for e in net.edges} == relations


def test_an_unknown_topic_is_refused_with_the_known_ones(store):
    with pytest.raises(export.ExportError, match=r"unknown topic 'peace'.*negotiation"):
        export.render(store, "gexf", topic="peace")


def test_network_needs_only_named_queries(store):
    """Any backend will do: the Gephi formats go through the named queries only."""
    assert export.render(CypherLike(store), "gexf") == export.render(store, "gexf")


# ---------------------------------------------------------------- GEXF


def test_gexf_validates_against_the_gexf_13_schema(store):
    schema = gexf_schema()
    for filters in ({}, {"topic": "negotiation"}, {"topic": "nuclear_threat"}):
        doc = etree.fromstring(export.render(store, "gexf", **filters)[""])
        assert schema.validate(doc), schema.error_log


def test_gexf_validates_with_xmlschema_too(store):
    xmlschema = pytest.importorskip("xmlschema")
    gexf_schema()
    xmlschema.XMLSchema(str(SCHEMAS / "gexf.xsd")).validate(export.render(store, "gexf")[""].decode("utf-8"))


def test_gexf_is_dynamic_with_spells_and_declared_attributes(store):
    root = etree.fromstring(export.render(store, "gexf")[""])
    graph = root.find(f"{GEXF}graph")
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == (
        "dynamic",
        "date",
        "directed",
    )
    declared = {a.get("id"): a.get("type") for a in graph.iter(f"{GEXF}attribute")}
    assert declared["latitude"] == declared["longitude"] == "double"
    assert {"type", "aliases", "documents", "statements", "relation"} <= set(declared)
    used = {v.get("for") for v in graph.iter(f"{GEXF}attvalue")}
    assert used <= set(declared)
    node = graph.find(f"{GEXF}nodes/{GEXF}node[@id='place/p-kherson']")
    values = {v.get("for"): v.get("value") for v in node.iter(f"{GEXF}attvalue")}
    assert (values["latitude"], values["longitude"]) == ("46.6354", "32.6169")
    assert [(s.get("start"), s.get("end")) for s in node.iter(f"{GEXF}spell")] == [
        ("2022-12-01", "2022-12-01")
    ]
    edge = graph.find(f"{GEXF}edges/{GEXF}edge[@source='actor/a-macron'][@target='actor/a-putin']")
    assert float(edge.get("weight")) == 2.0
    assert [(s.get("start"), s.get("end")) for s in edge.iter(f"{GEXF}spell")] == [
        ("2022-11-01", "2022-11-30")
    ]


def test_sample_corpus_gexf_validates(built_store):
    schema = gexf_schema()
    data = export.render(built_store, "gexf")[""]
    doc = etree.fromstring(data)
    assert schema.validate(doc), schema.error_log
    assert doc.find(f"{GEXF}graph/{GEXF}nodes").get("count") != "0"


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
@pytest.mark.parametrize(
    "filters", [{"actor": "\x1b"}, {"place": "a\x00b"}, {"place": "\x0c"}, {"actor": "\ufffe"}]
)
def test_xml_exports_drop_characters_xml_forbids_in_filters(store, fmt, filters):
    """A control character in a filter (echoed in the GEXF description) does not break the XML."""
    etree.fromstring(export.render(store, fmt, **filters)[""])


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_xml_exports_drop_characters_xml_forbids_in_names(fmt):
    from newsgraph.stores.oxigraph import OxigraphStore

    s = OxigraphStore(None)
    s.write([*graph_records(), Actor("d1", "a-macron", "Emmanuel\x0b Macron", "person", ("Ma\x1bcron",))])
    root = etree.fromstring(export.render(s, fmt)[""])
    s.close()
    text = etree.tostring(root, encoding="unicode")
    assert "\x0b" not in text and "\x1b" not in text and "Macron" in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Macron", "Macron"),
        ("a\x1bb\x00c\x7f", "abc\x7f"),
        ("tab\tlf\ncr\r", "tab\tlf\ncr\r"),
        ("\ud800x\ufffe\uffff", "x"),
        ("é😀\ue000", "é😀\ue000"),
    ],
)
def test_xml_text(value, expected):
    from newsgraph.export.gexf import xml_text

    assert xml_text(value) == expected


# ---------------------------------------------------------------- GraphML and CSV


def test_graphml_carries_the_same_graph_and_attributes(store):
    g = nx.read_graphml(io.BytesIO(export.render(store, "graphml")[""]))
    net = collect(store, {})
    assert set(g.nodes) == set(net.nodes)
    assert g.number_of_edges() == len(net.edges)
    kherson = g.nodes["place/p-kherson"]
    assert (kherson["latitude"], kherson["longitude"], kherson["type"]) == (46.6354, 32.6169, "city")
    assert g.nodes["actor/a-macron"]["aliases"] == "Macron|le président français"
    assert g.nodes["actor/a-macron"]["spells"] == "<[2022-11-01,2022-11-30]>"
    weights = {(u, v, d["relation"]): d["weight"] for u, v, d in g.edges(data=True)}
    assert weights["actor/a-macron", "actor/a-putin", "speaks_about"] == 2.0


def test_csv_tables_in_gephi_format(store, tmp_path):
    export.write_export(store, "csv", tmp_path / "out")
    with (tmp_path / "out" / "nodes.csv").open(encoding="utf-8") as f:
        nodes = {r["Id"]: r for r in csv.DictReader(f)}
    with (tmp_path / "out" / "edges.csv").open(encoding="utf-8") as f:
        edges = list(csv.DictReader(f))
    assert set(nodes) == set(collect(store, {}).nodes)
    assert nodes["place/p-kherson"]["latitude"] == "46.6354"
    assert nodes["actor/a-macron"]["Time Interval"] == "<[2022-11-01,2022-11-30]>"
    assert {"Source", "Target", "Type", "Weight", "Label", "Time Interval"} <= set(edges[0])
    assert all(e["Type"] == "Directed" and e["Source"] in nodes and e["Target"] in nodes for e in edges)


# ---------------------------------------------------------------- RDF dumps


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("turtle", "turtle"), ("nquads", "nquads"), ("jsonld", "json-ld")]
)
def test_rdf_dump_round_trips(store, fmt, rdflib_format):
    data = export.render(store, fmt)[""]
    ds = rdflib.Dataset()
    ds.parse(data=data, format=rdflib_format)
    got = rdflib.Graph()
    for s, p, o, _ in ds.quads():
        got.add((s, p, o))
    assert_isomorphic(got, store_graph(store))


def test_jsonld_uses_the_context_generated_from_the_ontology(store):
    import json

    doc = json.loads(export.render(store, "jsonld")[""])
    ctx = doc["@context"]
    assert ctx["ng"] == "https://newsgraph.org/ontology#"
    assert ctx["geo"] == "http://www.w3.org/2003/01/geo/wgs84_pos#"
    assert ctx["speaker"] == {"@id": "ng:speaker", "@type": "@id"}
    assert ctx["direct"] == {"@id": "ng:direct", "@type": "xsd:boolean"}
    assert ctx["Statement"] == "ng:Statement"
    assert any(node.get("@type") == "Statement" and "speaker" in node for node in doc["@graph"])


def test_filtered_rdf_dump_is_the_part_selected(store):
    g = rdflib.Graph().parse(data=export.render(store, "turtle", topic="negotiation")[""], format="turtle")
    ids = "https://newsgraph.org/id/"
    subjects = {str(s) for s in g.subjects()}
    assert {
        f"{ids}statement/s1",
        f"{ids}statement/s2",
        f"{ids}actor/a-putin",
        f"{ids}document/d1",
    } <= subjects
    assert f"{ids}statement/s3" not in subjects and f"{ids}report/e1" not in subjects
    assert set(g) <= set(store_graph(store))


def test_rdf_dumps_need_a_sparql_backend(store):
    with pytest.raises(export.ExportError, match="SPARQL backend"):
        export.render(CypherLike(store), "turtle")


@pytest.mark.parametrize(
    ("fmt", "filters", "message"),
    [
        ("pdf", {}, "unknown export format"),
        ("gexf", {"since": "novembre"}, "YYYY"),
        ("gexf", {"until": "2022/11"}, "YYYY"),
    ],
)
def test_export_errors_are_clear(store, fmt, filters, message):
    with pytest.raises(export.ExportError, match=message):
        export.render(store, fmt, **filters)


# ---------------------------------------------------------------- CLI and HTTP


def test_cli_export(tmp_path):
    import os
    import subprocess
    import sys

    from newsgraph.stores.oxigraph import OxigraphStore

    s = OxigraphStore(tmp_path / "store")
    s.write(graph_records())
    s.close()
    env = {**os.environ, "NO_COLOR": "1"}
    out = tmp_path / "net.gexf"
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsgraph",
            "export",
            "--format",
            "gexf",
            "--output",
            str(out),
            "--topic",
            "negotiation",
            "--store",
            str(tmp_path / "store"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert p.returncode == 0, p.stderr
    assert etree.parse(str(out)).getroot().tag == f"{GEXF}gexf"
    p = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsgraph",
            "export",
            "--format",
            "gexf",
            "--output",
            str(out),
            "--since",
            "hier",
            "--store",
            str(tmp_path / "store"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert p.returncode != 0 and "Traceback" not in p.stderr and "YYYY" in p.stderr


@pytest.fixture(scope="module")
def client(store):
    from fastapi.testclient import TestClient

    from newsgraph.api.app import create_app
    from newsgraph.settings import Settings

    with TestClient(create_app(Settings(), store=store)) as c:
        yield c


@pytest.mark.parametrize("fmt", list(export.FORMATS))
def test_http_export(client, store, fmt):
    r = client.get(f"/export/{fmt}", params={"topic": "negotiation", "since": "2022-11"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] == export.FORMATS[fmt]
    assert r.content == export.render_one(store, fmt, topic="negotiation", since="2022-11")
    if fmt == "csv":
        assert set(zipfile.ZipFile(io.BytesIO(r.content)).namelist()) == {"nodes.csv", "edges.csv"}


@pytest.mark.parametrize(
    ("path", "params", "status"),
    [
        ("/export/pdf", {}, 422),
        ("/export/gexf", {"since": "hier"}, 422),
    ],
)
def test_http_export_refuses_bad_requests(client, path, params, status):
    assert client.get(path, params=params).status_code == status


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_http_export_with_a_control_character_in_a_filter(client, fmt):
    r = client.get(f"/export/{fmt}", params={"actor": "\x1b"})
    assert r.status_code == 200, r.text
    etree.fromstring(r.content)


def test_http_rdf_export_on_a_cypher_backend_is_501(store):
    from fastapi.testclient import TestClient

    from newsgraph.api.app import create_app
    from newsgraph.settings import Settings

    with TestClient(create_app(Settings(), store=CypherLike(store))) as c:
        r = c.get("/export/turtle")
        assert r.status_code == 501 and "SPARQL" in r.json()["detail"]
        assert c.get("/export/gexf").status_code == 200


def test_rdf_dump_of_the_embedded_store_passes_the_row_limit():
    """The row limit is for interactive queries; a dump is the whole graph."""
    from newsgraph.stores.oxigraph import OxigraphStore

    small = OxigraphStore(None, max_rows=20)
    small.write(graph_records())
    data = export.render(small, "nquads")[""]
    assert_isomorphic(rdflib.Graph().parse(data=data, format="nquads"), store_graph(small))
    net = collect(small, {})  # the network pages through the named queries
    assert len(net.nodes) == 6
    small.close()
