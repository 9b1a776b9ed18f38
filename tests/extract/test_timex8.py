"""Time expressions of TV news (eighth round): constructions read in unannotated 2022 reports.

Every sentence is made up for this table. A case is (sentence, key words, value, TIMEX3 type): the
one time record that covers the key words carries that value; ``None`` as value: no record covers
them. All cases read against Friday 23 December 2022 (ISO week 51) unless a case gives its own
anchor. Cases failing today are strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import find_times
from newsgraph.model import TimeValue

FRI = TimeValue("2022-12-23", "day")


def xfail(*case: object, reason: str) -> object:
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def covering(nlp, sentence: str, key: str, anchor: TimeValue = FRI) -> tuple[str, str] | None:
    start = sentence.index(key)
    end = start + len(key)
    found = [t for t in find_times(sentence, anchor, "d", nlp(sentence)) if t.start < end and t.end > start]
    assert len(found) <= 1, found
    return (found[0].value, found[0].type) if found else None


# "le week-end du 14 juillet", "le week-end de Pâques": the week of that day, as "ce week-end" is.
WEEKENDS = [
    ("Les routes seront chargées le week-end du 14 juillet.", "week-end du 14", "2023-W28", "DATE"),
    ("Aucun train ne sera supprimé pour le week-end du Nouvel An.", "Nouvel An", "2022-W52", "DATE"),
    ("Les frappes ont repris pendant le week-end du samedi 8 octobre.", "week-end", "2022-W40", "DATE"),
    ("Le musée a ouvert pour le week-end prolongé de l'Ascension.", "Ascension", "2022-W21", "DATE"),
    ("Ils partiront ce week-end à la montagne.", "ce week-end", "2022-W51", "DATE"),
    ("Les routes ont été chargées pour le long week-end de Pâques.", "long week-end", "2022-W15", "DATE"),
    ("Le journal en week-end du samedi 17 décembre ouvre sur la neige.", "samedi 17", "2022-12-17", "DATE"),
    ("Le conseil se réunira la semaine du 9 janvier.", "semaine du 9", "2023-W02", "DATE"),
    ("Il a gelé fort en cette semaine du 19 décembre.", "cette semaine", "2022-W51", "DATE"),
    ("Les trains ont roulé le week-end des 17 et 18 décembre.", "des 17", "2022-12-17", "DATE"),
]

# A day named by the story before, however far back: "ce jour-là", "le soir même".
STORY_DAY = [
    (
        "Le 5 septembre 2012, une famille est attaquée sur une route de montagne. Les enquêteurs ont "
        "longtemps cherché un témoin, interrogé des dizaines de motards, fouillé les forêts des environs "
        "et recoupé les relevés téléphoniques de toute la vallée, sans résultat, pendant que les familles "
        "attendaient des réponses et que les habitants du village se souvenaient du drame, des sirènes et "
        "des hélicoptères. Un juge a repris le dossier en 2021 et relancé les auditions de tous les "
        "témoins, des gendarmes et des proches, avec une reconstitution complète du parcours. Ce jour-là, "
        "une fillette avait échappé au tireur.",
        "Ce jour-là",
        "2012-09-05",
        "DATE",
    ),
    (
        "Mardi 19 juillet, les urgences ont reçu plus de malades que jamais. Les équipes, épuisées par des "
        "semaines de chaleur, de gardes à rallonge et de lits fermés faute de soignants, ont dû trier les "
        "appels, rappeler des infirmières en congé, réorganiser les services de médecine et ouvrir une "
        "salle de repos climatisée pour les plus âgés, tandis que la préfecture demandait aux communes "
        "d'ouvrir des salles fraîches et de visiter les personnes isolées. Un patient de 90 ans, sorti "
        "le matin même, a dû être réhospitalisé.",
        "le matin même",
        "2022-07-19",
        "DATE",
    ),
    ("Ce jour-là, personne n'a rien vu.", "Ce jour-là", "XXXX-XX-XX", "DATE"),
]

# The verb's tense: a compound past of "devoir" looks back; "si" + imparfait looks ahead.
TENSES = [
    ("Elle raconte la peur qu'elle a dû affronter début mars.", "début mars", "2022-03", "DATE"),
    ("Il a dû quitter son village en octobre.", "octobre", "2022-10", "DATE"),
    ("Il doit quitter son poste en février.", "février", "2023-02", "DATE"),
    ("Si le tarif était relevé au 1er février, les ventes chuteraient.", "1er février", "2023-02-01", "DATE"),
    ("S'il neigeait samedi, la course serait annulée.", "samedi", "2022-12-24", "DATE"),
    ("Il neigeait samedi quand la course est partie.", "samedi", "2022-12-17", "DATE"),
]

# Lengths of time that are not clock times; halves.
LENGTHS = [
    ("Nous passons 2 heures 38 minutes par semaine à cuisiner.", "2 heures 38", "PT2H38M", "DURATION"),
    ("Les infirmières enchaînent des gardes de 12 heures.", "12 heures", None, None),
    ("Une grève de 24 heures est prévue.", "24 heures", None, None),
    ("Les coupures iront de 8 heures à 13 heures.", "8 heures", "2022-12-23T08:00", "TIME"),
    ("Le chantier a duré deux ans et demi.", "deux ans et demi", "P2.5Y", "DURATION"),
    ("Il y a un an et demi, aucun élève ne jouait d'un instrument.", "un an et demi", "2021-06", "DATE"),
    ("Le magasin ouvre à 8 heures 30.", "8 heures 30", "2022-12-23T08:30", "TIME"),
    # a bare "2h30" before "pour" is a length (twenty-first round)
    ("Les élèves auront 1h45 pour rendre leur copie.", "1h45", "PT1H45M", "DURATION"),
    ("Dans un peu plus de 48 heures, les huîtres seront sur nos tables.", "48 heures", "2022-12-25", "DATE"),
]

# Sets, lists of days, the future as a whole, capital A for À.
FORMS = [
    ("Chaque lundi après-midi, les élèves répètent.", "lundi après-midi", "XXXX-WXX-1", "SET"),
    ("Les départs seront nombreux le 28 et 29 décembre.", "le 28", "2022-12-28", "DATE"),
    ("Les départs seront nombreux le 28 et 29 décembre.", "29 décembre", "2022-12-29", "DATE"),
    ("Les prix vont encore monter dans les mois à venir.", "mois à venir", "FUTURE_REF", "DATE"),
    ("La vague est attendue dans les semaines à venir.", "semaines à venir", "FUTURE_REF", "DATE"),
    ("A la mi-journée, les manifestants sont partis.", "mi-journée", "2022-12-23", "DATE"),
    ("A partir du 2 janvier, le tarif change.", "2 janvier", "2023-01-02", "DATE"),
    ("L'après-midi, les invités se sont rassemblés.", "L'après-midi", "XXXX-XX-XX", "DATE"),
    (
        "Vendredi, la mairie a ouvert. L'après-midi, les invités sont venus.",
        "L'après-midi",
        "2022-12-23",
        "DATE",
    ),
    # a feast a few weeks off is the coming one whatever the tense (twenty-first round)
    ("La fermeture prévue pour le nouvel an a été annulée.", "nouvel an", "2023-01-01", "DATE"),
]


@pytest.mark.parametrize(
    ("sentence", "key", "value", "kind"), WEEKENDS + STORY_DAY + TENSES + LENGTHS + FORMS
)
def test_form(nlp, sentence: str, key: str, value: str | None, kind: str | None) -> None:
    expected = (value, kind) if value is not None else None
    assert covering(nlp, sentence, key) == expected


@pytest.mark.parametrize(
    "sentence",
    ["Jean-Noël, passionné d'histoire, fait visiter les plages.", "Marie-Noël a repris la ferme."],
)
def test_feast_in_a_compound_first_name(nlp, sentence: str) -> None:
    assert covering(nlp, sentence, "Noël") is None
