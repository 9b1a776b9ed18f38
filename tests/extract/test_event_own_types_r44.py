"""Events of our own types that CAMEO has no code for, phrasings the lexicon lacked (round 44, evt44n):
a price crossing a threshold ("le baril franchit la barre des 100 dollars", "le gazole frôle les
deux euros": a price word as subject and a threshold noun or an amount), an epidemic's peak,
rebound or ebb ("le pic épidémique", "un rebond des contaminations", "le reflux de l'épidémie"), a
service or a road restored after an outage or a closure ("le courant a été rétabli", "la ligne est
remise en service", "l'autoroute a rouvert"). The negative twins give the same words another
sense: a temperature or unemployment crossing a threshold, a heat or traffic peak, order restored,
a shop reopened (``launch``). Sentences written for these tests. Rows: (sentence, type, actor,
place) as in ``test_event_constructions.check_row``; negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

PRICES = [
    ("Le baril de pétrole a franchi mardi la barre des 130 dollars.", "price_change", None, None),
    ("Le prix du gaz frôle désormais les 200 euros le mégawattheure.", "price_change", None, None),
    ("À la pompe, le litre de gazole passe le cap des 2 euros.", "price_change", None, None),
    ("Le cours du maïs a dépassé le seuil des 300 euros la tonne.", "price_change", None, None),
    ("Le prix de l'électricité a crevé le plafond des 300 euros.", "price_change", None, None),
]

NOT_PRICES = [
    ("Le thermomètre a franchi la barre des 40 degrés à Nîmes.", "price_change"),
    ("Le chômage a franchi le seuil des 8 % de la population active.", "price_change"),
    ("Le coureur a franchi la ligne en vainqueur.", "price_change"),
]

EPIDEMICS = [
    ("Le pic épidémique devrait être atteint à la mi-janvier.", "epidemic", None, None),
    ("Les médecins redoutent un rebond des contaminations après les fêtes.", "epidemic", None, None),
    ("Le reflux de l'épidémie se confirme dans les hôpitaux lyonnais.", "epidemic", None, None),
    ("Une poussée de bronchiolite sature les urgences pédiatriques.", "epidemic", None, None),
    ("Le pic des hospitalisations est passé, selon les autorités sanitaires.", "epidemic", None, None),
]

NOT_EPIDEMICS = [
    ("Le pic de chaleur est attendu vendredi dans le Sud-Ouest.", "epidemic"),
    ("Un pic de pollution à l'ozone touche la vallée de l'Arve.", "epidemic"),
    ("Le pic des départs en vacances est prévu samedi.", "epidemic"),
    ("La décrue de la Seine a commencé à Paris.", "epidemic"),
]

RESTORED = [
    ("Le courant a été rétabli mardi soir dans la plupart des communes.", "return", None, None),
    ("Les techniciens ont rétabli l'électricité chez 8 000 abonnés.", "return", None, None),
    ("Le rétablissement de la liaison ferroviaire est prévu lundi.", "return", None, None),
    ("La centrale a été remise en service après trois mois d'arrêt.", "return", None, None),
    ("La route nationale a rouvert à la circulation jeudi matin.", "return", None, None),
    ("La réouverture du tunnel du Mont-Blanc est annoncée pour lundi.", "return", None, None),
]

NOT_RESTORED = [
    ("Les gendarmes ont rétabli l'ordre dans le centre-ville.", "return"),
    ("Le joueur s'est vite rétabli de sa blessure.", "return"),
    ("Le restaurant a rouvert ses portes après les travaux.", "return"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), PRICES + EPIDEMICS + RESTORED)
def test_own_type(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_PRICES + NOT_EPIDEMICS + NOT_RESTORED)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
