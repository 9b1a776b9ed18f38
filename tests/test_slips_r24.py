"""A person's name misspelt once in its own report is that person (issue 17, twenty-fourth round).

``resolve.slips``: two persons of one report one typing slip apart are one; a first name and its
feminine, two surnames that begin differently, short words and two reports stay apart. Names are
made up.
"""

from __future__ import annotations

import pytest

from newsgraph.model import Actor, ActorRef, Document, Evidence, Extraction, Statement
from newsgraph.resolve import Registry, resolve


def _report(doc: str, names: list[tuple[str, int]]) -> Extraction:
    text = " ".join(f"{n} a parlé." for n, _ in names)
    actors = [Actor(doc, n, n, "person", mentions=m) for n, m in names]
    said = [
        Statement(
            f"{doc}-s{i}", doc, ActorRef(n, n, "person"), "a parlé", False, "parler", Evidence(0, 5, text)
        )
        for i, (n, _) in enumerate(names)
    ]
    return Extraction(Document(doc, text), actors, [], said, [])


@pytest.mark.parametrize(
    ("names", "persons"),
    [
        # one person misspelt once: the name said more often wins
        ([("Gaspard Lemarchal", 2), ("Gaspard Lemarchel", 1)], {"Gaspard Lemarchal"}),
        ([("Gaspard Lemarchel", 1), ("Gaspard Lemarchal", 3)], {"Gaspard Lemarchal"}),
        ([("Solange Durandeau", 1), ("Solange Durandau", 1)], 1),  # a letter left out
        ([("Guillaume Moreau", 2), ("Guilaume Moreau", 1)], {"Guillaume Moreau"}),  # the first name
        # two people: a first name and its feminine, a surname that begins differently, short words
        ([("Christian Roubaud", 1), ("Christiane Roubaud", 1)], 2),
        ([("Simone Bernardi", 1), ("Simone Fernardi", 1)], 2),
        ([("Paul Magne", 1), ("Paul Magny", 1)], 2),  # five letters: a letter changes a name
        ([("Lucas Perret", 1), ("Lucie Perret", 1)], 2),  # two letters
        ([("Gaspard Lemarchal", 1), ("Roland Lemarchel", 1)], 2),  # another first name too
    ],
)
def test_a_slip_in_one_report(names, persons):
    (ex,) = resolve([_report("d1", names)], Registry())
    found = {a.name for a in ex.actors}
    assert (found == persons) if isinstance(persons, set) else (len(found) == persons), found
    assert {s.speaker.id for s in ex.statements} == {a.id for a in ex.actors}  # references follow


def test_two_reports_stay_apart():
    one, two = resolve([_report("d1", [("Gaspard Lemarchal", 1)]), _report("d2", [("Gaspard Lemarchel", 1)])])
    assert {a.name for a in one.actors} | {a.name for a in two.actors} == {
        "Gaspard Lemarchal",
        "Gaspard Lemarchel",
    }
