"""French time expressions: (sentence, anchor, expected text, value, precision) tables."""

from __future__ import annotations

import pytest
from times import MONTH, SAT, THU, YEAR, one

from newsgraph.extract.timex import dated, find_times
from newsgraph.model import TimeValue

ABSOLUTE = [
    ("L'invasion a commencé le 24 février.", SAT, "le 24 février", "2022-02-24", "day"),
    ("Le traité a été signé le 24 février 2022 à Moscou.", SAT, "le 24 février 2022", "2022-02-24", "day"),
    ("Des soldats à Moscou, le 10 octobre 2022.", SAT, "le 10 octobre 2022", "2022-10-10", "day"),
    ("La contre-offensive a été lancée en mars 2021.", SAT, "mars 2021", "2021-03", "month"),
    ("Le pays a rompu ses relations en 2019 avec Kiev.", SAT, "2019", "2019", "year"),
    ("Les nouveaux tarifs entreront en vigueur le 1er janvier.", SAT, "le 1er janvier", "2023-01-01", "day"),
    (
        "Le 1er janvier, les tarifs ont augmenté.",
        TimeValue("2022-03-02", "day"),
        "Le 1er janvier",
        "2022-01-01",
        "day",
    ),
    ("Le sommet s'est tenu mercredi 9 novembre à Bali.", SAT, "mercredi 9 novembre", "2022-11-09", "day"),
    (
        "L'accord avait été conclu en septembre dernier.",
        TimeValue("2002-02-09", "day"),
        "septembre dernier",
        "2001-09",
        "month",
    ),
    (
        "La réunion aura lieu en juin prochain.",
        TimeValue("1999-05-23", "day"),
        "juin prochain",
        "1999-06",
        "month",
    ),
    (
        "Il est mort le 6 mai dernier.",
        TimeValue("1999-05-27", "day"),
        "le 6 mai dernier",
        "1999-05-06",
        "day",
    ),
    ("Le conflit dure depuis octobre 98.", TimeValue("1999-05-23", "day"), "octobre 98", "1998-10", "month"),
    ("Les livraisons reprendront début octobre.", SAT, "début octobre", "2022-10", "month"),
    ("Il est né le 21 janvier 1913 à Lyon.", SAT, "le 21 janvier 1913", "1913-01-21", "day"),
    ("Le décret du 10/10/2022 est paru.", SAT, "10/10/2022", "2022-10-10", "day"),
    ("Le décret est paru au journal officiel du 2022-10-10.", SAT, "2022-10-10", "2022-10-10", "day"),
    ("date 2022-11 Les chances de paix diminuent.", SAT, "2022-11", "2022-11", "month"),
]

RELATIVE = [
    ("Le ministre a parlé samedi devant la presse.", SAT, "samedi", "2022-11-12", "day"),
    ("Le ministre a parlé jeudi devant la presse.", SAT, "jeudi", "2022-11-10", "day"),
    ("Il est arrivé hier à Kiev.", SAT, "hier", "2022-11-11", "day"),
    ("Les frappes ont repris dès hier.", SAT, "hier", "2022-11-11", "day"),
    ("Il l'a dit aujourd'hui.", SAT, "aujourd'hui", "2022-11-12", "day"),
    ("Il arrivera demain à Paris.", SAT, "demain", "2022-11-13", "day"),
    ("Il était à Paris avant-hier.", SAT, "avant-hier", "2022-11-10", "day"),
    ("La Russie a frappé la semaine dernière.", SAT, "la semaine dernière", "2022-W44", "week"),
    (
        "Milley a déclaré plus tôt cette semaine que la guerre durerait.",
        SAT,
        "plus tôt cette semaine",
        "2022-W45",
        "week",
    ),
    ("Les prix ont augmenté le mois dernier.", SAT, "le mois dernier", "2022-10", "month"),
    ("La production a baissé l'an dernier.", SAT, "l'an dernier", "2021", "year"),
    ("Les élections auront lieu l'année prochaine.", SAT, "l'année prochaine", "2023", "year"),
    ("Il est parti il y a deux jours.", SAT, "il y a deux jours", "2022-11-10", "day"),
    ("Le vote aura lieu dans trois semaines.", SAT, "dans trois semaines", "2022-W48", "week"),
    ("Il a été libéré il y a un an.", SAT, "il y a un an", "2021", "year"),
    ("Le village est tombé lundi dernier.", SAT, "lundi dernier", "2022-11-07", "day"),
    ("Le village est tombé samedi dernier.", SAT, "samedi dernier", "2022-11-05", "day"),
    ("Ils se retrouveront jeudi prochain.", SAT, "jeudi prochain", "2022-11-17", "day"),
    ("Les sirènes ont retenti ce matin.", SAT, "ce matin", "2022-11-12", "day"),
    ("Des drones ont frappé Kiev cette nuit.", SAT, "cette nuit", "2022-11-12", "day"),
    ("Il a parlé mardi soir à la télévision.", SAT, "mardi soir", "2022-11-08", "day"),
    ("Hier soir, les combats ont repris.", SAT, "Hier soir", "2022-11-11", "day"),
    (
        "Le président a pris la parole aujourd'hui vendredi.",
        TimeValue("1999-07-09", "day"),
        "aujourd'hui vendredi",
        "1999-07-09",
        "day",
    ),
    (
        "Les frappes ont eu lieu dans la nuit de samedi à dimanche.",
        TimeValue("2022-11-14", "day"),
        "dans la nuit de samedi à dimanche",
        "2022-11-12",
        "day",
    ),
    (
        "Les ministres se sont réunis ce week-end.",
        TimeValue("2003-02-04", "day"),
        "ce week-end",
        "2003-W05",
        "week",
    ),
]

