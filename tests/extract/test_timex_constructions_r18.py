"""French temporal constructions of TimeML/TimeBank-FR and of news generally, one table of made-up
sentences -> the TIMEX3 a careful annotator writes (its extent, its type, its TimeML value).

Every sentence is written for this table (none comes from an evaluation text). All read against
one document date, Wednesday 12 March 2025 (ISO week 11), unless a row gives its own anchor.

A row is checked as the TimeBank scorer (``score_timex.py``) counts: some time record overlaps the
extent; when the gold value is a calendar value (``2025-03-11``, ``2025-W10``, ``2025``), a record
overlapping the extent has a value that begins with its calendar part (``2025-03-11TEV`` is right
for ``2025-03-11``; ``2025-SU`` only needs ``2025``); any other value (``PRESENT_REF``, ``P3Y``,
``XXXX-SU``, ``196X``) must be given as it is. The type must agree too, but a part of the day that
TimeBank types TIME (``hier soir``, ``2025-03-11TEV``) may be a DATE here (its day is the value).
TimeBank extents hold the determiner and the modifier ("le 3 mars dernier", "la semaine
prochaine"), "il y a" and "dans" of an offset, "vers" of a clock time, not a governing preposition
("depuis", "en", "à"); the scorer counts any overlap, so the extent only says where to look.
Rows failing today are strict xfails with the reason.
"""

from __future__ import annotations

import re

import pytest

from newsgraph.extract.timex import find_times
from newsgraph.model import TimeValue

WED = TimeValue("2025-03-12", "day")

CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?")
"""The calendar part of a TimeML value, as the TimeBank scorer cuts it."""


def xfail(*case: object, reason: str) -> object:
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


# A day of the month: with or without its year, weekday, modifier; ordinals; numeric dates.
DATES = [
    ("Le conseil municipal se réunira le 3 avril.", "le 3 avril", "DATE", "2025-04-03"),
    ("Les travaux ont commencé le 3 mars dernier.", "le 3 mars dernier", "DATE", "2025-03-03"),
    ("Le 1er juin, la piscine rouvrira ses portes.", "Le 1er juin", "DATE", "2025-06-01"),
    ("Le premier juin, la piscine rouvrira ses portes.", "Le premier juin", "DATE", "2025-06-01"),
    ("Elle est née le 12 août 1961 à Metz.", "le 12 août 1961", "DATE", "1961-08-12"),
    ("La loi du 9 décembre 1905 reste en vigueur.", "9 décembre 1905", "DATE", "1905-12-09"),
    ("L'accident s'est produit le 28 février vers 6 h.", "le 28 février", "DATE", "2025-02-28"),
    ("Le décret a été signé mardi 4 mars.", "mardi 4 mars", "DATE", "2025-03-04"),
    ("Le scrutin aura lieu le dimanche 6 avril.", "le dimanche 6 avril", "DATE", "2025-04-06"),
    ("Au 1er janvier 2026, le tarif changera.", "1er janvier 2026", "DATE", "2026-01-01"),
    ("Le dossier a été déposé le 10 novembre 93.", "le 10 novembre 93", "DATE", "1993-11-10"),
    ("Le contrat signé le 31/12/2024 court sur trois ans.", "31/12/2024", "DATE", "2024-12-31"),
    ("La vente est prévue le 17 avril prochain.", "le 17 avril prochain", "DATE", "2025-04-17"),
    ("Le jugement sera rendu le 2 mai.", "le 2 mai", "DATE", "2025-05-02"),
]

