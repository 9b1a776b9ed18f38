"""Canonical actors across documents, and one node per real-world event.

``actor_id(name, type)`` folds spelling variants and transliterations of one name to one id
(Zelenskyy / Zelensky / Zelenskiy, Narychkine / Naryshkin, Poutine / Putin). ``resolve`` goes
further, across documents: a surname alone ("Zelensky") joins the one known person with that
surname, first-name variants (Volodymyr / Vladimir) of one surname join, and every record of one
actor gets the same id, name and aliases. What it learned is kept in a JSON-serialisable
``Registry`` so that a build in several batches resolves the same way as one in a single batch.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, cast

from newsgraph.model import Actor, ActorRef, ActorType, Event, Extraction, RoleRef
from newsgraph.resources import resource_dir

PERSON_TYPES = frozenset({"person", "unknown"})
"""Types whose names are read as personal names (an ``unknown`` speaker is most often a person)."""
NEVER_MERGED = frozenset({"anonymous", "group"})
"""Types resolution leaves alone: "un responsable américain" is nobody in particular."""
PREFIX = {"organization": "org", "gpe": "org", "group": "group", "anonymous": "anon"}
"""Id prefix by type: a state and an organisation share one namespace, persons have none."""
TYPE_RANK = {"person": 0, "gpe": 1, "organization": 2, "group": 3, "anonymous": 4, "unknown": 5}
DETERMINERS = frozenset({"le", "la", "les", "l", "du", "des", "de", "d", "un", "une"})
ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
SUFFIXES = frozenset({"jr", "sr"})

# Transliteration rules for one folded word, in order: French and English (and German) spellings
# of Slavic, Arabic and other names meet on one key. "ch" is the meeting point of French "ch",
# English "sh" and French "tch" / English "ch" (a key need not be pronounceable).
TRANSLIT: tuple[tuple[str, str], ...] = (
    (r"x", "ks"),
    (r"(?<=o)(ff|w)$", "v"),  # Peskoff, Romanow
    (r"tsch", "ch"),  # Klitschko
    (r"tch", "ch"),  # Ianoukovitch / Yanukovych
    (r"sh", "ch"),  # Naryshkin / Narychkine
    (r"zh", "j"),  # Prigozhin / Prigojine
    (r"kh", "h"),  # Mikhail / Mihail
    (r"th", "t"),  # Anthony / Antony
    (r"gu(?=[eiy])", "g"),  # Sergueï / Sergei, Guerassimov / Gerasimov
    (r"ou", "u"),  # Poutine / Putin, Iouri / Yuri
    (r"y", "i"),  # Zelenskyy / Zelenskii, Dmitry / Dmitri
    (r"^ie", "e"),  # Yevgeny / Ievgueni / Evgueni, Yermak / Iermak
    (r"(.)\1+", r"\1"),  # doubled letters: Zelenskii, Vassili, Emmanuel
)
SURNAME_TRANSLIT: tuple[tuple[str, str], ...] = ((r"ine$", "in"),)  # Poutine, Narychkine (not Marine)


@contextmanager
def _gc_paused() -> Iterator[None]:
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


def fold(text: str) -> str:
    """Lowercase, strip accents, collapse non-word runs to '-'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@dataclass(frozen=True, slots=True)
class Lexicon:
    """ontology/lexicons/actor_aliases.json, folded."""

    titles: frozenset[str]
    particles: frozenset[str]
    given: Mapping[str, str]  # word key -> key of the preferred form of that first name
    given_rank: Mapping[str, int]  # word key -> its rank in its group (0 = preferred)
    surnames: Mapping[str, str]  # word key -> canonical word key
    collectives: Mapping[str, tuple[str, str]]  # fold(name) -> (fold of canonical, canonical)


@cache
def lexicon(path: Path | None = None) -> Lexicon:
    """Load the alias lexicon once."""
    path = path or resource_dir("ontology") / "lexicons" / "actor_aliases.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    given: dict[str, str] = {}
    rank: dict[str, int] = {}
    for group in data.get("given_names", []):
        keys = [word_key(fold(g)) for g in group]
        for i, k in enumerate(keys):
            given.setdefault(k, keys[0])
            rank.setdefault(k, i)
    surnames = {
        word_key(fold(v), surname=True): word_key(fold(g[0]), surname=True)
        for g in data.get("surnames", [])
        for v in g
    }
    collectives: dict[str, tuple[str, str]] = {}
    for canon, others in data.get("collectives", {}).items():
        for name in (canon, *others):
            collectives[strip_determiners(fold(name))] = (strip_determiners(fold(canon)), canon)
    return Lexicon(
        frozenset(fold(t) for t in data.get("titles", [])),
        frozenset(fold(p) for p in data.get("particles", [])),
        given,
        rank,
        surnames,
        collectives,
    )


