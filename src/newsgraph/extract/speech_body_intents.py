"""A body's stated intention: an organisation subject of a verb of will or plan with its infinitive
or object ("le ministère veut traquer la fraude", "l'Académie envisage un recours", "la direction prévoit
de rouvrir des négociations").

A body (a company, a ministry, a union, an agency) wills only what it makes known: its will is a
position it stated, unlike a person's ("il veut partir" is no statement, so the lexicon gives
"vouloir" its que-clause only). The subject must name one organisation (``speaker_bodies``:
a mention of an organisation or an institution noun, singular); a country, a plural group of
people ("les agriculteurs refusent …") and a pronoun are left to the other rules, and so is an
indefinite body ("un restaurant comptait faire le plein": a case the report narrates). Used by
:mod:`newsgraph.extract.speech_reported`."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import DocContext
from newsgraph.extract.speaker_bodies import is_body_subject
from newsgraph.extract.speech_lexicon import speaks_here, speech_verb
from newsgraph.extract.speech_subjects import subject_of

INTENT_FRAMES = {
    "vouloir": frozenset({"clause", "np"}),
    "souhaiter": frozenset({"clause", "np"}),
    "envisager": frozenset({"clause", "np"}),
    "prévoir": frozenset({"clause"}),
}
"""The verbs of will or plan a body states, and the frames they report in with a body subject. Not
"refuser de" (a body's refusal is mostly a decision it took: "la commission a refusé de rembourser
les frais") nor "compter" (a hope: "le club compte sur ses supporters")."""


def body_intent_frames(ctx: DocContext, verb: Token) -> frozenset[str]:
    """The frames of a verb of will or plan whose subject names an organisation, or nothing."""
    if verb.pos_ != "VERB":
        return frozenset()
    entry = speech_verb(verb)
    frames = INTENT_FRAMES.get(entry.lemma) if entry is not None else None
    if frames is None or entry is None or entry.pronominal or not speaks_here(verb):
        return frozenset()
    subject = subject_of(verb)
    if subject is None or not is_body_subject(ctx, subject) or indefinite(subject):
        return frozenset()
    return frames


def indefinite(subject: Token) -> bool:
    """ "Un restaurant comptait faire le plein": a body the report narrates as a case, not a known
    source making its position known (the ministry, the SNCF, the association X)."""
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in subject.children)
