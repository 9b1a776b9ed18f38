"""Event types of round 32 (evt32s), for type misses that recur over the open sets, read as
constructions: people training or trained (``training``, a new type: "s'entraîner", trainees "formés"
or "entraînés", a course or a training period followed) and staff short (``shortage``: "manquer de
maîtres-nageurs"); with the other senses of their words ("entraîner des coupures", "une formation
politique", "former une chaîne", "manquer le train") as negatives.
Sentences written for these tests, after the neutral lead of ``test_event_types_r32`` (so that what is
read is the trigger rows and not the lead's main predicate). Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event
from test_event_types_r32 import LEAD

FOUND = [
    # -- people training, reflexive
    ("Les jeunes recrues s'entraînent au tir sur un terrain militaire.", "training", None, None),
    ("Depuis un mois, les pompiers volontaires s'entraînent chaque samedi.", "training", None, None),
    # -- trainees as object or passive subject
    ("L'armée française va entraîner des soldats ukrainiens en Pologne.", "training", None, None),
    ("Les chiens sont entraînés pour détecter les explosifs.", "training", None, None),
    ("La région veut former deux cents soignants d'ici l'an prochain.", "training", None, None),
    ("Des pilotes étrangers seront formés sur la base aérienne.", "training", None, None),
    # -- a course or a training period followed, given or begun
    ("Chaque année, trois cents apprentis suivent une formation de boulanger.", "training", None, None),
    # the carrier verb's subject is the agent of the training noun (evt33a: "proposer" instigates)
    ("L'association propose des formations aux premiers secours.", "training", "association", None),
    ("Le retraité a suivi un stage de conduite pour garder son permis.", "training", None, None),
    # -- nationals leaving the country they live in
    ("Des centaines de ressortissants allemands ont quitté le pays en bus.", "flee", None, None),
    (
        "Les ressortissants français qui veulent quitter la Russie doivent partir par leurs propres moyens.",
        "flee",
        None,
        None,
    ),
    # -- staff short
    ("Cet été, les piscines municipales manquent de maîtres-nageurs.", "shortage", None, None),
    ("Il manque trois cents vendeurs dans les magasins du département.", "shortage", None, None),
]

OTHER_SENSES = [
    ("La tempête a entraîné des coupures d'électricité dans tout le département.", "training"),
    ("La hausse des prix entraîne une baisse de la consommation.", "training"),
    ("L'accident a entraîné la mort de deux soldats.", "training"),
    ("Les manifestants ont formé une chaîne humaine autour de la mairie.", "training"),
    ("Le parti est une formation politique de gauche.", "training"),
    ("Le président a suivi la formation du gouvernement depuis l'Élysée.", "training"),
    ("Les nuages se sont formés au-dessus de la montagne.", "training"),
    ("Les ressortissants sont invités à quitter la salle après la réunion.", "flee"),
    ("Il manque deux points à l'équipe pour se qualifier.", "shortage"),
    ("Elle a manqué le train de huit heures.", "shortage"),
    ("Le joueur a manqué son penalty à la dernière minute.", "shortage"),
]


@pytest.mark.parametrize("sentence,type_,actor,place", FOUND)
def test_found(nlp, sentence, type_, actor, place):
    check_row(nlp, LEAD + sentence, type_, actor, place)


@pytest.mark.parametrize("sentence,type_", OTHER_SENSES)
def test_other_senses(nlp, sentence, type_):
    no_event(nlp, LEAD + sentence, type_)
