"""French time expressions of news, form by form: a systematic table crossing each construction
with its modifiers (bare, "dernier", "prochain", "ce"), the verb's tense and the calendar grain.

Every sentence is made up for this table. All cases read against one anchor, Wednesday
16 November 2022 (ISO week 46), unless a case gives its own. A case is (sentence, key words,
value, precision): the one time record that covers the key words carries that value (TimeML
forms: a week ``2022-W46``, a month ``2022-11``, a day, a clock time only when the text gives one;
``PRESENT_REF``, ``199X``, ``P3Y`` for what names no calendar stretch). ``None`` as value: no record
with a calendar value may cover the words. Cases failing today are strict xfails with the reason.
"""

from __future__ import annotations

import pytest

from newsgraph.extract.timex import find_times
from newsgraph.model import TimeValue

WED = TimeValue("2022-11-16", "day")


def xfail(*case: object, reason: str) -> object:
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


def covering(nlp, sentence: str, key: str, anchor: TimeValue = WED) -> tuple[str, str] | None:
    start = sentence.index(key)
    end = start + len(key)
    found = [t for t in find_times(sentence, anchor, "d", nlp(sentence)) if t.start < end and t.end > start]
    assert len(found) <= 1, found
    return (found[0].value, found[0].precision) if found else None


# A day of the month, with or without its year, weekday or modifier; the tense places a year-less one.
DATES = [
    ("Le texte sera examiné le 3 décembre.", "le 3 décembre", "2022-12-03", "day"),
    ("Le texte a été examiné le 3 novembre.", "le 3 novembre", "2022-11-03", "day"),
    ("Le texte avait été adopté le 3 décembre 2019.", "3 décembre 2019", "2019-12-03", "day"),
    ("Le texte avait été adopté le 3 décembre dernier.", "3 décembre dernier", "2021-12-03", "day"),
    ("La grève est prévue le jeudi 1er décembre.", "jeudi 1er décembre", "2022-12-01", "day"),
    ("Le premier mai, les syndicats ont défilé.", "premier mai", "2022-05-01", "day"),
    ("Les faits remontent au 12 octobre.", "12 octobre", "2022-10-12", "day"),
    ("Le 2 janvier, il reprendra le travail.", "2 janvier", "2023-01-02", "day"),
    ("Le 2 janvier prochain, il reprendra le travail.", "2 janvier prochain", "2023-01-02", "day"),
    ("Elle est née le 14 juillet 1989 à Nantes.", "14 juillet 1989", "1989-07-14", "day"),
    ("Depuis le 10 novembre, les écoles sont fermées.", "10 novembre", "2022-11-10", "day"),
    ("Jusqu'au 30 novembre, l'entrée est gratuite.", "30 novembre", "2022-11-30", "day"),
    ("Le vote est reporté au 5 décembre.", "5 décembre", "2022-12-05", "day"),
    ("Le décret paru le 16/11/2022 fixe les règles.", "16/11/2022", "2022-11-16", "day"),
    ("Le jugement du 8 septembre a été cassé.", "8 septembre", "2022-09-08", "day"),
    # a weekday that fits no year near the anchor is a slip: the nearest year the tense allows
    ("Le pape a annoncé vendredi 12 novembre son voyage.", "vendredi 12 novembre", "2022-11-12", "day"),
    ("Le pape a annoncé vendredi 12 novembre 2021 son voyage.", "12 novembre 2021", "2021-11-12", "day"),
]

# A weekday alone, with "dernier", "prochain" or "ce", in the past and in the future.
WEEKDAYS = [
    ("Le ministre a annoncé mardi un plan d'aide.", "mardi", "2022-11-15", "day"),
    ("Le ministre annoncera mardi un plan d'aide.", "mardi", "2022-11-22", "day"),
    ("Le ministre a parlé mardi dernier.", "mardi dernier", "2022-11-15", "day"),
    ("Le ministre parlera mardi prochain.", "mardi prochain", "2022-11-22", "day"),
    ("Le ministre a parlé ce mardi.", "ce mardi", "2022-11-15", "day"),
    ("Le ministre parlera ce vendredi.", "ce vendredi", "2022-11-18", "day"),
    ("Lundi, les enseignants étaient en grève.", "Lundi", "2022-11-14", "day"),
    ("Dimanche, les électeurs voteront.", "Dimanche", "2022-11-20", "day"),
    ("Vendredi soir, un incendie s'est déclaré.", "Vendredi soir", "2022-11-11", "day"),
    ("Samedi matin, la neige tombera sur les Vosges.", "Samedi matin", "2022-11-19", "day"),
    ("Le conseil se réunit jeudi pour trancher.", "jeudi", "2022-11-17", "day"),
    ("Les résultats sont tombés dimanche dernier.", "dimanche dernier", "2022-11-13", "day"),
    ("Il a été libéré ce lundi matin.", "ce lundi matin", "2022-11-14", "day"),
    ("La préfecture a annoncé mercredi la fermeture du col.", "mercredi", "2022-11-16", "day"),
    ("Samedi à 15 h, la course partira du port.", "Samedi", "2022-11-19T15:00", "hour"),
]

