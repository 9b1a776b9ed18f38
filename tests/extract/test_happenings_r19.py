"""Happenings of fresh news with no CAMEO code, round 19: the trigger a generic head names with its
qualifier ("la hausse des prix", "une vague de chaleur", "la vigilance orange"), a pronominal verb
with its clitic ("s'envole"); stages of races, lightning, the rectified spelling "sècheresse", tanks
as forces; with the other senses of their words as negatives ("une tempête de protestations", "le
prix Nobel", "une étape importante", "la vague de froid des marchés"). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, events_of, no_event, xfail

TRIGGERS = [  # (sentence, type, the trigger's words)
    ("La hausse des loyers s'est accélérée en mars.", "price_change", "hausse des loyers"),
    ("Une vague de chaleur frappe le sud-ouest depuis dimanche.", "heat_wave", "vague de chaleur"),
    ("Un épisode caniculaire touche la vallée du Rhône.", "heat_wave", "épisode caniculaire"),
    ("Le Gers a été placé en vigilance orange.", "natural_disaster", "vigilance orange"),
    ("Dans les stations, le prix du forfait s'envole.", "price_change", "s'envole"),
    ("Les pompiers ont éteint plusieurs départs de feu dans l'Hérault.", "fire", "feu"),
    ("Les loyers ont connu une augmentation significative en mai.", "indicator_change", "augmentation"),
    xfail(
        "La baisse, ce mois-ci, des ventes de voitures inquiète les concessionnaires.",
        "indicator_change",
        "baisse",
        reason="a head whose 'de X' does not follow it at once keeps its own word; the head has no row here",
    ),
]

HAPPENINGS = [  # (sentence, type, actor, place) as in test_event_constructions.check_row
    ("Le Belge a remporté la 9e étape du Tour de France.", "sport_competition", None, None),
    ("Jeudi a lieu la 4e étape du rallye du Maroc.", "sport_competition", None, None),
    ("Plus de 50 000 éclairs ont frappé la Corse cette nuit.", "storm", None, "corse"),
    ("La sècheresse frappe l'Andalousie depuis trois mois.", "drought", None, None),
    # tanks act for their state: the withdrawal's agent is Russia, not the tanks
    ("Les chars russes ont quitté la ville de Kherson.", "withdraw", "russie", None),
    ("Une vague de froid s'abat sur la Pologne.", "snow_and_cold", None, "pologne"),
    # regulators suspend a permit; crowds' violence deplored; bombs and mines made safe
    ("La préfecture a suspendu la licence du bar pour un mois.", "policy_measure", "préfecture", None),
    ("Le club a déploré les débordements de ses supporters.", "riot", None, None),
    (
        "Les démineurs ont neutralisé un obus dans un champ près de Verdun.",
        "emergency_response",
        "démineurs",
        None,
    ),
    # a town "investie" by troops is taken, not appointed
    ("Kherson a été investie par les forces russes.", "capture", "russes", "kherson"),
    ("Les troupes ont investi le village à l'aube.", "capture", "troupes", None),
    ("Le président sera investi dimanche à l'Élysée.", "appoint", "président", None),
    ("La candidate a lancé sa campagne présidentielle à Lille.", "campaign_rally", "candidate", "lille"),
    ("En Bourgogne, c'est le gel qui a détruit les vignes.", "snow_and_cold", None, None),
]

OTHER_SENSES = [  # (sentence, type that must not be found)
    ("Une tempête de protestations a suivi le discours du ministre.", "natural_disaster"),
    ("La romancière a reçu le prix Nobel de littérature.", "price_change"),
    ("La vague de froid des marchés inquiète les investisseurs.", "natural_disaster"),
    ("C'est une étape importante pour la démocratie.", "sport_competition"),
    ("La prochaine étape du projet sera la construction du pont.", "sport_competition"),
    ("Le ministre a effectué une visite éclair à Dakar.", "natural_disaster"),
    ("La guerre éclair n'a pas eu lieu.", "natural_disaster"),
    ("Kherson a été investie par les forces russes.", "appoint"),
    ("Le ministre a condamné les violences verbales contre les élus.", "riot"),
    ("La reprise de l'incendie inquiète les pompiers de Gironde.", "capture"),
    ("Le mois d'octobre s'annonce à la baisse pour les hôteliers.", "policy_announcement"),
    ("Le joueur regrette le débordement de son budget.", "riot"),
    # the campaign as the frame of a subject, not a happening
    ("Le pouvoir d'achat est un thème majeur de la campagne présidentielle.", "campaign_rally"),
    ("Les jeunes ont du mal à s'intéresser à la campagne présidentielle.", "campaign_rally"),
]


@pytest.mark.parametrize(("sentence", "type_", "words"), TRIGGERS)
def test_trigger_names_the_qualifier(nlp, sentence, type_, words):
    found = [e.trigger for e in events_of(nlp, sentence) if e.type == type_]
    assert words in found, [(e.type, e.trigger) for e in events_of(nlp, sentence)]


@pytest.mark.parametrize(("sentence", "type_", "actor", "place"), HAPPENINGS)
def test_happening(nlp, sentence, type_, actor, place):
    check_row(nlp, sentence, type_, actor, place)


@pytest.mark.parametrize(("sentence", "type_"), OTHER_SENSES)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
