"""The one reader of ``ontology/``: word lists, tables and vocabularies, found through the package's
resources (``resources.resource_dir``), so a checkout and an installed wheel read the same files.

Every file read is remembered in ``READ`` (a test compares it with the folder's listing, so a
lexicon nobody reads fails the suite). Readers are cached: each file is parsed once per process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from newsgraph.resources import resource_dir

READ: set[str] = set()
"""Paths under ``ontology/`` (like ``lexicons/roles.txt``) read in this process."""


def path(name: str) -> Path:
    """The file ``ontology/<name>`` (``name`` like ``lexicons/roles.txt`` or ``topics.ttl``)."""
    READ.add(name)
    return resource_dir("ontology") / name


@cache
def text(name: str) -> str:
    """The whole text of ``ontology/<name>``."""
    return path(name).read_text(encoding="utf-8")


@cache
def lines(name: str) -> tuple[str, ...]:
    """The lines of ``ontology/lexicons/<name>`` that are neither blank nor ``#`` comments, as written
    (not stripped: tab-separated tables keep their empty columns)."""
    return tuple(
        line for line in text(f"lexicons/{name}").splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def words(name: str) -> frozenset[str]:
    """The first word of every line of ``ontology/lexicons/<name>`` (a word list)."""
    return frozenset(line.split()[0] for line in lines(name))


@cache
def fields(name: str) -> tuple[tuple[str, ...], ...]:
    """The whitespace-separated fields of every line of ``ontology/lexicons/<name>``."""
    return tuple(tuple(line.split()) for line in lines(name))


def selection(name: str, tag: str) -> frozenset[str]:
    """The first word of the lines of a tagged word list whose other fields include ``tag``."""
    return frozenset(f[0] for f in fields(name) if tag in f[1:])


@cache
def rows(name: str, width: int, fill: str = "") -> tuple[tuple[str, ...], ...]:
    """The tab-separated rows of ``ontology/lexicons/<name>``, padded with ``fill`` to ``width``."""
    return tuple(tuple((line.split("\t") + [fill] * width)[:width]) for line in lines(name))


@cache
def data(name: str) -> Any:
    """The JSON document ``ontology/lexicons/<name>``."""
    return json.loads(text(f"lexicons/{name}"))


def speech_verbs() -> dict[str, frozenset[str]]:
    """Speech verb lemma -> its frames ("clause", "np", "inv") from ``speech_verbs.txt`` (no frame
    written means clause + inv)."""
    return dict(_speech_verbs())


@cache
def _speech_verbs() -> tuple[tuple[str, frozenset[str]], ...]:
    found = []
    for f in fields("speech_verbs.txt"):
        frames = frozenset(x for x in f[1:] if "=" not in x)  # "grade=2", "sense=judge" are attributes
        found.append((f[0], frames or frozenset({"clause", "inv"})))
    return tuple(found)


@cache
def speech_verbs_of(*senses: str) -> frozenset[str]:
    """The speech verbs of ``speech_verbs.txt`` of one of ``senses`` ("say", "hope", ...), their
    lemmas written with spaces ("faire savoir")."""
    found = set()
    for f in fields("speech_verbs.txt"):
        if {x.removeprefix("sense=") for x in f[1:] if x.startswith("sense=")} & set(senses):
            found.add(f[0].replace("_", " "))
    return frozenset(found)


@cache
def tagged(name: str) -> dict[str, frozenset[str]]:
    """Tag -> words of a tab-separated ``word<TAB>tag`` list (a word may stand on several lines)."""
    found: dict[str, set[str]] = {}
    for word, tag in rows(name, 2):
        found.setdefault(tag.strip(), set()).add(word.strip())
    return {tag: frozenset(ws) for tag, ws in found.items()}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, escaped, longest first (so "millions" wins over "million").

    >>> alternation(["mois", "an", "année"])
    'année|mois|an'
    """
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