# Parts of a day: the day's value, never a clock time the text does not give.
DAY_PARTS = [
    ("Les pompiers sont intervenus ce matin.", "ce matin", "2022-11-16", "day"),
    ("Le maire s'est exprimé hier soir.", "hier soir", "2022-11-15", "day"),
    ("Le verdict tombera demain matin.", "demain matin", "2022-11-17", "day"),
    ("Les députés voteront cet après-midi.", "cet après-midi", "2022-11-16", "day"),
    ("Le vent a soufflé dans la nuit de lundi à mardi.", "nuit de lundi à mardi", "2022-11-14", "day"),
    ("Des tirs ont été entendus cette nuit.", "cette nuit", "2022-11-16", "day"),
    ("La nuit dernière, des centaines de personnes ont manifesté.", "La nuit dernière", "2022-11-15", "day"),
    ("Un orage a éclaté hier en fin d'après-midi.", "hier", "2022-11-15", "day"),
    ("Le cortège est parti mardi en fin de journée.", "mardi", "2022-11-15", "day"),
    ("Les secours sont arrivés en début de soirée.", "en début de soirée", "2022-11-16", "day"),
    ("La neige est tombée dans la nuit de dimanche.", "nuit de dimanche", "2022-11-13", "day"),
    ("Il a été hospitalisé dans la nuit de mardi à mercredi.", "nuit de mardi", "2022-11-15", "day"),
    ("Les manifestants ont défilé hier après-midi.", "hier après-midi", "2022-11-15", "day"),
    ("La séance reprendra demain soir.", "demain soir", "2022-11-17", "day"),
    ("Le ministre se rendra sur place ce soir.", "ce soir", "2022-11-16", "day"),
    ("Le train est arrivé hier à 20 h 15.", "20 h 15", "2022-11-15T20:15", "minute"),
]

# After an elided word ("qu'", "d'", "jusqu'") an expression begins as anywhere else.
ELISIONS = [
    ("Les loyers sont plus chers qu'il y a dix ans.", "il y a dix ans", "2012", "year"),
    ("Le sommet d'hier n'a rien donné.", "hier", "2022-11-15", "day"),
    ("Le conseil d'avant-hier a tranché.", "avant-hier", "2022-11-14", "day"),
    ("Les cours d'aujourd'hui sont annulés.", "aujourd'hui", "2022-11-16", "day"),
    ("Le magasin restera fermé jusqu'à lundi.", "lundi", "2022-11-21", "day"),
    ("La réunion s'est tenue lorsqu'en mars les prix ont flambé.", "mars", "2022-03", "month"),
]

