"""The negotiation topic on the classes read in unannotated 2022 reports and in the news of 2023-2026
(round 9): a phrase's article standing for any definite determiner, an incise inside a phrase, a
role noun that is a speaker's title, a party's verdict on an offer, an executive receiving the
unions' or the parties' leaders, conditions put to talks, the truces and hostage exchanges of a
war, a hung parliament's parties, and bargaining of another kind (a consumer with a bank or a
telephone operator, a papal conclave).

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.negotiation import negotiation_evidence, parse_entries, term_pattern
from newsgraph.extract.topics import topic_evidence

NARROWER = ("diplomatic_negotiation", "labour_negotiation", "political_negotiation")

ANY_DETERMINER = [
    # the lexicon lists "mettre fin à la guerre", "signer l'accord", "rompre le dialogue",
    # "signature de l'accord", "consulter les syndicats"
    (
        "Il demande à ceux qui en ont le pouvoir de mettre fin à cette guerre.",
        "Les combats continuent près de la frontière.",
        "diplomatic_negotiation",
    ),
    ("La CGT refuse de signer leur accord, jugé insuffisant.", "", "labour_negotiation"),
    (
        "Le gouvernement a rompu tout dialogue avec l'intersyndicale, regrette la secrétaire générale.",
        "",
        "labour_negotiation",
    ),
    (
        "Les députés de la majorité relative attendent la signature de cet accord.",
        "Les groupes parlementaires se sont retrouvés à Matignon.",
        "political_negotiation",
    ),
]

RECEIVING_THE_PARTIES = [
    (
        "Le Premier ministre reçoit les responsables syndicaux mardi à Matignon.",
        "La réforme des retraites doit être présentée en janvier.",
        "labour_negotiation",
    ),
    (
        "Le président a réuni les chefs de partis pour sortir du blocage à l'Assemblée nationale.",
        "",
        "political_negotiation",
    ),
]

CONDITIONS_AND_TRUCES = [
    (
        "Le Hamas pose des conditions préalables, selon les médiateurs égyptiens.",
        "",
        "diplomatic_negotiation",
    ),
    ("Une trêve humanitaire de quatre jours doit commencer jeudi à Gaza.", "", "diplomatic_negotiation"),
    ("Un nouvel échange d'otages est attendu dans la soirée.", "", "diplomatic_negotiation"),
    (
        "Les discussions de paix reprendront la semaine prochaine à Riyad, selon la Maison-Blanche.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "Les négos avec la direction sont au point mort, selon le délégué des grévistes.",
        "",
        "labour_negotiation",
    ),
]

NEW_PARTIES = [
    (
        "Le socle commun devra chercher des compromis avec les socialistes sur le budget.",
        "",
        "political_negotiation",
    ),
    (
        "Indépendantistes et loyalistes doivent trouver un accord sur l'avenir de la Nouvelle-Calédonie.",
        "",
        "political_negotiation",
    ),
    (
        "Un accord commercial reste possible malgré les droits de douane, selon Donald Trump.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "Le conclave doit aboutir avant l'été, estiment les syndicats.",
        "La réforme des retraites est de nouveau discutée.",
        "labour_negotiation",
    ),
]

VERDICT_ON_AN_OFFER = [
    (
        "Le chef du parti reviendra à Matignon pour savoir si ses conditions ont été acceptées.",
        "Les Républicains fixent deux conditions à leur soutien au budget.",
        "political_negotiation",
    ),
    (
        "Le syndicat a décidé de poursuivre le mouvement dans les trois usines, selon un délégué.",
        "Les grévistes ne sont pas convaincus par la proposition de la direction, jugée trop faible.",
        "labour_negotiation",
    ),
    (
        "Pour l'intersyndicale, le compte n'y est pas.",
        "La direction propose 3 % de hausse.",
        "labour_negotiation",
    ),
    (
        "Une offre jugée insuffisante par les syndicats de conducteurs, qui maintiennent la grève.",
        "",
        "labour_negotiation",
    ),
]

NOT = [
    # a role noun of negotiating as a speaker's title
    ("« Cette loi va appauvrir les locataires », dénonce Marc Rivière, négociateur FO.", ""),
    ("Léa Morin (médiatrice) accueille les familles chaque mardi.", ""),
    # a consumer's bargaining
    ("Il faut toujours négocier avec son banquier avant de signer, conseille cette courtière.", ""),
    ("Elle a renégocié son abonnement et sa box internet pour payer moins cher.", ""),
    ("Grâce au nombre de ses adhérents, l'association négocie des remises chez les commerçants.", ""),
    ("Le couple a négocié son prêt immobilier à un taux plus bas.", ""),
    # a papal conclave, a doctor's consultation
    ("Le conclave s'ouvre mercredi dans la chapelle Sixtine, les cardinaux sont arrivés.", ""),
    (
        "Une consultation médicale coûtera bientôt trente euros, rappelle le syndicat de médecins.",
        "Les médecins généralistes sont en grève.",
    ),
    # conditions accepted of another kind
    ("Les conditions générales ont été acceptées sans les lire, reconnaît un client.", ""),
    # a verdict on an offer of another kind
    ("Je ne suis pas convaincu par sa proposition de dessert, sourit le cuisinier.", ""),
    # an indefinite article is not a slot: "à une table" is not "à la table" of the talks
    ("On a déjeuné à une table du restaurant, raconte une cliente.", "Le gouvernement et la CGT discutent."),
]


def _kinds(found: dict[str, tuple[str, ...]]) -> set[str]:
    return {k for k in found if k in NARROWER}


@pytest.mark.parametrize(
    ("text", "context", "kind"),
    ANY_DETERMINER + RECEIVING_THE_PARTIES + CONDITIONS_AND_TRUCES + NEW_PARTIES + VERDICT_ON_AN_OFFER,
)
def test_negotiation_round9(text: str, context: str, kind: str) -> None:
    found = negotiation_evidence(text, context)
    assert "negotiation" in found, text
    assert kind in _kinds(found), found


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation_round9(text: str, context: str) -> None:
    assert "negotiation" not in topic_evidence(text, context)


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("mettre fin à la guerre", "mettre fin a cette guerre", True),
        ("signer l'accord", "signer leur accord", True),
        ("signer l'accord", "signer l'accord", True),
        ("rompre le dialogue", "rompre tout dialogue", True),
        ("table des négociations", "table des negociations", True),
        ("table des négociations", "table de ces negociations", False),
        ("à la table", "a une table", False),
        ("l'entretien", "cet entretien", False),  # a phrase's first word is as written
    ],
)
def test_article_slot(term: str, text: str, found: bool) -> None:
    assert bool(re.search(term_pattern(term), text)) is found


def test_the_slot_keeps_the_evidence_as_written() -> None:
    found = negotiation_evidence("La CGT refuse de signer leur accord.")
    assert found["negotiation"][0] == "signer leur accord"


def test_title_only_in_apposition() -> None:
    """A role noun after an article is a subject, not a title: it still counts."""
    found = negotiation_evidence("Selon Kiev, le médiateur turc a proposé une trêve aux Russes.")
    assert "diplomatic_negotiation" in found


INCISES = [
    (
        "Le Premier ministre a reçu, jeudi 8 décembre, les responsables syndicaux.",
        "La réforme des retraites doit être présentée en janvier.",
        "labour_negotiation",
        "recu les responsables syndicaux",
    ),
    (
        "Les deux camps ont trouvé, après une nuit de discussions, un accord sur les otages.",
        "Le Qatar et l'Égypte ont conduit la médiation.",
        "diplomatic_negotiation",
        "trouve un accord",
    ),
]


@pytest.mark.parametrize(("text", "context", "kind", "words"), INCISES)
def test_an_incise_inside_a_phrase(text: str, context: str, kind: str, words: str) -> None:
    """An incise between commas after a phrase's first word; the evidence is the phrase without it."""
    found = negotiation_evidence(text, context)
    assert kind in found, found
    assert found[kind][0] == words


