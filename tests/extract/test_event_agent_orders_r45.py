"""Who an act is carried out by the order or the decision of (round 45): "sur ordre de X", "sur
décision de X", "par décision de X", "après une décision de X", "sur instruction de X": X is the
agent of an act whose clause names no other (a passive without its "par X"), and not of one whose
subject acts ("il a démissionné après la décision du club"). Sentences written for these tests;
rows as in test_event_constructions (sentence, type, agent, target, place; substrings, None: not
checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check

ORDERED = [
    # "sur ordre de X": the one who orders acts
    ("L'usine a été fermée sur ordre du préfet.", "closure", "préfet", None, None),
    ("Le journaliste a été expulsé sur ordre des autorités iraniennes.", "expel", "autorités", None, None),
    # "sur décision de X", "par décision de X" (the "par X" is the decision, not an actor)
    ("Le campement a été évacué sur décision de la mairie de Calais.", "rescue", "mairie", None, None),
    (
        "La manifestation a été interdite par décision de la préfecture du Rhône.",
        "impose_restrictions",
        "préfecture",
        None,
        None,
    ),
    # "après une décision de X", "suite à une décision de X"
    (
        "Des dockers ont été réquisitionnés après une décision du gouvernement.",
        "requisition",
        "gouvernement",
        "dockers",
        None,
    ),
    ("Le militant a été libéré suite à une décision de la cour d'appel.", "release", "cour", None, None),
    # "sur instruction de X"
    (
        "Les barrages ont été démontés sur instruction du ministère de l'Intérieur.",
        "removal",
        "ministère",
        None,
        None,
    ),
    # the clause's own subject acts: the decision is another's
    ("Le directeur a démissionné après la décision du conseil.", "resign", "directeur", None, None),
    # "à la demande de X": who asks is not who acts
    ("Le suspect a été interpellé à la demande de sa famille.", "arrest", "-", None, None),
    # the "de X" the parser hung on the verb, right after the noun
    ("Le concert a été annulé par arrêté du maire.", "postponement", "maire", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ORDERED)
def test_ordered_by(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)
