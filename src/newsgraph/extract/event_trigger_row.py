"""One row of the trigger lexicons (``event_triggers.tsv`` and the multi-word ``event_phrases.tsv``):
its kind, the role of a nominal trigger's "de X" and the requirements that must hold in the parse."""

from __future__ import annotations

from dataclasses import dataclass

Requires = tuple[tuple[tuple[bool, str], ...], ...]
"""Alternatives of (negated, requirement) parts."""


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the trigger lexicon (for a phrase, ``lemma`` is the whole expression)."""

    lemma: str
    pos: str
    type: str
    de_role: str  # agent, target, self or "-"
    requires: tuple[tuple[tuple[bool, str], ...], ...]  # alternatives of (negated, requirement) parts

    @property
    def vetoes(self) -> list[str]:
        """Single negated alternatives ("!x"): the row does not apply when x holds."""
        return [alt[0][1] for alt in self.requires if len(alt) == 1 and alt[0][0]]

    @property
    def alternatives(self) -> list[tuple[tuple[bool, str], ...]]:
        """The other alternatives: one of them must hold (each part; a negated part must not)."""
        return [alt for alt in self.requires if not (len(alt) == 1 and alt[0][0])]


def parse_requires(requires: str) -> Requires:
    """A lexicon's requirement column ("a+b|!c", "-" for none) as alternatives of signed parts."""
    if requires.strip() in ("", "-"):
        return ()
    return tuple(
        tuple((p.startswith("!"), p.lstrip("!")) for p in alt.split("+"))
        for alt in requires.strip().split("|")
    )