# Offsets and named neighbours: weeks as YYYY-Www, months as YYYY-MM, years.
RELATIVE = [
    ("Le magasin a ouvert il y a trois jours.", "il y a trois jours", "2022-11-13", "day"),
    ("L'enquête a été ouverte il y a une semaine.", "il y a une semaine", "2022-W45", "week"),
    ("Les résultats seront connus dans deux semaines.", "dans deux semaines", "2022-W48", "week"),
    ("Les prix ont flambé la semaine dernière.", "la semaine dernière", "2022-W45", "week"),
    ("Les syndicats seront reçus la semaine prochaine.", "la semaine prochaine", "2022-W47", "week"),
    ("La hausse entrera en vigueur le mois prochain.", "le mois prochain", "2022-12", "month"),
    ("Les ventes ont reculé le mois dernier.", "le mois dernier", "2022-10", "month"),
    ("La récolte a été médiocre l'an dernier.", "l'an dernier", "2021", "year"),
    ("Le festival reviendra l'année prochaine.", "l'année prochaine", "2023", "year"),
    ("La ligne sera rouverte l'an prochain.", "l'an prochain", "2023", "year"),
    ("Le chantier doit être achevé d'ici la fin de l'année.", "fin de l'année", "2022", "year"),
    ("Le rapport sera remis d'ici la fin du mois.", "fin du mois", "2022-11", "month"),
    ("Le texte sera présenté en début de semaine prochaine.", "semaine prochaine", "2022-W47", "week"),
    ("Les livraisons ont repris en début de semaine.", "en début de semaine", "2022-W46", "week"),
    ("La réunion est prévue en fin de semaine.", "en fin de semaine", "2022-W46", "week"),
    ("Le chantier a commencé fin mars.", "fin mars", "2022-03", "month"),
    ("Le chantier commencera fin mars.", "fin mars", "2023-03", "month"),
    ("Les soldes ont débuté mi-juillet.", "mi-juillet", "2022-07", "month"),
    ("La route a été refaite cet été.", "cet été", "2022", "year"),
    ("Le club a joué à domicile le week-end dernier.", "le week-end dernier", "2022-W45", "week"),
    ("Les routes seront chargées ce week-end.", "ce week-end", "2022-W46", "week"),
    ("Le tarif a augmenté la semaine passée.", "la semaine passée", "2022-W45", "week"),
    ("L'usine a fermé il y a un mois.", "il y a un mois", "2022-10", "month"),
    ("Le stade a été inauguré il y a dix ans.", "il y a dix ans", "2012", "year"),
    ("Il y a un siècle, la vallée était couverte de vignes.", "Il y a un siècle", "1922", "year"),
    ("Le projet verra le jour dans un an.", "dans un an", "2023", "year"),
    ("Les prix ont doublé depuis le début de l'année.", "début de l'année", "2022", "year"),
    ("Le trafic a baissé depuis le début du mois.", "début du mois", "2022-11", "month"),
    ("Les chiffres seront publiés au début du mois de décembre.", "décembre", "2022-12", "month"),
    ("Le chômage a baissé cette année.", "cette année", "2022", "year"),
    ("Les trains circulent mal cette semaine.", "cette semaine", "2022-W46", "week"),
    ("Les loyers ont augmenté ce mois-ci.", "ce mois-ci", "2022-11", "month"),
    ("La saison a commencé en début d'année.", "en début d'année", "2022", "year"),
    ("En cette fin d'année, les commerçants sont inquiets.", "fin d'année", "2022", "year"),
    ("En ce début de semaine, la neige est tombée.", "début de semaine", "2022-W46", "week"),
    ("Le permis a été accordé en novembre 2021.", "novembre 2021", "2021-11", "month"),
    ("Le permis a été accordé en septembre.", "septembre", "2022-09", "month"),
    ("Le permis sera accordé en février.", "février", "2023-02", "month"),
    ("Les vendanges ont été précoces au mois d'août.", "août", "2022-08", "month"),
]

# Seasons (a season placed in time takes the year that holds it; a winter, its December's).
SEASONS = [
    ("Les travaux reprendront au printemps.", "printemps", "2023", "year"),
    ("La rivière a débordé au printemps.", "printemps", "2022", "year"),
    ("Les stations ouvriront cet hiver.", "cet hiver", "2022", "year"),
    ("La neige a manqué l'hiver dernier.", "l'hiver dernier", "2021", "year"),
    ("Le festival aura lieu à l'été 2023.", "été 2023", "2023", "year"),
    ("Les arbres ont souffert de la sécheresse cet automne.", "cet automne", "2022", "year"),
    ("Le musée rouvrira au printemps prochain.", "printemps prochain", "2023", "year"),
    ("Pour cet hiver, la mairie a commandé du bois.", "cet hiver", "2022", "year"),
    (
        "Le chauffage a été coupé en plein cet été.",
        "cet été",
        "2022",
        "year",
    ),
]

# Feast days, named or written as dates.
HOLIDAYS = [
    ("Les familles se retrouveront à Noël.", "Noël", "2022-12-25", "day"),
    ("Le défilé du 14-Juillet a attiré la foule.", "14-Juillet", "2022-07-14", "day"),
    ("Les magasins seront fermés pour le Nouvel An.", "Nouvel An", "2023-01-01", "day"),
    ("Les cimetières étaient fleuris pour la Toussaint.", "Toussaint", "2022-11-01", "day"),
    ("Le président a présidé les cérémonies du 11-Novembre.", "11-Novembre", "2022-11-11", "day"),
    ("Les syndicats ont défilé le 1er-Mai.", "1er-Mai", "2022-05-01", "day"),
    ("La fête est prévue pour la Saint-Sylvestre.", "Saint-Sylvestre", "2022-12-31", "day"),
    ("Les stations seront pleines à Pâques.", "Pâques", "2023-04-09", "day"),
]

