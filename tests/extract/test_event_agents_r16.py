"""Who acts, round 16: a definite description that takes up an actor the report named before it
(``event_coref``): a public office after the public figure named in the sentences before ("Le chef
de l'État a reçu", "la Première ministre"), agreeing in gender; a generic noun of an organisation
("l'entreprise", "le club") after the organisation; "le pays" after the country; "la ville de X" and
"la municipalité" after the town, for its council. A pronoun agrees in gender with the person it
takes up. And what stays a description: an office after a person of no public office, after a
person of its own sentence or of another office, or after two persons; "le suspect". Sentences
written for these tests; rows as in test_event_constructions (sentence, type, agent, target, place;
substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of

ROWS = [
    # a public office takes up the public figure named in the sentences before
    (
        "Emmanuel Macron est rentré de Bruxelles. Le chef de l'État a reçu les syndicats à l'Élysée.",
        "host_visit",
        "emmanuel macron",
        None,
        None,
    ),
    (
        "Gérald Darmanin était à Marseille lundi. Le ministre a inauguré un commissariat en ville.",
        "ceremony",
        "gérald darmanin",
        None,
        None,
    ),
    # gender: the feminine office skips the man named last
    (
        "Élisabeth Borne a présenté sa démission, mais Emmanuel Macron l'a refusée. La Première "
        "ministre a reçu les présidents de groupe.",
        "host_visit",
        "borne",
        None,
        None,
    ),
    # a title given by the name: the office said later is that person's
    (
        "Le président ukrainien Volodymyr Zelensky était à Paris. Le président a rencontré les députés.",
        "meet",
        "zelensky",
        None,
        None,
    ),
    # a pronoun takes up the person of its gender ("elle": not the man named last)
    (
        "Anne Hidalgo était à Lyon. Gérald Darmanin a félicité les policiers. Elle a reçu les syndicats.",
        "host_visit",
        "hidalgo",
        None,
        None,
    ),
    # an owner's possessive says nothing of the owner's gender ("sa démission": hers)
    (
        "Anne Hidalgo a parlé aux élus lundi. Sa démission a surpris tout le monde.",
        "resign",
        "hidalgo",
        None,
        None,
    ),
    # an organisation named before, taken up by a generic noun
    (
        "Michelin a annoncé la fermeture de deux usines. L'entreprise a licencié 1 200 salariés.",
        "layoff",
        "michelin",
        None,
        None,
    ),
    # a town's council by the town's name: "la ville de X", or bare after the one town named
    (
        "La ville de Paris versera 20 millions d'euros aux victimes.",
        "provide_aid",
        "ville de paris",
        None,
        None,
    ),
    (
        "Nice accueille de nombreux réfugiés. La municipalité a ouvert un centre d'hébergement.",
        "launch",
        "municipalité de nice",
        None,
        None,
    ),
    # the country named before
    (
        "La Pologne craint une escalade. Le pays a déployé des troupes à la frontière.",
        "deploy",
        "pologne",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_agent_r16(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)


@pytest.mark.parametrize(
    ("sentence", "type_", "not_actor"),
    [
        # a person named in the description's own sentence is someone else
        ("Yannick Jadot a critiqué la visite du ministre à Kiev.", "visit", "yannick jadot"),
        # a person given another office is not "la Première ministre"
        (
            "Marine Le Pen, députée du Pas-de-Calais, a critiqué le texte. La Première ministre a reçu "
            "les syndicats.",
            "host_visit",
            "marine le pen",
        ),
        # "elle" is not the man named last
        (
            "Emmanuel Macron a salué le travail d'Élisabeth Borne. Elle a reçu les syndicats à Matignon.",
            "host_visit",
            "emmanuel macron",
        ),
        # a person who holds no public office is not "le maire"
        ("Paul Durand a vu les flammes. Le maire a évacué le quartier.", "rescue", "paul durand"),
        # two persons the office may take up: the report's own words do not say which
        (
            "Vladimir Poutine a rencontré Emmanuel Macron. Le président russe a ensuite ordonné des "
            "frappes sur Kiev.",
            "air_strike",
            "emmanuel macron",
        ),
        # an office that serves the one named is not that one
        # two towns before it: which one's council?
        (
            "Lyon et Marseille ont voté le budget. La ville a ouvert un centre d'hébergement.",
            "launch",
            "lyon",
        ),
        # the two sides of a crime: the suspect is not the victim named before
        ("Jean Martin a été tué samedi. Le suspect a été arrêté dimanche.", "arrest", "jean martin"),
    ],
)
def test_no_antecedent_r16(nlp, sentence, type_, not_actor):
    found = [e for e in events_of(nlp, sentence) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, sentence)]
    for e in found:
        assert all(not_actor not in r.name.lower() for r in e.actors), e.actors
