"""``network_ends.refs_moved`` (round 45, issue 15): the state-body rules move a report's references
to a body ("le gouvernement" -> "gouvernement français", or kept to a report set abroad) through one
function that copies only the statements and events whose references moved; the others are kept as
they are (the same objects), which spares a worker's resolve a copy of every record of most reports.
Names and sentences are made up.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from newsgraph.model import Actor, ActorRef, Document, Event, Evidence, Extraction, RoleRef, Statement
from newsgraph.resolve import Registry, resolve
from newsgraph.resolve.network_ends import refs_moved

EV = Evidence(0, 10, "phrase inventée")


def _move_government(ref: Any) -> Any:
    """Moves the bare government only, like the state-body rules; anything else is given back."""
    if ref.name != "gouvernement":
        return ref
    return dataclasses.replace(ref, id="org-gouvernement-francais", name="gouvernement français")


def _statement(speaker: str, *about: str) -> Statement:
    refs = tuple(ActorRef(f"org-{a}", a, "organization") for a in about)
    who = ActorRef(f"org-{speaker}", speaker, "organization")
    return Statement("s1", "d1", who, "x", False, "dire", EV, about=refs)


def _event(*names: str) -> Event:
    roles = tuple(RoleRef(f"org-{n}", n, "agent", "organization") for n in names)
    return Event("e1", "d1", "protest", "manifester", EV, actors=roles)


def test_records_with_no_moved_reference_are_kept_as_they_are():
    statements = [_statement("syndicat", "patronat")]
    events = [_event("syndicat")]
    said, done = refs_moved(statements, events, _move_government)
    assert said[0] is statements[0] and done[0] is events[0]


def test_a_moved_reference_copies_its_record_only():
    statements = [_statement("syndicat", "gouvernement"), _statement("gouvernement")]
    events = [_event("syndicat", "gouvernement"), _event("patronat")]
    said, done = refs_moved(statements, events, _move_government)
    assert [s.speaker.name for s in said] == ["syndicat", "gouvernement français"]
    assert [a.name for a in said[0].about] == ["gouvernement français"]
    assert [r.name for r in done[0].actors] == ["syndicat", "gouvernement français"]
    assert done[1] is events[1]
    assert said[0] is not statements[0] and statements[0].about[0].name == "gouvernement"  # not changed


def test_resolve_without_a_registry_gives_what_it_gives_with_one():
    def batch() -> list[Extraction]:
        doc = Document("d1", "Le gouvernement a annoncé une aide.")
        actors = [Actor("d1", "org-gouvernement", "gouvernement", "organization")]
        return [Extraction(doc, actors, [], [_statement("gouvernement")], [_event("gouvernement")], [])]

    registry = Registry()
    with_one = resolve(batch(), registry)
    assert registry.entries  # recorded
    assert resolve(batch()) == with_one
