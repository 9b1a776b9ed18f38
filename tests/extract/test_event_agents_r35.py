"""Round 35 agents: the announcer of an act a body decides, told without its doer ("Une enquête a été
ouverte, a indiqué le parquet", "Selon la préfecture, la circulation sera interdite"), never a news
outlet, a reporter, nor the source of what it only counts ("Selon les secours, trois personnes ont
été tuées"); the one accused or suspected of an act a noun names ("X est accusé de viol", "un
homme soupçonné de meurtre").
Sentences written for these tests. Each row: (text, trigger, name): the last event whose trigger
starts with ``trigger`` names ``name`` among its agents (a lowercase substring), or no agent when
``name`` is "-"."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of, names, xfail

ANNOUNCED = [
    # the act's clause completes a verb of saying: its subject
    ("Le parquet de Brest a annoncé qu'une enquête a été ouverte.", "enquête", "parquet"),
    ("Le procureur a indiqué qu'une enquête pour meurtre avait été ouverte.", "enquête", "procureur"),
    ("Le maire a annoncé que la fête du village serait reportée.", "reportée", "maire"),
    # an incise after the act, its subject inverted (the parser may take it for an object)
    ("Une enquête pour meurtre a été ouverte, a indiqué le parquet.", "enquête", "parquet"),
    (
        "La ristourne sera prolongée jusqu'à la fin de l'année, a annoncé le gouvernement.",
        "ristourne",
        "gouvern",
    ),
    ("Deux suspects ont été interpellés, a indiqué la police.", "interpellés", "police"),
    ("Trois hommes ont été arrêtés, selon la gendarmerie.", "arrêtés", "gendarmerie"),
    # "selon X"
    ("Selon le parquet, une enquête a été ouverte.", "enquête", "parquet"),
    ("Selon la préfecture, la circulation sera interdite sur le pont.", "interdite", "préfecture"),
    xfail(
        "Une enquête a été ouverte, a-t-il annoncé.",
        "enquête",
        "parquet",
        reason="an inverted pronoun: who 'il' is is not looked for",
    ),
]

ANNOUNCED_NONE = [
    # an arrest or a seizure told by a prosecutor or a minister is the police's act, not theirs
    ("La procureure a indiqué que quatre personnes avaient été interpellées.", "interpellées", "-"),
    ("Deux tonnes de cannabis ont été saisies, a annoncé le ministre.", "saisies", "-"),
    # a news outlet or a reporter tells the news, it did not act
    ("Selon Le Parisien, une enquête a été ouverte.", "enquête", "-"),
    ("Selon le journal Le Monde, une enquête a été ouverte.", "enquête", "-"),
    ("Une enquête a été ouverte, précise notre journaliste.", "enquête", "-"),
    ("La vente d'alcool est interdite, annonce Claire Dupont, en direct de Lens.", "interdite", "-"),
    # a quote is a witness's words: its speaker did not act
    ('"Ils ont été enfermés dans des cages", explique la vétérinaire du zoo.', "enfermés", "-"),
    # what the source only counts or reports is not its act
    ("Selon les secours, trois personnes ont été tuées.", "tuées", "-"),
    ("Les prix ont encore augmenté en mars, selon l'Insee.", "augmenté", "-"),
]

ACCUSED = [
    ("Le chanteur est accusé de viol par trois femmes.", "viol", "chanteur"),
    ("L'acteur, accusé de viol, a été entendu par la police.", "viol", "acteur"),
    ("Un homme soupçonné de meurtre a été interpellé à Lille.", "meurtre", "homme"),
    ("Le groupe est accusé de maltraitance dans ses maisons de retraite.", "maltraitance", "groupe"),
    (
        "Le présentateur a été accusé d'agression sexuelle par une collaboratrice.",
        "agression",
        "présentateur",
    ),
    xfail(
        "Une collègue accuse le présentateur de harcèlement.",
        "harcèlement",
        "présentateur",
        reason="no event is read from 'harcèlement' after an active verb of accusing",
    ),
]

ACCUSED_NONE = [
    # who complains of the act or suffers it is not its doer
    ("Une jeune femme a porté plainte pour viol.", "viol", "-"),
    ("Une femme a été victime d'un viol à Lyon.", "viol", "-"),
]


@pytest.mark.parametrize(("text", "trigger", "name"), ANNOUNCED + ANNOUNCED_NONE + ACCUSED + ACCUSED_NONE)
def test_round35_agents(nlp, text, trigger, name):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    agents = names(found[-1], "agent")
    if name == "-":
        assert not agents, found[-1].actors
    else:
        assert name in agents, found[-1].actors


# a clause of its own hung on the light verb is no judging idiom ("sont en garde à vue" is not "mettre en
# garde"): the passive keeps its "par" agent; the idiom itself still judges its object
CLAUSE_NOT_IDIOM = [
    (
        "Une enquête est ouverte par la gendarmerie, tandis que les deux gérants sont en garde à vue.",
        "enquête",
        "gendarmerie",
    ),
    (
        "Une enquête a été ouverte par le parquet, alors que le chauffeur est en garde à vue.",
        "enquête",
        "parquet",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "name"), CLAUSE_NOT_IDIOM)
def test_a_clause_hung_on_the_verb_is_no_judging_idiom(nlp, text, trigger, name):
    found = [e for e in events_of(nlp, text) if e.trigger.lower().startswith(trigger)]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    assert name in names(found[-1], "agent"), found[-1].actors


def test_the_idiom_still_judges_its_object(nlp):
    found = [
        e
        for e in events_of(nlp, "La direction met en cause la grève des contrôleurs.")
        if "grève" in e.trigger
    ]
    assert all("direction" not in names(e, "agent") for e in found)
