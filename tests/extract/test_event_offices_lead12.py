"""An office is no actor (issue 17: actor_network rows between two real actors): a title with no
determiner and no name after "élu", "devient", "nommé" is what someone became, not someone acted on.
A title with a determiner is a person. Sentences written for these tests: (sentence, type, actor
names expected among the event's actors, names that must not be)."""

from __future__ import annotations

import pytest
from test_event_constructions import events_of


@pytest.mark.parametrize(
    ("text", "type_", "present", "absent"),
    [
        (
            "Le chef cuisinier devient président du syndicat des hôteliers.",
            "appoint",
            ["chef"],
            ["président"],
        ),
        ("La députée a été nommée rapporteure du budget.", "appoint", [], ["rapporteure"]),
        # a person described by a title keeps it
        ("Giorgia Meloni a nommé un ministre de la Défense.", "appoint", ["meloni", "ministre"], []),
        ("Emmanuel Macron a nommé Élisabeth Borne à Matignon.", "appoint", ["macron", "borne"], []),
    ],
)
def test_office_is_no_actor(nlp, text: str, type_: str, present: list[str], absent: list[str]) -> None:
    found = [e for e in events_of(nlp, text) if e.type == type_]
    assert found, [(e.type, e.trigger) for e in events_of(nlp, text)]
    names = " | ".join(r.name for e in found for r in e.actors).lower()
    assert all(p in names for p in present), names
    assert not any(a in names for a in absent), names
