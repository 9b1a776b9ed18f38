"""When an event happened, round 32: "la veille" (with no "de ...") in a report that tells no date
before it is the day before the publication's, not an unknown day that leaves the event on the
publication date; with a day told before it, it is the day before the last one told, however far
back (a TV report's lead names the day of the story paragraphs earlier); "le lendemain" of
no day told stays undated. Sentences written for these tests; the publication day is Thursday
14 March 2024; rows (text, trigger, date, source)."""

from __future__ import annotations

import pytest
from test_event_constructions import ANCHOR, xfail
from test_event_places_r14 import events_at, triggered

from newsgraph.extract.timex import find_times

DATES = [
    # "la veille" of a report that tells no date before it: the day before the publication's
    (
        "À Nîmes, où la candidate était en meeting la veille, les électeurs hésitent encore.",
        "meeting",
        "2024-03-13",
        "text",
    ),
    ("Les manifestants ont défilé la veille au soir dans le centre de Lyon.", "défilé", "2024-03-13", "text"),
    ("L'avant-veille, un séisme a frappé la région.", "séisme", "2024-03-12", "text"),
    # a day told before it: the day before that day, as before
    (
        "Lundi 11 mars, un incendie a ravagé un entrepôt. "
        "La veille, les pompiers avaient été appelés pour un feu de broussailles.",
        "feu de broussailles",
        "2024-03-10",
        "text",
    ),
    # the day told paragraphs before it (a TV report's lead): the day before that one
    (
        "Samedi 9 mars, les files d'attente s'allongent devant les stations-service.\n"
        "Les automobilistes patientent parfois plus d'une heure.\n"
        "À Arras, une station a fermé ses pompes la veille au soir.",
        "fermé",
        "2024-03-08",
        "text",
    ),
    # "le lendemain" of no day told: nothing to count from, the publication date
    ("Le lendemain, les enquêteurs ont arrêté deux suspects.", "arrêté", "2024-03-14", "publication"),
    # "depuis" + a day in the clause of the noun's verb: the day it came (round 39, ``since_day``)
    ("La remise sur l'essence a pris fin depuis le 12 mars.", "remise", "2024-03-12", "text"),
    xfail(
        "Lundi 11 mars, à 20 heures, la voisine entend les cris d'une femme qui vient d'être "
        "poignardée par son mari.",
        "poignardée",
        "2024-03-11",
        "text",
        reason="the date of the main clause does not reach a relative clause on its object's noun",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "value", "source"), DATES)
def test_event_date_r32(nlp, text: str, trigger: str, value: str, source: str) -> None:
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [e.trigger for e in events_at(nlp, text)]
    assert found[0].date is not None and found[0].date.value[:10] == value
    assert found[0].date_source == source


# the value of "la veille" itself: a verb in the past counts it from the story's day or the
# publication's (Thursday 14 March 2024); a rule told in the future or present stays unknown
VEILLE = [
    ("Le maire avait été prévenu la veille.", "2024-03-13"),
    ("Les abonnés seront prévenus la veille par un message.", "XXXX-XX-XX"),
    ("Les clients réservent leur pain la veille.", "XXXX-XX-XX"),
    ("Lundi 11 mars, la digue a cédé. Elle avait été inspectée la veille.", "2024-03-10"),
]


@pytest.mark.parametrize(("text", "value"), VEILLE)
def test_la_veille_value(nlp, text: str, value: str) -> None:
    found = [t for t in find_times(text, ANCHOR, "d", nlp(text)) if "veille" in t.text.lower()]
    assert [t.value for t in found] == [value]
