"""A place said as a war's ("la guerre en Ukraine", "depuis l'invasion de l'Ukraine"): the background of a
report, lent only to the war's own events. Apart from ``event_place_sides`` so that the report's
country (``event_place_national``) can ask it with no import cycle."""

from __future__ import annotations

from spacy.tokens import Token

WAR_NOUNS = frozenset({"guerre", "conflit", "invasion"})
"""Nouns of a war whose place is the background of a report ("la guerre en Ukraine"), lent only
to the war's own events, not to the prices or elections it weighs on."""


def under_war(t: Token) -> bool:
    """A place said as a war's ("les conséquences de la guerre en Ukraine", "depuis l'invasion de
    l'Ukraine"): the war noun is its head, or the head of its head, or, whatever the parser hangs it
    on, the word before its preposition ("une conséquence de la guerre en Ukraine")."""
    doc = t.doc
    for k in (t.i - 1, t.i - 2):
        if k > 0 and doc[k].pos_ == "ADP" and doc[k - 1].lemma_.lower() in WAR_NOUNS:
            return True
    node = t
    for _ in range(2):
        if node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in WAR_NOUNS:
            return True
    return False
