"""Event types of round 24 (evt24), by construction, from sentences written for these tests:

- people hurt by a fire, an accident, a storm or by themselves: an ``injury``, not CAMEO's wounding
  (violence by an actor), which a weapon, an assault or a named agent still tells; the dead of a
  fire or an accident, a ``death``, not a killing;
- a participle of dejection said of people ("le groupe était abattu") is a mood, not a killing;
- water, ice or a coast that retreats is no actor withdrawing; a lottery win is no sport result;
- an event named by the time it fills with a demonstrative ("par ces temps de canicule") is going on;
- a party to a kind of act ("les victimes de fusillades de masse") names no one event;
- an explosion of an activity, fireworks thrown as weapons, a wolf shot by a hunter: other senses;
- a protest said as being in the street to demand ("les retraités étaient dans la rue pour réclamer").
"""

from __future__ import annotations

import pytest
from test_event_constructions import check_modality, events_of, no_event, of_type

INJURY = [
    "Trois personnes ont été blessées dans l'incendie d'un immeuble à Lille.",
    "Deux passagers ont été légèrement blessés dans un accident de la route près de Rennes.",
    "Une randonneuse s'est blessée en chutant dans un ravin.",
    "La tempête a fait une dizaine de blessés dans le Finistère.",
    "Quatre ouvriers ont été blessés dans l'effondrement d'un échafaudage.",
    "Un car s'est renversé dans un virage. Le chauffeur et quelques passagers ont été blessés.",
]

WOUND = [
    "Un policier a été blessé par balle lors d'une interpellation à Nice.",
    "Deux passants ont été blessés à coups de couteau dans le métro.",
    "Le forcené a blessé trois gendarmes avant d'être maîtrisé.",
    "Des soldats ont été blessés par l'explosion d'une mine dans le Donbass.",
]


@pytest.mark.parametrize("sentence", INJURY)
def test_hurt_with_no_one_hurting_is_an_injury(nlp, sentence):
    found = {e.type for e in events_of(nlp, sentence)}
    assert "injury" in found and "wound" not in found, found


@pytest.mark.parametrize("sentence", WOUND)
def test_hurt_by_someone_is_a_wounding(nlp, sentence):
    of_type(nlp, sentence, "wound")


DEATH = [
    "Le feu, qui a fait au moins douze morts, s'est déclenché dans un appartement.",
    "Deux adolescents ont été tués dans un accident de la route samedi soir.",
    "L'incendie a tué quatre personnes dans un immeuble de Marseille.",
    "La tempête a fait deux morts en Bretagne.",
    "De violentes inondations ont frappé le nord du pays. Le bilan provisoire s'élève à dix morts.",
]

KILL = [
    "Un homme a ouvert le feu dans un bar, faisant trois morts.",
    "Trois civils ont été tués dans un bombardement russe à Kharkiv.",
    "Un chauffard a tué deux piétons à Lyon.",
    "Un homme a ouvert le feu dans un bar. Trois personnes ont été tuées.",
    "Des combats ont eu lieu près de Bakhmout. Trois soldats ont été tués.",
]


@pytest.mark.parametrize("sentence", DEATH)
def test_the_dead_of_an_accident_are_deaths(nlp, sentence):
    found = {e.type for e in events_of(nlp, sentence)}
    assert "death" in found and "kill" not in found, found


@pytest.mark.parametrize("sentence", KILL)
def test_the_dead_of_violence_are_killed(nlp, sentence):
    of_type(nlp, sentence, "kill")


def test_an_injury_keeps_its_modality(nlp):
    check_modality(nlp, "Personne n'a été blessé dans l'incendie de l'entrepôt.", "injury", "negated")


NOT_KILLED = [
    ("Après la défaite, le groupe était abattu.", "kill"),
    ("Les supporters étaient très abattus à la sortie du stade.", "kill"),
    ("Elle semblait abattue et épuisée après l'annonce.", "kill"),
    ("La rivière s'est retirée des champs après la crue.", "withdraw"),
    ("Les eaux se retirent lentement du centre-ville.", "withdraw"),
    ("Les eaux se retirent lentement du centre-ville.", "removal"),
    ("La banquise recule chaque été en Arctique.", "withdraw"),
    ("Un Lyonnais a remporté 30 millions d'euros à l'EuroMillions.", "sport_result"),
    ("Une retraitée a remporté le jackpot du Loto samedi soir.", "sport_result"),
    ("Les victimes de fusillades de masse réclament une loi plus stricte.", "shooting"),
    ("On observe une explosion de l'activité des plateformes de livraison.", "explosion"),
    ("Les casseurs ont visé les policiers à coups de feux d'artifice.", "celebration"),
    ("Les casseurs ont visé les policiers à coups de feux d'artifice.", "shooting"),
    ("Le loup a été abattu par un chasseur dans le Vercors.", "intercept"),
]


@pytest.mark.parametrize(("sentence", "type_"), NOT_KILLED)
def test_other_senses_give_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


STILL_EVENTS = [
    ("Le suspect a été abattu par la police à Marseille.", "kill"),
    ("Un homme armé a été abattu devant la mairie.", "kill"),
    ("Les troupes russes se sont retirées de la ville.", "withdraw"),
    ("Le glacier a reculé de trente mètres en dix ans.", "erosion"),
    ("Le club a remporté la finale de la Coupe de France.", "sport_result"),
    ("Des feux d'artifice ont été tirés sur le Vieux-Port pour le 14-Juillet.", "celebration"),
    ("Les victimes de la fusillade de samedi réclament une loi plus stricte.", "shooting"),
    ("Une explosion a soufflé un immeuble à Lyon.", "explosion"),
    ("Deux maisons se sont effondrées peu après minuit.", "collapse"),
]


@pytest.mark.parametrize(("sentence", "type_"), STILL_EVENTS)
def test_the_event_senses_stay(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


CIRCUMSTANCE = [
    ("Par ces temps de canicule, les personnes âgées doivent boire beaucoup.", "heat_wave"),
    ("En cette période de canicule, les hôpitaux manquent de lits.", "heat_wave"),
]


@pytest.mark.parametrize(("sentence", "type_"), CIRCUMSTANCE)
def test_an_event_said_as_the_time_it_fills(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


def test_any_time_of_a_kind_is_no_event(nlp):
    no_event(nlp, "En temps de guerre, les prix flambent.", "fight")


STREET = [
    ("Les retraités étaient dans la rue afin de réclamer une hausse de leur pension.", "demonstrate"),
    ("Des milliers d'enseignants sont dans la rue ce jeudi pour dénoncer la réforme.", "demonstrate"),
    ("Les cheminots étaient dans la rue à Lyon mardi.", "demonstrate"),
    ("Samedi 4 février, les infirmiers étaient dans la rue afin d'obtenir des moyens.", "demonstrate"),
]

NOT_IN_THE_STREET = [
    ("La voiture était garée dans la rue.", "demonstrate"),
    ("Les enfants étaient dans la rue pour jouer au ballon.", "demonstrate"),
    ("Les touristes étaient nombreux dans la rue principale.", "demonstrate"),
]


@pytest.mark.parametrize(("sentence", "type_"), STREET)
def test_being_in_the_street_to_demand_is_a_protest(nlp, sentence, type_):
    of_type(nlp, sentence, type_)


@pytest.mark.parametrize(("sentence", "type_"), NOT_IN_THE_STREET)
def test_being_in_a_street_is_no_protest(nlp, sentence, type_):
    no_event(nlp, sentence, type_)
