"""Who takes part and who strikes, read from two constructions: "entre X et Y" on the trigger or
on the verb that carries it ("un échange a eu lieu entre la Russie et l'Ukraine", "sera discuté
entre Russes et Turcs"), and the "de X" of an armed act that names a force, not a target ("le
bombardement des Russes"). Sentences written for these tests; rows as in test_event_constructions
(sentence, type, agent, target, place; substrings, None: not checked). Also where: a country
narrowed to the city or region of that country that the report is about."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of

ROWS = [
    (
        "Un échange de prisonniers a eu lieu samedi entre la Russie et l'Ukraine.",
        "release",
        None,
        None,
        None,
    ),
    (
        "Des pourparlers entre Israël et le Liban se sont tenus à Naqoura.",
        "engage_in_negotiation",
        None,
        None,
        None,
    ),
    ("Le bombardement des Russes a touché la gare de Kramatorsk.", "shell", "russes", None, None),
    ("Les frappes de l'armée israélienne se poursuivent sur Rafah.", "air_strike", "armée", None, None),
    ("Le bombardement de Kharkiv a fait trois morts.", "shell", "-", None, None),  # a target, no agent
]

PARTICIPANTS = [
    ("Un échange de prisonniers a eu lieu samedi entre la Russie et l'Ukraine.", "release", "russie"),
    ("Un échange de prisonniers a eu lieu samedi entre la Russie et l'Ukraine.", "release", "ukraine"),
    ("La question sera discutée jeudi entre Paris et Berlin.", "consult", "allemagne"),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_roles(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(("sentence", "type_", "name"), PARTICIPANTS)
def test_between(nlp, sentence, type_, name):
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, sentence)]
    assert name in " | ".join(r.name for r in found[0].actors).lower(), found[0].actors


PLACES = [
    # a country narrowed to the city of that country the report is about
    (
        "Des missiles russes ont frappé Lviv lundi. La grande ville de l'ouest de l'Ukraine a été bombardée.",
        "shell",
        "lviv",
    ),
    # a country acted on stays the place
    ("À Kiev, on se souvient du 24 février. Ce jour-là, la Russie a envahi l'Ukraine.", "invade", "ukraine"),
    # a city of another country does not narrow it
    ("Le sommet s'est ouvert à Paris. La Russie a bombardé l'est de l'Ukraine.", "shell", "ukraine"),
]


@pytest.mark.parametrize(("text", "type_", "place"), PLACES)
def test_place_narrowed(nlp, text, type_, place):
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    assert found[-1].location is not None and place in found[-1].location.name.lower(), found[-1].location


@pytest.mark.parametrize(
    "text",
    [
        "Les parcs de Londres sont jaunis. En Angleterre, des restrictions d'eau entrent en vigueur.",
        "Les parcs de Londres sont jaunis. Dans le sud de l'Angleterre, l'arrosage est interdit.",
    ],
)
def test_country_said_in_the_sentence_stays(nlp, text):
    """ "En Angleterre, ...": the sentence introduces the country, the report's city does not narrow it."""
    found = [e for e in events_of(nlp, text) if e.type == "impose_restrictions"]  # "restrictions", "interdit"
    assert found and found[0].location is not None and found[0].location.name == "Angleterre", found