# A month, a year, their edges and parts; quarters; decades and centuries.
MONTHS_YEARS = [
    ("Les ventes ont chuté en octobre 98.", "octobre 98", "DATE", "1998-10"),
    ("Le salon ouvrira en juin prochain.", "juin prochain", "DATE", "2025-06"),
    ("Les prix ont baissé en janvier dernier.", "janvier dernier", "DATE", "2025-01"),
    ("Le festival aura lieu au mois de mai.", "mois de mai", "DATE", "2025-05"),
    ("Le chantier reprendra début octobre.", "début octobre", "DATE", "2025-10"),
    ("Les inscriptions closent mi-avril.", "mi-avril", "DATE", "2025-04"),
    ("La décision est attendue courant juin.", "courant juin", "DATE", "2025-06"),
    ("La crise a éclaté en septembre 2008.", "septembre 2008", "DATE", "2008-09"),
    ("Le club a été fondé en 1998.", "1998", "DATE", "1998"),
    ("Il rêve de l'année 2030 depuis longtemps.", "l'année 2030", "DATE", "2030"),
    ("Le passage à l'an 2000 inquiétait les banques.", "l'an 2000", "DATE", "2000"),
    ("L'usine fermera fin 2026.", "fin 2026", "DATE", "2026"),
    ("Le tramway sera livré début 2027.", "début 2027", "DATE", "2027"),
    ("La réforme a été votée mi-2008.", "mi-2008", "DATE", "2008"),
    ("Le chômage a reculé au premier trimestre.", "premier trimestre", "DATE", "2025-Q1"),
    ("Le bénéfice a doublé au premier trimestre 2024.", "premier trimestre 2024", "DATE", "2024-Q1"),
    ("Les embauches reprendront au second semestre.", "second semestre", "DATE", "2025-H2"),
    ("Le groupe a publié ses comptes de l'exercice 2024.", "2024", "DATE", "2024"),
    ("La ville a beaucoup changé depuis les années 1990.", "les années 1990", "DATE", "199X"),
    ("Le quartier a été bâti dans les années 60.", "les années 60", "DATE", "196X"),
    ("Cette maison date du XIXe siècle.", "XIXe siècle", "DATE", "18XX"),
    ("Le pont a été construit au début du siècle dernier.", "siècle dernier", "DATE", "19XX"),
    ("La production a doublé entre 2010 et 2012.", "2010", "DATE", "2010"),
    ("La production a doublé entre 2010 et 2012.", "2012", "DATE", "2012"),
    ("Le site sera neutre en carbone d'ici à 2030.", "2030", "DATE", "2030"),
    ("Le gouvernement vise la neutralité à l'horizon 2050.", "2050", "DATE", "2050"),
    ("Le club joue en deuxième division depuis 2020.", "2020", "DATE", "2020"),
    ("La commune a beaucoup grandi au début des années 2000.", "années 2000", "DATE", "200X"),
    ("La guerre a pris fin le 8 mai 1945.", "le 8 mai 1945", "DATE", "1945-05-08"),
    ("La station a connu l'été 2024 le plus chaud.", "l'été 2024", "DATE", "2024-SU"),
    ("La ligne ouvrira au printemps 2026.", "printemps 2026", "DATE", "2026-SP"),
    ("Les comptes de l'année 2024 sont dans le rouge.", "l'année 2024", "DATE", "2024"),
    (
        "Le chiffre d'affaires a progressé au premier semestre 2024.",
        "premier semestre 2024",
        "DATE",
        "2024-H1",
    ),
    ("En mars 2020, les écoles ont fermé.", "En mars 2020", "DATE", "2020-03"),
    ("Les vendanges ont commencé à la mi-septembre.", "mi-septembre", "DATE", "2024-09"),
    ("Le budget 2026 sera voté en décembre.", "2026", "DATE", "2026"),
    ("Le musée a accueilli 20 000 visiteurs en 2024-2025.", "2024", "DATE", "2024"),
    ("Le tunnel a été percé au XXe siècle.", "XXe siècle", "DATE", "19XX"),
    ("Le bâtiment date des années 1970.", "années 1970", "DATE", "197X"),
]

