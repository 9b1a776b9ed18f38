"""Event types of our own (no CAMEO root) told by a construction of fresh news, round 22: a site or
a hazard kept under watch (monitoring), the damage a hazard does (damage), rates and wages that rise
or fall and prices told by the levels they go between, a facility inaugurated with no named person;
with the other senses of their words as negatives ("sous surveillance médicale", "une caméra de
surveillance", "limiter les dégâts", "dommages et intérêts", "la drogue fait des ravages", "le taux de
chômage", "réclamer une hausse des salaires", "inaugurer une nouvelle ère"). Sentences written for these
tests. Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row`` (lowercase
substrings; None: not checked); negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event

MONITORING = [
    ("Le barrage est sous haute surveillance depuis samedi.", "monitoring", None, None),
    ("Dans les Landes, la forêt reste sous surveillance après l'incendie.", "monitoring", None, None),
    ("La surveillance s'opère aussi depuis les airs.", "monitoring", None, None),
    ("Les pompiers surveillent les lisières toute la nuit.", "monitoring", "pompiers", None),
    ("Des techniciens surveillent en permanence la falaise de Dieppe.", "monitoring", "techniciens", None),
]
NOT_MONITORING = [
    ("Le nourrisson reste sous surveillance médicale à l'hôpital.", "monitoring"),
    ("Une caméra de surveillance a filmé la scène.", "monitoring"),
    ("L'aide comprend des radars de surveillance aérienne et des munitions.", "monitoring"),
    ("Il a été placé sous surveillance électronique pendant six mois.", "monitoring"),
    ("Il faut surveiller sa tension après cinquante ans.", "monitoring"),
    ("Le médecin conseille de surveiller la fièvre de l'enfant.", "monitoring"),
]

DAMAGE = [
    ("Les orages ont causé d'importants dégâts dans le Cantal.", "damage", None, None),
    ("La grêle a fait des ravages dans les vignes du Beaujolais.", "damage", None, None),
    ("Des dizaines d'hectares de vergers ont été dévastés par la grêle.", "damage", None, None),
    ("La tempête a ravagé le front de mer de Wimereux.", "damage", None, None),
    ("Plusieurs toits ont été endommagés par les rafales.", "damage", None, None),
    ("Les dégâts matériels sont considérables dans la vallée.", "damage", None, None),
    ("Les assureurs chiffrent les dommages à plusieurs millions d'euros.", "damage", None, None),
    ("Un incendie a ravagé un entrepôt de Rouen dans la nuit.", "fire", None, None),
]
NOT_DAMAGE = [
    ("Le gouvernement tente de limiter les dégâts après le scandale.", "damage"),
    ("Elle réclame des dommages et intérêts à son ancien employeur.", "damage"),
    ("La drogue fait des ravages chez les adolescents.", "damage"),
    ("Il est complètement dévasté par la mort de son frère.", "damage"),
    ("C'est dommage que le concert soit annulé.", "damage"),
    ("Un incendie a ravagé un entrepôt de Rouen dans la nuit.", "damage"),
]

RATES = [
    ("Avec l'augmentation des taux de crédit, les ménages empruntent moins.", "price_change", None, None),
    ("La baisse des taux d'intérêt relance le marché immobilier.", "price_change", None, None),
    ("Une augmentation des salaires de 3 % a été accordée aux infirmiers.", "indicator_change", None, None),
    ("La hausse du Smic entre en vigueur le 1er mai.", "indicator_change", None, None),
    ("Le prix du ticket de métro va passer de 1,90 à 2,10 euros.", "price_change", None, None),
    ("La rémunération de l'épargne populaire passe de 1 à 2 %.", "price_change", None, None),
]
NOT_RATES = [
    ("L'augmentation du taux de chômage inquiète le gouvernement.", "price_change"),
    ("La baisse du taux de vaccination préoccupe les médecins.", "price_change"),
    ("Les syndicats réclament une hausse des salaires.", "indicator_change"),
    ("Les salariés aimeraient une augmentation de salaire plus durable.", "indicator_change"),
    ("La direction veut éviter les augmentations de salaires.", "indicator_change"),
    ("Le prix Goncourt va passer de main en main.", "price_change"),
]

INAUGURATIONS = [
    ("À Brest vient d'être inauguré le nouveau réseau de bus.", "launch", None, None),
]
NOT_INAUGURATIONS = [
    ("Cette victoire inaugure une nouvelle ère pour le club.", "launch"),
    ("Le festival inaugure la saison des concerts d'été.", "launch"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), MONITORING + DAMAGE + RATES + INAUGURATIONS)
def test_event_type_r22(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_MONITORING + NOT_DAMAGE + NOT_RATES + NOT_INAUGURATIONS)
def test_other_senses_r22(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


# -- the direction a verb of change names right after it is part of its trigger ("repart à la hausse")
DIRECTIONS = [
    ("La consommation de tabac repart à la hausse en France.", "repart à la hausse"),
    ("Le chômage repart à la hausse au troisième trimestre.", "repart à la hausse"),
]


NOT_DIRECTIONS = [
    ("Les prix des fruits explosent avec une hausse de 12 %.", "explosent avec une hausse"),
]


@pytest.mark.parametrize(("sentence", "trigger"), NOT_DIRECTIONS)
def test_no_direction_named_r22(nlp, sentence, trigger):
    assert trigger not in [e.trigger for e in events_of(nlp, sentence)]


@pytest.mark.parametrize(("sentence", "trigger"), DIRECTIONS)
def test_direction_named_with_the_verb_r22(nlp, sentence, trigger):
    assert trigger in [e.trigger for e in events_of(nlp, sentence)]


# -- the hazard of a weather alert named after its colour, when the parser hangs the alert on the colour
ALERT_KINDS = [
    (
        "Dix-neuf départements ont été en vigilance orange à la neige et au verglas.",
        "snow_and_cold",
        None,
        None,
    ),
    ("Trois départements sont en vigilance orange aux orages ce soir.", "storm", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), ALERT_KINDS)
def test_alert_kind_r22(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)
