"""An activity that starts again after a stop (round 46, evt46t).

The resumption of an activity is told by the noun with the activity as its "de X" ("la reprise du
travail", "le redémarrage de la centrale"), by the verb with the activity as subject or object ("les
vols ont repris", "les ouvriers ont repris le travail", "le train reprend du service", "la production
redémarre"), by the light verb of a comeback ("le vinyle fait son retour") and by the start of a season
of public life ("la rentrée parlementaire"). The negative twins: the same words as a count of times
("à plusieurs reprises"), a cover of a song, an activity resumed but not a place retaken ("les vols
ont repris à l'aéroport": no capture), weather coming back, a feedback, an activity wished or
planned. Sentences written for these tests. Rows:
(sentence, type, actor, place) as in ``test_event_constructions.check_row``; negatives: (sentence, type).
"""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

RESUMED = [
    ("La reprise du travail a eu lieu lundi dans les ateliers du chantier naval.", "return", None, None),
    ("Après deux ans d'arrêt, le petit train reprend du service dans les Alpes.", "return", None, None),
    ("Les vols ont repris mercredi à l'aéroport de Nice.", "return", None, None),
    ("Les salariés ont repris le travail après trois semaines de grève.", "return", "salariés", None),
    ("Les activités ont repris ce dimanche dans la station.", "return", None, None),
    ("La centrale nucléaire a redémarré samedi après six mois d'arrêt.", "return", None, None),
    ("Le redémarrage du réacteur a été autorisé par l'autorité de sûreté.", "return", None, None),
    ("Le vinyle fait son retour dans les rayons des disquaires.", "return", None, None),
    ("Les députés de la majorité ont fait leur rentrée politique à Lille.", "start", None, None),
]

NOT_RESUMED = [
    ("Il a répété à plusieurs reprises que la décision était prise.", "return"),
    ("Le chanteur a repris une chanson de Barbara sur scène.", "return"),
    ("Les vols ont repris mercredi à l'aéroport de Nice.", "capture"),
    ("Les syndicats réclament la reprise du travail dans de meilleures conditions.", "return"),
    ("Les cours pourront reprendre la semaine prochaine si le virus recule.", "return"),
    ("La neige fait son retour sur les massifs des Pyrénées.", "return"),
    ("Malgré quelques retours négatifs, la campagne a fait du bien à la marque.", "return"),
]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), RESUMED)
def test_resumption(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), NOT_RESUMED)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
