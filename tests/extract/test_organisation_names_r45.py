"""Named French organisations as entities and speakers (round 45, org45; issue 14 item 3, issue 17 item 5).

fr_core_news_md misses, cuts or mislabels the names of well-known French bodies; the EntityRuler of
``newsgraph.extract.org_names`` (lexicon ``organisations.txt``) labels them ORG after "ner". The
first table checks the entity (its exact span and label), the second that the speaker rules then
find the body in the usual constructions: subject of a speech verb, inverted incise, "selon X",
"pour X". Names that are also common words or places ("Renaissance", "Ensemble", "Horizons")
are not in the lexicon, and the case of a pattern matters ("la france insoumise" is not matched).

Every sentence here was written for these tests (none is taken from an evaluation text).
"""

from __future__ import annotations

import pytest
from speech import check_construction

from newsgraph.extract import org_names

ENTITIES = [
    ("state-agency", "Pôle emploi affirme que le nombre d'inscrits a baissé en novembre.", "Pôle emploi"),
    ("hyphen-name", "Météo-France a placé trois départements en vigilance rouge.", "Météo-France"),
    (
        "association-hyphen",
        "Les loyers flambent, prévient UFC-Que Choisir dans une étude.",
        "UFC-Que Choisir",
    ),
    (
        "association-article",
        "Les Restos du cœur affirment manquer de bénévoles cet hiver.",
        "Les Restos du cœur",
    ),
    ("party-article", "La France insoumise dénonce un budget d'austérité.", "La France insoumise"),
    ("curly-apostrophe", "Le Conseil d’État a suspendu l’arrêté du maire.", "Conseil d’État"),
    (
        "described-by-the-model",
        "Des riverains ont vidé leurs poubelles devant le syndicat Force ouvrière à l'origine de la grève.",
        "syndicat Force ouvrière",
    ),
    ("public-body", "Selon Santé publique France, les cas de rougeole augmentent.", "Santé publique France"),
    ("association", "Le Secours catholique s'inquiète de la hausse des expulsions.", "Secours catholique"),
]


@pytest.mark.parametrize(("construction", "text", "name"), ENTITIES, ids=[r[0] for r in ENTITIES])
def test_organisation_entity(nlp, construction: str, text: str, name: str) -> None:
    doc = nlp(text)
    assert (name, "ORG") in [(e.text, e.label_) for e in doc.ents], [(e.text, e.label_) for e in doc.ents]


def test_ambiguous_names_left_to_the_model(nlp) -> None:
    """A lowercase use of a listed name, or a word left out of the lexicon, is not made an ORG."""
    doc = nlp("Ensemble, les habitants ont reconstruit l'école après la tempête de météo.")
    assert not [e for e in doc.ents if e.label_ == "ORG"], [(e.text, e.label_) for e in doc.ents]
    assert "Renaissance" not in org_names.names() and "Horizons" not in org_names.names()


SPEAKERS = [
    (
        "subject-verb",
        "Pôle emploi affirme que les offres d'emploi ont augmenté de dix pour cent.",
        "Pôle emploi",
        "les offres d'emploi ont augmenté",
    ),
    (
        "subject-verb-party",
        "La France insoumise estime que la réforme des retraites doit être retirée.",
        "France insoumise",
        "la réforme des retraites doit être retirée",
    ),
    (
        "inverted-incise",
        "Les prix des fournitures scolaires ont encore grimpé cette année, prévient UFC-Que Choisir.",
        "UFC-Que Choisir",
        "fournitures scolaires ont encore grimpé",
    ),
    (
        "selon",
        "Selon Météo-France, les orages devraient gagner le sud-ouest dans la nuit.",
        "Météo-France",
        "les orages devraient gagner le sud-ouest",
    ),
    (
        "pour",
        "Pour le Secours populaire, la précarité alimentaire touche désormais les étudiants.",
        "Secours populaire",
        "la précarité alimentaire touche désormais les étudiants",
    ),
    (
        "subject-verb-association",
        "Les Restos du cœur affirment qu'ils devront refuser des familles cet hiver.",
        "Restos du cœur",
        "devront refuser des familles",
    ),
]


@pytest.mark.parametrize(
    ("construction", "text", "speaker", "content"), SPEAKERS, ids=[r[0] for r in SPEAKERS]
)
def test_organisation_speaks(nlp, construction: str, text: str, speaker: str, content: str) -> None:
    check_construction(nlp, text, speaker, content, False)


def test_merge_keeps_descriptions_and_overwrites_the_rest() -> None:
    """A name overwrites the entities it overlaps ("La France" LOC), not a longer ORG of the model
    that holds it ("syndicat Force ouvrière", "CGT Énergie")."""
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("fr")("le syndicat Force ouvrière et La France insoumise et CGT Énergie")
    model = [Span(doc, 1, 4, "ORG"), Span(doc, 5, 7, "LOC"), Span(doc, 9, 11, "ORG")]
    names = [Span(doc, 2, 4, "ORG"), Span(doc, 5, 8, "ORG"), Span(doc, 9, 10, "ORG")]
    merged = sorted((e.text, e.label_) for e in org_names.merge(model, names))
    assert merged == [
        ("CGT Énergie", "ORG"),
        ("La France insoumise", "ORG"),
        ("syndicat Force ouvrière", "ORG"),
    ]
