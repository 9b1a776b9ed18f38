"""Who acts, round 13b: a past participle fronted as a clause ("Agressée par son voisin, une
femme...": the clause's subject undergoes it, the "par X" does it), a related person named with a
possessive ("son mari", "son ex-compagnon": not the owner), the later charges of a list ("mis en
examen pour vol, recel et escroquerie"), an election's adjective (where, not who), the nicknames of
the French teams ("les Bleus se sont inclinés"), who is crowned champion. Sentences written for
these tests; rows as in test_event_constructions (sentence, type, agent, target, place;
substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, xfail

ROWS = [
    # a fronted past participle: its "par X" acts, the clause's subject undergoes it
    (
        "Violemment agressée par son ex-compagnon, une mère de famille a été hospitalisée.",
        "physical_assault",
        "ex-compagnon",
        "mère",
        None,
    ),
    ("Attaqué par deux individus, le policier a été blessé.", "attack", "individus", "policier", None),
    ("Enlevée par des hommes armés, la journaliste a été libérée.", "abduct", "hommes", "journaliste", None),
    # a verb conjugated with être keeps its subject as the one who acts
    ("Arrivé à Madrid dimanche, le ministre a rencontré son homologue.", "visit", "ministre", None, "madrid"),
    # a related person with a possessive is not the owner
    ("Une retraitée a été tuée par son voisin à Nancy.", "kill", "voisin", "retraitée", "nancy"),
    ("Le forcené a blessé sa compagne avant de se retrancher.", "wound", "forcené", "compagne", None),
    ("Le colonel a déployé ses troupes le long du fleuve.", "deploy", "colonel", None, None),
    # every charge of a list has the one charged as its agent
    ("Un homme a été mis en examen pour vol, recel et escroquerie.", "crime", "homme", None, None),
    (
        "Le gérant du bar a été condamné pour agression et séquestration.",
        "abduct",
        "gérant",
        None,
        None,
    ),
    # an election's adjective says where it is held, not who holds it
    ("Les élections régionales se tiendront en mars.", "election", "-", None, None),
    ("Les élections européennes approchent à grands pas.", "election", "-", None, None),
    # the French teams by their nicknames are a side of the match
    ("Les Bleus se sont inclinés face au Portugal.", "sport_result", "bleus", None, None),
    ("Les Bleues ont battu la Norvège en demi-finale.", "sport_result", "bleues", "norvège", None),
    # who is crowned champion won, however the participle is parsed
    ("La skieuse a été sacrée championne du monde de descente.", "sport_result", "skieuse", None, None),
    ("Le Stade toulousain est sacré champion de France.", "sport_result", "stade toulousain", None, None),
    xfail(
        "Le dernier assaillant se serait suicidé.",
        "death",
        "assaillant",
        None,
        None,
        reason="'assaillant' before a reflexive in the conditional is parsed an adjective: no subject read",
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_agent(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)
