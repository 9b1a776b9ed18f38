"""The date of a statement: a time expression governing its speech verb, else the publication date."""

from __future__ import annotations

import pytest
from times import SAT, THU

from newsgraph.extract.timex import find_times
from newsgraph.extract.timex_dating import statement_date
from newsgraph.model import TimeValue

STATEMENT_DATES = [
    (
        "« Nous ne céderons pas », a-t-il déclaré samedi dans un communiqué.",
        "déclaré",
        TimeValue("2022-11-14", "day"),
        "2022-11-12",
        "day",
        "text",
    ),
    (
        "C'est ce qu'a affirmé, mercredi 9 novembre, le général Mark Milley.",
        "affirmé",
        TimeValue("2022-11-10", "day"),
        "2022-11-09",
        "day",
        "text",
    ),
    (
        "Milley a déclaré plus tôt cette semaine que les pertes dépassaient 100 000 soldats.",
        "déclaré",
        SAT,
        "2022-W45",
        "week",
        "text",
    ),
    (
        "Samedi, le ministre a déclaré que la guerre continuerait.",
        "déclaré",
        TimeValue("2022-11-14", "day"),
        "2022-11-12",
        "day",
        "text",
    ),
    (
        "Milley a déclaré que 100 000 soldats ont été tués depuis l'invasion du 24 février.",
        "déclaré",
        SAT,
        "2022-11-12",
        "day",
        "publication",
    ),
    (
        "« L'armée a frappé Kherson hier », a déclaré le porte-parole.",
        "déclaré",
        SAT,
        "2022-11-12",
        "day",
        "publication",
    ),
    (
        "Le ministre a affirmé que les troupes se retireraient lundi.",
        "affirmé",
        SAT,
        "2022-11-12",
        "day",
        "publication",
    ),
    (
        "Le ministre a expliqué hier soir que la situation était grave.",
        "expliqué",
        SAT,
        "2022-11-11",
        "day",
        "text",
    ),
    (
        "Le ministre a déclaré lors d'une conférence de presse samedi que la ville était libre.",
        "déclaré",
        TimeValue("2022-11-14", "day"),
        "2022-11-12",
        "day",
        "text",
    ),
    ("Le ministre a dénoncé l'invasion du 24 février.", "dénoncé", SAT, "2022-11-12", "day", "publication"),
    (
        "Dans un communiqué publié samedi, le ministre a déclaré que la ville était libre.",
        "déclaré",
        TimeValue("2022-11-14", "day"),
        "2022-11-12",
        "day",
        "text",
    ),
    ("Le ministre a parlé de l'invasion du 24 février.", "parlé", SAT, "2022-11-12", "day", "publication"),
    (
        "« Ils vous emmèneraient », a déclaré dimanche Natalia Papernaya.",
        "déclaré",
        TimeValue("2022-11-14", "day"),
        "2022-11-13",
        "day",
        "text",
    ),
    (
        "Le porte-parole a déclaré lundi que les combats étaient féroces.",
        "déclaré",
        TimeValue("2022-11-14", "day"),
        "2022-11-14",
        "day",
        "text",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "anchor", "value", "precision", "source"), STATEMENT_DATES)
def test_statement_date(nlp, sentence, cue, anchor, value, precision, source):
    sdoc = nlp(sentence)
    cue_index = next(t.i for t in sdoc if t.text == cue)
    times = find_times(sentence, anchor, "d", sdoc)
    date, src = statement_date(sdoc, cue_index, times, anchor)
    assert (date.value if date else None, date.precision if date else None, src) == (value, precision, source)


# Only the expression that governs the speech act dates it, or the act it goes on with ("a
# également déclaré", "a ajouté"): a statement of another sentence does not lend its date otherwise
# (the article may have dated one occasion and reported others undated).
OCCASIONS = [
    (
        "Le général a affirmé mercredi que les pertes étaient lourdes. "
        "Il a également déclaré qu'il espérait des pourparlers.",
        "déclaré",
        "2022-11-09",
        "text",
    ),
    (
        "Le général a affirmé mercredi que les pertes étaient lourdes. "
        "Il avait déclaré qu'il espérait des pourparlers.",
        "déclaré",
        "2022-11-10",
        "publication",
    ),
    (
        "Le général a affirmé mercredi que les pertes étaient lourdes. "
        "Le ministre a déclaré lundi que la ville tiendrait. "
        "Il a ajouté qu'il espérait des pourparlers.",
        "ajouté",
        "2022-11-07",
        "text",
    ),
    (
        "Le ministre annoncera vendredi son plan. Il a déclaré qu'il espérait des pourparlers.",
        "déclaré",
        "2022-11-10",
        "publication",
    ),
]


@pytest.mark.parametrize(("text", "cue", "value", "source"), OCCASIONS)
def test_no_date_lent_by_another_statement(nlp, text, cue, value, source):
    sdoc = nlp(text)
    cue_index = [t.i for t in sdoc if t.text == cue][-1]
    times = find_times(text, THU, "d", sdoc)
    date, src = statement_date(sdoc, cue_index, times, THU)
    assert (date.value if date else None, src) == (value, source)


def test_statement_date_without_anchor(nlp):
    sdoc = nlp("Le ministre a déclaré que la guerre continuerait.")
    assert statement_date(sdoc, 3, [], None) == (None, None)
