"""Reported speech of the fourteenth round (issue 14): constructions of French reporting with
collective and named speakers, each in sentences of our own. A speech verb whose object follows a
bare day ("a annoncé lundi la fermeture …") or an adjunct set off by commas ("a confirmé, dans un
communiqué, la suppression …"); reciprocal accusations ("Moscou et Kiev s'accusent mutuellement de
…"); a request made to someone ("la préfecture invite les habitants à rester chez eux"); a judgement
whose attribute "comme" opens ("la justice considère ces faits comme prescrits"); a stance on a
hypothesis ("les enquêteurs privilégient la piste criminelle")."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements, xfail

# (text, speaker name part, content part, direct)
CASES = [
    # a bare day or time of day between the verb and its object tells when, it is no object
    ("Le gouvernement a annoncé lundi la fermeture des frontières.", "gouvernement", "fermeture des", False),
    ("La préfète a annoncé dimanche soir la levée du couvre-feu.", "préfète", "levée du couvre-feu", False),
    (
        "Les syndicats ont réclamé jeudi une hausse des salaires de 8 %.",
        "syndicats",
        "hausse des salaires",
        False,
    ),
    # an adjunct set off by commas between the verb and its object
    (
        "La direction a confirmé, dans un communiqué, la suppression de 300 postes.",
        "direction",
        "suppression de 300 postes",
        False,
    ),
    (
        "Le ministre a annoncé, lors d'un déplacement à Lyon, un plan de 2 milliards d'euros pour"
        " les hôpitaux.",
        "ministre",
        "plan de 2 milliards",
        False,
    ),
    # reciprocal accusations: the pronominal verb is speech with its "de" complement
    (
        "Les deux camps s'accusent mutuellement de violer le cessez-le-feu.",
        "camps",
        "violer le cessez-le-feu",
        False,
    ),
    (
        "Les deux partis s'accusent de bloquer les négociations budgétaires.",
        "partis",
        "bloquer les négociations",
        False,
    ),
    # a request made to someone, like "appeler X à …"
    (
        "La préfecture invite les habitants à rester chez eux jusqu'à nouvel ordre.",
        "préfecture",
        "rester chez eux",
        False,
    ),
    (
        "Le ministre a invité les victimes à porter plainte au commissariat le plus proche.",
        "ministre",
        "porter plainte",
        False,
    ),
    # a judgement with its attribute opened by "comme"
    ("La justice considère ces faits comme prescrits.", "justice", "ces faits comme prescrits", False),
    (
        "Le gouvernement considère cette grève comme illégale.",
        "gouvernement",
        "cette grève comme illégale",
        False,
    ),
    # the verb the parse cut from its subject at the adjunct's comma
    xfail(
        "Le syndicat réclame, depuis plusieurs mois, une hausse des salaires de 10 %.",
        "syndicat",
        "hausse des salaires",
        False,
        reason="the parser ends the sentence at the second comma",
    ),
    # a stance of investigators or authorities on a hypothesis
    ("Les enquêteurs privilégient la piste criminelle.", "enquêteurs", "la piste criminelle", False),
    ("Le parquet retient la thèse du suicide.", "parquet", "la thèse du suicide", False),
]


@pytest.mark.parametrize(("text", "speaker", "content", "direct"), CASES)
def test_construction(nlp, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


@pytest.mark.parametrize(
    "text",
    [
        "Le président a invité ses homologues à l'Élysée pour un dîner.",  # an invitation, no request
        "La Russie et l'Ukraine s'accusent mutuellement.",  # nothing said beyond the act
        "Le match a été annoncé samedi soir.",  # a passive without a speaker
        "Les habitants ont constaté, lundi matin, les dégâts de la tempête.",  # no speech verb of an object
        "Les voyageurs privilégient le train pour leurs vacances.",  # no hypothesis
        "Les enquêteurs ne privilégient aucune piste.",  # no stance said
    ],
)
def test_no_statement(nlp, text: str) -> None:
    assert statements(nlp, text) == [], described(statements(nlp, text))


def test_inverted_subject_after_an_adjunct(nlp) -> None:
    """ "…, a annoncé, dans un communiqué, la préfecture": the noun after the adjunct is the speaker."""
    found = statements(
        nlp, "Le port restera fermé jusqu'à lundi, a annoncé, dans un communiqué, la préfecture."
    )
    assert [(s.speaker.name, s.content) for s in found] == [
        ("préfecture", "Le port restera fermé jusqu'à lundi")
    ], described(found)


@pytest.mark.parametrize(
    "text",
    [
        "Une poignée de milliardaires est invitée par le président dans sa datcha.",
        "Les sangliers s'invitent dans les jardins du village.",
    ],
)
def test_invitation_is_no_request(nlp, text: str) -> None:
    """ "inviter" reports speech only as a request made to someone with an infinitive."""
    assert not [s for s in statements(nlp, text) if s.cue == "inviter"], described(statements(nlp, text))
