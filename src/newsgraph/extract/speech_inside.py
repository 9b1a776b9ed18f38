"""A quote with its attribution inside it: « Je ne connais pas la suite, note M. Arnaud, mais ce ne
sera plus comme avant ». The incise is the narrator's, not the speaker's words, so such a quote
gives two statements of the same speaker and cue, one on each side of the incise; a statement's
content stays a stretch of the text (``content_start``/``content_end``). When a side is too short
to stand alone ("« Le problème, explique-t-elle, c'est que … »") the quote stays whole."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from newsgraph.extract.attribution import apposition_end, incise_at
from newsgraph.extract.entities import is_role
from newsgraph.extract.speech_common import Candidate, words
from newsgraph.extract.speech_quotes import trim

MIN_PART_WORDS = 3
# What closes an incise inside a quote: "note M. Arnaud, mais …", "soupire-t-elle : on …",
# "s'emporte Paul Martin. Personne …"
CLOSERS = {",", ":", ";", ".", "!", "?", "…"}


def split_inside_incises(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Each direct quote attributed from inside becomes its two sides; the others are unchanged."""
    out: list[Candidate] = []
    for c in cands:
        sides = incise_sides(text, c) if c.direct and c.rule.startswith("quote-inside") else None
        if sides is None:
            out.append(c)
            continue
        out.append(replace(c, content=sides[0], uses=set(c.uses)))
        out.append(replace(c, content=sides[1], uses=set(c.uses)))
    return out


def incise_sides(text: str, c: Candidate) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The content before the incise's opening comma and after the punctuation that closes it."""
    verb = c.cue_token
    cs, ce = c.content
    if verb is None or not cs < verb.idx < ce:
        return None
    doc = verb.doc
    opener = next((t for t in reversed(doc[max(0, verb.i - 6) : verb.i]) if t.text == ","), None)
    if opener is None or opener.idx <= cs:
        return None
    limit = min(len(doc), verb.i + 16)
    incise = incise_at(doc, opener.i + 1, limit)
    if incise is None or incise.verb.i != verb.i:
        return None
    end = incise.end  # "explique Anne Morel, maire de Vire, et …": the apposition is the incise's
    comma = next((t for t in doc[end : min(limit, end + 3)] if t.text == ","), None)
    stop = apposition_end(doc, comma.i) if comma is not None else None
    if stop is not None and stop < limit:
        end = stop
    closer = next((t for t in doc[end:limit] if t.text in CLOSERS), None)
    while closer is not None and closer.text == "," and continues_incise(doc, closer.i + 1):
        # "détaille X, directeur du restaurant, à Saint-Cyr. On …": the incise's own words go on
        closer = next(
            (t for t in doc[closer.i + 1 : min(len(doc), closer.i + 16)] if t.text in CLOSERS), None
        )
    if closer is None or not opener.idx < closer.idx < ce:
        return None
    before = trim(text, cs, opener.idx)
    after = trim(text, closer.idx + 1, ce)
    if min(words(text[before[0] : before[1]]), words(text[after[0] : after[1]])) < MIN_PART_WORDS:
        return None
    return before, after


def continues_incise(doc: Doc, i: int) -> bool:
    """After a comma, a role noun or a preposition still describes the speaker ("directeur du
    restaurant", "à Saint-Cyr"): the speaker's words do not start there."""
    if i >= len(doc):
        return False
    tok = doc[i]
    return tok.pos_ == "ADP" or (tok.pos_ == "NOUN" and is_role(tok))
