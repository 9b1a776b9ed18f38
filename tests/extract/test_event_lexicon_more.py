"""More rows of the event lexicon (the front's advances, landings, resistance, control passing,
shooting down, locking up, barricades), and the other senses of the same words, from sentences
written for these tests. Rows as in test_event_lexicon: (sentence, type, agent, place), agent and
place lowercase substrings of an actor's name (any role) and of the place, None: not checked."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

ROWS = [
    ("Les troupes ukrainiennes poursuivent leur progression vers Tokmak.", "attack", "troupes", None),
    ("Des commandos ont débarqué à l'aube sur la presqu'île de Kinbourn.", "attack", "commandos", None),
    ("Les soldats ukrainiens résistent toujours à Avdiïvka.", "fight", "soldats", "avdi"),
    ("La centrale est passée sous contrôle russe au printemps.", "capture", "forces russes", None),
    ("Douze drones ont été abattus par la défense antiaérienne à Odessa.", "intercept", "défense", "odessa"),
    ("Les opposants ont été enfermés dans une prison militaire.", "arrest", "opposants", None),
    ("Les soldats ont dressé des barricades autour du parlement.", "exhibit_force_posture", "soldats", None),
    ("Les émeutiers ont érigé des barricades à Nouméa.", "obstruct", None, "nouméa"),
    # an arrest with no agent named: the country it happens in acts
    ("Un journaliste américain a été arrêté en Russie.", "arrest", "russie", "russie"),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "place"), ROWS)
def test_lexicon_row(nlp, sentence, type_, agent, place):
    check_row(nlp, sentence, type_, agent, place)


OTHER_SENSES = [
    ("Les prix de l'immobilier résistent à la crise.", "fight"),
    ("La progression du chômage inquiète le gouvernement.", "attack"),
    ("L'incendie est resté sous contrôle toute la nuit.", "capture"),
    ("Elle a enfermé ses clés dans la voiture.", "arrest"),
    ("Le promeneur a débarqué du ferry à Calais.", "attack"),
    ("La hausse des loyers frappe de plein fouet les étudiants.", "air_strike"),
]


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_senses_give_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
