"""The grammar of French time expressions, one table per construction.

Every sentence here is made up for this table (none comes from an evaluation text). A case is
(sentence, anchor, key words, value, precision): the time record that covers the key words must
carry that value and precision (its exact span may be wider: "le 3 au soir" or "le 3"). Values are
the model's calendar forms (a season or a quarter placed in time takes the year that holds it);
values naming no calendar stretch (PRESENT_REF, 199X, P3Y, XXXX-WXX-1) are in test_timex_labels.py.
Cases failing today are strict xfails with the reason.
"""

from __future__ import annotations

import pytest
from times import SAT, one

from newsgraph.extract.timex import dated, find_times
from newsgraph.model import TimeValue

FRI = TimeValue("2023-03-17", "day")  # a Friday
MON = TimeValue("2023-03-20", "day")  # a Monday
NOV = TimeValue("2023-11-20", "day")  # a Monday in autumn


def xfail(*case: object, reason: str) -> object:
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def covering(sentence: str, anchor: TimeValue | None, key: str, nlp=None) -> tuple[str, str] | None:
    """(value, precision) of the time record that covers ``key``, None when there is none."""
    start = sentence.index(key)
    end = start + len(key)
    found = [
        t
        for t in find_times(sentence, anchor, "d", nlp(sentence) if nlp else None)
        if t.start < end and t.end > start
    ]
    for t in found:
        assert sentence[t.start : t.end] == t.text
    assert len(found) <= 1, found
    return (found[0].value, found[0].precision) if found else None


DEICTIC_DAYS = [
    ("Le texte a été adopté avant-hier par les députés.", FRI, "avant-hier", "2023-03-15", "day"),
    ("Les syndicats seront reçus après-demain à Matignon.", FRI, "après-demain", "2023-03-19", "day"),
    ("Elle a été interpellée hier matin à son domicile.", FRI, "hier matin", "2023-03-16", "day"),
    ("Le maire a tenu une réunion publique mardi dernier.", FRI, "mardi dernier", "2023-03-14", "day"),
    ("Le conseil municipal se réunira mercredi prochain.", FRI, "mercredi prochain", "2023-03-22", "day"),
    ("Le cortège est parti ce jeudi de la gare.", FRI, "ce jeudi", "2023-03-16", "day"),
    ("Le préfet a reçu les élus lundi après-midi.", FRI, "lundi après-midi", "2023-03-13", "day"),
    ("Le blessé est sorti de l'hôpital ce dimanche matin.", MON, "ce dimanche matin", "2023-03-19", "day"),
    ("La décision sera connue dans la journée de demain.", FRI, "demain", "2023-03-18", "day"),
]

WEEKS_MONTHS_YEARS = [
    ("Les négociations reprendront la semaine prochaine.", FRI, "la semaine prochaine", "2023-W12", "week"),
    ("Le trafic a été perturbé toute la semaine dernière.", FRI, "la semaine dernière", "2023-W10", "week"),
    ("Les ventes ont reculé le mois dernier.", FRI, "le mois dernier", "2023-02", "month"),
    ("Les élus se retrouveront le mois prochain.", FRI, "le mois prochain", "2023-04", "month"),
    ("Le club a été promu l'année dernière.", FRI, "l'année dernière", "2022", "year"),
    ("Les concerts reprendront le week-end prochain.", MON, "le week-end prochain", "2023-W12", "week"),
    ("Le festival s'est tenu le week-end dernier.", FRI, "le week-end dernier", "2023-W10", "week"),
    ("L'usine a fermé il y a deux ans.", FRI, "il y a deux ans", "2021", "year"),
    ("La ligne sera rouverte dans deux ans.", FRI, "dans deux ans", "2025", "year"),
    ("Le chantier a été lancé il y a trois semaines.", FRI, "il y a trois semaines", "2023-W08", "week"),
    ("Les résultats tomberont dans trois mois.", FRI, "dans trois mois", "2023-06", "month"),
    ("Le magasin a ouvert il y a cinq jours.", FRI, "il y a cinq jours", "2023-03-12", "day"),
    ("Les tarifs baisseront au cours du mois prochain.", FRI, "mois prochain", "2023-04", "month"),
    ("La commune a été rattachée à la métropole l'an passé.", FRI, "l'an passé", "2022", "year"),
]

