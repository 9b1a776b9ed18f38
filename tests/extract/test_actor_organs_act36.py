"""Organs of a named organisation or place named with their complement (issue 17, item 5): the
agent of "la direction de l'entreprise X a supprimé" is "direction de l'entreprise X", never a bare
"direction" no reader can find; a report that names the organ in full and then by its head noun
alone speaks of one body. Phrases written for these tests. Each row: (text, trigger, agent name,
agent type) for the event whose trigger starts with ``trigger``."""

from __future__ import annotations

import pytest

from newsgraph.model import Actor, Document, Event, Evidence, Extraction, RoleRef
from newsgraph.names import actor_id
from newsgraph.resolve import resolve

ORG, G = "organization", "group"


EV = Evidence(0, 1, "x")


def report(full: str, short: str, short_type: str) -> Extraction:
    """A report naming a body in full (the speaker side) and by its head noun (an event's agent)."""
    actors = [
        Actor("r", actor_id(full, ORG), full, ORG, (full,)),
        Actor("r", actor_id(short, short_type), short, short_type),
    ]  # type: ignore[arg-type]
    role = RoleRef(actor_id(short, short_type), short, "agent", short_type)  # type: ignore[arg-type]
    return Extraction(
        Document("r", "x"), actors, [], [], [Event("e", "r", "layoff", "supprimé", EV, actors=(role,))]
    )


@pytest.mark.parametrize(
    ("full", "short", "short_type", "joined"),
    [
        ("direction de l'entreprise Vintrac", "direction", G, True),
        ("syndicat des pilotes d'Air France", "syndicat", G, True),
        ("direction de la SNCF", "la direction", ORG, True),
        ("syndicat des pilotes d'Air France", "syndicats", G, False),  # several unions: not that one
        ("direction de la SNCF", "salariés", G, False),
    ],
)
def test_a_head_noun_read_as_people_joins_the_full_name_of_its_report(full, short, short_type, joined):
    out = resolve([report(full, short, short_type)])[0]
    agent = out.events[0].actors[0]
    assert (agent.name == full) is joined
    assert (len(out.actors) == 1) is joined
