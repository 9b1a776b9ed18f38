"""Event arguments, round 27. Places: a small place said with a landmark near it ("X, près de Y",
"X, située à 15 km de Y", "X, au pays du Reblochon") or with where it lies ("de X, dans le
Var", "comme Béziers (Hérault)") is where the event happened, whatever label the NER
gave its name; a country in the "de X" of an embassy or of a house's capitalised name ("le Centre
culturel de Chine") is whose house, not where. Agents: "l'Etat" written without its accent acts as
"l'État"; a nation without a state ("les Écossais", "les Catalans") acts as a people. Sentences
written for these tests. Rows: (text, trigger, agent, place; lowercase substrings, "-": none)."""

from __future__ import annotations

import pytest
from test_event_constructions import xfail
from test_event_places_r14 import events_at, triggered

LANDMARKS = [
    (
        "À Montrouge, près de Paris, des habitants ont porté plainte pour pollution.",
        "plainte",
        "habitants",
        "montrouge",
    ),
    ("Un incendie s'est déclaré à Saint-Jean, non loin de Bordeaux, samedi.", "incendie", "-", "saint-jean"),
    (
        "Une usine a explosé à Oppau, à une vingtaine de kilomètres au nord de Mannheim.",
        "explosé",
        "-",
        "oppau",
    ),
    (
        "Des habitants de Vénissieux, dans la banlieue de Lyon, ont manifesté samedi.",
        "manifesté",
        None,
        "vénissieux",
    ),
    (
        "En Savoie, au pays du Reblochon, une fromagerie a été condamnée pour pollution.",
        "condamnée",
        "-",
        "savoie",
    ),
    ("Un bateau a fait naufrage à Lampedusa, au large de la Sicile.", "naufrage", None, "lampedusa"),
    # the landmark alone is still the place said
    ("Des manifestants ont défilé près de Lyon samedi.", "défilé", "manifestants", "lyon"),
    # a comma and a town that is no landmark: both places are the event's, the first one said wins
    ("Des grèves ont éclaté à Lyon, puis à Marseille.", "grèves", None, "lyon"),
]

WHERE_IT_LIES = [
    # a name the NER takes for a person, said with its department after a comma
    ("L'incendie est parti de Pierrefeu, dans le Var, dans la nuit de lundi.", "incendie", "-", "pierrefeu"),
    # the whole name the NER labelled a person, not its last word ("Keynes")
    ("Un incendie a détruit une usine à Milton Keynes, en Angleterre.", "incendie", "-", "milton keynes"),
    ("Un incendie s'est déclaré à Pierrefeu, dans la région de Toulon.", "incendie", "-", "pierrefeu"),
    # a town with its department in brackets, not introduced by a preposition of place
    (
        "Plusieurs villes ont instauré un couvre-feu pour les mineurs, "
        "comme Béziers (Hérault) et Nice (Alpes-Maritimes).",
        "couvre-feu",
        None,
        "béziers",
    ),
    # a ski resort's town with its article; a house's name is no town, its department says where
    (
        "Une avalanche a emporté deux skieurs dans la station de La Norma, en Savoie.",
        "avalanche",
        "-",
        "la norma",
    ),
    xfail(
        "Le chanteur s'est retiré dans la villa de Beaurivage, dans le Var, samedi.",
        "retiré",
        None,
        "var",
        reason="the NER tags the house's name a place: a place mention before its department is kept",
    ),
    # a person's name followed by a department is no place
    ("Jean Dupont, dans l'Ain, a été arrêté samedi.", "arrêté", None, "ain"),
]

HOUSES = [
    (
        "Les manifestants se sont rassemblés devant le Centre culturel de Chine, à Paris.",
        "rassemblés",
        None,
        "paris",
    ),
    (
        "Des centaines de personnes ont manifesté devant l'ambassade de Russie à Paris.",
        "manifesté",
        None,
        "paris",
    ),
    (
        "Des manifestants se sont rassemblés devant le Centre culturel de Chine.",
        "rassemblés",
        None,
        "-",
    ),
    # a town's centre is where
    ("Des centaines de personnes ont manifesté dans le centre de Lyon.", "manifesté", None, "lyon"),
    ("Des centaines de personnes ont manifesté devant le consulat d'Algérie.", "manifesté", None, "-"),
]

AGENTS = [
    ("L'Etat a accordé une subvention aux boulangers.", "accordé", "etat", None),
    ("L'Etat a versé une aide aux agriculteurs.", "versé", "etat", None),
    ("Des centaines de Gallois font la queue devant le stade.", "queue", "gallois", None),
    ("Des Catalans ont bloqué une autoroute samedi.", "bloqué", "catalans", None),
    # the victim is never the agent
    ("Des Écossais ont été agressés à Glasgow.", "agressés", "-", "glasgow"),
    xfail(
        "Le gouvernement promet une nouvelle aide aux étudiants.",
        "aide",
        "gouvernement",
        None,
        reason="'promettre une aide' is one promise_aid event on the verb, no 'aide' event of its own",
    ),
]


def agent_names(event) -> str:
    return " | ".join(a.name.lower() for a in event.actors if a.role == "agent") or "-"


@pytest.mark.parametrize(("text", "trigger", "agent", "place"), LANDMARKS + WHERE_IT_LIES + HOUSES + AGENTS)
def test_event_args_r27(nlp, text: str, trigger: str, agent: str | None, place: str | None) -> None:
    found = [e for e in events_at(nlp, text) if triggered(e, trigger)]
    assert found, [e.trigger for e in events_at(nlp, text)]
    event = found[0]
    if agent is not None:
        names = agent_names(event)
        assert agent in names if agent != "-" else names == "-"
    if place is not None:
        name = event.location.name.lower() if event.location else "-"
        assert place in name if place != "-" else name == "-"