def word_key(word: str, surname: bool = False) -> str:
    """The transliteration key of one folded word: ``zelenskyy`` -> ``zelenski``."""
    if ROMAN.match(word) or not word.isalpha():
        return word
    if surname:
        for pattern, repl in SURNAME_TRANSLIT:
            word = re.sub(pattern, repl, word)
    for pattern, repl in TRANSLIT:
        word = re.sub(pattern, repl, word)
    return word


def strip_determiners(folded: str) -> str:
    """``l-otan`` -> ``otan``, ``la-russie`` -> ``russie``."""
    parts = folded.split("-")
    while len(parts) > 1 and parts[0] in DETERMINERS:
        parts = parts[1:]
    return "-".join(parts)


def person_words(name: str) -> list[str]:
    """The words of a person's name without titles or honorifics in front.

    ``le président ukrainien Volodymyr Zelensky`` -> ``["Volodymyr", "Zelensky"]``; a lowercase
    particle is kept when it starts the surname (``von der Leyen``).
    """
    lex = lexicon()
    words = [w for w in re.split(r"[\s\u00a0]+", name.strip()) if w]
    words = [w.strip(',;:«»"“”()') for w in words]
    words = [w for w in words if w]
    while words:
        head = fold(words[0].rstrip("."))
        if head in lex.titles and len(words) > 1:
            words = words[1:]
        elif words[0][:1].islower() and not _starts_surname(words, lex.particles):
            words = words[1:]
        else:
            break
    return words


def _starts_surname(words: list[str], particles: frozenset[str]) -> bool:
    """True when ``words`` begins with particles followed by a capitalised word."""
    for i, w in enumerate(words):
        if w[:1].isupper():
            return i > 0
        if not all(p in particles for p in fold(w).split("-") if p):
            return False
    return False


def person_keys(name: str) -> list[str]:
    """The transliteration keys of the words of a person's name (titles stripped)."""
    return list(_person_keys(name))


@lru_cache(maxsize=1 << 16)
def _person_keys(name: str) -> tuple[str, ...]:
    words = [p for w in person_words(name) for p in fold(w).split("-") if p]
    lex = lexicon()
    keys = []
    for i, w in enumerate(words):
        k = word_key(w, surname=i > 0 or len(words) == 1)
        keys.append(lex.surnames.get(k, k))
    return tuple(keys)


def collective_key(name: str) -> str:
    """The folded name of a state, organisation or group, with exonyms joined (``l'OTAN`` -> ``otan``)."""
    key = strip_determiners(fold(name))
    return lexicon().collectives.get(key, (key, name))[0]


@lru_cache(maxsize=1 << 16)
def actor_id(name: str, type: str) -> str:
    """A deterministic canonical id for an actor name: ``[a-z0-9-]`` only.

    >>> actor_id("le président Volodymyr Zelenskyy", "person") == actor_id("Volodymyr Zelenskiy", "person")
    True
    >>> actor_id("Fédération de Russie", "gpe")
    'org-russie'
    """
    if type in PERSON_TYPES:
        key = "-".join(person_keys(name)) or fold(name)
        return key or "unknown"
    key = collective_key(name) if type in ("organization", "gpe") else fold(name)
    return f"{PREFIX.get(type, type)}-{key or 'unknown'}"


@lru_cache(maxsize=1 << 16)
def display_name(name: str, type: str) -> str:
    """The name as it should be shown: titles stripped for persons, exonyms joined for states."""
    if type in PERSON_TYPES:
        return " ".join(person_words(name)) or name.strip()
    if type in ("organization", "gpe"):
        return lexicon().collectives.get(strip_determiners(fold(name)), ("", name.strip()))[1]
    return name.strip()


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