def test_a_reaction_of_a_party_to_a_consultation() -> None:
    found = negotiation_evidence(
        "« Rien de neuf », a lâché le secrétaire général de FO à la sortie.",
        "La Première ministre a reçu, lundi matin, les organisations syndicales à Matignon.",
    )
    assert "labour_negotiation" in found


def test_no_incise_across_a_sentence() -> None:
    assert negotiation_evidence("Il a reçu. Puis, le soir, les syndicats ont défilé.") == {}


def test_reaction_to_a_signed_accord() -> None:
    found = negotiation_evidence(
        "« Enfin une bonne nouvelle », soupire un voyageur.",
        "Les syndicats ont signé l'accord proposé par la direction.",
    )
    assert "negotiation" in found


def test_a_party_named_in_a_report_about_talks() -> None:
    """A sure word of a party (a union) in a report about wage talks: the party's position."""
    found = negotiation_evidence(
        "« Nous irons jusqu'au bout », prévient le délégué de la CGT.",
        "Les négociations salariales reprennent lundi chez le constructeur.",
    )
    assert "labour_negotiation" in found


def test_a_voter_on_a_party_alliance() -> None:
    """In politics the suggestive words are the parties themselves ("la gauche", "les écologistes")."""
    found = negotiation_evidence(
        "« C'est bien que la gauche parte unie avec les écologistes », estime un électeur.",
        "Les partis de gauche ont conclu un accord électoral pour les législatives.",
    )
    assert "political_negotiation" in found


READY_TO_TALK = [
    ("Le gouvernement se dit disposé à dialoguer avec les syndicats.", "", "labour_negotiation"),
    (
        "Nous sommes prêts à discuter, à condition que le 49.3 soit écarté, prévient la députée.",
        "",
        "political_negotiation",
    ),
]


@pytest.mark.parametrize(("text", "context", "kind"), READY_TO_TALK)
def test_ready_to_talk(text: str, context: str, kind: str) -> None:
    assert kind in negotiation_evidence(text, context)


WAR = "La guerre entre dans sa troisième année, les combats continuent près de la frontière."

ALLIES_MEETING = [
    "Au sommet de l'Otan, les alliés ont promis de nouvelles livraisons d'armes à Kiev.",
    "Nous avons discuté avec le chancelier de l'envoi de chars, a indiqué le président ukrainien.",
    "Le président a rencontré les soldats blessés dans un hôpital de la capitale.",
    "La réunion de Ramstein doit décider de l'aide militaire pour les six prochains mois.",
    "Il a eu un entretien avec son homologue sur le renforcement de la défense aérienne.",
]


@pytest.mark.parametrize("text", ALLIES_MEETING)
def test_allies_meeting_about_arms_is_not_talks(text: str) -> None:
    assert "negotiation" not in topic_evidence(text, WAR)


@pytest.mark.parametrize(
    "text",
    [
        "Les pourparlers portent sur le retrait des chars des deux armées.",
        "Une trêve permettrait d'évacuer les blessés, selon l'ONU.",
        "Les discussions avec Moscou reprennent, malgré les livraisons d'armes à Kiev.",
    ],
)
def test_talks_beside_arms_are_still_talks(text: str) -> None:
    """A sure act, an act of a narrower concept, or talks in their course stay talks."""
    assert "diplomatic_negotiation" in negotiation_evidence(text, WAR)


def test_support_is_a_role_of_the_lexicon() -> None:
    (entry,) = parse_entries(["aide militaire\tsupport\t0\tnegotiation"])
    assert entry.role == "support"
