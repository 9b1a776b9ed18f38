"""A bare weekday read against its verb's tense, round 41 (issue 17 Build 4; statement dates of issue
14). The tagger takes the imparfait for the conditional and back ("transportait" as a conditional,
"signerait" as an imparfait), so "l'accident du car qui transportait des enfants dimanche" got the
next Sunday; the spelling decides (a conditional is the future's stem: "transporter-ait"). A simple
conditional points ahead ("le ministre se rendrait lundi"), a compound one back ("aurait tué"), and
one in a clause of a past verb of saying lies after the saying, near the publication ("il a annoncé
qu'il se rendrait mercredi"). A present call to act ("appellent à manifester mardi", "invite à voter
mardi") points ahead; a past call ("ont appelé mardi à manifester") does not. Convention: a future
weekday said on that weekday is that day ("La grève aura lieu jeudi" published a Thursday: the day
of the report, as the forward count has always given; "jeudi prochain" says next week's). Sentences
written for these tests; the publication day is Thursday 14 March 2024 unless a row says. Both rules
(the mood from the spelling, the call to act) were tried and reverted: they moved nothing on the check
half, the read half (one right change) or 624 fresh reports, so the protocol's keep test could not be
met; the rows only they passed are strict xfails."""

from __future__ import annotations

import pytest
from test_event_constructions import xfail

from newsgraph.extract.timex_tense import tense_at
from newsgraph.model import TimeValue

REVERTED_MOOD = (
    "the imparfait/conditional read from the spelling was reverted: no change on the check half, none"
    " in 624 fresh reports (corpus lines 11,001-12,000), one right change on the read half"
)
REVERTED_CALL = (
    "the present call to act pointing ahead was reverted: no change on the check half, the read half or"
    " 624 fresh reports"
)
THU = TimeValue("2024-03-14", "day")
TUE = TimeValue("2024-03-12", "day")
FRI = TimeValue("2024-03-15", "day")

# (sentence, anchor, expression, value)
WEEKDAYS = [
    # the imparfait (whatever the tagger says) and the other past tenses point back
    (
        "L'accident du car qui transportait des enfants dimanche a fait trois blessés.",
        THU,
        "dimanche",
        "2024-03-10",
    ),
    xfail(
        "Le car qui transportait des enfants samedi s'est renversé.",
        THU,
        "samedi",
        "2024-03-09",
        reason=REVERTED_MOOD,
    ),
    ("Les manifestants réclamaient mardi une hausse des salaires.", THU, "mardi", "2024-03-12"),
    ("Le maire déclarait lundi que la fête aurait lieu.", THU, "lundi", "2024-03-11"),
    ("Le ministre avait signé lundi l'accord.", THU, "lundi", "2024-03-11"),
    ("Le ministre signa lundi l'accord.", THU, "lundi", "2024-03-11"),
    ("Le ministre a signé jeudi l'accord.", FRI, "jeudi", "2024-03-14"),
    ("Le suspect aurait tué sa voisine mardi.", THU, "mardi", "2024-03-12"),
    # the simple conditional points ahead; under a past verb of saying, near the publication
    xfail("Le ministre signerait samedi l'accord.", THU, "samedi", "2024-03-16", reason=REVERTED_MOOD),
    xfail("Le ministre se rendrait lundi à Kiev.", THU, "lundi", "2024-03-18", reason=REVERTED_MOOD),
    ("Le ministre pourrait signer mardi l'accord.", THU, "mardi", "2024-03-19"),
    ("Il a annoncé lundi qu'il se rendrait mercredi à Kiev.", THU, "mercredi", "2024-03-13"),
    xfail(
        "Il a annoncé lundi qu'il se rendrait mercredi à Kiev.",
        TUE,
        "mercredi",
        "2024-03-13",
        reason=REVERTED_MOOD,
    ),
    # a future or prospective verb never gives a day before the publication
    ("Le ministre signera mardi l'accord.", THU, "mardi", "2024-03-19"),
    ("Le ministre va signer mardi l'accord.", THU, "mardi", "2024-03-19"),
    ("Le texte doit être voté mardi.", THU, "mardi", "2024-03-19"),
    ("La réunion est prévue mardi à Paris.", THU, "mardi", "2024-03-19"),
    ("Le ministre devrait signer lundi l'accord.", THU, "lundi", "2024-03-18"),
    # a present call to act: the act lies ahead; a past call says nothing of it
    xfail("Les syndicats appellent à manifester mardi.", THU, "mardi", "2024-03-19", reason=REVERTED_CALL),
    xfail("Les syndicats appellent à la grève mardi.", THU, "mardi", "2024-03-19", reason=REVERTED_CALL),
    xfail("Le maire invite les habitants à voter mardi.", THU, "mardi", "2024-03-19", reason=REVERTED_CALL),
    ("Les syndicats ont appelé mardi à manifester.", THU, "mardi", "2024-03-12"),
    # a future weekday said on that weekday: the day itself; next week's says "prochain"
    ("La grève aura lieu jeudi.", THU, "jeudi", "2024-03-14"),
    ("La grève aura lieu jeudi prochain.", THU, "jeudi prochain", "2024-03-21"),
    xfail(
        "La grève aura lieu jeudi.",
        THU,
        "jeudi",
        "2024-03-21",
        reason="the reading not chosen: a future weekday said on that weekday is that day",
    ),
    xfail(
        "Le gouvernement a annoncé mercredi une réunion programmée samedi.",
        THU,
        "samedi",
        "2024-03-16",
        reason='the parse hangs "samedi" on "réunion", so the past "annoncé" governs it',
    ),
]


@pytest.mark.parametrize(("sentence", "anchor", "text", "value"), WEEKDAYS)
def test_weekday_by_tense_r41(nlp, sentence: str, anchor: TimeValue, text: str, value: str) -> None:
    found = [t for t in one_of(sentence, anchor, nlp) if t[0] == text]
    assert found and found[0][1] == value, found


def one_of(sentence: str, anchor: TimeValue, nlp) -> list[tuple[str, str, str]]:
    from newsgraph.extract.timex import find_times

    return [(t.text, t.value, t.precision) for t in find_times(sentence, anchor, "d", nlp(sentence))]


@pytest.mark.parametrize(
    ("word", "tense"),
    [
        xfail("transportait", "past", reason=REVERTED_MOOD),
        xfail("transporterait", "future", reason=REVERTED_MOOD),
        ("entrait", "past"),
        xfail("entrerait", "future", reason=REVERTED_MOOD),
        ("disait", "past"),
        xfail("dirait", "future", reason=REVERTED_MOOD),
        xfail("serait", "future", reason=REVERTED_MOOD),
        ("prenait", "past"),
        xfail("prendrait", "future", reason=REVERTED_MOOD),
        ("finissait", "past"),
        xfail("viendrait", "future", reason=REVERTED_MOOD),
    ],
)
def test_imparfait_or_conditional(nlp, word: str, tense: str) -> None:
    sentence = f"Le ministre {word} lundi à Paris."
    start = sentence.index("lundi")
    assert tense_at(nlp(sentence), start, start + len("lundi")) == tense
