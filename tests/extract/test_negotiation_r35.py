"""The negotiation topic, round 35: a party of labour's wage claim whose object is better pay or a pay
rise named by an adjective ("de meilleurs salaires", "une revalorisation salariale", "un salaire plus
élevé"), read like "une hausse des salaires" (``negotiation_senses.CLAIM``), with the same gate: a
party of labour in the sentence, or, the claim's subject a pronoun, in the context.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

LABOUR = "labour_negotiation"

FOUND = [
    ("Les contrôleurs aériens réclament de meilleurs salaires, dit le syndicat.", "", LABOUR),
    ("Les infirmières exigent une meilleure rémunération depuis des mois.", "", LABOUR),
    ("Les syndicats revendiquent une revalorisation salariale de 8 % chez le constructeur.", "", LABOUR),
    ("Les cheminots réclament des augmentations salariales face à l'inflation.", "", LABOUR),
    ("Les caissières en grève demandent un salaire plus élevé, explique une déléguée.", "", LABOUR),
    ("Les grévistes réclament des hausses salariales immédiates.", "", LABOUR),
    # a union's claim, as "on demande une hausse des salaires" (round 13 had it untagged, a form the
    # claim did not read)
    (
        "« On demande une revalorisation salariale », lance une syndicaliste de la FSU.",
        "Les enseignants manifestent à Paris",
        LABOUR,
    ),
    # the claim's subject a pronoun: the context names the party (negotiation_lent)
    ("Ils réclament de meilleurs salaires.", "Les éboueurs de la ville sont en grève depuis lundi.", LABOUR),
    ("Elles demandent une revalorisation salariale.", "Les aides-soignantes en grève à l'hôpital", LABOUR),
    ("Ils réclament une meilleure rémunération.", "Les médecins de garde en grève", LABOUR),
]

NOT = [
    # no party of labour: the public's, a candidate's or a shop's wish for better pay is no bargaining
    ("Les Français réclament de meilleurs salaires, selon un sondage.", ""),
    ("Le candidat promet de meilleurs salaires aux enseignants s'il est élu.", ""),
    ("Ils réclament de meilleurs salaires.", "Les habitants du quartier manifestent contre le projet."),
    # better pay that is not claimed: a description, a job offer
    ("Le secteur offre de meilleurs salaires que l'industrie, note l'économiste.", ""),
    ("Une étude montre que les cadres ont un salaire plus élevé en Île-de-France.", ""),
]

OPEN = [
    # read in 43 fresh reports about talks (round 35) and still untagged: a claim whose object names
    # no rise, a rise before the verb of claiming, a strike threatened on a condition
    _open(
        "Les dockers réclament un salaire indexé sur les prix, affirme la CGT.",
        "",
        LABOUR,
        "the object 'un salaire indexé' names no rise",
    ),
    _open(
        "Si la direction donne les 8 % d'augmentation que nous réclamons, on arrête, dit un délégué CGT.",
        "Grève dans les raffineries",
        LABOUR,
        "the rise stands before the verb of claiming (a relative clause)",
    ),
    _open(
        "Faute d'obtenir gain de cause, les syndicats menacent de reconduire la grève.",
        "Grève des bagagistes : les syndicats veulent 6 % de plus",
        LABOUR,
        "a strike threatened on a condition is a position the lexicon does not read",
    ),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND + OPEN)
def test_found(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not(text: str, context: str) -> None:
    check_not(text, context)
