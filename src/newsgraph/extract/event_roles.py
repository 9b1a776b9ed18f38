"""Roles of an event: the agent, target and participants of a trigger, read from the parse (the
subject, the object, a passive "par X", the "de X" of a nominal trigger), as actor references."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.event_types import CASUALTY_TYPES
from newsgraph.extract.context import Mention
from newsgraph.extract.event_amounts import CURRENCIES, MILITARY_NOUNS, PEOPLE_NOUNS, SCALE
from newsgraph.extract.event_parse import (
    ACTOR_TYPES,
    AGENT_DEPS,
    OBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    PLACE_LABELS,
    SUBJECT_DEPS,
    MentionIndex,
    is_object,
    lemma,
    subject_chain,
)
from newsgraph.extract.event_triggers import Trigger
from newsgraph.geo import demonym_country, geocode
from newsgraph.model import RoleRef
from newsgraph.names import actor_id

ATTENDANCE_VERBS = lexicons.tagged("event_verbs.tsv")["attendance"]
"""Verbs whose subject takes part in the meeting they govern ("Poutine est resté à l'écart du sommet")."""
_RELATIVES = lexicons.tagged("pronouns.tsv")
RELATIVE_PRONOUNS = _RELATIVES["relative_subject"] | _RELATIVES["relative_object"] | _RELATIVES["relative_genitive"]


def phrase(token: Token) -> str:
    """A short name for a common-noun argument: the noun with its adjectives and "de X" names."""
    keep = [token]
    for c in token.children:
        if c.dep_ == "amod" or (c.dep_ == "nmod" and c.pos_ == "PROPN" and geocode(c.text) is None):
            keep += [t for t in c.subtree if t.dep_ not in {"punct"} and t.pos_ != "DET"]
    keep = sorted(set(keep), key=lambda t: t.i)
    return " ".join(t.text for t in keep)


def actor_of(token: Token, mentions: MentionIndex, role: str) -> RoleRef | None:
    """The actor a subject/object token names, as a RoleRef."""
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "acl:relcl":
        token = token.head.head
    m = mentions.get(token)
    if m is None:  # "les délégués de Washington": the noun's own name mention
        m = next((mentions.get(c) for c in token.children if c.dep_ == "nmod" and mentions.get(c)), None)
        if m is not None and token.pos_ in {"NOUN"}:
            name = phrase(token)
            return RoleRef(actor_id(name, "group"), name, role, "group")
    if m is not None and m.label in ACTOR_TYPES:
        type_ = ACTOR_TYPES[m.label]
        return RoleRef(actor_id(m.name, type_), m.name, role, type_)  # type: ignore[arg-type]
    if token.pos_ == "PRON":
        return None
    if token.pos_ == "NOUN" and any("Yes" in c.morph.get("Poss", []) for c in token.children):
        owner = possessor(token, mentions)  # "ses troupes": the troops of the clause's subject
        if owner is not None:
            return RoleRef(owner.id, owner.name, role, owner.type)
    if token.pos_ == "PROPN":
        return RoleRef(actor_id(token.text, "unknown"), token.text, role, "unknown")
    if token.pos_ == "NOUN":
        nation = next((demonym_country(c.lower_) for c in token.children if c.dep_ == "amod"), None)
        if lemma(token) in MILITARY_NOUNS | PEOPLE_NOUNS or nation:
            name = phrase(token)
            return RoleRef(actor_id(name, "group"), name, role, "group")
        if token.lower_ in {"russes", "ukrainiens", "américains"}:
            return RoleRef(actor_id(token.text, "group"), token.text, role, "group")
        nation = demonym_country(token.lower_)
        if nation:
            return RoleRef(actor_id(token.text, "group"), token.text, role, "group")
    return None


def possessor(token: Token, mentions: MentionIndex) -> RoleRef | None:
    """The named actor a possessive noun phrase ("ses forces") belongs to: the nearest subject
    or passive subject of an enclosing clause, or the "à X"-free subject of its own verb."""
    v = token.head
    for _ in range(4):
        subj = [
            c
            for c in v.children
            if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
            and c.i != token.i
            and not any("Yes" in g.morph.get("Poss", []) for g in c.children)
        ]
        for c in subj:
            ref = actor_of(c, mentions, "agent")
            if ref is not None:
                return ref
        if v.head.i == v.i:
            return None
        v = v.head
    return None


def de_complements(token: Token) -> list[Token]:
    """The "de X" complements of a noun, in order."""
    return [
        c
        for c in token.children
        if c.dep_ in {"nmod", "obl:arg"}
        and any(g.dep_ == "case" and g.lower_ in {"de", "du", "des", "d'"} for g in c.children)
        and not is_amount(c)
    ]


def is_amount(token: Token) -> bool:
    """ "de 400 millions de dollars", "de 2 000 hommes": a quantity, not an actor."""
    return (
        lemma(token) in SCALE
        or token.lower_ in CURRENCIES
        or any(c.dep_ in {"nummod", "det"} and (c.like_num or c.pos_ == "NUM") for c in token.children)
    )


def is_settlement(m: Mention) -> bool:
    """A place mention that is a city, region or water (not a country standing for its state)."""
    geo = geocode(m.name)
    return geo is not None and geo.type in {"city", "region", "water"}


def roles(
    token: Token, verb: Token, trig: Trigger, mentions: MentionIndex
) -> tuple[list[RoleRef], list[Token]]:
    """Agent and target of a trigger, and the tokens that name them."""
    agents: list[Token] = []
    targets: list[Token] = []
    participants: list[Token] = []
    if token.pos_ in {"NOUN", "PROPN"}:
        des = de_complements(token)
        if des:
            first = des[0]
            m = mentions.get(first)
            if trig.de_role == "target":
                targets.append(first)
            elif m is not None and m.label in PLACE_LABELS and len(des) == 1 and is_settlement(m):
                pass  # "le retrait de Kherson": the place, not an actor
            else:
                agents.append(first)
        agents += [c for c in token.children if c.dep_ == "amod" and demonym_country(c.lower_)]
        for c in token.children:  # "des pourparlers entre Kiev et Moscou"
            if c.dep_ == "nmod" and any(g.dep_ == "case" and g.lower_ == "entre" for g in c.children):
                participants += [c, *(g for g in c.children if g.dep_ == "conj")]
                participants += [g for g in token.children if g.dep_ == "conj" and g.pos_ == "PROPN"]
        targets += [
            c
            for c in token.children
            if c.dep_ in {"nmod"}
            and any(g.dep_ == "case" and g.lower_ in {"contre", "sur"} for g in c.children)
            and mentions.get(c)
        ]
        if verb.i != token.i and not agents and not participants and trig.type not in CASUALTY_TYPES:
            agents += [t for t in subject_chain(verb) if t.i != token.i and t.head.i != token.i]
        governor = token.head if token.head.pos_ in {"VERB", "AUX"} else token.head.head
        if token.dep_ in {"obl:arg", "obl:mod", "obj", "nmod"} and lemma(governor) in ATTENDANCE_VERBS:
            participants += subject_chain(governor)
    else:
        passive = any(c.dep_ == "aux:pass" for c in token.children) or "Pass" in token.morph.get("Voice", [])
        agents += subject_chain(token) if not passive else []
        agents += [
            c
            for c in token.children
            if c.dep_ in AGENT_DEPS
            or (passive and any(g.lower_ == "par" and g.dep_ == "case" for g in c.children))
        ]
        targets += [
            c
            for c in token.children
            if c.lower_ not in {"se", "s'"}
            and (is_object(c) and (c.dep_ in OBJECT_DEPS or mentions.get(c) is not None))
        ]
        targets += [c for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if passive and not targets:
            targets += subject_chain(token)
        if token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"}:  # "des soldats tués"
            targets.append(token.head)
        if "Inf" in token.morph.get("VerbForm", []) and not agents and token.head.i != token.i:
            agents += subject_chain(token.head)
    refs: list[RoleRef] = []
    used: list[Token] = []
    for role, toks in (("agent", agents), ("target", targets), ("participant", participants)):
        for t in toks:
            nation = demonym_country(t.lower_) if t.dep_ == "amod" else None
            ref = (
                RoleRef(actor_id(nation, "gpe"), nation, role, "gpe")
                if nation
                else actor_of(t, mentions, role)
            )
            if ref is not None and all(r.id != ref.id for r in refs):
                refs.append(ref)
                used.append(t)
    return refs, used
