"""Bodies and documents as speakers (round 43, col43; issue 14).

Group 1 (reverted, strict xfail rows): "ce dernier", "cette dernière", "celui-ci", "celle-ci" take
up the last one named before them that can speak, a body ("la préfecture", "l'armée russe") or a
document ("le rapport", "l'étude") as well as a person, agreeing in gender and number: "La ministre
a écrit au syndicat. Celui-ci estime …" is the union's, "Le syndicat a écrit à la ministre.
Celle-ci estime …" the minister's. A name without article ("Lidl") says no gender and is passed
over. The person rows pass today.

Group 2: documents that speak, by class (``speech_nouns.txt``, kind document): texts of law and
regulation ("la directive précise que", "selon la circulaire"), agreements ("l'accord prévoit"),
press texts ("un article révèle que"), records and findings ("selon le procès-verbal", "les
analyses montrent que", "selon le classement"), complaints ("selon la plainte"). A document one
names as signed or read by someone does not take that person's words.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part): exactly one statement holds the content part,
reported, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

GROUP1 = (
    "round 43 (col43) group 1, reverted: 'ce dernier', 'celle-ci' taking up the last body or document"
    " (speaker_latest) left the check half unchanged (recall 3230/3884, precision 3064/3289), gained one"
    " row on the read half, and of its 3 changes on fresh reports (corpus lines 4001-5000) 1 was right"
    " ('ceux-ci proposent un choix': an offer of goods, not speech; a later colon quote of 'D'après X :'"
    " given to the body that spoke before)"
)

LATEST = [
    (
        "celle-ci-person",
        "Le syndicat a écrit à la ministre du Travail. Celle-ci estime que la réforme est nécessaire.",
        "ministre",
        "la réforme est nécessaire",
    ),
    xfail(
        "celui-ci-body",
        "La ministre du Travail a écrit au syndicat. Celui-ci estime que la réforme va trop loin.",
        "syndicat",
        "la réforme va trop loin",
        reason=GROUP1,
    ),
    xfail(
        "cette-derniere-body",
        "Kiev dit avoir repris la ville à l'armée russe. Cette dernière affirme que ses troupes se sont"
        " repliées en bon ordre.",
        "armée russe",
        "ses troupes se sont repliées",
        reason=GROUP1,
    ),
    xfail(
        "cette-derniere-institution",
        "Le maire a saisi la préfecture. Cette dernière affirme que le dossier est complet.",
        "préfecture",
        "le dossier est complet",
        reason=GROUP1,
    ),
    xfail(
        "ce-dernier-ministry",
        "La maire a écrit au ministère. Ce dernier répond que les crédits sont épuisés.",
        "ministère",
        "les crédits sont épuisés",
        reason=GROUP1,
    ),
    xfail(
        "celle-ci-study",
        "Le gouvernement a commandé une étude à l'institut. Celle-ci révèle que les jeunes dorment mal.",
        "étude",
        "les jeunes dorment mal",
        reason=GROUP1,
    ),
    xfail(
        "celui-ci-report-not-director",
        "La directrice a reçu le rapport mardi. Celui-ci pointe des failles dans la sécurité du site.",
        "rapport",
        "des failles",
        reason=GROUP1,
    ),
    (
        "celui-ci-director-not-report",
        "Le rapport a été remis au directeur mardi. Celui-ci assure que des mesures seront prises.",
        "directeur",
        "des mesures seront prises",
    ),
    xfail(
        "celle-ci-law",
        "Les élus ont voté une loi. Celle-ci prévoit que les loyers seront gelés.",
        "loi",
        "les loyers seront gelés",
        reason=GROUP1,
    ),
    xfail(
        "ce-dernier-bill",
        "Le gouvernement a présenté un projet de loi. Ce dernier prévoit que les loyers seront gelés.",
        "projet de loi",
        "les loyers seront gelés",
        reason=GROUP1,
    ),
    xfail(
        "celle-ci-union-acronym",
        "Le ministre a reçu la CGT mardi. Celle-ci affirme que l'offre est insuffisante.",
        "CGT",
        "l'offre est insuffisante",
        reason=GROUP1,
    ),
    (
        "celui-ci-person-not-bare-name",
        "Le ministre a reçu les dirigeants de Lidl mardi. Celui-ci assure que les prix vont baisser.",
        "ministre",
        "les prix vont baisser",
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


DOCUMENTS = [
    (
        "directive-subject",
        "Une directive européenne précise que les emballages devront tous être recyclables en 2030.",
        "directive",
        "les emballages devront tous être recyclables",
    ),
    (
        "selon-circulaire",
        "Selon la circulaire, les élèves devront porter un masque dans les couloirs.",
        "circulaire",
        "les élèves devront porter un masque",
    ),
    (
        "accord-prevoit",
        "Après des semaines de grève, l'accord prévoit une hausse des salaires de 3 % dès janvier.",
        "accord",
        "une hausse des salaires de 3 %",
    ),
    (
        "article-revele",
        "Un article paru mardi révèle que le chantier a pris deux ans de retard.",
        "article",
        "le chantier a pris deux ans de retard",
    ),
    (
        "selon-proces-verbal",
        "Selon le procès-verbal, le conducteur roulait à 140 km/h au moment du choc.",
        "procès-verbal",
        "le conducteur roulait à 140 km/h",
    ),
    (
        "analyses-montrent",
        "Les analyses montrent que l'eau du puits est polluée aux nitrates.",
        "analyses",
        "l'eau du puits est polluée",
    ),
    (
        "selon-classement",
        "Selon le classement publié mardi, la ville est la plus chère du pays pour les étudiants.",
        "classement",
        "la ville est la plus chère du pays",
    ),
    (
        "selon-plainte",
        "Selon la plainte, le directeur aurait menacé plusieurs employés de licenciement.",
        "plainte",
        "le directeur aurait menacé plusieurs employés",
    ),
    (
        "signed-agreement-person-speaks",
        "Le ministre a signé l'accord mardi. « C'est une victoire pour tous », a-t-il déclaré.",
        "ministre",
        "C'est une victoire pour tous",
    ),
]


@pytest.mark.parametrize(
    ("construction", "text", "speaker", "content"), DOCUMENTS, ids=[r[0] for r in DOCUMENTS]
)
def test_document_speaks(nlp, construction: str, text: str, speaker: str, content: str) -> None:
    found = statements(nlp, text)
    hits = [s for s in found if content.lower() in s.content.lower()]
    assert len(hits) == 1, described(found)
    assert speaker.lower() in hits[0].speaker.name.lower(), described(found)
