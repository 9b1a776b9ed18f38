"""The event types of ``ontology/event_types.ttl`` (a SKOS scheme): CAMEO codes and broader types."""

from __future__ import annotations

import re
from functools import cache

from newsgraph import lexicons

CASUALTY_TYPES = frozenset({"kill", "wound", "injury"})
"""Casualty reports: their quantities are head counts, and they merge as one family (the wounded of
one crash may be told as an accident's injured in one report and as wounded in another)."""

HEAD_COUNT_TYPES = CASUALTY_TYPES | {"death"}
"""Events whose bare count of people is a head count ("dix morts dans l'incendie")."""


@cache
def _concept_blocks() -> dict[str, str]:
    """Event type name -> its Turtle block in ontology/event_types.ttl, read once."""
    blocks = {}
    for block in re.split(r"\n(?=ev:\w+ a skos:Concept)", lexicons.text("event_types.ttl")):
        if m := re.match(r"ev:(\w+) a skos:Concept", block):
            blocks[m.group(1)] = block
    return blocks


def _concept_values(pattern: str) -> dict[str, str]:
    found = {name: re.search(pattern, block) for name, block in _concept_blocks().items()}
    return {name: m.group(1) for name, m in found.items() if m}


@cache
def cameo_codes() -> dict[str, str]:
    """Event type name -> CAMEO code.

    >>> cameo_codes()["kill"]
    '19'
    """
    return _concept_values(r'skos:notation "([^"]+)"')


@cache
def broader() -> dict[str, str]:
    """Event type name -> its broader type (for merging families such as kill/wound)."""
    return _concept_values(r"skos:broader ev:(\w+)")


def concepts() -> frozenset[str]:
    """Every event type of the scheme: CAMEO-keyed ones and our own (elections, appointments,
    justice, laws, disasters), which have no ``skos:notation``."""
    return frozenset(_concept_blocks())


@cache
def dyadic() -> frozenset[str]:
    """The event types that are interactions, an agent acting on a target (``ng:dyadic`` in the
    scheme, inherited along ``skos:broader`` unless a concept says its own): only these make edges
    of the actor network. A death, an accident or a result joins no two actors, even when a
    report names someone on each side of it.

    >>> sorted({"kill", "host_visit", "appoint", "court_ruling"} & dyadic())
    ['appoint', 'court_ruling', 'host_visit', 'kill']
    >>> {"death", "accident", "sport_result", "indicator_change"} & dyadic()
    set()
    """
    own = {name: value == "true" for name, value in _concept_values(r"ng:dyadic (true|false)").items()}
    parents = broader()

    def value(name: str) -> bool:
        seen = set()
        while name not in own and name in parents and name not in seen:
            seen.add(name)
            name = parents[name]
        return own.get(name, False)

    return frozenset(name for name in concepts() if value(name))


@cache
def partner_types() -> frozenset[str]:
    """The event types whose participants are partners when the event has no target: a meeting,
    talks, a call, an accord (``ng:partners true`` in the scheme, said on each concept, never
    inherited). The network queries write the list out; a test checks they agree with this.

    >>> sorted(partner_types())
    ['agree', 'consult', 'engage_in_negotiation', 'meet', 'phone_call', 'sign']
    """
    return frozenset(
        name for name, value in _concept_values(r"ng:partners (true|false)").items() if value == "true"
    )
