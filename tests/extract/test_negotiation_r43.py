"""The negotiation topic, round 43: other senses of weak acts of meeting and consulting.

- A reporter's interviewee is met for the report, not in talks: the participle "rencontré(e)(s)" with
  the newsroom as its agent ("une femme rencontrée par France Télévisions", "des grévistes rencontrés
  par nos équipes") or the reporter as its subject ("un salarié que nous avons rencontré").
- A doctor's consultation is a patient's visit, not a consultation of the parties: its price, its
  count, the doctor seen ("le tarif de leurs consultations", "la consultation médicale").

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not

LABOUR = "labour_negotiation"
POLITICAL = "political_negotiation"

STRIKE = "Les médecins généralistes sont en grève pour la deuxième fois, à l'appel de leurs syndicats."
TALKS = "Les syndicats et la direction ont repris les négociations salariales mardi."

FOUND = [
    # the meeting is between parties: talks (the twins of the NOT rows)
    ("La ministre a rencontré les syndicats de médecins libéraux jeudi soir.", STRIKE, LABOUR),
    ("Les grévistes ont été rencontrés par le directeur de l'usine, sans résultat.", TALKS, LABOUR),
    ("La Première ministre a engagé des consultations avec les organisations syndicales.", "", LABOUR),
    ("Les chefs de parti sont reçus à Matignon pour des consultations sur le budget.", "", POLITICAL),
]

NOT = [
    # a reporter's interviewee
    ("« On ne lâchera rien », lance une infirmière rencontrée par France Télévisions.", STRIKE),
    ("Les grévistes rencontrés par nos équipes disent leur colère face à la direction.", STRIKE),
    ("« C'est un mauvais moment pour faire grève », juge un patient rencontré par France 3.", STRIKE),
    ("Un délégué syndical que nous avons rencontré refuse de se prononcer sur la grève.", STRIKE),
    ("Une salariée que nous avons rencontrée dit soutenir ses collègues en grève.", STRIKE),
    # a doctor's consultation
    ("Les syndicats de médecins réclament le doublement du tarif de leurs consultations.", STRIKE),
    ("Selon les syndicats, le prix de la consultation n'a pas bougé depuis des années.", STRIKE),
    ("Les grévistes demandent que la consultation médicale passe à cinquante euros.", STRIKE),
    ("Le nombre de consultations a chuté pendant la grève, selon les syndicats.", STRIKE),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_found(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not(text: str, context: str) -> None:
    check_not(text, context)
