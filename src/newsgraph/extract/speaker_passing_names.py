"""A first name the narration names in passing just before a pronoun incise: "Un art qui n'a pas de
secret pour Annie depuis cinquante ans. « … », dit-elle" (Annie, though no speaker was heard). A
first name inside a longer name is no one named: "l'institut Paul-Bocuse", "le lycée Jean Moulin"."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, doc_text, sentence_before
from newsgraph.extract.entity_spans import first_names
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote
from newsgraph.names import fold_spaced as fold

SUBJECT_PRONOUNS = {"il", "elle", "ils", "elles"}


def passing_first_name(ctx: DocContext, at: int, wanted: str) -> Token | None:
    """The one first name of the wanted gender the narration sentence right before the pronoun's
    names in passing, when that sentence has no pronoun subject of its own: "Un art qui n'a pas de
    secret pour Annie depuis cinquante ans. « … », dit-elle" (Annie, not a speaker heard before)."""
    doc = ctx.sdoc
    prev = sentence_before(ctx, at)
    if prev is None:
        return None
    quotes = doc_quotes(doc)
    if inside_quote(quotes, prev.start_char + 1) or inside_quote(quotes, prev.end_char - 2):
        return None
    if any(t.dep_ in {"nsubj", "nsubj:pass"} and t.lower_ in SUBJECT_PRONOUNS for t in prev):
        return None  # "Elle a rendu visite à Marie. « … », dit-elle": the same "elle" speaks
    names = first_names()
    found = [
        t
        for t in prev
        if t.text[:1].isupper()
        and names.get(fold(t.text)) == wanted
        and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].text[:1].isupper())
        and not any(m.label in {"PER", "ORG"} for m in ctx.mentions_at(t.idx))
        and not in_longer_name(ctx, t)
    ]
    return found[0] if len(found) == 1 else None


def in_longer_name(ctx: DocContext, tok: Token) -> bool:
    """A first name that is part of a longer name, of a place or an institution named after someone
    ("l'institut Paul-Bocuse", "le lycée Jean Moulin", "rue Victor-Hugo"): no person is named there."""
    joined = doc_text(tok.doc)[tok.idx + len(tok.text) :].split(" ", 1)[0]  # "-Bocuse" of "Paul-Bocuse"
    rest = joined.lstrip(HYPHENS)
    if joined[:1] in HYPHENS and rest[:1].isupper() and fold(rest.rstrip(",.;:)")) not in first_names():
        return True  # not "Jean-Pierre", a compound first name
    return any(" " in m.name.strip() for m in ctx.mentions_at(tok.idx))


HYPHENS = "-\u2011"
