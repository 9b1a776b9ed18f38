"""Who speaks, nineteenth round: collective speakers named by a plural noun of people, the people
around someone ("les soutiens de X") who speak for themselves, and a plural pronoun that takes up
people coordinated as a subject.

Every sentence here was written for these tests (none is taken from an evaluation text or from the
reports read). A row is (id, text, speaker part, content part, type): exactly one statement holding
the content part is said by a speaker whose name holds the speaker part, of that type. A
construction that fails today is marked ``xfail(strict=True)`` with the reason.
"""

from __future__ import annotations

import pytest
from speech import check_speaker_row, described, statements


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason), id=row[0])


ROWS = [
    # a plural noun of people (people_nouns.txt, or speaker_nouns.tsv's plural_group) speaks as a group
    (
        "forces-of-order",
        "Les forces de l'ordre assurent que le calme est revenu en ville.",
        "forces",
        "calme",
        "group",
    ),
    ("young-people", "Les jeunes estiment que la réforme ne les concerne pas.", "jeunes", "réforme", "group"),
    (
        "the-faithful",
        "Les fidèles affirment que la procession aura bien lieu.",
        "fidèles",
        "procession",
        "group",
    ),
    (
        "rescuers",
        "Les secours indiquent que deux randonneurs sont toujours recherchés.",
        "secours",
        "randonneurs",
        "group",
    ),
    (
        "shelters",
        "Les refuges dénoncent une hausse des abandons de chats cet été.",
        "refuges",
        "abandons",
        "group",
    ),
    # the people around someone speak, not the person they follow
    (
        "supporters-of",
        "Les soutiens de la députée affirment qu'elle sera candidate.",
        "soutiens",
        "candidate",
        "group",
    ),
    (
        "allies-of",
        "Les alliés de Paul Girard estiment que la stratégie doit changer.",
        "alliés",
        "stratégie",
        "group",
    ),
    (
        "followers-of",
        "Les partisans du maire assurent que le projet créera des emplois.",
        "partisans",
        "emplois",
        "group",
    ),
    (
        "voters-of",
        "Les électeurs de Marine Dupuis estiment que la candidate a gagné le débat.",
        "électeurs",
        "débat",
        "group",
    ),
    (  # a plural relation noun ("les avocats de X") is several people (round 28b)
        "lawyers-of-typed-group",
        "Les avocats de Pierre Leroy dénoncent une décision injuste.",
        "avocats",
        "décision injuste",
        "group",
    ),
    # a plural pronoun takes up people coordinated as the subject of the sentence before
    (
        "pair-of-names",
        "Claire et Mathieu tiennent une épicerie à Rennes. Ils expliquent que le prix du café a doublé.",
        "Claire et Mathieu",
        "café",
        "group",
    ),
    (
        "pair-of-nouns",
        "Un éleveur et sa femme ont tout perdu dans la crue. Ils estiment que l'État les a oubliés.",
        "éleveur et sa femme",
        "oubliés",
        "group",
    ),
    (
        "pair-quote-incise",
        "Hélène Roy et son mari ont acheté une maison en 2020. « Nous ne pensions pas que le chantier "
        "durerait trois ans », racontent-ils.",
        "Hélène Roy et son mari",
        "chantier",
        "group",
    ),
    (
        "pair-of-groups",
        "Les pompiers et les gendarmes sont sur place. Ils affirment que l'incendie est fixé.",
        "gendarmes",
        "incendie",
        "group",
    ),
    (
        "pair-of-women",
        "Julie et sa sœur tiennent un café à Nantes. Elles affirment que la clientèle a baissé de moitié.",
        "Julie et sa sœur",
        "clientèle",
        "group",
    ),
]


@pytest.mark.parametrize(
    ("row_id", "text", "speaker", "content", "kind"),
    [r if hasattr(r, "marks") else pytest.param(*r, id=r[0]) for r in ROWS],
)
def test_speaker_rows(nlp, row_id, text, speaker, content, kind):
    check_speaker_row(nlp, text, speaker, content, kind)


def test_either_of_two_is_no_pair(nlp):
    """ "Le maire ou son adjoint … Ils …": one of two, no group of both."""
    text = "Le maire ou son adjoint recevra les parents. Ils affirment que la réunion aura lieu lundi."
    found = statements(nlp, text)
    assert not [s for s in found if " ou " in s.speaker.name], described(found)


def test_singular_support_is_no_speaker(nlp):
    """ "Le soutien de l'État …": support, a thing, in the singular."""
    text = "Le soutien de l'État montre que la filière compte encore."
    found = statements(nlp, text)
    assert not [s for s in found if "soutien" in s.speaker.name.lower()], described(found)
