"""Event agents, round 25: the people of a state named by a demonym the lexicon lacked ("les
Brésiliens ont fêté", "les Tunisiens manifestent"); a finite verb the parser hung as a modifier of
its subject ("des milliers d'habitants manifestent"); the "à X" of a verb of allowing or asking
that does what its infinitive says ("permettent aux scientifiques de surveiller"); the author
noun an act is the "de X" of ("le suspect de la fusillade", "l'auteur de l'incendie"); with the
near misses that keep no agent. Sentences written for these tests. Rows: (text, type, agent,
target, place; lowercase substrings, None: not checked, "-": none in that role)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_arguments, of_type, xfail

from newsgraph.extract.event_agent_misparsed import hung_subject

DEMONYMS = [
    ("Les Brésiliens ont fêté le titre dans les rues de Rio.", "celebration", "brésiliens", None, None),
    ("Les Tunisiens manifestent contre la hausse des prix.", "demonstrate", "tunisiens", None, None),
    ("Les Argentins ont célébré la victoire toute la nuit.", "celebration", "argentins", None, None),
    (
        "Des supporters marocains ont célébré la qualification.",
        "celebration",
        "supporters marocains",
        None,
        None,
    ),
    # the country itself stays the country, not its people
    ("L'Argentine a battu la France en finale.", "sport_result", "argentine", "france", None),
]

HUNG_VERBS = [
    (
        "Au Sri Lanka, des milliers d'habitants manifestent et accusent le gouvernement.",
        "demonstrate",
        "habitants",
        None,
        None,
    ),
    ("Des dizaines de salariés manifestent devant l'usine.", "demonstrate", "salariés", None, None),
]

DATIVE_CONTROL = [
    (
        "Des radars permettent aux scientifiques de surveiller le glacier.",
        "monitoring",
        "scientifiques",
        None,
        None,
    ),
    ("Le préfet a demandé aux habitants d'évacuer le quartier.", "rescue", "habitants", None, None),
    ("Le juge reproche au maire d'avoir détourné des fonds publics.", "crime", "maire", None, None),
    # a clitic: its antecedent is not read, and the subject of "permettre" does not do it
    ("La loi leur permet de manifester.", "demonstrate", "-", None, None),
    # no "à X": a thing that allows is no agent
    ("Ces caméras permettent de surveiller la forêt.", "monitoring", "-", None, None),
]

AUTHORS = [
    ("Le suspect de la fusillade a été interpellé samedi.", "shooting", "suspect", None, None),
    ("L'auteur de l'incendie a été arrêté.", "fire", "auteur", None, None),
    ("Les antécédents du suspect dans l'attaque à Paris interrogent.", "attack", "suspect", None, None),
    # an author noun said of someone: that one
    ("Cet homme est l'auteur présumé de l'attaque.", "attack", "homme", None, None),
    ("Pierre Martin reste le principal suspect du meurtre.", "kill", "pierre martin", None, None),
    # the victims of an act are not its authors
    ("Les victimes de l'attaque ont été hospitalisées.", "attack", "-", None, None),
]


INITIATIVE = [
    (
        "Une manifestation à l'appel des syndicats a rassemblé 3 000 personnes.",
        "demonstrate",
        "syndicats",
        None,
        None,
    ),
    ("Une réunion a eu lieu à l'initiative de la Première ministre.", "meet", "ministre", None, None),
    ("Le sommet, organisé à l'initiative de la France, s'est tenu à Paris.", "meet", "france", None, None),
    ("Une grève est organisée sous l'égide de la CGT.", "strike_or_boycott", "cgt", None, None),
    # a call to strike is the call itself, nobody's initiative
    ("Un appel à la grève a été lancé pour jeudi.", "strike_or_boycott", "-", None, None),
]

AMONG_THEM = [
    # "certains d'entre eux": the people the pronoun takes up
    (
        "Les salariés sont inquiets. Certains d'entre eux ont manifesté devant l'usine.",
        "demonstrate",
        "salariés",
        None,
        None,
    ),
    (
        "Les infirmières sont épuisées. Plusieurs d'entre elles ont démissionné.",
        "resign",
        "infirmières",
        None,
        None,
    ),
    xfail(
        "Les soignants sont épuisés. Beaucoup ont démissionné depuis la crise.",
        "resign",
        "soignants",
        None,
        None,
        reason="a bare quantifier with no 'd'entre eux' takes up nobody: the antecedent is not looked for",
    ),
    # two groups before it: which one is not said
    (
        "Les policiers ont interpellé les manifestants. Certains d'entre eux ont été blessés.",
        "wound",
        "-",
        "-",
        None,
    ),
    # things taken up are no actors
    ("Les prix augmentent. Certains d'entre eux ont doublé.", "indicator_change", "-", None, None),
]

LED_BY = [
    # who led an act does what the act did
    (
        "L'offensive menée par l'armée ukrainienne a permis de reprendre Kherson.",
        "capture",
        "armée ukrainienne",
        None,
        None,
    ),
]

MEALS = [
    # a meal's nationality is its cuisine
    ("Ils ont partagé un déjeuner mexicain entre amis.", "meet", "-", None, None),
    # an act's nationality is still its state
    ("L'offensive russe a repris dans le Donbass.", "attack", "forces russes", None, None),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "agent", "target", "place"), INITIATIVE + AMONG_THEM + LED_BY + MEALS
)
def test_event_initiators_r25(nlp, sentence, type_, agent, target, place):
    check_arguments(of_type(nlp, sentence, type_)[0], agent, target, place)


@pytest.mark.parametrize(
    ("sentence", "type_", "agent", "target", "place"), DEMONYMS + HUNG_VERBS + DATIVE_CONTROL + AUTHORS
)
def test_event_agents_r25(nlp, sentence, type_, agent, target, place):
    check_arguments(of_type(nlp, sentence, type_)[0], agent, target, place)


NOT_HUNG = [
    # a participle hung on its noun undergoes, it has no subject to give
    ("Des soldats tués au combat.", "tués"),
    # a relative clause keeps its own subject
    ("Les habitants qui manifestent réclament de l'eau.", "manifestent"),
]


@pytest.mark.parametrize(("sentence", "verb"), NOT_HUNG)
def test_no_hung_subject(nlp, sentence, verb):
    doc = nlp(sentence)
    token = next(t for t in doc if t.text == verb)
    assert hung_subject(token) == []
