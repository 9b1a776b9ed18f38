"""One recogniser of a count of people at both depths (issue 17, twenty-fourth round).

Extraction cuts a count's words from a collective's name (``extract.event_agent_names``: "Sept
ressortissants russes ont été arrêtés" -> "ressortissants russes"); resolution keeps a name that
still is a count out of the network (``resolve.network_ends.is_count``). Both read the words of a
number from ``names.number_word`` and ``names.is_count``. Sentences and names are made up.
"""

from __future__ import annotations

import pytest
from test_event_constructions import events_of

from newsgraph import names
from newsgraph.resolve import network_ends


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("12", True),
        ("1,5", True),
        ("2.000", True),
        ("1/3", True),
        ("huit", True),
        ("Onze", True),  # the word; whether a capital makes a name is the caller's to say
        ("dix-neuf", True),
        ("quatre-vingts", True),
        ("vingt-et-un", True),
        ("cents", True),
        ("milliers", False),  # a noun of an approximate number (names.SCALES), not a number
        ("troisième", False),  # an ordinal ranks, it does not count
        ("et", False),
        ("huitaine", False),
        ("dixit", False),
    ],
)
def test_number_word(word, expected):
    assert names.number_word(word) is expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("quinze militants écologistes", True),
        ("ces trois policiers", True),
        ("leurs cinq enfants", True),
        ("12 000 soldats", True),
        ("1\u00a0200 salariés", True),
        ("un millier de grévistes", True),
        ("quelques centaines d'agriculteurs", True),
        ("des dizaines de familles", True),
        ("plusieurs élus locaux", True),
        # near misses: a body, a people, one person, a scale with nothing counted
        ("les Vingt-Sept", False),
        ("Quatre Saisons", False),
        ("les Américains", False),
        ("un agriculteur", False),
        ("une militante", False),
        ("milliers", False),
        ("agriculteurs", False),
    ],
)
def test_is_count(name, expected):
    assert names.is_count(name) is expected
    assert network_ends.is_count(name) is expected  # resolution's name for it is the same function


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Onze militants écologistes ont été interpellés par la police mardi.", "militants écologistes"),
        ("300 à 400 supporters anglais ont attaqué la police samedi soir.", "supporters anglais"),
        ("Deux cents manifestants ont été arrêtés lundi.", "manifestants"),
        ("Le deuxième suspect a été arrêté lundi.", "deuxième suspect"),  # an ordinal ranks one person
    ],
)
def test_extraction_cuts_the_count(nlp, text, name):
    found = [r.name.lower() for e in events_of(nlp, text) for r in e.actors]
    assert name in found, found
    assert not any(names.is_count(n) for n in found), found  # nothing left that resolution would drop
