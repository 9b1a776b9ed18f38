"""A plural pronoun's antecedent, round 29: the adverb that opens the noun phrase ("notamment les
infirmières", "même les élus") is no part of the speaker's name, and a thing whose noun has an agent
ending ("les affaires", "les civières") is no antecedent at all.

Every text here was written for these tests (none is taken from an evaluation text or a report).
Rows: (text, the speaker's whole name, a part of the content)."""

from __future__ import annotations

import pytest
from speech import described, find, statements

ROWS = [
    (
        "Le ministre a reçu les syndicats, notamment les infirmières. "
        "Elles affirment qu'elles ne tiendront pas l'hiver.",
        "infirmières",
        "ne tiendront pas l'hiver",
    ),
    (
        "Plusieurs professions sont touchées, notamment les boulangers. "
        "Ils estiment que la hausse est intenable.",
        "boulangers",
        "la hausse est intenable",
    ),
    (
        "Même les élus de la majorité sont inquiets. Ils jugent que la réforme va trop loin.",
        "élus de la majorité",
        "la réforme va trop loin",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), ROWS)
def test_opening_adverb_is_no_part_of_the_name(nlp, text, speaker, content):
    found = statements(nlp, text)
    hits = [s for s in find(found, content) if s.speaker.name.lower() == speaker]
    assert len(hits) == 1, described(found)


THINGS = [
    "Le parti a été secoué par plusieurs scandales, notamment les affaires de harcèlement. "
    "Elles estiment que la direction a trop tardé.",
    "Les secours ont apporté des civières jusqu'au village. Elles affirment que la route est coupée.",
]


@pytest.mark.parametrize("text", THINGS)
def test_a_thing_with_an_agent_ending_is_no_antecedent(nlp, text):
    found = statements(nlp, text)
    things = [s for s in found if "affaires" in s.speaker.name or "civières" in s.speaker.name]
    assert not things, described(found)
