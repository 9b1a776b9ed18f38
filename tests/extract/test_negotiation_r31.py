"""The negotiation topic, round 31: what reports drawn after the tuning call negotiation. A party of
labour's claim of a pay rise measured in per cent or euros ("10 % d'augmentation"); a claim whose
subject is a pronoun, its party named in the context (a strike in the headline); a party ready "à en
discuter"; an outcome received as "une bonne chose"; and not: a union source of news ("selon des
sources syndicales"), the public's or an employer's wish for higher pay.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

FOUND = [
    # a claim of a rise measured in per cent or euros, a party of labour in the sentence
    ("Les grévistes réclament 12 % d'augmentation depuis trois semaines.", "", "labour_negotiation"),
    (
        "Les salariés réclament une hausse de 300 euros, selon la CGT.",
        "Grève dans les aéroports",
        "labour_negotiation",
    ),
    (
        "Les infirmières en grève exigent une revalorisation de 150 euros net par mois, dit une déléguée.",
        "",
        "labour_negotiation",
    ),
    (
        "La CGT revendique une augmentation générale des salaires pour tous les agents.",
        "",
        "labour_negotiation",
    ),
    # the claimant a pronoun, its party in the context: a strike or a union in the headline
    (
        "Ils réclament 10 % d'augmentation, explique un délégué.",
        "Les éboueurs en grève à Lyon",
        "labour_negotiation",
    ),
    (
        "Elles demandent une augmentation de leur salaire avant l'été.",
        "Colère des sages-femmes : la CFDT appelle à manifester",
        "labour_negotiation",
    ),
    (
        "Nous réclamons une hausse de 5 % pour tout le monde.",
        "Les cheminots de la région en grève",
        "labour_negotiation",
    ),
    # a party ready to discuss it, the clitic "en" between
    (
        "Le ministre se dit prêt à en discuter avec les syndicats dès la semaine prochaine.",
        "",
        "labour_negotiation",
    ),
    (
        "Le président se dit disposé à en discuter avec les partis d'opposition à l'Assemblée.",
        "",
        "political_negotiation",
    ),
    # an outcome received: a good thing, in a report about an agreement of labour talks
    (
        "C'est une très bonne chose pour nous, sourit une serveuse.",
        "Patrons et syndicats de l'hôtellerie ont signé un accord sur les salaires",
        "labour_negotiation",
    ),
    # a trade the claim's party regex knows but the lexicon has no field word for
    _open(
        "Les aides-soignantes exigent une revalorisation de 150 euros net par mois, dit une déléguée.",
        "",
        "labour_negotiation",
        "'aides-soignantes' is a party of labour for the claim but no field word: one piece is missing",
    ),
    # a pronoun's claim with the party only two sentences back: the context is one sentence
    _open(
        "Ils réclament 10 % d'augmentation.",
        "Le dépôt est bloqué depuis lundi.",
        "labour_negotiation",
        "the party is named before the sentence before: the context does not reach it",
    ),
]

NOT = [
    # a claim of a rise whose subject is no party of labour, whatever the context
    ("Les Français réclament une hausse de 10 % du pouvoir d'achat.", "Les cheminots en grève"),
    ("Le patronat demande une hausse de 3 % des aides publiques.", ""),
    # a pronoun's claim with no party nor strike in the context
    ("Ils réclament 10 % d'augmentation.", "Les prix de l'énergie flambent cet hiver"),
    # a rise measured, not claimed
    ("Les salariés ont vu une hausse de 4 % de leur salaire l'an dernier.", ""),
    # a union's count given as news: a source, not a party
    (
        "Selon des sources syndicales, près de 300 policiers étaient mobilisés ce samedi.",
        "Les syndicats se sont mis d'accord sur un parcours de manifestation",
    ),
    # a good thing with no talks around
    ("C'est une bonne chose pour le quartier, dit un commerçant.", "Un nouveau marché ouvre à Lille"),
    # ready to discuss, with nothing to place it
    ("Je suis prêt à en discuter avec mes voisins, dit le maire.", "Une fête de village"),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation(text: str, context: str) -> None:
    check_not(text, context)
