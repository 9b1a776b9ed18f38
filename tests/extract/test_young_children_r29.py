"""Young children as the people an event happens to, round 29: "bébé", "nourrisson", "fillette",
"garçonnet", "écolier", "bambin" are people like "enfant" (``roles.txt``), so the rows that need a
person ("sauver" a person, "renverser" a person) find their event and the victim is its target.
Sentences written for these tests. Rows as in ``test_event_constructions.check``: (sentence, type,
agent, target, place; lowercase substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from speech import described, find, statements
from test_event_constructions import check

ROWS = [
    (
        "Les pompiers ont sauvé une fillette coincée dans les décombres.",
        "rescue",
        "pompiers",
        "fillette",
        None,
    ),
    ("Un bébé a été blessé lors du bombardement de la maternité.", "wound", None, "bébé", None),
    ("Un écolier a été renversé par une voiture devant l'école.", "accident", None, "écolier", None),
    ("Deux nourrissons ont été hospitalisés à Rouen.", "hospitalization", None, "nourrissons", "rouen"),
    ("Un garçonnet a été retrouvé sain et sauf par les gendarmes.", "rescue", None, "garçonnet", None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_young_child_is_a_person(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


def test_a_schoolgirl_still_speaks(nlp):
    found = statements(nlp, "« On a eu très peur », raconte une écolière de huit ans.")
    assert [s for s in find(found, "très peur") if "écolière" in s.speaker.name], described(found)


SAID_OF = [  # the subject of a clause said by a named speaker is no antecedent of the incise's pronoun
    (
        "Moussa, un père de famille, explique que son enfant a la varicelle. "
        "« Elle ne mange pas à sa faim », témoigne-t-il.",
        "Moussa",
    ),
    (  # the verb hung on the name as its modifier (acl): told_by_teller, round 44
        "Karim Benali, un éleveur, raconte que son voisin a tout perdu. "
        "« Il faut nous aider », insiste-t-il.",
        "Karim Benali",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), SAID_OF)
def test_the_person_spoken_of_is_not_the_speaker(nlp, text, speaker):
    found = statements(nlp, text)
    last = [s for s in found if s.direct]
    assert last and last[-1].speaker.name == speaker, described(found)
