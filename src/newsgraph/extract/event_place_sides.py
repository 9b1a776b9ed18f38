"""Place mentions that do not say where an event happened although they look like it: a side
of the event ("des sanctions contre Moscou", "face aux Irlandais de Leinster"), the department
in brackets of a town that belongs to another phrase ("le procès de l'attentat de Nice
(Alpes-Maritimes)"), a name the NER cut before its last word ("le camp de | Canjuers")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import Mention
from newsgraph.extract.event_place_wars import under_war as under_war
from newsgraph.extract.event_place_words import DE_CASES, PARTNER_PREPS
from newsgraph.extract.event_reference import is_passive

SIDE_WORDS = PARTNER_PREPS | {"face"}
"""Words that introduce a side, an opponent or a partner ("contre", "avec", "entre", "face à"):
who the event is with or against, not where it is."""


SIDE_HEADS = {"nmod", "appos", "flat:name"}
"""Dependencies by which a place hangs on the noun of a side ("aux Irlandais de Leinster")."""


OPPONENT_VERBS = frozenset({"affronter", "battre", "opposer", "éliminer", "défier", "vaincre", "dominer"})
"""Verbs whose object is the opponent faced, a team or a state, not where it is faced ("les Bleus
affrontent l'Angleterre au Qatar", "la France a battu le Maroc à Doha", "affronter une nation
redoutée : l'Allemagne"); "opposer" says its opponent with "à" ("les joueurs s'opposent au
Danemark"), the others say where ("des casseurs ont affronté les policiers à Lyon")."""
OPPONENT_CASES = {"opposer": "obl:arg"}


def said_as_opponent(t: Token) -> bool:
    """A place said as the opponent a verb of ``OPPONENT_VERBS`` faces: its object, or the "à X" of
    "opposer", itself or through the noun it names ("une nation redoutée : l'Allemagne")."""
    node = t.head if t.dep_ == "appos" and t.head.i != t.i else t
    verb = node.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OPPONENT_VERBS:
        return False
    return node.dep_ == OPPONENT_CASES.get(verb.lemma_.lower(), "obj")


def said_as_side(t: Token) -> bool:
    """A place said as a side of the event: introduced by "contre", "avec", "entre", "face à",
    itself ("les sanctions contre Moscou") or through the people it names ("face aux Irlandais de
    Leinster", "contre les Anglais de Manchester"), or the opponent a verb faces ("affronter
    l'Allemagne", ``said_as_opponent``): who the event is with or against."""
    if said_as_opponent(t):
        return True
    nodes = [t]
    whose = any(c.dep_ == "case" and c.lower_ in DE_CASES for c in t.children)
    if whose and t.dep_ in SIDE_HEADS and t.head.i != t.i and t.head.pos_ in {"NOUN", "PROPN"}:
        nodes.append(t.head)  # "de X", not "avec la sécheresse en Bretagne": Bretagne is where
    return any(c.dep_ in {"case", "fixed"} and c.lower_ in SIDE_WORDS for n in nodes for c in n.children)


def bracket_owner(t: Token) -> Token | None:
    """The last word of the name a place in brackets qualifies ("Nice" for "(Alpes-Maritimes)" in
    "l'attentat de Nice (Alpes-Maritimes)"), whatever the NER made of that name; else None."""
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].text != "(":
        return None
    owner = doc[t.i - 2]
    return owner if owner.text[:1].isupper() and owner.pos_ in {"PROPN", "NOUN", "ADJ"} else None


def cut_name(m: Mention) -> bool:
    """A place name the NER cut after its preposition ("le camp de | Canjuers", "la région de"):
    the place is the next name, not this one."""
    words = m.name.split()
    return len(words) > 1 and words[-1].lower() in DE_CASES


CENTURY = re.compile(r"^[IVXL]+(?:e|è|ème|er)$")
"""A century or a rank in Roman numerals ("au XVIIIe siècle"), which the NER may take for a place."""


INSTITUTION_WORDS = frozenset({"état", "etat"})
"""Words the NER may tag a place that name an institution, never where: "l'État", "un coup d'État",
"le Conseil d'État"."""


def no_place_word(m: Mention) -> bool:
    """A mention no place is named by: a cut name ("le camp de | Canjuers"), a century or the
    State ("un coup d'État")."""
    return cut_name(m) or bool(CENTURY.match(m.name)) or m.name.lower() in INSTITUTION_WORDS


def thing_name(t: Token, place_nouns: frozenset[str] | set[str]) -> bool:
    """A name right after a common noun of no place, with no preposition of its own: the name of
    that thing ("la fusée Artemis", "le navire Moskva", "la tempête Eunice"), not a place, though a
    town somewhere may bear it."""
    head = t.head
    return (
        t.dep_ in {"appos", "flat:name", "nmod"}
        and head.i < t.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() not in place_nouns
        and not any(c.dep_ == "case" for c in t.children)
    )


def said_as_doer(t: Token, m: Mention) -> bool:
    """A place name said as who does the act, the "par X" of a passive ("26 départements sont
    maintenus en vigilance par Météo-France", "la ville a été bombardée par la Russie"): who, not
    where; the "par" of a passive participle before it, however the parser hung the name
    ("placés en vigilance orange par X", X hung on the noun before). Not "par" after a verb
    conjugated with être ("ils sont passés par Lyon", "arrivés par la mer": the way, a place)."""
    doc = t.doc
    words = [w for w in doc[max(0, t.i - 4) : t.i + 5] if m.start <= w.idx < m.end] or [t]
    agent = next((w for w in words if w.dep_ == "obl:agent" and w.head.i not in {x.i for x in words}), None)
    if agent is not None and agent.head.pos_ == "VERB" and any(c.lower_ == "par" for c in agent.children):
        return is_passive(agent.head)  # not "bloquées dans les ports de la mer Noire", a "de" read as one
    first = words[0]
    by = doc[first.i - 1] if first.i >= 1 else None
    if by is not None and by.pos_ == "DET" and first.i >= 2:
        by = doc[first.i - 2]  # "par la Russie"
    if by is None or by.lower_ != "par":
        return False
    verbs = [w for w in doc[first.sent.start : by.i] if w.pos_ == "VERB"]
    return bool(verbs) and is_passive(verbs[-1])
