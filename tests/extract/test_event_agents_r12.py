"""Who acts, round 12: a first name the NER took for a place ("Laurent a porté plainte"), an arm
of the forces in the "de X" of a strike ("les bombardements de l'aviation russe"), the host of a
meeting whose "pour X" the parser hung on the object ("a reçu les syndicats pour une
consultation"), a town standing for its club in a match, the name a common noun introduces ("le
constructeur Renault"). Sentences written for these tests; rows as in test_event_constructions
(sentence, type, agent, target, place; substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of

ROWS = [
    # a first name tagged a place is a person
    ("Laurent a porté plainte contre son voisin.", "sue", "laurent", None, None),
    ("Pendant le débat, Lula a attaqué son rival sur sa gestion de la crise.", "attack", "lula", None, None),
    # an arm of the forces in the "de X" of a strike is who strikes
    ("Les bombardements de l'aviation russe ont repris dans la nuit.", "shell", "aviation", None, None),
    ("Les frappes de l'aviation israélienne ont visé un immeuble.", "air_strike", "aviation", None, None),
    ("Les bombardements de la marine ukrainienne ont touché le port.", "shell", "marine", None, None),
    # the host of a meeting held "pour X", "pour X" hung on the object
    (
        "Le Premier ministre a reçu, mardi, les représentants syndicaux pour une consultation.",
        "consult",
        None,
        None,
        None,
    ),
    # a town standing for its club
    ("Lyon a battu Marseille dimanche soir.", "sport_result", "lyon", "marseille", None),
    ("Nantes a battu Toulouse samedi.", "sport_result", "nantes", "toulouse", None),
    # the name a common noun introduces
    ("Le constructeur Renault va fermer son usine de Flins.", "closure", "renault", None, None),
    ("L'entreprise Michelin a fermé son usine de Cholet.", "closure", "michelin", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_agent(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(
    ("sentence", "type_", "actor"),
    [
        (
            "Le Premier ministre a reçu, mardi, les représentants syndicaux pour une consultation.",
            "consult",
            "ministre",
        ),
        ("La ministre s'est rendue à Berlin pour des pourparlers.", "engage_in_negotiation", "ministre"),
    ],
)
def test_meeting_host(nlp, sentence, type_, actor):
    """The host or visitor takes part in the meeting its "pour X" names."""
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found and actor in " | ".join(r.name for r in found[0].actors).lower()


@pytest.mark.parametrize(
    ("sentence", "type_", "not_actor"),
    [
        # a "pour X" of a verb that is no going nor hosting names no meeting's host
        ("Le tribunal a condamné les militants pour une réunion interdite.", "meet", "tribunal"),
        # a town that is no side of a match stays a place, and a city named like a person stays a place
        ("Les habitants de Lyon ont manifesté samedi.", "demonstrate", "lyon"),
        ("Des milliers de personnes ont manifesté à Florence.", "demonstrate", "florence"),
    ],
)
def test_no_actor(nlp, sentence, type_, not_actor):
    for e in events_of(nlp, sentence):
        if e.type == type_:
            assert all(r.name.lower() != not_actor for r in e.actors), e.actors