# Days told from the document date: deictic words, weekdays, parts of the day, nights.
DEICTIC_DAYS = [
    ("Le maire a démissionné hier.", "hier", "DATE", "2025-03-11"),
    ("Le conseil s'est réuni avant-hier.", "avant-hier", "DATE", "2025-03-10"),
    ("La grève reprendra demain.", "demain", "DATE", "2025-03-13"),
    ("Le verdict tombera après-demain.", "après-demain", "DATE", "2025-03-14"),
    ("Le ministre est attendu aujourd'hui à Nancy.", "aujourd'hui", "DATE", "2025-03-12"),
    ("Les pompiers sont intervenus mardi.", "mardi", "DATE", "2025-03-11"),
    ("Le préfet recevra les élus vendredi.", "vendredi", "DATE", "2025-03-14"),
    ("La foire a fermé lundi dernier.", "lundi dernier", "DATE", "2025-03-10"),
    ("Le jury se réunira lundi prochain.", "lundi prochain", "DATE", "2025-03-17"),
    ("Le texte a été adopté ce mercredi.", "ce mercredi", "DATE", "2025-03-12"),
    ("Les magasins resteront fermés jusqu'à dimanche.", "dimanche", "DATE", "2025-03-16"),
    ("Les candidats ont jusqu'à vendredi pour s'inscrire.", "vendredi", "DATE", "2025-03-14"),
    ("Les bus circuleront normalement dès lundi.", "lundi", "DATE", "2025-03-17"),
    ("Un incendie s'est déclaré mardi soir.", "mardi soir", "TIME", "2025-03-11TEV"),
    ("Le cortège partira samedi matin.", "samedi matin", "TIME", "2025-03-15TMO"),
    ("Un camion s'est renversé hier matin.", "hier matin", "TIME", "2025-03-11TMO"),
    ("Le ministre s'exprimera ce soir.", "ce soir", "TIME", "2025-03-12TEV"),
    ("Les élus ont été reçus ce matin.", "ce matin", "TIME", "2025-03-12TMO"),
    ("La séance reprendra demain après-midi.", "demain après-midi", "TIME", "2025-03-13TAF"),
    (
        "Le vent a soufflé dans la nuit de samedi à dimanche.",
        "la nuit de samedi à dimanche",
        "TIME",
        "2025-03-08TNI",
    ),
    ("Le bâtiment a brûlé la nuit dernière.", "la nuit dernière", "TIME", "2025-03-11TNI"),
    ("Samedi dernier, les supporters ont envahi le terrain.", "Samedi dernier", "DATE", "2025-03-08"),
    ("Le 4 mars au soir, la digue a cédé.", "Le 4 mars au soir", "TIME", "2025-03-04TEV"),
    ("Le ministre est arrivé hier mardi à Épinal.", "hier mardi", "DATE", "2025-03-11"),
    ("Aujourd'hui mercredi, les écoles sont fermées.", "Aujourd'hui mercredi", "DATE", "2025-03-12"),
    ("Le tournoi s'ouvre ce mercredi 12 à Vittel.", "mercredi 12", "DATE", "2025-03-12"),
    (
        "La crue a atteint son pic dans la nuit du 8 au 9 mars.",
        "la nuit du 8 au 9 mars",
        "TIME",
        "2025-03-08TNI",
    ),
    ("Un orage a éclaté hier en fin d'après-midi.", "hier", "DATE", "2025-03-11"),
    ("Le scrutin s'est tenu dimanche dernier.", "dimanche dernier", "DATE", "2025-03-09"),
    ("La cérémonie aura lieu samedi à 8 h.", "samedi", "DATE", "2025-03-15"),
    ("La cérémonie aura lieu samedi à 8 h.", "8 h", "TIME", "2025-03-15T08:00"),
    ("Le maire a été réélu mardi et mercredi.", "mardi", "DATE", "2025-03-11"),
    ("On ne peut pas retrouver ses amis un samedi soir.", "un samedi soir", "DATE", "XXXX-WXX-6"),
    ("Un lundi de février, la neige est tombée.", "lundi", "DATE", "XXXX-WXX-1"),
    ("Les jurés délibéreront samedi et dimanche prochains.", "samedi", "DATE", "2025-03-15"),
    ("Les syndicats appellent à manifester jeudi.", "jeudi", "DATE", "2025-03-13"),
    ("Le maire vient de signer lundi le permis.", "lundi", "DATE", "2025-03-10"),
    ("Le maire dit avoir signé lundi le permis.", "lundi", "DATE", "2025-03-10"),
    ("Les jurés délibéreront samedi et dimanche prochains.", "dimanche prochains", "DATE", "2025-03-16"),
    ("La braderie aura lieu les samedi 15 et dimanche 16 mars.", "dimanche 16 mars", "DATE", "2025-03-16"),
    ("La braderie aura lieu les samedi 15 et dimanche 16 mars.", "samedi 15", "DATE", "2025-03-15"),
    (
        "Le corps a été découvert dimanche 9 mars au matin.",
        "dimanche 9 mars au matin",
        "TIME",
        "2025-03-09TMO",
    ),
    ("Le pont sera fermé du 1er au 15 avril.", "15 avril", "DATE", "2025-04-15"),
    ("Le pont sera fermé du 1er au 15 avril.", "1er", "DATE", "2025-04-01"),
    ("La grue s'est effondrée tôt ce matin.", "ce matin", "TIME", "2025-03-12TMO"),
    ("Les résultats seront publiés à la fin juin.", "fin juin", "DATE", "2025-06"),
    ("Les bureaux resteront fermés jusqu'au 30 avril.", "30 avril", "DATE", "2025-04-30"),
    ("Le nouveau tarif s'appliquera à partir du 1er avril.", "1er avril", "DATE", "2025-04-01"),
    ("La réunion du 12 courant a été annulée.", "12 courant", "DATE", "2025-03-12"),
]

