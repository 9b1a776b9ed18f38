"""Grouping raw actor ids into actors: the rule that picks, for every name seen, the actor it
belongs to and that actor's id, name and aliases.

A surname alone ("Zelensky") joins the one known person with that surname, first-name variants
(Volodymyr / Vladimir) of one surname join, full names one typing slip apart join, and a name the
NER called an organisation follows the person it is more often. Deterministic: a function of the
entries alone, whatever order they were seen in.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache

from newsgraph.names import PERSON_TYPES, ROMAN, Lexicon, collective_key, lexicon, one_edit, person_keys


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a block builds tens of thousands of small objects.

    The collector runs every few hundred allocations and, in a process that has loaded a spaCy
    model, each full pass walks the model's objects too: loading the full-corpus registry took
    0.65 s with it and 0.2 s without. What these blocks build holds no reference cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass(slots=True)
class Entry:
    """One spelling of an actor's name as seen (raw id = ``actor_id(name, type)``)."""

    type: str
    names: dict[str, set[str]] = field(default_factory=dict)  # display name -> documents using it
    aliases: set[str] = field(default_factory=set)
    docs: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Canonical:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]


@lru_cache(maxsize=1 << 16)
def _raw_cluster_key(raw: str) -> tuple[str, str] | None:
    """``_cluster_key`` of a raw id (its words are the keys), cached: resolution asks it of every
    person in the registry at every batch."""
    return _cluster_key(raw.split("-"))


def _cluster_key(keys: list[str]) -> tuple[str, str] | None:
    """(preferred first-name key, surname key) of a full name; None for a surname alone."""
    lex = lexicon()
    if len(keys) < 2 or all(k in lex.particles for k in keys[:-1]):
        return None
    last = len(keys) - 1
    while last > 1 and (keys[last] in lex.suffixes or ROMAN.match(keys[last])):
        last -= 1
    return lex.given.get(keys[0], keys[0]), keys[last]


def _surname_key(keys: list[str]) -> str:
    """The surname key of a name (its last word that is not a suffix or a regnal number)."""
    suffixes = lexicon().suffixes
    last = len(keys) - 1
    while last > 0 and (keys[last] in suffixes or ROMAN.match(keys[last])):
        last -= 1
    return keys[last] if keys else ""


def canonicalise(entries: Mapping[str, Entry], wanted: Iterable[str] | None = None) -> dict[str, Canonical]:
    """Group raw ids into actors and pick each actor's id and name by a deterministic rule; with
    ``wanted``, only for the actors these raw ids belong to (the grouping still reads everything)."""
    with gc_paused():
        return _canonicalise(entries, wanted)


def _canonicalise(entries: Mapping[str, Entry], wanted: Iterable[str] | None) -> dict[str, Canonical]:
    group_of = _person_groups(entries)
    members_of = _members(group_of)
    heads = members_of if wanted is None else {group_of[r] for r in wanted if r in group_of}
    result: dict[str, Canonical] = {}
    for head in heads:
        members = members_of[head]
        names: dict[str, int] = {}
        aliases: set[str] = set()
        for r in members:
            for n, d in entries[r].names.items():
                names[n] = names.get(n, 0) + len(d)
            aliases.update(entries[r].aliases)
        head_names = {n: len(d) for n, d in entries[head].names.items()}
        name = shown_name(head_names) if head_names else head
        types = {entries[r].type for r in members}
        type_ = "person" if "person" in types else entries[head].type
        aliases.update(names)
        canon = Canonical(head, name, type_, tuple(sorted(useful_aliases(aliases, type_))))
        for r in members:
            result[r] = canon
    return result


