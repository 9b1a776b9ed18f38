"""Load the French model, analyse documents in batches, and run the extraction stages."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from itertools import groupby
from typing import Any

import spacy
from spacy.language import Language

from newsgraph.extract import clean, entities, events, statements, timex
from newsgraph.extract.context import PLACE_LABELS, TEXT_KEY, DocContext, Mention
from newsgraph.extract.lemmas import use_cached_lemmas
from newsgraph.extract.memory import keep_freed_memory
from newsgraph.extract.org_names import add_organisation_ruler
from newsgraph.extract.pos_tags import use_pos_tags
from newsgraph.extract.segmentation import guard_sentence_starts
from newsgraph.geo import geocode, place_of
from newsgraph.model import (
    Actor,
    ActorType,
    Document,
    Event,
    Evidence,
    Extraction,
    Place,
    PlaceRef,
    Statement,
    TimeMention,
)
from newsgraph.names import actor_id

MODEL = "fr_core_news_md"
ACTOR_LABELS = {"PER": "person", "ORG": "organization", "ANON": "anonymous", "GROUP": "group"}


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    """The spaCy pipeline, loaded once per process."""
    keep_freed_memory()  # each parse is freed once its records are made (``release``)
    nlp = spacy.load(model)
    nlp.max_length = max(nlp.max_length, 10_000_000)
    index_lemma_words(nlp)
    guard_sentence_starts(nlp)
    add_organisation_ruler(nlp)  # names of French bodies the model misses, labelled ORG
    use_pos_tags(nlp)  # the attribute ruler's annotation without its Matcher (same Docs)
    use_cached_lemmas(nlp)  # the rule lemmatizer's lemmas, asked once per form and POS (same Docs)
    return nlp


def index_lemma_words(nlp: Language) -> None:
    """Make the rule lemmatizer's word lists sets: spaCy's French lemmatizer tests every token
    with ``word in index[pos]``, where ``index`` (spacy-lookups-data's ``lemma_index``) holds lists
    (66,191 nouns): a linear scan per token and rule, a quarter of the model's time. A set answers
    the same membership tests, so the lemmas are unchanged (``tests/extract/test_pipeline_speed.py``)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


CHUNK_CHARS = 50_000
"""Longer texts are parsed and extracted in pieces cut at line or sentence ends, one piece at a
time: spaCy's memory grows with the length of a text (5 MB in one piece took 15 GB, 1 MB joined
back into one Doc 3.65 GB)."""


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


def is_long(document: Document) -> bool:
    return len(document.text) > CHUNK_CHARS


def analyse(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 32
) -> Iterator[tuple[Document, DocContext]]:
    """Clean and parse documents in batches; offsets in the parse index the original text.

    A text longer than ``CHUNK_CHARS`` gives one context per piece, in order, each parsed alone
    when the previous one is done with: ``ctx.document`` is the piece (same id and metadata, its
    text a slice of the original) and ``ctx.offset`` where it starts in the original text."""
    nlp = nlp or load_nlp()
    for long, group in groupby(documents, key=is_long):
        if not long:
            stream = ((text, (text, d)) for d in group for text in (clean.mask_debris(d.text),))
            for sdoc, (text, document) in nlp.pipe(stream, batch_size=batch_size, as_tuples=True):
                sdoc.user_data[TEXT_KEY] = text  # what doc_text would join again from the tokens
                yield document, DocContext(document=document, sdoc=sdoc)
            continue
        for document in group:
            offset, lead = 0, None
            for part in split_text(clean.mask_debris(document.text), CHUNK_CHARS):
                piece = replace(document, text=document.text[offset : offset + len(part)])
                ctx = DocContext(document=piece, sdoc=nlp(part), offset=offset, lead=lead)
                if lead is None and len(ctx.sdoc):
                    lead = ctx.sdoc[0].sent.text
                yield document, ctx
                del ctx  # before the next piece is parsed: one piece's Doc alive at a time
                offset += len(part)


def extract_document(ctx: DocContext) -> Extraction:
    """Run every stage on one analysed document (or piece of one: offsets are then the piece's)."""
    document = ctx.document
    ctx.mentions = entities.find_mentions(ctx.sdoc)
    times = timex.find_times(document.text, document.published, document.id, ctx.sdoc)
    ctx.times = timex.dated(times)  # "désormais", "P3Y", "199X" date no statement nor event
    found_statements = statements.extract_statements(ctx)
    found_events = events.extract_events(ctx)
    actors = collect_actors(document.id, ctx.mentions, found_statements, found_events)
    places = collect_places(document.id, ctx.mentions, found_events)
    return Extraction(document, actors, places, found_statements, found_events, times)


def extractions(
    analysed: Iterable[tuple[Document, DocContext]],
) -> Iterator[tuple[Document, Extraction | Exception]]:
    """Each document's extraction (or the error that stopped it), the pieces of a long text run
    one by one and merged, their offsets moved to index the whole text; only the records of
    the pieces done are kept, never their parse."""
    merged: LongText | None = None
    for document, ctx in analysed:
        if ctx.document is document:  # a text in one piece
            try:
                found: Extraction | Exception = extract_document(ctx)
            except Exception as e:
                found = e
            release(ctx)
            yield document, found
            continue
        if ctx.offset == 0:
            merged = LongText(document)
        assert merged is not None and merged.document is document, "pieces of a text come in order"
        merged.add(ctx)
        release(ctx)
        del ctx
        if merged.done:
            yield document, merged.result()
            merged = None


def release(ctx: DocContext) -> None:
    """Drop what the stages kept on a parse once its records are made: the tables and spans in
    ``sdoc.user_data`` point back at the Doc, so without this each Doc (its arrays and tables)
    stays alive until the cyclic collector runs, hundreds at a time in a worker (RSS grew by
    ~70 MB per 1,000 reports and per worker); with it the Doc goes as soon as the loop moves on.
    The records are made and hold no part of the parse."""
    ctx.sdoc.user_data.clear()


class LongText:
    """The records of a long text, gathered piece by piece."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.mentions: list[Mention] = []
        self.statements: list[Statement] = []
        self.events: list[Event] = []
        self.times: list[TimeMention] = []
        self.error: Exception | None = None
        self.done = False

    def add(self, ctx: DocContext) -> None:
        self.done = ctx.offset + len(ctx.document.text) == len(self.document.text)
        if self.error is not None:
            return
        try:
            part = extract_document(ctx)
        except Exception as e:  # the text fails as a whole; its other pieces are not run
            self.error = e
            return
        off = ctx.offset
        self.mentions += ctx.mentions
        self.statements += [shift_statement(s, off) for s in part.statements]
        self.events += [replace(e, evidence=shift(e.evidence, off)) for e in part.events]
        self.times += [replace(t, start=t.start + off, end=t.end + off) for t in part.times]

    def result(self) -> Extraction | Exception:
        if self.error is not None:
            return self.error
        doc_id = self.document.id
        actors = collect_actors(doc_id, self.mentions, self.statements, self.events)
        places = collect_places(doc_id, self.mentions, self.events)
        return Extraction(self.document, actors, places, self.statements, self.events, self.times)


def shift(evidence: Evidence, offset: int) -> Evidence:
    return replace(evidence, start=evidence.start + offset, end=evidence.end + offset)


def shift_statement(s: Statement, offset: int) -> Statement:
    return replace(
        s,
        evidence=shift(s.evidence, offset),
        content_start=None if s.content_start is None else s.content_start + offset,
        content_end=None if s.content_end is None else s.content_end + offset,
    )


def extract(
    documents: Iterable[Document], nlp: Language | None = None, batch_size: int = 32
) -> Iterator[Extraction]:
    for _, found in extractions(analyse(documents, nlp, batch_size)):
        if isinstance(found, Exception):
            raise found
        yield found


def extract_or_report(
    documents: Iterable[Document],
    report: Callable[[Document, Exception], None],
    nlp: Language | None = None,
    batch_size: int = 32,
) -> Iterator[Extraction]:
    """Each document's extraction; a document whose extraction fails is given to ``report`` and
    left out, so one bad article does not stop the others."""
    for document, found in extractions(analyse(documents, nlp, batch_size)):
        if isinstance(found, Exception):
            report(document, found)
        else:
            yield found


def error_text(e: Exception) -> str:
    """An extraction error for a message: its kind and the start of its text."""
    return f"{type(e).__name__}: {str(e)[:200]}"


def _print_failure(document: Document, e: Exception) -> None:
    print(
        f"newsgraph: extraction failed on document {document.id} ({document.source}), skipped: "
        f"{error_text(e)}",
        file=sys.stderr,
        flush=True,
    )


def extract_documents(
    documents: Sequence[Document], model: str = MODEL, batch_size: int = 32
) -> list[Extraction]:
    """Analyse and extract ``documents`` in this process. A document whose extraction fails is
    reported on stderr and left out (not stored, so the next run tries it again): one bad article
    must not stop a long build."""
    if not documents:
        return []
    return list(extract_or_report(documents, _print_failure, load_nlp(model), batch_size))


def collect_actors(
    doc_id: str, mentions: list[Mention], found_statements: list[Statement], found_events: list[Event]
) -> list[Actor]:
    """One actor record per entity the document mentions, speaks through or about, or involves in an
    event."""
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
        for a in s.about:  # spoken about: an actor of the document too (a node with its label)
            add(a.id, a.name, a.type)
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
            places[e.location.id] = located(doc_id, e.location)
    return list(places.values())


def located(doc_id: str, ref: PlaceRef) -> Place:
    """The record of a place an event points to that no mention geocodes: a town of the gazetteer's
    small list (``geo.locality``) under the gazetteer's name and coordinates ("Etretat" and
    "Étretat" are one place, one label), else the report's name."""
    geo = place_of(ref.name)
    if geo is None or geo.id != ref.id:
        return Place(doc_id, ref.id, ref.name, "unknown", aliases=(ref.name,))
    town = (geo.id, geo.name, geo.type, geo.lat, geo.lon, geo.geonames_id, geo.country)
    return Place(doc_id, *town, aliases=(ref.name,))
