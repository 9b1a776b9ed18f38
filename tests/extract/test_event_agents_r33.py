"""Round 33 agents: the object a light verb's parse hung on the date said between them ("a annoncé
mardi 8 mars de nouvelles sanctions", "a annoncé lundi 21 février la reconnaissance"), the subject
of a verb of considering or offering a measure ("réfléchit à un gel des loyers", "proposent des
formations"), the subject of a verb the parser coordinated with the object before it ("ont volé des
pièces et saccagé le site"), who attends, opens or presides a ceremony ("a assisté à la messe": a
participant).
Sentences written for these tests. Each row: (text, trigger, name): the last event whose trigger
starts with ``trigger`` names ``name`` among its actors of ``role`` (a lowercase substring), or no
such actor when ``name`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names, xfail

DATED = [
    # the object hung on the date said between the verb and it: the verb's subject acts
    ("La ministre a annoncé mardi 8 mars de nouvelles sanctions contre la Russie.", "sanctions", "ministre"),
    (
        "Le Kremlin a annoncé lundi 21 février la reconnaissance des deux républiques séparatistes.",
        "reconnaissance",
        "russie",
    ),
    ("Le Conseil européen a adopté jeudi de nouvelles sanctions contre Minsk.", "sanctions", "conseil"),
    ("L'Union européenne a adopté, jeudi 24 février, des sanctions contre Moscou.", "sanctions", "union"),
    (
        "Élisabeth Borne a reçu, jeudi 8 décembre, les syndicats pour une consultation.",
        "consultation",
        "borne",
    ),
]

DATED_NONE = [
    # a date's own complement is no object: nobody named acts in it
    ("Les sanctions du 8 mars visent les banques russes.", "sanctions", "-"),
    (
        "Lundi 21 février, la reconnaissance des républiques séparatistes a choqué l'Europe.",
        "reconnaissance",
        "-",
    ),
]

CONSIDERED = [
    # who considers or offers a measure is its agent, the measure not yet real
    ("Les ministres réfléchissent à un gel des loyers.", "gel", "ministres"),
    (
        "Le gouvernement dit réfléchir à une nouvelle réforme de l'assurance-chômage.",
        "réforme",
        "gouvernement",
    ),
    ("Certaines associations proposent des formations aux bénévoles.", "formations", "associations"),
    ("La Turquie propose une médiation entre Kiev et Moscou.", "médiation", "turquie"),
    xfail(
        "Le ministère de l'Économie réfléchit à un gel des loyers.",
        "gel",
        "ministère",
        reason="the parser takes 'réfléchit' for a clause of 'Économie', the ministry for the root",
    ),
]

CONSIDERED_NONE = [
    # a verb of judging an act is not one of offering it: the critic does not act
    ("Les syndicats dénoncent la réforme des retraites.", "réforme", "-"),
    ("Les habitants redoutent de nouvelles frappes.", "frappes", "-"),
]

ATTENDED = [
    # who attends or presides a ceremony takes part in it
    ("Vladimir Poutine a assisté à la messe de Noël à Moscou.", "messe", "poutine"),
    ("Le président a assisté à la cérémonie d'hommage aux victimes.", "cérémonie", "président"),
    ("La ministre a présidé la cérémonie de remise des prix.", "cérémonie", "ministre"),
]

CONJOINED = [
    # a verb the parser coordinated with the object of the verb before it shares that verb's subject
    ("Les manifestants ont volé de nombreuses pièces et saccagé le site.", "saccagé", "manifestants"),
    ("Les soldats sont arrivés. Ils ont volé de nombreuses pièces et saccagé le site.", "saccagé", "soldats"),
    xfail(
        "Les pilleurs d'épaves ont volé de nombreuses pièces et saccagé le site.",
        "saccagé",
        "pilleurs",
        reason="'pilleur' is no people noun of the lexicons, so no actor",
    ),
]

CONJOINED_NONE = [
    # participles of the noun, with no object of their own: the noun's states, not acts of the subject
    ("Les gendarmes ont découvert une voiture volée et incendiée.", "incendiée", "-"),
    ("Les habitants ont retrouvé des commerces pillés et des voitures incendiées.", "incendiées", "-"),
]

ATTENDED_NONE = [
    # a ceremony only told of, or attended by nobody named
    ("La cérémonie a eu lieu dimanche à Moscou.", "cérémonie", "-"),
]


def actor_names(event) -> str:
    return " | ".join(names(event, role) for role in ("agent", "participant"))


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    DATED + DATED_NONE + CONSIDERED + CONSIDERED_NONE + CONJOINED + CONJOINED_NONE + ATTENDED + ATTENDED_NONE,
)
def test_round33_agents(nlp, text, trigger, name):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    event = found[-1]
    if name == "-":
        assert not actor_names(event).strip(" |"), event.actors
    else:
        assert name in actor_names(event), event.actors
