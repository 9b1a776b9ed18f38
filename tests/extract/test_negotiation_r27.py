"""The negotiation topic, round 27: news outside the war. A party of labour's claim of a pay rise
(strikers, a union asking for higher wages) is a position in wage bargaining, where the public's
wish for higher wages is not; a red line crossed is no term put to talks, "je propose qu'on" a
suggestion; a commodity whose price "se négocie" on a market is no talks; a chat among relatives
or friends ("des discussions de famille") is no talks; pay given "sans contrepartie" is no term
put to a party.

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.negotiation import negotiation_evidence
from newsgraph.extract.topics import own_sentence

NARROWER = ("diplomatic_negotiation", "labour_negotiation", "political_negotiation")


FOUND = [
    # a party of labour claiming a pay rise: its position in wage bargaining
    (
        "Les grévistes réclament pour leur part une hausse de leur salaire de 8 %.",
        "Grève dans une usine de composants électroniques",
        "labour_negotiation",
    ),
    (
        "Les syndicats de la métallurgie demandent des augmentations de salaire pour tous les ouvriers.",
        "",
        "labour_negotiation",
    ),
    (
        "La CFDT revendique une revalorisation des salaires des aides à domicile, explique sa secrétaire.",
        "",
        "labour_negotiation",
    ),
    (
        "Les agents en grève exigent une augmentation de leur traitement avant la fin de l'année.",
        "Mobilisation dans les mairies",
        "labour_negotiation",
    ),
    (
        "Les conducteurs de bus demandent des hausses de salaire à hauteur de l'inflation, dit un délégué.",
        "",
        "labour_negotiation",
    ),
    # talks that stay talks beside a reflexive "se négocier" without a price
    (
        "Tout se négocie avec la direction, affirme le délégué syndical.",
        "",
        "labour_negotiation",
    ),
    # the narrower concepts of earlier rounds stay right
    (
        "Les syndicats ont claqué la porte des négociations salariales avec le patronat.",
        "",
        "labour_negotiation",
    ),
    (
        "Moscou et Kiev ont repris les pourparlers de paix en Turquie, annonce le ministre.",
        "",
        "diplomatic_negotiation",
    ),
    # a claim of pay with no party named in its sentence, in a report about a strike: the context
    # lends it its party (round 31, negotiation_lent)
    (
        "Elles réclament une hausse de salaire de 200 euros par mois, raconte l'une d'elles.",
        "Les infirmières de l'hôpital en grève depuis lundi",
        "labour_negotiation",
    ),
]

NOT = [
    # the public's, a pensioner's or a government's wish for higher wages: no party bargains
    ("Le gouvernement demande aux entreprises une hausse des salaires, annonce le ministre.", ""),
    ("Les Français demandent une hausse des salaires, selon un sondage publié ce matin.", ""),
    ("Une retraitée réclame une augmentation des pensions et du pouvoir d'achat.", ""),
    # a wage claim in the headline makes no report about talks: a union's count of marchers is no
    # position in them
    (
        "Plus de 30 000 personnes ont défilé à Lyon, selon les syndicats.",
        "Les enseignants réclament une revalorisation des salaires",
    ),
    # a price quoted on a market
    (
        "Le blé s'est négocié à 400 euros la tonne, un record depuis le début de la guerre en Ukraine.",
        "",
    ),
    ("Le baril se négocie désormais autour de 110 dollars, note l'analyste.", "La Russie frappe l'Ukraine"),
    ("Ce matin, l'électricité se négocie 30 % plus cher qu'hier sur les marchés européens.", ""),
    # a chat among relatives or friends
    (
        "Il y a des discussions de famille le soir, et c'est toujours la guerre en Ukraine, dit-elle.",
        "Les jeunes face à la guerre en Ukraine et à l'offensive russe",
    ),
    (
        "On en parle en discussions entre amis, de la guerre en Ukraine, explique un étudiant.",
        "L'offensive russe en Ukraine inquiète les étudiants",
    ),
    # a red line crossed: a threat carried out, not a term put to talks
    (
        "Pour le Kremlin, une ligne rouge a été franchie par les Occidentaux en Ukraine, selon Poutine.",
        "La Russie menace l'Ukraine et les Occidentaux après les frappes sur la Crimée",
    ),
    (
        "Pour Moscou, Washington a franchi la ligne rouge en livrant des missiles à Kiev, dit le Kremlin.",
        "La Russie menace l'Ukraine et les Occidentaux après les frappes sur la Crimée",
    ),
    # "je propose qu'on …": a suggestion
    (
        "Je propose qu'on évite les polémiques sur ce voyage en zone de guerre, dit le chef de la Nupes.",
        "Législatives : la Nupes et le RN critiquent le voyage du président en Ukraine",
    ),
    # pay for nothing, a gift
    (
        "Des salaires versés sans contrepartie seront remboursés, dit le président de l'Assemblée nationale.",
        "Les députés et les partis de la majorité présidentielle",
    ),
    (
        "Le gouvernement accorde une aide sans aucune contrepartie aux entreprises, déplore le député.",
        "L'opposition et la majorité à l'Assemblée nationale",
    ),
]


@pytest.mark.parametrize(("text", "context", "concept"), FOUND)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    found = negotiation_evidence(text, context)
    assert "negotiation" in found, found
    assert [c for c in NARROWER if c in found] == [concept]


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation(text: str, context: str) -> None:
    assert negotiation_evidence(text, context) == {}


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


OWN = [
    # an earlier quote with its own attribution is a statement of its own: its talks are cut
    (
        '"Les négociations sont difficiles", rapporte-t-il. "Ils ont perdu cette bataille", ajoute-t-il.',
        "Les négociations sont difficiles",
        "Ils ont perdu cette bataille",
        False,
    ),
    # an earlier sentence with no attribution of its own leads into the quote: kept
    (
        "Le général espérait des pourparlers. « Il faut se tourner vers d'autres moyens », a-t-il déclaré.",
        "Le général espérait des pourparlers",
        "Il faut se tourner vers d'autres moyens",
        True,
    ),
]


@pytest.mark.parametrize(("text", "other", "content", "kept"), OWN)
def test_own_sentence_of_a_quote(text: str, other: str, content: str, kept: bool) -> None:
    own = own_sentence(text, (0, len(text)), _span(text, content), [_span(text, other), _span(text, content)])
    assert (other.split()[-1] in own) is kept, own
