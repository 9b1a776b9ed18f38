"""The verb whose object the parser hung on the date said between them: "a annoncé mardi 8 mars de
nouvelles sanctions" ("sanctions" hung on "mars"), "a annoncé lundi 21 février la reconnaissance
des républiques séparatistes" ("reconnaissance" hung on "février"), "a adopté jeudi de nouvelles
mesures" ("mesures" hung on "jeudi"). French news dates an act between its verb and its object;
the parser then takes the object for a complement of the date. The subject of that verb, when it
carries the event (a light verb), is its agent."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import lemma

TIME_NOUNS = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "matin", "soir",
        "nuit", "hier", "aujourd'hui", "semaine", "mois", "week-end", "après-midi", "matinée", "soirée",
    }
)  # fmt: skip
"""Time nouns a verb's object may be hung on when said after them ("a annoncé mardi de nouvelles
mesures")."""
MONTHS = frozenset(
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
)
DATE_LINKS = frozenset({"nmod", "nummod", "flat", "flat:name"})
"""How the words of one date hang together in the parse ("mardi" ← "8" ← "mars")."""
DE_CASES = frozenset({"de", "d'", "d’"})


def date_word(token: Token) -> bool:
    """A word of a date: a day, a part of the day, a month, a day's or a year's number."""
    return lemma(token) in TIME_NOUNS or token.lower_ in MONTHS or token.like_num


def dated_object_verb(token: Token) -> Token | None:
    """The verb whose object ``token`` is, when the parser hung it on a date said between them (see
    the module): a bare or partitive noun phrase ("la reconnaissance", "de nouvelles sanctions")
    after the date, the date an adjunct of a verb that has no object of its own; None otherwise
    ("les sanctions du 8 mars": "du" is a date's own complement, not an object)."""
    if token.dep_ != "nmod" or any(c.dep_ == "case" and c.lower_ not in DE_CASES for c in token.children):
        return None
    if any(c.dep_ == "case" for c in token.children) and any(c.dep_ == "det" for c in token.children):
        return None  # "mardi de la semaine": a date's complement, not a partitive object
    node = token.head
    for _ in range(4):
        if not date_word(node) or node.i > token.i:
            return None
        if node.dep_.startswith("obl") and node.head.pos_ == "VERB":
            verb = node.head
            return None if any(c.dep_ == "obj" for c in verb.children) else verb
        if node.dep_ not in DATE_LINKS:
            return None
        node = node.head
    return None
