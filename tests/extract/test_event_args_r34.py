"""Round 34 event arguments, chosen by convention rather than by sentence shape. An event that
nothing else places happened at the report's main place (the place it names at least twice and
more often than any other): tried and reverted (null on the check half, right in 20 of 29 changes
on 1,000 fresh reports), its rows kept as strict xfail. The side of an act of war said by a nationality
adjective is the state's forces ("les frappes russes": "forces russes", ``event_agent_forces``),
while a state's own acts (sanctions) keep the state.
Sentences written for these tests. Place rows: (text, trigger, place substring or "-" for none);
agent rows: (text, trigger, agent substring)."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names, xfail

MAIN_PLACE_REVERTED = (
    "the report's main place was tried and reverted: null on the check half, right in 20 of 29"
    " changes on 1,000 fresh reports"
)

MAIN_PLACE = [
    # a town said twice after the opening, once as a subject: the report's place
    xfail(
        "Les salariés ont manifesté lundi. Ils réclament des hausses de salaire. La direction"
        " refuse de négocier. Le mouvement est très suivi à Vierzon. Vierzon n'avait pas connu cela"
        " depuis longtemps.",
        "manifesté",
        "vierzon",
        reason=MAIN_PLACE_REVERTED,
    ),
    # a town said once with "à", then with "de": the same town twice
    xfail(
        "Un incendie a détruit un entrepôt dans la nuit. Les pompiers ont lutté pendant des heures."
        " Personne n'a été blessé. Les habitants de Mazamet sont sous le choc. À Mazamet, l'entreprise"
        " employait quarante personnes.",
        "incendie",
        "mazamet",
        reason=MAIN_PLACE_REVERTED,
    ),
    # a demonstration
    xfail(
        "Des centaines de personnes ont manifesté samedi contre le projet. Les opposants dénoncent un"
        " gâchis. Le maire défend le chantier. Le centre de Montauban était bloqué. Montauban n'avait"
        " pas vu une telle foule depuis des années.",
        "manifesté",
        "montauban",
        reason=MAIN_PLACE_REVERTED,
    ),
]

FORCES = [
    # a nationality adjective of an act of war: the state's forces
    ("Les bombardements russes ont détruit la gare de Kharkiv.", "bombardements", "forces russes"),
    ("L'artillerie russe n'a pas cessé de bombarder la ville.", "bombarder", "forces russes"),
    ("La contre-offensive ukrainienne a permis de reprendre trois villages.", "contre", "ukrainiennes"),
    ("Des frappes israéliennes ont visé Gaza dans la nuit.", "frappes", "forces israéliennes"),
    ("L'offensive russe se concentre désormais sur le Donbass.", "offensive", "forces russes"),
]

STATES = [
    # a state's own acts, the state named, or forces named by the text: unchanged
    ("Les sanctions européennes visent les banques russes.", "sanctions", "union européenne"),
    ("La Russie a bombardé Odessa dans la nuit.", "bombardé", "russie"),
    ("Les troupes russes ont envahi le pays.", "envahi", "troupes russes"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), MAIN_PLACE)
def test_main_place(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name, [(e.trigger, e.location) for e in found]


@pytest.mark.parametrize(("text", "trigger", "name"), FORCES + STATES)
def test_armed_side(nlp, text: str, trigger: str, name: str) -> None:
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    assert name in names(found[0], "agent"), found[0].actors
