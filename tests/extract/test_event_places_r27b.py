"""Where an event happened, round 27b: the place word of a news outlet's name ("le journal de
France 3", "une équipe de France Télévisions", "Radio France") is no place the event happened in,
while the country said as where ("en France") still is. An event of a kind filmed where a report is
(an evacuation, a tribute) placed in a department by the report's opening, or by its own sentence only
as whose ("une institutrice du Morbihan"), takes the report's one town written with that department
in brackets ("Pontivy (Morbihan)"); a storm, an event the sentence places "dans le Finistère", or a
report with several such towns keep the department. French names of US states ("Floride") name the
state, not a foreign town of the same name.
Sentences written for these tests; rows (text, trigger, place substring; "-": no place)."""

from __future__ import annotations

import pytest
from test_event_places_r14 import events_at

from newsgraph.geo import place_of

PLACES = [
    # an outlet's place word, in the sentence or in the report's opening
    (
        "En duplex pour le 12/13 de France 3, elle explique que des dizaines de barrages ont été construits.",
        "barrages",
        "-",
    ),
    (
        "Le journaliste de France 2 est sur place. Une manifestation a rassemblé des milliers de personnes.",
        "manifestation",
        "-",
    ),
    ("Un reportage de France 3. Les pompiers ont secouru deux randonneurs.", "secouru", "-"),
    (
        "Une équipe de France Télévisions a rencontré des pompiers. Les feux ont détruit la forêt.",
        "feux",
        "-",
    ),
    ("Invité de France Inter, le ministre a annoncé la fermeture de deux usines.", "fermeture", "-"),
    # the place itself is still where
    ("Une grève a paralysé les raffineries en France.", "grève", "france"),
    ("L'incendie a détruit un entrepôt à Lyon, rapporte France 3.", "incendie", "lyon"),
    (
        "Le reporter de France 2 est à Lille. Une manifestation a rassemblé des milliers de personnes.",
        "manifestation",
        "lille",
    ),
    # the report's one town said with its department
    (
        "Un incendie s'est déclaré dans le Gard. Le maire de Saint-Ambroix (Gard) a ouvert la salle"
        " des fêtes. La veille, deux cents habitants ont été évacués.",
        "évacués",
        "saint-ambroix",
    ),
    (
        "Les anciens élèves d'une institutrice du Morbihan se sont rassemblés pour lui rendre hommage."
        " Elle enseignait à Pontivy (Morbihan) depuis trente ans.",
        "hommage",
        "pontivy",
    ),
    (
        "Un incendie s'est déclaré dans le Gard. Le maire de Saint-Ambroix (Gard) est inquiet.",
        "incendie",
        "gard",
    ),
    ("De violents orages ont frappé le Gard. À Alès (Gard), les habitants sont inquiets.", "orages", "gard"),
    (
        "Une manifestation a rassemblé des centaines de personnes dans le Finistère. À Morlaix (Finistère),"
        " les commerçants sont inquiets.",
        "manifestation",
        "finistère",
    ),
    (
        "Un incendie s'est déclaré dans le Var. Les maires de Brignoles (Var) et de Draguignan (Var) sont"
        " inquiets. Des habitants ont été évacués.",
        "évacués",
        "var",
    ),
    (
        "Un incendie s'est déclaré dans le Gard. Le maire de Saint-Ambroix (Gard) est inquiet. Là-bas, deux"
        " cents habitants ont été évacués.",
        "évacués",
        "gard",
    ),
    (
        "Un incendie s'est déclaré dans le Gard. Le maire de Saint-Ambroix (Gard) est inquiet. Dans la"
        " région, deux cents habitants ont été évacués.",
        "évacués",
        "gard",
    ),
    (
        "Un incendie s'est déclaré dans le Var. Le maire de Nîmes (Gard) a envoyé des pompiers. Des"
        " habitants ont été évacués.",
        "évacués",
        "var",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), PLACES)
def test_event_place_r27b(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_at(nlp, text) if e.trigger == trigger]
    assert found, [e.trigger for e in events_at(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name if place != "-" else name == "-"


STATES = [
    # French names of US states: the state, not a foreign town of the same name ("Florida", Uruguay)
    ("Floride", "US"),
    ("Californie", "US"),
    ("Louisiane", "US"),
    ("Caroline du Nord", "US"),
    ("Nouveau-Mexique", "US"),
]


@pytest.mark.parametrize(("name", "country"), STATES)
def test_french_state_names(name: str, country: str) -> None:
    geo = place_of(name)
    assert geo is not None and (geo.type, geo.country) == ("region", country)