MONTH_EDGES = [
    ("Les travaux s'achèveront fin mars.", FRI, "fin mars", "2023-03", "month"),
    ("La réforme entrera en vigueur début septembre.", FRI, "début septembre", "2023-09", "month"),
    ("Le chantier a démarré mi-janvier.", FRI, "mi-janvier", "2023-01", "month"),
    ("Le rapport sera rendu à la fin du mois de juin.", FRI, "juin", "2023-06", "month"),
    ("Les ventes avaient chuté au mois d'août dernier.", FRI, "août", "2022-08", "month"),
    ("La loi a été votée début 2023.", FRI, "début 2023", "2023", "year"),
    ("Le site fermera fin 2024.", FRI, "fin 2024", "2024", "year"),
    ("Les prix ont grimpé à la mi-2022.", FRI, "2022", "2022", "year"),
    ("L'enquête a été ouverte en février.", FRI, "février", "2023-02", "month"),
    ("La consultation se tiendra courant avril.", FRI, "courant avril", "2023-04", "month"),
    ("Le bilan sera présenté fin avril prochain.", FRI, "fin avril prochain", "2023-04", "month"),
]

DAYS = [
    ("La manifestation du 7 mars a rassemblé des milliers de personnes.", FRI, "7 mars", "2023-03-07", "day"),
    ("Le décret du 3 janvier 2019 est abrogé.", FRI, "3 janvier 2019", "2019-01-03", "day"),
    ("La convention signée le 14/07/2021 reste valable.", FRI, "14/07/2021", "2021-07-14", "day"),
    ("Depuis le 1er mars, les tarifs ont augmenté.", FRI, "1er mars", "2023-03-01", "day"),
    ("L'exposition est prolongée jusqu'au 30 avril.", FRI, "30 avril", "2023-04-30", "day"),
    ("Le scrutin aura lieu dimanche 26 mars.", FRI, "dimanche 26 mars", "2023-03-26", "day"),
    ("Le procès s'ouvrira le lundi 3 avril prochain.", FRI, "3 avril", "2023-04-03", "day"),
    ("Il est arrivé le 3 au soir à Marseille.", FRI, "le 3", "2023-03-03", "day"),
    ("Le vote a eu lieu le mardi 7 sous haute tension.", FRI, "mardi 7", "2023-03-07", "day"),
    ("Les violences ont éclaté dans la nuit du 10 au 11.", FRI, "10", "2023-03-10", "day"),
    (
        "Les heurts se sont produits dans la nuit de mardi 14 à mercredi 15 mars.",
        FRI,
        "mardi 14",
        "2023-03-14",
        "day",
    ),
]

YEARS = [
    ("L'entreprise a été créée en 1987 à Grenoble.", FRI, "1987", "1987", "year"),
    ("Le bug de l'an 2000 n'a pas eu lieu.", FRI, "l'an 2000", "2000", "year"),
    ("Les restrictions resteront en place jusqu'en 2025.", FRI, "2025", "2025", "year"),
    ("Il est maire de la commune depuis 1970.", FRI, "1970", "1970", "year"),
    ("La saison 2022 a été exceptionnelle pour les vendanges.", FRI, "2022", "2022", "year"),
]

SEASONS_QUARTERS = [
    ("La récolte a été mauvaise l'été dernier.", FRI, "l'été dernier", "2022", "year"),
    ("Les travaux commenceront au printemps prochain.", NOV, "printemps prochain", "2024", "year"),
    (
        "Les pistes ont ouvert cet hiver plus tôt que prévu.",
        TimeValue("2023-01-20", "day"),
        "cet hiver",
        "2022",
        "year",
    ),
    ("Les inondations de l'automne 2021 ont marqué la vallée.", FRI, "automne 2021", "2021", "year"),
    (
        "Le chiffre d'affaires a progressé au premier trimestre 2023.",
        NOV,
        "premier trimestre 2023",
        "2023",
        "year",
    ),
    ("Au troisième trimestre, les ventes ont reculé.", NOV, "troisième trimestre", "2023", "year"),
]

