"""A person's name misspelt once in its own report: "André Hartereau" signs the report and the
text names "André Harterau"; "Justine Vayrac" and, three lines on, "Justine Veyrac".

Two persons of one report whose full names differ by one typing slip in one word (the same first
name and surnames one letter apart, or the same surname and first names one letter apart; the
word of six letters or more, with the same first letter, as ``groups._merge_typos`` reads a slip
across reports) are one person: a report does not name two people that close. Not a first name
and its feminine ("Christian" and "Christiane", "Daniel" and "Danièle": a couple or siblings),
nor two surnames that begin differently ("Simone Veil", "Simone Weil"). The name said more often
in the report wins, then the first in alphabetical order. Decided from one report alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsgraph.model import Actor
from newsgraph.names import one_edit
from newsgraph.resolve.groups import _raw_cluster_key


def _slip(a: str, b: str, first_name: bool) -> bool:
    if a == b or min(len(a), len(b)) < 6 or a[0] != b[0] or not one_edit(a, b):
        return False
    return not (first_name and (a + "e" == b or b + "e" == a))  # "christian" / "christiane"


def slip_targets(actors: Iterable[Actor]) -> dict[str, Actor]:
    """Person id -> the person of the same report it is a misspelling of."""
    persons = sorted((a for a in actors if a.type == "person"), key=lambda a: (-a.mentions, a.id))
    keys = {a.id: _raw_cluster_key(a.id) for a in persons}
    targets: dict[str, Actor] = {}
    for i, head in enumerate(persons):
        hk = keys[head.id]
        if hk is None or head.id in targets:
            continue
        for other in persons[i + 1 :]:
            ok = keys[other.id]
            if ok is None or other.id in targets:
                continue
            same_first = hk[0] == ok[0] and _slip(hk[1], ok[1], first_name=False)
            same_last = hk[1] == ok[1] and _slip(hk[0], ok[0], first_name=True)
            if same_first or same_last:
                targets[other.id] = head
    return targets