CAPITAL_ACCENTS = str.maketrans("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "AAACEEEEIIOOUUUY")
"""Accented capitals and the bare letter a text written without them puts instead ("Etat", "Elysée")."""


def shown_name(docs_by_name: Mapping[str, int]) -> str:
    """The spelling to show among one actor's names (name -> documents using it): the one used by
    most documents, then the longest, then the first in order; spellings that differ only by the
    accent of a capital count as one, shown with the accent ("État" for "Etat" and "État"), since a
    text without accents on capitals drops them for want of a key, not by choice of spelling."""
    bare: dict[str, int] = {}
    for n, d in docs_by_name.items():
        key = n.translate(CAPITAL_ACCENTS)
        bare[key] = bare.get(key, 0) + d
    best = min(bare, key=lambda k: (-bare[k], -len(k), k))
    spellings = [n for n in docs_by_name if n.translate(CAPITAL_ACCENTS) == best]
    accents = {n: sum(a != b for a, b in zip(n, best, strict=True)) for n in spellings}
    return min(spellings, key=lambda n: (-accents[n], -docs_by_name[n], n))


def _members(group_of: Mapping[str, str]) -> dict[str, list[str]]:
    """Head -> the raw ids of its group."""
    members: dict[str, list[str]] = {}
    for raw, head in group_of.items():
        members.setdefault(head, []).append(raw)
    return members


def useful_aliases(aliases: Iterable[str], type: str) -> set[str]:
    """Aliases worth keeping: for a person, names ("le président ukrainien" describes, not names)."""
    if type != "person":
        return set(aliases)
    return {a for a in aliases if a != a.lower()}  # has a capital


def _person_groups(entries: Mapping[str, Entry]) -> dict[str, str]:
    """Raw id -> raw id of the actor it belongs to."""
    lex = lexicon()
    group_of: dict[str, str] = {raw: raw for raw in entries}
    clusters: dict[tuple[str, str], list[str]] = {}
    surname_only: list[str] = []
    unknown_full: list[tuple[tuple[str, str], str]] = []
    for raw, e in sorted(entries.items()):
        if e.type not in PERSON_TYPES:
            continue
        ck = _raw_cluster_key(raw)
        if ck is None:
            surname_only.append(raw)
        elif e.type == "person":
            clusters.setdefault(ck, []).append(raw)
        else:
            unknown_full.append((ck, raw))
    for ck, raw in unknown_full:  # an unknown-typed full name joins a person, never founds one
        if ck in clusters:
            clusters[ck].append(raw)
    by_surname: dict[str, set[str]] = {}
    for members in _merge_typos(clusters):
        head = min(members, key=lambda r: _rank_full(r, entries[r], lex))
        for r in members:
            group_of[r] = head
            if entries[r].type == "person" and (ck := _raw_cluster_key(r)):
                by_surname.setdefault(ck[1], set()).add(head)
    for raw in surname_only:
        heads = by_surname.get(_surname_key(raw.split("-")), set())
        if len(heads) == 1:
            group_of[raw] = next(iter(heads))
    members_now = _members(group_of)  # the groups as they are before the loop below
    docs_of: dict[str, int] = {}  # documents of a group, counted when asked

    def n_docs(head: str) -> int:
        if head not in docs_of:
            docs_of[head] = len(set().union(*(entries[r].docs for r in members_now.get(head, ()))))
        return docs_of[head]

    for raw, e in entries.items():
        if e.type == "unknown" and group_of[raw] == raw:
            org = next(
                (
                    f"org-{collective_key(n)}"
                    for n in sorted(e.names)
                    if f"org-{collective_key(n)}" in entries
                ),
                None,
            )
            if org is not None:  # "l'Otan" as an unknown speaker is the organisation seen elsewhere
                group_of[raw] = org
        elif e.type == "organization" and (target := _person_behind_org(e, entries, group_of, by_surname)):
            # NER calls a person's surname an organisation now and then ("Zelenskyy" as ORG):
            # follow the person when the name is a person's more often than an organisation's.
            if n_docs(target) > len(e.docs):
                group_of[raw] = target
    return group_of


def _person_behind_org(
    entry: Entry,
    entries: Mapping[str, Entry],
    group_of: Mapping[str, str],
    by_surname: Mapping[str, set[str]],
) -> str | None:
    """The person an organisation-typed single word may stand for: the person that word resolves
    to, else the one person with that surname, if that person has a full name."""
    name = max(entry.names, key=lambda n: (len(entry.names[n]), n)) if entry.names else ""
    keys = person_keys(name)
    if len(keys) != 1 or not name[:1].isupper() or name.isupper():
        return None
    person = entries.get(keys[0])
    heads = (
        {group_of[keys[0]]}
        if person is not None and person.type == "person"
        else by_surname.get(keys[0], set())
    )
    if len(heads) != 1:
        return None
    head = next(iter(heads))
    # only a person known by a full name: "Russes" tagged PER and ORG is neither
    return head if _raw_cluster_key(head) is not None else None


def _merge_typos(clusters: Mapping[tuple[str, str], list[str]]) -> list[list[str]]:
    """Join clusters of full names one typing slip apart (same first name and a surname one
    edit apart, or the same surname and a first name one edit apart; words of 6+ letters)."""
    parent = {ck: ck for ck in clusters}

    def find(ck: tuple[str, str]) -> tuple[str, str]:
        while parent[ck] != ck:
            parent[ck] = parent[parent[ck]]
            ck = parent[ck]
        return ck

    for side in (0, 1):
        # candidates by deletion neighbourhood: two words one slip apart share a key (the shorter
        # word itself, or both words less one letter), so no block is compared pairwise
        other = 1 - side
        blocks: dict[str, list[tuple[str, str]]] = {}
        for ck in clusters:
            if len(ck[other]) >= 6:
                blocks.setdefault(ck[side], []).append(ck)
        for block in blocks.values():
            if len(block) < 2:
                continue
            keyed: dict[str, list[tuple[str, str]]] = {}
            for ck in block:
                for key in _deletion_keys(ck[other]):
                    keyed.setdefault(key, []).append(ck)
            for candidates in keyed.values():
                for i, a in enumerate(candidates):
                    for b in candidates[i + 1 :]:
                        if _one_slip(a[other], b[other]):
                            ra, rb = find(a), find(b)
                            if ra != rb:
                                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[tuple[str, str], list[str]] = {}
    for ck, members in sorted(clusters.items()):
        groups.setdefault(find(ck), []).extend(members)
    return list(groups.values())


@lru_cache(maxsize=1 << 16)
def _deletion_keys(word: str) -> frozenset[str]:
    """The word and the word less each of its letters in turn."""
    return frozenset({word, *(word[:i] + word[i + 1 :] for i in range(len(word)))})


def _one_slip(a: str, b: str) -> bool:
    """True when two words of 6+ letters are one insertion, deletion or substitution apart."""
    return min(len(a), len(b)) >= 6 and one_edit(a, b)


def _rank_full(raw: str, entry: Entry, lex: Lexicon) -> tuple[int, int, int, int, str]:
    """Sort key of the candidate ids of one person: person-typed, plain "First Last", preferred
    first-name form, most documents, then alphabetical."""
    keys = raw.split("-")
    return (
        0 if entry.type == "person" else 1,
        len(keys),
        lex.given_rank.get(keys[0], 0),
        -len(entry.docs),
        raw,
    )
