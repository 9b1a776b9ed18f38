"""Who acts, where the trigger's own clause does not say it plainly: a union of states named by a
place, a verb that goes into the event its complement names, the sides of "opposer", a "par X"
shared by coordinated passive participles, a definite or demonstrative event noun that repeats an
earlier report, the one who holds a weapon, people named by what they do, a subject the parser
hung elsewhere. Sentences written for these tests; rows as in test_event_constructions
(sentence, type, agent, target, place; substrings, None: not checked)."""

from __future__ import annotations

import pytest
from test_event_constructions import check, events_of, names

AGENTS = [
    # a continent or a seat standing for the union of states that acts
    (
        "L'Europe a adopté jeudi de nouvelles sanctions contre la Biélorussie.",
        "sanction",
        "union européenne",
        None,
        None,
    ),
    # a seat of power standing for its government; a bloc named as a people
    ("Le Kremlin a ordonné des frappes sur le port.", "air_strike", "russie", None, None),
    ("La Maison Blanche a imposé des sanctions à plusieurs banques.", "sanction", "états-unis", None, None),
    (
        "Les Occidentaux ont livré des chars à l'armée ukrainienne.",
        "provide_military_aid",
        "occidentaux",
        None,
        None,
    ),
    # a verb whose subject goes into the event its complement names
    ("Les rebelles sont passés à l'offensive dans le nord du pays.", "attack", "rebelles", None, None),
    ("Les contrôleurs aériens ont rejoint la grève mardi.", "strike_or_boycott", "contrôleurs", None, None),
    (
        "Après une courte pause, les soldats repartent à l'assaut de la colline.",
        "attack",
        "soldats",
        None,
        None,
    ),
    ("Des dizaines de soldats ont pris part aux combats.", "fight", "soldats", None, None),
    # a light verb's object the parser hung as a bare dependent after a long incise
    (
        "Le président chinois a supervisé, dimanche en début d'après-midi, des manœuvres navales.",
        "military_exercise",
        "président",
        None,
        None,
    ),
    # coordinated passive participles share their "par X"
    ("La famille a été évacuée puis relogée par la mairie.", "rescue", "mairie", "famille", None),
    # the one who holds the weapon
    ("Un randonneur a été tué par la balle d'un chasseur.", "kill", "chasseur", "randonneur", None),
    # people named by what they do
    ("L'assaillant a poignardé deux passants devant la gare.", "physical_assault", "assaillant", None, None),
    ("Les agriculteurs ont bloqué le périphérique lundi matin.", "obstruct", "agriculteurs", None, None),
    # a role noun the NER tagged a place, with the place in its complement
    (
        "Le procureur de la République de Valence a ouvert une enquête pour homicide.",
        "investigate",
        "procureur",
        None,
        None,
    ),
    # a light verb's object hung on the day said before it
    ("Tokyo a décidé mardi de nouvelles sanctions contre Pyongyang.", "sanction", "japon", None, None),
    # a title or caption: a participle without auxiliary is passive, its subject undergoes
    ("Deux militants écologistes arrêtés à Nantes", "arrest", "-", "militants", None),
    ("Jean Moreau blessé au bras Les secours sont arrivés vite.", "wound", "-", "moreau", None),
    # people counted in the "de X" of an event noun are who act, not an amount
    ("Le sinistre a demandé l'intervention de 120 pompiers.", "emergency_response", "pompiers", None, None),
    (
        "Une manifestation de 2 000 agriculteurs a bloqué le centre-ville.",
        "demonstrate",
        "agriculteurs",
        None,
        None,
    ),
    # an infinitive of purpose after "afin de": the subject of the verb it qualifies acts
    (
        "Deux cents pompiers ont été dépêchés sur place afin de lutter contre les flammes.",
        "emergency_response",
        "pompiers",
        None,
        None,
    ),
    # a personal pronoun the parser took for an expletive before a reflexive verb
    (
        "Le sélectionneur a annoncé son départ. Il s'est retiré après douze ans à la tête de l'équipe.",
        "withdraw",
        "sélectionneur",
        None,
        None,
    ),
    # the "de X" of an attack noun that names attackers is who attacks
    (
        "L'assaut des insurgés a duré toute la nuit.",
        "attack",
        "insurgés",
        None,
        None,
    ),
    # a subject the parser hung on a time phrase before it
    (
        "Jeudi soir, après dix heures de discussion, écologistes et socialistes ont conclu un accord.",
        "agree",
        "socialistes",
        None,
        None,
    ),
    # a conflict read as the subject of a verb of happening (evt28b), its sides from "qui oppose"
    ("Le conflit qui oppose l'Arménie à l'Azerbaïdjan a repris.", "fight", "arménie", None, None),
]


@pytest.mark.parametrize("text,type_,agent,target,place", AGENTS)
def test_agent(nlp, text, type_, agent, target, place):
    check(nlp, text, type_, agent, target, place)


TAKEN_UP = [
    # a demonstrative or bare definite event noun repeats the earlier report: its agent (when the
    # two tell one happening they are one event since evp27, which keeps the agent)
    (
        "Le Canada a annoncé des sanctions contre Moscou. Ces sanctions visent surtout des banques.",
        "sanction",
        "canada",
    ),
    (
        "Les cheminots ont lancé une grève reconductible. La grève perturbe le trafic depuis lundi.",
        "strike_or_boycott",
        "cheminots",
    ),
]


@pytest.mark.parametrize("text,type_,agent", TAKEN_UP)
def test_taken_up(nlp, text, type_, agent):
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    assert all(agent in names(e, "agent") for e in found), [e.actors for e in found]


SIDES = [
    ("De violents affrontements avec la police ont éclaté dans la nuit.", "fight", ["police"]),
    ("Des combats opposent l'armée malienne aux rebelles dans le nord.", "fight", ["armée", "rebelles"]),
    (
        "De violents affrontements ont opposé les policiers aux manifestants samedi.",
        "fight",
        ["policiers", "manifestants"],
    ),
]


@pytest.mark.parametrize("text,type_,sides", SIDES)
def test_sides(nlp, text, type_, sides):
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert found, f"no {type_} event"
    who = " | ".join(names(e, "participant") + " | " + names(e, "agent") for e in found)
    assert all(s in who for s in sides), who


NOT_AGENTS = [
    # what starts (a business, a site) is no actor acted on unless named
    ("Le boulanger a créé une association de quartier.", "launch", None),
    # "de un X" is an article, not an amount; but an amount stays no actor
    ("Une aide de 300 millions d'euros a été débloquée pour les sinistrés.", "provide_aid", "millions"),
    # a definite noun with its own complement is a new event, not the earlier one repeated
    (
        "Le Japon a imposé des sanctions à la Russie. Les sanctions américaines visent l'Iran.",
        "sanction",
        None,
    ),
    # a place that is no union of states keeps to being where
    ("Des manifestations ont eu lieu à Bruxelles samedi.", "demonstrate", "union"),
    ("Le Premier ministre a été reçu mardi à la Maison Blanche.", "host_visit", "états-unis"),
]


@pytest.mark.parametrize("text,type_,wrong", NOT_AGENTS)
def test_not_agent(nlp, text, type_, wrong):
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert found, f"no {type_} event"
    if wrong is None and type_ == "launch":
        assert not names(found[0], "target"), found[0].actors
    elif wrong is None:  # the last report is not given the first one's agent
        assert "japon" not in names(found[-1], "agent")
    else:
        assert all(wrong not in names(e, "agent") for e in found)
