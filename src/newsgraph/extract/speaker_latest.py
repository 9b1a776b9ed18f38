"""The one "ce dernier", "cette dernière", "ces derniers" or "celle-ci" takes up as a speaker: the
last person or people named before it, in its sentence or the one before, agreeing in gender and
number ("Pour Pierre Roux, éleveur, l'instant compte. « … », explique ce dernier"; "Le ministre a
reçu les taxis. Ces derniers réclament …"). Used by ``speech_speakers.speaker_from_head``, which
passes how a mention and a noun phrase become speakers."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_gender import Speaker as Gendered
from newsgraph.extract.speaker_gender import aged_name, gender
from newsgraph.extract.speaker_nouns import folded_institutions, head_form, speaker_kind
from newsgraph.extract.speech_demonstratives import anaphor_form
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote

LATEST_SENTENCES = 2  # sentences back (with the anaphor's own) the referent is looked for in
LATEST_WINDOW = 500  # ... within so many characters


def latest_referent[S: Gendered](
    ctx: DocContext,
    head: Token,
    from_mention: Callable[[DocContext, Mention], S],
    from_phrase: Callable[[DocContext, Token], S | None],
) -> S | None:
    """The person or people the anaphor ``head`` takes up (``from_mention`` makes a named person a
    speaker, ``from_phrase`` a noun phrase of people), or None when only things precede it."""
    doc = head.doc
    low = anaphor_form(head)
    plural = low.endswith("s") or low in {"ceux-ci", "celles-ci"}
    feminine = low.startswith("celle") or "ère" in low or low.endswith("ée")  # "l'intéressée"
    quotes = doc_quotes(ctx.sdoc)
    sentences = 0
    for tok in reversed(doc[: head.i]):
        if head.idx - tok.idx > LATEST_WINDOW or "\n" in tok.text:
            break
        if inside_quote(quotes, tok.idx):
            continue
        if tok.text in {".", "!", "?"}:
            sentences += 1  # a narration sentence's end (quoted sentences do not count)
            if sentences >= LATEST_SENTENCES:
                break
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        person = next((m for m in ctx.mentions_at(tok.idx) if m.label == "PER" or aged_name(ctx, m)), None)
        if person is not None and not plural:
            found = from_mention(ctx, person)
            if gender(ctx, found) in {"f" if feminine else "m", None}:
                return found
            continue
        if tok.pos_ != "NOUN" or ("Plur" in tok.morph.get("Number", [])) != plural:
            continue
        if tok.dep_ == "nmod" and tok.head.i < tok.i and is_role(tok.head):
            continue  # "la directrice de l'école. Celle-ci …": the director, not her school
        owner = doc[tok.i - 2] if tok.i >= 2 and doc[tok.i - 1].text == "," else tok.head
        person = next((m for m in ctx.mentions_at(owner.idx) if m.label == "PER"), None)
        if person is not None and not plural and owner.i < tok.i:
            continue  # "Lucien Barre, apiculteur": the name before the apposition is taken next
        if not (is_role(tok) or speaker_kind(tok) is not None) or head_form(tok) in folded_institutions():
            continue
        det = next((c for c in tok.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
        tok_gender = (det or tok).morph.get("Gender", [])
        if ("Fem" in tok_gender and not feminine) or ("Masc" in tok_gender and feminine):
            continue
        return from_phrase(ctx, tok)
    return None
