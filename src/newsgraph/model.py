"""The domain types every stage speaks.

Records flow read -> analyse -> extract -> resolve -> store. Each record is a frozen dataclass;
``to_dict`` gives the JSON Lines shape that ``newsgraph extract --format jsonl`` prints (its field
names are a public contract: other tools read them).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

Precision = Literal["year", "month", "week", "day", "hour", "minute"]
PRECISIONS: tuple[str, ...] = ("year", "month", "week", "day", "hour", "minute")

Modality = Literal["asserted", "negated", "hypothetical", "future", "reported"]
"""How a text presents an event: as a fact, denied, possible or wished, announced for later, or
alleged (the journalistic conditional, "présumé")."""

ActorType = Literal["person", "organization", "gpe", "group", "anonymous", "unknown"]
"""person, organization, gpe (a state or a place standing for its government), group (a
collective such as "les autorités ukrainiennes"), anonymous ("un responsable américain")."""


def stable_id(*parts: object, size: int = 16) -> str:
    """A short id derived from content, so the same input always gives the same id."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:size]


@dataclass(frozen=True, slots=True)
class TimeValue:
    """A calendar value with its precision: ``2022``, ``2022-11``, ``2022-W45``, ``2022-11-09``,
    ``2022-11-09T14:30``."""

    value: str
    precision: Precision


_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def days_of(value: str | None) -> tuple[date, date] | None:
    """The first and last day a calendar value covers; None if it is not one.

    >>> days_of("2022-W45")
    (datetime.date(2022, 11, 7), datetime.date(2022, 11, 13))
    >>> days_of("2022-02")
    (datetime.date(2022, 2, 1), datetime.date(2022, 2, 28))
    """
    if not value:
        return None
    try:
        if m := _WEEK.match(value):
            y, w = int(m[1]), int(m[2])
            return date.fromisocalendar(y, w, 1), date.fromisocalendar(y, w, 7)
        if m := _DATE.match(value):
            y = int(m[1])
            if m[3]:
                d = date(y, int(m[2]), int(m[3]))
                return d, d
            if m[2]:
                first = date(y, int(m[2]), 1)
                nxt = date(y + (first.month == 12), first.month % 12 + 1, 1)
                return first, nxt - timedelta(days=1)
            return date(y, 1, 1), date(y, 12, 31)
    except ValueError:
        return None
    return None


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence a fact came from, as offsets into the document text exactly as read."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    title: str | None = None
    published: TimeValue | None = None
    outlet: str | None = None
    url: str | None = None
    language: str = "fr"
    source: str | None = None  # where it was read from: "path" or "path:line"

    @property
    def content_hash(self) -> str:
        return text_hash(self.text)


@lru_cache(maxsize=1024)
def text_hash(text: str) -> str:
    """The SHA-256 of a text, kept for the last texts: a build asks it of each document three times
    (the stored-hash check, the document record, its RDF), each a pass over the whole text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class ActorRef:
    id: str
    name: str
    type: ActorType


@dataclass(frozen=True, slots=True)
class RoleRef:
    """An actor in an event, with its role: ``agent``, ``target`` or ``participant``."""

    id: str
    name: str
    role: str
    type: ActorType = "unknown"


@dataclass(frozen=True, slots=True)
class PlaceRef:
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class Actor:
    """An actor as seen in one document; ``id`` is canonical across documents."""

    doc: str
    id: str
    name: str
    type: ActorType
    aliases: tuple[str, ...] = ()
    mentions: int = 1
    identified: bool = False  # set by resolution: a named or institutional actor, not "un homme"


@dataclass(frozen=True, slots=True)
class Place:
    doc: str
    id: str
    name: str
    type: str = "unknown"  # city, region, country, water, unknown
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # "people", "USD", "EUR", "soldiers", ...
    text: str


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    doc: str
    speaker: ActorRef
    content: str
    direct: bool
    cue: str
    evidence: Evidence
    topics: tuple[str, ...] = ()
    date: TimeValue | None = None
    date_source: Literal["text", "publication"] | None = None
    content_start: int | None = None
    content_end: int | None = None
    about: tuple[ActorRef, ...] = ()  # actors mentioned in the content
    topic_words: tuple[str, ...] = ()  # the words that decided the topics (folded), for review


@dataclass(frozen=True, slots=True)
class Event:
    """One report of an event in one document. ``event_id`` names the real-world event that
    reports from several articles share (set by resolution)."""

    id: str
    doc: str
    type: str  # a concept of ontology/event_types.ttl, e.g. "withdraw"
    trigger: str
    evidence: Evidence
    cameo: str | None = None
    actors: tuple[RoleRef, ...] = ()
    location: PlaceRef | None = None
    date: TimeValue | None = None
    quantities: tuple[Quantity, ...] = ()
    event_id: str | None = None
    modality: Modality = "asserted"
    date_source: Literal["text", "publication"] | None = None


TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
"""The TIMEX3 types: a date or a time of day (a calendar value, or a reference such as
``PRESENT_REF`` or ``199X``), a stretch of time (``P3Y``), a recurrence (``XXXX-WXX-1``, ``P1M``)."""


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A time expression: ``value`` is a TimeML value, a calendar value (``2022-11-09``) or one
    that names no calendar stretch (``PRESENT_REF``, ``PAST_REF``, ``199X``, ``19XX``, ``XXXX-SU``,
    ``P3Y``, ``XXXX-WXX-1``), which gets no date interval; ``precision`` is the grain the words
    name (a duration's or a recurrence's unit, ``day`` for the present, past or future)."""

    doc: str
    start: int
    end: int
    text: str
    value: str
    precision: Precision
    type: TimexType = "DATE"


Record = Document | Actor | Place | Statement | Event | TimeMention

KINDS: dict[type, str] = {
    Document: "document",
    Actor: "actor",
    Place: "place",
    Statement: "statement",
    Event: "event",
    TimeMention: "time",
}


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)

    def records(self) -> list[Record]:
        return [self.document, *self.actors, *self.places, *self.statements, *self.events, *self.times]

    def record_count(self) -> int:
        """``len(self.records())`` without the list."""
        parts: tuple[list[Any], ...] = (self.actors, self.places, self.statements, self.events, self.times)
        return 1 + sum(len(p) for p in parts)


def to_dict(record: Record, *, with_text: bool = False) -> dict[str, Any]:
    """The JSON Lines shape of a record (the ``extract`` contract)."""
    kind = KINDS[type(record)]
    if isinstance(record, Document):
        d: dict[str, Any] = {
            "kind": kind,
            "doc": record.id,
            "id": record.id,
            "title": record.title,
            "published": record.published.value if record.published else None,
            "published_precision": record.published.precision if record.published else None,
            "outlet": record.outlet,
            "url": record.url,
            "language": record.language,
            "source": record.source,
            "sha256": record.content_hash,
            "length": len(record.text),
        }
        if with_text:
            d["text"] = record.text
        return d
    d = {"kind": kind, **asdict(record)}
    if isinstance(record, Statement | Event):
        date = record.date
        d["date"] = date.value if date else None
        d["date_precision"] = date.precision if date else None
    if isinstance(record, Statement):
        d["topics"] = list(record.topics)
        d["about"] = list(d["about"])
        d["topic_words"] = list(record.topic_words)
    if isinstance(record, Event | Actor | Place):
        for key in ("actors", "aliases", "quantities"):
            if key in d:
                d[key] = list(d[key])
    return d
