"""A first name's gender picks the person a pronoun speaker takes up (round 45, prn45; issue 14).

"il" / "elle" after two people named goes to the one whose first name agrees with it; a first name
the lexicon (``ontology/lexicons/first_names_fr.tsv``) did not know agreed with both, and the nearer
or the subject won whatever the pronoun said ("Bertrand Caron a vendu sa ferme à Christelle Morin.
« … », affirme-t-elle": Bertrand Caron). The lexicon now holds about 1,100 common first names (French
of every generation, Maghreb-born, international); epicene ones (Camille, Dominique, Chris …) stay
out, so that either pronoun may take them up, and so do names that are also places (Aude, Sofia).

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part, direct): exactly one statement holds the content
part, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction

from newsgraph.extract.entity_spans import first_names
from newsgraph.names import fold_spaced as fold

GENDER_PICKS = [
    (
        "object-feminine-incise",
        "Bertrand Caron a vendu sa ferme à Christelle Morin. « Je ne regrette rien », affirme-t-elle.",
        "Christelle Morin",
        "Je ne regrette rien",
        True,
    ),
    (
        "object-masculine-incise",
        "Tiphaine Leroy a formé Cyril Robin au métier. « Le chantier prend du retard », dit-il.",
        "Cyril Robin",
        "Le chantier prend du retard",
        True,
    ),
    (
        "object-masculine-reported",
        "Séverine Blanc a rencontré Étienne Girard au salon. Il estime que la cantine est trop chère.",
        "Étienne Girard",
        "la cantine est trop chère",
        False,
    ),
    (
        "bare-first-names-object",
        "Grégory accompagne Maryse à la gare. « Je rentre enfin chez moi », sourit-elle.",
        "Maryse",
        "Je rentre enfin chez moi",
        True,
    ),
    (
        "coordinated-first-names",
        "Ludivine et Florent tiennent une boulangerie. « On se lève à trois heures », raconte-t-il.",
        "Florent",
        "On se lève à trois heures",
        True,
    ),
    (
        "subject-feminine-kept",
        "Maryse Lenoir a accueilli Hugues Morel dans sa boutique. « Les clientes ne viennent plus »,"
        " regrette-t-elle.",
        "Maryse Lenoir",
        "Les clientes ne viennent plus",
        True,
    ),
    (
        "bare-first-name-alone",
        "Florent répare des vélos à Nantes. « La demande a doublé depuis le printemps », assure-t-il.",
        "Florent",
        "La demande a doublé depuis le printemps",
        True,
    ),
    (
        "epicene-first-name",
        "Chris nage tous les matins à 7 heures. « Je fais quelques longueurs avant le travail »,"
        " raconte-t-elle.",
        "Chris",
        "Je fais quelques longueurs avant le travail",
        True,
    ),
]


@pytest.mark.parametrize(
    ("cid", "text", "speaker", "content", "direct"), GENDER_PICKS, ids=[r[0] for r in GENDER_PICKS]
)
def test_first_name_gender_picks_the_speaker(nlp, cid, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct, "person")


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Séverine", "f"),
        ("Ludivine", "f"),
        ("Maryse", "f"),
        ("Grégory", "m"),
        ("Étienne", "m"),
        ("Youri", "m"),
    ],
)
def test_common_first_names_have_a_gender(name, gender):
    assert first_names()[fold(name)] == gender


@pytest.mark.parametrize("name", ["Chris", "Camille", "Dominique", "Aude", "Sofia"])
def test_epicene_and_place_names_stay_out(name):
    assert fold(name) not in first_names()
