"""Event types of fresh news outside the war, round 18: one table per family of happenings (hazards,
accidents, courts, economy, work, sport, health, security, migration), with the other senses of their
words as negatives ("la tempête de protestations", "le prix Nobel", "pendant la campagne"). Sentences
written for these tests. Rows: (sentence, type, actor, place) as in ``test_event_constructions.check_row``
(lowercase substrings; None: not checked)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event, xfail

HAZARDS = [
    ("Les riverains guettent la décrue depuis trois jours.", "flood", None, None),
    ("La décrue de la Vilaine a commencé dans la nuit.", "flood", None, None),
    ("Le thermomètre grimpe jusqu'à 41 degrés à Nîmes.", "heat_wave", None, "nîmes"),
    ("À Toulouse, le mercure monte encore cet après-midi.", "heat_wave", None, "toulouse"),
    ("Un feu de forêt a parcouru 200 hectares dans les Landes.", "fire", None, "landes"),
    ("La grêle a haché les vergers de la Drôme.", "storm", None, None),
    ("Un séisme a secoué le sud de la Turquie dans la nuit.", "earthquake", None, "turquie"),
    ("Le département du Lot est en alerte sécheresse.", "drought", None, None),
    ("La commune a été placée en alerte renforcée.", "drought", None, None),
]

ACCIDENTS = [
    ("Un camion a percuté une voiture sur l'A7.", "accident", None, None),
    ("Un piéton a été fauché par un scooter à Lille.", "accident", "piéton", "lille"),
    ("Le plafond de la salle des fêtes s'est effondré.", "collapse", None, None),
    ("Une adolescente s'est noyée dans la Loire.", "drowning", "adolescente", None),
]

EVACUATIONS = [
    ("Le stade a été évacué après une alerte à la bombe.", "rescue", None, None),
    ("Les gendarmes ont évacué le supermarché vers midi.", "rescue", "gendarmes", None),
    ("La préfecture a ordonné l'évacuation de la plage.", "rescue", None, None),
    ("Le train a été évacué en rase campagne près d'Arras.", "rescue", None, None),
]

COURTS = [
    ("Le tribunal correctionnel a condamné le chauffeur à un an de prison.", "sentence", "chauffeur", None),
    xfail(
        "L'ancien ministre sera jugé à l'automne.",
        "trial",
        "ministre",
        None,
        reason="a bare passive 'sera jugé' with no court, charge or place is not read as a trial",
    ),
    ("Le gendarme a été relaxé par le tribunal de Créteil.", "acquit", "gendarme", "créteil"),
    ("La cour d'assises a acquitté les deux frères.", "acquit", "frères", None),
    ("Le chef d'entreprise a été mis en examen pour fraude.", "arrest", "chef", None),
    ("Les deux suspects seront présentés à un juge d'instruction samedi.", "arrest", "suspects", None),
    ("Le conducteur a été présenté au parquet de Nantes.", "arrest", "conducteur", None),
]

ECONOMY = [
    ("La boulangerie a augmenté ses tarifs de 8 %.", "price_change", None, None),
    ("Le prix du fioul a baissé de dix centimes.", "price_change", None, None),
    ("Le groupe a licencié 400 ouvriers.", "layoff", None, None),
    ("Le transporteur va embaucher 300 chauffeurs.", "recruitment", "transporteur", None),
    ("L'équipementier a fermé son site de Vierzon.", "closure", None, "vierzon"),
    ("Les chauffeurs de bus sont en grève depuis lundi.", "strike_or_boycott", "chauffeurs", None),
]

SPORT = [
    ("La skieuse savoyarde a remporté la descente de Cortina.", "sport_result", "skieuse", None),
    ("Le nageur a remporté le 200 m papillon.", "sport_result", "nageur", None),
    ("L'attaquant a égalisé dans les arrêts de jeu.", "sport_result", None, None),
    ("Les Bleues ont battu la Suède 3 à 1.", "sport_result", "bleues", None),
    ("Le demi de mêlée a mis un terme à sa carrière.", "resign", None, None),
    ("L'attaquant a signé à Marseille pour trois saisons.", "recruitment", None, "marseille"),
]

HEALTH = [
    ("Le meneur de jeu a été testé positif au Covid-19.", "epidemic", None, None),
    ("Les urgences de Strasbourg sont saturées depuis vendredi.", "hospital_saturation", None, None),
]

SECURITY = [
    ("Le quartier est placé sous haute surveillance depuis les émeutes.", "mobilize_police", None, None),
    ("Les policiers ont renforcé la surveillance autour des écoles.", "mobilize_police", None, None),
    ("Le Kremlin a placé ses forces nucléaires en alerte.", "exhibit_force_posture", None, None),
]

MIGRATION = [
    ("Près de 600 migrants ont traversé la Manche samedi.", "displacement", "migrants", "manche"),
    ("La traversée de la Méditerranée reste la plus meurtrière.", "displacement", None, None),
]


@pytest.mark.parametrize(
    ("sentence", "type_", "actor", "place"),
    HAZARDS + ACCIDENTS + EVACUATIONS + COURTS + ECONOMY + SPORT + HEALTH + SECURITY + MIGRATION,
)
def test_event_type_r18(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


# -- other senses of the same words: no event of the type (nor of a narrower kind of it) -------------
NEGATIVES = [
    ("La tempête de protestations ne faiblit pas à l'Assemblée.", "natural_disaster"),
    ("Une tempête de critiques s'est abattue sur le ministre.", "natural_disaster"),
    ("Le prix Nobel de littérature a été attribué à une romancière.", "price_change"),
    ("La mesure a été promise pendant la campagne présidentielle.", "campaign_rally"),
    ("Il l'avait annoncé durant la campagne électorale.", "campaign_rally"),
    ("La fraude est punie de sanctions pénales applicables dès janvier.", "sanction"),
    ("Les sanctions applicables seront fixées par un décret.", "sanction"),
    ("Nos reporters sont allés à la rencontre des sinistrés.", "meet"),
    ("L'Allemagne pourrait tomber en récession l'an prochain.", "capture"),
    ("Un déluge de feu s'est abattu sur la ville assiégée.", "natural_disaster"),
    ("Les économistes annoncent une décrue du chômage.", "flood"),
    ("En Bretagne, la décrue des contaminations semble amorcée.", "flood"),
    ("La nageuse a traversé la Manche en dix heures.", "displacement"),
    ("Le patient est sous surveillance médicale.", "mobilize_police"),
    ("Le feu reste sous haute surveillance des pompiers.", "mobilize_police"),
    ("Le film a remporté un vif succès en salles.", "sport_result"),
    ("Le préfet a mis fin à la carrière du commissaire.", "resign"),
    ("La ministre a signé le décret lundi.", "recruitment"),
    ("L'abandon d'un chien est passible de lourdes sanctions.", "sanction"),
]


@pytest.mark.parametrize(("sentence", "type_"), NEGATIVES)
def test_no_event_type_r18(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


def test_infinitive_tagged_noun_is_read_as_verb(nlp):
    """ "va licencier" with "licencier" tagged NOUN/xcomp: the layoff is still found."""
    assert [e.type for e in events_of(nlp, "L'usine va licencier 200 salariés.")].count("layoff") == 1
