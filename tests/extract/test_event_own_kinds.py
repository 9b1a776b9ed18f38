"""Event kinds of our own that news is full of (emergency services at work, civilians fleeing,
celebrations and worship, campaigning, lockdowns, searches for a suspect, heat), some CAMEO rows
outside the war's verbs (talks, exercises, convoys, looting, towns falling), and the other senses
of the same words. Sentences written for these tests. Rows: (sentence, type, agent, place), agent
and place lowercase substrings of an actor's name (any role) and of the place, None: not checked."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event, xfail

ROWS = [
    # emergency services at work
    (
        "Les pompiers sont mobilisés pour circonscrire l'incendie près de Bordeaux.",
        "emergency_response",
        "pompiers",
        "bordeaux",
    ),
    (
        "Les pompiers ont dû intervenir à plusieurs reprises à Nancy.",
        "emergency_response",
        "pompiers",
        "nancy",
    ),
    (
        "Les sapeurs-pompiers luttent toujours contre les flammes dans le Var.",
        "emergency_response",
        "sapeurs",
        "var",
    ),
    ("Les services de la mairie ont déblayé les rues de Grenoble.", "emergency_response", None, "grenoble"),
    # civilians fleeing
    ("Des milliers d'habitants ont fui Kharkiv.", "flee", "habitants", "kharkiv"),
    ("Les habitants tentent de quitter la ville de Soumy.", "flee", "habitants", "soumy"),
    ("L'exode des civils se poursuit vers la Pologne.", "flee", "civils", "pologne"),
    # celebrations, worship, crowds
    (
        "Les supporters ont fêté la victoire toute la nuit à Toulouse.",
        "celebration",
        "supporters",
        "toulouse",
    ),
    ("L'évêque a célébré la messe de minuit dans la cathédrale de Reims.", "ceremony", "évêque", "reims"),
    ("Des pèlerins du monde entier ont afflué à Lourdes.", "gathering", "pèlerins", "lourdes"),
    # campaigning on the ground
    ("Les militants ont fait du tractage sur le marché de Vannes.", "campaign_rally", "militants", "vannes"),
    ("Les jeunes du parti ont collé des affiches à Metz.", "campaign_rally", "jeunes", "metz"),
    # lockdowns, searches, slaps, looting
    ("Dix millions d'habitants sont confinés à Shanghai.", "impose_restrictions", None, "shanghai"),
    ("La police recherche toujours le tireur.", "investigate", "police", None),
    (
        "Les gendarmes poursuivent leurs recherches dans la forêt de Brocéliande.",
        "investigate",
        "gendarmes",
        None,
    ),
    ("Le député a reconnu avoir giflé son épouse.", "physical_assault", "député", None),
    ("Les soldats ont pillé les magasins de Boutcha.", "seize", "soldats", None),
    # heat
    ("Les températures pourraient atteindre 40 degrés dans le Gard.", "heat_wave", None, "gard"),
    ("Un nouveau pic de chaleur frappe la Provence.", "heat_wave", None, "provence"),
    # prices moving
    ("Le prix du bois s'est envolé depuis le printemps.", "price_change", None, None),
    ("Les loyers ont encore grimpé à Bordeaux.", "price_change", None, "bordeaux"),
    ("L'inflation ralentit enfin en Allemagne.", "price_change", None, "allemagne"),
    ("La baisse des prix du carburant soulage les automobilistes.", "price_change", None, None),
    # talks, exercises, convoys, towns falling
    (
        "Le président français va s'entretenir dans la journée avec son homologue allemand.",
        "consult",
        "président",
        None,
    ),
    (
        "Le dirigeant chinois a supervisé des manœuvres militaires près de la frontière.",
        "military_exercise",
        "dirigeant",
        None,
    ),
    ("Un immense convoi militaire russe se dirige vers la capitale.", "deploy", "forces russes", None),
    ("Les séparatistes ont proclamé la mobilisation générale.", "mobilize", "séparatistes", None),
    ("Les socialistes et les écologistes ont trouvé un accord mardi.", "agree", "socialistes", None),
    ("Kherson serait tombée après trois jours de combats.", "capture", None, "kherson"),
    # a typographic apostrophe, a "de X" that names no actor, a relative hung on the wrong noun
    (
        "Emmanuel Macron va s’entretenir dans la journée avec son homologue italien.",
        "consult",
        "macron",
        None,
    ),
    ("Mardi, socialistes et Insoumis ont trouvé un accord de principe.", "agree", "insoumis", None),
    (
        "Le candidat souhaite le retour au Sénat de Jean Dupont, qui a avoué avoir giflé sa femme.",
        "physical_assault",
        "dupont",
        None,
    ),
    ("Les habitants de Cazaux continuent d’évacuer vers Arcachon.", "rescue", "habitants", None),
    # meetings hosted, called or held, refusals
    (
        "La Première ministre a reçu les leaders syndicaux à Matignon jeudi.",
        "host_visit",
        "leaders",
        "matignon",
    ),
    ("Le président russe a réuni les oligarques au Kremlin.", "meet", "oligarques", "kremlin"),
    (
        "Élisabeth Borne a reçu, jeudi, les responsables patronaux pour une ultime concertation.",
        "consult",
        "borne",
        None,
    ),
    ("Le maire a convoqué les riverains pour une réunion publique.", "meet", "maire", None),
    ("Les grévistes ont refusé les ordres de la direction.", "reject", "grévistes", None),
    xfail(
        "Les troupes autorisées à se déployer restent discrètes près de la frontière.",
        "deploy",
        "troupes",
        None,
        reason="a participle hung on a noun has no subject for the @MILITARY test",
    ),
    xfail(
        "Pour freiner l'ennemi, l'armée a fait sauter plusieurs ponts.",
        "attack",
        "armée",
        None,
        reason="the parser hangs 'fait' and 'sauter' on 'freiner': 'faire sauter' is not seen",
    ),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "place"), ROWS)
def test_own_kind(nlp, sentence, type_, agent, place):
    check_row(nlp, sentence, type_, agent, place)


OTHER_SENSES = [
    ("Le prisonnier a tenté de fuir ses responsabilités devant la justice.", "flee"),
    ("Les habitants partent en vacances à Biarritz.", "flee"),
    ("Le laboratoire poursuit ses recherches sur le cancer.", "investigate"),
    ("L'entreprise recherche des ingénieurs.", "investigate"),
    ("La nuit est tombée sur Lyon.", "capture"),
    ("Le parti a pris une gifle aux élections.", "physical_assault"),
    ("La mairie a fixé la date du conseil municipal.", "emergency_response"),
    ("Le médecin combat la douleur de ses patients.", "emergency_response"),
    ("Les enfants ont collé des gommettes sur le cahier.", "campaign_rally"),
    ("Le marché des voitures électriques connaît un afflux de capitaux.", "gathering"),
    ("Le directeur a fait appel de la décision du tribunal.", "mobilize"),
    ("Le ministre a refusé de commenter.", "reject"),
    ("Le nombre de candidats a augmenté cette année.", "price_change"),
    ("Les élèves ont grimpé sur le toit du gymnase.", "price_change"),
]


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_senses_give_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


def test_a_possessive_that_leads_back_to_itself_ends(nlp):
    """The topic of "elle" is "Toute sa vie", whose possessive leads to the subject "elle" again:
    the owner's search must not follow possessives (it recursed until Python stopped it)."""
    found = events_of(nlp, "Toute sa vie, elle a subi les viols de son frère.")
    assert [e.type for e in found] == ["physical_assault"]
