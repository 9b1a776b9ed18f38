"""Event types of our own (no CAMEO root) told by a construction of fresh news, round 21: weather
alerts as a state a place is put in, snow and rain told by their measure, mourning, celebrations
that last, shows on stage, works exhibited, goods sold by count, building works, traffic that
resumes; with the other senses of their words as negatives ("appeler à la vigilance", "faire son
deuil", "la fête des pères", "la scène politique", "exposé au soleil", "vendre sa voiture", "tomber
à l'eau"). Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event, xfail

ALERTS = [
    ("La Haute-Savoie a été placée en vigilance rouge avalanche.", "natural_disaster", None, None),
    ("Douze départements restent en vigilance orange orages ce dimanche.", "natural_disaster", None, None),
    ("Le Gard est repassé en vigilance jaune dans la nuit.", "natural_disaster", None, None),
    ("La Vendée est placée en alerte renforcée depuis lundi.", "drought", None, None),
]
NOT_ALERTS = [
    ("Le maire appelle les promeneurs à la vigilance.", "natural_disaster"),
    ("Les douaniers redoublent de vigilance sur le port.", "natural_disaster"),
    xfail(
        "La France reste en vigilance Vigipirate renforcée.",
        "natural_disaster",
        reason="the parser makes 'Vigipirate' a root of its own, so the veto does not see it",
    ),
    ("Une vigilance accrue est demandée aux parents.", "natural_disaster"),
]

MEASURED = [
    ("Il est tombé 40 cm de neige sur le Vercors.", "snow_and_cold", None, None),
    ("Il est tombé 120 mm de pluie en trois heures à Alès.", "natural_disaster", None, None),
    xfail(
        "Dans la nuit, il est tombé jusqu'à 15 cm de neige en Savoie.",
        "snow_and_cold",
        None,
        None,
        reason="'jusqu'à 15 cm' is parsed as an adverbial of 'tombé', not its object",
    ),
]
NOT_MEASURED = [
    ("Son projet de restaurant est tombé à l'eau.", "natural_disaster"),
    ("Le skieur est tombé dans 30 cm de poudreuse sans se blesser.", "snow_and_cold"),
]

MOURNING = [
    ("Le Premier ministre a décrété un deuil national de deux jours.", "ceremony", "premier ministre", None),
    ("La commune observe une journée de deuil après le drame.", "ceremony", None, None),
    ("Le pays entre dans une période de deuil d'une semaine.", "ceremony", None, None),
]
NOT_MOURNING = [
    ("Il lui a fallu des années pour faire son deuil.", "ceremony"),
]

CELEBRATIONS = [
    ("Dans les rues de Lens, la fête s'est prolongée jusqu'à l'aube.", "celebration", None, None),
    ("La fête a duré toute la nuit sur le Vieux-Port.", "celebration", None, None),
    ("Des scènes de liesse ont éclaté dans les rues d'Alger.", "celebration", None, None),
    ("Les supporters ont improvisé une fête qui a duré jusqu'à l'aube.", "celebration", None, None),
]
NOT_CELEBRATIONS = [
    ("La fête des pères tombe cette année le 18 juin.", "celebration"),
    ("Ces étudiants aiment faire la fête le jeudi.", "celebration"),
]

SHOWS = [
    ("Le chanteur sera en concert au Zénith de Nantes samedi.", "cultural_event", "chanteur", None),
    ("La comédienne est en spectacle à Bordeaux jusqu'à dimanche.", "cultural_event", None, "bordeaux"),
    ("Le rappeur est monté sur scène devant 15 000 fans.", "cultural_event", None, None),
    ("Après deux ans d'absence, la chanteuse est de retour sur scène.", "cultural_event", None, None),
]
NOT_SHOWS = [
    ("L'ancien ministre fait son retour sur la scène politique.", "cultural_event"),
    ("Les enquêteurs ont passé la scène de crime au peigne fin.", "cultural_event"),
    ("Le guitariste dit qu'il oublie tout quand il est sur scène.", "cultural_event"),
]

EXHIBITIONS = [
    ("Le musée de Lyon expose une centaine de toiles de Soulages.", "cultural_event", None, None),
    ("Ses photographies sont exposées à la mairie jusqu'en mars.", "cultural_event", None, None),
    ("Le cercueil du président sera exposé aux Invalides.", "ceremony", None, None),
]
NOT_EXHIBITIONS = [
    ("Les ouvriers sont exposés au soleil toute la journée.", "cultural_event"),
    ("Les enfants sont exposés trop tôt aux écrans.", "cultural_event"),
    ("Le député s'expose à des poursuites.", "cultural_event"),
]

SALES = [
    ("Le constructeur a vendu deux millions de voitures l'an dernier.", "sales", "constructeur", None),
    ("Son premier roman s'est vendu à 500 000 exemplaires.", "sales", None, None),
]
NOT_SALES = [
    ("Ils ont vendu leur maison de campagne pour s'installer en ville.", "sales"),
    ("Le club a vendu son attaquant à un club anglais.", "sales"),
]

WORKS = [
    ("Le génie militaire construit un camp pour 800 soldats près de Constanta.", "launch", None, None),
    ("La commune va construire 200 logements sociaux.", "launch", None, None),
    ("La construction de la digue a débuté à Dunkerque.", "launch", None, None),
    ("Les travaux ont débuté lundi sur le pont de Cahors.", "launch", None, None),
]
NOT_WORKS = [
    ("Il faudra de gros travaux pour sauver l'église.", "launch"),
    ("Le maraîcher manque de gazole pour achever ses travaux.", "launch"),
    ("Le sélectionneur veut construire un groupe solide.", "launch"),
    ("Les habitants veulent empêcher la construction de la rocade.", "launch"),
]

RESUMED = [
    ("La SNCF annonce la reprise du trafic sur la ligne Paris-Lille.", "return", None, None),
    ("Le trafic a repris dans la matinée entre Lyon et Marseille.", "return", None, None),
    ("La circulation a été rétablie sur l'A7 dans la soirée.", "return", None, None),
]
OFFICES_LEFT = [
    ("Le directeur général quitte ses fonctions à la fin du mois.", "resign", "directeur", None),
]

PRICES = [
    ("Le prix du gazole a atteint 2,10 euros le litre à Lille.", "price_change", None, None),
    ("Le prix du blé dépasse 400 euros la tonne.", "price_change", None, None),
]
NOT_PRICES = [
    ("Le club a atteint son objectif de la saison.", "price_change"),
]

OPENINGS_CLOSINGS = [
    ("Une boulangerie a ouvert ses portes dans le bourg.", "launch", None, None),
    ("Le dernier cinéma du quartier a baissé le rideau.", "closure", None, None),
    ("Le réacteur a été mis à l'arrêt pour une fuite.", "reduce_production", None, None),
]
NOT_OPENINGS_CLOSINGS = [
    ("Le café ouvre tous les jours à 7 heures.", "launch"),
    ("La ministre ne ferme pas la porte à cette proposition.", "closure"),
]

MEDICAL = [
    ("Le petit garçon a subi une greffe du foie à Lyon.", "medical_procedure", None, None),
    ("Le chirurgien a opéré la fillette pendant huit heures.", "medical_procedure", "chirurgien", None),
    ("Il a été opéré du genou mardi.", "medical_procedure", None, None),
    ("Une intervention chirurgicale inédite a eu lieu au CHU de Rennes.", "medical_procedure", None, None),
]
NOT_MEDICAL = [
    ("Le dossier a été déposé au greffe du tribunal.", "medical_procedure"),
    ("Les forces spéciales opèrent dans le nord du pays.", "medical_procedure"),
]

DISRUPTIONS = [
    ("À cause du verglas, les transports scolaires ont été annulés.", "traffic_disruption", None, None),
    ("Les services de déminage sont intervenus dans la gare.", "emergency_response", None, None),
]
NOT_DISRUPTIONS = [
    ("Le conseil municipal a annulé la hausse du prix du bus.", "traffic_disruption"),
]

NOT_RESUMED = [
    ("Le trafic de drogue a repris dans le quartier.", "return"),
    ("Les cours ont repris lundi au lycée.", "return"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"),
    ALERTS
    + MEASURED
    + MOURNING
    + CELEBRATIONS
    + SHOWS
    + EXHIBITIONS
    + SALES
    + WORKS
    + RESUMED
    + OFFICES_LEFT
    + PRICES
    + OPENINGS_CLOSINGS
    + MEDICAL
    + DISRUPTIONS,
)
def test_types_r21(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    NOT_ALERTS
    + NOT_MEASURED
    + NOT_MOURNING
    + NOT_CELEBRATIONS
    + NOT_SHOWS
    + NOT_EXHIBITIONS
    + NOT_SALES
    + NOT_WORKS
    + NOT_RESUMED
    + NOT_PRICES
    + NOT_OPENINGS_CLOSINGS
    + NOT_MEDICAL
    + NOT_DISRUPTIONS,
)
def test_other_senses_r21(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
