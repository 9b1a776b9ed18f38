"""Seats of government (round 43): a seat that issues a document or speaks is no event's place,
a seat said as where is one; seats stand for their state's body in the exports. Sentences are made
up for these tests.
"""

from __future__ import annotations

import pytest

from newsgraph.extract import entities, timex
from newsgraph.extract.context import DocContext
from newsgraph.extract.events import extract_events
from newsgraph.model import Document, Event, TimeValue
from newsgraph.nations import StateCode, state_of
from newsgraph.resolve.actors import canonical_type

ANCHOR = TimeValue("2024-05-16", "day")


def events_of_text(nlp, text: str) -> list[Event]:
    sdoc = nlp(text)
    doc = Document("s", text, published=ANCHOR)
    ctx = DocContext(doc, sdoc, entities.find_mentions(sdoc), timex.find_times(text, ANCHOR, "s", sdoc))
    return extract_events(ctx)


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # a seat that issues the words: the event is placed where it happens, or nowhere
        (
            "Dans un communiqué de l'Élysée publié mardi, la présidence a annoncé la visite du chef "
            "de l'État au Maroc.",
            "visite",
            "maroc",
        ),
        (
            "L'Élysée a annoncé mardi la visite du président de la République au Sénégal.",
            "visite",
            "sénégal",
        ),
        (
            "Dans un communiqué du palais de Buckingham, la famille royale a annoncé le décès du prince.",
            "décès",
            "-",
        ),
        (
            "Le palais de Buckingham a annoncé la mort de la reine.",
            "mort",
            "-",
        ),
        # near misses: a seat said as where stays the place
        ("Le président a reçu le chancelier allemand à l'Élysée jeudi.", "reçu", "élysée"),
        ("Le président a reçu son homologue au palais de Buckingham mardi.", "reçu", "buckingham"),
        ("Les députés ont adopté le texte à l'Assemblée nationale mercredi.", "adopté", "assemblée"),
        pytest.param(
            "Les sénateurs ont adopté le projet de loi au Sénat mercredi.",
            "adopté",
            "sénat",
            marks=pytest.mark.xfail(strict=True, reason="the seat after 'au' is not read as where: France"),
        ),
    ],
)
def test_a_seat_that_speaks_is_no_place(nlp, text, trigger, place):
    found = [e for e in events_of_text(nlp, text) if trigger in e.trigger]
    assert found, f"no event on {trigger!r}"
    where = " | ".join((e.location.name if e.location else "") for e in found).lower()
    if place == "-":
        assert not where.strip(" |"), where
    else:
        assert place in where, where


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("le palais de Buckingham", StateCode("GB", "GOV")),
        ("Downing Street", StateCode("GB", "GOV")),
        ("Place Beauvau", StateCode("FR", "GOV")),
        ("la place Vendôme", StateCode("FR", "GOV")),
        ("Bercy", StateCode("FR", "GOV")),
        ("Balard", StateCode("FR", "MIL")),
        ("le Palais-Bourbon", StateCode("FR", "LEG")),
        ("le Quirinal", StateCode("IT", "GOV")),
        ("la Moncloa", StateCode("ES", "GOV")),
        ("la Rada", StateCode("UA", "LEG")),
        ("le Département d'État", StateCode("US", "GOV")),
        # near misses: a name several states' bodies or a city share
        ("le Capitole", None),
        ("le Congrès", None),
    ],
)
def test_a_seat_stands_for_its_state(name, expected):
    assert state_of(name, "organization") == expected


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        ("Quai d'Orsay", "person", "organization"),
        ("le palais de Buckingham", "person", "organization"),
        ("Place Beauvau", "person", "organization"),
        # near misses: a person stays a person
        ("Jean Matignon", "person", "person"),
        ("Paul Quai", "person", "person"),
    ],
)
def test_a_seat_read_as_a_name_is_the_body(name, type_, expected):
    assert canonical_type(name, type_) == expected
