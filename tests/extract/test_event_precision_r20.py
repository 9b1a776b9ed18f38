"""Event precision, round 20 (evp20): events that are not there, events that are not facts.

A noun of nature before a bare plural "de X" measures the X ("une avalanche de plaintes", "une
tempête de démissions"): no disaster; its literal reading, alone or with a singular matter or a
number ("une avalanche de neige", "une pluie de 50 millimètres"), still is one. An event under a
modal in the passé composé happened ("ont dû quitter", "ont pu évacuer"); "en cas de X", a
conditional with its "si" clause, a relative clause under "pouvoir" make it hypothetical; "il n'y a
pas eu de X" negates it; a main verb the tagger reads as subjunctive ("se déroule") is asserted. A
present participle after "être" ("il était exigeant") and a compared predicate ("plus fermés
qu'avant") are states, not events. A verb of force and its passive agent of force are one
happening ("visée par des bombardements"). Sentences written for these tests. Rows: (sentence,
type) with no event of that type; (sentence, type, modality) for the first event of that type."""

from __future__ import annotations

import pytest
from test_event_constructions import check_modality, events_of, no_event


def xfail(*row, reason: str):
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


MEASURES = [
    ("Le ministère a reçu une avalanche de plaintes depuis lundi.", "natural_disaster"),
    ("Une tempête de démissions secoue le parti à Lyon.", "natural_disaster"),
    ("Un ouragan de rumeurs a traversé les réseaux sociaux.", "natural_disaster"),
    ("Le club subit un raz-de-marée de départs cet été.", "natural_disaster"),
    ("Un véritable tsunami de faillites touche les restaurants.", "natural_disaster"),
    ("Une avalanche de dispositifs pour aider les ménages a été annoncée.", "natural_disaster"),
]

LITERAL = [
    ("Une avalanche a emporté trois skieurs en Savoie.", "natural_disaster"),
    ("Une avalanche de neige a enseveli deux randonneurs dans les Alpes.", "snow_and_cold"),
    ("Une pluie de 50 millimètres est tombée sur Nîmes en une heure.", "flood"),
    ("La tempête a arraché des toitures en Bretagne.", "storm"),
    ("Une violente tempête de neige a bloqué les routes du Jura.", "storm"),
    ("Un tsunami a dévasté les côtes de l'Indonésie.", "earthquake"),
    ("Une vague de chaleur frappe le sud de la France.", "heat_wave"),
    ("La sixième vague de contaminations touche durement la Bretagne.", "epidemic"),
]

STATES = [
    ("Le couturier était exigeant sur les matières et les coupes.", "demand"),
    xfail(
        "Les visages sont plus fermés qu'au début du match.",
        "closure",
        reason="a lead sentence's root verb is read by event_main, which the trigger gate does not filter",
    ),
]

EVENTS = [
    ("Exigeant des excuses, le député a quitté la salle.", "demand"),
    ("Le syndicat exige des excuses du ministre.", "demand"),
    ("Les écoles sont fermées depuis lundi à Lyon.", "closure"),
    ("Les prix ont plus augmenté qu'en 2021.", "price_change"),
]

MODALITY = [
    ("Les habitants ont dû quitter leur maison à cause de la crue.", "flee", "asserted"),
    ("Les secours ont pu évacuer les habitants du village.", "rescue", "asserted"),
    ("Le ministre a dû démissionner après le scandale.", "resign", "asserted"),
    ("Les secours n'ont pas pu évacuer les habitants du village.", "rescue", "negated"),
    ("Les secours auraient pu évacuer les habitants du village.", "rescue", "hypothetical"),
    ("Le ministre devra démissionner après le scandale.", "resign", "hypothetical"),
    ("En cas d'invasion terrestre, les femmes participent à l'effort de guerre.", "invade", "hypothetical"),
    ("En cas de nouvelle grève à la SNCF, le gouvernement réagira.", "strike_or_boycott", "hypothetical"),
    ("Si on avait pu aller à Londres, on aurait fait la queue au palais.", "crowd_rush", "hypothetical"),
    ("On vit dans l'angoisse d'une attaque qui peut survenir à tout moment.", "attack", "hypothetical"),
    ("Des sanctions qui pourraient s'aggraver ont été annoncées à Paris.", "sanction", "asserted"),
    ("C'est le début d'une période de deuil, qui doit durer dix jours.", "start", "asserted"),
    ("Il n'y a pas eu de blessé, pas eu d'évacuation d'urgence.", "wound", "negated"),
    ("Pour la première fois, la Coupe du monde se déroule en hiver.", "sport_competition", "asserted"),
    ("Une frappe aurait fait dix morts à Kharkiv.", "air_strike", "reported"),
    ("Les rebelles menacent de bombarder la capitale.", "shell", "hypothetical"),
    ("Les habitants ont été contraints de quitter leur maison.", "flee", "asserted"),  # evt25: factual
]

ONE_HAPPENING = [
    ("Dimanche, la centrale nucléaire de Zaporijia a été visée par des bombardements.", ["shell"]),
    ("Le village a été bombardé et des combats ont éclaté à Bakhmout.", ["fight", "shell"]),
]


@pytest.mark.parametrize(("sentence", "type_"), MEASURES)
def test_a_noun_of_nature_measuring_a_bare_plural_is_no_event(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize(("sentence", "type_"), LITERAL)
def test_a_noun_of_nature_in_its_literal_reading_is_an_event(nlp, sentence, type_):
    assert type_ in {e.type for e in events_of(nlp, sentence)}


@pytest.mark.parametrize(("sentence", "type_"), STATES)
def test_a_present_participle_after_etre_or_a_comparison_is_a_state(nlp, sentence, type_):
    no_event(nlp, sentence, type_)


@pytest.mark.parametrize(("sentence", "type_"), EVENTS)
def test_a_participle_of_an_act_is_still_an_event(nlp, sentence, type_):
    assert type_ in {e.type for e in events_of(nlp, sentence)}


@pytest.mark.parametrize(("sentence", "type_", "mode"), MODALITY)
def test_modality_by_construction(nlp, sentence, type_, mode):
    check_modality(nlp, sentence, type_, mode)


@pytest.mark.parametrize(("sentence", "types"), ONE_HAPPENING)
def test_a_verb_of_force_and_its_agent_of_force_are_one_happening(nlp, sentence, types):
    assert sorted(e.type for e in events_of(nlp, sentence) if (e.cameo or "")[:2] in {"18", "19"}) == types
