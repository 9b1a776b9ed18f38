"""Who acts and where, round 17 (issue 17: once the type is right, the agent and the place): a nominal
event whose "de X" the parser hung on its place complement ("le déplacement à Lyon du ministre"); a
verb of calling whose "à X" the parser left a free oblique ("appellent lundi à une grève"); an event
noun as the subject of another act lends it its own agent ("la grève des éboueurs a paralysé la
ville": the refuse collectors); people named by their tie to someone act as a group ("ses proches");
a singular demonym with its article ("le Français", "l'Américaine") takes up the person named just
before; the words of an expression are none of its arguments ("coup d'État": not the State, nor a
place). And what stays as it was: a place of a place, an event noun whose "de X" is what it acts on.
Sentences written for these tests; rows as in test_event_constructions (sentence, type, agent,
target, place; substrings, None: not checked, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import check

ROWS = [
    # the "de X" hung on the place complement of a nominal event is its agent
    (
        "Lors du déplacement à Lyon du ministre de l'Intérieur, des syndicats de police ont protesté.",
        "visit",
        "ministre",
        None,
        "lyon",
    ),
    ("La visite à Berlin de Joe Biden a été reportée à mardi.", "visit", "biden", None, "berlin"),
    # a place of a place is no agent
    ("Le déplacement à Bordeaux de la Gironde était prévu depuis longtemps.", "visit", "-", None, None),
    # a verb of calling with its "à X" left a free oblique
    (
        "Les contrôleurs de la SNCF appellent par ailleurs à une nouvelle grève le 3 mars.",
        "strike_or_boycott",
        "contrôleurs",
        None,
        None,
    ),
    (
        "Les syndicats enseignants appellent dès lundi à une grève reconductible.",
        "strike_or_boycott",
        "syndicats",
        None,
        None,
    ),
    # an event noun as subject lends its own agent to the act it does
    (
        "La manifestation des chauffeurs de taxi a bloqué le périphérique parisien lundi.",
        "obstruct",
        "chauffeurs",
        None,
        None,
    ),
    (
        "La grève des éboueurs a paralysé le trafic dans le centre-ville depuis lundi.",
        "traffic_disruption",
        "éboueurs",
        None,
        None,
    ),
    # a singular demonym with its article takes up the person named just before
    (
        "Thomas Pesquet a quitté la station mardi. Le Français a été élu personnalité de l'année.",
        "win_election",
        None,
        "pesquet",
        None,
    ),
    (
        "Laure Manaudou est arrivée à Budapest. La Française a remporté la finale du 100 mètres.",
        "sport_result",
        "manaudou",
        None,
        None,
    ),
    # the people, not a person: a plural demonym, or a person of the other gender
    ("Les Français ont voté dimanche pour le premier tour.", "vote", "français", None, None),
    (
        "Laure Manaudou est arrivée à Budapest. Le Français a remporté la finale du 100 mètres.",
        "sport_result",
        "français",
        None,
        None,
    ),
    # the words of an expression are no argument of it: not "État" of "coup d'État", as agent or place
    ("Les militaires ont mené un coup d'État au Burkina Faso.", "coup", "militaires", None, "burkina"),
    ("Ce sont les colonels qui ont fait un coup d'État en 2020.", "coup", "colonels", None, None),
    # people named by their tie to someone act as a group
    ("Ses proches ont fêté sa victoire dans un café de Chamonix.", "celebration", "proches", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), ROWS)
def test_event_arguments_r17(nlp, sentence, type_, agent, target, place):
    check(nlp, sentence, type_, agent, target, place)
