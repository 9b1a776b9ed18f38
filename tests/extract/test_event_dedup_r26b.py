"""Round 26b: one event per happening, and the scale of an event's place. Two verbs of one type
coordinated on one subject tell one happening in two steps ("a raté son atterrissage et a fini sa
course": one accident; "interpellé et placé en garde à vue": one arrest), unless each has its own
subject or the two say distinct places or targets (two strikes on two cities).

The scale of a place: an invasion or a war named by its noun is a country's
act: with no place of its own it takes the country the report names its town in, not the town
("Depuis l'invasion russe", in a report on a town "du sud de l'Ukraine": Ukraine), and a country
said of it is not narrowed to the report's town; fighting, shelling and any other act keep the
town.

The date of an announced act: a time said before the noun a verb of announcing or deciding carries
is the announcement's ("annoncent ce soir une grève"); the act takes the time said after it ("à
partir de demain"), else no date of the text. Sentences written for these tests."""

from __future__ import annotations

import pytest
from test_event_places_r14 import events_at

PLACES = [
    # a country-scale act takes the country the report names its town in
    (
        "Mykolaïv, grande ville du sud de l'Ukraine, vit au rythme des sirènes. Depuis l'invasion russe,"
        " les écoles sont fermées.",
        "invasion",
        "ukraine",
    ),
    (
        "Reportage à Kharkiv, dans l'est de l'Ukraine. La guerre a éclaté il y a un an et les habitants"
        " dorment dans le métro.",
        "guerre",
        "ukraine",
    ),
    (
        "À Tbilissi, capitale de la Géorgie, les manifestants se rassemblent. Le conflit a éclaté en 2008.",
        "conflit",
        "géorgie",
    ),
    # a local act keeps the town
    (
        "Mykolaïv, grande ville du sud de l'Ukraine, vit au rythme des sirènes. Depuis l'invasion russe,"
        " les écoles sont fermées.",
        "fermées",
        "mykola",
    ),
    (
        "Zaporijia, dans le sud de l'Ukraine, attend des renforts. Ici, les combats ont repris lundi.",
        "combats",
        "zaporijia",
    ),
    (
        "Zaporijia, dans le sud de l'Ukraine, attend des renforts. Les bombardements ont repris lundi"
        " sur la ville.",
        "bombardements",
        "zaporijia",
    ),
    # the report names no country: the town stays, the gazetteer's country is no word of the text
    ("Odessa se prépare au pire. Le conflit a éclaté il y a trois mois.", "conflit", "odessa"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_scale(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [e.trigger for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name if place != "-" else name == "-"


HAPPENINGS = [  # (sentence, type, how many events of that type)
    (
        "Vendredi, un avion de tourisme a raté son atterrissage et a fini sa course dans un étang.",
        "accident",
        1,
    ),
    ("Le conducteur a été interpellé mardi et placé en garde à vue à Lille.", "arrest", 1),
    # distinct places, distinct subjects: two happenings
    ("Les Russes ont bombardé Kharkiv et bombardé Odessa dans la nuit.", "shell", 2),
    ("Deux hommes ont été arrêtés à Lyon et un troisième a été interpellé à Paris.", "arrest", 2),
    ("Le militant a été interpellé à Nice puis placé en garde à vue à Marseille.", "arrest", 2),
]


@pytest.mark.parametrize(("text", "kind", "count"), HAPPENINGS)
def test_one_event_per_happening(nlp, text: str, kind: str, count: int) -> None:
    found = [e for e in events_at(nlp, text) if e.type == kind]
    assert len(found) == count, [(e.trigger, e.location) for e in events_at(nlp, text)]


ANNOUNCED = [  # (sentence, trigger, date, date source); published Thursday 2024-03-14
    ("Les cheminots annoncent ce soir une grève à partir de demain.", "grève", "2024-03-15", "text"),
    ("Le syndicat a annoncé lundi une grève pour jeudi.", "grève", "2024-03-14", "text"),
    ("Le syndicat a annoncé lundi une grève.", "grève", "2024-03-14", "publication"),
    # no verb of announcing: the clause's time is the act's
    ("Les contrôleurs ont fait grève lundi.", "grève", "2024-03-11", "text"),
]


@pytest.mark.parametrize(("text", "trigger", "day", "source"), ANNOUNCED)
def test_announced_date(nlp, text: str, trigger: str, day: str, source: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [e.trigger for e in events_at(nlp, text)]
    assert (found[0].date.value if found[0].date else None, found[0].date_source) == (day, source)
