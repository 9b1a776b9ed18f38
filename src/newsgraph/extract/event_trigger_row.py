"""One row of the trigger lexicons (``event_triggers.tsv`` and the multi-word ``event_phrases.tsv``):
its kind, the role of a nominal trigger's "de X" and the requirements that must hold in the parse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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
    def words_alone(self) -> frozenset[str]:
        """The plain words an alternative requires alone, not negated: a dependent's lemma ("terrain"
        of "glissement") or a verb's direct object ("=prix" of "augmenter"); no sign, no label."""
        return frozenset(
            word
            for alt in self.requires
            if len(alt) == 1 and not alt[0][0]
            for word in (alt[0][1].removeprefix("="),)
            if word[:1].isalpha() and not word.isupper()
        )

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


def plain(req: str) -> bool:
    """A requirement that is a word among the dependents (no "^", "~", "@" or "=" test)."""
    return not req.startswith(("^", "~", "@", "="))


Combos = tuple[frozenset[str], ...]
Split = tuple[
    frozenset[str],
    frozenset[str],
    frozenset[str],
    tuple[str, ...],
    bool,
    frozenset[str],
    frozenset[str],
    frozenset[str],
    frozenset[str],
    Combos,
    Requires,
]
"""A row's requirements as ``event_triggers.match_trigger`` tries them (see ``split_requires``)."""


@lru_cache(maxsize=4096)
def split_requires(requires: Requires) -> Split:
    """A row's requirements as ``event_triggers.match_trigger`` tries them, once per row: the
    plain-word vetoes (one set, met when it meets ``veto_words``), the "^x" and the "~x" vetoes (one
    set each), the other vetoes, whether the row has alternatives at all, the alternatives that are
    one plain word (one set, met when it meets ``dependent_words``), those that are one "^x", one
    "~x", one "=x" (one set each), those of several plain words ("se+élection": one set each, met
    when within ``dependent_words``) and the other alternatives (``Trigger.vetoes``,
    ``Trigger.alternatives``)."""
    row = Trigger("", "", "", "", requires)
    alts = row.alternatives
    words = frozenset(alt[0][1] for alt in alts if len(alt) == 1 and not alt[0][0] and plain(alt[0][1]))
    singles = [alt[0][1] for alt in alts if len(alt) == 1 and not alt[0][0] and alt[0][1][:1] in SIGNED]
    rest = [
        a for a in alts if not (len(a) == 1 and not a[0][0] and (plain(a[0][1]) or a[0][1][:1] in SIGNED))
    ]
    combos = [alt for alt in rest if all(not neg and plain(r) for neg, r in alt)]

    def signed(found: list[str], sign: str) -> frozenset[str]:
        return frozenset(r[1:] for r in found if r[:1] == sign)

    return (
        frozenset(r for r in row.vetoes if plain(r)),
        signed(row.vetoes, "^"),
        signed(row.vetoes, "~"),
        tuple(sorted((r for r in row.vetoes if not plain(r) and r[:1] not in VETO_SIGNED), key=cost)),
        bool(alts),
        words,
        signed(singles, "^"),
        signed(singles, "~"),
        signed(singles, "="),
        tuple(frozenset(r for _, r in alt) for alt in combos),
        tuple(
            sorted(
                (tuple(sorted(alt, key=lambda part: cost(part[1]))) for alt in rest if alt not in combos),
                key=lambda alt: max(cost(r) for _, r in alt),
            )
        ),
    )


COSTS = {"^": 1, "=": 1, "~": 2, "@": 3}


def cost(req: str) -> int:
    """The order ``match_trigger`` tries a row's requirements in: a word among the dependents, the
    governor's or the object's (a set each, made once per token), the subject's words (a walk of
    the subject chain), then an "@" test (a walk of the tree or the mentions). The tests are pure,
    so the order decides only how soon ``any`` and ``all`` stop, never what they find."""
    return COSTS.get(req[:1], 0)


SIGNED = ("^", "~", "=")
"""Signs of the requirements ``split_requires`` gathers into one set a row: the governor, the subject's
words, the object."""
VETO_SIGNED = ("^", "~")
