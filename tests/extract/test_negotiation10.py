"""The negotiation topic on the classes read in unannotated 2022 reports (round 10): a statement that
receives the news of talks (doubt, hope, relief) or judges their course ("des avancées insuffisantes")
in a report about them, in any field; a numeral or a
prenominal adjective between a phrase's determiner and its noun ("consulter les nouveaux dirigeants
des partis"); a meeting held "pour discuter"; a wage rise as a word of the labour field, not an act;
"tractations"; "la balle est dans le camp de"; a field's suggestive words split between the sentence
and its context.

Tables of (sentence, context, expected narrower concept or None for the broad concept alone), written
for these tests; ``NOT`` rows must give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.negotiation import negotiation_evidence, read_zone
from newsgraph.extract.negotiation_terms import term_pattern

NARROWER = ("diplomatic_negotiation", "labour_negotiation", "political_negotiation")

REACTIONS = [
    # doubt about an outcome announced after talks (a war report)
    (
        "« On n'y croit pas vraiment », confie une habitante de Kharkiv.",
        "À l'issue des pourparlers de Genève, Moscou promet de retirer ses troupes.",
        "diplomatic_negotiation",
    ),
    (
        "Le correspondant décrit une population sceptique face aux annonces du Kremlin.",
        "Les négociations entre Moscou et Kiev ont repris jeudi.",
        "diplomatic_negotiation",
    ),
    (
        "Les Gazaouis ont appris à se méfier des promesses, explique notre envoyée spéciale.",
        "Un cessez-le-feu doit entrer en vigueur dimanche à Gaza.",
        "diplomatic_negotiation",
    ),
    # relief and satisfaction after a wage deal (a labour report)
    (
        "« Tant mieux, on va enfin pouvoir partir en vacances », se réjouit un voyageur.",
        "Un accord salarial a été signé dans la nuit entre la direction et les syndicats de la compagnie.",
        "labour_negotiation",
    ),
    (
        "« C'est une bonne nouvelle pour tout le monde », estime une cliente.",
        "Les négociations salariales ont abouti mardi soir à la raffinerie.",
        "labour_negotiation",
    ),
    # disappointment after a cross-party compromise (a political report)
    (
        "« Je suis déçu, on attendait mieux », lâche un militant.",
        "Les partis de gauche ont conclu un accord électoral pour les législatives.",
        "political_negotiation",
    ),
]

VERDICTS = [
    # a verdict on the course of talks, no act in the sentence, talks in the context
    (
        "« Il y a des avancées, mais on est loin du compte », estime la déléguée.",
        "Les négociations salariales ont repris lundi à l'usine.",
        "labour_negotiation",
    ),
    (
        "« C'est insuffisant, nous continuerons », prévient un représentant des agriculteurs.",
        "Le gouvernement a présenté ses propositions après une nuit de négociations avec les syndicats.",
        "labour_negotiation",
    ),
]

VERDICTS_NOT = [
    # the advance of troops is no verdict on talks, even in a war report that names them
    (
        "L'avancée des troupes russes se poursuit, selon l'état-major ukrainien.",
        "Les pourparlers de paix sont suspendus depuis mars.",
    ),
    # a verdict with no talks in the context
    ("« C'est insuffisant », regrette une mère de famille.", "Le prix de la cantine augmente encore."),
]

REACTIONS_NOT = [
    # no talks in the context: hope and doubt about something else
    ("« On garde espoir de retrouver le chien », confie sa maîtresse.", "La battue a repris samedi."),
    ("« C'est une bonne nouvelle pour le village », se réjouit le maire.", "La boulangerie rouvre lundi."),
    # talks only of a weak kind in the context (a meeting): not enough to make a report about talks
    ("« Je reste sceptique », confie un commerçant.", "Le maire a rencontré les commerçants du centre."),
    # bargaining of another kind in the context
    (
        "« C'est une bonne nouvelle pour les supporters », se réjouit un abonné.",
        "Le club a négocié le transfert de son attaquant vers l'Espagne.",
    ),
]

PRENOMINAL = [
    # a numeral or a prenominal adjective after the determiner of a listed phrase
    (
        "Le président veut consulter les nouveaux dirigeants des partis avant de présenter le texte.",
        "Le gouvernement n'a pas de majorité absolue à l'Assemblée nationale.",
        "political_negotiation",
    ),
    (
        "La Première ministre reçoit les huit organisations syndicales lundi.",
        "Les syndicats réclament une hausse des salaires.",
        "labour_negotiation",
    ),
    (
        "Le ministre a réuni les principaux responsables syndicaux, rapporte le journaliste.",
        "Les syndicats appellent à la grève contre la réforme de l'assurance chômage.",
        "labour_negotiation",
    ),
]

MEETING_TO_DISCUSS = [
    # a meeting held "pour discuter": talks, with one more piece of evidence
    (
        "Le Premier ministre a rencontré le chef des Républicains pour discuter du budget, selon Matignon.",
        "Le gouvernement cherche une majorité à l'Assemblée nationale.",
        "political_negotiation",
    ),
    (
        "La direction a reçu les grévistes pour en discuter, indique la CGT.",
        "",
        "labour_negotiation",
    ),
]

WAGES_AND_DEALINGS = [
    # a wage rise places a party's claim in wage talks named in the context
    (
        "Les aides-soignantes demandent une augmentation des salaires de 300 euros.",
        "La direction de la clinique a ouvert des négociations salariales jeudi.",
        "labour_negotiation",
    ),
    # "tractations": dealings between parties, sure
    (
        "Le journaliste décrit des tractations entre les partis jusque tard dans la nuit.",
        "",
        "political_negotiation",
    ),
    # a strike notice lifted: the end of a labour conflict
    (
        "Après la levée du préavis, les syndicats appellent les contrôleurs à reprendre le travail.",
        "",
        "labour_negotiation",
    ),
    # "la balle est dans le camp de": an idiom of talks, weak (in a report about a strike)
    (
        "« La balle est dans le camp de la direction », lance le délégué des grévistes.",
        "Les syndicats ont rejeté la dernière proposition de la direction.",
        "labour_negotiation",
    ),
]

SPLIT_FIELD = [
    # one suggestive field word in the sentence, another in the context: one piece of evidence
    (
        "Moscou a proposé une trêve pour évacuer les habitants, selon l'agence officielle.",
        "Des milliers de civils sont encore pris au piège à Kherson, en Ukraine.",
        "diplomatic_negotiation",
    ),
    (
        "Lorsque les deux pays se brouillent, cela bloque les discussions, analyse notre correspondant.",
        "Les ministres se retrouvent jeudi à Bruxelles.",
        "diplomatic_negotiation",
    ),
]

SPLIT_FIELD_NOT = [
    # a weak act with the two words only: a second piece is still wanting
    ("Moscou a fait une proposition, selon l'agence officielle.", "Les combats continuent en Ukraine."),
]

WAGES_NOT = [
    # a wage rise as an economic trend or a bare claim with no talks: the field, not talks
    ("Les salaires augmentent moins vite que les prix, note l'économiste.", "L'inflation atteint 6 %."),
    (
        "Le syndicat appelle à la grève pour obtenir une hausse des salaires.",
        "Les dépôts de carburant sont bloqués depuis mardi.",
    ),
    # the idiom with no field of talks: a cinema's audience
    ("« La balle est dans le camp du public », sourit le directeur du cinéma.", "Les salles ont rouvert."),
]

MEETING_TO_DISCUSS_NOT = [
    # no field word anywhere: friends who meet to chat
    ("« On se retrouve au café pour discuter de tout et de rien », sourit une retraitée.", ""),
]


@pytest.mark.parametrize(
    ("text", "context", "concept"),
    REACTIONS + VERDICTS + PRENOMINAL + MEETING_TO_DISCUSS + WAGES_AND_DEALINGS + SPLIT_FIELD,
)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    found = negotiation_evidence(text, context)
    assert "negotiation" in found, found
    assert [c for c in NARROWER if c in found] == [concept]


@pytest.mark.parametrize(
    ("text", "context"), REACTIONS_NOT + VERDICTS_NOT + MEETING_TO_DISCUSS_NOT + WAGES_NOT + SPLIT_FIELD_NOT
)
def test_not_negotiation(text: str, context: str) -> None:
    assert negotiation_evidence(text, context) == {}


def test_a_reaction_keeps_the_words_that_decided() -> None:
    found = negotiation_evidence(
        "« Moi, je n'y crois plus », soupire un habitant.",
        "Les pourparlers de paix ont échoué à Istanbul.",
    )
    assert found["negotiation"] == ("pourparlers de paix", "y crois")


def test_a_reaction_word_alone_is_not_an_act() -> None:
    zone = read_zone("Les habitants restent sceptiques.")
    assert zone.acts == ()
    assert zone.reaction == ("sceptiques",)


@pytest.mark.parametrize(
    ("term", "text", "found"),
    [
        ("consulter les partis", "consulte les deux partis", True),
        ("consulter les partis", "consulte les partis", True),
        ("consulter les partis", "consulte les petits partis", False),  # not a prenominal of the list
        ("signer l'accord", "signer l'accord", True),
    ],
)
def test_prenominal_slot(term: str, text: str, found: bool) -> None:
    assert bool(re.search(term_pattern(term), text)) is found
