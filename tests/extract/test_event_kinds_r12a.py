"""Event kinds of society news (round 12, kinds A), found by reading 100 unannotated 2022 reports:
people missing ("porté disparu", "la disparition de", "reste introuvable", "en fugue");
hospitalisations and hospitals overwhelmed ("les urgences sont saturées"); blizzards, tremors,
gusts, volcanoes erupting; blasts; knife blows, shots fired, brawls; squats; disorder at a match
("des incidents ont émaillé"); discontent spreading ("la grogne des agriculteurs"). And the other
senses of the same words (a species disappearing, hospitalisation figures, a lunchtime rush, a
"coup de poing" operation). Sentences written for these tests. Rows: (sentence, type, agent, place),
agent and place lowercase substrings of an actor's name (any role) and of the place, None: not
checked. Generic mentions of a kind of event ("les incendies sont de plus en plus fréquents",
"propice aux incendies", "chaque hiver, des avalanches...") are no event (``event_generic``)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_row, no_event

from newsgraph.event_types import broader, concepts

ROWS = [
    # people missing
    ("Un randonneur est porté disparu depuis dimanche dans les Pyrénées.", "disappearance", None, None),
    ("La disparition inquiétante d'une adolescente mobilise les gendarmes.", "disappearance", None, None),
    ("Les enquêteurs tentent d'élucider la disparition de Sophie Martin.", "disappearance", "sophie", None),
    ("Une fillette de neuf ans a disparu mardi soir à Metz.", "disappearance", None, "metz"),
    ("Le jeune homme reste introuvable malgré les recherches.", "disappearance", None, None),
    ("L'adolescent était en fugue depuis trois jours.", "disappearance", None, None),
    ("Le détenu s'est volatilisé lors d'une permission de sortie.", "disappearance", None, None),
    # hospitalisations, hospitals overwhelmed
    ("La chanteuse a annulé sa tournée après son hospitalisation.", "hospitalization", None, None),
    ("Le pilote a été hospitalisé à Marseille après sa chute.", "hospitalization", None, "marseille"),
    ("Trois randonneurs ont été admis à l'hôpital de Grenoble.", "hospitalization", None, None),
    ("Les urgences de l'hôpital de Nantes sont saturées depuis lundi.", "hospital_saturation", None, None),
    ("La saturation des services de réanimation inquiète les médecins.", "hospital_saturation", None, None),
    ("La grippe et la bronchiolite saturent les urgences pédiatriques.", "hospital_saturation", None, None),
    # weather and the earth
    ("Un blizzard a paralysé le nord des États-Unis pendant trois jours.", "snow_and_cold", None, None),
    ("Une secousse de magnitude 5 a été ressentie en Alsace.", "earthquake", None, "alsace"),
    ("De violentes bourrasques ont balayé la Bretagne dans la nuit.", "storm", None, None),
    ("Le volcan est entré en éruption samedi.", "volcanic_eruption", None, None),
    ("Les orages ont fait deux morts dans le Gard.", "storm", None, None),
    ("Des vents à 150 km/h ont arraché les toitures.", "storm", None, None),
    # blasts, road accidents
    ("Une violente déflagration a soufflé un immeuble de Lyon.", "explosion", None, None),
    ("Un coup de grisou a tué douze mineurs dans le nord du pays.", "explosion", None, None),
    ("Le cycliste a été percuté par une camionnette.", "accident", None, None),
    ("Un petit avion s'est crashé près de l'aérodrome.", "accident", None, None),
    ("L'effondrement d'un balcon a fait trois blessés à Angers.", "collapse", None, "angers"),
    # referred for trial
    ("Six prévenus sont renvoyés devant le tribunal correctionnel de Lyon.", "trial", None, None),
    ("Une quarantaine d'élèves ont été intoxiqués à la cantine.", "accident", None, None),
    # a count of events: "des dizaines d'interpellations" is the arrests
    ("Le match a été interrompu et des dizaines d'interpellations ont eu lieu.", "arrest", None, None),
    # blows, shots, brawls, squats
    ("Un homme a reçu plusieurs coups de couteau devant un bar.", "physical_assault", None, None),
    ("Des coups de feu ont été tirés dans la nuit à Grenoble.", "shooting", None, None),
    ("Une rixe entre bandes rivales a fait un blessé.", "physical_assault", None, None),
    ("Leur appartement a été squatté pendant six mois.", "crime", None, None),
    # disorder, discontent
    ("De graves incidents ont émaillé la rencontre entre les deux clubs.", "riot", None, None),
    ("Des violences ont éclaté aux abords du stade après le match.", "riot", None, None),
    ("La grogne des agriculteurs gagne tout le pays.", "protest", None, None),
]

SENSES = [
    ("Cette espèce d'oiseau est menacée de disparition.", "disappearance"),
    ("La disparition des commerces de proximité inquiète les élus.", "disappearance"),
    ("Le nombre d'hospitalisations continue de baisser.", "hospitalization"),
    ("Le restaurant affronte le coup de feu de midi.", "shooting"),
    ("La police a mené une opération coup de poing dans le quartier.", "physical_assault"),
    ("Le match s'est déroulé sans incident.", "riot"),
    ("Un incident technique a retardé le train.", "riot"),
    ("Les chiffres de la délinquance ont provoqué une secousse politique.", "natural_disaster"),
    ("L'explosion des charges inquiète les gérants de campings.", "explosion"),
    ("Le public a été intoxiqué par les mensonges de la propagande.", "accident"),
    ("Le vent tourne pour la majorité.", "natural_disaster"),
    ("Le confinement a entraîné une explosion des commandes en ligne.", "explosion"),
    ("Le joueur a été renvoyé au vestiaire par l'arbitre.", "trial"),
    ("Ce parti a le vent en poupe.", "natural_disaster"),
    ("Au bout de la digue, une cabane balayée par le vent fait face à l'océan.", "natural_disaster"),
    ("La crise a donné un nouveau coup de marteau au pouvoir d'achat.", "physical_assault"),
]

GENERIC = [
    ("Les incendies sont de plus en plus fréquents dans le sud du pays.", "fire"),
    ("Cette garrigue très sèche est propice aux incendies.", "fire"),
    ("Les maisons du quartier sont exposées aux inondations.", "natural_disaster"),
    ("Chaque hiver, des avalanches coupent la route du col.", "natural_disaster"),
    ("Les accidents surviennent souvent à la tombée de la nuit.", "accident"),
]

PARTICULAR = [
    ("Des inondations touchent la région depuis lundi.", "flood"),
    ("Trois incendies sont toujours en cours dans le Var.", "fire"),
    ("Ces incendies sont les plus graves depuis dix ans.", "fire"),
    ("L'incendie est fréquent dans cette forêt, disent les pompiers, mais celui-ci a tout détruit.", "fire"),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "place"), ROWS)
def test_kind(nlp, sentence, type_, agent, place):
    check_row(nlp, sentence, type_, agent, place)


@pytest.mark.parametrize(("sentence", "type_"), SENSES)
def test_other_sense(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize(("sentence", "type_"), GENERIC)
def test_a_kind_of_event_is_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize(("sentence", "type_"), PARTICULAR)
def test_particular_events_stay(nlp, sentence, type_):
    check_row(nlp, sentence, type_, None, None)


def test_new_kinds_are_types_of_the_scheme():
    assert {"disappearance", "hospitalization", "hospital_saturation", "health"} <= concepts()
    assert broader()["hospitalization"] == "health" and broader()["hospital_saturation"] == "health"
    assert broader()["disappearance"] == "crime_and_offences" and "health" not in broader()
