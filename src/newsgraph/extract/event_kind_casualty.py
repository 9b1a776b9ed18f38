"""People hurt or killed with no one hurting them: an injury or a death, not a wounding or a killing.

CAMEO's wounding (19, ``wound``) is violence by an actor: "un policier blessé par balle", "deux
passants blessés à coups de couteau". French reports say "blessé" just as often of the people a
fire, a road accident, a storm or a collapse hurt ("trois personnes ont été blessées dans
l'incendie", "deux passagers blessés dans un accident") or of someone who hurt themselves ("il
s'est blessé en tombant"): nobody acted, and the report is the disaster's toll. Such a report is
an ``injury`` (outside CAMEO, under disasters and accidents), and the dead of a fire or an accident
("le feu, qui a fait 19 morts", "tués dans un accident de la route") a ``death``, not a killing
(CAMEO 19). Either stays CAMEO's when an agent is named, or when the sentence tells a weapon or an
assault ("par balle", "à l'arme blanche", "lors d'une agression")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from newsgraph.extract.event_parse import lemma
from newsgraph.model import RoleRef

HAZARD_WORDS = frozenset(
    {
        # fires and explosions of gas or of an installation
        "incendie",
        "feu",
        "flamme",
        "brasier",
        # road, rail, air and sea accidents
        "accident",
        "collision",
        "carambolage",
        "percuter",
        "heurter",
        "renverser",
        "déraper",
        "déraillement",
        "dérailler",
        "crash",
        "naufrage",
        "chute",
        "chuter",
        "tomber",
        # weather and natural hazards
        "tempête",
        "orage",
        "intempérie",
        "grêle",
        "tornade",
        "cyclone",
        "ouragan",
        "séisme",
        "tremblement",
        "avalanche",
        "inondation",
        "crue",
        "rafale",
        # collapses and crowd crushes
        "effondrement",
        "effondrer",
        "écroulement",
        "bousculade",
    }
)
"""Words of a happening that hurts people with no one acting: fires, accidents, hazards, collapses."""

VIOLENCE_WORDS = frozenset(
    {
        "balle",
        "arme",
        "couteau",
        "poignard",
        "poignarder",
        "tir",
        "tirer",
        "tireur",
        "fusillade",
        "agression",
        "agresser",
        "attaque",
        "attaquer",
        "attentat",
        "assaillant",
        "agresseur",
        "poing",
        "matraque",
        "machette",
        "bombardement",
        "bombarder",
        "frappe",
        "missile",
        "obus",
        "roquette",
        "drone",
        "explosif",
        "grenade",
        "mine",
        "rixe",
        "violence",
        "émeute",
        "meurtre",
        "meurtrier",
        "assassinat",
        "assassiner",
        "homicide",
        "féminicide",
        "crime",
        "terroriste",
        "otage",
        "guerre",
        "combat",
        "soldat",
        "armée",
    }
)
"""Words of an act of violence: with one of them the wounded were wounded by someone."""

UNDONE = {"wound": "injury", "kill": "death"}
"""CAMEO's casualty types and what they are when nobody acted."""

REFLEXIVE = frozenset({"se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
THIRD_REFLEXIVE = frozenset({"se", "s'", "s’"})
"""Only "se" is reflexive as an object too; "il nous a blessés" is someone hurting us."""


def hurt_themselves(token: Token) -> bool:
    """ "il s'est blessé", "sans se blesser": the reflexive verb, someone hurting themselves."""
    return token.pos_ in {"VERB", "ADJ", "AUX"} and any(
        (c.dep_.startswith("expl") and c.lower_ in REFLEXIVE)
        or (c.dep_ == "obj" and c.lower_ in THIRD_REFLEXIVE)
        for c in token.children
    )


def told(sent: Span) -> set[str]:
    """The sentence's lemmas and lower-cased words."""
    return {lemma(t) for t in sent} | {t.lower_ for t in sent}


LOOK_BACK = 3
"""Sentences read back for what made a toll told alone: a report tells the happening, then the
rescue or the scene, then the toll."""


def opens_fire(sent: Span) -> bool:
    """ "a ouvert le feu": the fire of a gun, not a blaze."""
    return any(lemma(t) == "feu" and lemma(t.head) == "ouvrir" for t in sent)


def casualty_kind(token: Token, type_: str, actors: Sequence[RoleRef], sent: Span) -> str:
    """``injury`` for a wounding, ``death`` for a killing, in a sentence of no violence that has no
    agent and tells a fire, an accident or a hazard, or for a reflexive "se blesser"; else ``type_``.
    A toll said in a sentence of its own that tells neither ("Le bilan provisoire s'élève à dix
    morts") is read with the nearest of the ``LOOK_BACK`` sentences before that tells one or the
    other, which told what happened ("Un car s'est renversé. Les secours sont arrivés. Quatre
    passagers ont été blessés.")."""
    undone = UNDONE.get(type_)
    if undone is None:
        return type_
    words = told(sent)
    before = sent
    for _ in range(LOOK_BACK):
        if not (words.isdisjoint(VIOLENCE_WORDS) and words.isdisjoint(HAZARD_WORDS)) or before.start == 0:
            break
        before = sent.doc[before.start - 1].sent  # "Le bilan s'élève à dix morts", after the flood told
        words |= told(before)
        if opens_fire(before):
            return type_
    if not words.isdisjoint(VIOLENCE_WORDS) or opens_fire(sent):
        return type_
    if type_ == "wound" and hurt_themselves(token):  # the subject is the one hurt, not an agent
        return undone
    if any(r.role == "agent" for r in actors) or words.isdisjoint(HAZARD_WORDS):
        return type_
    return undone
