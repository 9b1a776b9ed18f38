"""Event arguments, round 23: a person taken up by a trade or a status after the report named
them ("Paul Durand [...]. L'acteur a été blessé"); the people a quantity adverb hung on the verb
counts ("beaucoup de vacanciers se sont réfugiés"); a collective named without its count, its
words of quantity or a predicate the tagger ran into ("sept ressortissants russes", "de nombreuses
familles", "l'intervention des pompiers difficile"); the subject of a verb of beginning whose "par
X" is its first act ("a entamé sa tournée par un déplacement"); a place said as the "par X" of a
passive, who acts and not where ("maintenus en vigilance par Météo-France"). With the near misses
that keep their reading. Sentences written for these tests. Rows as in test_event_constructions
(text, type, agent, target, place; substrings, None: not checked, "-": none), read on the last
event of the type (the texts of two sentences tell it in the second)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_arguments, events_of, names, of_type

DESCRIBED = [
    # a trade or a status takes up the one person named just before
    (
        "Paul Durand tournait un film en Savoie. L'acteur est entré en collision avec un skieur.",
        "accident",
        "paul durand",
        None,
        None,
    ),
    (
        "Marc Lefèvre vit à Odessa depuis dix ans. L'expatrié a tenté de fuir le pays lundi.",
        "flee",
        "marc lefèvre",
        None,
        None,
    ),
    (
        "Sophie Martin répétait son spectacle à Lyon. La chanteuse a été agressée par un inconnu.",
        "physical_assault",
        None,
        "sophie martin",
        None,
    ),
]

NOT_TAKEN_UP = [
    # near misses: two people of the noun's gender named before; a noun with a complement of its own;
    # a plural; an indefinite; a second person's role that is not a trade of the list
    (
        "Paul Durand a retrouvé Luc Bernard à Nice. L'acteur a été blessé dans une collision.",
        "injury",  # hurt in an accident: an injury since round 24, not a wounding
        "target",
    ),
    (
        "Paul Durand a été agressé à Lyon. L'acteur du film a été interpellé par la police.",
        "arrest",
        "target",
    ),
    ("Paul Durand a été agressé à Lyon. Les acteurs ont manifesté devant la mairie.", "demonstrate", "agent"),
    ("Paul Durand a été agressé à Lyon. Un acteur a porté plainte contre le théâtre.", "sue", "agent"),
    ("Paul Durand a été agressé à Lyon. L'avocat a porté plainte contre le théâtre.", "sue", "agent"),
]

QUANTIFIED = [
    # "beaucoup de X" hung on the verb: X is the subject
    ("Face aux bombardements, beaucoup d'habitants ont fui la ville.", "flee", "habitants", None, None),
    (
        "Depuis lundi, beaucoup de salariés ont manifesté devant l'usine.",
        "demonstrate",
        "salariés",
        None,
        None,
    ),
    # a number parsed as the noun ("deux cents", "cents" the subject): the people it counts
    ("Deux cents manifestants ont défilé à Lyon samedi.", "demonstrate", "manifestants", None, None),
    # near miss: "beaucoup de X" as the object after the verb is no subject
    ("Les habitants ont beaucoup de mal à fuir la ville.", "flee", "habitants", None, None),
]

BEGUN_WITH = [
    # the "par X" of a verb of beginning or ending is its subject's own act
    (
        "La ministre des Armées a entamé sa tournée africaine par un déplacement au Sénégal.",
        "visit",
        "ministre des armées",
        None,
        "sénégal",
    ),
    ("Le président a conclu sa visite par une rencontre avec les soldats.", "meet", "président", None, None),
    # near miss: a subject that is no actor gives none
    ("La journée a commencé par une manifestation devant la préfecture.", "demonstrate", "-", None, None),
]

PLACED = [
    # who places into a state nobody performs issues it
    (
        "La commune a été placée en état de catastrophe naturelle par le gouvernement.",
        "natural_disaster",
        "gouvernement",
        None,
        None,
    ),
    # near misses: a state said with nobody placing; a storm that nobody issues
    ("Mercredi, 23 départements sont en vigilance orange.", "natural_disaster", "-", None, None),
    ("De violents orages ont frappé la Gironde dans la nuit.", "storm", "-", None, None),
]

NAMES = [
    # a collective is named without its count or words of quantity
    ("Sept ressortissants russes ont été arrêtés à Paris.", "arrest", None, "ressortissants russes", None),
    ("500 à 600 marins ont été évacués avant le naufrage.", "rescue", None, "marins", None),
    (
        "De nombreuses familles ukrainiennes fuient les bombardements.",
        "flee",
        "familles ukrainiennes",
        None,
        None,
    ),
    ("De nombreux médecins ont porté plainte cette année.", "sue", "médecins", None, None),
    # ... nor a predicate of another number the tagger ran into
    (
        "La fumée a rendu l'intervention des pompiers difficile.",
        "emergency_response",
        "pompiers",
        None,
        None,
    ),
    # near misses: the adjectives of the collective stay, even one the tagger calls singular
    ("Les forces russes ont bombardé la ville.", "shell", "forces russes", None, None),
    (
        "La ministre a rencontré des enseignants contractuels à Lyon.",
        "meet",
        None,
        "enseignants contractuels",
        None,
    ),
]

NAME_EXACT = [
    # the name is exactly the collective (the substring rows above would pass on a longer name)
    ("Sept ressortissants russes ont été arrêtés à Paris.", "arrest", "target", "ressortissants russes"),
    (
        "De nombreuses familles ukrainiennes fuient les bombardements.",
        "flee",
        "agent",
        "familles ukrainiennes",
    ),
    ("500 à 600 marins ont été évacués avant le naufrage.", "rescue", "target", "marins"),
]

DOER_PLACES = [
    # the "par X" of a passive is who, not where
    ("26 départements sont maintenus en vigilance orange canicule par Météo-France.", "météo"),
    ("Douze départements ont été placés en vigilance orange par Météo-France mardi.", "météo"),
]

ROUTE_PLACES = [
    # near misses: "par X" after a verb conjugated with être is the way, a place
    ("Les manifestants sont passés par Lyon pour rejoindre la manifestation.", "demonstrate", "lyon"),
    ("La ville de Kharkiv a été bombardée par la Russie.", "shell", "kharkiv"),
    # ... and a "de X" after a passive is where
    (
        "Des millions de tonnes de céréales sont bloquées dans les ports de la mer Noire.",
        "obstruct",
        "mer noire",
    ),
]


def last_of(nlp, text: str, type_: str):
    return of_type(nlp, text, type_)[-1]


@pytest.mark.parametrize(
    ("text", "type_", "agent", "target", "place"), DESCRIBED + QUANTIFIED + BEGUN_WITH + PLACED + NAMES
)
def test_event_arguments_r23(nlp, text, type_, agent, target, place):
    check_arguments(last_of(nlp, text, type_), agent, target, place)


@pytest.mark.parametrize(("text", "type_", "role"), NOT_TAKEN_UP)
def test_description_not_taken_up_r23(nlp, text, type_, role):
    e = last_of(nlp, text, type_)
    assert names(e, role) and "paul durand" not in names(e, role), e.actors


@pytest.mark.parametrize(("text", "type_", "role", "name"), NAME_EXACT)
def test_collective_name_r23(nlp, text, type_, role, name):
    e = last_of(nlp, text, type_)
    assert name in [r.name.lower() for r in e.actors if r.role == role], e.actors


@pytest.mark.parametrize(("text", "not_place"), DOER_PLACES)
def test_doer_is_no_place_r23(nlp, text, not_place):
    for e in events_of(nlp, text):
        assert e.location is None or not_place not in e.location.name.lower(), (e.type, e.location)


@pytest.mark.parametrize(("text", "type_", "place"), ROUTE_PLACES)
def test_route_stays_a_place_r23(nlp, text, type_, place):
    e = last_of(nlp, text, type_)
    assert e.location is not None and place in e.location.name.lower(), e.location