# Weeks, months, years named from the document date; offsets forward and back in words or digits.
RELATIVE = [
    ("Les prix ont grimpé la semaine dernière.", "la semaine dernière", "DATE", "2025-W10"),
    ("Le texte sera voté la semaine prochaine.", "la semaine prochaine", "DATE", "2025-W12"),
    ("Les trains circulent mal cette semaine.", "cette semaine", "DATE", "2025-W11"),
    ("Le club a gagné le week-end dernier.", "le week-end dernier", "DATE", "2025-W10-WE"),
    ("Les routes seront chargées ce week-end.", "ce week-end", "DATE", "2025-W11-WE"),
    ("Les loyers ont baissé le mois dernier.", "le mois dernier", "DATE", "2025-02"),
    ("La hausse entrera en vigueur le mois prochain.", "le mois prochain", "DATE", "2025-04"),
    ("Les ventes ont reculé ce mois-ci.", "ce mois-ci", "DATE", "2025-03"),
    ("La récolte a été maigre l'an dernier.", "l'an dernier", "DATE", "2024"),
    ("La récolte a été maigre l'année dernière.", "l'année dernière", "DATE", "2024"),
    ("Le festival reviendra l'année prochaine.", "l'année prochaine", "DATE", "2026"),
    ("Le club a été promu l'an passé.", "l'an passé", "DATE", "2024"),
    ("Le chômage a baissé cette année.", "cette année", "DATE", "2025"),
    ("L'usine a fermé il y a trois ans.", "il y a trois ans", "DATE", "2022"),
    ("Le maire a été élu il y a un an.", "il y a un an", "DATE", "2024"),
    ("Le pont a été inauguré il y a vingt-cinq ans.", "il y a vingt-cinq ans", "DATE", "2000"),
    ("La plainte a été déposée il y a dix jours.", "il y a dix jours", "DATE", "2025-03-02"),
    ("L'enquête a été ouverte il y a deux semaines.", "il y a deux semaines", "DATE", "2025-W09"),
    ("Les résultats seront connus dans deux semaines.", "dans deux semaines", "DATE", "2025-W13"),
    ("La ligne rouvrira dans trois mois.", "dans trois mois", "DATE", "2025-06"),
    ("Le juge rendra sa décision dans dix jours.", "dans dix jours", "DATE", "2025-03-22"),
    ("Le chantier sera achevé dans un mois.", "dans un mois", "DATE", "2025-04"),
    ("Le texte a été voté en fin de semaine dernière.", "semaine dernière", "DATE", "2025-W10"),
    ("Les loyers augmenteront en début d'année prochaine.", "année prochaine", "DATE", "2026"),
    ("Les soldes ont débuté fin février.", "fin février", "DATE", "2025-02"),
    ("Le bilan sera connu à la fin du mois de mars.", "mars", "DATE", "2025-03"),
    ("Les commerçants sont inquiets en cette fin d'année.", "fin d'année", "DATE", "2025"),
    ("Voici deux ans, le village a été inondé.", "Voici deux ans", "DATE", "2023"),
    ("Le rapport sera remis d'ici la fin du mois.", "la fin du mois", "DATE", "2025-03"),
    ("Les prix ont flambé depuis le début de l'année.", "le début de l'année", "DATE", "2025"),
    ("Le déficit s'est creusé à la fin de l'année dernière.", "la fin de l'année dernière", "DATE", "2024"),
    ("La réunion est prévue en fin de semaine.", "en fin de semaine", "DATE", "2025-W11"),
]

