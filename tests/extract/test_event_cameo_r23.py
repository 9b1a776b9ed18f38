"""CAMEO-rooted events of fresh news, round 23: aid given by volunteers or to victims (07), pipes or
cables cut by activists (14), a missile fired over a country and troops landing at an ally's call (15),
a port closed by warships and a town retaken told in the passive (19), the dead of a disaster (death);
and vetoes on the other senses of CAMEO rows read among the open sets' unmatched events: refugees or
families who arrive somewhere are no visit, friends gathered no meeting, firemen mobilised on a fire
no military mobilisation, a loan taken out no aid, a reception centre that receives refugees no host
visit, firemen tracking hot spots no investigation, a deputy who questions the head of state no
arrest, a year spent in custody no arrest, a charge of violence no riot, blame laid on each other no
rejection, troops ready for combat no fight, a career at the top no summit. Each with its near
misses. Sentences written for these tests. Rows: (sentence, type, actor, place) as in
``test_event_constructions.check_row`` (lowercase substrings; None: not checked); negatives:
(sentence, type)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

AID = [  # 07 provide aid
    ("Des bénévoles attendent les familles à la gare pour les aider.", "provide_aid", "bénévoles", None),
    ("L'association aide les sinistrés à reconstruire leurs maisons.", "provide_aid", "association", None),
    ("Les humanitaires aident les déplacés du Kivu depuis mars.", "provide_aid", "déplacés", None),
]
AID += [
    ("Une partie de cette collecte sera redistribuée aux réfugiés.", "provide_humanitarian_aid", None, None),
    (
        "Des bénévoles distribuent des repas chauds aux sinistrés.",
        "provide_humanitarian_aid",
        "bénévoles",
        None,
    ),
    (
        "La Croix-Rouge a organisé une distribution de colis à Kherson.",
        "provide_humanitarian_aid",
        None,
        "kherson",
    ),
]
NOT_AID = [
    ("Les militants distribuent des tracts devant la gare.", "provide_humanitarian_aid"),
    ("L'entreprise va distribuer des dividendes record.", "provide_humanitarian_aid"),
    ("La grande distribution alimentaire augmente ses prix.", "provide_humanitarian_aid"),
    ("Le réseau de distribution d'eau a été coupé.", "provide_humanitarian_aid"),
    ("Ses parents l'aident à faire ses devoirs.", "provide_aid"),
    ("Cette application aide les conducteurs à trouver une place.", "provide_aid"),
    ("Il faut aider les réfugiés.", "provide_aid"),
    ("Une centaine de pompiers ont été mobilisés, aidés par quelques habitants volontaires.", "provide_aid"),
    ("Il a contracté un prêt de 30 000 euros pour payer ses études.", "provide_aid"),
    ("Le couple a souscrit un prêt immobilier de 200 000 euros.", "provide_aid"),
]
SABOTAGE = [  # 14 (typed attack as "saboter")
    ("Des militants ont sectionné des canalisations sur le chantier.", "attack", "militants", None),
    ("Des inconnus ont sectionné des câbles de fibre optique près de Lyon.", "attack", None, None),
]
NOT_SABOTAGE = [
    ("Le chirurgien a sectionné le tendon du patient.", "attack"),
]
FIGHT = [  # 19 blockade, retaking
    ("Les navires russes empêchent l'accès au port d'Odessa.", "blockade", None, "odessa"),
    ("Kherson a été reprise par l'armée ukrainienne vendredi.", "capture", "armée", "kherson"),
]
NOT_FIGHT = [
    ("La neige empêche l'accès au col.", "blockade"),
    ("La chanson a été reprise par des milliers de supporters.", "capture"),
]
NOT_VISIT = [  # 04 consult: people who arrive somewhere are no visit
    ("Des milliers de réfugiés arrivent en Pologne chaque jour.", "visit"),
    ("Beaucoup de familles sont arrivées à Lyon dimanche.", "visit"),
    ("Les touristes arrivent à Nice par le train.", "visit"),
    ("Les amis se sont réunis en famille pour suivre le match.", "meet"),
    ("Le centre reçoit plus de 200 Ukrainiens par jour.", "host_visit"),
]
VISIT = [
    ("Emmanuel Macron est arrivé à Kiev jeudi.", "visit", "macron", "kiev"),
    ("Les ministres des Affaires étrangères se sont réunis à Bruxelles.", "meet", "ministres", "bruxelles"),
]
NOT_COERCE = [  # 15, 17, 09: other senses
    ("Plus de cent hommes restent mobilisés sur l'incendie.", "mobilize"),
    ("Les pompiers traquent les points chauds avec une caméra thermique.", "investigate"),
    ("La députée devrait interpeller le chef de l'État sur la réforme.", "arrest"),
    ("Il venait de passer un an en détention provisoire.", "arrest"),
    ("Il avait été condamné pour violence avec arme.", "riot"),
]
POSTURE = [  # 15 show of force, deployment; the dead of a disaster are deaths, not killings (19)
    ("La Corée du Nord a tiré un missile au-dessus du Japon mardi.", "exhibit_force_posture", "corée", None),
    (
        "Le tir d'un missile au-dessus du Japon a provoqué des alertes.",
        "exhibit_force_posture",
        None,
        "japon",
    ),
    ("Des troupes russes ont débarqué au Kazakhstan à l'appel du président.", "deploy", "troupes", None),
    (
        "Les soldats français ont débarqué à Bamako à la demande du gouvernement.",
        "deploy",
        "soldats",
        "bamako",
    ),
    ("La Russie a tiré des missiles sur Kiev.", "air_strike", "russie", "kiev"),
    ("Les commandos ont débarqué sur l'île de Zmiïny.", "attack", "commandos", None),
    ("L'incendie a fait trois morts à Lyon.", "death", None, "lyon"),
    ("Le séisme a fait plus de 200 morts en Turquie.", "death", None, "turquie"),
    ("Les frappes russes ont fait dix morts à Kharkiv.", "kill", None, "kharkiv"),
]
NOT_POSTURE = [
    ("La Corée du Nord a tiré un missile au-dessus du Japon mardi.", "air_strike"),
    ("Des troupes russes ont débarqué au Kazakhstan à l'appel du président.", "attack"),
    ("L'incendie a fait trois morts à Lyon.", "kill"),
    ("La tempête a fait deux morts en Bretagne.", "kill"),
]
NOT_FIGHT_OTHER = [  # 12, 18, 19, 04: other senses
    ("Les deux camps se rejettent la responsabilité des frappes.", "reject"),
    ("Le régiment est prêt au combat.", "fight"),
    ("Elle mène depuis un combat en faveur d'une loi sur la conduite.", "fight"),
    ("C'est devenu mon combat.", "fight"),
    ("Cette rupture l'a tué moralement.", "kill"),
    ("Après une carrière au sommet, il passe le flambeau à sa fille.", "meet"),
    ("Celle-ci reçoit plus de 250 Ukrainiens par jour.", "host_visit"),
]
OTHER = [
    ("Le suspect a été placé en détention provisoire à Lyon.", "arrest", "suspect", "lyon"),
    ("Des violences ont éclaté en marge de la manifestation à Nantes.", "riot", None, "nantes"),
    ("Le Kremlin a rejeté l'offre de cessez-le-feu.", "reject", None, None),
    ("De violents combats ont eu lieu à Bakhmout.", "fight", None, "bakhmout"),
    ("Les combats pour le contrôle de Severodonetsk se poursuivent.", "fight", None, "severodonetsk"),
    ("Le président Macron reçoit le chancelier allemand à l'Élysée.", "host_visit", "macron", None),
]
COERCE = [
    ("Les gendarmes traquent le tireur dans la forêt.", "investigate", "gendarmes", None),
    ("La Russie a mobilisé 300 000 réservistes.", "mobilize", "russie", None),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"), AID + SABOTAGE + FIGHT + VISIT + COERCE + OTHER + POSTURE
)
def test_cameo_r23(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(
    ("sentence", "type_"),
    NOT_AID + NOT_SABOTAGE + NOT_FIGHT + NOT_VISIT + NOT_COERCE + NOT_FIGHT_OTHER + NOT_POSTURE,
)
def test_other_senses_r23(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
