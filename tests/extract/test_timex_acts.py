"""The date of a speech act or an event: the time expression that governs its verb or noun, else
the publication date marked as such. Made-up sentences; (sentence, cue word, anchor) -> date."""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import event_date, find_times, interval, statement_date
from newsgraph.model import TimeValue

FRI = TimeValue("2023-03-17", "day")  # a Friday
MON = TimeValue("2023-03-20", "day")


def xfail(*case: object, reason: str) -> object:
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def _date(nlp, fn, text: str, cue: str, anchor: TimeValue) -> tuple[str | None, str | None, str | None]:
    sdoc = nlp(text)
    index = next(t.i for t in sdoc if t.text == cue)
    date, source = fn(sdoc, index, find_times(text, anchor, "d", sdoc), anchor)
    return (date.value if date else None, date.precision if date else None, source)


# (sentence, cue, anchor, value, precision, source)
SPEECH_ACTS = [
    # what dates the act: a time expression on its verb, wherever it stands
    (
        "Le syndicat a prévenu jeudi que la grève durerait jusqu'au 30 mars.",
        "prévenu",
        FRI,
        "2023-03-16",
        "day",
        "text",
    ),
    (
        "« Nous ne lâcherons rien », a lancé hier soir la secrétaire générale.",
        "lancé",
        FRI,
        "2023-03-16",
        "day",
        "text",
    ),
    (
        "Le porte-parole a démenti vendredi dernier les informations publiées le 3 mars.",
        "démenti",
        FRI,
        "2023-03-10",
        "day",
        "text",
    ),
    ("« La situation est grave », estime ce lundi le préfet.", "estime", MON, "2023-03-20", "day", "text"),
    (
        "« C'est une victoire », s'est félicité dimanche soir le maire.",
        "félicité",
        FRI,
        "2023-03-12",
        "day",
        "text",
    ),
    (
        "Dans un entretien publié dimanche, la ministre affirme que le texte passera.",
        "affirme",
        FRI,
        "2023-03-12",
        "day",
        "text",
    ),
    (
        "La ministre a affirmé à 18 heures que le dispositif serait maintenu.",
        "affirmé",
        FRI,
        "2023-03-17T18:00",
        "hour",
        "text",
    ),
    # relations that do not date the act: since, until, from, before, by
    (
        "Le maire, en poste depuis 1970, a annoncé sa démission.",
        "annoncé",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Depuis 2019, la ministre répète que la réforme est nécessaire.",
        "répète",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Depuis lundi, le maire répète que la route est dangereuse.",
        "répète",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Le gouvernement a annoncé des contrôles renforcés à partir de lundi.",
        "annoncé",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Le ministre a promis une réponse avant le 1er avril.",
        "promis",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Le ministre a promis une réponse d'ici à la fin du mois.",
        "promis",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Depuis l'incendie de mardi, le maire répète que la route est dangereuse.",
        "répète",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Le général a déclaré mercredi que la guerre serait longue. Pour lui, la paix reste possible.",
        "Pour",
        FRI,
        "2023-03-15",
        "day",
        "text",
    ),
    ("Pour le syndicat, la réforme est injuste.", "Pour", FRI, "2023-03-17", "day", "publication"),
    (
        "Le maire a évoqué mardi 3 mars 2020 le plan. Il a également promis des travaux.",
        "promis",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    # what was said is not when it was said
    (
        "Le préfet a assuré que la route rouvrirait mardi prochain.",
        "assuré",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "« Hier, nous avons perdu trois hommes », a déclaré le colonel.",
        "déclaré",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Interrogé mardi sur une radio, le ministre a assuré que rien ne changerait.",
        "assuré",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
    (
        "« Nous tiendrons », a déclaré jeudi le ministre, ajoutant que les renforts arriveraient.",
        "ajoutant",
        FRI,
        "2023-03-16",
        "day",
        "text",
    ),
    (
        "Mercredi dernier, le ministre avait assuré que rien ne changerait.",
        "assuré",
        FRI,
        "2023-03-15",
        "day",
        "text",
    ),
]


# A speech act that goes on with the one just told shares its date; another one does not.
SPEECH_ACTS += [
    (
        "Le maire a annoncé mardi sa candidature. Il a également promis une baisse des impôts.",
        "promis",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
    (
        "Le maire a annoncé mardi sa candidature. Il a ajouté qu'il baisserait les impôts.",
        "ajouté",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
    (
        "La maire a parlé jeudi, a rappelé la ministre, citant le rapport du préfet.",
        "citant",
        FRI,
        "2023-03-16",
        "day",
        "text",
    ),
    (
        "Le préfet a déclaré mardi qu'il espérait un accord rapide.",
        "espérait",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
    (
        "Le préfet a annoncé mardi son départ. Il a également déclaré qu'il espérait un accord.",
        "espérait",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
    (
        "Le préfet a déclaré mardi que le maire avait promis un accord.",
        "promis",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Le maire a annoncé mardi sa candidature. Son rival a promis une baisse des impôts.",
        "promis",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Le maire a annoncé mardi sa candidature.\n\n"
        "Les électeurs voteront en juin pour renouveler le conseil "
        "municipal.\n\nIl a également promis une baisse des impôts.",
        "promis",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Le maire a annoncé mardi sa candidature.\n\nIl a également promis une baisse des impôts.",
        "promis",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
]


# "selon X" in a sentence with a speech verb is that verb's act; a named speaker quoted again
# speaks on the occasion told just before; words in the lead take the date the body gives them.
SPEECH_ACTS += [
    (
        "Le préfet a déclaré mardi qu'il espérait un accord rapide, selon lui.",
        "selon",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
    (
        "La générale Anne Dupont a affirmé mardi que la ville tiendrait. "
        "« Nous ne reculerons pas », a déclaré la générale Dupont.",
        "déclaré",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
    (
        "La générale Anne Dupont a affirmé mardi que la ville tiendrait. "
        "« Nous ne reculerons pas », a déclaré le colonel Martin.",
        "déclaré",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    (
        "Pour le ministre Paul Lefort, la réforme est nécessaire.\n\n"
        "Les syndicats manifestent.\n\n"
        "Le ministre Paul Lefort a déclaré mardi devant les députés que la réforme passerait.",
        "Pour",
        FRI,
        "2023-03-14",
        "day",
        "text",
    ),
    (
        "Les syndicats manifestent depuis lundi.\n\nLa grève continue.\n\n"
        "Selon Paul Lefort, la réforme est nécessaire.\n\n"
        "Paul Lefort a déclaré mardi devant les députés que la réforme passerait.",
        "Selon",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
]


@pytest.mark.parametrize(("text", "cue", "anchor", "value", "precision", "source"), SPEECH_ACTS)
def test_statement_date(nlp, text, cue, anchor, value, precision, source):
    assert _date(nlp, statement_date, text, cue, anchor) == (value, precision, source)


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "Le préfet a pris la parole samedi à 18 heures. Il a ensuite assuré que la route rouvrirait.",
            "assuré",
        ),
        ("À 20 heures, le ministre a parlé. Mardi, il a affirmé que la réforme passerait.", "affirmé"),
    ],
)
def test_statement_date_has_no_clock_time_it_does_not_govern(nlp, text, cue):
    value, _, _ = _date(nlp, statement_date, text, cue, FRI)
    assert value is not None and "T" not in value


# (sentence, trigger, anchor, value, precision, source)
EVENTS = [
    ("Les policiers ont évacué le campement mardi matin.", "évacué", FRI, "2023-03-14", "day", "text"),
    (
        "L'usine, fermée depuis 2019, a été rachetée hier par un groupe chinois.",
        "rachetée",
        FRI,
        "2023-03-16",
        "day",
        "text",
    ),
    ("Un incendie a détruit l'entrepôt.", "détruit", FRI, "2023-03-17", "day", "publication"),
    (
        "La grève, qui dure depuis le 7 mars, a paralysé les raffineries.",
        "paralysé",
        FRI,
        "2023-03-17",
        "day",
        "publication",
    ),
    ("Le sommet prévu le 3 avril a été annulé.", "annulé", FRI, "2023-03-17", "day", "publication"),
    ("L'attaque de lundi a fait trois morts.", "attaque", FRI, "2023-03-13", "day", "text"),
    ("Le 2 mars, les troupes sont entrées dans la ville.", "entrées", FRI, "2023-03-02", "day", "text"),
]


@pytest.mark.parametrize(("text", "trigger", "anchor", "value", "precision", "source"), EVENTS)
def test_event_date(nlp, text, trigger, anchor, value, precision, source):
    assert _date(nlp, event_date, text, trigger, anchor) == (value, precision, source)


def test_event_date_without_anchor(nlp):
    sdoc = nlp("Un incendie a détruit l'entrepôt.")
    assert event_date(sdoc, 2, [], None) == (None, None)


@pytest.mark.parametrize(
    ("value", "precision", "first", "last"),
    [
        ("2023", "year", "2023-01-01", "2023-12-31"),
        ("2023-02", "month", "2023-02-01", "2023-02-28"),
        ("2024-02", "month", "2024-02-01", "2024-02-29"),
        ("2023-W11", "week", "2023-03-13", "2023-03-19"),
        ("2020-W53", "week", "2020-12-28", "2021-01-03"),
        ("2023-03-17", "day", "2023-03-17", "2023-03-17"),
        ("2023-03-17T14:00", "hour", "2023-03-17T14:00", "2023-03-17T14:59"),
        ("2023-03-17T14:30", "minute", "2023-03-17T14:30", "2023-03-17T14:30"),
    ],
)
def test_interval(value, precision, first, last):
    assert interval(TimeValue(value, precision)) == (first, last)


def test_interval_refuses_a_value_that_is_not_calendar():
    with pytest.raises(ValueError, match="XXXX-SU"):
        interval(TimeValue("XXXX-SU", "month"))


@pytest.mark.parametrize(("start", "end"), [(0, 100), (10, 30), (35, 36), (95, 200), (50, 50)])
def test_times_of_a_stretch_are_found_by_their_start(start: int, end: int) -> None:
    """The times a sentence can hold, found by bisection whatever the order of the list (a long
    text asks once per statement); the same as filtering the list."""
    import random

    from newsgraph.extract.timex_dating import _starting_in
    from newsgraph.model import TimeMention

    times = [TimeMention("d", s, s + 4, "lundi", "2022-11-07", "day") for s in range(0, 120, 7)]
    random.Random(3).shuffle(times)
    want = sorted((t for t in times if start <= t.start < end), key=lambda t: t.start)
    assert _starting_in(times, start, end) == want
    times.append(TimeMention("d", 36, 40, "mardi", "2022-11-08", "day"))  # a longer list is read again
    assert [t.text for t in _starting_in(times, 35, 37)] == ["lundi", "mardi"]