# Seasons and feasts.
SEASONS_FEASTS = [
    ("La route a été refaite l'été dernier.", "l'été dernier", "DATE", "2024-SU"),
    ("Les travaux commenceront cet été.", "cet été", "DATE", "2025-SU"),
    ("Le musée rouvrira à l'automne prochain.", "l'automne prochain", "DATE", "2025-FA"),
    xfail(
        "Les cigognes reviennent chaque année en été.",
        "été",
        "DATE",
        "XXXX-SU",
        reason="a season of a habit is read as this year's (2025), not TimeML's generic XXXX-SU",
    ),
    ("Le marché de Noël ouvrira à Noël.", "à Noël", "DATE", "2025-12-25"),
    ("Les familles se retrouveront à la Toussaint.", "la Toussaint", "DATE", "2025-11-01"),
    ("Le village sera en fête à Pâques.", "Pâques", "DATE", "2025-04-20"),
    ("Le défilé du 14-Juillet sera raccourci.", "14-Juillet", "DATE", "2025-07-14"),
    ("Les rues ont été illuminées à Noël dernier.", "Noël dernier", "DATE", "2024-12-25"),
    ("Les commerces ouvriront le lundi de Pâques.", "le lundi de Pâques", "DATE", "2025-04-21"),
    ("La mairie organise un bal pour le Nouvel An.", "le Nouvel An", "DATE", "2026-01-01"),
    ("Le marché est ouvert jusqu'à la Saint-Sylvestre.", "la Saint-Sylvestre", "DATE", "2025-12-31"),
    ("Les enfants ont été reçus la veille de Noël.", "la veille de Noël", "DATE", "2024-12-24"),
    ("Les écoliers partiront en vacances à la Toussaint.", "la Toussaint", "DATE", "2025-11-01"),
    ("Les prix ont grimpé depuis Noël.", "Noël", "DATE", "2024-12-25"),
]

