"""A demonstrative description that takes up the person named just before it, when nobody spoke in
between: "Dans ce quartier, Suzanne nous ouvre sa porte. Cette grand-mère se prépare au pire.
« … », confie-t-elle" (Suzanne speaks, not an anonymous "grand-mère").

A singular role with "ce", "cet", "cette" as the subject before its verb never introduces a new
person: it describes the one just named. The person is the last one named (a person's name, outside
quoted words) in a sentence before the description's own, within a short window, whose gender does
not contradict the determiner's. A name in the description's own sentence is left alone ("Comme
Marie, cette habitante a choisi de rester": someone else), and so is an inverted subject ("« … »,
raconte cette habitante" after other words introduces someone new: ``speech_speakers``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.speaker_gender import aged_name, gender
from newsgraph.extract.speaker_named import glued_name, people_named
from newsgraph.extract.speaker_nouns import is_subject_mention

NAMED_WINDOW = 500  # characters back from the description to the person's name
SUBJECT_DEPS = {"nsubj", "nsubj:pass"}


def preverbal_subject(head: Token) -> bool:
    """The description is the subject its verb follows ("Cette habitante a choisi …")."""
    return head.dep_ in SUBJECT_DEPS and head.i < head.head.i


@dataclass(frozen=True, slots=True)
class Named:
    """A person's name as ``speaker_gender.gender`` reads it."""

    name: str
    type: str
    key: str


def named_before_description(ctx: DocContext, head: Token, after: int, wanted: str) -> Mention | None:
    """The last person named after ``after`` (characters) in a sentence before the description's,
    within ``NAMED_WINDOW``, whose gender is the ``wanted`` one ("f", "m") or unknown; None when the
    description is not a preverbal subject."""
    if not preverbal_subject(head):
        return None
    own_start = head.sent.start_char
    named = [
        m
        for m in people_named(ctx)
        if (m.label == "PER" or aged_name(ctx, m))
        and after < m.start
        and m.end <= own_start
        and head.idx - m.start <= NAMED_WINDOW
    ]
    return last_agreeing(ctx, named, wanted)


def subject_named_since(
    ctx: DocContext, head: Token, after: int, last_key: str, wanted: str
) -> Mention | None:
    """The last person named as a clause's subject after the last speaker's words (``after``, its
    key ``last_key``) and before the description, agreeing with its determiner: "« … », témoigne
    Emmanuel. Jean-Pierre a du retard. « … », se résigne ce livreur" (Jean-Pierre, not Emmanuel)."""
    named = [
        m
        for m in people_named(ctx)
        if m.label == "PER"
        and m.key != last_key
        and after < m.start
        and m.end <= head.idx
        and head.idx - m.start <= NAMED_WINDOW
        and is_subject_mention(ctx, m)
    ]
    return last_agreeing(ctx, named, wanted)


def last_agreeing(ctx: DocContext, named: list[Mention], wanted: str) -> Mention | None:
    """The last of ``named`` whose gender is the ``wanted`` one ("f", "m") or unknown."""
    agrees = (
        m
        for m in reversed(named)
        if gender(ctx, Named(glued_name(m.name), "person", m.key)) in {wanted, None}
    )
    return next(agrees, None)
