"""Agents lost on a general shape (round 46): a noun of a person by its ending
("-iste", "-logue", "-icien", "-culteur": "les complotistes", "un spéléologue", "les praticiens",
"les riziculteurs") acts though no lexicon lists it; not a thing of those endings ("la liste").
Sentences written for these tests; rows as in test_event_constructions (sentence, type, agent,
target, place; substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, xfail

SUFFIXED = [
    ("Des complotistes ont attaqué le site de la mairie.", "attack", "complotistes", None, None),
    ("Les riziculteurs ont manifesté devant la préfecture.", "demonstrate", "riziculteurs", None, None),
    ("Un jeune suprémaciste a abattu deux passants.", "kill", "suprémaciste", "passants", None),
    (
        "Deux pédiatriciens ont manifesté devant le ministère de la Santé.",
        "demonstrate",
        "pédiatriciens",
        None,
        None,
    ),
    ("Deux archéologues ont découvert une nécropole.", "discovery", "archéologues", None, None),
    xfail(
        "Le tueur a été interpellé par les gendarmes.",
        "arrest",
        "gendarmes",
        "tueur",
        None,
        reason="agent nouns in -eur are also instruments (moteur, compteur): not read by ending",
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), SUFFIXED)
def test_suffixed_agents(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(
    ("sentence", "word", "person"),
    [
        ("Les complotistes et les spéléologues sont venus.", "complotistes", True),
        ("Les complotistes et les spéléologues sont venus.", "spéléologues", True),
        ("Deux informaticiens et un horticulteur attendent.", "informaticiens", True),
        ("Deux informaticiens et un horticulteur attendent.", "horticulteur", True),
        ("La liste bloque le dialogue sur la piste.", "liste", False),
        ("La liste bloque le dialogue sur la piste.", "dialogue", False),
        ("La liste bloque le dialogue sur la piste.", "piste", False),
        ("Ce furent de tristes records.", "tristes", False),
    ],
)
def test_person_by_ending(nlp, sentence, word, person):
    from newsgraph.extract.event_amounts import suffixed_person

    token = next(t for t in nlp(sentence) if t.text == word)
    assert suffixed_person(token) is person
