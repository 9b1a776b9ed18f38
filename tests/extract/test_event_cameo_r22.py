"""CAMEO-rooted events of fresh news told by words and expressions the lexicon lacked, round 22: people
taken out of a burning building, nationals exfiltrated, refugees housed, help given ("venir en aide",
07); arms laid down (08); crowds that regroup, back in the street, scuffles, stones thrown (14); troops
settling in a country (15); a suspect handcuffed or caught ("mettre la main sur"), drugs seized,
migrants turned back (17); people roughed up, stoned (18); bombs dropped, a shell that hits, a place
taken as a target, a package of sanctions (19, 16). Vetoes on senses read on the open sets' wrong
events: a price that "se négocie", a patient who consults, a fine paid, a bank loan, an employee's bonus,
a road bridge cut. Each with the other senses of its words as
negatives ("mettre la main à la pâte", "les communes se regroupent", "refouler ses larmes", "touché
par la crise", "pris pour cible par les internautes", "des mortiers d'artifice"). Sentences written
for these tests. Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row``
(lowercase substrings; None: not checked); negatives: (sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

AID = [  # 07 provide aid, rescue, asylum
    ("Une fillette a été extraite de la maison en flammes par les pompiers.", "rescue", "pompiers", None),
    ("Deux enfants ont été extraits de l'appartement enfumé à Roubaix.", "rescue", None, "roubaix"),
    ("Les ressortissants français ont été exfiltrés de Kaboul par l'armée.", "rescue", "armée", "kaboul"),
    ("Le gymnase héberge une centaine de réfugiés ukrainiens.", "grant_asylum", "réfugiés", None),
    ("Les familles afghanes sont hébergées par des habitants de Brest.", "grant_asylum", "familles", None),
    ("Des bénévoles sont venus en aide aux sinistrés de Mayotte.", "provide_aid", "bénévoles", None),
]
NOT_AID = [
    ("Cette entreprise extrait du lithium dans l'Allier.", "rescue"),
    ("Le pirate a exfiltré des données de l'hôpital.", "rescue"),
    ("Le serveur héberge les données des clients.", "grant_asylum"),
]
YIELD = [  # 08
    ("Les derniers combattants ont déposé les armes à Marioupol.", "yield", "combattants", "marioupol"),
    ("Les rebelles ont rendu les armes lundi.", "yield", "rebelles", None),
]
PROTEST = [  # 14 demonstrations and riots
    (
        "Des milliers d'opposants se sont regroupés devant la préfecture de Niort.",
        "demonstrate",
        "opposants",
        None,
    ),
    ("Les agriculteurs sont redescendus dans la rue à Toulouse.", "demonstrate", "agriculteurs", "toulouse"),
    ("Des échauffourées ont éclaté entre supporters et policiers à Nice.", "riot", None, "nice"),
    ("Des pompiers ont été caillassés lors d'une intervention à Nîmes.", "riot", "pompiers", "nîmes"),
    ("Le caillassage d'un bus a choqué les habitants.", "riot", None, None),
]
NOT_PROTEST = [
    ("Les deux communes se sont regroupées pour réduire leurs dépenses.", "demonstrate"),
    ("Les randonneurs se sont regroupés au refuge avant la tempête.", "demonstrate"),
]
POSTURE = [  # 15 deploy
    ("L'armée française s'installe durablement en Roumanie.", "deploy", "armée", "roumanie"),
    ("Des troupes américaines se sont installées en Pologne.", "deploy", "troupes", "pologne"),
]
NOT_POSTURE = [
    ("La famille s'est installée en Bretagne l'an dernier.", "deploy"),
    ("Le nouveau directeur s'installe à Lyon.", "deploy"),
]
CONSULT = [  # 04
    ("Les deux présidents se sont parlé au téléphone mardi.", "phone_call", "présidents", None),
]
NOT_CONSULT = [
    ("Il a parlé au téléphone avec sa mère.", "phone_call"),
]
REPRESS = [  # 17 tear gas on a crowd
    ("Les gendarmes ont tiré des gaz lacrymogènes pour disperser la foule.", "repress", "gendarmes", None),
    ("Des tirs de grenades lacrymogènes ont visé les manifestants.", "repress", None, None),
]
NOT_REPRESS = [
    ("Le prix du gaz a encore augmenté cet hiver.", "repress"),
]
BOMBING = [  # 18
    ("Une voiture piégée a explosé devant l'ambassade à Kaboul.", "bombing", None, "kaboul"),
    ("Un engin explosif a explosé au passage du convoi.", "bombing", None, None),
]
COERCE = [  # 17 arrests, seizures, turned back
    ("Le suspect a été menotté par les gendarmes.", "arrest", "gendarmes", None),
    ("Les policiers ont mis la main sur le braqueur à Lille.", "arrest", "policiers", "lille"),
    ("Les douaniers ont mis la main sur trois tonnes de cannabis au Havre.", "seize", "douaniers", "havre"),
    ("Des migrants ont été refoulés à la frontière italienne.", "expel", "migrants", None),
]
NOT_COERCE = [
    ("Tout le monde a mis la main à la pâte pour la fête.", "arrest"),
    ("Moscou veut mettre la main sur les pays voisins.", "arrest"),
    ("Elle a refoulé ses larmes devant les caméras.", "expel"),
]
ASSAULT = [  # 18
    ("Le chauffeur du bus a été roué de coups par trois hommes.", "physical_assault", "chauffeur", None),
    ("Une infirmière a été violentée par un patient à Reims.", "physical_assault", "infirmière", "reims"),
    ("Le contrôleur a été molesté par des voyageurs.", "physical_assault", "contrôleur", None),
    ("Une femme a été lapidée par la foule.", "physical_assault", "femme", None),
]
FIGHT = [  # 19 (and 16: a package of sanctions)
    ("Des avions ont largué des bombes sur la ville de Homs.", "air_strike", None, "homs"),
    ("Un obus a touché une école à Kharkiv.", "shell", None, "kharkiv"),
    ("L'immeuble a été touché par un missile dans la nuit.", "air_strike", None, None),
    ("L'hôpital a été pris pour cible par l'aviation russe.", "attack", "aviation", None),
    ("L'Union européenne a adopté un nouveau paquet de sanctions.", "sanction", "union européenne", None),
]
NOT_FIGHT = [
    ("La région a été durement touchée par la crise.", "shell"),
    ("La région a été durement touchée par la crise.", "air_strike"),
    ("Le ministre a été pris pour cible par les internautes.", "attack"),
    ("Des policiers ont été visés par des tirs de mortiers d'artifice.", "shell"),
    ("Ils ont pris un train de nuit pour Vienne.", "sanction"),
    ("L'avion a largué du carburant avant d'atterrir.", "air_strike"),
    ("Ces bombes peuvent être larguées par avion ou tirées depuis la mer.", "air_strike"),
]

PRECISION = [  # the CAMEO senses kept by the vetoes of round 22
    ("Les deux camps négocient depuis lundi à Istanbul.", "engage_in_negotiation", "camps", "istanbul"),
    ("Le président a consulté les chefs de partis.", "consult", "président", None),
    ("L'État va verser une aide de 500 euros aux familles.", "provide_aid", "état", None),
    ("Le FMI a accordé un prêt de 3 milliards à l'Égypte.", "provide_aid", "fmi", None),
    ("La Russie a coupé les ponts avec l'Occident.", "reduce_relations", "russie", None),
]
NOT_PRECISION = [  # other senses read on the open sets and fresh reports (sentences written for the tests)
    ("Le gaz se négocie 20 % plus cher qu'hier.", "engage_in_negotiation"),
    ("Le baril se négociait à 120 dollars mardi.", "engage_in_negotiation"),
    ("Sophie consulte Marc Durand, orthoptiste à Massy.", "consult"),
    ("Le couple devra verser une amende de 375 000 euros.", "provide_aid"),
    ("Les banques ne voulaient pas leur accorder de prêt.", "provide_aid"),
    ("Les nouveaux employés toucheront une prime d'intéressement.", "provide_aid"),
    ("Le pont routier qui traverse la ville est coupé.", "reduce_relations"),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"),
    PRECISION + CONSULT + REPRESS + BOMBING + AID + YIELD + PROTEST + POSTURE + COERCE + ASSAULT + FIGHT,
)
def test_cameo_r22(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    NOT_AID + NOT_PROTEST + NOT_POSTURE + NOT_COERCE + NOT_FIGHT + NOT_PRECISION + NOT_CONSULT + NOT_REPRESS,
)
def test_other_senses_r22(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
