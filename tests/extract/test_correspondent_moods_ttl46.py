"""A mood a correspondent's quote lends to others (issue 14, round 46), in sentences of our own.

A correspondent's quote that relays someone's words gives way to them (``speech_direct.relayed_speech``,
round 43: "« Le ministre a annoncé … », conclut la journaliste" is the minister's). A wish, a fear or an
expectation the quote lends to a group ("« Tous espèrent une forte affluence »", "« Les habitants
redoutent une nouvelle crue »", "« La population ne s'attendait pas à cette riposte »") is no words
relayed but the correspondent's account of a mood: the quote stays hers, one direct statement
(``speech_relay_people.MOOD_VERBS``: the verbs of sense "hope" of ``speech_verbs.txt``, "s'attendre",
"anticiper").
"""

from __future__ import annotations

import pytest
from speech import check_construction, described, find, statements

MOOD_CASES = [
    (
        "« Tous espèrent une forte mobilisation dans les rues de Lyon cet après-midi », poursuit le"
        " journaliste Paul Renaud, en direct de la place Bellecour.",
        "Paul Renaud",
        "Tous espèrent une forte mobilisation",
    ),
    (
        "« Les habitants redoutent une nouvelle crue dans les prochains jours », explique la journaliste"
        " Claire Morel, en direct de Nîmes.",
        "Claire Morel",
        "redoutent une nouvelle crue",
    ),
    pytest.param(
        "« Les Géorgiens s'attendaient à ces coupures de courant depuis plusieurs semaines », raconte"
        " notre envoyé spécial Marc Vidal.",
        "Marc Vidal",
        "s'attendaient à ces coupures",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'s'attendre à' + noun: the quote is dropped outside relayed_speech (not found)",
        ),
    ),
    (
        "« Les commerçants craignent que les touristes ne reviennent pas avant l'été », précise le"
        " correspondant de France 2 Louis Garnier.",
        "Louis Garnier",
        "craignent que les touristes",
    ),
    (
        "« Les agriculteurs souhaitent que l'État verse une aide rapide après ces orages », conclut la"
        " journaliste Anne Roux.",
        "Anne Roux",
        "souhaitent que l'État verse",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "content"), MOOD_CASES)
def test_correspondent_keeps_the_mood_ttl46(nlp, text, speaker, content):
    check_construction(nlp, text, speaker, content, True)


def test_title_only_correspondent_keeps_the_mood_ttl46(nlp):
    """The correspondent named first, then "poursuit la journaliste": the second quote is hers too."""
    text = (
        "« Les secours cherchent encore des survivants », indique la journaliste Léa Fabre, en direct de"
        " Nice. « Les habitants espèrent que les routes rouvriront avant la nuit », poursuit la journaliste."
    )
    found = statements(nlp, text)
    hits = find(found, "Les habitants espèrent que les routes")
    assert [(s.speaker.name, s.direct) for s in hits] == [("Léa Fabre", True)], described(found)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "« Le ministre a annoncé une aide de dix millions d'euros pour les sinistrés », explique la"
            " journaliste Claire Morel.",
            "ministre",
            "une aide de dix millions",
        ),
        (
            "« Le maire affirme que la digue tiendra jusqu'à la fin de la semaine », poursuit le"
            " journaliste Paul Renaud.",
            "maire",
            "la digue tiendra",
        ),
    ],
)
def test_words_relayed_still_give_way_ttl46(nlp, text, speaker, content):
    """A verb of saying inside the quote: the relayed speaker's words, reported, as before."""
    check_construction(nlp, text, speaker, content, False)


def test_declared_stance_still_relayed_ttl46(nlp):
    """ "se vouloir" + adjective is a stance the authorities declare ("vouloir" of sense "hope" used
    pronominally): still their words beside the correspondent's own clause."""
    text = (
        "« La pluie a aidé les pompiers et pour cette nuit, les autorités se veulent prudentes », indique le"
        " journaliste Paul Renaud, en direct de Bordeaux."
    )
    found = statements(nlp, text)
    relayed = [(s.speaker.name, s.direct) for s in find(found, "prudentes")]
    assert relayed == [("autorités", False)], described(found)
