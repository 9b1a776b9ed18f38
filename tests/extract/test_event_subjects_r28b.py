"""An event noun as the subject of a verb of happening (round 28, evt28b): the event occurs, goes on
or ends (@HAPPENS), strikes or harms (@AFFECTS, also as the agent of the passive), or an indicator
reaches a level (@LEVEL); with the other senses of the same words, and the same nouns under verbs of
no happening, as negatives. Sentences written for these tests. Rows: (sentence, type, actor, place)
as in ``test_event_constructions.check_row``; negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, xfail

from newsgraph.extract.event_happening import is_happening_subject

FOUND = [
    # -- occurs, begins, goes on, ends
    ("La guerre a éclaté il y a sept mois dans le Donbass.", "fight", None, None),
    ("Depuis que la guerre a commencé, les prix flambent.", "fight", None, None),
    ("Le conflit s'enlise dans l'est du pays.", "fight", None, None),
    ("L'inflation se poursuit en Allemagne.", "price_change", None, "allemagne"),
    ("L'épidémie continue de se propager en Guyane.", "epidemic", None, None),
    ("Le procès des trois hommes se poursuit devant la cour d'assises.", "trial", None, None),
    ("La cérémonie s'est déroulée en présence du préfet.", "ceremony", None, None),
    ("Les discussions entre les syndicats ont débuté jeudi.", "consult", None, None),
    ("Dans le Bordelais, la récolte vient de s'achever.", "harvest", None, None),
    # -- strikes or harms
    ("Mardi soir, les orages ont balayé le Sud-Ouest.", "storm", None, None),
    ("Des pluies diluviennes se sont abattues sur Nîmes.", "flood", None, "nîmes"),
    ("Les fortes chaleurs ont perturbé le trafic ferroviaire.", "heat_wave", None, None),
    ("Les communes touchées par les orages attendent les assureurs.", "storm", None, None),
    ("Samedi, le camping a été balayé par les vents.", "storm", None, None),
    ("L'épidémie qui frappe les élevages inquiète les éleveurs.", "epidemic", None, None),
    # -- an indicator reaches a level
    ("En juin, l'inflation a atteint 5,8 % sur un an.", "price_change", None, None),
    ("Le chômage a reculé au troisième trimestre.", "indicator_change", None, None),
    ("La croissance ralentit nettement cette année.", "indicator_change", None, None),
    xfail(
        "La guerre en Ukraine a des conséquences sur les marchés.",
        "fight",
        None,
        None,
        reason="a war told by its consequences ('a des conséquences'): no verb of happening",
    ),
]

OTHER_SENSES = [
    ("La campagne est belle au printemps.", "campaign_rally"),
    ("La reprise des cours est prévue lundi.", "capture"),
    ("La guerre des prix continue entre les enseignes.", "fight"),
    ("La guerre froide a duré plus de quarante ans.", "fight"),
    ("Le conflit social se poursuit à la raffinerie.", "fight"),
    ("Le vent solaire a atteint la Terre.", "natural_disaster"),
    ("Le gouvernement redoute une guerre longue.", "fight"),
    ("Le candidat a déclaré la fin de sa campagne.", "campaign_rally"),
    ("Les orages sont une source d'inquiétude pour les viticulteurs.", "natural_disaster"),
    ("La pluie est attendue dans la soirée sur la Bretagne.", "natural_disaster"),
    ("Si l'épidémie devait s'aggraver, les écoles fermeraient.", "epidemic"),
    ("Une cabane balayée par les vents domine la baie.", "natural_disaster"),
]


@pytest.mark.parametrize("sentence,type_,actor,place", FOUND)
def test_found(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize("sentence,type_", OTHER_SENSES)
def test_other_senses(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize(
    ("sentence", "noun", "atom", "expected"),
    [
        ("L'incendie s'est déclaré vers midi.", "incendie", "@HAPPENS", True),
        ("Le ministre a déclaré que la grève était illégale.", "ministre", "@HAPPENS", False),
        ("Le feu qui a ravagé la colline est fixé.", "feu", "@AFFECTS", True),
        ("Le feu qui a été maîtrisé a repris.", "feu", "@AFFECTS", False),
        ("L'orage a éclaté vers minuit.", "orage", "@AFFECTS", False),
        ("La tempête a frappé la côte.", "tempête", "@AFFECTS", True),
        ("La chaleur et la sécheresse frappent l'État.", "sécheresse", "@AFFECTS", True),
        ("L'inflation s'élève à 6 %.", "inflation", "@LEVEL", True),
        ("On parle de l'inflation depuis des mois.", "inflation", "@LEVEL", False),
    ],
)
def test_subject_of_happening_verb(nlp, sentence, noun, atom, expected):
    doc = nlp(sentence)
    token = next(t for t in doc if t.lower_ == noun)
    assert is_happening_subject(token, atom) is expected
