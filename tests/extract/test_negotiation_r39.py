"""The negotiation topic, round 39: a government of national union ("gouvernement d'union nationale",
"l'union nationale"), the coalition of every party a president forms or is asked to form when no side
holds a majority, is a deal between parties (political talks), as "un accord de gouvernement"; it needs
one more piece of evidence (a party, talks in the context). An association named "Union nationale des
…" and "l'unité nationale", a symbol, are not talks.

The rule (lexicon acts "gouvernement d'union nationale", "union nationale", grade 2, political) was
measured and REVERTED: on the check half it added one false tag (negotiation P 52/76 -> 52/77, R 56/84
unchanged) while the read half gained one gold statement (R 43/71 -> 44/71) and neg2022held one (tp 42
-> 43). Its found rows are strict xfails; the ``NOT`` rows hold with or without it.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

POLITICAL = "political_negotiation"

REVERTED = "the government of national union is no act of the lexicon (rule reverted, check half P lost)"

FOUND = [
    (
        "Le chef de l'État a écarté l'idée d'un gouvernement d'union nationale.",
        "Les chefs de parti se sont succédé à l'Élysée pour des consultations.",
        POLITICAL,
    ),
    (
        "Les écologistes refusent d'entrer dans un gouvernement d'union nationale, dit leur porte-parole.",
        "Faute de majorité absolue, le président cherche des alliés à l'Assemblée nationale.",
        POLITICAL,
    ),
    (
        "« L'union nationale, ce n'est pas à l'ordre du jour », tranche le patron du PS.",
        "Le président a reçu les responsables des partis d'opposition.",
        POLITICAL,
    ),
    (
        "Un tiers des sondés seraient favorables à un gouvernement d'union nationale.",
        "Après les législatives, la majorité relative oblige le président à consulter les partis.",
        POLITICAL,
    ),
    (
        "La Première ministre propose à LR et au PS un gouvernement d'union nationale.",
        "",
        POLITICAL,
    ),
]

NOT = [
    # an association's name
    (
        "Le président de l'Union nationale des propriétaires immobiliers dénonce la taxe foncière.",
        "Les élus ont voté le budget de la commune.",
    ),
    (
        "« Les locataires paieront », dit une juriste de l'Union nationale de la propriété immobilière.",
        "Le gouvernement présente le projet de loi de finances.",
    ),
    # national unity as a symbol or a mood, no coalition of parties
    ("La place de la Concorde est un symbole de l'unité nationale, rappelle le journaliste.", ""),
    ("Le pays vit un moment d'union nationale derrière son équipe de football.", ""),
    # the coalition alone, nothing to place it: a historian's remark
    ("Le gouvernement d'union nationale de 1945 reste un modèle, selon l'historienne.", ""),
]

OPEN = [
    _open(
        "Les communistes refusent d'entrer dans un gouvernement d'union nationale.",
        "",
        POLITICAL,
        "failed with the rule too: one suggestive party word ('communistes', weight 1), no context;"
        " the act needs one more piece",
    ),
    _open(
        "La Première ministre propose aux Républicains un gouvernement d'union nationale.",
        "",
        POLITICAL,
        "failed with the rule too: 'aux Républicains' is not the lexicon's 'Les Républicains';"
        " 'Première ministre' alone weighs 1",
    ),
]


@pytest.mark.parametrize(("text", "context", "concept"), [_open(*row, REVERTED) for row in FOUND] + OPEN)
def test_found(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not(text: str, context: str) -> None:
    check_not(text, context)
