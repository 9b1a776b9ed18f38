"""Round 34 event arguments, chosen by convention rather than by sentence shape: an event that
nothing else places happened at the report's main place (the place it names at least twice and
more often than any other, ``event_place_main``; only for events of the kinds a report is filmed
at); the side of an act of war said by a nationality
adjective is the state's forces ("les frappes russes": "forces russes", ``event_agent_forces``),
while a state's own acts (sanctions) keep the state.
Sentences written for these tests. Place rows: (text, trigger, place substring or "-" for none);
agent rows: (text, trigger, agent substring)."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names

MAIN_PLACE = [
    # a town said twice after the opening, once as a subject: the report's place
    (
        "Les salariés ont manifesté lundi. Ils réclament des hausses de salaire. La direction"
        " refuse de négocier. Le mouvement est très suivi à Vierzon. Vierzon n'avait pas connu cela"
        " depuis longtemps.",
        "manifesté",
        "vierzon",
    ),
    # a town said once with "à", then with "de": the same town twice
    (
        "Un incendie a détruit un entrepôt dans la nuit. Les pompiers ont lutté pendant des heures."
        " Personne n'a été blessé. Les habitants de Mazamet sont sous le choc. À Mazamet, l'entreprise"
        " employait quarante personnes.",
        "incendie",
        "mazamet",
    ),
    # a demonstration
    (
        "Des centaines de personnes ont manifesté samedi contre le projet. Les opposants dénoncent un"
        " gâchis. Le maire défend le chantier. Le centre de Montauban était bloqué. Montauban n'avait"
        " pas vu une telle foule depuis des années.",
        "manifesté",
        "montauban",
    ),
]

NO_MAIN_PLACE = [
    # a strike: a firm's or the country's, which the report illustrates in a town
    (
        "Les salariés ont lancé une grève lundi. Ils réclament des hausses de salaire. La direction"
        " refuse de négocier. Le mouvement est très suivi à Vierzon. Vierzon n'avait pas connu cela"
        " depuis longtemps.",
        "grève",
        "-",
    ),
    # a rise of prices told in one town's bakery: the country's, which the report illustrates there
    (
        "Le prix du pain a encore augmenté. Les boulangers s'inquiètent. La farine coûte plus cher."
        " Dans la boulangerie de Sophie, à Quimper, les clients grimacent. Quimper compte onze"
        " boulangeries.",
        "augmenté",
        "-",
    ),
    # a title whose "de X" is also a town's name: no place
    (
        "Le procès s'est ouvert lundi. Le ministre conteste les faits. Ses avocats plaident la relaxe."
        " Le garde des Sceaux reste en poste. Aucun garde des Sceaux n'avait été jugé avant lui.",
        "procès",
        "-",
    ),
    # a one-word first name, said again and again in a report, is no main place
    (
        "Une manifestation a réuni cent personnes samedi. Les retraités réclament des hausses. Le"
        " cortège a traversé le centre. Hervé a défilé avec ses amis. Hervé manifeste depuis quarante"
        " ans.",
        "manifestation",
        "-",
    ),
    # a first name the tagger takes for a place is no place
    (
        "Une maison a été squattée pendant trois mois. Les squatteurs ont tout cassé. Le propriétaire"
        " est désemparé. Laurent a porté plainte. Laurent attend désormais la décision du juge.",
        "squattée",
        "-",
    ),
    # a town said twice and another once: the first is named more; but a tie is no main place
    (
        "Les salariés ont manifesté lundi. Ils réclament des hausses de salaire. La direction"
        " refuse de négocier. Le mouvement est suivi à Vierzon et à Bourges. Vierzon et Bourges sont"
        " voisines.",
        "manifesté",
        "-",
    ),
    # each town said once: no main place
    (
        "Les salariés ont manifesté lundi. Ils réclament des hausses de salaire. La direction"
        " refuse de négocier. Le mouvement est très suivi à Vierzon. Il l'est moins à Bourges.",
        "manifesté",
        "-",
    ),
    # a capital that speaks or acts is no place: "Selon Kiev", "Kiev demande"
    (
        "Des missiles ont frappé un immeuble mardi. Le bilan est lourd. Les secours cherchent des"
        " survivants. Selon Kiev, le bilan va s'alourdir. Kiev demande des armes à ses alliés.",
        "frappé",
        "-",
    ),
]

FORCES = [
    # a nationality adjective of an act of war: the state's forces
    ("Les bombardements russes ont détruit la gare de Kharkiv.", "bombardements", "forces russes"),
    ("L'artillerie russe n'a pas cessé de bombarder la ville.", "bombarder", "forces russes"),
    ("La contre-offensive ukrainienne a permis de reprendre trois villages.", "contre", "ukrainiennes"),
    ("Des frappes israéliennes ont visé Gaza dans la nuit.", "frappes", "forces israéliennes"),
    ("L'offensive russe se concentre désormais sur le Donbass.", "offensive", "forces russes"),
]

STATES = [
    # a state's own acts, the state named, or forces named by the text: unchanged
    ("Les sanctions européennes visent les banques russes.", "sanctions", "union européenne"),
    ("La Russie a bombardé Odessa dans la nuit.", "bombardé", "russie"),
    ("Les troupes russes ont envahi le pays.", "envahi", "troupes russes"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), MAIN_PLACE + NO_MAIN_PLACE)
def test_main_place(nlp, text: str, trigger: str, place: str) -> None:
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    name = found[0].location.name.lower() if found[0].location else "-"
    assert place in name, [(e.trigger, e.location) for e in found]


@pytest.mark.parametrize(("text", "trigger", "name"), FORCES + STATES)
def test_armed_side(nlp, text: str, trigger: str, name: str) -> None:
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    assert name in names(found[0], "agent"), found[0].actors
