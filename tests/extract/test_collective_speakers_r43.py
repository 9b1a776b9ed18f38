"""Bodies and documents as speakers (round 43, col43; issue 14).

Group 1: "ce dernier", "cette dernière", "celui-ci", "celle-ci" take up the last one named before
them that can speak, a body ("la préfecture", "l'armée russe") or a document ("le rapport", "l'étude")
as well as a person, agreeing in gender and number: "La ministre a écrit au syndicat. Celui-ci
estime …" is the union's, "Le syndicat a écrit à la ministre. Celle-ci estime …" the minister's.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part): exactly one statement holds the content part,
reported, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

LATEST = [
    (
        "celle-ci-person",
        "Le syndicat a écrit à la ministre du Travail. Celle-ci estime que la réforme est nécessaire.",
        "ministre",
        "la réforme est nécessaire",
    ),
    (
        "celui-ci-body",
        "La ministre du Travail a écrit au syndicat. Celui-ci estime que la réforme va trop loin.",
        "syndicat",
        "la réforme va trop loin",
    ),
    (
        "cette-derniere-body",
        "Kiev dit avoir repris la ville à l'armée russe. Cette dernière affirme que ses troupes se sont"
        " repliées en bon ordre.",
        "armée russe",
        "ses troupes se sont repliées",
    ),
    (
        "cette-derniere-institution",
        "Le maire a saisi la préfecture. Cette dernière affirme que le dossier est complet.",
        "préfecture",
        "le dossier est complet",
    ),
    (
        "ce-dernier-ministry",
        "La maire a écrit au ministère. Ce dernier répond que les crédits sont épuisés.",
        "ministère",
        "les crédits sont épuisés",
    ),
    (
        "celle-ci-study",
        "Le gouvernement a commandé une étude à l'institut. Celle-ci révèle que les jeunes dorment mal.",
        "étude",
        "les jeunes dorment mal",
    ),
    (
        "celui-ci-report-not-director",
        "La directrice a reçu le rapport mardi. Celui-ci pointe des failles dans la sécurité du site.",
        "rapport",
        "des failles",
    ),
    (
        "celui-ci-director-not-report",
        "Le rapport a été remis au directeur mardi. Celui-ci assure que des mesures seront prises.",
        "directeur",
        "des mesures seront prises",
    ),
    (
        "celle-ci-law",
        "Les élus ont voté une loi. Celle-ci prévoit que les loyers seront gelés.",
        "loi",
        "les loyers seront gelés",
    ),
    (
        "ce-dernier-bill",
        "Le gouvernement a présenté un projet de loi. Ce dernier prévoit que les loyers seront gelés.",
        "projet de loi",
        "les loyers seront gelés",
    ),
    (
        "celui-ci-person-not-federation",
        "La Fédération française de football a écrit au joueur. Celui-ci affirme qu'il n'a rien reçu.",
        "joueur",
        "il n'a rien reçu",
    ),
]


@pytest.mark.parametrize(("construction", "text", "speaker", "content"), LATEST, ids=[r[0] for r in LATEST])
def test_latest_body_or_document(nlp, construction: str, text: str, speaker: str, content: str) -> None:
    check_construction(nlp, text, speaker, content, False)


def test_latest_thing_says_nothing(nlp) -> None:
    """ "Celle-ci" after a place that only employs people makes no statement."""
    found = statements(nlp, "Le ministre a visité l'usine. Celle-ci emploie trois cents ouvriers.")
    assert not [s for s in found if "ouvriers" in s.content], described(found)
