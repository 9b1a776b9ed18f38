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


THU = TimeValue("2022-11-10", "day")

# An age is no time expression: "N ans" (or "N mois") that someone or something "a".
AGES = [
    "Le gardien de but a 34 ans et joue toujours.",
    "La fillette n'a que neuf ans.",
    "Les apprentis ont entre 15 et 17 ans.",
    "Le doyen du village avait 102 ans.",
    "Sa fille aura bientôt 18 ans.",
    "Le pont a près de 200 ans.",
    "Le bébé a 18 mois.",
]


@pytest.mark.parametrize("sentence", AGES)
def test_age_is_no_time(nlp, sentence):
    assert [t.text for t in find_times(sentence, THU, "d", nlp(sentence))] == []


# (sentence, expression, value): stretches, dates and times of French reporting
TIMES = [
    ("Il a dirigé le club pendant six ans.", "pendant six ans", "P6Y"),  # a stretch, not an age
    ("Il y a 40 ans, la mine fermait.", "Il y a 40 ans", "1982"),  # a date, not an age
    ("La boutique a ouvert il y a tout juste un an.", "il y a tout juste un an", "2021"),
    ("Il y a à peine trois ans, la digue a cédé.", "Il y a à peine trois ans", "2019"),
    ("Le préfet, nommé il y a seulement deux mois, a démissionné.", "il y a seulement deux mois", "2022-09"),
    ("Le convoi part à cinq heures du matin.", "cinq heures", "2022-11-10T05:00"),
    ("Vers onze heures, les gendarmes sont arrivés.", "Vers onze heures", "2022-11-10T11:00"),
    ("Les portes ouvrent à dix-neuf heures trente.", "dix-neuf heures trente", "2022-11-10T19:30"),
    ("Il est quatorze heures, le marché ferme.", "quatorze heures", "2022-11-10T14:00"),
    ("Il est 14 heures, le marché ferme.", "14 heures", "2022-11-10T14:00"),
    ("Le rendez-vous est fixé à huit heures et quart.", "huit heures et quart", "2022-11-10T08:15"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), TIMES)
def test_times_r13(nlp, sentence, expression, value):
    found = [(t.text, t.value) for t in find_times(sentence, THU, "d", nlp(sentence))]
    assert found == [(expression, value)]


# Hours told in words are a length, or nothing, unless "à", "vers", "il est" or "du matin" say when.
NO_CLOCK = [
    "Les passagers ont attendu deux heures sur le quai.",
    "Une attente de trois heures est annoncée.",
    "Le village est à deux heures de route.",
    "Dans trois heures, le verdict tombera.",
]


@pytest.mark.parametrize("sentence", NO_CLOCK)
def test_no_clock_in_words(nlp, sentence):
    assert [t.value for t in find_times(sentence, THU, "d", nlp(sentence)) if "T" in t.value] == []


# "le surlendemain" and "l'avant-veille": two days after or before the day the story tells
NEXT_DAYS = [
    (
        "Le juge a été saisi le 3 mars. Le surlendemain, le suspect a été libéré.",
        "Le surlendemain",
        "2022-03-05",
    ),
    ("Le juge a statué le 3 mars. L'avant-veille, le suspect avait fui.", "L'avant-veille", "2022-03-01"),
]


@pytest.mark.parametrize(("text", "expression", "value"), NEXT_DAYS)
def test_two_days_off(nlp, text, expression, value):
    found = {t.text: t.value for t in find_times(text, THU, "d", nlp(text))}
    assert found[expression] == value
