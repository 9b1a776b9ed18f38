"""A parse is freed as soon as its document's records are made (``pipeline.release``): the stages'
tables in ``Doc.user_data`` point back at the Doc, so without the release every Doc waits for the
cyclic collector (hundreds alive at once in a build worker, its memory growing along the run).
The records are the same with and without it."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from newsgraph.extract import pipeline
from newsgraph.extract.context import DocContext
from newsgraph.model import Document, TimeValue

# texts of our own: a quote, reported speech, an event with a place and a date, a long text cut
# in pieces (CHUNK_CHARS), an empty one
TEXTS = [
    "« Nous ne céderons rien », a déclaré mardi la maire de Rennes, Odile Martin.",
    "Le ministre de l'Agriculture a annoncé jeudi que les aides seraient versées en mars.",
    "Des manifestants ont bloqué lundi le port de Brest pour protester contre la réforme.",
    "La préfète a estimé que la situation restait tendue.\n" * 1200,
    "",
]


def _documents() -> list[Document]:
    return [
        Document(id=f"release-{i}", text=t, published=TimeValue("2024-03-05", "day"))
        for i, t in enumerate(TEXTS)
    ]


def _watched(analysed: Iterator[tuple[Document, DocContext]], refs: list[weakref.ref]) -> Iterator:
    for document, ctx in analysed:
        refs.append(weakref.ref(ctx.sdoc))
        yield document, ctx


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_parse_freed_without_the_collector(nlp, index):
    refs: list[weakref.ref] = []
    document = _documents()[index]
    gc.collect()
    gc.disable()
    try:
        found = list(pipeline.extractions(_watched(pipeline.analyse([document], nlp), refs)))
        alive = sum(ref() is not None for ref in refs)
    finally:
        gc.enable()
    assert len(found) == 1 and not isinstance(found[0][1], Exception)
    assert refs and alive == 0


def test_records_unchanged_by_the_release(nlp, monkeypatch):
    released = list(pipeline.extract(_documents(), nlp))
    monkeypatch.setattr(pipeline, "release", lambda ctx: None)
    kept = list(pipeline.extract(_documents(), nlp))
    assert [x.statements for x in released] == [x.statements for x in kept]
    assert [x.events for x in released] == [x.events for x in kept]
    assert [(x.actors, x.places, x.times) for x in released] == [(x.actors, x.places, x.times) for x in kept]
    assert sum(len(x.statements) + len(x.events) for x in released) > 0
