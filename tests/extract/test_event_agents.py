"""Who acts, read beyond the trigger's own subject: coordinated and demonym subjects, a topic
picked up by a pronoun, the subject of a verb that calls for the event, a series of events, the
possessive of an event undergone. Sentences written for these tests; rows as in
test_event_constructions (sentence, type, agent, target, place; substrings, None: not checked)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of, names

AGENTS = [
    # coordinated subjects, demonyms the NER takes for places
    (
        "Les Italiens et les Espagnols vont livrer des missiles à Kiev.",
        "provide_military_aid",
        "italiens",
        None,
        None,
    ),
    (
        "Le Danemark et la Norvège ont livré des missiles antichars.",
        "provide_military_aid",
        "norvège",
        None,
        None,
    ),
    # "quant à X, il/elle": the topic is the pronoun's antecedent
    ("Quant à l'Allemagne, elle a promis des chars Leopard.", "promise_aid", "allemagne", None, None),
    # a subject pronoun stands for the last subject that agrees with it
    (
        "La ministre des Armées est arrivée à Vilnius. Elle a rencontré Gitanas Nauseda.",
        "meet",
        "ministre",
        None,
        None,
    ),
    (
        "Les soldats russes sont entrés dans le village. Ils ont bombardé l'école.",
        "shell",
        "soldats",
        None,
        None,
    ),
    # the subject of a verb calling for (or planning, threatening) the event
    ("Les syndicats de cheminots appellent à la grève.", "strike_or_boycott", "syndicats", None, None),
    ("Les agriculteurs menacent de manifestations à Paris.", "demonstrate", "agriculteurs", None, "paris"),
    # "une série de", "une vague de": the verb that carries the series carries the event
    ("L'armée israélienne a mené une série de frappes sur Gaza.", "air_strike", "armée", None, "gaza"),
    # a possessive of an event undergone names its target
    ("Michel Barnier a commenté sa nomination devant la presse.", "appoint", None, "barnier", None),
    # who talks are held with: "avec X", a capital standing for its state
    ("Le Japon a suspendu les pourparlers avec Pékin.", "engage_in_negotiation", None, None, None),
    # a verb that moves talks along carries them
    (
        "Les syndicats ont relancé les négociations salariales.",
        "engage_in_negotiation",
        "syndicats",
        None,
        None,
    ),
    # the "par X" of a passive verb whose subject is a nominal trigger
    ("La grève a été prolongée jeudi par les syndicats.", "strike_or_boycott", "syndicats", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), AGENTS)
def test_event_agent(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


def test_a_demonym_is_no_place(nlp):
    (e,) = [
        e
        for e in events_of(nlp, "Les Allemands et les Britanniques vont envoyer des blindés.")
        if e.type == "provide_military_aid"
    ]
    assert e.location is None
    assert "britanniques" in names(e, "agent")


def test_a_call_stays_hypothetical(nlp):
    (e,) = [
        e
        for e in events_of(nlp, "Les syndicats de cheminots appellent à la grève le 7 mars.")
        if e.type == "strike_or_boycott"
    ]
    assert e.modality == "hypothetical"


def test_a_worried_subject_is_no_agent(nlp):
    found = [
        e for e in events_of(nlp, "Les patrons russes s'inquiètent des sanctions.") if e.type == "sanction"
    ]
    assert all(not names(e, "agent") for e in found)


def test_a_pronoun_that_agrees_with_nothing_names_no_one(nlp):
    text = "La situation reste tendue à Gaza. Elle a bombardé le camp."
    found = [e for e in events_of(nlp, text) if e.type == "shell"]
    assert all(not names(e, "agent") for e in found)


def test_talks_with_a_capital_have_its_state_as_participant_not_as_place(nlp):
    (e,) = [
        e
        for e in events_of(nlp, "Le Japon a suspendu les pourparlers avec Pékin.")
        if e.type == "engage_in_negotiation"
    ]
    assert "chine" in names(e, "participant")
    assert e.location is None


def test_a_call_with_someone_has_them_as_participant(nlp):
    text = "Le chancelier s'est entretenu par téléphone avec Xi Jinping."
    (e,) = [e for e in events_of(nlp, text) if e.type == "phone_call"]
    assert "xi jinping" in names(e, "participant")
