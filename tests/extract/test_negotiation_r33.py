"""The negotiation topic, round 33: a phone call between two parties, a head of state talking with a
counterpart, prisoners to be exchanged, an employer's measured offer answering a pay claim of the
context, a de-escalation hoped for in a report about talks; and not: a reporter's or a candidate's
conversation with people who speak for no side, a de-escalation promised or a red line drawn in a war
report that names no talks, a proposal with no figure beside a pay claim.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest
from negotiation_rows import check_found, check_not
from negotiation_rows import open_row as _open

FOUND = [
    # a phone call between two parties, a state or a leader named
    (
        "Le chancelier doit s'entretenir au téléphone avec le président russe dans la soirée.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "Le président américain et son homologue chinois vont se parler au téléphone jeudi.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "En ce moment même, le président turc et Vladimir Poutine s'entretiennent, indique le journaliste.",
        "",
        "diplomatic_negotiation",
    ),
    # a head of state or a minister talking with a counterpart
    (
        "Le ministre a longuement parlé avec son homologue ukrainien à Kiev, selon le Quai d'Orsay.",
        "",
        "diplomatic_negotiation",
    ),
    # talks with someone who speaks for a side stay talks, the indefinite article notwithstanding
    (
        "Le préfet a discuté avec des représentants syndicaux toute la matinée.",
        "",
        "labour_negotiation",
    ),
    (
        "La ministre s'est entretenue avec des grévistes de la raffinerie, selon la CGT.",
        "",
        "labour_negotiation",
    ),
    # a named interlocutor of a relative, or one who speaks for a side: talks
    (
        "Au bout du fil, le président russe, avec qui il s'est entretenu pendant une heure.",
        "Le président français multiplie les contacts avec Moscou",
        "diplomatic_negotiation",
    ),
    (
        "Les dirigeants de la CGT avec lesquels la ministre s'est entretenue jeudi restent fermes.",
        "",
        "labour_negotiation",
    ),
    # prisoners to be exchanged: the verb of "échange de prisonniers"
    (
        "Kiev espère pouvoir les échanger contre des prisonniers russes, dit le ministère.",
        "",
        "diplomatic_negotiation",
    ),
    # an employer's measured offer answering the claim of the context
    (
        "La direction, de son côté, propose 2 % seulement, d'après les syndicats.",
        "Les ouvriers de la conserverie réclament une hausse de 5 % de leurs salaires.",
        "labour_negotiation",
    ),
    # a de-escalation hoped for in a report about a leaders' call
    (
        "Paris avait espéré une désescalade, mais l'armée russe a avancé, rappelle la journaliste.",
        "Le président français va s'entretenir au téléphone avec son homologue russe",
        "diplomatic_negotiation",
    ),
    # a de-escalation between two sides named: a mediation's aim
    (
        "Le médiateur veut enclencher la désescalade entre Moscou et Kiev, selon la Turquie.",
        "",
        "diplomatic_negotiation",
    ),
    _open(
        "Le ministre avait échangé à plusieurs reprises avec ses homologues russe et américain.",
        "",
        "diplomatic_negotiation",
        "an adverbial between the verb and 'avec ses homologues': the phrase is not matched",
    ),
]

NOT = [
    # a reporter's or a candidate's conversation with people who speak for no side
    (
        "Je discutais avec des étudiants qui me disaient leur colère, raconte la journaliste.",
        "Kiev sous les bombes",
    ),
    (
        "La correspondante dit s'être entretenue avec un militaire ukrainien, près du front.",
        "L'armée russe masse ses troupes à la frontière de l'Ukraine",
    ),
    (
        "Les habitants avec lesquels elle s'est entretenue ont dit leur peur des Russes.",
        "La guerre en Ukraine entre dans son deuxième mois",
    ),
    (
        "La candidate a échangé avec des agriculteurs sur le marché, selon son équipe.",
        "Présidentielle : la campagne",
    ),
    # a de-escalation promised or a red line drawn in a war report naming no talks
    (
        "Le Kremlin promet une désescalade, mais selon l'Otan ses troupes restent massées à la frontière.",
        "Les soldats russes toujours aux portes de l'Ukraine",
    ),
    (
        "Pour Moscou, l'entrée de l'Ukraine dans l'Otan serait une ligne rouge.",
        "Les origines du conflit entre la Russie et l'Ukraine",
    ),
    # a proposal with no figure beside a pay claim: a policy, not an offer in bargaining
    (
        "Cette proposition inquiète les petites entreprises, qui doutent de pouvoir payer.",
        "Les syndicats réclament des hausses de salaire de 10 %.",
    ),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    check_found(text, context, concept)


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation(text: str, context: str) -> None:
    check_not(text, context)
