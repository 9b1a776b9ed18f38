"""Event agents, round 26b: a strike or a demonstration left with no agent in its sentence takes the
people the report names by the noun of its doers ("les grévistes", "les manifestants"; "les
salariés grévistes": the employees), never "les grévistes de la faim", and never over an agent of
its own; a happening of nature (a heat wave, a flood, a drought, an epidemic) has no agent, the
state put as one being at most its place; a fire keeps a person as its agent but not a state.
Sentences written for these tests. Rows: (text, type, agent, target, place; lowercase substrings,
None: not checked, "-": none in that role)."""

from __future__ import annotations

import pytest
from test_event_constructions import check_arguments, of_type, xfail

from newsgraph.extract.event_agent_nature import unacted
from newsgraph.model import Event, Evidence, PlaceRef, RoleRef

DOERS = [
    (
        "La grève a été reconduite jeudi au dépôt de Lyon. Le soir, les grévistes ont dénoncé la "
        "réquisition.",
        "strike_or_boycott",
        "grévistes",
        None,
        None,
    ),
    (
        "La grève continue à l'usine. Les salariés grévistes réclament une hausse de 5 %.",
        "strike_or_boycott",
        "salariés",
        None,
        None,
    ),
    (
        "La manifestation a dégénéré samedi à Nantes. Plusieurs manifestants ont été interpellés.",
        "demonstrate",
        "manifestants",
        None,
        "nantes",
    ),
    # its own agent stays alone
    (
        "La grève des pilotes continue. Les grévistes de la faim refusent de s'alimenter.",
        "strike_or_boycott",
        "pilotes",
        None,
        None,
    ),
    # who refuse food do not strike
    (
        "La grève se poursuit à l'usine. Les grévistes de la faim refusent de s'alimenter.",
        "strike_or_boycott",
        "-",
        None,
        None,
    ),
    # one of them quoted is not the doers; the plural is
    (
        "Une manifestation a eu lieu samedi à Lyon. « C'est trop », estime une manifestante lyonnaise.",
        "demonstrate",
        "-",
        None,
        None,
    ),
    (
        "Une manifestation a eu lieu samedi à Lyon. Les manifestantes réclament l'égalité salariale.",
        "demonstrate",
        "manifestantes",
        None,
        None,
    ),
    # the doers of another kind are not a strike's
    (
        "La grève touche les raffineries. Les manifestants ont défilé à Paris.",
        "strike_or_boycott",
        "-",
        None,
        None,
    ),
    # the one union of a strike report, named after it (event_agent_kinds, round 27b)
    (
        "La grève se poursuit au dépôt. La CGT, seul syndicat à maintenir le mouvement, dénonce un "
        "passage en force.",
        "strike_or_boycott",
        "cgt",
        None,
        None,
    ),
]

NATURE = [
    ("L'Inde fait face à une canicule depuis mars.", "heat_wave", "-", None, "inde"),
    ("L'Australie a enregistré des inondations record.", "flood", "-", None, "australie"),
    ("La Chine fait face à une nouvelle vague de Covid.", "epidemic", "-", None, "chine"),
    ("L'Italie subit des orages violents.", "storm", "-", "italie", "italie"),
    # the place already said stays
    ("À Madrid, l'Espagne fait face à une canicule.", "heat_wave", "-", None, "madrid"),
    xfail(
        "L'Inde suffoque sous une vague de chaleur historique.",
        "heat_wave",
        "-",
        None,
        "inde",
        reason="the subject of a verb of undergoing that names no role is not read as the place",
    ),
]

FIRES = [
    # a person may set a fire
    ("L'incendie a été allumé par un agriculteur.", "fire", "agriculteur", None, None),
]


@pytest.mark.parametrize(("sentence", "type_", "agent", "target", "place"), DOERS + NATURE + FIRES)
def test_event_agents_r26b(nlp, sentence, type_, agent, target, place):
    check_arguments(of_type(nlp, sentence, type_)[0], agent, target, place)


GRECE = RoleRef("gpe-grece", "Grèce", "agent", "gpe")
BERGER = RoleRef("person-berger", "berger", "agent", "person")


@pytest.mark.parametrize(
    ("kind", "actors", "place", "kept", "where"),
    [
        ("fire", (GRECE,), None, (), "Grèce"),  # no state burns: at most the place
        ("fire", (BERGER,), None, (BERGER,), None),  # a person may set a fire
        ("heat_wave", (BERGER,), None, (), None),  # nobody makes a heat wave
        ("flood", (GRECE,), PlaceRef("p-athenes", "Athènes"), (), "Athènes"),  # the place said stays
        ("accident", (BERGER,), None, (BERGER,), None),  # an accident has its author
        ("demonstrate", (GRECE,), None, (GRECE,), None),  # not a happening of nature
    ],
)
def test_unacted(kind, actors, place, kept, where):
    event = Event("e", "d", kind, "x", Evidence(0, 1, "x"), actors=actors, location=place)
    out = unacted(event)
    assert out.actors == kept
    assert (out.location.name if out.location else None) == where
