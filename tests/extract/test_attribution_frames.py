"""Reported speech by the frames of the graded lexicon that TV reports use in the present tense: a
reaction with its prepositional object ("se félicite de …", "s'interroge sur …", "parle d'…"), a
wish with its que-clause only ("voudrait que …", "aimerait que …"), an incise whose clitic subject
makes the comma after the quote needless ("« … » explique-t-elle"), and what these frames must not
read (an infinitive after "vouloir", a possessed thing, a finding that is no statement).

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, direct): exactly one statement must hold the
content part, said by a speaker whose name holds the speaker part. A construction that fails today
is marked ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

# (construction, text, speaker part, content part, direct)
FRAMES = [
    (
        "pp-se-feliciter-de",
        "Les syndicats de cheminots se félicitent de l'ouverture des discussions avec la direction.",
        "syndicats",
        "l'ouverture des discussions",
        False,
    ),
    (
        "pp-se-rejouir-aussi-de",
        "Une habitante du quartier se réjouit aussi de la réouverture de la piscine municipale.",
        "habitante",
        "la réouverture de la piscine",
        False,
    ),
    (
        "pp-s-interroger-sur",
        "La majorité s'interroge sur la stratégie du ministre de l'Économie.",
        "majorité",
        "la stratégie du ministre",
        False,
    ),
    (
        "pp-s-inquieter-de",
        "L'association des parents d'élèves s'inquiète de la fermeture d'une classe à la rentrée.",
        "association",
        "la fermeture d'une classe",
        False,
    ),
    (
        "pp-parler-de-present",
        "Le président de la région parle d'un possible report des travaux du tramway.",
        "président",
        "un possible report des travaux",
        False,
    ),
    (
        "que-vouloir-conditional",
        "Plusieurs agriculteurs voudraient que la préfecture autorise les récoltes de nuit.",
        "agriculteurs",
        "la préfecture autorise les récoltes",
        False,
    ),
    (
        "que-aimer-conditional",
        "Un autre commerçant du centre aimerait que les loyers baissent enfin.",
        "autre commerçant",
        "les loyers baissent enfin",
        False,
    ),
    (
        "np-craindre",
        "Les éleveurs de la vallée craignent une nouvelle sécheresse cet été.",
        "éleveurs",
        "une nouvelle sécheresse",
        False,
    ),
    (
        "incise-clitic-without-comma",
        "La chirurgienne nous fait visiter le bloc. « On peut opérer en toute sécurité, il y a même une "
        "sortie de secours » explique-t-elle dans la salle de réveil.",
        "chirurgienne",
        "opérer en toute sécurité",
        True,
    ),
    (
        # round 28 (rep28): the pronoun between the verb and its object is no object ("eux aussi");
        # "les pompiers ont constaté le décès" still gives none (test_no_statement below)
        "np-constater-with-pronoun-between",
        "Les libraires constatent eux aussi une baisse de la fréquentation.",
        "libraires",
        "une baisse de la fréquentation",
        False,
    ),
]


@pytest.mark.parametrize(
    ("construction", "text", "speaker", "content", "direct"),
    [pytest.param(*row, id=row[0]) if not hasattr(row, "marks") else row for row in FRAMES],
)
def test_construction(nlp, construction: str, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


@pytest.mark.parametrize(
    "text",
    [
        "Le maire veut partir en vacances en août.",
        "Le gouvernement veut une réforme rapide avant l'été.",
        "Les enfants parlent de leurs vacances avec leurs amis.",
        "Les pompiers ont constaté le décès de la victime.",
        "Il aimerait partir vivre à la campagne.",
        "« La Marseillaise » inquiète les maires du Sud.",
    ],
)
def test_no_statement(nlp, text: str) -> None:
    """A wish without a que-clause, a possessed thing spoken of, a finding: no statement."""
    assert statements(nlp, text) == [], described(statements(nlp, text))