# Numbers written in words, ordinals and durations that are not dates.
NUMBERS = [
    ("Le barrage a été construit il y a vingt ans.", "il y a vingt ans", "2002", "year"),
    ("Le verdict sera rendu dans quinze jours.", "dans quinze jours", "2022-11-30", "day"),
    ("L'usine a fermé il y a trente-cinq ans.", "il y a trente-cinq ans", "1987", "year"),
    ("L'usine a fermé il y a vingt et un ans.", "il y a vingt et un ans", "2001", "year"),
    ("Le chiffre d'affaires a chuté au deuxième trimestre.", "deuxième trimestre", "2022", "year"),
    ("Il a vécu trois ans au Canada.", "trois ans", "P3Y", "year"),
    ("Il a vécu pendant trois ans au Canada.", "pendant trois ans", "P3Y", "year"),
    ("Le maire est en poste depuis trois ans.", "depuis trois ans", "P3Y", "year"),
    ("Il est parti il y a trois ans au Canada.", "il y a trois ans", "2019", "year"),
    ("Le collège accueille des enfants de trois ans.", "trois ans", None, None),
    ("Il a été condamné à deux ans de prison ferme.", "deux ans", None, None),
    ("Le pont a été reconstruit en deux ans.", "en deux ans", "P2Y", "year"),
    # approximate numbers ("une dizaine d'années") and the literary "voici" of "il y a"
    ("Il y a une quinzaine de jours, la digue a cédé.", "une quinzaine de jours", "2022-11-02", "day"),
    ("Le village comptait mille habitants il y a une trentaine d'années.", "trentaine", "1992", "year"),
    ("Les travaux reprendront dans une dizaine de jours.", "dizaine de jours", "2022-11-26", "day"),
    ("Il a dirigé le club pendant une vingtaine d'années.", "vingtaine d'années", "P20Y", "year"),
    ("Une dizaine de manifestants ont défilé.", "Une dizaine", None, None),
    ("Voici deux ans, la commune a acheté le terrain.", "Voici deux ans", "2020", "year"),
]

# Ranges: each bound gets its own value.
RANGES = [
    ("Le salon se tiendra du 3 au 5 mars.", "3", "2023-03-03", "day"),
    ("Le salon se tiendra du 3 au 5 mars.", "5 mars", "2023-03-05", "day"),
    ("Les taux ont grimpé entre 2020 et 2022.", "2020", "2020", "year"),
    ("Les taux ont grimpé entre 2020 et 2022.", "2022", "2022", "year"),
    ("Il a dirigé le club de 2015 à 2019.", "2015", "2015", "year"),
    ("Il a dirigé le club de 2015 à 2019.", "2019", "2019", "year"),
    ("Les grèves ont eu lieu les 12 et 13 novembre.", "12", "2022-11-12", "day"),
    ("Les grèves ont eu lieu les 12 et 13 novembre.", "13 novembre", "2022-11-13", "day"),
    ("Le festival a lieu du lundi 21 au mercredi 23 novembre.", "lundi 21", "2022-11-21", "day"),
    ("Les inscriptions sont ouvertes jusqu'au 2 décembre inclus.", "2 décembre", "2022-12-02", "day"),
    ("Le camping est ouvert d'avril à octobre.", "octobre", "2022-10", "month"),
    ("Le médecin est indisponible jusqu'en janvier.", "janvier", "2023-01", "month"),
    ("Le médecin était indisponible jusqu'en janvier.", "janvier", "2022-01", "month"),
    ("Entre décembre et février, la piste reste fermée.", "février", "2023-02", "month"),
]

