"""Who is said to have done the act an accusation names: "X est accusé de viol", "un homme soupçonné de
meurtre", "trois femmes accusent le présentateur de harcèlement", "accusé d'agression, l'élu a
démissionné". The report tells the act with the one accused of it as its doer, as the annotators
of the development sets read it (the agent of "viol" in "X est accusé de viol" is X); the event
keeps the modality its own clause gives it, and nothing says the accusation is proven.

Beside ``event_charges`` (the law charging, convicting or holding someone for an act), which
leaves a mere accusation out."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_charges import charged
from newsgraph.extract.event_parse import OBJECT_DEPS, SUBJECT_DEPS, lemma, subject_chain
from newsgraph.extract.event_reference import is_passive
from newsgraph.extract.prepositions import DE_FORMS as CHARGE_CASES

ACCUSING_VERBS = frozenset({"accuser", "soupçonner", "suspecter", "incriminer"})


def accused(token: Token) -> list[Token]:
    """The one accused of the act a noun names (see the module): the noun a participle of accusing
    qualifies ("un homme soupçonné de meurtre"), the subject of a passive or bare participle ("X a
    été accusé de viol", "accusé de viol, l'acteur"), the object of an active verb ("elles
    accusent le présentateur de harcèlement", a clitic too: "une femme l'accuse de viol"); [] for
    any other noun."""
    while token.dep_ == "conj" and token.head.pos_ == "NOUN" and token.head.i < token.i:
        token = token.head  # "accusé de vol et de violences": the first charge's verb
    if token.pos_ != "NOUN" or not any(c.dep_ == "case" and c.lower_ in CHARGE_CASES for c in token.children):
        return []
    verb = token.head
    if verb.pos_ != "VERB" or lemma(verb) not in ACCUSING_VERBS or verb.i == token.i:
        return []
    if verb.dep_ in {"acl", "amod"} and verb.head.pos_ in {"NOUN", "PROPN"}:
        return [verb.head]  # "un homme soupçonné de meurtre"
    participle = "Part" in morph_feats(verb).get("VerbForm", [])
    if is_passive(verb) or (participle and not any(c.dep_ == "aux:tense" for c in verb.children)):
        return [t for t in subject_chain(verb) if t.dep_ not in SUBJECT_DEPS or is_passive(verb)][:1]
    return [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.pos_ in {"NOUN", "PROPN", "PRON"}][:1]


def held_for(token: Token) -> list[Token]:
    """The one charged with, held for or accused of the act a noun names ("condamné pour viol",
    "accusé de viol"), else []."""
    return charged(token) or accused(token)
