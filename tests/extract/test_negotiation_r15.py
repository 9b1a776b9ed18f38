"""The negotiation topic, round 15: news of every kind. A weak act of offering beside words of pay only
(an employer hiring, a town hall raising its instructors' pay) is no bargaining, where the same offer
put to strikers or to a union is; hope or doubt in a report whose "solution" is of no field is no
reaction to talks; haggling at a flea market and a price renegotiated with buyers are bargaining of
another kind; a candidate's proposal in an election campaign is a platform put to the voters; the
conditions of care or of detention are circumstances, not a party's terms; allies meeting among
themselves (the G7, a NATO summit) are no talks unless a sure act says so; with no act, a statement
in a report about talks that names the reform or the pay only (no party) is about the reform.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

FOUND = [
    # an offer of pay put to a party of labour talks: bargaining
    (
        "La direction propose une augmentation de 3 % aux grévistes, indique un délégué.",
        "La grève se poursuit dans l'usine de pneus",
        "labour_negotiation",
    ),
    (
        "Le syndicat juge que la prime proposée par l'employeur est insuffisante.",
        "Les caissières en grève depuis une semaine",
        "labour_negotiation",
    ),
    # an offer of pay in a report about wage talks: the context's talks place it
    _open(
        "L'entreprise propose 4 % de salaire en plus, explique le porte-parole.",
        "Les négociations salariales reprennent chez le constructeur",
        "labour_negotiation",
        "a weak act with one piece only: the context's talks; their concept does not place the sentence",
    ),
    # an alliance proposed between the rounds, a party's conditions: deals, not a platform
    (
        "Le Parti socialiste propose une alliance aux écologistes, affirme son premier secrétaire.",
        "Législatives : la gauche en discussions avant le dépôt des candidatures",
        "political_negotiation",
    ),
    (
        "Le syndicat pose ses conditions à la direction avant de lever la grève, dit sa déléguée.",
        "Grève des infirmières à l'hôpital",
        "labour_negotiation",
    ),
    # the doctors' talks with the health insurance
    (
        "Les négociations conventionnelles avec l'Assurance maladie ont échoué, regrette une généraliste.",
        "Les médecins libéraux en grève",
        "labour_negotiation",
    ),
    # a party's demand in a report about wage talks: a position in them
    (
        "Les syndicats réclament une augmentation générale des salaires de 10 %, dit un délégué.",
        "Les négociations salariales reprennent chez le pétrolier",
        "labour_negotiation",
    ),
    # a sure act beside a meeting of allies keeps its weight
    (
        "Les dirigeants du G7 appellent la Russie à négocier un cessez-le-feu avec l'Ukraine.",
        "Guerre en Ukraine : les bombardements continuent",
        "diplomatic_negotiation",
    ),
    (
        "Les 27 ont trouvé un accord sur le prix du gaz lors du Conseil européen, selon le ministre.",
        "Crise de l'énergie",
        "diplomatic_negotiation",
    ),
    # doubt in a report about labour talks: a reaction to them
    (
        "On n'y croit pas trop, soupire un syndicaliste.",
        "Les négociations entre la direction et les syndicats reprennent lundi",
        "labour_negotiation",
    ),
]

NOT = [
    # an employer's offer of pay to hire, with no party of bargaining and no talks around
    (
        "La commune propose 15 % de salaire supplémentaire et une prime à ses animateurs, dit l'adjoint.",
        "Les centres de loisirs peinent à recruter : salaires bas, rémunération des heures de nuit nulle",
    ),
    (
        "Le restaurant offre une prime et une hausse de salaire à chaque nouveau serveur, dit le patron.",
        "Hausse des salaires et primes dans l'hôtellerie pour attirer du personnel",
    ),
    # hope where the "solution" is of no field: not a reaction to talks
    (
        "Les patrons du café sont pleins d'espoir, ils ont reçu dix candidatures.",
        "Un café a trouvé une solution originale pour recruter",
    ),
    # a candidate's platform put to the voters
    (
        "La candidate du Rassemblement national propose un départ à la retraite à 62 ans, dit-elle.",
        "Présidentielle : le débat d'entre-deux-tours entre les candidats sur la réforme des retraites",
    ),
    (
        "Tous les candidats proposent d'augmenter les salaires, note l'économiste.",
        "Le pouvoir d'achat, premier souci des électeurs avant la présidentielle",
    ),
    # conditions of care: circumstances, not terms
    (
        "Les conditions dans lesquelles les patients sont pris en charge sont indignes, dit le syndicat.",
        "Grève aux urgences de l'hôpital",
    ),
    # the reform named, no party: about the reform, not a position in the talks around it
    (
        "Le président a annoncé le report de la présentation de la réforme des retraites à janvier.",
        "La Première ministre a rencontré le chef de la droite pour discuter de la réforme des retraites",
    ),
    # allies meeting among themselves about a war
    (
        "Les dirigeants du G7 et le président ukrainien tiendront une réunion sur l'Ukraine, dit Berlin.",
        "Guerre en Ukraine : Kiev de nouveau bombardée par la Russie",
    ),
    (
        "Au sommet de l'Otan, les alliés ont discuté de la situation en Ukraine, dit la ministre.",
        "Guerre en Ukraine : l'armée russe bombarde Kharkiv",
    ),
    # haggling at a flea market, a price renegotiated with buyers
    (
        "Il ne faut pas laisser les clients négocier, confie une exposante.",
        "La braderie de la ville attire des milliers de chineurs",
    ),
    (
        "La seule solution serait de renégocier le prix du lait à la hausse, estime un éleveur.",
        "Le prix du beurre s'envole dans les rayons",
    ),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation(text: str, context: str) -> None:
    check_not(text, context)
