"""The negotiation topic, round 43: bargaining named by an idiom or a procedure (a concession, a
trade-off, a sticking point, a go-between, a consensus sought, a conciliation procedure, a standoff
between two sides), acts of grade 2 that one more piece must place; and a strike renewed while talks
go on, a position in labour talks only in a report about talks (``negotiation.TALKS_ONLY``).

The rule (lexicon acts of grade 2, "recondu" in ``TALKS_ONLY``) was measured and REVERTED: on the check
half it added two false tags (negotiation P 58/87 -> 58/89, R 61/96 unchanged) and neg2022held one (fp
6 -> 7); one fresh change of lines 5,001-6,000, right. Its found rows are strict xfails; the ``NOT`` rows
hold with or without it.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not

REVERTED = "the idioms are no acts of the lexicon (rule reverted: two more false tags on the check half)"

DIPLOMATIC = "diplomatic_negotiation"
LABOUR = "labour_negotiation"
POLITICAL = "political_negotiation"

OFFER = "La direction a fait une nouvelle proposition aux syndicats mardi soir."
STRIKE = "Les salariés de l'usine de Montbard sont en grève depuis lundi."

FOUND = [
    (
        "« Il faudra que chacun mette de l'eau dans son vin », estime la patronne des députés PS.",
        "",
        POLITICAL,
    ),
    ("Les syndicats refusent de couper la poire en deux sur les salaires.", "", LABOUR),
    ("Le point d'achoppement reste la durée du travail, selon les syndicats.", "", LABOUR),
    (
        "Pour Kiev, ces soldats capturés pourraient servir de monnaie d'échange avec la Russie.",
        "",
        DIPLOMATIC,
    ),
    ("Le Qatar a de nouveau servi d'intermédiaire entre le Hamas et Israël.", "", DIPLOMATIC),
    ("La ministre veut trouver un consensus avec les partis d'opposition sur le texte.", "", POLITICAL),
    ("Une commission de conciliation réunira la direction et les syndicats jeudi.", "", LABOUR),
    ("Le bras de fer entre le gouvernement et l'intersyndicale se poursuit.", "", LABOUR),
    # a strike renewed while talks go on
    ("La grève est reconduite jusqu'à vendredi, annonce la CGT.", OFFER, LABOUR),
    ("Les salariés ont voté la reconduction du mouvement en assemblée générale.", OFFER, LABOUR),
]

NOT = [
    # the idiom's other sense, or nothing to place it
    ("Le consensus scientifique sur le réchauffement est clair, rappelle la climatologue.", ""),
    ("La conciliation entre vie professionnelle et vie familiale reste difficile, dit-elle.", ""),
    ("« Il faut trouver un consensus », lance-t-il en souriant.", ""),
    # a strike renewed with no talks around it: news of the strike
    ("La grève est reconduite jusqu'à vendredi, annonce la CGT.", STRIKE),
    ("Les salariés ont voté la reconduction du mouvement en assemblée générale.", STRIKE),
]


@pytest.mark.xfail(strict=True, reason=REVERTED)
@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_found(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not(text: str, context: str) -> None:
    check_not(text, context)
