"""Words of CAMEO roots and of our own types that the lexicons lacked, round 29, taken from a
lexicographer's list of French news vocabulary (not from missed gold events) and kept when used in at
least ten reports of the 2022 corpus: people put to death (kill), searches by the police
(investigate) and through rubble (rescue), texts turned down ("retoquer": vote, court ruling or
rejection), public figures booed (protest), a putsch (coup), people taken prisoner (arrest), crowd
crushes (accident or crowd rush) and celebrations under way. Each with the word's other senses.
Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

KILL = [  # exécuter: a person or a group put to death
    ("Les rebelles ont exécuté trois otages dans la nuit.", "kill", "rebelles", None),
    ("Dans la cave, quatre civils ont été exécutés par des miliciens.", "kill", "civils", None),
    ("Un opposant a été exécuté mardi à Téhéran.", "kill", "opposant", "téhéran"),
]
NOT_KILL = [
    ("La peine n'a jamais été exécutée.", "kill"),
    ("Le gymnaste a exécuté une figure difficile.", "kill"),
    ("Les travaux de voirie ont été exécutés en un mois.", "kill"),
    ("Le soldat a refusé d'exécuter les ordres.", "kill"),
]
SEARCH = [  # fouiller: the police search; rescuers search rubble
    ("Les gendarmes ont fouillé la voiture du suspect.", "investigate", "gendarmes", None),
    ("Les enquêteurs fouillent un étang près de Nantes.", "investigate", "enquêteurs", None),
    ("Les sauveteurs fouillent les décombres de l'immeuble.", "rescue", "sauveteurs", None),
]
NOT_SEARCH = [
    ("Elle a fouillé son grenier pour trouver de vieux jouets.", "investigate"),
    ("Les archéologues fouillent le site depuis trois ans.", "investigate"),
    ("Il fouille dans son sac pour trouver ses clés.", "rescue"),
]
TURNED_DOWN = [  # retoquer
    ("Le Conseil constitutionnel a retoqué plusieurs articles.", "court_ruling", "conseil", None),
    ("Les sénateurs ont retoqué le projet de loi.", "vote", "sénateurs", None),
    ("La préfecture a retoqué le dossier de la commune.", "reject", "préfecture", None),
]
BOOED = [  # huer, conspuer
    ("Le ministre a été hué par des agriculteurs en colère.", "protest", "ministre", None),
    ("Des manifestants ont conspué la présidente à son arrivée.", "protest", "manifestants", None),
]
COUP = [  # putsch
    ("Un putsch militaire a renversé le gouvernement du Niger.", "coup", None, None),
]
PRISONERS = [  # faire prisonnier
    ("Une centaine de soldats ont été faits prisonniers près de Bakhmout.", "arrest", "soldats", None),
    ("L'armée a fait prisonniers plusieurs combattants ennemis.", "arrest", "armée", None),
]
CRUSH = [  # bousculade: deadly, an accident; else a rush of the crowd
    ("Une bousculade meurtrière a fait 40 morts lors d'un concert à Lagos.", "accident", None, "lagos"),
    ("Trois spectateurs sont morts dans une bousculade à l'entrée du stade.", "accident", None, None),
    ("Une bousculade a éclaté devant le magasin à l'ouverture des soldes.", "crowd_rush", None, None),
]
NOT_CRUSH = [
    ("Dans le métro, pas de bousculade ce matin.", "crowd_rush"),
    ("Une légère bousculade a opposé deux supporters à la sortie du bar.", "crowd_rush"),
]
CELEBRATION = [  # célébration under way or held
    ("Les célébrations du centenaire ont commencé samedi à Lille.", "celebration", None, "lille"),
    ("Des milliers d'habitants ont participé aux célébrations du 14-Juillet.", "celebration", None, None),
]
NOT_CELEBRATION = [
    ("Les organisateurs ont annulé les célébrations à cause de la pluie.", "celebration"),
]
FAILING = [  # a person put to death as a noun phrase object after a participle that qualifies it
    pytest.param(
        "Le régime a exécuté le premier manifestant condamné.",
        "kill",
        "manifestant",
        None,
        marks=pytest.mark.xfail(strict=True, reason="no event: the row's @PERSON test misses the object"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"),
    KILL + SEARCH + TURNED_DOWN + BOOED + COUP + PRISONERS + CRUSH + CELEBRATION + FAILING,
)
def test_event_word(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_KILL + NOT_SEARCH + NOT_CRUSH + NOT_CELEBRATION)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
