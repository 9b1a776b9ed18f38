"""Attribution across a quotation (round 20): a source phrase inside a correspondent's quote, the
correspondent's own clause beside it, and a fronted "Pour X," that names who things happen to rather
than who holds the view.

Every sentence here was written for these tests (none is taken from an evaluation text). A
construction row is (construction id, text, speaker part, content part, direct): exactly one
statement holds the content part, said by a speaker whose name holds the speaker part. A negative
row is (construction id, text, speaker part, words): no statement said by that speaker holds the
words, and no statement runs past the closing quotation mark into the incise."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

SOURCES_IN_QUOTES = [
    (
        "selon-heads-relay",
        "« Selon les pompiers, le feu est désormais fixé sur les hauteurs de la commune », indique le "
        "journaliste Paul Marchand. Les habitants sont rentrés.",
        "pompiers",
        "le feu est désormais fixé",
        False,
    ),
    (
        "et-selon-mid-relay-source",
        "« L'hôpital ne peut plus recruter d'infirmiers, et selon l'agence régionale, trois services "
        "devront fermer cet été », ajoute la journaliste. Le ministre est attendu lundi.",
        "agence régionale",
        "trois services devront fermer",
        False,
    ),
    (
        "et-selon-mid-relay-own-clause",
        "« L'hôpital ne peut plus recruter d'infirmiers, et selon l'agence régionale, trois services "
        "devront fermer cet été », ajoute la journaliste. Le ministre est attendu lundi.",
        "journaliste",
        "ne peut plus recruter",
        True,
    ),
    (
        "postposed-selon-then-own-clause-source",
        "Le bilan s'alourdit. « Au moins trois cents familles ont été relogées selon la préfecture, et "
        "les écoles restent fermées jusqu'à lundi », poursuit la journaliste.",
        "préfecture",
        "trois cents familles ont été relogées",
        False,
    ),
    (
        "postposed-selon-then-own-clause-own",
        "Le bilan s'alourdit. « Au moins trois cents familles ont été relogées selon la préfecture, et "
        "les écoles restent fermées jusqu'à lundi », poursuit la journaliste.",
        "journaliste",
        "les écoles restent fermées",
        True,
    ),
    (
        "mais-selon-relay",
        "Le budget prévoit un déficit de 4 %. « Mais selon les économistes de la banque, ce chiffre "
        "pourrait encore grimper », conclut le journaliste.",
        "économistes",
        "ce chiffre pourrait encore grimper",
        False,
    ),
]

POUR_READINGS = [
    (
        "pour-hardship-names-next-speaker",
        "Le prix du gazole a encore augmenté. Pour cet agriculteur, le passage à la pompe est "
        "difficile. « Cinquante euros de plus chaque semaine, ça pèse », explique-t-il.",
        "agriculteur",
        "Cinquante euros de plus",
        True,
    ),
    (
        "pour-opinion-cest",
        "Pour le maire de Lille, c'est une erreur de fermer cette école.",
        "maire",
        "une erreur de fermer cette école",
        False,
    ),
    (
        "pour-opinion-noun-subject",
        "Pour la ministre, la réforme est indispensable pour sauver le système.",
        "ministre",
        "la réforme est indispensable",
        False,
    ),
    (
        "pour-opinion-modal",
        "Pour les syndicats, le gouvernement doit reculer sur les retraites.",
        "syndicats",
        "le gouvernement doit reculer",
        False,
    ),
    (
        "pour-who-qui-relative",
        "Le sénateur Paul Vidal, pour qui la réforme arrive trop tard, a voté contre le texte.",
        "Vidal",
        "la réforme arrive trop tard",
        False,
    ),
]

COMME = [
    (
        "comme-incise-apposition-then-clause",
        "Comme le souligne Paul Martin, directeur de l'usine, la production a baissé de moitié en un an.",
        "Paul Martin",
        "la production a baissé de moitié",
        False,
    ),
    (
        "comme-incise-no-apposition",
        "Comme le rappelle le préfet du Gard, les incendies de forêt sont en hausse depuis cinq ans.",
        "préfet",
        "les incendies de forêt sont en hausse",
        False,
    ),
]

NEGATIVES = [
    (
        "comme-apposition-not-the-words",
        "Comme l'explique Marie Duval, la cheffe du service de réanimation, les lits manquent depuis "
        "le mois de septembre.",
        "Duval",
        "cheffe du service",
    ),
    (
        "pour-hardship",
        "Pour cet éleveur du Cantal, la saison est difficile depuis le printemps.",
        "éleveur",
        "la saison est difficile",
    ),
    (
        "pour-circumstance-subject",
        "Pour les familles sinistrées, la priorité est de retrouver un logement avant l'hiver.",
        "familles",
        "retrouver un logement",
    ),
    (
        "pour-aspect-verb",
        "Pour les habitants du quartier, la course contre la montre a commencé.",
        "habitants",
        "la course contre la montre",
    ),
    (
        "pour-beneficiary-offer",
        "Pour les abonnés au gaz, le gouvernement envisage de prolonger le bouclier tarifaire.",
        "abonnés",
        "prolonger le bouclier",
    ),
    (
        "selon-in-relay-not-past-quote",
        "« Selon les pompiers, le feu est désormais fixé sur les hauteurs de la commune », indique le "
        "journaliste Paul Marchand.",
        "pompiers",
        "indique le journaliste",
    ),
    (
        "selon-in-relay-not-own-clause",
        "« L'hôpital ne peut plus recruter d'infirmiers, et selon l'agence régionale, trois services "
        "devront fermer cet été », ajoute la journaliste.",
        "agence",
        "ne peut plus recruter",
    ),
]


@pytest.mark.parametrize(
    "construction,text,speaker,content,direct",
    SOURCES_IN_QUOTES + POUR_READINGS + COMME,
    ids=[r[0] for r in SOURCES_IN_QUOTES + POUR_READINGS + COMME],
)
def test_attribution_r20(nlp, construction, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)


@pytest.mark.parametrize("construction,text,speaker,words", NEGATIVES, ids=[r[0] for r in NEGATIVES])
def test_attribution_r20_negatives(nlp, construction, text, speaker, words):
    found = statements(nlp, text)
    wrong = [
        s for s in found if speaker.lower() in s.speaker.name.lower() and words.lower() in s.content.lower()
    ]
    assert not wrong, described(found)
    assert not any("»" in s.content and "«" not in s.content for s in found), described(found)
