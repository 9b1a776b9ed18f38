"""Speakers (round 27b): a noun the tagger reads as a pronoun after its determiner ("Les mutuelles
assurent …") is a noun that speaks; "son compagnon" is a man ("son" before a consonant), so a
later "a-t-elle confié" does not take him up; a capitalised demonym parsed as an adjective
("naturalisé Norvégien") is no person a pronoun takes up, and the name a naming participle gives
a subject ("un suspect, surnommé X, …") counts as the subject's; "Pour certains, pas question de
…" (a verbless appraisal) and "Pour certains cette mesure …" (no comma) are the opinion of some.

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, direct): exactly one statement must hold the
content part, said by a speaker whose name holds the speaker part. The rows of ``NOT_SPEAKERS``
give a would-be speaker that must not be credited. A construction that fails today is marked
``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest
from speech import check_construction, check_not_said_by

from newsgraph.extract.pipeline import load_nlp
from newsgraph.extract.speaker_nouns import determined_noun

NOUN_AS_PRONOUN = [
    # a determiner and a noun that speaks: a noun, whatever its tag
    (
        "determiner-noun-subject-of-claim",
        "Les cotisations vont encore grimper. Pour se justifier, les mutuelles parlent du "
        "vieillissement. Les mutuelles assurent que leurs marges ont fondu depuis deux ans.",
        "mutuelles",
        "leurs marges ont fondu",
        False,
    ),
]

GENDER = [
    # "son compagnon": masculine, so "elle" takes up the woman who speaks of him
    (
        "son-compagnon-not-elle",
        "Marie Lenoir, la voisine du suspect, affirme que son compagnon aurait déjà avoué le vol "
        "des bijoux. « Il en riait à table, je ne savais pas quoi penser », a-t-elle confié.",
        "Marie Lenoir",
        "Il en riait à table",
        True,
    ),
]

ANTECEDENTS = [
    # "Camille" is epicene: the masculine role in apposition decides, and "elle" takes up the woman
    (
        "epicene-first-name-masculine-role",
        "Le 3 mars, la vendeuse a signalé aux policiers avoir été menacée. « Elle ne voulait pas "
        "porter plainte », affirme Camille Roussel, procureur de la République de Lorient. Le soir "
        "même, elle a confié aux policiers avoir changé les serrures de sa boutique.",
        "vendeuse",
        "avoir changé les serrures",
        False,
    ),
    # "surnommé X": the name of the subject; a demonym adjective names no one
    (
        "nicknamed-subject-taken-up",
        "Le juge Paul Durand a relancé l'enquête en 2015. L'un des suspects, un Libanais naturalisé "
        "Suédois, surnommé Abou Karim, a été arrêté en 2021. Il est le seul détenu dans ce dossier. "
        "À 70 ans, il affirme qu'il n'a jamais mis les pieds à Paris.",
        "Abou Karim",
        "n'a jamais mis les pieds à Paris",
        False,
    ),
]

SOME_PEOPLE = [
    # "Pour certains / d'autres, pas question de …": a verbless appraisal with its infinitive
    (
        "pour-d-autres-pas-question",
        "« Je vendrai mes jours de congé », dit un homme. Pour d'autres, pas question de renoncer "
        "aux vacances d'été.",
        "autres",
        "pas question de renoncer aux vacances",
        False,
    ),
    (
        "pour-certains-hors-de-question-impossible",
        "Les tarifs ont doublé. Pour certains, impossible de payer une telle somme chaque mois.",
        "certains",
        "impossible de payer une telle somme",
        False,
    ),
    # "Pour certains cette mesure …": no comma after the quantifier
    (
        "pour-certains-no-comma",
        "La réforme a été votée hier. Pour certains cette réforme est une erreur historique.",
        "certains",
        "cette réforme est une erreur historique",
        False,
    ),
    (
        "pour-beaucoup-no-comma-pronoun",
        "Les vacances approchent. Pour beaucoup il n'est pas question de partir loin cette année.",
        "beaucoup",
        "il n'est pas question de partir loin",
        False,
    ),
]

LEFT = [
    (  # read since rep33 (speech_pour_opinion)
        "pas-question-pour-la-plupart-inside",
        "Les prix flambent. Mais pas question, pour la plupart des propriétaires, de réduire le "
        "budget consacré à leur chien.",
        "propriétaires",
        "réduire le budget consacré à leur chien",
        False,
    ),
]

ROWS = NOUN_AS_PRONOUN + GENDER + ANTECEDENTS + SOME_PEOPLE + LEFT


@pytest.mark.parametrize(("cid", "text", "speaker", "content", "direct"), ROWS)
def test_speakers_r27b(nlp, cid, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)


NOT_SPEAKERS = [
    # (id, text, would-be speaker, content part)
    (
        "son-compagnon-not-taken-by-elle",
        "Marie Lenoir, la voisine du suspect, affirme que son compagnon aurait déjà avoué le vol "
        "des bijoux. « Il en riait à table, je ne savais pas quoi penser », a-t-elle confié.",
        "compagnon",
        "Il en riait à table",
    ),
    (
        "demonym-adjective-not-antecedent",
        "Le juge Paul Durand a relancé l'enquête en 2015. L'un des suspects, un Libanais naturalisé "
        "Suédois, a été arrêté en 2021. À 70 ans, il affirme qu'il n'a jamais mis les pieds à Paris.",
        "Suédois",
        "n'a jamais mis les pieds à Paris",
    ),
    (
        "pour-certains-noun-no-comma",
        "Pour certains produits les prix ont doublé en un an selon les relevés.",
        "certains",
        "les prix ont doublé",
    ),
    (
        "pour-certains-no-comma-went-through",
        "Pour certains les vacances au bord de la mer ont tourné au cauchemar.",
        "certains",
        "ont tourné au cauchemar",
    ),
    (
        "pour-certains-verbless-no-infinitive",
        "Pour certains, une journée de grève de plus sans salaire à la fin du mois.",
        "certains",
        "une journée de grève",
    ),
]


@pytest.mark.parametrize(("cid", "text", "wrong", "content"), NOT_SPEAKERS)
def test_not_speakers_r27b(nlp, cid, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)


PRONOUN_WORDS = [
    # (text, word, is a noun): a word after a determiner is a noun only when it can speak
    ("Les autres assurent que tout va bien.", "autres", False),
    ("La plupart assurent que tout va bien.", "plupart", False),
    ("L'un assure que tout va bien.", "un", False),
]


@pytest.mark.parametrize(("text", "word", "noun"), PRONOUN_WORDS)
def test_determined_pronoun_words(text, word, noun):
    doc = load_nlp()(text)
    tok = next(t for t in doc if t.lower_ == word)
    assert determined_noun(tok) is noun
