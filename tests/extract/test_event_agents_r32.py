"""Round 32 agents: the issuer of an alert about a happening of nature (the weather service, the
prefect: "placés en vigilance orange par Météo France", "en X" hung on the placing verb's object)
is kept as its agent in a sentence that names the alert; who is entrusted with an act does it
("confier X à Y", "charger Y de X"), not who entrusts it; a purpose infinitive the parser hung on
the time said before it is done by the clause's subject. Sentences written for these tests. Each
row: (text, trigger, name): the last event whose trigger starts with ``trigger`` names ``name``
among its agents (a lowercase substring), or no agent when ``name`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names, xfail

ISSUERS = [
    ("Météo France a placé cinq départements en vigilance rouge.", "vigilance", "météo france"),
    ("Cinq départements sont maintenus en vigilance orange par Météo France.", "vigilance", "météo france"),
    ("La préfecture a placé le Var en vigilance orange.", "vigilance", "préfecture"),
    ("Le Var a été placé en vigilance orange par le préfet.", "vigilance", "préfet"),
    ("Le préfet a déclenché l'alerte sécheresse dans le département.", "alerte", "préfet"),
    ("Le village a été placé en état de catastrophe naturelle par le gouvernement.", "catastrophe", "gouv"),
]

NATURE_NONE = [
    # a happening of nature is still done by nobody: a state, a place or a people undergoes it
    ("Trente départements sont en vigilance orange depuis lundi.", "vigilance", "-"),
    ("La Grèce fait face à une canicule historique.", "canicule", "-"),
    ("Les habitants subissent des inondations à répétition.", "inondations", "-"),
    ("Le préfet fait face à des inondations sans précédent.", "inondations", "-"),
    ("La neige est tombée toute la nuit. Un épisode jugé rare par Météo France.", "tombée", "-"),
]

ENTRUSTED = [
    ("Le parquet a confié l'enquête à la police judiciaire.", "enquête", "police judiciaire"),
    ("Une enquête a été confiée à la brigade criminelle.", "enquête", "brigade criminelle"),
    ("L'enquête, confiée à la gendarmerie, devra établir les causes du drame.", "enquête", "gendarmerie"),
    ("La brigade criminelle a été chargée de l'enquête.", "enquête", "brigade criminelle"),
    xfail(
        "Le juge a chargé la police judiciaire de l'enquête.",
        "enquête",
        "police judiciaire",
        reason="the active 'charger Y de X' yields no investigation event here",
    ),
]

PURPOSE = [
    # "pour + infinitive" hung on the time said before it: the clause's subject does it
    ("Les pompiers sont mobilisés depuis lundi pour lutter contre l'incendie.", "lutter", "pompiers"),
    ("Les bénévoles sont sur place depuis trois jours pour aider les sinistrés.", "aider", "bénévoles"),
    ("Les gendarmes sont intervenus dans la nuit pour interpeller le suspect.", "interpeller", "gendarmes"),
    ("Les pompiers sont à pied d'œuvre depuis deux jours pour lutter contre le feu.", "lutter", "pompiers"),
]

KEPT = [
    # the one who opens or leads an act himself stays its agent
    ("Le parquet a ouvert une enquête pour homicide.", "enquête", "parquet"),
    ("Les gendarmes ont mené l'enquête pendant deux ans.", "enquête", "gendarmes"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), ISSUERS + NATURE_NONE + ENTRUSTED + PURPOSE + KEPT)
def test_round32_agents(nlp, text, trigger, name):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    event = found[-1]
    if name == "-":
        assert not names(event, "agent"), event.actors
    else:
        assert name in names(event, "agent"), event.actors
