"""A body a singular pronoun takes up when no person agrees with it: "Le constat est dressé par la
Cour des comptes dans un rapport. Selon elle, une pension sur sept est fausse"; "La SNCF a
supprimé des trains. Elle explique que …" (the Cour des comptes, the SNCF speak).

The pronoun's gender must be the body's, read on its determiner ("la Cour", "le gouvernement"); the
body is the last subject that names an organisation (a mention, or an institution noun of
``roles.txt`` marked ``org``) in the narration sentence before the pronoun's or in the pronoun's own
sentence before it. Used only when no person, role or speaker heard before agrees.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import DocContext
from newsgraph.extract.speaker_nouns import folded_institutions, head_form, speaker_kind
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote

SUBJECT_DEPS = {"nsubj", "nsubj:pass"}
BODY_LABELS = {"ORG"}


def pronoun_gender(pronoun: str) -> str | None:
    """ "Fem" for "elle", "Masc" for "il" and "lui", None for the others ("on", plural ones)."""
    low = pronoun.removeprefix("-t").lstrip("-")
    return {"elle": "Fem", "il": "Masc", "lui": "Masc"}.get(low)


def body_subject(ctx: DocContext, at: int, pronoun: str) -> Token | None:
    """The head of the body the singular pronoun at ``at`` takes up, or None."""
    wanted = pronoun_gender(pronoun)
    doc = ctx.sdoc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if wanted is None or span is None:
        return None
    own = span[0].sent
    quotes = doc_quotes(doc)
    spans = [doc[own.start : span[0].i]]
    if own.start > 0 and not inside_quote(quotes, doc[own.start - 1].sent.start_char + 1):
        spans.insert(0, doc[own.start - 1].sent)
    found = [t for s in spans for t in s if is_body_subject(ctx, t) and not inside_quote(quotes, t.idx)]
    if not found:
        return None
    return found[-1] if body_gender(found[-1]) == wanted else None


def is_body_subject(ctx: DocContext, tok: Token) -> bool:
    """A subject naming an organisation: "la Cour des comptes", "le ministère", "la SNCF"."""
    if tok.dep_ not in SUBJECT_DEPS or tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    if "Plur" in tok.morph.get("Number", []):
        return False
    named = [m for m in ctx.mentions_at(tok.idx) if m.label != "DEMONYM"]
    if named:
        return all(m.label in BODY_LABELS for m in named)
    return head_form(tok) in folded_institutions() or (
        tok.pos_ == "NOUN" and speaker_kind(tok) == "organization"
    )


def body_gender(head: Token) -> str | None:
    """The gender of a body's phrase, read on its determiner first ("la SNCF": Fem)."""
    det = next((c for c in head.children if c.dep_ == "det" and c.morph.get("Gender", [])), None)
    gender = (det or head).morph.get("Gender", [])
    return gender[0] if gender else None
