"""Where an event happened, round 24: a report set wholly in France (it names France's bodies
bare, "le gouvernement", "l'Élysée", its people, "les Français", or France, and no place or
people abroad) places there the events nothing else places (a national measure, a rush, a
shortage); a report that names a place or a people abroad places none so; a seat said as where
before "par X" ("reçu à l'Élysée par Emmanuel Macron") stays a place, not the title of the name
after it. Sentences written for these tests; rows (text, type, place substring; "-": no place)."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, xfail

NATIONAL = [
    # a government's measure with no place, in a report on France
    (
        "La baisse des taxes sur le gazole pourrait être prolongée en décembre, a annoncé le "
        "porte-parole du gouvernement.",
        "policy_measure",
        "france",
    ),
    # the people of France rush, a shortage follows
    (
        "Les Français font le plein avant la hausse des tarifs. Un tiers des stations sont en "
        "pénurie de sans-plomb.",
        "shortage",
        "france",
    ),
    # France's own seat named bare
    (
        "Matignon prépare un nouveau plan. Les prix de l'électricité ont encore augmenté ce mois-ci.",
        "price_change",
        "france",
    ),
    # a war named as the cause of a rise of prices does not set the report abroad
    (
        "Depuis le début de la guerre en Ukraine, les prix de l'huile ont augmenté de 40 %. Le "
        "gouvernement demande aux distributeurs de limiter leurs marges.",
        "price_change",
        "france",
    ),
    # a town said by its demonym keeps the town, not the country
    (
        "Le gouvernement a promis des aides. Un boulanger lyonnais a augmenté ses prix.",
        "price_change",
        "lyon",
    ),
    # a place of the sentence keeps it
    (
        "Le gouvernement a réagi. Les prix des carburants ont augmenté à Brest.",
        "price_change",
        "brest",
    ),
]

NOT_NATIONAL = [
    # no body, people nor place: nothing says the country
    ("Les ventes de vélos électriques ont bondi de 30 % en un an.", "sales", "-"),
    # a foreign government
    (
        "Le gouvernement allemand a décidé une aide. Les prix de l'énergie ont augmenté cet hiver.",
        "price_change",
        "-",
    ),
    # a place abroad named in the report
    (
        "Les prix de l'énergie ont augmenté cet hiver. Le gouvernement a réagi. Les ménages "
        "s'inquiètent. Les fournisseurs aussi. Une situation comparable est observée en Italie.",
        "price_change",
        "-",
    ),
    # a people abroad
    (
        "Le gouvernement a proposé une baisse des taxes. Les Espagnols ont manifesté dimanche.",
        "demonstrate",
        "-",
    ),
    # Europe's people
    (
        "Le gouvernement a salué le geste. Des milliers d'Européens ont manifesté dimanche contre "
        "la réforme.",
        "demonstrate",
        "-",
    ),
    # a war's place does set abroad a report's events of war
    (
        "Le gouvernement s'inquiète. Depuis le début de la guerre en Ukraine, les combats font rage.",
        "fight",
        "ukraine",
    ),
    # a match is no national event
    (
        "Le gouvernement a félicité les joueurs. Les Bleus ont remporté le match face au Maroc.",
        "sport_result",
        "-",
    ),
]

SEATS = [
    ("Le chef du parti a été reçu à l'Élysée par Emmanuel Macron mardi.", "host_visit", "élysée"),
    ("Les syndicats ont été reçus à Matignon par Élisabeth Borne.", "host_visit", "matignon"),
    # the seat of the opening lends no town to an election the report's country holds
    (
        "Le chef du parti a été reçu à l'Élysée par Emmanuel Macron. Les tractations continuent "
        "après les élections législatives.",
        "election",
        "france",
    ),
    xfail(
        "Les députés ont adopté le texte dans l'hémicycle mardi soir.",
        "adopt_law",
        "assemblée",
        reason="a common noun of a seat ('l'hémicycle') is not read as the seat it names",
    ),
]


def place_of_event(nlp, text: str, type_: str) -> str:
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert found, f"no {type_} event in: {text}"
    return found[0].location.name.lower() if found[0].location else "-"


@pytest.mark.parametrize(("text", "type_", "place"), NATIONAL + NOT_NATIONAL + SEATS)
def test_event_place_r24(nlp, text: str, type_: str, place: str) -> None:
    name = place_of_event(nlp, text, type_)
    assert (name == "-") if place == "-" else (place in name), name
