"""Records -> RDF triples under the ontology (ontology/newsgraph.ttl).

Every IRI is derived from record ids, which are derived from content, so writing the same
records twice adds nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from functools import cache, lru_cache
from itertools import chain
from typing import Any

from pyoxigraph import Literal, NamedNode, Quad

from newsgraph import event_types
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

# The ontology's properties and classes, made once: every quad names one, and a module constant
# costs a name lookup where ``ng(...)`` costs a call (400,000 quads per 2,000 reports).
(
    A_ABOUT, A_AGENT, A_CAMEO, A_COUNTRY, A_CUE, A_DATE, A_DATE_PRECISION, A_DATE_SOURCE, A_DIRECT,
    A_END, A_EVENT_TYPE, A_EVIDENCE, A_GEONAMES, A_IN_DOCUMENT, A_MENTIONED_IN, A_MODALITY,
    A_OUTLET, A_PARTICIPANT, A_PLACE, A_PLACE_TYPE, A_PUBLISHED, A_PUBLISHED_PRECISION,
    A_QUANTITY, A_REPORT_OF, A_SHA256, A_SOURCE, A_SPEAKER, A_START, A_TARGET, A_TEXT,
    A_TIMEX_TYPE, A_TOPIC, A_TOPIC_WORD, A_TRIGGER, A_URL, A_VALUE, A_CONTENT,
) = map(ng, (
    "about", "agent", "cameoCode", "countryCode", "cue", "date", "datePrecision", "dateSource",
    "direct", "end", "eventType", "evidence", "geonamesId", "inDocument", "mentionedIn", "modality",
    "outlet", "participant", "place", "placeType", "published", "publishedPrecision",
    "quantity", "reportOf", "sha256", "source", "speaker", "start", "target", "text",
    "timexType", "topic", "topicWord", "trigger", "url", "value", "content",
))  # fmt: skip
C_ACTOR, C_DOCUMENT, C_EVENT, C_EVENT_REPORT, C_EVIDENCE, C_PLACE, C_STATEMENT, C_TIME = map(
    ng, ("Actor", "Document", "Event", "EventReport", "Evidence", "Place", "Statement", "TimeExpression")
)
ACTOR_CLASSES = {t: ng(c) for t, c in ACTOR_CLASS.items()}
ROLES = {"agent": A_AGENT, "target": A_TARGET}
A_IDENTIFIED, A_DYADIC = ng("identified"), ng("dyadic")
DYADIC = frozenset(event_types.dyadic())
MAKE_STATEMENT = _event_type("make_statement")

Add = Callable[[Quad], object]


def evidence_iri(doc_id: str, ev: Evidence) -> NamedNode:
    return iri("evidence", f"{doc_id}/{ev.start}-{ev.end}")


@lru_cache(maxsize=1 << 12)
def _day(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD_DATE)


@lru_cache(maxsize=1 << 12)
def _days(value: str) -> tuple[Literal, Literal] | None:
    """The first and last day of a calendar value as literals (cached: a few hundred values recur
    across a corpus)."""
    span = interval(value)
    return None if span is None else (_day(span[0]), _day(span[1]))


def _span(add: Add, s: NamedNode, value: str, start: NamedNode, end: NamedNode) -> None:
    """The first and last day of a calendar value (nothing for a value that is no date)."""
    days = _days(value)
    if days is not None:
        add(Quad(s, start, days[0]))
        add(Quad(s, end, days[1]))


def _s(value: str) -> Literal:
    return Literal(value)


@lru_cache(maxsize=1 << 14)
def _i(value: int) -> Literal:
    """An integer literal (cached: offsets and counts recur from one report to the next)."""
    return Literal(str(int(value)), datatype=XSD_INTEGER)


def triples(records: Iterable[Record], known: Known | None = None) -> Iterator[Quad]:
    """The RDF of a stream of records, in the order of ``quads``, made a record at a time: a store's
    loader that takes an iterable never holds a whole group's quads (~456 bytes each as Python
    objects). With ``known``, without the quads that ``known`` says earlier writes hold."""
    return chain.from_iterable(map(_record_quads if known is None else known.quads, records))


class Known:
    """The quads that recur from one report to the next, as far as this store's earlier writes hold
    them: an actor's or a place's own quads (its types, labels, aliases, coordinates: the same in
    every report that names it with the same fields; only its ``mentionedIn`` differs) and a dyadic
    event type's quad. A graph is a set: writing them again adds nothing, but costs a ``Quad``
    (1.25 us with a literal object) and the bulk loader's sort and RocksDB's indexing of each (~7 us;
    ~11 % of the quads of the first 3,840 reports of 2022). Valid only while the store is written
    only by additions through its owner, which ``clear``s it after a write that failed or forgot
    documents; the one removal of a write, an actor's earlier labels moved to its aliases
    (``stores.actor_labels``), is why an actor's label is always written. Bounded: emptied when it
    reaches ``MOST`` keys (then those quads are written again). Within a report, a sentence that
    gives several statements or event reports is one evidence node: its quads are made once
    (``evidence``: of the report of the last record only, so bounded too; 18 % of the evidence of
    the first 6,016 reports of 2022, 2.5 % of their quads)."""

    MOST = 1 << 18
    __slots__ = ("doc", "evidence", "keys")

    def __init__(self) -> None:
        self.keys: set[tuple[object, ...]] = set()
        self.doc: str | None = None
        self.evidence: set[tuple[int, int, str]] = set()  # the evidence written of ``doc``

    def clear(self) -> None:
        self.keys.clear()
        self.doc, self.evidence = None, set()

    def first(self, key: tuple[object, ...]) -> bool:
        """Whether ``key`` is new (it is remembered from now on)."""
        if key in self.keys:
            return False
        if len(self.keys) >= self.MOST:
            self.keys.clear()
        self.keys.add(key)
        return True

    def quads(self, r: Record) -> list[Quad]:
        """The quads of ``r`` but those already written (``quads((r,))`` for a record seen first)."""
        if type(r) is Actor:
            if not self.first((0, r.id, r.type, r.name, r.aliases, r.identified)):
                # the label always: a later write may have moved it to the aliases
                # (``stores.actor_labels``), and this record's name must be the label again
                s = actor_iri(r.id)
                return [Quad(s, RDFS_LABEL, _s(r.name)), Quad(s, A_MENTIONED_IN, doc_iri(r.doc))]
        elif type(r) is Place:
            if not self.first((1, r.id, r.name, r.type, r.aliases, r.lat, r.lon, r.geonames_id, r.country)):
                return [Quad(place_iri(r.id), A_MENTIONED_IN, doc_iri(r.doc))]
        elif type(r) is Event and r.type in DYADIC and not self.first((2, r.type)):
            out: list[Quad] = []
            _event_report(r, out.append)
            return self._evidence_once(r.doc, r.evidence, out)
        made = quads((r,))
        if type(r) is Statement or type(r) is Event:
            return self._evidence_once(r.doc, r.evidence, made)
        return made

    def _evidence_once(self, doc: str, ev: Evidence, made: list[Quad]) -> list[Quad]:
        """``made`` without the quads of its evidence node (their subject) when an earlier record
        of the same report made them: the same node, the same quads (its text is in the key)."""
        if doc != self.doc:
            self.doc, self.evidence = doc, set()
        key = (ev.start, ev.end, ev.text)
        if key not in self.evidence:
            self.evidence.add(key)
            return made
        node = evidence_iri(doc, ev)
        return [q for q in made if q.subject != node]


def _record_quads(r: Record) -> list[Quad]:
    return quads((r,))


def quads(records: Iterable[Record]) -> list[Quad]:
    """The RDF of records as one list, in the order of ``triples`` (what a store writes: no
    generator between the quads and the list)."""
    out: list[Quad] = []
    add = out.append
    for r in records:
        write = _WRITERS.get(type(r))
        if write is not None:
            write(r, add)
        else:  # a subclass of a record type
            for kind, fn in _WRITERS.items():
                if isinstance(r, kind):
                    fn(r, add)
                    break
    return out


def most_quads(records: Sequence[Record]) -> int:
    """At least ``len(quads(records))``, counted without making the quads: each writer's quads
    with every optional field set, plus one a member of each tuple (a store that streams the quads
    into one bulk ingestion decides on it, before the first quad is made)."""
    n = 0
    for r in records:
        if type(r) is Document:
            n += 12
        elif type(r) is Actor:
            n += 5 + len(r.aliases)
        elif type(r) is Place:
            n += 8 + len(r.aliases)
        elif type(r) is Statement:
            n += 18 + len(r.about) + len(r.topics) + len(r.topic_words)
        elif type(r) is Event:
            n += 24 + 2 * len(r.actors) + len(r.quantities)
        elif type(r) is TimeMention:
            n += 11
        else:  # a subclass of a record type: its quads, counted
            n += len(quads([r]))
    return n


def _document(d: Document, add: Add) -> None:
    s = doc_iri(d.id)
    add(Quad(s, RDF_TYPE, C_DOCUMENT))
    add(Quad(s, A_SHA256, _s(d.content_hash)))
    add(Quad(s, DC_LANGUAGE, _term(d.language)))
    if d.title:
        add(Quad(s, DC_TITLE, _s(d.title)))
    if d.published:
        add(Quad(s, A_PUBLISHED, _s(d.published.value)))
        add(Quad(s, A_PUBLISHED_PRECISION, _term(d.published.precision)))
        _span(add, s, d.published.value, ng("publishedStart"), ng("publishedEnd"))
    if d.outlet:
        add(Quad(s, A_OUTLET, _s(d.outlet)))
    if d.url:
        add(Quad(s, A_URL, _s(d.url)))
    if d.source:
        add(Quad(s, A_SOURCE, _s(d.source)))
    add(Quad(s, A_TEXT, _s(d.text)))  # the text every offset indexes (the explorer shows it)


def _actor(a: Actor, add: Add) -> None:
    s = actor_iri(a.id)
    add(Quad(s, RDF_TYPE, ACTOR_CLASSES.get(a.type, C_ACTOR)))
    add(Quad(s, RDF_TYPE, C_ACTOR))
    add(Quad(s, RDFS_LABEL, _s(a.name)))
    for alias in a.aliases:
        add(Quad(s, SKOS_ALT, _s(alias)))
    add(Quad(s, A_MENTIONED_IN, doc_iri(a.doc)))
    if a.identified:  # only ever true: one report that names the actor is enough
        add(Quad(s, A_IDENTIFIED, TRUE))


def _place(p: Place, add: Add) -> None:
    s = place_iri(p.id)
    add(Quad(s, RDF_TYPE, C_PLACE))
    add(Quad(s, RDFS_LABEL, _s(p.name)))
    add(Quad(s, A_PLACE_TYPE, _term(p.type)))
    for alias in p.aliases:
        add(Quad(s, SKOS_ALT, _s(alias)))
    if p.lat is not None and p.lon is not None:
        add(Quad(s, GEO_LAT, Literal(repr(float(p.lat)), datatype=XSD_DOUBLE)))
        add(Quad(s, GEO_LONG, Literal(repr(float(p.lon)), datatype=XSD_DOUBLE)))
    if p.geonames_id is not None:
        add(Quad(s, A_GEONAMES, _i(p.geonames_id)))
    if p.country:
        add(Quad(s, A_COUNTRY, _s(p.country)))
    add(Quad(s, A_MENTIONED_IN, doc_iri(p.doc)))


def _evidence(add: Add, s: NamedNode, doc_id: str, ev: Evidence) -> None:
    add(Quad(s, RDF_TYPE, C_EVIDENCE))
    add(Quad(s, A_IN_DOCUMENT, doc_iri(doc_id)))
    add(Quad(s, A_START, _i(ev.start)))
    add(Quad(s, A_END, _i(ev.end)))
    add(Quad(s, A_TEXT, _s(ev.text)))


def _date(add: Add, s: NamedNode, date: TimeValue | None) -> None:
    if date:
        add(Quad(s, A_DATE, _s(date.value)))
        add(Quad(s, A_DATE_PRECISION, _term(date.precision)))
        _span(add, s, date.value, DATE_START, DATE_END)


DATE_START, DATE_END = ng("dateStart"), ng("dateEnd")


def _statement(st: Statement, add: Add) -> None:
    s = iri("statement", st.id)
    add(Quad(s, RDF_TYPE, C_STATEMENT))
    add(Quad(s, A_EVENT_TYPE, MAKE_STATEMENT))
    add(Quad(s, A_IN_DOCUMENT, doc_iri(st.doc)))
    add(Quad(s, A_SPEAKER, actor_iri(st.speaker.id)))
    add(Quad(s, A_CONTENT, _s(st.content)))
    add(Quad(s, A_DIRECT, TRUE if st.direct else FALSE))
    add(Quad(s, A_CUE, _term(st.cue)))
    for actor in st.about:
        add(Quad(s, A_ABOUT, actor_iri(actor.id)))
    for topic in st.topics:
        add(Quad(s, A_TOPIC, _topic(topic)))
    for word in st.topic_words:
        add(Quad(s, A_TOPIC_WORD, _s(word)))
    _date(add, s, st.date)
    if st.date_source:
        add(Quad(s, A_DATE_SOURCE, _term(st.date_source)))
    ev = evidence_iri(st.doc, st.evidence)
    add(Quad(s, A_EVIDENCE, ev))
    _evidence(add, ev, st.doc, st.evidence)


def _event(e: Event, add: Add) -> None:
    if e.type in DYADIC:  # the type's property, as the actor network reads it
        add(Quad(_event_type(e.type), A_DYADIC, TRUE))
    _event_report(e, add)


def _event_report(e: Event, add: Add) -> None:
    """The quads of an event report and of its event (all of ``_event`` but its type's)."""
    s = iri("report", e.id)
    event = iri("event", e.event_id or e.id)
    add(Quad(s, RDF_TYPE, C_EVENT_REPORT))
    add(Quad(s, A_REPORT_OF, event))
    add(Quad(s, A_IN_DOCUMENT, doc_iri(e.doc)))
    add(Quad(s, A_TRIGGER, _s(e.trigger)))
    add(Quad(event, RDF_TYPE, C_EVENT))
    kind = _event_type(e.type)
    cameo = _s(e.cameo) if e.cameo else None
    roles = [(ROLES.get(role.role, A_PARTICIPANT), actor_iri(role.id)) for role in e.actors]
    place = place_iri(e.location.id) if e.location else None
    for node in (s, event):
        add(Quad(node, A_EVENT_TYPE, kind))
        if cameo is not None:
            add(Quad(node, A_CAMEO, cameo))
        for prop, actor in roles:
            add(Quad(node, prop, actor))
        if place is not None:
            add(Quad(node, A_PLACE, place))
    _date(add, s, e.date)
    if e.date_source:
        add(Quad(s, A_DATE_SOURCE, _term(e.date_source)))
    add(Quad(s, A_MODALITY, _term(e.modality)))
    for q in e.quantities:
        add(Quad(s, A_QUANTITY, _s(f"{q.value:g} {q.unit}")))
    ev = evidence_iri(e.doc, e.evidence)
    add(Quad(s, A_EVIDENCE, ev))
    _evidence(add, ev, e.doc, e.evidence)


def _time(t: TimeMention, add: Add) -> None:
    s = iri("time", f"{t.doc}/{t.start}-{t.end}")
    add(Quad(s, RDF_TYPE, C_TIME))
    add(Quad(s, A_IN_DOCUMENT, doc_iri(t.doc)))
    add(Quad(s, A_START, _i(t.start)))
    add(Quad(s, A_END, _i(t.end)))
    add(Quad(s, A_TEXT, _s(t.text)))
    add(Quad(s, A_VALUE, _s(t.value)))
    add(Quad(s, A_DATE_PRECISION, _term(t.precision)))
    add(Quad(s, A_TIMEX_TYPE, _term(t.type)))
    _span(add, s, t.value, DATE_START, DATE_END)
    add(Quad(s, TIME_UNIT, TIME_UNITS[t.precision]))


_WRITERS: dict[type, Callable[[Any, Add], None]] = {
    Document: _document,
    Actor: _actor,
    Place: _place,
    Statement: _statement,
    Event: _event,
    TimeMention: _time,
}
