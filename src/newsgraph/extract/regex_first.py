"""The characters a regular expression's matches can start with, as a lookahead that lets the
regex engine give up at once at every other position.

Python's ``re`` tries a pattern at every position of the text; for a pattern that opens with a
lookbehind and a long case-insensitive alternation (the time rules: month, weekday, holiday and
number words) each word start costs a walk through every alternative. ``(?=[...])`` with the
possible first characters in front gives the same matches (a match's first character is always
in the class) and fails at most positions in one step.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

C: Any = importlib.import_module("re._constants")  # the regex parser's opcodes (CPython 3.11+)
P: Any = importlib.import_module("re._parser")

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """A construct whose first characters are not worked out here: no lookahead then."""


def first_class(pattern: str, flags: int = 0) -> str | None:
    """A character class (``[...]``) holding every character a non-empty match of ``pattern``
    can start with, or None when that cannot be told (a match can be empty, or starts with
    ``.``, a negated class, a back-reference...).

    >>> first_class(r"(?:le\\s+)?\\d+ (?:mars|mai)")
    '[\\\\dl]'
    """
    found: set[str] = set()

    def seq(items: Any) -> bool:
        """Adds the first characters of a sequence; whether it can match the empty string."""
        for op, av in items:
            if not item(op, av):
                return False
        return True

    def item(op: Any, av: Any) -> bool:
        if op is C.LITERAL:
            found.add(re.escape(chr(av)))
            return False
        if op is C.IN:
            for o, a in av:
                if o is C.LITERAL:
                    found.add(re.escape(chr(a)))
                elif o is C.RANGE:
                    found.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
                elif o is C.CATEGORY and a in _CATEGORIES:
                    found.add(_CATEGORIES[a])
                else:
                    raise _Unknown(o)
            return False
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown(op)
            return seq(sub)
        if op is C.BRANCH:
            return any([seq(alt) for alt in av[1]])  # every alternative adds its characters
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, sub = av
            return seq(sub) or low == 0
        if op is C.ATOMIC_GROUP:
            return seq(av)
        if op in (C.ASSERT, C.ASSERT_NOT, C.AT):  # zero-width: the next item consumes
            return True
        raise _Unknown(op)

    try:
        if seq(P.parse(pattern, flags)):
            return None
    except _Unknown:
        return None
    return "[" + "".join(sorted(found)) + "]"


def first_lookahead(pattern: str, flags: int = re.I) -> str:
    """``(?=[...])`` of ``first_class``, to put in front of the pattern; empty when unknown."""
    found = first_class(pattern, flags)
    return f"(?={found})" if found else ""


def literal_words(pattern: str) -> tuple[str, ...] | None:
    """The words of a pattern that is a plain word or an alternation of plain words (no class,
    repeat, group nor flag), else None: ``search`` (without flags) then finds a match exactly when
    one of the words is a substring, which ``str`` tells several times faster than ``re``.

    >>> literal_words(r"trimestre|semestre"), literal_words(r"nuit\\s+du")
    (('trimestre', 'semestre'), None)
    """
    items = list(P.parse(pattern))
    one_branch = len(items) == 1 and items[0][0] is C.BRANCH
    branches = [list(b) for b in items[0][1][1]] if one_branch else [items]
    if any(not b or any(op is not C.LITERAL for op, _av in b) for b in branches):
        return None
    return tuple("".join(chr(av) for _op, av in b) for b in branches)


def prefix_tree(keys: Iterable[str]) -> str:
    """An alternation of literal ``keys`` nested by their first letters ("ne(?:go|ut)" for "nego",
    "neut"), for a lookahead of where one of them starts: the engine tries a handful of letters
    at each position instead of every key, and ``(?=tree)`` matches exactly where the flat
    ``(?=k1|k2|…)`` does (where some key is a prefix of the text)."""
    keys = sorted(set(keys))
    if not keys:
        return "(?!)"  # no key: matches nowhere, as an empty alternation would
    if keys[0] == "":
        return ""  # a key ends here: the text goes on with it whatever follows
    groups: dict[str, list[str]] = {}
    for k in keys:
        groups.setdefault(k[0], []).append(k[1:])
    alts = [re.escape(c) + prefix_tree(rest) for c, rest in groups.items()]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def necessary_literals(pattern: str, shortest: int = 3) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` (compiled without flags) holds, each of
    ``shortest`` characters at least, or None when none such are found: ``str.__contains__`` of
    each then tells a text where the pattern cannot match, without the engine trying every position.

    >>> necessary_literals(r"\\d\\s+courant"), necessary_literals(r"la\\s+veille|le\\s+lendemain")
    (('courant',), ('veille', 'lendemain'))
    """
    parsed = P.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        found = _literals(list(parsed), shortest)
    except _Unknown:
        return None
    return tuple(dict.fromkeys(found)) if found else None


