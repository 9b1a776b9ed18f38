"""Contents are the speaker's words, not the narration around them (issue 14): a quote with its
incise inside gives the words on each side of the incise; a dialogue dash or a leftover comma does
not open a content; a quoted fragment keeps both its marks. Sentences written for these tests."""

from __future__ import annotations

import pytest
from speech import described, statements

CASES = [
    (
        "comma-comma",
        "« Je ne connais pas la suite, note M. Arnaud, mais ce ne sera plus comme avant. »",
        "Arnaud",
        ["Je ne connais pas la suite", "mais ce ne sera plus comme avant."],
    ),
    (
        "colon-closes",
        "« On a attendu trois semaines de plus, soupire une mère de famille : on voulait dix stères, "
        "on n'en a eu que cinq. »",
        "mère de famille",
        ["On a attendu trois semaines de plus", "on voulait dix stères, on n'en a eu que cinq."],
    ),
    (
        "full-stop-closes",
        "« C'est une honte absolue, s'emporte Paul Martin. Personne ne nous a prévenus. »",
        "Paul Martin",
        ["C'est une honte absolue", "Personne ne nous a prévenus."],
    ),
    (
        "clitic-incise",
        "« Nous avons fait notre part du travail, souligne-t-elle, maintenant c'est à l'État d'agir. » ",
        "",
        [],
    ),
    (
        "straight-quotes-common-noun",
        '"On ne peut plus continuer comme ça, lâche un agriculteur. Il faut que ça change vite."',
        "agriculteur",
        ["On ne peut plus continuer comme ça", "Il faut que ça change vite."],
    ),
    (
        "apposition-in-incise",
        "« Les travaux dureront deux ans, explique Anne Morel, maire de Vire, et la route restera ouverte. »",
        "Anne Morel",
        ["Les travaux dureront deux ans", "et la route restera ouverte."],
    ),
    (
        "apposition-with-place",
        "« Le beurre coûte deux fois plus cher cet hiver, détaille Luc Perrin, gérant de la crêperie du "
        "port, à Paimpol. Nous avons dû changer la carte. »",
        "Luc Perrin",
        ["Le beurre coûte deux fois plus cher cet hiver", "Nous avons dû changer la carte."],
    ),
]


@pytest.mark.parametrize(("construction", "text", "speaker", "contents"), CASES, ids=[c[0] for c in CASES])
def test_sides_of_the_incise(nlp, construction: str, text: str, speaker: str, contents: list[str]) -> None:
    found = statements(nlp, text)
    assert [s.content for s in found] == contents, described(found)
    assert all(speaker in s.speaker.name for s in found), described(found)
    assert all(s.direct and text[s.content_start : s.content_end] == s.content for s in found)


@pytest.mark.parametrize(
    "text",
    [
        # a side too short to stand alone: the quote stays whole, incise and all
        "« Le problème, explique Paul Martin, c'est que personne ne nous écoute. »",
        "« Franchement, lance une habitante, on n'a jamais vu une chose pareille ici. »",
    ],
)
def test_short_side_keeps_the_quote_whole(nlp, text: str) -> None:
    (found,) = statements(nlp, text)
    assert found.content == text.strip("« »"), described([found])


SPANS = [
    # a dialogue dash opens the words, it is not part of them
    ("dash", "- Nous ne fermerons aucune usine cette année, indique Paul Martin.", "Nous ne fermerons"),
    ("em-dash", "— On ne lâchera rien du tout, lance une manifestante.", "On ne lâchera"),
    # a fragment quoted inside the sentence keeps both its marks
    (
        "fragment-marks",
        "Son attitude envers les élus « peut être qualifiée de désinvolte », estiment les inspecteurs.",
        "Son attitude envers les élus « peut être qualifiée de désinvolte »",
    ),
    (
        "fragment-after-selon",
        "Selon Marc Roux, directeur d'une agence, c'est au syndic de gérer \"l'entretien des portes\", "
        "explique-t-il.",
        "c'est au syndic de gérer \"l'entretien des portes\"",
    ),
]


@pytest.mark.parametrize(("construction", "text", "start"), SPANS, ids=[c[0] for c in SPANS])
def test_content_starts_with_the_words(nlp, construction: str, text: str, start: str) -> None:
    found = statements(nlp, text)
    assert any(s.content.startswith(start) for s in found), described(found)
    assert all(text[s.content_start : s.content_end] == s.content for s in found)


def test_sides_share_their_topic(nlp) -> None:
    """The two sides of one quote are one speech act: the topic one side shows is the other's too."""
    text = (
        "« Les négociations avec les syndicats reprendront lundi, assure le ministre du Travail, et nous "
        "trouverons un accord sur les salaires. »"
    )
    found = statements(nlp, text)
    assert len(found) == 2 and all("negotiation" in s.topics for s in found), described(found)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # reported words close the guillemet of the fragment they quote ...
        ("Il a estimé que la réforme des retraites était « injuste et brutale ».", "« injuste et brutale »"),
        ("La syndicaliste juge que le projet reste “très flou” sur ce point.", "“très flou” sur ce point"),
        # ... and keep the unit of their last number
        ("Le syndicat réclame que les salaires augmentent de 10 %.", "de 10 %"),
        ("Le maire assure que la rénovation coûtera 300 000 €.", "300 000 €"),
    ],
)
def test_reported_words_end_closed(nlp, text: str, end: str) -> None:
    found = statements(nlp, text)
    assert any(s.content.endswith(end) for s in found), described(found)
    assert all(text[s.content_start : s.content_end] == s.content for s in found)