# Clock times, alone, after a day, around ("vers"), in words; a clock range is two TIMEX3.
CLOCKS = [
    ("Le train est parti à 15 h 30.", "15 h 30", "TIME", "2025-03-12T15:30"),
    ("Le feu a été maîtrisé vers midi.", "vers midi", "TIME", "2025-03-12T12:00"),
    ("Les portes ouvriront à 8 heures.", "8 heures", "TIME", "2025-03-12T08:00"),
    ("La sirène a retenti à 18h30.", "18h30", "TIME", "2025-03-12T18:30"),
    ("Le choc a eu lieu vers 22 heures.", "vers 22 heures", "TIME", "2025-03-12T22:00"),
    (
        "Les gendarmes sont arrivés à trois heures du matin.",
        "trois heures du matin",
        "TIME",
        "2025-03-12T03:00",
    ),
    ("Hier à 10 h, la séance a été levée.", "Hier à 10 h", "TIME", "2025-03-11T10:00"),
    ("Le bureau est ouvert de 14 h à 18 h.", "14 h", "TIME", "2025-03-12T14:00"),
    ("Le bureau est ouvert de 14 h à 18 h.", "18 h", "TIME", "2025-03-12T18:00"),
    ("Le drame s'est noué à minuit.", "minuit", "TIME", "2025-03-13T00:00"),
    ("Le marché se tient à la mi-journée.", "à la mi-journée", "TIME", "2025-03-12TMI"),
    ("Les secours sont arrivés en fin de matinée.", "en fin de matinée", "TIME", "2025-03-12TMO"),
    ("Le vote aura lieu dans l'après-midi.", "dans l'après-midi", "TIME", "2025-03-12TAF"),
    ("Le car est parti hier vers 15 h 30.", "15 h 30", "TIME", "2025-03-11T15:30"),
    ("Les portes ouvriront dès 7 h.", "7 h", "TIME", "2025-03-12T07:00"),
    ("Le coup d'envoi sera donné à 20 h 30, heure française.", "20 h 30", "TIME", "2025-03-12T20:30"),
    ("Le bus est tombé en panne aux alentours de 23 heures.", "23 heures", "TIME", "2025-03-12T23:00"),
    ("Le vote a eu lieu à dix-huit heures trente.", "dix-huit heures trente", "TIME", "2025-03-12T18:30"),
    ("La réunion a commencé à 9 h précises.", "9 h", "TIME", "2025-03-12T09:00"),
    ("Les secours ont été appelés hier, peu avant 17 heures.", "17 heures", "TIME", "2025-03-11T17:00"),
    ("Le spectacle commence à 20 heures 30.", "20 heures 30", "TIME", "2025-03-12T20:30"),
    ("Le train arrivera vers 16 h demain.", "16 h", "TIME", "2025-03-13T16:00"),
    ("La manifestation a dégénéré en début de soirée.", "en début de soirée", "TIME", "2025-03-12TEV"),
    ("L'explosion s'est produite tard dans la nuit.", "la nuit", "TIME", "2025-03-12TNI"),
]

# Ranges: each bound is a TIMEX3 of its own.
RANGES = [
    ("Le salon se tiendra du 3 au 5 avril.", "5 avril", "DATE", "2025-04-05"),
    ("Le salon se tiendra du 3 au 5 avril.", "3", "DATE", "2025-04-03"),
    ("Les fouilles ont duré de janvier à mars.", "janvier", "DATE", "2025-01"),
    ("Les fouilles ont duré de janvier à mars.", "mars", "DATE", "2025-03"),
    ("Le festival aura lieu les 6 et 7 juin.", "les 6", "DATE", "2025-06-06"),
    ("Le festival aura lieu les 6 et 7 juin.", "7 juin", "DATE", "2025-06-07"),
]

