"""Event nouns by their breadth in news (round 34, evt34tn): a noun the lexicon knows, as the doer of a
verb of happening (@HAPPENS: it occurs, goes on, ends; @AFFECTS: it strikes or harms) where its other
rows ask for a qualifier or a verb of their own; and the other senses of the same nouns as negatives.
Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row``; negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

HAPPENS = [
    ("Des violences ont éclaté dans la nuit à Rennes.", "riot", None, "rennes"),
    ("La mobilisation s'est poursuivie toute la journée devant la préfecture.", "protest", None, None),
    ("Le mouvement se poursuit dans les raffineries du groupe.", "strike_or_boycott", None, None),
    ("Un accrochage s'est produit à la frontière mardi.", "fight", None, None),
    ("Les recherches se poursuivent pour retrouver les randonneurs.", "rescue", None, None),
    ("Les évacuations ont continué mercredi à Landiras.", "rescue", None, "landiras"),
    (
        "Les restrictions d'eau vont se poursuivre dans dix communes du Var.",
        "impose_restrictions",
        None,
        None,
    ),
    ("La rénovation du musée a duré deux ans.", "renovation", None, None),
    ("Les travaux se poursuivent sur le pont.", "renovation", None, None),
    ("La panne a touché 3 000 foyers dans la nuit.", "outage", None, None),
    ("Une coupure s'est produite vers midi dans tout le quartier.", "outage", None, None),
    ("Une éruption s'est produite dimanche sur l'île.", "volcanic_eruption", None, None),
    ("Le tournoi débute samedi à Roland-Garros.", "sport_competition", None, None),
    ("L'exposition commence le 3 mai au Grand Palais.", "cultural_event", None, None),
    ("La grippe frappe durement les maisons de retraite.", "epidemic", None, None),
]

OTHER_SENSES = [
    ("Les violences conjugales se poursuivent malgré les plaintes.", "riot"),
    ("La mobilisation générale a commencé en Russie.", "protest"),
    ("Le mouvement des troupes se poursuit vers le nord.", "strike_or_boycott"),
    ("La recherche scientifique progresse sur ce virus.", "rescue"),
    ("La bataille politique se poursuit à l'Assemblée.", "fight"),
    ("La panne de voiture a duré une heure.", "outage"),
    ("L'épisode de la série a duré une heure.", "natural_disaster"),
    ("Les travaux agricoles commencent au printemps.", "renovation"),
    ("Les recherches d'emploi se poursuivent pour les jeunes.", "rescue"),
]


@pytest.mark.parametrize("sentence,type_,actor,place", HAPPENS)
def test_happening_noun(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize("sentence,type_", OTHER_SENSES)
def test_other_senses(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
