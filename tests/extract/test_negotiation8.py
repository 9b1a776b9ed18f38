"""The negotiation topic on the classes read in 2022 reports (round 8): the course of talks, a call
named in the context, plans put to the unions, and the senses that are no negotiation (a merchant, a
union's delegates, a leader's own council, a price bargained with an insurer).

Tables of (sentence, context, expected narrower concept) written for these tests; ``NOT`` rows must
give no negotiation at all. Cases that still fail are strict xfails.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.negotiation import negotiation_evidence, parse_entries
from newsgraph.extract.topics import topic_evidence

NARROWER = ("diplomatic_negotiation", "labour_negotiation", "political_negotiation")

COURSE_OF_TALKS = [
    (
        "Les désaccords entre Paris et Berlin bloquent les discussions des Vingt-Sept.",
        "",
        "diplomatic_negotiation",
    ),
    (
        "Pour la direction de l'usine, le dialogue avec les grévistes est dans l'impasse.",
        "",
        "labour_negotiation",
    ),
    ("Les syndicats ont rejeté la proposition de la direction.", "", "labour_negotiation"),
    (
        "Les discussions sur le budget restent au point mort à l'Assemblée nationale.",
        "",
        "political_negotiation",
    ),
    (
        "La reprise des échanges entre les deux capitales est attendue.",
        "Kiev et Moscou se disent prêts à renouer le contact malgré la guerre.",
        "diplomatic_negotiation",
    ),
    ("Selon la ministre, les discussions avec les syndicats n'ont pas abouti.", "", "labour_negotiation"),
]

TALKS_NAMED_BEFORE = [
    (
        "L'entretien a été long et tendu, selon la présidence.",
        "Le président s'est de nouveau entretenu avec Vladimir Poutine.",
        "diplomatic_negotiation",
    ),
    (
        "Les pistes présentées aux syndicats jeudi prévoient une baisse des indemnités.",
        "",
        "labour_negotiation",
    ),
]

NOT = [
    ("Nous avons repris la discussion autour d'un café.", ""),
    ("Romain Dupuis, négociant en vins à Beaune, attend une belle récolte.", ""),
    ("Jeanne Martin, médiatrice culturelle au musée, guide les enfants dans les salles.", ""),
    ("Selon le médiateur de l'énergie, les litiges avec les fournisseurs ont doublé.", ""),
    (
        "En réunion avec son conseil de défense, le président a confirmé les frappes.",
        "La guerre en Ukraine entre dans son dixième mois.",
    ),
    (
        "Au cours de l'entretien, le président russe a nié viser les civils.",
        "Le président français s'est entretenu avec Vladimir Poutine pendant deux heures.",
    ),
    ("Le patronat propose que les entreprises versent une prime défiscalisée aux salariés.", ""),
    ("Un courtier conseille de négocier les tarifs avec son assureur chaque année.", ""),
    ("Les délégués CGT de l'usine organisent une assemblée générale vendredi.", ""),
    (
        "Le maire dénonce une tentative d'intimidation, à deux jours du sommet de l'Otan.",
        "Les frappes russes ont visé le centre de Kiev.",
    ),
    ("L'entretien des routes communales coûte cher au village.", "Le conseil municipal a voté le budget."),
    ("Le festival s'ouvrait sur une rencontre avec le réalisateur.", ""),
    (
        "Je suis d'accord avec lui sur ce point, dit une passante.",
        "Les partis de gauche cherchent un accord.",
    ),
    (
        "Le candidat propose une baisse de la TVA, selon ses propositions.",
        "Présidentielle : les propositions des candidats",
    ),
]


def _kinds(found: dict[str, tuple[str, ...]]) -> set[str]:
    return {k for k in found if k in NARROWER}


@pytest.mark.parametrize(("text", "context", "kind"), COURSE_OF_TALKS + TALKS_NAMED_BEFORE)
def test_negotiation_read_in_2022(text: str, context: str, kind: str) -> None:
    found = negotiation_evidence(text, context)
    assert "negotiation" in found, text
    assert kind in _kinds(found), found


@pytest.mark.parametrize(("text", "context"), NOT)
def test_not_negotiation_read_in_2022(text: str, context: str) -> None:
    assert "negotiation" not in topic_evidence(text, context)


def test_the_course_of_talks_is_kept_as_evidence() -> None:
    found = negotiation_evidence(
        "Les discussions sur le budget restent au point mort à l'Assemblée nationale."
    )
    assert found["negotiation"][:2] == ("discussions", "point mort")


def test_a_process_word_alone_is_nothing() -> None:
    assert negotiation_evidence("La CGT a rejeté toute idée de blocage à l'Assemblée nationale.") == {}


def test_a_process_word_does_not_raise_a_meeting() -> None:
    """The opening of a summit is an event; its talks need words of their own."""
    assert negotiation_evidence("Le sommet du G7 s'ouvrait en Bavière, et les frappes continuaient.") == {}


def test_process_is_a_role_of_the_lexicon() -> None:
    (entry,) = parse_entries(["impasse\tprocess\t0\tnegotiation"])
    assert entry.role == "process"


def test_speaker_title_is_not_the_topic() -> None:
    text = "« Cette réforme va appauvrir les chômeurs », dénonce Paul Durand, négociateur CGT."
    assert "negotiation" not in negotiation_evidence(text)


@pytest.mark.xfail(strict=True, reason="a bare 'accord' judged good or bad needs two pieces of evidence")
def test_an_accord_judged() -> None:
    text = "Mieux vaut pas d'accord du tout qu'un mauvais accord, estime le commissaire européen."
    assert "negotiation" in negotiation_evidence(
        text, "COP 28 : les délégués cherchent un accord sur le charbon."
    )


@pytest.mark.xfail(strict=True, reason="a reply to an offer named only by 'propose' in the sentence before")
def test_a_reply_to_an_offer() -> None:
    found = negotiation_evidence(
        "C'est insuffisant pour FO, qui réclame 8 %.", "La direction propose 4 % de hausse."
    )
    assert "labour_negotiation" in found
