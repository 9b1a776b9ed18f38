"""Load the French model, analyse documents in batches, and run the extraction stages."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.extract import clean, entities, events, statements, timex
from newsgraph.extract.context import DocContext, Mention
from newsgraph.geo import geocode
from newsgraph.model import Actor, ActorType, Document, Event, Extraction, Place, Statement
from newsgraph.names import actor_id

MODEL = "fr_core_news_md"
ACTOR_LABELS = {"PER": "person", "ORG": "organization", "ANON": "anonymous", "GROUP": "group"}
PLACE_LABELS = {"LOC", "GPE"}


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    """The spaCy pipeline, loaded once per process."""
    nlp = spacy.load(model)
    nlp.max_length = max(nlp.max_length, 10_000_000)
    return nlp


CHUNK_CHARS = 50_000
"""Longer texts are parsed in pieces cut at line or sentence ends and joined back into one Doc:
spaCy's memory grows with the length of a text (5 MB in one piece took 15 GB)."""


def split_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    """Consecutive pieces of ``text`` (joined, they give it back), each at most about ``size``
    characters, cut after a line break, else after a sentence end, else after a space."""
    pieces, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        line, sentence, space = window.rfind("\n"), window.rfind(". "), window.rfind(" ")
        if line >= size // 2:
            cut = line + 1
        elif sentence >= size // 2:
            cut = sentence + 2
        elif space > 0:
            cut = space + 1
        else:  # one enormous "word": cut it anywhere
            cut = size
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def analyse(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Document, DocContext]]:
    """Clean and parse documents in batches; offsets in the parse index the original text."""
    nlp = nlp or load_nlp()

    def pieces() -> Iterator[tuple[str, tuple[Document, int, int]]]:
        for d in documents:
            parts = split_text(clean.mask_debris(d.text))
            for i, part in enumerate(parts):
                yield part, (d, i, len(parts))

    parsed: list[Doc] = []
    for sdoc, (document, i, n) in nlp.pipe(pieces(), batch_size=batch_size, as_tuples=True):
        if n == 1:
            yield document, DocContext(document=document, sdoc=sdoc)
            continue
        parsed.append(sdoc)
        if i == n - 1:
            whole = Doc.from_docs(parsed, ensure_whitespace=False)
            parsed = []
            yield document, DocContext(document=document, sdoc=whole)


def extract_document(ctx: DocContext) -> Extraction:
    """Run every stage on one analysed document."""
    document = ctx.document
    ctx.mentions = entities.find_mentions(ctx.sdoc)
    ctx.times = timex.find_times(document.text, document.published, document.id, ctx.sdoc)
    found_statements = statements.extract_statements(ctx)
    found_events = events.extract_events(ctx)
    actors = collect_actors(document.id, ctx.mentions, found_statements, found_events)
    places = collect_places(document.id, ctx.mentions, found_events)
    return Extraction(document, actors, places, found_statements, found_events, ctx.times)


def extract(documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 32) -> Iterator[Extraction]:
    for _, ctx in analyse(documents, nlp, batch_size):
        yield extract_document(ctx)


def extract_documents(documents: Sequence[Document], model: str = MODEL, batch_size: int = 32) -> list[Extraction]:
    """Analyse and extract ``documents`` in this process. A document whose extraction fails is
    reported on stderr and left out (not stored, so the next run tries it again): one bad article
    must not stop a long build."""
    if not documents:
        return []
    out = []
    for document, ctx in analyse(documents, load_nlp(model), batch_size=batch_size):
        try:
            out.append(extract_document(ctx))
        except Exception as e:
            print(f"newsgraph: extraction failed on document {document.id} ({document.source}), skipped: "
                  f"{type(e).__name__}: {str(e)[:200]}", file=sys.stderr, flush=True)
    return out


def collect_actors(
    doc_id: str, mentions: list[Mention], found_statements: list[Statement], found_events: list[Event]
) -> list[Actor]:
    """One actor record per entity the document mentions, speaks through or involves in an event."""
    seen: dict[str, dict[str, Any]] = {}

    def add(id_: str, name: str, type_: ActorType, alias: str | None = None) -> None:
        entry = seen.setdefault(id_, {"name": name, "type": type_, "aliases": set(), "mentions": 0})
        entry["mentions"] += 1
        entry["aliases"].add(alias or name)

    for m in mentions:
        if m.label in ACTOR_LABELS:
            type_ = ACTOR_LABELS[m.label]
            add(actor_id(m.name, type_), m.name, type_, m.text)  # type: ignore[arg-type]
    for s in found_statements:
        add(s.speaker.id, s.speaker.name, s.speaker.type)
    for e in found_events:
        for r in e.actors:
            add(r.id, r.name, r.type)
    return [
        Actor(doc_id, id_, v["name"], v["type"], tuple(sorted(v["aliases"])), v["mentions"])
        for id_, v in seen.items()
    ]


def collect_places(doc_id: str, mentions: list[Mention], found_events: list[Event]) -> list[Place]:
    """Geocoded places the document mentions or locates an event at."""
    places: dict[str, Place] = {}
    names = [m.name for m in mentions if m.label in PLACE_LABELS]
    names += [e.location.name for e in found_events if e.location]
    for name in names:
        geo = geocode(name)
        if geo is None:
            continue
        prev = places.get(geo.id)
        aliases = tuple(sorted({*(prev.aliases if prev else ()), name}))
        places[geo.id] = Place(
            doc_id, geo.id, geo.name, geo.type, geo.lat, geo.lon, geo.geonames_id, geo.country, aliases
        )
    for e in found_events:  # every place an event points to has a record, geocoded or not
        if e.location and e.location.id not in places:
            places[e.location.id] = Place(doc_id, e.location.id, e.location.name, "unknown", aliases=(e.location.name,))
    return list(places.values())
