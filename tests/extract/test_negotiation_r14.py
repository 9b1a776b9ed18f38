"""The negotiation topic, round 14: bargaining outside the war. A party offering, refusing or shutting
out an alliance, the union of a side's parties, the candidates shared out between allies; a wage offer
put to the unions and their reply to it; conditions set by a party; an agreement with the other party
of labour talks named; guarantees won; the executive receiving the unions or the party leaders. And
the words of other senses beside them: the contacts of an epidemic, a company's shares sold.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

FOUND = [
    # an alliance refused, offered or shut out by a party, the determiner and an adverb between
    (
        "Le Parti socialiste refuse en effet toute alliance avec les insoumis, confirme un cadre du parti.",
        "Municipales : la gauche divisée",
        "political_negotiation",
    ),
    (
        "Le président du parti a lancé une offre d'alliance aux centristes, selon son entourage.",
        "Législatives : la course aux circonscriptions",
        "political_negotiation",
    ),
    (
        "La droite ferme la porte à toute alliance avec l'extrême droite, assure le sénateur LR.",
        "Législatives : les tractations du second tour",
        "political_negotiation",
    ),
    # a party's member speaking, in a report whose lead says the alliance was refused: his position
    (
        "« On respecte le choix du bureau », dit une conseillère municipale du Rassemblement national.",
        "Le Rassemblement national a refusé une alliance avec Reconquête.",
        "political_negotiation",
    ),
    # the union of a side's parties, wished by a militant, in a report about the alliance refused
    (
        "« S'il y a l'union des droites, on gagne partout », estime un militant.",
        "Législatives : le RN refuse toute alliance avec Reconquête.",
        "political_negotiation",
    ),
    # the candidates shared out between allies
    (
        "Les écologistes et les socialistes se disputent la répartition des circonscriptions, dit un élu.",
        "Législatives : la gauche cherche à s'unir",
        "political_negotiation",
    ),
    (
        "Les deux partis présenteront des candidatures communes dans les grandes villes, annonce le PS.",
        "",
        "political_negotiation",
    ),
    # an alliance sealed, then described: the sealing still counts
    (
        "Le PS a scellé une alliance avec les écologistes, qui est une alliance inédite, dit un élu.",
        "Législatives : la gauche se rassemble",
        "political_negotiation",
    ),
    # a wage offer refused: the strike goes on as a reply to it
    (
        "La grève est reconduite dans les trois entrepôts, annonce un délégué de la CGT.",
        "La proposition d'augmentation de 4 % de la direction a été rejetée par les syndicats.",
        "labour_negotiation",
    ),
    (
        "Les syndicats jugent l'augmentation proposée par la direction très insuffisante, dit FO.",
        "Grève chez le fabricant de pneus",
        "labour_negotiation",
    ),
    # an agreement with the other party of labour talks, named
    (
        "Les aides-soignants ont obtenu une prime mensuelle après un accord avec la direction, dit SUD.",
        "",
        "labour_negotiation",
    ),
    # a party setting its conditions to the government
    (
        "Les Républicains posent leurs conditions pour voter le budget, explique la journaliste.",
        "Budget : le gouvernement cherche une majorité à l'Assemblée",
        "political_negotiation",
    ),
    # the executive receiving the party leaders, the union front
    (
        "Le Premier ministre a reçu les chefs de parti un par un pour éviter la censure, selon Matignon.",
        "",
        "political_negotiation",
    ),
    (
        "La Première ministre recevra l'intersyndicale mercredi, annonce le ministre du Travail.",
        "Réforme des retraites : la mobilisation continue",
        "labour_negotiation",
    ),
    (
        "Le ministre recevra les syndicats lundi pour parler de la réforme, dit son entourage.",
        "Assurance chômage : les syndicats dénoncent une réforme brutale",
        "labour_negotiation",
    ),
    # the unions received, the participle after the noun; the other party's move; a strike unblocked
    (
        "Les syndicats reçus ce matin au ministère sont ressortis déçus, raconte le journaliste.",
        "",
        "labour_negotiation",
    ),
    (
        "« Désormais, la balle est dans le camp de la direction », estime le porte-parole.",
        "Le gouvernement dénonce l'attitude des grévistes.",
        "labour_negotiation",
    ),
    (
        "La ministre a demandé de tout faire pour débloquer la situation, selon son cabinet.",
        "Grève des aiguilleurs : des centaines de trains supprimés",
        "labour_negotiation",
    ),
    # a common candidate of allies, a strike ended by agreement, hostages freed by a deal
    (
        "Les communistes et les insoumis présenteront un candidat commun à Marseille, annonce LFI.",
        "",
        "political_negotiation",
    ),
    (
        "Un protocole de sortie de grève a été signé par la direction et la CGT, dit un délégué.",
        "Grève des agents de nettoyage",
        "labour_negotiation",
    ),
    (
        "Les médiateurs annoncent un accord sur la libération des otages, selon la chaîne qatarie.",
        "",
        "diplomatic_negotiation",
    ),
    # still open: guarantees won, named by no field word of a union or a state
    _open(
        "Les chauffeurs ont obtenu des garanties du gouvernement et lèvent les barrages, dit l'un d'eux.",
        "Colère des taxis contre la réforme du transport des malades",
        "labour_negotiation",
        "the taxi drivers are no field word: a trade's protest needs its own field",
    ),
    _open(
        "Les socialistes posent leurs conditions pour ne pas censurer le gouvernement, selon le journaliste.",
        "",
        "political_negotiation",
        "one suggestive field word only ('socialistes'): 'gouvernement' places labour talks",
    ),
]

NOT = [
    # the contacts of an epidemic
    (
        "Les syndicats enseignants appellent à la grève jeudi, les élèves cas contacts ne sont plus "
        "obligés de quitter l'établissement.",
        "Covid : un nouveau protocole à l'école",
    ),
    (
        "Les cas contacts doivent rester chez eux, rappelle le syndicat des médecins.",
        "Covid : les règles changent à l'école",
    ),
    # a company's shares sold to its partner
    (
        "Le groupe, qui condamne l'agression militaire en Ukraine, a annoncé céder ses parts à son "
        "partenaire russe.",
        "Guerre en Ukraine : les entreprises françaises quittent la Russie",
    ),
    # an alliance named as a competitor, the union of a party's members
    (
        "Au second tour, l'alliance de la gauche devance la majorité, selon les résultats.",
        "Législatives : les résultats du premier tour",
    ),
    # coalitions described by what they are, as competitors of an election
    (
        "Le candidat rappelle que la majorité et la Nupes étaient des alliances de différents partis.",
        "Législatives : le second tour",
    ),
    # a road unblocked, the ball in a camp with no party of talks
    (
        "La préfecture tente de débloquer la situation sur l'autoroute, selon les gendarmes.",
        "Neige : des centaines d'automobilistes bloqués",
    ),
    (
        "« La balle est dans le camp de l'État », lance le maire, qui attend des subventions.",
        "Inondations : les sinistrés attendent des aides",
    ),
    # a concession's price in a tax law is no talks
    (
        "Le gouvernement baisse les impôts des entreprises en contrepartie d'embauches, dit le ministre.",
        "Budget : les mesures du gouvernement",
    ),
]
# "Les salariés réclament une hausse de 300 euros" in a report about a strike was a row here (a bare
# wage demand); round 27 made a party of labour's claim of a pay rise a position in wage bargaining,
# and round 31 reads a rise measured in euros or per cent too: the row is now in test_negotiation_r31.


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation(text: str, context: str) -> None:
    check_not(text, context)
