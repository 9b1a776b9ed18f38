"""Reported speech that no rule proposed (round 39, stm39r; issue 14).

- A stance told by a bare past participle and its agent: "une réforme vivement critiquée par les
  syndicats", "les aides promises par le président"; a judgement in the passive with its attribute:
  "le projet est jugé inutile par les associations" (``speech_agent_participles``). Not a vote, a
  ruling or a dismissal ("rejeté par le Sénat", "condamné par le tribunal", "écarté par
  l'entraîneur"), not a topic told ("la scène décrite par le témoin", "les mesures annoncées par le
  gouvernement"), not a deed ("détruit par les bombardements").

Every sentence here was written for these tests (none is taken from an evaluation text). A row is
(construction id, text, speaker part, content part): exactly one statement holds the content part,
reported, said by a speaker whose name holds the speaker part.
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

PARTICIPLES = [
    (
        "verbless-phrase",
        "Une hausse des loyers très contestée par les locataires.",
        "locataires",
        "Une hausse des loyers très contestée par les locataires",
    ),
    (
        "object-of-a-deed",
        "Le conseil maintient une réforme vivement critiquée par les syndicats.",
        "syndicats",
        "une réforme vivement critiquée par les syndicats",
    ),
    (
        "incised",
        "La nouvelle ligne, saluée par les maires du canton, ouvrira en mai.",
        "maires",
        "La nouvelle ligne, saluée par les maires du canton",
    ),
    (
        "promise",
        "Bercy chiffre déjà les primes promises par la ministre du Travail.",
        "ministre",
        "les primes promises par la ministre du Travail",
    ),
    (
        "judgement-passive",
        "Le nouveau péage a été jugé inutile par les associations d'usagers.",
        "associations",
        "Le nouveau péage a été jugé inutile par les associations",
    ),
    (
        "announced-attribute",
        "Une crue annoncée exceptionnelle par les services de l'État.",
        "services",
        "Une crue annoncée exceptionnelle",
    ),
    (
        "passive-with-auxiliary",  # read before this round (speech_passive)
        "La fermeture de la maternité a été dénoncée par les sages-femmes.",
        "sages-femmes",
        "La fermeture de la maternité a été dénoncée",
    ),
]


@pytest.mark.parametrize(("cid", "text", "speaker", "content"), PARTICIPLES)
def test_agent_participle_speaks(nlp, cid, text, speaker, content):
    check_construction(nlp, text, speaker, content, False)


NOT_SAID = [
    ("vote", "Le texte rejeté par le Sénat revient devant les députés."),
    ("approval-vote", "Une loi approuvée par le Parlement au printemps."),
    ("ruling", "L'homme condamné par le tribunal correctionnel a fait appel."),
    ("dismissal", "Le joueur écarté par l'entraîneur a quitté le club."),
    ("topic-told", "La scène décrite par le témoin reste floue."),
    ("announced-topic", "Les horaires annoncés par la mairie changent lundi."),
    ("deed", "Les élus ont visité le quartier détruit par les bombardements."),
    ("nobody", "Une rumeur démentie par personne."),
]


@pytest.mark.parametrize(("cid", "text"), NOT_SAID)
def test_participle_without_stance(nlp, cid, text):
    assert statements(nlp, text) == [], described(statements(nlp, text))