CLOCK_TIMES = [
    ("La manifestation partira à 14h30 de la place.", FRI, "14h30", "2023-03-17T14:30", "minute"),
    ("Le cortège s'est élancé vers midi.", FRI, "midi", "2023-03-17T12:00", "hour"),
    ("Le Conseil des ministres se tiendra demain à 10 heures.", FRI, "10 heures", "2023-03-18T10:00", "hour"),
    ("Ce matin à 7 h, la police est intervenue.", FRI, "7 h", "2023-03-17T07:00", "hour"),
    ("Le couvre-feu commence à 22h.", FRI, "22h", "2023-03-17T22:00", "hour"),
    ("Le drame s'est produit hier vers 23 h 15.", FRI, "23 h 15", "2023-03-16T23:15", "minute"),
    ("Le train est arrivé à 7 heures et demie.", FRI, "7 heures et demie", "2023-03-17T07:30", "minute"),
    (
        "Le rendez-vous est fixé à 9 heures moins le quart.",
        FRI,
        "9 heures moins le quart",
        "2023-03-17T08:45",
        "minute",
    ),
]

# Durations, sets and numbers that are not dates: no calendar record (durations and sets are
# labels, see test_timex_labels.py).
NOT_DATES = [
    ("La grève a duré trois semaines.", FRI),
    ("Le chantier prendra deux ans.", FRI),
    ("Il a été condamné à dix ans de prison.", FRI),
    ("Les salariés réclament une hausse de 4 % en un an.", FRI),
    ("Le comité se réunit chaque mois.", FRI),
    ("La collecte a lieu tous les mardis.", FRI),
    ("L'équipe a marqué 2023 points cette saison.", FRI),
    ("Le numéro 1 mondial a été battu.", FRI),
    ("Il a tenu 90 minutes sur le terrain.", FRI),
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
    ("sentence", "anchor", "key", "value", "precision"),
    DEICTIC_DAYS + WEEKS_MONTHS_YEARS + MONTH_EDGES + DAYS + YEARS + SEASONS_QUARTERS + CLOCK_TIMES,
)
def test_time_value(nlp, sentence, anchor, key, value, precision):
    assert covering(sentence, anchor, key, nlp) == (value, precision)


@pytest.mark.parametrize("parsed", [True, False], ids=["parsed", "unparsed"])
@pytest.mark.parametrize(("sentence", "anchor"), NOT_DATES)
def test_no_calendar_record(nlp, sentence, anchor, parsed):
    sdoc = nlp(sentence) if parsed else None
    assert [(t.text, t.value) for t in dated(find_times(sentence, anchor, "d", sdoc))] == []


