"""A place hung on a document is not its author (round 45, col45; issue 14, collective speakers).

"Selon une étude, à Toulouse, …", "D'après un sondage en Bretagne, …": the parser often hangs the
place adjunct that follows the source phrase on the document noun, and the place was then read as
the document's author and given the words. A document's author is a "de" complement ("le rapport de
la Cour des comptes", "une étude de l'Insee"); a place led by "à", "en", "dans", "au" is where the
figures hold, and the document itself speaks.

Every sentence here was written for these tests (none is taken from an evaluation text or from
the reports read). A row is (construction id, text, speaker part, content part): exactly one
statement holds the content part, reported, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

PLACED_DOCUMENTS = [
    (
        "selon-study-comma-place",
        "Selon une étude, à Grenoble, le loyer moyen d'un étudiant dépasse désormais 600 euros.",
        "étude",
        "le loyer moyen d'un étudiant",
    ),
    (
        "selon-study-place-department",
        "Selon une étude, à Rennes (Ille-et-Vilaine), le prix du ticket de cantine a doublé en dix ans.",
        "étude",
        "le prix du ticket de cantine",
    ),
    (
        "selon-study-place-no-comma",
        "Selon une étude à Bordeaux, le loyer moyen d'un studio atteint 700 euros.",
        "étude",
        "le loyer moyen d'un studio",
    ),
    (
        "dapres-survey-en-region",
        "D'après un sondage, en Normandie, deux habitants sur trois soutiennent le projet d'éoliennes.",
        "sondage",
        "deux habitants sur trois",
    ),
    (
        "dapres-inquiry-dans-region",
        "D'après une enquête, dans les Hauts-de-France, une famille sur quatre renonce aux vacances.",
        "enquête",
        "une famille sur quatre",
    ),
    (
        "selon-report-published-place",
        "Selon un rapport publié lundi, à Strasbourg, un logement sur six est mal isolé.",
        "rapport",
        "un logement sur six",
    ),
    # the author, a "de" complement, still speaks for its document
    (
        "selon-study-of-institute",
        "Selon une étude de l'Insee, le loyer moyen d'un studio atteint 700 euros.",
        "Insee",
        "le loyer moyen d'un studio",
    ),
    (
        "selon-report-of-senate",
        "Selon un rapport du Sénat, un logement sur six est mal isolé.",
        "Sénat",
        "un logement sur six",
    ),
    (
        "subject-report-of-court",
        "Le rapport de la Cour des comptes souligne que les dépenses de l'hôpital ont dérapé.",
        "Cour des comptes",
        "les dépenses de l'hôpital",
    ),
]


@pytest.mark.parametrize(("construction", "text", "speaker", "content"), PLACED_DOCUMENTS)
def test_placed_document_speaks(nlp, construction: str, text: str, speaker: str, content: str) -> None:
    check_construction(nlp, text, speaker, content, False)


NOT_THE_PLACE = [
    "Selon une étude, à Grenoble, le loyer moyen d'un étudiant dépasse désormais 600 euros.",
    "Selon une étude à Bordeaux, le loyer moyen d'un studio atteint 700 euros.",
    "Selon un rapport publié lundi, à Strasbourg, un logement sur six est mal isolé.",
]


@pytest.mark.parametrize("text", NOT_THE_PLACE)
def test_place_is_not_the_author(nlp, text: str) -> None:
    found = statements(nlp, text)
    assert found, text
    assert not any(s.speaker.type in {"gpe", "location"} for s in found), described(found)
