"""The State and the National Assembly as bodies of a state (issue 17, round 44).

A bare "l'État" is the body every state has that governs it, named after its report's state as
French news names it in full ("l'État français", "l'État américain") and coded as that state's
government; it stays an organization, never the state's territory, so "le budget de l'État" gives an
event no place (test_event_arguments8, test_event_places9). "L'Assemblée nationale", said bare in
French news, is France's legislature.
Sentences and names are made up.
"""

from __future__ import annotations

import pytest

from newsgraph.nations import StateCode, state_of
from newsgraph.resolve import Registry, resolve
from newsgraph.resolve.actors import canonical_type
from newsgraph.resolve.state_bodies import state_body_name
from test_state_bodies_r43 import _place, _report


@pytest.mark.parametrize(
    ("name", "code", "expected"),
    [
        ("l'État", "FR", "État français"),
        ("État", "US", "État américain"),
        ("l'État", "IT", "État italien"),
        # near misses: not the bare State
        ("État islamique", "FR", None),
        ("chef de l'État", "FR", None),
        ("coup d'État", "FR", None),
        ("États-Unis", "FR", None),
    ],
)
def test_the_bare_state_is_named_after_its_report(name, code, expected):
    assert state_body_name(name, code) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("État français", StateCode("FR", "GOV")),
        ("l'État allemand", StateCode("DE", "GOV")),
        ("Assemblée nationale", StateCode("FR", "LEG")),
        ("l'Assemblée nationale", StateCode("FR", "LEG")),
        # near misses
        ("État islamique", None),
        ("État", None),  # says no state: its report does
        ("Assemblée générale", None),
    ],
)
def test_the_state_and_the_assembly_are_coded(name, expected):
    assert state_of(name, "organization") == expected


def test_the_state_of_a_french_report_is_one_actor_the_french_government():
    text = "L'État a annoncé une aide. L'État a décidé de fermer la route."
    ex = resolve([_report("doc-1", text, [_place("Rennes", "FR")], "l'État", "État")], Registry())[0]
    assert ex.statements[0].speaker.id == "org-etat-francais"
    assert [r.id for r in ex.events[0].actors] == ["org-etat-francais"]
    state = next(a for a in ex.actors if a.id == "org-etat-francais")
    assert state_of(state.name, state.type) == StateCode("FR", "GOV")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("l'État américain", "organization"),  # the governing body, as a bare "l'État" of a US report
        ("État russe", "organization"),
        # near misses
        ("État islamique", "gpe"),  # no state's: left as NER read it
        ("États-Unis", "gpe"),
        ("Russie", "gpe"),
    ],
)
def test_the_state_said_with_its_demonym_is_its_governing_body(name, expected):
    assert canonical_type(name, "gpe") == expected
