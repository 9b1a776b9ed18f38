"""When an event happened, round 25: a noun said as the "par X" of a passive takes the date of
that verb ("l'hôpital a été touché samedi par des frappes"); a time expression the parser hung on
the clause as a clause of its own still dates it ("Il y a trois jours, un commerçant a été
agressé", "après avoir remporté l'élection, dimanche 10 mars"), but not a clause that says more
than the time ("Il y a un mois que les prix augmentent"); an infinitive act takes the time of the
modal verb it depends on ("Lundi, deux personnes ont dû être secourues"), and "a dû" is a past, so
"Lundi" is the last Monday (``timex_tense``), while "a été reportée à lundi" still points ahead.
Sentences written for these tests; the publication day is Thursday 14 March 2024; rows (text,
trigger, date, source)."""

from __future__ import annotations

import pytest
from test_event_constructions import xfail
from test_event_places_r14 import events_at, triggered

DATES = [
    # the "par X" of a passive: the verb's date is the event's
    ("Mardi 12 mars, l'hôpital a été touché par des frappes.", "frappes", "2024-03-12", "text"),
    ("Samedi 9 mars, la digue a été emportée par la crue.", "crue", "2024-03-09", "text"),
    ("Lundi soir, plusieurs maisons ont été détruites par un incendie.", "incendie", "2024-03-11", "text"),
    # "il y a" read as a clause of its own: the time still dates the clause
    ("Il y a trois jours, un commerçant a été agressé par deux hommes.", "agressé", "2024-03-11", "text"),
    ("Il y a deux jours, deux hommes ont été arrêtés à Lyon.", "arrêtés", "2024-03-12", "text"),
    # a date in apposition after the object, hung on it as a clause
    (
        "Le maire sortant a été réélu, dimanche 10 mars, au premier tour.",
        "réélu",
        "2024-03-10",
        "text",
    ),
    # the time of the modal verb an infinitive act depends on; "a dû" is a past, not a future
    (
        "Lundi, deux personnes ont dû être secourues alors qu'elles se baignaient.",
        "secourues",
        "2024-03-11",
        "text",
    ),
    ("Hier, les pompiers ont pu maîtriser l'incendie.", "maîtriser", "2024-03-13", "text"),
    # not a time inside a phrase with a clause of its own under the modal
    (
        "Pour la période allant de 2002 à 2012, le couple devra verser 800 000 euros à l'Assemblée.",
        "verser",
        "2024-03-14",
        "publication",
    ),
    # a verb of planning in the compound past still points ahead
    ("La réunion a été reportée à lundi.", "reportée", "2024-03-18", "text"),
    # a circumstance of an embedded clause takes that clause's date, not the main clause's
    (
        "Le musée rouvre ses portes, bien que ses collections aient brûlé dans un incendie en 1998.",
        "incendie",
        "1998",
        "text",
    ),
    # a clause that says more than the time: a period, not the event's day
    ("Il y a un mois que les prix des loyers augmentent.", "augmentent", "2024-03-14", "publication"),
    # a person's "par X" is no event: the verb's date stays the verb's own
    ("Mardi 12 mars, le suspect a été interpellé par les gendarmes.", "interpellé", "2024-03-12", "text"),
    # the parser reads a bare weekday before a comma as a sentence of its own: nothing dates the noun
    xfail(
        "Samedi, la digue a été emportée par une crue soudaine.",
        "crue",
        "2024-03-09",
        "text",
        reason="'Samedi' parsed as a root of its own, no dependency to the clause",
    ),
    # a fronted date that governs a clause after "alors" dates it too (round 33, event_date_fronted)
    (
        "Vendredi 8 mars au soir, il faisait doux alors tous les parcs ont été pris d'assaut.",
        "pris d'assaut",
        "2024-03-08",
        "text",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "value", "source"), DATES)
def test_event_date_r25(nlp, text: str, trigger: str, value: str, source: str) -> None:
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [e.trigger for e in events_at(nlp, text)]
    assert found[0].date is not None and found[0].date.value[:10] == value
    assert found[0].date_source == source
