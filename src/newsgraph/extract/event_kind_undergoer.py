"""Who undergoes a nominal event named as the complement of a noun of undergoing: "le maire fait
l'objet d'une enquête", "le jeune homme a été victime d'un passage à tabac", "la ville est la cible
de frappes". The subject of "faire l'objet de" or of the copula is the event's target; the parse
makes it the subject of another verb (or of the predicate noun), which the event's own roles do not
reach. A construction of French reporting on justice, crime and war."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import MentionIndex, is_predicate, lemma, subject_chain
from newsgraph.extract.event_phrases import phrase_matches
from newsgraph.extract.event_role_actors import actor_of
from newsgraph.extract.event_trigger_row import Trigger
from newsgraph.extract.prepositions import DE_FORMS as DE_CASES
from newsgraph.model import RoleRef

PREDICATE_NOUNS = frozenset({"victime", "cible"})
"""Predicate nouns whose "de X" is an event their subject undergoes: "être victime de", "être la
cible de" ("faire l'objet de" is the other such construction)."""


def undergoer_subjects(token: Token) -> list[Token]:
    """The subjects that undergo the nominal trigger, a "de X" complement: those of "faire" for
    "l'objet de" (the parser hangs the "de X" on the noun or on the verb), of the copula for a
    predicate "victime de", "la cible de" (tagged a noun or an adjective)."""
    head = token.head
    if head.i == token.i or not any(c.dep_ == "case" and lemma(c) == "de" for c in token.children):
        return []
    if lemma(head) == "objet" and head.dep_ in {"obj", "xcomp"} and lemma(head.head) == "faire":
        return subject_chain(head.head)
    objects = [c for c in head.children if c.dep_ in {"obj", "xcomp"}]
    if lemma(head) == "faire" and any(lemma(c) == "objet" for c in objects):  # "d'une enquête" hung on "fait"
        return subject_chain(head)
    if lemma(head) in PREDICATE_NOUNS and is_predicate(head):  # "il a été victime d'une agression"
        return [c for c in head.children if c.dep_ in {"nsubj", "nsubj:pass"}] or subject_chain(head)
    return []


def undergoer_roles(
    token: Token, mentions: MentionIndex, actors: list[RoleRef], used: list[Token]
) -> tuple[list[RoleRef], list[Token]]:
    """The roles with the undergoing subject as the target (and out of the agent role, where the
    subject chain put it)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return actors, used
    subjects = undergoer_subjects(token)
    if not subjects:
        return actors, used
    ids = {t.i for t in subjects}
    kept = [(r, t) for r, t in zip(actors, used, strict=True) if not (r.role == "agent" and t.i in ids)]
    out_actors, out_used = [r for r, _ in kept], [t for _, t in kept]
    for t in subjects:
        ref = actor_of(t, mentions, "target")
        if ref is not None and all(r.id != ref.id or r.role != "target" for r in out_actors):
            out_actors.append(ref)
            out_used.append(t)
    return out_actors, out_used


def phrase_complement_roles(
    token: Token, trig: Trigger, mentions: MentionIndex, actors: list[RoleRef], used: list[Token]
) -> tuple[list[RoleRef], list[Token]]:
    """The "de X" after a nominal expression ("la garde à vue du suspect", "la remise en liberté du
    militant"), hung on its head or on its last word, in the row's ``de_role`` when the roles have
    none in it (the nominal roles look for the "de X" next to the head word only)."""
    hit = phrase_matches(token.doc).get(token.i)
    if hit is None or trig not in hit[1] or trig.de_role not in {"agent", "target"}:
        return actors, used
    if token.pos_ not in {"NOUN", "PROPN"} or any(r.role == trig.de_role for r in actors):
        return actors, used
    after = sorted(c for c in [*token.children, *token.doc[hit[0] - 1].children] if c.i >= hit[0])
    for c in after:
        if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ in DE_CASES for g in c.children):
            ref = actor_of(c, mentions, trig.de_role)
            if ref is not None:
                return [*actors, ref], [*used, c]
    return actors, used