# Named from another date of the story: its value moves from the date told just before (or, for
# "la veille du", just after); with no date to move from, TimeML's unknown value of its grain.
ANAPHORA = [
    (
        "Il a été arrêté le 3 mars. Deux jours plus tard, il a été relâché.",
        "Deux jours plus tard",
        "2022-03-05",
        "day",
    ),
    (
        "Le club est né en 2015. Trois ans plus tard, il jouait en Ligue 1.",
        "Trois ans plus tard",
        "2018",
        "year",
    ),
    ("L'usine a fermé en 2010. Un an après, le site était vendu.", "Un an après", "2011", "year"),
    (
        "Le magasin a ouvert le 2 mai ; une semaine auparavant, tout était vide.",
        "une semaine auparavant",
        "2022-W17",
        "week",
    ),
    (
        "La société a été créée en 2015. L'année suivante, elle a embauché.",
        "L'année suivante",
        "2016",
        "year",
    ),
    (
        "Les ventes ont chuté en mars 2020. Le mois suivant, elles ont rebondi.",
        "Le mois suivant",
        "2020-04",
        "month",
    ),
    (
        "La grève a commencé le 5 octobre. La semaine précédente, rien ne bougeait.",
        "La semaine précédente",
        "2022-W39",
        "week",
    ),
    ("Le pont s'est effondré le 14 août 2018. Ce jour-là, il pleuvait.", "Ce jour-là", "2018-08-14", "day"),
    ("La mine a fermé en 1998. Cette année-là, le maire a démissionné.", "Cette année-là", "1998", "year"),
    ("La mine a fermé en 1998. La même année, le maire a démissionné.", "La même année", "1998", "year"),
    ("La veille du 14 juillet, les pompiers ont défilé.", "La veille", "2022-07-13", "day"),
    ("Il est arrivé samedi. Le lendemain, il était reparti.", "Le lendemain", "2022-11-13", "day"),
    ("Le lendemain, il était reparti.", "Le lendemain", "XXXX-XX-XX", "day"),
    ("Au lendemain du premier tour, le parti a réagi.", "Au lendemain", "XXXX-XX-XX", "day"),
    ("Quelques jours plus tard, il a été relâché.", "Quelques jours plus tard", "XXXX-XX-XX", "day"),
    ("Le drame s'est produit dimanche soir, peu avant minuit.", "minuit", "2022-11-14T00:00", "hour"),
    ("Trois ans après la guerre, le pays se relève.", "Trois ans", "P3Y", "year"),
]

# Decades, centuries, and the present, past and future as a whole.
LABELS = [
    ("La musique des années 1990 revient à la mode.", "années 1990", "199X", "year"),
    ("Ce quartier date de la fin des années 70.", "années 70", "197X", "year"),
    ("Le village a été fondé au XIIe siècle.", "XIIe siècle", "11XX", "year"),
    ("Le pays est actuellement en récession.", "actuellement", "PRESENT_REF", "day"),
    ("Le bâtiment a récemment été rénové.", "récemment", "PAST_REF", "day"),
    ("À l'époque, la mine employait mille personnes.", "À l'époque", "PAST_REF", "day"),
    ("Pour l'instant, aucune piste n'est écartée.", "Pour l'instant", "PRESENT_REF", "day"),
    ("Pour le moment, le trafic reste interrompu.", "Pour le moment", "PRESENT_REF", "day"),
    ("Jusqu'à présent, le club a tout gagné.", "présent", "PRESENT_REF", "day"),
    ("Maintenant, la ville doit reconstruire.", "Maintenant", "PRESENT_REF", "day"),
    ("Ces jours-ci, le trafic est perturbé.", "Ces jours-ci", "PRESENT_REF", "day"),
    ("Il y a peu, le maire a démissionné.", "Il y a peu", "PAST_REF", "day"),
    ("L'autre jour, j'ai croisé le maire.", "L'autre jour", "PAST_REF", "day"),
]


@pytest.mark.parametrize(
    ("sentence", "key", "value", "precision"),
    DATES
    + WEEKDAYS
    + DAY_PARTS
    + ELISIONS
    + RELATIVE
    + SEASONS
    + HOLIDAYS
    + NUMBERS
    + RANGES
    + ANAPHORA
    + LABELS,
)
def test_news_form(nlp, sentence, key, value, precision):
    got = covering(nlp, sentence, key)
    if value is None:
        assert got is None or not got[0][:1].isdigit(), got
    else:
        assert got == (value, precision)


@pytest.mark.parametrize(
    ("sentence", "key"),
    [
        ("Il y a trente siècles, des bergers vivaient déjà sur ce plateau.", "trente siècles"),
        ("Ces déchets resteront dangereux dans cent mille ans, selon l'agence.", "cent mille ans"),
        ("Il y a deux millions de jours, la vallée était un lac.", "deux millions de jours"),
    ],
)
def test_an_offset_off_the_calendar_dates_nothing(nlp, sentence, key):
    """A span of time that reaches before year 1 or past 9999 is no date (and stops nothing)."""
    got = covering(nlp, sentence, key)
    assert got is None or not got[0][:1].isdigit(), got
