"""The negotiation topic, round 12: a statement's own words (not the words of another statement in its
sentence), a party received by the executive in the passive, a trade of one thing for another, a
promise not to bring the government down, a labour standoff and a plan redrawn, an offer still on the
table, and a treaty in force named as a standard (not talks).

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.negotiation import negotiation_evidence
from newsgraph.extract.topics import own_sentence, topic_evidence
from newsgraph.names import fold

NARROWER = ("diplomatic_negotiation", "labour_negotiation", "political_negotiation")

RECEIVED = [
    (
        "La CFDT regrette que l'intersyndicale ait été reçue à Matignon sans rien obtenir.",
        "Retraites : la mobilisation continue dans toute la France",
        "labour_negotiation",
    ),
    (
        "Les éleveurs ont été reçus par le ministre, qui a promis un plan d'aide, selon la FNSEA.",
        "Colère des agriculteurs : les barrages se multiplient",
        "labour_negotiation",
    ),
    (
        "Les chefs des groupes de l'opposition seront reçus à l'Élysée mercredi, dit l'entourage.",
        "Le gouvernement n'a pas de majorité absolue à l'Assemblée nationale.",
        "political_negotiation",
    ),
]
RECEIVED_NOT = [
    # a champion, a class, a writer received by the head of state: no party of talks
    ("L'équipe de France a été reçue à l'Élysée, raconte le sélectionneur.", "Football : la fête à Paris"),
    ("Les élèves ont été reçus par le ministre, sourit leur professeur.", "Un concours d'éloquence"),
    # the host receiving his own ministers (the active voice): no party of talks
    (
        "Le Premier ministre a reçu à Matignon ses ministres pour un dîner, raconte un conseiller.",
        "Remaniement : le gouvernement attend",
    ),
]
TRADES = [
    (
        "Le groupe LR se dit prêt à voter le budget en échange de baisses d'impôts, selon son président.",
        "Budget : le gouvernement cherche une majorité à l'Assemblée nationale",
        "political_negotiation",
    ),
    (
        "Les socialistes ont arraché un geste sur les retraites en échange de leur abstention, dit-il.",
        "Le gouvernement survit à la motion de censure",
        "political_negotiation",
    ),
    (
        "Le PS assure qu'il s'engage à ne pas censurer le gouvernement si le texte est revu.",
        "Le Premier ministre consulte les partis sur le budget",
        "political_negotiation",
    ),
]
TRADES_NOT = [
    # a trade with no party of talks: a court, a lodger
    ("Le prévenu a été libéré en échange d'une caution, dit son avocat.", "Justice : un procès à Lyon"),
    ("Elle loge chez une retraitée en échange de courses, dit l'étudiante.", "La colocation séduit"),
]
STANDOFFS = [
    (
        "Les hôtesses ont obtenu une hausse de 8 % après un bras de fer avec la direction, dit-elle.",
        "",
        "labour_negotiation",
    ),
    (
        "Le patronat refuse de revoir sa copie, déplore le syndicat.",
        "Assurance chômage : les syndicats dénoncent la réforme",
        "labour_negotiation",
    ),
    (
        "La direction indique que ses propositions restent sur la table.",
        "Grève des contrôleurs : les trains à l'arrêt ce week-end",
        "labour_negotiation",
    ),
]
TRUCES_AND_SIDES = [
    (
        "Le gouvernement israélien exige le retour des otages avant tout arrêt des combats, dit-il.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "Le président du groupe assure que la non-censure des socialistes n'est pas acquise.",
        "Budget : le Premier ministre cherche une majorité",
        "political_negotiation",
    ),
    (
        "Le médiateur nommé par le ministère veut réunir les deux parties dès lundi, selon la préfecture.",
        "Conflit social dans les ports : les dockers en grève",
        "labour_negotiation",
    ),
]
SIDES_NOT = [
    # the two parties of a lawsuit or of a sale
    ("Le juge a entendu les deux parties avant de trancher, précise l'avocate.", "Un litige entre voisins"),
    (
        "Les deux parties doivent signer le compromis chez le notaire, explique l'agent.",
        "Immobilier : les prix",
    ),
]
STANDOFFS_NOT = [
    # a war's standoff is fighting, not talks
    ("Le bras de fer continue entre les deux armées sur le front, selon l'état-major.", "Guerre en Ukraine"),
    # a campaign's proposals put on the table
    (
        "« Nous mettons nos propositions sur la table », lance la candidate écologiste.",
        "Présidentielle : les candidats présentent leur programme",
    ),
    # dishes on the table
    ("« Les plats sont sur la table à midi », sourit la cuisinière.", "Une cantine bio à Rennes"),
    # a treaty in force named as a standard to meet
    (
        "Nos budgets doivent être alignés avec l'Accord de Paris, a déclaré la responsable de l'ONU.",
        "Cop : un sommet en Égypte pour le climat",
    ),
]


@pytest.mark.parametrize(("text", "context", "concept"), RECEIVED + TRADES + STANDOFFS + TRUCES_AND_SIDES)
def test_negotiation_and_its_concept(text: str, context: str, concept: str) -> None:
    found = negotiation_evidence(text, context)
    assert "negotiation" in found, found
    assert [c for c in NARROWER if c in found] == [concept]


@pytest.mark.parametrize(("text", "context"), RECEIVED_NOT + TRADES_NOT + STANDOFFS_NOT + SIDES_NOT)
def test_not_negotiation(text: str, context: str) -> None:
    assert negotiation_evidence(text, context) == {}


# one sentence, two statements: (sentence, this statement's words, the other's words, this one is about talks)
SENTENCES = [
    # the talks are the other clause's words: the population speaks of the escalation
    (
        "La population ne craint pas que l'escalade aille plus loin, car l'armée confirme que des "
        "pourparlers de trêve sont en cours.",
        "l'escalade aille plus loin",
        "des pourparlers de trêve sont en cours",
        False,
    ),
    # the words of talks are this statement's own
    (
        "L'armée confirme que des pourparlers de trêve sont en cours et assure que ses frappes continuent.",
        "des pourparlers de trêve sont en cours",
        "ses frappes continuent",
        True,
    ),
    # the frame (outside both statements) still counts: the speaker is at the table of talks
    (
        "Sortant de la table des négociations, la CGT juge la réforme injuste et dit que la grève continue.",
        "la réforme injuste",
        "la grève continue",
        True,
    ),
]


def _span(sentence: str, words: str) -> tuple[int, int]:
    start = sentence.index(words)
    return start, start + len(words)


@pytest.mark.parametrize(("sentence", "words", "other", "talks"), SENTENCES)
def test_a_statement_is_about_its_own_words(sentence: str, words: str, other: str, talks: bool) -> None:
    mine, theirs = _span(sentence, words), _span(sentence, other)
    own = own_sentence(sentence, (0, len(sentence)), mine, [mine, theirs])
    assert ("negotiation" in topic_evidence(words + " " + own)) is talks


def test_a_relay_that_holds_the_statement_is_kept() -> None:
    sentence = "« Les négociations ont échoué, dit le délégué », rapporte la journaliste."
    outer, inner = (2, 45), (2, 30)
    assert own_sentence(sentence, (0, len(sentence)), inner, [outer, inner]) == sentence


def test_a_statement_of_another_sentence_is_kept() -> None:
    sentence = "Il espère des pourparlers. « Il faut se tourner vers d'autres moyens », dit le général."
    before, mine = (
        _span(sentence, "des pourparlers"),
        _span(sentence, "Il faut se tourner vers d'autres moyens"),
    )
    assert own_sentence(sentence, (0, len(sentence)), mine, [before, mine]) == sentence


def test_a_statement_of_a_later_sentence_is_cut() -> None:
    sentence = "« C'est trop », dit-il. La directrice espère qu'on l'écoutera dans les négociations."
    mine, after = _span(sentence, "C'est trop"), _span(sentence, "on l'écoutera dans les négociations")
    assert "negociations" not in fold(own_sentence(sentence, (0, len(sentence)), mine, [mine, after]))
