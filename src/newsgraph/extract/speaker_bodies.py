"""A body a singular pronoun takes up when no person agrees with it: "Le constat est dressé par la
Cour des comptes dans un rapport. Selon elle, une pension sur sept est fausse"; "La SNCF a
supprimé des trains. Elle explique que …" (the Cour des comptes, the SNCF speak).

The pronoun's gender must be the body's, read on its determiner ("la Cour", "le gouvernement"); the
body is the last subject that names an organisation (a mention, or an institution noun of
``roles.txt`` marked ``org``) in the narration sentence before the pronoun's or in the pronoun's own
sentence before it. Used only when no person, role or speaker heard before agrees.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, sentence_before_start
from newsgraph.extract.speaker_nouns import folded_institutions, head_form, speaker_kind
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote


class Heard(Protocol):
    """A speaker of ``speech_speakers`` heard earlier: its name, type and where it is mentioned."""

    @property
    def name(self) -> str: ...
    @property
    def type(self) -> str: ...
    @property
    def start(self) -> int: ...


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


def body_heard[S: Heard](ctx: DocContext, at: int, pronoun: str, history: list[S]) -> S | None:
    """The body heard last, in the sentence before the pronoun's or in its own, that the singular
    pronoun takes up when no subject names one: "Pour le gouvernement, la situation est sous
    contrôle. Selon lui, …"; "… , selon la préfecture. Elle précise que …" (the government, the
    préfecture speak again). Its gender is read on its determiner; None when none agrees."""
    wanted = pronoun_gender(pronoun)
    if wanted is None:
        return None
    since = sentence_before_start(ctx, at)
    bodies = [s for s in history if s.type == "organization" and since <= s.start < at]
    if not bodies:
        return None
    best = max(bodies, key=lambda s: s.start)
    span = ctx.sdoc.char_span(best.start, best.start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = best.name.split()[0].lower()  # the body's head, past "selon", "pour" where it starts there
    head = next((t for t in ctx.sdoc[span.start : span.start + 8] if t.lower_ == first), None)
    return best if head is not None and body_gender(head) == wanted else None


def body_referent[S: Heard](
    ctx: DocContext,
    at: int,
    pronoun: str,
    history: list[S],
    from_head: Callable[[DocContext, Token, list[S]], S | None],
) -> S | None:
    """The body a singular pronoun takes up when no person agrees: the body subject before it (read
    by ``from_head``, the subject resolver), else the body heard just before."""
    body = body_subject(ctx, at, pronoun)
    return from_head(ctx, body, history) if body is not None else body_heard(ctx, at, pronoun, history)