class Registry:
    """What resolution remembers across batches: every name seen, by raw id, with its aliases.

    Resolution is a function of everything the registry holds, so the order of the batches does
    not change the final ids (only an id chosen before a better variant was seen can change).
    """

    COMPACT_AFTER = 20_000
    """Observations the journal may hold before ``checkpoint`` rewrites the registry whole (a
    rewrite takes about a second per 30,000 actors; replaying 20,000 lines a fifth of that)."""

    def __init__(self, entries: dict[str, Entry] | None = None) -> None:
        self.entries: dict[str, Entry] = entries or {}
        self.pending: list[tuple[str, str, str, tuple[str, ...]]] = []  # observed since the last journal
        self.journalled = 0  # observations in the journal beside the file, not yet in it

    def observe(self, name: str, type: str, doc: str, aliases: Iterable[str] = ()) -> str | None:
        """Remember one name of an actor seen in ``doc``; returns its raw id."""
        if type in NEVER_MERGED or not name.strip():
            return None
        aliases = tuple(aliases)
        self.pending.append((name, type, doc, aliases))
        raw = actor_id(name, type)
        entry = self.entries.get(raw)
        if entry is None:
            entry = self.entries[raw] = Entry(type)
        elif TYPE_RANK.get(type, 9) < TYPE_RANK.get(entry.type, 9):
            entry.type = type  # the most specific type seen, whatever the order
        shown = display_name(name, type)
        entry.names.setdefault(shown, set()).add(doc)
        entry.docs.add(doc)
        entry.aliases.update(a.strip() for a in (name, *aliases) if a.strip())
        return raw

    def canonical(self, wanted: Iterable[str] | None = None) -> dict[str, Canonical]:
        """Raw id -> the canonical actor it resolves to (with ``wanted``: at least for those)."""
        return canonicalise(self.entries, wanted)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": 1,
            "entries": {
                raw: {
                    "type": e.type,
                    "names": {n: sorted(d) for n, d in sorted(e.names.items())},
                    "aliases": sorted(e.aliases),
                    "docs": sorted(e.docs),
                }
                for raw, e in sorted(self.entries.items())
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Registry:
        entries = {
            raw: Entry(
                e["type"],
                {n: set(d) for n, d in e.get("names", {}).items()},
                set(e.get("aliases", [])),
                set(e.get("docs", [])),
            )
            for raw, e in data.get("entries", {}).items()
        }
        return cls(entries)

    @classmethod
    def load(cls, path: str | Path) -> Registry:
        """The registry saved at ``path`` with its journal replayed, or an empty one."""
        path = Path(path)
        with _gc_paused():
            return cls._load(path)

    @classmethod
    def _load(cls, path: Path) -> Registry:
        registry = cls.from_json(json.loads(path.read_text(encoding="utf-8"))) if path.exists() else cls()
        journal = _journal_path(path)
        if journal.exists():
            for line in journal.read_text(encoding="utf-8").splitlines():
                try:
                    name, type_, doc, aliases = json.loads(line)
                except (ValueError, TypeError):
                    continue  # a line cut short by a crash: its batch was never written either
                registry.observe(name, type_, doc, aliases)
                registry.journalled += 1
        registry.pending.clear()
        return registry

    def journal(self, path: str | Path) -> int:
        """Append what was observed since the last call to the journal beside ``path`` (cheap,
        whatever the registry's size); returns the journal's size before, for ``rollback``.
        Called before each batch is stored, so a build killed after a write and before the next
        save still knows every name the store holds."""
        journal = _journal_path(Path(path))
        if not self.pending:
            return journal.stat().st_size if journal.exists() else 0
        journal.parent.mkdir(parents=True, exist_ok=True)
        with journal.open("a+b") as f:  # appends wherever the reading position is
            size = f.seek(0, os.SEEK_END)
            if size and (f.seek(size - 1), f.read(1))[1] != b"\n":
                f.write(b"\n")  # after a line cut short by a crash
            f.write("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in self.pending).encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        self.journalled += len(self.pending)
        self.pending.clear()
        return size

    @classmethod
    def rollback(cls, path: str | Path, size: int) -> Registry:
        """The registry as it was when its journal had ``size`` bytes (what ``journal`` returned
        before a batch that then could not be stored)."""
        journal = _journal_path(Path(path))
        if journal.exists():
            with journal.open("r+b") as f:
                f.truncate(size)
        return cls.load(path)

    def checkpoint(self, path: str | Path) -> None:
        """Make what was observed durable: journal it, and rewrite the registry whole only once
        the journal holds more than ``COMPACT_AFTER`` observations. Adding one article to a
        large registry thus costs a journal line per name, not a rewrite of every actor."""
        self.journal(path)
        if self.journalled > self.COMPACT_AFTER:
            self.save(path)

    def save(self, path: str | Path) -> None:
        """Write the whole registry, then empty the journal it now contains."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(path)
        _journal_path(path).unlink(missing_ok=True)
        self.pending.clear()
        self.journalled = 0


def _journal_path(path: Path) -> Path:
    return path.with_suffix(path.suffix + ".journal")


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
    while last > 1 and (keys[last] in SUFFIXES or ROMAN.match(keys[last])):
        last -= 1
    return lex.given.get(keys[0], keys[0]), keys[last]


def _surname_key(keys: list[str]) -> str:
    """The surname key of a name (its last word that is not a suffix or a regnal number)."""
    last = len(keys) - 1
    while last > 0 and (keys[last] in SUFFIXES or ROMAN.match(keys[last])):
        last -= 1
    return keys[last] if keys else ""


def canonicalise(entries: Mapping[str, Entry], wanted: Iterable[str] | None = None) -> dict[str, Canonical]:
    """Group raw ids into actors and pick each actor's id and name by a deterministic rule; with
    ``wanted``, only for the actors these raw ids belong to (the grouping still reads everything)."""
    with _gc_paused():
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
        name = min(head_names, key=lambda n: (-head_names[n], -len(n), n)) if head_names else head
        types = {entries[r].type for r in members}
        type_ = "person" if "person" in types else entries[head].type
        aliases.update(names)
        canon = Canonical(head, name, type_, tuple(sorted(_aliases(aliases, type_))))
        for r in members:
            result[r] = canon
    return result


def _members(group_of: Mapping[str, str]) -> dict[str, list[str]]:
    """Head -> the raw ids of its group."""
    members: dict[str, list[str]] = {}
    for raw, head in group_of.items():
        members.setdefault(head, []).append(raw)
    return members


def _aliases(aliases: Iterable[str], type: str) -> set[str]:
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
    if min(len(a), len(b)) < 6 or abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


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


def _ref_id(canon: Mapping[str, Canonical], name: str, type: str) -> Canonical | None:
    if type in NEVER_MERGED or not name.strip():
        return None
    return canon.get(actor_id(name, type))


def _resolve_actor_ref(ref: ActorRef, canon: Mapping[str, Canonical]) -> ActorRef:
    c = _ref_id(canon, ref.name, ref.type)
    if c is None:
        return ref
    return dataclasses.replace(ref, id=c.id, name=c.name, type=cast(ActorType, c.type))


def _resolve_role(ref: RoleRef, canon: Mapping[str, Canonical]) -> RoleRef:
    c = _ref_id(canon, ref.name, ref.type)
    if c is None:
        return ref
    return dataclasses.replace(ref, id=c.id, name=c.name, type=cast(ActorType, c.type))


def _resolve_actors(actors: list[Actor], canon: Mapping[str, Canonical]) -> list[Actor]:
    """Rewrite the actors of one document; two records that became one actor are merged."""
    merged: dict[str, Actor] = {}
    for a in actors:
        c = _ref_id(canon, a.name, a.type)
        if c is not None:
            a = dataclasses.replace(
                a,
                id=c.id,
                name=c.name,
                type=cast(ActorType, c.type),
                aliases=tuple(sorted(_aliases({*c.aliases, *a.aliases, a.name}, c.type))),
            )
        prev = merged.get(a.id)
        if prev is not None:
            a = dataclasses.replace(
                prev, aliases=tuple(sorted({*prev.aliases, *a.aliases})), mentions=prev.mentions + a.mentions
            )
        merged[a.id] = a
    return list(merged.values())


def _assign_event_ids(events: list[Event]) -> list[Event]:
    """``newsgraph.extract.events.assign_event_ids`` over the batch, when it exists."""
    try:
        from newsgraph.extract import events as events_module
    except ImportError:  # pragma: no cover - the module is part of the package
        return events
    assign = getattr(events_module, "assign_event_ids", None)
    if assign is None or not events:
        return events
    result = assign(events)
    return list(result) if result is not None else events


def resolve(extractions: Iterable[Extraction], registry: Registry | None = None) -> list[Extraction]:
    """Give every actor of the batch its canonical id, name and aliases, across the batch and the
    documents the registry has seen; then assign event ids. The registry learns the batch."""
    registry = registry if registry is not None else Registry()
    batch = list(extractions)
    seen: set[str | None] = set()
    for ex in batch:
        doc = ex.document.id
        for a in ex.actors:
            seen.add(registry.observe(a.name, a.type, doc, a.aliases))
        for s in ex.statements:
            seen.add(registry.observe(s.speaker.name, s.speaker.type, doc))
        for e in ex.events:
            for r in e.actors:
                seen.add(registry.observe(r.name, r.type, doc))
    canon = registry.canonical(wanted={r for r in seen if r is not None})
    for ex in batch:
        ex.actors = _resolve_actors(ex.actors, canon)
        ex.statements = [
            dataclasses.replace(s, speaker=_resolve_actor_ref(s.speaker, canon)) for s in ex.statements
        ]
        ex.events = [
            dataclasses.replace(e, actors=tuple(_resolve_role(r, canon) for r in e.actors)) for e in ex.events
        ]
    all_events = [e for ex in batch for e in ex.events]
    assigned = _assign_event_ids(all_events)
    if assigned is not all_events and len(assigned) == len(all_events):
        i = 0
        for ex in batch:
            ex.events = assigned[i : i + len(ex.events)]
            i += len(ex.events)
    return batch
