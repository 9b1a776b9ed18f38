"""A description that stands for a title takes up the office-holder the report named (round 44,
issue 14): "le chef de l'État" after "le président ukrainien X", "l'édile" after "la maire de Y",
"le chef du gouvernement" after "le Premier ministre Z", "le dirigeant russe" after "le président
russe W" (``title_synonyms.tsv``, ``speaker_titles.titled_person``). The description is never read as
a title another named person holds without the qualifier ("le chef de l'État" is no club president).
Sentences written for these tests; rows: (id, text, speaker name part, content part, type)."""

from __future__ import annotations

import pytest
from speech import check_not_said_by, check_speaker_row

from newsgraph.extract.speaker_titles import readings, title_synonyms

TAKEN_UP = [
    (
        "head-of-state",
        "Le président brésilien Lula Moreira a reçu les syndicats mardi. "
        "Le chef de l'État a assuré que les salaires augmenteraient.",
        "Lula Moreira",
        "les salaires augmenteraient",
        "person",
    ),
    (
        "head-of-state-republique",
        "Marc Vidal, le président de la République, était à Lyon jeudi. "
        "« Nous tiendrons nos promesses », a déclaré le chef de l'État devant les élus.",
        "Marc Vidal",
        "Nous tiendrons nos promesses",
        "person",
    ),
    (
        "elysee-tenant",
        "Paul Garnier, le président de la République, s'est rendu à Brest. "
        "Le locataire de l'Élysée a promis un plan pour la pêche.",
        "Paul Garnier",
        "un plan pour la pêche",
        "person",
    ),
    (
        "mayor-edile",
        "La maire de Quimper, Anne Le Goff, a réuni son conseil lundi. "
        "« Nous allons rouvrir la piscine », annonce l'édile.",
        "Anne Le Goff",
        "rouvrir la piscine",
        "person",
    ),
    (
        "mayor-first-magistrate",
        "Le maire de Dole Henri Perrin a visité le chantier. "
        "Le premier magistrat de la ville estime que les travaux dureront un an.",
        "Henri Perrin",
        "les travaux dureront un an",
        "person",
    ),
    (
        "prime-minister",
        "Le Premier ministre Louis Marchand a présenté son budget. "
        "Le chef du gouvernement a affirmé que la dette baisserait.",
        "Louis Marchand",
        "la dette baisserait",
        "person",
    ),
    (
        "national-leader",
        "Le président russe Igor Volkov a parlé à la télévision. "
        "Le dirigeant russe a prévenu que l'offensive continuerait.",
        "Igor Volkov",
        "l'offensive continuerait",
        "person",
    ),
]

NOT_TAKEN_UP = [
    # a president of something else is no head of state
    (
        "club-president",
        "Jean Roy, président du club de rugby, a salué ses joueurs. "
        "Le chef de l'État a affirmé que le sport serait aidé.",
        "Jean Roy",
        "le sport serait aidé",
    ),
    # a nation's leader is not the president of a company
    (
        "company-president",
        "Luc Morel, président du groupe Vanor, a signé le contrat. "
        "Le dirigeant russe a déclaré que les livraisons reprendraient.",
        "Luc Morel",
        "les livraisons reprendraient",
    ),
]


def row_ids(rows: list) -> list[str]:
    return [r[0] for r in rows]


@pytest.mark.parametrize(("id_", "text", "speaker", "content", "kind"), TAKEN_UP, ids=row_ids(TAKEN_UP))
def test_description_takes_up_the_named(nlp, id_, text, speaker, content, kind):
    check_speaker_row(nlp, text, speaker, content, kind)


@pytest.mark.parametrize(("id_", "text", "wrong", "content"), NOT_TAKEN_UP, ids=row_ids(NOT_TAKEN_UP))
def test_description_not_another_office(nlp, id_, text, wrong, content):
    check_not_said_by(nlp, text, wrong, content)


def test_lexicon_read():
    """The lexicon is read and a description reads as its title ("premier magistrat": maire)."""
    assert len(title_synonyms()) >= 10
    assert ({"maire", "ville"}, frozenset()) in readings({"premier", "magistrat", "ville"})


CONCERNED = [
    (
        "concerned-man",
        "Le juge a entendu Karim Benali pendant trois heures. "
        "L'intéressé affirme qu'il n'était pas sur place ce soir-là.",
        "Karim Benali",
        "il n'était pas sur place",
        "person",
    ),
    (
        "concerned-woman",
        "Sophie Marchal a été licenciée en mars. « Je n'ai rien vu venir », raconte l'intéressée.",
        "Sophie Marchal",
        "Je n'ai rien vu venir",
        "person",
    ),
]


@pytest.mark.parametrize(("id_", "text", "speaker", "content", "kind"), CONCERNED, ids=row_ids(CONCERNED))
def test_concerned_takes_up_the_named(nlp, id_, text, speaker, content, kind):
    check_speaker_row(nlp, text, speaker, content, kind)
