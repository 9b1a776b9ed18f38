"""The doer of an event named in another sentence by the noun or the name of its kind
(``event_agent_kinds``): a union for a strike, a court for a sentence, the police for an arrest, a
firm for a hiring or a closure. Mini-reports written for these tests. Each row: (text, trigger,
agent): the last event whose trigger starts with ``trigger`` names ``agent`` among its agents (a
lowercase substring), or none when ``agent`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names

from newsgraph.extract.event_agent_kinds import DOERS, KIND_DOERS, of_class

GIVEN = [
    # the police named in the sentence before an arrest
    (
        "Les gendarmes sont intervenus dans la nuit à Brest. Trois hommes ont été interpellés.",
        "interpellés",
        "gendarmes",
    ),
    (
        "Les policiers de la brigade des stupéfiants ont mené une vaste opération à Marseille. Six"
        " suspects ont été arrêtés au petit matin.",
        "arrêtés",
        "policiers",
    ),
    # the court named before the sentence
    (
        "La cour d'assises du Rhône a rendu son verdict vendredi soir. L'accusé a été condamné à vingt"
        " ans de réclusion criminelle.",
        "condamné",
        "cour",
    ),
    # the union named in the lead, the strike two sentences on
    (
        "La CGT appelle les salariés des raffineries à poursuivre le mouvement. Les stations-service"
        " manquent de carburant. Les automobilistes font la queue. La grève est reconduite jusqu'à"
        " vendredi.",
        "grève",
        "cgt",
    ),
    # the one union of a strike report, named after the strike
    (
        "La grève se poursuit au dépôt pétrolier de Lavéra. Les camions restent bloqués. Le syndicat"
        " SUD-Rail dénonce le silence de la direction.",
        "grève",
        "sud-rail",
    ),
    # a union and its apposition are one doer
    (
        "La grève se poursuit dans les raffineries du groupe. La CFDT, premier syndicat de l'entreprise,"
        " réclame une hausse des salaires.",
        "grève",
        "cfdt",
    ),
    # the judges and the jury of one coordination are one doer
    (
        "L'accusé a été condamné à trente ans de réclusion. Les juges et les jurés ont délibéré"
        " pendant six heures.",
        "condamné",
        "juges",
    ),
    # the firm named before its closure
    (
        "L'entreprise de textile traverse une crise grave depuis deux ans. La fermeture du site est"
        " prévue en juin.",
        "fermeture",
        "entreprise",
    ),
]

LATER = [
    # a firm named by a noun that is no actor today, taken up by a pronoun
    pytest.param(
        "Une usine de textile a dû s'agrandir cet hiver. Elle a embauché cent cinquante personnes.",
        "embauché",
        "usine",
        marks=pytest.mark.xfail(
            strict=True, reason="'usine' is no actor noun, and 'elle' is not resolved to a common noun"
        ),
    ),
]

WITHHELD = [
    # two unions: no guess
    (
        "La CGT et la CFDT appellent à manifester mardi. La grève est reconduite dans les raffineries.",
        "grève",
        "-",
    ),
    (
        "La CGT et Force ouvrière annoncent un mouvement à partir de demain. La plupart des raffineries"
        " sont en grève.",
        "grève",
        "-",
    ),
    # a kind whose doer is no one class: a protest is anybody's
    (
        "Les policiers ont encadré le rassemblement. La manifestation s'est déroulée dans le calme.",
        "manifestation",
        "-",
    ),
    # a doer of another class: the police do not sentence
    (
        "Les gendarmes ont retrouvé l'arme du crime. L'homme a été condamné à dix ans de prison.",
        "condamné",
        "-",
    ),
    # police named after the event, but undergoing (a passive): not the doers
    (
        "Trois hommes ont été interpellés à Brest dans la nuit. Les policiers ont été pris à partie.",
        "interpellés",
        "-",
    ),
    # a policeman who undergoes (the subject of a passive) is not the one who arrests
    (
        "Un policier est activement recherché depuis vendredi à Paris. En 2019, il avait été interpellé"
        " pour des violences.",
        "interpellé",
        "-",
    ),
    # a firm named as a complement is not named acting
    (
        "Le directeur de l'entreprise refuse de commenter. Deux cents postes doivent être supprimés.",
        "supprimés",
        "-",
    ),
    # a judge's act is not the police's
    (
        "Les enquêteurs de la police judiciaire ont bouclé leur enquête. Le suspect a été mis en examen"
        " pour meurtre.",
        "mis en examen",
        "-",
    ),
    # a direction named as a place ("dans le sud") is no union
    (
        "Les orages ont frappé le sud du pays. La grève se poursuit à Marseille.",
        "grève",
        "-",
    ),
]


def last_event(nlp, text: str, trigger: str):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    return found[-1]


@pytest.mark.parametrize(("text", "trigger", "agent"), GIVEN + LATER + WITHHELD)
def test_doer_of_kind(nlp, text, trigger, agent):
    event = last_event(nlp, text, trigger)
    if agent == "-":
        assert not names(event, "agent"), event.actors
    else:
        assert agent in names(event, "agent"), event.actors


def test_every_class_has_nouns():
    assert set(KIND_DOERS.values()) <= set(DOERS)


def test_names_need_a_capital(nlp):
    doc = nlp("La CGT manifeste dans le sud.")
    cgt = next(t for t in doc if t.text == "CGT")
    sud = next(t for t in doc if t.text == "sud")
    assert of_class(cgt, "union")
    assert not of_class(sud, "union")