# Feast days, the present, the story's own day, and words that only look like dates.
MORE = [
    ("Les magasins rouvriront après Noël.", FRI, "Noël", "2023-12-25", "day"),
    ("Les cloches ont sonné à Pâques.", TimeValue("2023-05-02", "day"), "Pâques", "2023-04-09", "day"),
    (
        "La ville célèbre le 14-Juillet avec un feu d'artifice.",
        TimeValue("2023-07-10", "day"),
        "14-Juillet",
        "2023-07-14",
        "day",
    ),
    ("Les chrysanthèmes se vendent pour la Toussaint 2022.", FRI, "Toussaint", "2022-11-01", "day"),
    ("Le syndicat est désormais majoritaire.", FRI, "désormais", "PRESENT_REF", "day"),
    ("Le pont est actuellement fermé.", MON, "actuellement", "PRESENT_REF", "day"),
    ("Il a quitté Lyon mardi. Le soir même, il était à Paris.", FRI, "Le soir même", "2023-03-14", "day"),
    ("Les tarifs baisseront au début du mois prochain.", FRI, "mois prochain", "2023-04", "month"),
    ("Le toit a été refait à la fin de l'année dernière.", FRI, "l'année dernière", "2022", "year"),
    ("Le bilan de la semaine dernière est lourd.", FRI, "semaine dernière", "2023-W10", "week"),
    (
        "La crise sur le terrain Mercredi dernier, le ministre a parlé.",
        FRI,
        "Mercredi dernier",
        "2023-03-15",
        "day",
    ),
    ("Les avions ont atterri à 2H39 sur la piste.", FRI, "2H39", "2023-03-17T02:39", "minute"),
    ("Les heurts ont repris dans la nuit de samedi.", FRI, "nuit de samedi", "2023-03-11", "day"),
    (
        "Les chiffres du trimestre dernier sont mauvais.",
        TimeValue("2023-02-10", "day"),
        "trimestre dernier",
        "2022",
        "year",
    ),
    ("L'accident s'est produit en fin d'après-midi.", FRI, "en fin d'après-midi", "2023-03-17", "day"),
    (
        "Les pompiers sont intervenus mardi. À l'aube, le feu couvait encore.",
        FRI,
        "À l'aube",
        "2023-03-14",
        "day",
    ),
    ("Il a démissionné ce lundi.", FRI, "ce lundi", "2023-03-13", "day"),
    ("Il sera reçu ce lundi à l'Élysée.", FRI, "ce lundi", "2023-03-20", "day"),
    ("Le ministre actuel a été reconduit.", FRI, "actuel", "PRESENT_REF", "day"),
    ("Les stations se remplissent en hiver.", TimeValue("2023-01-20", "day"), "en hiver", "2022", "year"),
]

NOT_DATES_MORE = [
    ("Il a été élu maire de la commune.", FRI),
    ("Pendant les mois d'été, la ville se vide.", FRI),
    ("Noël Dupont préside le club.", FRI),
    ("Les statues de l'île de Pâques sont menacées.", FRI),
    ("Le soir même, il est reparti.", FRI),
    ("Les Jeux d'hiver ont été un succès.", FRI),
    ("Il fait le 13-Novembre un récit bouleversant des attentats.", FRI),
]


@pytest.mark.parametrize(("sentence", "anchor", "key", "value", "precision"), MORE)
def test_more_time_values(nlp, sentence, anchor, key, value, precision):
    assert covering(sentence, anchor, key, nlp) == (value, precision)


@pytest.mark.parametrize(("sentence", "anchor"), NOT_DATES_MORE)
def test_no_time_record_more(nlp, sentence, anchor):
    assert [(t.text, t.value) for t in dated(find_times(sentence, anchor, "d", nlp(sentence)))] == []


def test_half_hours_of_a_duration_are_not_a_time():
    assert find_times("Il a dormi 8 heures et demie.", FRI, "d") == []


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("La digue a cédé en 98 après des pluies.", TimeValue("2003-02-04", "day"), [("98", "1998")]),
        ("Il est maire depuis 95.", TimeValue("2001-05-04", "day"), [("95", "1995")]),
        ("Il a couru le marathon en 42.", FRI, []),
        ("Le prix a doublé en 12 mois.", FRI, []),
    ],
)
def test_two_digit_years(sentence, anchor, expected):
    assert [(t.text, t.value) for t in dated(find_times(sentence, anchor, "d"))] == expected


# The exact span of an expression and its value, read without a parse: (sentence, anchor, span,
# value, precision).
SPANS_ABSOLUTE = [
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

SPANS_RELATIVE = [
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

SPANS_CLOCK = [
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


@pytest.mark.parametrize(
    ("sentence", "anchor", "text", "value", "precision"), SPANS_ABSOLUTE + SPANS_RELATIVE + SPANS_CLOCK
)
def test_span_and_value_without_parse(sentence, anchor, text, value, precision):
    assert one(sentence, anchor) == (text, value, precision)
