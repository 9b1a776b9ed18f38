"""Records -> RDF triples under the ontology (ontology/newsgraph.ttl).

Every IRI is derived from record ids, which are derived from content, so writing the same
records twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from functools import cache, lru_cache

from pyoxigraph import Literal, NamedNode, Quad

from newsgraph.dates import interval
from newsgraph.model import (
    Actor,
    Document,
    Event,
    Evidence,
    Place,
    Record,
    Statement,
    TimeMention,
    TimeValue,
)

NG = "https://newsgraph.org/ontology#"
ID = "https://newsgraph.org/id/"
TOPIC = "https://newsgraph.org/ontology/topic/"
EVENT_TYPE = "https://newsgraph.org/ontology/event/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
GEO_LAT = NamedNode("http://www.w3.org/2003/01/geo/wgs84_pos#lat")
GEO_LONG = NamedNode("http://www.w3.org/2003/01/geo/wgs84_pos#long")
TIME_UNIT = NamedNode("http://www.w3.org/2006/time#unitType")
XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_INTEGER = NamedNode(XSD + "integer")
XSD_DOUBLE = NamedNode(XSD + "double")
XSD_BOOLEAN = NamedNode(XSD + "boolean")
XSD_DATE = NamedNode(XSD + "date")
DC_LANGUAGE = NamedNode("http://purl.org/dc/terms/language")
DC_TITLE = NamedNode("http://purl.org/dc/terms/title")

ACTOR_CLASS = {
    "person": "Person",
    "organization": "Organization",
    "gpe": "GeopoliticalEntity",
    "group": "Group",
    "anonymous": "AnonymousActor",
    "unknown": "Actor",
}
TIME_UNITS = {
    p: NamedNode(f"http://www.w3.org/2006/time#unit{p.capitalize()}")
    for p in ("year", "month", "week", "day", "hour", "minute")
}


@cache
def ng(name: str) -> NamedNode:
    """A term of the ontology (made once: terms are immutable, and building one checks the IRI)."""
    return NamedNode(NG + name)


def iri(kind: str, id_: str) -> NamedNode:
    return NamedNode(f"{ID}{kind}/{id_}")


@lru_cache(maxsize=1 << 14)
def doc_iri(doc_id: str) -> NamedNode:
    return iri("document", doc_id)


@lru_cache(maxsize=1 << 16)
def actor_iri(actor_id: str) -> NamedNode:
    return iri("actor", actor_id)


@lru_cache(maxsize=1 << 14)
def place_iri(place_id: str) -> NamedNode:
    return iri("place", place_id)


@lru_cache(maxsize=1 << 10)
def _term(value: str) -> Literal:
    """A literal from a small closed set (precisions, languages, place types, cues): made once."""
    return Literal(value)


@cache
def _topic(name: str) -> NamedNode:
    return NamedNode(TOPIC + name)


@cache
def _event_type(name: str) -> NamedNode:
    return NamedNode(EVENT_TYPE + name)


TRUE = Literal("true", datatype=XSD_BOOLEAN)
FALSE = Literal("false", datatype=XSD_BOOLEAN)


def evidence_iri(doc_id: str, ev: Evidence) -> NamedNode:
    return iri("evidence", f"{doc_id}/{ev.start}-{ev.end}")


@lru_cache(maxsize=1 << 12)
def _day(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD_DATE)


def _span(s: NamedNode, value: str, start: str = "dateStart", end: str = "dateEnd") -> Iterator[Quad]:
    """The first and last day of a calendar value (nothing for a value that is no date)."""
    span = interval(value)
    if span is not None:
        yield Quad(s, ng(start), _day(span[0]))
        yield Quad(s, ng(end), _day(span[1]))


def _s(value: str) -> Literal:
    return Literal(value)


def _i(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD_INTEGER)


def triples(records: Iterable[Record]) -> Iterator[Quad]:
    """The RDF of a stream of records."""
    for r in records:
        match r:
            case Document():
                yield from _document(r)
            case Actor():
                yield from _actor(r)
            case Place():
                yield from _place(r)
            case Statement():
                yield from _statement(r)
            case Event():
                yield from _event(r)
            case TimeMention():
                yield from _time(r)


def _document(d: Document) -> Iterator[Quad]:
    s = doc_iri(d.id)
    yield Quad(s, RDF_TYPE, ng("Document"))
    yield Quad(s, ng("sha256"), _s(d.content_hash))
    yield Quad(s, DC_LANGUAGE, _term(d.language))
    if d.title:
        yield Quad(s, DC_TITLE, _s(d.title))
    if d.published:
        yield Quad(s, ng("published"), _s(d.published.value))
        yield Quad(s, ng("publishedPrecision"), _term(d.published.precision))
        yield from _span(s, d.published.value, "publishedStart", "publishedEnd")
    if d.outlet:
        yield Quad(s, ng("outlet"), _s(d.outlet))
    if d.url:
        yield Quad(s, ng("url"), _s(d.url))
    if d.source:
        yield Quad(s, ng("source"), _s(d.source))
    yield Quad(s, ng("text"), _s(d.text))  # the text every offset indexes (the explorer shows it)


def _actor(a: Actor) -> Iterator[Quad]:
    s = actor_iri(a.id)
    yield Quad(s, RDF_TYPE, ng(ACTOR_CLASS.get(a.type, "Actor")))
    yield Quad(s, RDF_TYPE, ng("Actor"))
    yield Quad(s, RDFS_LABEL, _s(a.name))
    for alias in a.aliases:
        yield Quad(s, SKOS_ALT, _s(alias))
    yield Quad(s, ng("mentionedIn"), doc_iri(a.doc))


def _place(p: Place) -> Iterator[Quad]:
    s = place_iri(p.id)
    yield Quad(s, RDF_TYPE, ng("Place"))
    yield Quad(s, RDFS_LABEL, _s(p.name))
    yield Quad(s, ng("placeType"), _term(p.type))
    for alias in p.aliases:
        yield Quad(s, SKOS_ALT, _s(alias))
    if p.lat is not None and p.lon is not None:
        yield Quad(s, GEO_LAT, Literal(repr(float(p.lat)), datatype=XSD_DOUBLE))
        yield Quad(s, GEO_LONG, Literal(repr(float(p.lon)), datatype=XSD_DOUBLE))
    if p.geonames_id is not None:
        yield Quad(s, ng("geonamesId"), _i(p.geonames_id))
    if p.country:
        yield Quad(s, ng("countryCode"), _s(p.country))
    yield Quad(s, ng("mentionedIn"), doc_iri(p.doc))


def _evidence(doc_id: str, ev: Evidence) -> Iterator[Quad]:
    s = evidence_iri(doc_id, ev)
    yield Quad(s, RDF_TYPE, ng("Evidence"))
    yield Quad(s, ng("inDocument"), doc_iri(doc_id))
    yield Quad(s, ng("start"), _i(ev.start))
    yield Quad(s, ng("end"), _i(ev.end))
    yield Quad(s, ng("text"), _s(ev.text))


def _date(s: NamedNode, date: TimeValue | None) -> Iterator[Quad]:
    if date:
        yield Quad(s, ng("date"), _s(date.value))
        yield Quad(s, ng("datePrecision"), _term(date.precision))
        yield from _span(s, date.value)


def _statement(st: Statement) -> Iterator[Quad]:
    s = iri("statement", st.id)
    yield Quad(s, RDF_TYPE, ng("Statement"))
    yield Quad(s, ng("eventType"), _event_type("make_statement"))
    yield Quad(s, ng("inDocument"), doc_iri(st.doc))
    yield Quad(s, ng("speaker"), actor_iri(st.speaker.id))
    yield Quad(s, ng("content"), _s(st.content))
    yield Quad(s, ng("direct"), TRUE if st.direct else FALSE)
    yield Quad(s, ng("cue"), _term(st.cue))
    for actor in st.about:
        yield Quad(s, ng("about"), actor_iri(actor.id))
    for topic in st.topics:
        yield Quad(s, ng("topic"), _topic(topic))
    for word in st.topic_words:
        yield Quad(s, ng("topicWord"), _s(word))
    yield from _date(s, st.date)
    if st.date_source:
        yield Quad(s, ng("dateSource"), _term(st.date_source))
    yield Quad(s, ng("evidence"), evidence_iri(st.doc, st.evidence))
    yield from _evidence(st.doc, st.evidence)


def _event(e: Event) -> Iterator[Quad]:
    s = iri("report", e.id)
    event = iri("event", e.event_id or e.id)
    yield Quad(s, RDF_TYPE, ng("EventReport"))
    yield Quad(s, ng("reportOf"), event)
    yield Quad(s, ng("inDocument"), doc_iri(e.doc))
    yield Quad(s, ng("trigger"), _s(e.trigger))
    yield Quad(event, RDF_TYPE, ng("Event"))
    for node in (s, event):
        yield Quad(node, ng("eventType"), _event_type(e.type))
        if e.cameo:
            yield Quad(node, ng("cameoCode"), _s(e.cameo))
        for role in e.actors:
            prop = role.role if role.role in {"agent", "target"} else "participant"
            yield Quad(node, ng(prop), actor_iri(role.id))
        if e.location:
            yield Quad(node, ng("place"), place_iri(e.location.id))
    yield from _date(s, e.date)
    if e.date_source:
        yield Quad(s, ng("dateSource"), _term(e.date_source))
    yield Quad(s, ng("modality"), _term(e.modality))
    for q in e.quantities:
        yield Quad(s, ng("quantity"), _s(f"{q.value:g} {q.unit}"))
    yield Quad(s, ng("evidence"), evidence_iri(e.doc, e.evidence))
    yield from _evidence(e.doc, e.evidence)


def _time(t: TimeMention) -> Iterator[Quad]:
    s = iri("time", f"{t.doc}/{t.start}-{t.end}")
    yield Quad(s, RDF_TYPE, ng("TimeExpression"))
    yield Quad(s, ng("inDocument"), doc_iri(t.doc))
    yield Quad(s, ng("start"), _i(t.start))
    yield Quad(s, ng("end"), _i(t.end))
    yield Quad(s, ng("text"), _s(t.text))
    yield Quad(s, ng("value"), _s(t.value))
    yield Quad(s, ng("datePrecision"), _term(t.precision))
    yield Quad(s, ng("timexType"), _term(t.type))
    yield from _span(s, t.value)
    yield Quad(s, TIME_UNIT, TIME_UNITS[t.precision])
