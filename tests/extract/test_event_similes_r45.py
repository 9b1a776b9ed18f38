"""An event word in a simile names no happening (round 45, evt45t, ``event_similes``): what a scene looked
or sounded like ("on aurait dit un bombardement", "c'était comme une explosion", "des dégâts dignes d'un
ouragan", "comme si une guerre avait éclaté"). The literal twins keep their event: an event compared
to with its definite article (one that happened), a plural heard "comme des explosions", a verb of
seeming not in the conditional, a real event qualified "comme" another ("une fusillade considérée
comme une attaque terroriste"), the same words outside a comparison. Sentences written for these
tests. Similes: (sentence, type) with no event of the type; literal: (sentence, type, actor, place)
as in ``test_event_constructions.check_row``."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

SIMILES = [
    ("On aurait dit un bombardement, raconte une habitante du quartier.", "shell"),
    ("Le bruit était comme une explosion, selon un riverain.", "explosion"),
    ("On dirait une inondation, tout le rez-de-chaussée est sous l'eau.", "flood"),
    ("On se croirait après un tremblement de terre, tout est à terre.", "earthquake"),
    ("Les rayons sont vides, comme si une guerre avait éclaté.", "fight"),
    ("Le choc a été d'une violence comparable à une explosion.", "explosion"),
    ("Les supporters ont envahi la pelouse comme une émeute.", "riot"),
    pytest.param(
        "Le stade s'est enflammé tel un volcan en éruption.",
        "volcanic_eruption",
        marks=pytest.mark.xfail(strict=True, reason="the parser hangs 'en éruption' on 'tel'"),
    ),
]

LITERAL = [
    ("Un ouragan a frappé la côte de Floride dans la nuit.", "storm", None, None),
    ("Le choc a été aussi fort que lors de l'explosion du port de Beyrouth.", "explosion", None, "beyrouth"),
    ("Les habitants ont entendu une explosion vers minuit à Lyon.", "explosion", None, "lyon"),
    ("Le quartier ressemble à un champ de ruines après la tempête.", "storm", None, None),
    ("Une explosion a soufflé un immeuble, comme l'an dernier à Marseille.", "explosion", None, None),
    ("La fusillade, considérée comme une attaque terroriste, a fait un mort.", "terror_attack", None, None),
]


@pytest.mark.parametrize(("sentence", "type_"), SIMILES)
def test_simile(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), LITERAL)
def test_literal(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)
