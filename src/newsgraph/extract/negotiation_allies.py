"""Meetings of allies, not talks between parties (used by :mod:`newsgraph.extract.negotiation`).

An act of meeting or talking that is not sure (a summit, a meeting, "discuter") is talks when two
sides meet; allies meet as often, and then it is not: beside a word of supplying one side of a war
("le sommet de l'Otan a décidé de nouvelles livraisons d'armes", the lexicon's ``support`` words),
or held by the European Union's members among themselves ("une réunion des 27", "les 27 chefs d'État
en discuteront ce soir").
"""

from __future__ import annotations

import re
from typing import Any

from newsgraph.extract.negotiation_senses import BROAD

MEETING = re.compile(r"discu|dialog|echange|contact|entret|rencontr|reuni|sommet|appel|deleg|recu|recoi")
"""The acts of meeting and talking, which allies do as often as adversaries."""


def meeting(act: tuple[str, Any]) -> bool:
    """A meeting or a talk of no narrower concept, not sure (grade 1 or 2): beside a word of
    supplying or visiting one side of a war ("livraisons d'armes", "aide militaire", "blessés"), it
    is allies meeting, not talks ("le sommet de l'Otan a décidé de nouvelles livraisons d'armes"),
    unless a word of the course of talks is beside it ("les discussions reprennent")."""
    word, entry = act
    return entry.concept == BROAD and entry.grade <= 2 and MEETING.search(word) is not None


BLOC = re.compile(r"(?<!\w)(?:les|des|aux|entre les) (?:27|vingt sept)(?!\w)|(?<!\w)etats membres(?!\w)")
"""The members of the European Union named as a body ("les 27", "des Vingt-Sept", "les États membres")."""
BLOC_GAP = 60
"""How many characters may stand between a meeting and the members that hold it."""


def among_allies(found: list[tuple[str, Any, int, int]], folded: str, coursed: set[str]) -> set[str]:
    """The words of the acts of meeting or talking (``meeting``) of the folded text that the European
    Union's members hold among themselves: the members named as a body next to the act ("une réunion
    des 27", "les 27 chefs d'État en discuteront ce soir", "lors de ce sommet, les 27 présentent un
    calendrier"), a meeting of allies, not talks between parties, unless a word of the course of
    talks is beside it (``coursed``: "les discussions entre les 27 sont dans l'impasse", the members
    bargain). A surer act keeps its weight ("les 27 ont trouvé un accord sur le prix du gaz").

    >>> from types import SimpleNamespace as E
    >>> act = E(role="act", concept="negotiation", grade=1)
    >>> among_allies([("reunion", act, 12, 19)], "une nouvelle reunion des 27", set())
    {'reunion'}
    """
    blocs = [(m.start(), m.end()) for m in BLOC.finditer(folded)]
    if not blocs:
        return set()
    return {
        w
        for w, e, s, t in found
        if e.role == "act"
        and w not in coursed
        and meeting((w, e))
        and any(bs - t <= BLOC_GAP and s - be <= BLOC_GAP for bs, be in blocs)
    }