CLOCK = [
    ("L'explosion a eu lieu vers 14 heures.", SAT, "vers 14 heures", "2022-11-12T14:00", "hour"),
    ("Le train est parti à 18h30.", SAT, "18h30", "2022-11-12T18:30", "minute"),
    (
        "Le train est parti samedi à 18 h 30.",
        TimeValue("2022-11-14", "day"),
        "samedi à 18 h 30",
        "2022-11-12T18:30",
        "minute",
    ),
    ("Hier, vers midi, un homme est tombé.", SAT, "Hier, vers midi", "2022-11-11T12:00", "hour"),
    ("La séance reprendra à 9 h 15.", SAT, "9 h 15", "2022-11-12T09:15", "minute"),
]

COARSE_ANCHOR = [
    ("Les combats ont repris samedi.", MONTH, "samedi", "2023-08", "month"),
    ("Les combats ont repris hier.", YEAR, "hier", "2023", "year"),
    ("Les chiffres ont été publiés le mois dernier.", MONTH, "le mois dernier", "2023-07", "month"),
    ("La contre-offensive a débuté en juin.", MONTH, "juin", "2023-06", "month"),
    ("Selon les chiffres publiés le 12 janvier.", YEAR, "le 12 janvier", "2023-01-12", "day"),
    ("La guerre a commencé l'an dernier.", MONTH, "l'an dernier", "2022", "year"),
]

NOT_DATES = [
    ("Les troupes occupaient la ville depuis huit mois.", SAT),
    ("Ils ont marché pendant trois mois.", SAT),
    ("Plus de 2000 soldats ont été tués.", SAT),
    ("Le quartier compte 100 000 habitants.", SAT),
    ("La garde à vue a duré 24 heures.", SAT),
    ("Un service ouvert 24h/24 et 7j/7.", SAT),
    ("La sonde a atterri sur Mars.", SAT),
    ("La musique des années 1990 revient.", SAT),
    ("Le 20H de TF1 a passé au crible les chiffres.", SAT),
    ("Un vol de 18 000 km, soit 20h de trajet.", SAT),
    ("Il l'a dit dans une interview au Journal du Dimanche.", SAT),
    ("Le magasin est ouvert du lundi au vendredi.", SAT),
    ("Ils cherchent à savoir ce qui s'est passé cette nuit-là.", SAT),
    ("Le lendemain, il est reparti.", SAT),
    ("La veille du scrutin, il a parlé.", SAT),
    ("Le marché se tient tous les lundis.", SAT),
]


@pytest.mark.parametrize(
    ("sentence", "anchor", "text", "value", "precision"), ABSOLUTE + RELATIVE + CLOCK + COARSE_ANCHOR
)
def test_find_times_without_parse(sentence, anchor, text, value, precision):
    assert one(sentence, anchor) == (text, value, precision)


@pytest.mark.parametrize(("sentence", "anchor"), NOT_DATES)
def test_not_dates(sentence, anchor):
    assert dated(find_times(sentence, anchor, "d")) == []


def test_without_anchor_only_self_contained_dates():
    found = find_times("Hier, le 24 février 2022, puis samedi et en 2019.", None, "d")
    assert [(t.text, t.value) for t in found] == [("le 24 février 2022", "2022-02-24"), ("2019", "2019")]


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (
            "Il est arrivé mardi à Kiev. Le lendemain, il a rencontré le président.",
            SAT,
            [("mardi", "2022-11-08"), ("Le lendemain", "2022-11-09")],
        ),
        (
            "Un couvre-feu de 22 heures à 7 heures du matin.",
            SAT,
            [("22 heures", "2022-11-12T22:00"), ("7 heures", "2022-11-12T07:00")],
        ),
        ("Le rendez-vous est à 8 heures du soir.", SAT, [("8 heures", "2022-11-12T20:00")]),
        ("Le vote aura lieu en fin de semaine.", SAT, [("en fin de semaine", "2022-W45")]),
        ("Depuis lundi, les magasins sont fermés.", THU, [("lundi", "2022-11-07")]),
        ("Un retour à la normale est attendu d'ici lundi.", THU, [("lundi", "2022-11-14")]),
    ],
)
def test_story_context(sentence, anchor, expected):
    assert [(t.text, t.value) for t in find_times(sentence, anchor, "d")] == expected


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        (
            "Les frappes de samedi 12 et dimanche 13 novembre.",
            TimeValue("2022-11-14", "day"),
            [("samedi 12", "2022-11-12"), ("dimanche 13 novembre", "2022-11-13")],
        ),
        (
            "Les tours auront lieu les 6 et 13 avril prochains.",
            TimeValue("2003-02-24", "day"),
            [("les 6", "2003-04-06"), ("13 avril prochains", "2003-04-13")],
        ),
        (
            "Le week-end des 24 et 25 septembre derniers.",
            TimeValue("2022-09-28", "day"),
            [("des 24", "2022-09-24"), ("25 septembre derniers", "2022-09-25")],
        ),
        (
            "Une grève du 28 au 30 septembre.",
            TimeValue("2022-09-16", "day"),
            [("du 28", "2022-09-28"), ("30 septembre", "2022-09-30")],
        ),
    ],
)
def test_days_of_a_list(sentence, anchor, expected):
    assert [(t.text, t.value) for t in find_times(sentence, anchor, "d")] == expected


def test_lone_clock_takes_the_day_of_the_story():
    text = "Le président est arrivé mardi à Paris. Il a atterri à 21 h 45 sous la pluie."
    found = find_times(text, TimeValue("1999-05-20", "day"), "d")
    assert [(t.text, t.value) for t in found] == [("mardi", "1999-05-18"), ("21 h 45", "1999-05-18T21:45")]


# With the parse, the verb's tense chooses between the past and the coming weekday.
