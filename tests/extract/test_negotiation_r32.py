"""The negotiation topic, round 32: a tension calmed between two sides is a de-escalation; a breakthrough
denied ("pas de percée") is a verdict on talks in a report about them; a party ready for peace is a
position; and not: peace or the war's end named alone (a wish, a prayer), a tension calmed after a riot,
a market's price quoted with an adverb or a time before it ("se négociait en moyenne à 49 euros").

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

FOUND = [
    # a tension calmed between two sides, a state named: a mediation's aim
    (
        "Le chancelier veut calmer la tension entre Moscou et Kiev avant l'hiver.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "Sa mission : apaiser les tensions entre la Serbie et le Kosovo, selon un diplomate.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "Le préfet espère faire baisser la tension entre la direction et les syndicats.",
        "",
        "labour_negotiation",
    ),
    # a breakthrough denied, in a report about talks (a sure act in the context)
    (
        "Il n'y a pas de percée à attendre de cette rencontre, prévient le Kremlin.",
        "Le président français est à Moscou pour négocier une désescalade avec Vladimir Poutine",
        "diplomatic_negotiation",
    ),
    (
        "Aucune percée n'a eu lieu, regrette un diplomate ukrainien.",
        "Les pourparlers entre la Russie et l'Ukraine ont repris à Istanbul",
        "diplomatic_negotiation",
    ),
    # a party ready for peace, the war's parties around
    (
        "Nous sommes prêts pour la paix, mais pas à n'importe quel prix, a dit le président ukrainien.",
        "La Russie et l'Ukraine pourraient reprendre contact",
        "diplomatic_negotiation",
    ),
    (
        "Le Kremlin se dit prêt à faire la paix si ses conditions sont acceptées.",
        "",
        "diplomatic_negotiation",
    ),
    # peace named alone in a report about peace talks: the talks and the war's parties count for it
    (
        "La paix est encore loin, estime le ministre russe.",
        "Des négociations entre Moscou et Kiev ont repris lundi",
        "diplomatic_negotiation",
    ),
    # a breakthrough denied by another construction: not read
    _open(
        "Il n'y a eu aucune avancée décisive cette nuit, regrette un diplomate égyptien.",
        "Nouvelles discussions entre Israël et le Hamas au Caire",
        "diplomatic_negotiation",
        "'aucune avancée' (singular) is no verdict word: 'avancée' alone is a front's too",
    ),
]

NOT = [
    # peace or the war's end wished or prayed for, a war's parties around but no talks
    ("Les fidèles disent que leurs prières aident à la paix.", "Pâques orthodoxes à Kiev sous les sirènes"),
    ("Un seul vœu pour l'an prochain : la fin de la guerre.", "Le réveillon des Ukrainiens sous les bombes"),
    # a tension calmed with no second side: a riot, a crowd
    ("Le ministre espère apaiser les tensions après la manifestation.", "Heurts à Ajaccio dimanche"),
    ("Les gendarmes ont tenté de calmer la tension devant le stade.", ""),
    # a breakthrough of a front or a party, not denied
    ("L'armée ukrainienne a fait une percée vers Kharkiv.", "Les pourparlers sont au point mort"),
    # a market's price with an adverb or a time before it
    ("Le mégawattheure se négociait en moyenne à 49 euros, selon le gestionnaire du réseau.", ""),
    ("Le blé se négocie ce matin à 350 euros la tonne sur le marché de Paris.", ""),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation(text: str, context: str) -> None:
    check_not(text, context)
