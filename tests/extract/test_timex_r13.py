"""Round 13: the story's day of a TV report dates the words it quotes; time expressions of
French reporting (tables of made-up sentences)."""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import dated, find_times
from newsgraph.extract.timex_dating import statement_date
from newsgraph.model import TimeValue

FRI = TimeValue("2023-03-10", "day")  # a Friday: the reports below were put online then

# (text, speech verb, publication, expected date, expected source)
STORY_DAYS = [
    (
        "Jeudi, la boulangerie de Rodez offrait le pain à ses clients. "
        "« On n'a jamais vu ça », raconte une cliente.",
        "raconte",
        FRI,
        "2023-03-09",
        "text",
    ),
    (
        "Les salariés de l'usine ont manifesté le 9 mars devant la préfecture. « Nous irons jusqu'au bout », "
        "lance un délégué.",
        "lance",
        FRI,
        "2023-03-09",
        "text",
    ),
    (  # the lead names the publication day too: the story is told on it
        "Au lendemain de la tempête de mercredi soir, jeudi 10 mars, les habitants déblaient. "
        "« Tout est à refaire », soupire un retraité.",
        "soupire",
        TimeValue("2023-03-10", "day"),
        "2023-03-10",
        "publication",
    ),
    (  # two days back: a story of the week-end is seldom Monday's words
        "Samedi, des milliers de marcheurs ont défilé à Lille. "
        "« C'est une réussite », estime l'organisateur.",
        "estime",
        TimeValue("2023-03-13", "day"),
        "2023-03-13",
        "publication",
    ),
    (  # a feast is no day of the story
        "Les cadeaux de Noël se revendent déjà en ligne. « Je n'en ferai rien », explique une étudiante.",
        "explique",
        TimeValue("2022-12-26", "day"),
        "2022-12-26",
        "publication",
    ),
    (  # a bound is no day of the story
        "Depuis jeudi, les pompiers luttent contre le feu. "
        "« Le vent ne nous aide pas », explique un capitaine.",
        "explique",
        FRI,
        "2023-03-10",
        "publication",
    ),
    (  # words said before the story
        "Jeudi, la grève a paralysé le métro. Le ministre avait déclaré que le service serait assuré.",
        "déclaré",
        FRI,
        "2023-03-10",
        "publication",
    ),
    (  # the words' own date wins
        "Jeudi, la grève a paralysé le métro. "
        "Vendredi matin, le ministre a déclaré que le service reprendrait.",
        "déclaré",
        FRI,
        "2023-03-10",
        "text",
    ),
]


@pytest.mark.parametrize(("text", "cue", "anchor", "value", "source"), STORY_DAYS)
def test_story_day(nlp, text, cue, anchor, value, source):
    sdoc = nlp(text)
    times = dated(find_times(text, anchor, "d", sdoc))
    cue_index = next(t.i for t in sdoc if t.text == cue)
    date, src = statement_date(sdoc, cue_index, times, anchor)
    assert (date.value if date else None, src) == (value, source)


def test_story_day_not_in_a_later_piece(nlp):
    """A later piece of a long text has no lead: its first lines are no story day."""
    text = STORY_DAYS[0][0]
    sdoc = nlp(text)
    times = dated(find_times(text, FRI, "d", sdoc))
    cue_index = next(t.i for t in sdoc if t.text == "raconte")
    assert statement_date(sdoc, cue_index, times, FRI, at_start=False) == (FRI, "publication")