def _literals(items: Any, shortest: int) -> list[str] | None:
    """The best set of necessary strings of a sequence: among its runs of literal characters and
    its groups, the set whose shortest string is longest (then the smallest set)."""
    choices: list[list[str]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if len(run) >= shortest:
            choices.append([run])
        run = ""
        sub: list[str] | None = None
        if op is C.BRANCH:
            alts = [_literals(list(alt), shortest) for alt in av[1]]
            sub = None if any(a is None for a in alts) else [s for a in alts for s in a or ()]
        elif op is C.SUBPATTERN:
            if av[1] or av[2]:  # a group with flags of its own ("(?i:…)"): not worked out
                raise _Unknown(op)
            sub = _literals(list(av[3]), shortest)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] >= 1:
            sub = _literals(list(av[2]), shortest)
        if sub:
            choices.append(sub)
    return max(choices, key=lambda c: (min(map(len, c)), -len(c)), default=None)


@dataclass(frozen=True, slots=True)
class LiteralGate:
    """Strings (``necessary_literals``, or a trigger's words) grouped under keys, a key being a
    substring of each string of its group: ``found`` looks for the keys (a few scans of the text)
    and for the strings of the keys it finds, where one scan per string was made before."""

    groups: tuple[tuple[str, tuple[str, ...]], ...]

    def found(self, text: str) -> bool:
        """Whether one of the strings is in ``text``."""
        for key, strings in self.groups:
            if key in text and (strings == (key,) or any(map(text.__contains__, strings))):
                return True
        return False


def literal_gate(strings: Iterable[str]) -> LiteralGate:
    """The gate of ``strings``: keys picked greedily among their words (runs of letters and digits,
    three characters at least, or the whole string), the key held by most strings first."""
    left = list(dict.fromkeys(strings))
    groups: list[tuple[str, tuple[str, ...]]] = []
    while left:
        pieces = {p for s in left for p in [s, *re.findall(r"\w{3,}", s)]}
        key = max(sorted(pieces), key=lambda p: (sum(p in s for s in left), len(p)))
        groups.append((key, tuple(s for s in left if key in s)))
        left = [s for s in left if key not in s]
    return LiteralGate(tuple(groups))


def trigger_gate(pattern: str, key_chars: int = 4, keys: int = 8) -> LiteralGate | None:
    """The gate of a trigger: its words (``literal_words``: the gate answers for it), else its
    ``necessary_literals`` when a few long keys hold them (a short key, "mai" of "semaine", is in
    nearly every text: that gate would cost its scans and spare no search) and the trigger does not
    open with a literal ("nuit\\s+du": ``re`` finds where it may start by a fast scan of its own)."""
    words = literal_words(pattern)
    if words:
        return literal_gate(words)
    items = list(P.parse(pattern))
    if not items or items[0][0] is C.LITERAL:
        return None
    strings = necessary_literals(pattern)
    gate = literal_gate(strings) if strings else None
    if gate is None or len(gate.groups) > keys or any(len(k) < key_chars for k, _ in gate.groups):
        return None
    return gate
