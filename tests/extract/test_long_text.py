"""A long text is extracted piece by piece: every record's offsets still index the whole text, and its
ids are those of whole-text offsets. The piece size is made small so that a short text has many
pieces (the code path is the one a multi-megabyte text takes)."""

from __future__ import annotations

import pytest

from newsgraph.extract import pipeline
from newsgraph.model import Document, TimeValue, stable_id

PARAGRAPHS = [
    "Le maire de Besançon, Paul Giraud, a annoncé mardi la fermeture de la piscine municipale.",
    "« Nous n'avons plus les moyens de chauffer l'eau », a déclaré Paul Giraud devant le conseil.",
    "Selon la préfète du Doubs, Anne Morel, la ville recevra une aide de l'État en mars.",
    "Le syndicat des agents territoriaux a appelé à la grève le 14 février à Besançon.",
    "Anne Morel a affirmé que les travaux commenceraient au printemps.",
    "Des manifestants ont bloqué la mairie de Dole jeudi matin.",
]
PIECE = 400


@pytest.fixture(scope="module")
def long_text() -> str:
    paragraphs = [f"{p} (Dépêche {i}.)" for i in range(6) for p in PARAGRAPHS]
    return "\n\n".join(paragraphs)


def test_long_text_records_index_the_whole_text(nlp, long_text: str, monkeypatch) -> None:
    monkeypatch.setattr(pipeline, "CHUNK_CHARS", PIECE)
    pieces = pipeline.split_text(long_text, PIECE)
    assert len(pieces) >= 5 and "".join(pieces) == long_text
    document = Document("long", long_text, published=TimeValue("2023-02-07", "day"))

    [x] = list(pipeline.extract([document], nlp))

    assert x.document is document
    first_piece = len(pieces[0])
    assert any(s.evidence.start >= first_piece for s in x.statements)  # later pieces were extracted
    assert any(e.evidence.start >= first_piece for e in x.events)
    assert any(t.start >= first_piece for t in x.times)
    for s in x.statements:
        assert long_text[s.evidence.start : s.evidence.end] == s.evidence.text
        assert s.content_start is not None and s.content_end is not None
        assert long_text[s.content_start : s.content_end] == s.content
        assert s.id == stable_id("long", s.content_start, s.content_end)
    for e in x.events:
        assert long_text[e.evidence.start : e.evidence.end] == e.evidence.text
        assert e.trigger in e.evidence.text
    for t in x.times:
        assert long_text[t.start : t.end] == t.text
    assert len({s.id for s in x.statements}) == len(x.statements)
    assert len({e.id for e in x.events}) == len(x.events)
    actor_ids = [a.id for a in x.actors]
    assert len(set(actor_ids)) == len(actor_ids)  # one record per actor across the pieces
    giraud = [a for a in x.actors if a.name == "Paul Giraud"]
    assert giraud and giraud[0].mentions > 6  # counted over every piece, not the last one only
