"""A document's text cut into segments, each with the highlights (records) that cover it.

Highlights may nest or overlap (a statement's sentence holds an actor's name and a time
expression; an event may share the sentence): the text is cut at every highlight boundary and
each piece lists every highlight over it, so nothing is lost and the HTML needs no nesting.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

KINDS = ("statement", "event", "actor", "time")


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight: characters ``start``..``end`` of the text, of a kind, naming a record."""

    start: int
    end: int
    kind: str  # statement, event, actor or time
    record: str  # the id of the record it shows (the page lists the records by this id)


@dataclass(slots=True)
class Segment:
    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)
    first_of: list[Mark] = field(default_factory=list)  # marks that begin here (focusable)

    @property
    def kinds(self) -> list[str]:
        return sorted({m.kind for m in self.marks}, key=KINDS.index)

    @property
    def records(self) -> list[str]:
        return list(dict.fromkeys(m.record for m in self.marks))


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """``text`` cut at every boundary of ``marks`` (clipped to the text; empty marks dropped)."""
    kept = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in kept), *(m.end for m in kept)})
    out: list[Segment] = []
    for a, b in itertools.pairwise(cuts):
        if a == b:
            continue
        over = [m for m in kept if m.start <= a and b <= m.end]
        out.append(Segment(text[a:b], a, over, [m for m in over if m.start == a]))
    return out


def name_marks(text: str, names: dict[str, str]) -> list[Mark]:
    """Where each name occurs in ``text`` as a whole word (name -> record id); longer names first,
    so "Mark Milley" wins over "Milley" where both fit."""
    taken: list[tuple[int, int]] = []
    out: list[Mark] = []
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Mark(m.start(), m.end(), "actor", names[name]))
    return out


def find_within(text: str, start: int, end: int, needle: str) -> tuple[int, int] | None:
    """The offsets of ``needle`` inside ``text[start:end]`` (an event's trigger in its sentence)."""
    if not needle:
        return None
    at = text.find(needle, start, end)
    return (at, at + len(needle)) if at >= 0 else None