# Anaphora: a day told earlier in the story.
ANAPHORA = [
    ("Le 4 mars, un orage a éclaté. La veille, il faisait 20 degrés.", "La veille", "DATE", "2025-03-03"),
    (
        "Le 4 mars, un orage a éclaté. Le lendemain, les routes étaient coupées.",
        "Le lendemain",
        "DATE",
        "2025-03-05",
    ),
    ("Le 4 mars, un orage a éclaté. Ce jour-là, la ville était déserte.", "Ce jour-là", "DATE", "2025-03-04"),
    (
        "Lundi 3 mars, le maire a reçu les pêcheurs. Dans la soirée, il a tranché.",
        "la soirée",
        "TIME",
        "2025-03-03TEV",
    ),
    (
        "Le 4 mars, un orage a éclaté. La veille au soir, il faisait doux.",
        "La veille au soir",
        "TIME",
        "2025-03-03TEV",
    ),
    (
        "Le 4 mars, un orage a éclaté. Le lendemain matin, les routes étaient coupées.",
        "Le lendemain matin",
        "TIME",
        "2025-03-05TMO",
    ),
    (
        "Le 4 mars, le juge a rendu son verdict. Le matin même, l'accusé avait parlé.",
        "Le matin même",
        "TIME",
        "2025-03-04TMO",
    ),
    ("L'usine a fermé en 2019. L'année suivante, le site a été vendu.", "L'année suivante", "DATE", "2020"),
    (
        "Le pont a été fermé en 2019. Trois ans plus tard, il a rouvert.",
        "Trois ans plus tard",
        "DATE",
        "2022",
    ),
    ("Le club a été fondé en 1998. Cette année-là, il a gagné la coupe.", "Cette année-là", "DATE", "1998"),
    (
        "La mine a fermé en juin 2001. Le mois précédent, les mineurs avaient fait grève.",
        "Le mois précédent",
        "DATE",
        "2001-05",
    ),
    (
        "Samedi, les pompiers sont intervenus à Toul. Le soir, le feu a repris.",
        "Le soir",
        "TIME",
        "2025-03-08TEV",
    ),
    (
        "Samedi, le maire a inauguré la piscine. L'après-midi, il a reçu les associations.",
        "L'après-midi",
        "TIME",
        "2025-03-08TAF",
    ),
    (
        "Mardi, la foudre est tombée à 14 h. À ce moment-là, l'école était vide.",
        "ce moment-là",
        "TIME",
        "2025-03-11T14:00",
    ),
    ("Le matin, le village était bouclé, se souvient un habitant.", "Le matin", "DATE", "XXXX-XX-XX"),
]

# The present, the past and the future as a whole (TimeML PRESENT_REF, PAST_REF, FUTURE_REF).
REFS = [
    ("Le village compte actuellement 300 habitants.", "actuellement", "DATE", "PRESENT_REF"),
    ("Le maire actuel a été élu en 2020.", "actuel", "DATE", "PRESENT_REF"),
    ("Autrefois, le village vivait de la vigne.", "Autrefois", "DATE", "PAST_REF"),
    xfail(
        "Le site rouvrira bientôt au public.",
        "bientôt",
        "DATE",
        "FUTURE_REF",
        reason="'bientôt' is left out on purpose (test_timex_labels): too often a manner ('bientôt fini')",
    ),
    ("Le chantier sera prochainement lancé.", "prochainement", "DATE", "FUTURE_REF"),
    ("À l'avenir, les trains seront plus fréquents.", "l'avenir", "DATE", "FUTURE_REF"),
    ("Le quartier est désormais piéton.", "désormais", "DATE", "PRESENT_REF"),
    ("À l'époque, l'usine employait 2000 ouvriers.", "l'époque", "DATE", "PAST_REF"),
    ("De nos jours, on ne répare plus les montres.", "De nos jours", "DATE", "PRESENT_REF"),
    ("Le maire a récemment changé d'avis.", "récemment", "DATE", "PAST_REF"),
    ("Jadis, le bourg comptait trois moulins.", "Jadis", "DATE", "PAST_REF"),
    ("Les tarifs seront revus dans les prochains jours.", "les prochains jours", "DURATION", "PXD"),
    ("Les aides arriveront dans les semaines à venir.", "les semaines à venir", "DATE", "FUTURE_REF"),
    ("Pour l'instant, aucune piste n'est écartée.", "Pour l'instant", "DATE", "PRESENT_REF"),
    ("En ce moment, le lac est gelé.", "En ce moment", "DATE", "PRESENT_REF"),
    ("À présent, le club vise la montée.", "À présent", "DATE", "PRESENT_REF"),
    ("Par le passé, la digue avait cédé deux fois.", "Par le passé", "DATE", "PAST_REF"),
    xfail(
        "Le bourg sera bientôt relié à la fibre.",
        "bientôt",
        "DATE",
        "FUTURE_REF",
        reason="'bientôt' is left out on purpose (test_timex_labels): too often a manner ('bientôt fini')",
    ),
    ("Maintenant, le club doit gagner.", "Maintenant", "DATE", "PRESENT_REF"),
    ("Jusqu'à présent, aucun blessé n'est à déplorer.", "Jusqu'à présent", "DATE", "PRESENT_REF"),
    ("Le tribunal statuera ultérieurement.", "ultérieurement", "DATE", "FUTURE_REF"),
    ("Le chômage a beaucoup baissé ces dernières années.", "ces dernières années", "DURATION", "PXY"),
]

