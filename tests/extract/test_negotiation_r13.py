"""The negotiation topic, round 13: a word of talks written as a proper name ("le syndicat Alliance"),
"compromis" the participle of compromettre ("les besoins sont compromis"), a price war between shops,
a wage rise claimed with no talks around it, and an encounter that is no meeting ("rencontrer des
difficultés"); each beside the talks it must still find.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not

FOUND = [
    # the common noun, in lower case, is still an alliance of parties
    (
        "Les socialistes et les insoumis ont scellé une alliance pour les législatives, annonce le PS.",
        "Législatives : la gauche cherche à s'unir",
        "political_negotiation",
    ),
    # the noun "compromis", after an article, is still a compromise reached
    (
        "Un compromis a été trouvé entre la direction et les syndicats, annonce la CGT.",
        "Grève dans les raffineries",
        "labour_negotiation",
    ),
    (
        "Selon un diplomate, les deux pays vont finir par tomber d'accord sur une trêve.",
        "La guerre au Proche-Orient entre dans son sixième mois",
        "diplomatic_negotiation",
    ),
    # a wage claim in a report about wage talks is a position in them
    (
        "« On demande une revalorisation salariale », lance une syndicaliste de la FSU.",
        "Les négociations salariales avec le ministère reprennent mardi.",
        "labour_negotiation",
    ),
    # a party's demands, in a report about talks to end a strike
    (
        "« Ce sont des revendications très catégorielles », prévient une spécialiste du rail.",
        "Grève des contrôleurs : une sortie de crise est espérée par le gouvernement",
        "labour_negotiation",
    ),
    # an alliance sealed by the parties is still their talks' outcome
    (
        "Les écologistes ont rejoint l'alliance de la gauche après trois jours de négociations, dit le PS.",
        "Législatives : la gauche unie",
        "political_negotiation",
    ),
    # pay talks by their names, and a meeting of the last chance
    (
        "Le rendez-vous salarial de juin doit fixer la hausse du point d'indice, dit le ministre.",
        "",
        "labour_negotiation",
    ),
    (
        "Une réunion de la dernière chance est prévue lundi avec la direction, annonce la CGT.",
        "Grève chez les contrôleurs aériens",
        "labour_negotiation",
    ),
    # a meeting with a party, not an encounter with a difficulty
    (
        "Le Premier ministre doit rencontrer les chefs de partis mardi pour bâtir un budget, dit Matignon.",
        "Pas de majorité absolue à l'Assemblée nationale : le gouvernement cherche des alliés",
        "political_negotiation",
    ),
]

NOT = [
    # a union's or a festival's name
    (
        "Le syndicat Alliance dénonce la réforme des retraites des policiers, dit son délégué.",
        "Grève : les syndicats de policiers mobilisés",
    ),
    (
        "« Il y a eu une faille de la sécurité », reconnaît un responsable du syndicat Alliance.",
        "Présidentielle : les candidats et les syndicats de policiers",
    ),
    # compromettre, not a compromise
    (
        "La CGT déposera un recours contre la réquisition, a-t-elle affirmé.",
        "La réquisition ne vaut que si les besoins de la population sont compromis. "
        "Le gouvernement réquisitionne les grévistes des raffineries.",
    ),
    ("La récolte est compromise, regrette la FNSEA.", "Grêle : les agriculteurs inquiets"),
    (
        "Pour l'intersyndicale, la saison des stations de ski semble compromise, dit un élu.",
        "Les saisonniers en grève",
    ),
    # a price war between shops: their bargaining is commercial
    (
        "Les deux parties finiront par tomber d'accord avant la fin du mois, estime un expert.",
        "C'est une guerre des prix dans les rayons de l'alimentation.",
    ),
    # a wage rise claimed by no party of labour, with no talks around it (round 35: a union's claim of
    # "une revalorisation salariale" is read like "une hausse des salaires", test_negotiation_r35)
    (
        "« On demande une revalorisation salariale », lance une manifestante.",
        "Les parents d'élèves manifestent à Paris",
    ),
    # a service supplied is no offer put to a party; an uncompromising debate is no concession
    (
        "Ils n'ont pas une offre de transport public satisfaisante, estime un syndicaliste de la CGT.",
        "Grève : le gouvernement annonce un plan pour les transports",
    ),
    (
        "« Nous n'accepterons pas une offre ferroviaire au rabais », dit le maire.",
        "Le gouvernement annonce des fermetures de lignes",
    ),
    (
        "Les deux candidats ont débattu sans concession des salaires, selon les syndicats.",
        "Présidentielle : le débat de l'entre-deux-tours",
    ),
    # the coalition named as a competitor of an election
    (
        "Au premier tour, l'alliance de gauche devance la coalition du président, selon la préfecture.",
        "Législatives : la Nupes et Ensemble au coude-à-coude",
    ),
    # an encounter with a difficulty or a success
    (
        "Les syndicats rencontrent des difficultés à mobiliser les salariés, dit un délégué.",
        "Grève : la mobilisation faiblit",
    ),
    (
        "La pétition de l'intersyndicale a rencontré un franc succès, se félicite la CGT.",
        "Grève des salariés de la raffinerie",
    ),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation(text: str, context: str) -> None:
    check_not(text, context)
