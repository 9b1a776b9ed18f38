"""Round 40 event agents (issue 17): two constructions of French whose subject names the doer
through another word. A share of a whole acts through its "de X" as a number does ("75 % des
enseignants seront en grève": the teachers; ``event_agent_quantified.SHARE_NOUNS``), and the subject
of an active verb of being tried or sentenced did the act its "pour X" names ("un chauffeur a écopé
de deux ans de prison pour viol": the driver), tried and reverted (no fresh evidence), its rows strict
xfail.
Sentences written for these tests. Rows: (text, trigger, agent substring, or "-" for no agent)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_agent, xfail

SHARES = [
    ("75 % des enseignants seront en grève ce jeudi.", "grève", "enseignants"),
    ("Près de 60 % des contrôleurs participeront au mouvement de grève.", "grève", "contrôleurs"),
    ("Un tiers des salariés a fait grève mardi à l'usine.", "grève", "salariés"),
    ("30 % des conducteurs ont cessé le travail lundi matin.", "cessé", "conducteurs"),
    ("L'ensemble des syndicats appelle à la grève le 12 mars.", "grève", "syndicats"),
    xfail(
        "La moitié des enseignants seront en grève jeudi.",
        "grève",
        "enseignants",
        reason="the parser makes 'jeudi' the root and hangs the strike on the share noun",
    ),
]

SHARES_NEGATIVE = [
    # the share's "de X" names the victims or things undergoing the event: no agent from it
    ("La moitié des maisons ont été détruites par les flammes.", "flammes", "-"),
    ("Les enseignants seront en grève ce jeudi.", "grève", "enseignants"),  # unchanged, no share
]

SENTENCED_REVERTED = (
    "the subject of écoper/comparaître/encourir/purger as the doer of its 'pour X' was tried and reverted:"
    " null on the check half, +1 on the read half, no change on 666 fresh reports"
)

SENTENCED = [
    xfail(
        "Un chauffeur a écopé de deux ans de prison ferme pour deux viols.",
        "viols",
        "chauffeur",
        reason=SENTENCED_REVERTED,
    ),
    xfail(
        "Le gérant a écopé de six mois de prison pour escroquerie.",
        "escroquerie",
        "gérant",
        reason=SENTENCED_REVERTED,
    ),
    xfail(
        "Le surveillant encourt dix ans de prison pour le meurtre de son collègue.",
        "meurtre",
        "surveillant",
        reason=SENTENCED_REVERTED,
    ),
]

SENTENCED_NEGATIVE = [
    # the penalty itself ("écoper d'une amende") names no act; an act after "après" is not the charge
    ("Le maire a écopé d'une amende après la manifestation.", "manifestation", "-"),
    # a verb of conviction keeps its own reading
    ("Un homme a été condamné pour le meurtre de sa voisine.", "meurtre", "homme"),
]


@pytest.mark.parametrize("text,trigger,agent", SHARES + SHARES_NEGATIVE + SENTENCED + SENTENCED_NEGATIVE)
def test_agent(nlp, text: str, trigger: str, agent: str) -> None:
    check_agent(nlp, text, trigger, agent)