# Stretches of time (DURATION) and repetitions (SET); not in TimeBank's scored DATE/TIME, kept right.
DURATIONS_SETS = [
    ("La route sera fermée pendant six mois.", "six mois", "DURATION", "P6M"),
    ("Il habite à Toul depuis 15 ans.", "15 ans", "DURATION", "P15Y"),
    ("Le procès a duré trois semaines.", "trois semaines", "DURATION", "P3W"),
    xfail(
        "La panne a duré deux heures.",
        "deux heures",
        "DURATION",
        "PT2H",
        reason="a bare number of hours is a clock time or nothing; the verb of lasting is not read",
    ),
    ("Le prix a doublé au cours des trois dernières années.", "trois dernières années", "DURATION", "P3Y"),
    ("Les suspects ont été gardés à vue 48 heures.", "48 heures", "DURATION", "PT48H"),
    ("Le conseil se réunit chaque semaine.", "chaque semaine", "SET", "P1W"),
    ("Le marché a lieu tous les lundis.", "tous les lundis", "SET", "XXXX-WXX-1"),
    ("Le bus passe tous les jours.", "tous les jours", "SET", "P1D"),
    ("La fête revient chaque année.", "chaque année", "SET", "P1Y"),
    ("Le club s'entraîne tous les soirs.", "tous les soirs", "SET", "XXXX-XX-XXTEV"),
    ("Le chantier a duré une dizaine d'années.", "une dizaine d'années", "DURATION", "P10Y"),
    ("Le détenu a passé vingt ans en prison.", "vingt ans", "DURATION", "P20Y"),
]


def found_for(nlp, sentence: str, extent: str, anchor: TimeValue = WED):
    start = sentence.index(extent)
    end = start + len(extent)
    return [t for t in find_times(sentence, anchor, "d", nlp(sentence)) if t.start < end and t.end > start]


def scored_right(value: str, gold: str) -> bool:
    """The TimeBank scorer's test: the calendar part of the gold value begins the system's value;
    a value that names no calendar stretch must be the same."""
    cal = CALENDAR.match(gold)
    if cal:
        return len(value) >= cal.end() and value[: cal.end()] == cal.group(0)
    return value == gold


def type_agrees(kind: str, gold_type: str, gold: str) -> bool:
    """TimeBank types a part of the day (``2025-03-11TEV``) TIME, a day value typed DATE is fine;
    TimeBank splits "samedi à 8 h" into a DATE and a TIME, one TIME record of both is fine."""
    if kind == gold_type:
        return True
    if gold_type == "TIME":
        return re.search(r"T[A-Z]{2}$", gold) is not None
    return gold_type == "DATE" and kind == "TIME" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold) is not None


@pytest.mark.parametrize(
    ("sentence", "extent", "kind", "value"),
    DATES
    + MONTHS_YEARS
    + DEICTIC_DAYS
    + RELATIVE
    + SEASONS_FEASTS
    + CLOCKS
    + RANGES
    + ANAPHORA
    + REFS
    + DURATIONS_SETS,
)
def test_construction(nlp, sentence, extent, kind, value):
    found = found_for(nlp, sentence, extent)
    assert found, f"no time record over {extent!r}"
    assert any(scored_right(t.value, value) for t in found), [(t.text, t.value) for t in found]
    assert any(type_agrees(t.type, kind, value) for t in found if scored_right(t.value, value)), [
        (t.text, t.type) for t in found
    ]
