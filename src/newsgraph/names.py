"""Name keys: one ``fold`` with named variants, and the canonical id of an actor's name.

``actor_id(name, type)`` folds spelling variants and transliterations of one name to one id
(Zelenskyy / Zelensky / Zelenskiy, Narychkine / Naryshkin, Poutine / Putin). Extraction gives
every actor such an id; resolution (``newsgraph.resolve``) then joins ids across documents. The
words live in ``ontology/lexicons/`` (``actor_aliases.json``, ``transliteration.tsv``,
``determiners.txt``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache

from newsgraph import lexicons

PERSON_TYPES = frozenset({"person", "unknown"})
"""Types whose names are read as personal names (an ``unknown`` speaker is most often a person)."""
NEVER_MERGED = frozenset({"anonymous", "group"})
"""Types resolution leaves alone: "un responsable américain" is nobody in particular."""
PREFIX = {"organization": "org", "gpe": "org", "group": "group", "anonymous": "anon"}
"""Id prefix by type: a state and an organisation share one namespace, persons have none."""
ROMAN = re.compile(r"^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
CALENDAR = re.compile(
    r"^(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b|^\d{1,2}(?:er)? (?:janvier|fevrier|mars|"
    r"avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
)
"""A date NER takes for a name ("Vendredi 14 octobre"), matched on the folded text."""
ARTICLES = re.compile(r"^(?:l'|la |le |les |du |de la |de l'|des |d')", re.I)
"""Leading French articles of a place name ("la Crimée", "l'Ukraine")."""


# --------------------------------------------------------------------------------------------
# fold and its variants


class _Unaccented(dict[int, int | str | None]):
    """Code point -> what it is with its accents stripped (its NFKD decomposition without the
    combining marks; None when nothing is left, itself when it does not change), computed on first
    sight: a table for ``str.translate``. Per character equals NFKD of the whole text with the marks
    dropped, since NFKD decomposes each character alone and its reordering moves only marks.
    Typographic apostrophes are made straight."""

    def __missing__(self, point: int) -> int | str | None:
        char = chr(point)
        kept = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        found = self[point] = point if kept == char else (kept or None)
        return found


_UNACCENTED = _Unaccented({0x2019: ord("'"), 0x2018: ord("'")})


def unaccent(text: str) -> str:
    """Accents stripped, typographic apostrophes made straight, case kept.

    >>> unaccent("L’Élysée")
    "L'Elysee"
    """
    return text if text.isascii() else text.translate(_UNACCENTED)


def fold(text: str) -> str:
    """Lowercase, accents stripped, typographic apostrophes made straight; nothing else changes.

    >>> fold("L’Élysée")
    "l'elysee"
    """
    return unaccent(text).lower()


@lru_cache(maxsize=65536)
def fold_spaced(text: str) -> str:
    """``fold`` with runs of white space made single spaces and the ends trimmed (cached: names
    recur).

    >>> fold_spaced(" le  Président\\n")
    'le president'
    """
    return re.sub(r"\s+", " ", fold(text)).strip()


NOT_KEY = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def fold_key(text: str, sep: str = "-") -> str:
    """``fold`` with every run of characters other than ``[a-z0-9]`` made one ``sep``, trimmed: a key
    (cached: the gazetteer and the actor ids ask for the same names again and again).

    >>> fold_key("Fédération de Russie")
    'federation-de-russie'
    """
    return NOT_KEY.sub(sep, fold(text)).strip(sep)


@lru_cache(maxsize=65536)
def fold_place(name: str) -> str:
    """The key of a place name: ``fold_key`` with spaces, leading articles dropped.

    >>> fold_place("la Crimée")
    'crimee'
    """
    # fold_key's body, not its cache: the gazetteer's ~180,000 place names would flood the cache the
    # actor ids ask (its answers are the same either way)
    return fold_key.__wrapped__(ARTICLES.sub("", fold(name.strip())), " ")


# --------------------------------------------------------------------------------------------
# the alias lexicon


@dataclass(frozen=True, slots=True)
class Lexicon:
    """ontology/lexicons/actor_aliases.json, folded."""

    titles: frozenset[str]
    particles: frozenset[str]
    suffixes: frozenset[str]
    given: Mapping[str, str]  # word key -> key of the preferred form of that first name
    given_rank: Mapping[str, int]  # word key -> its rank in its group (0 = preferred)
    surnames: Mapping[str, str]  # word key -> canonical word key
    collectives: Mapping[str, tuple[str, str]]  # fold_key(name) -> (key of canonical, canonical)


@cache
def lexicon() -> Lexicon:
    """Load the alias lexicon once."""
    data = lexicons.data("actor_aliases.json")
    given: dict[str, str] = {}
    rank: dict[str, int] = {}
    for group in data.get("given_names", []):
        keys = [word_key(fold_key(g)) for g in group]
        for i, k in enumerate(keys):
            given.setdefault(k, keys[0])
            rank.setdefault(k, i)
    surnames = {
        word_key(fold_key(v), surname=True): word_key(fold_key(g[0]), surname=True)
        for g in data.get("surnames", [])
        for v in g
    }
    collectives: dict[str, tuple[str, str]] = {}
    for canon, others in data.get("collectives", {}).items():
        for name in (canon, *others):
            collectives[strip_determiners(fold_key(name))] = (strip_determiners(fold_key(canon)), canon)
    return Lexicon(
        frozenset(fold_key(t) for t in data.get("titles", [])),
        frozenset(fold_key(p) for p in data.get("particles", [])),
        frozenset(fold_key(s) for s in data.get("suffixes", [])),
        given,
        rank,
        surnames,
        collectives,
    )


@cache
def _transliteration() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(surname rules, word rules) of ``transliteration.tsv``, in order."""
    table = lexicons.rows("transliteration.tsv", 4)
    surname = tuple((p, r) for p, r, scope, _ in table if scope == "surname")
    word = tuple((p, r) for p, r, scope, _ in table if scope == "word")
    return surname, word


# --------------------------------------------------------------------------------------------
# keys


@lru_cache(maxsize=65536)
def word_key(word: str, surname: bool = False) -> str:
    """The transliteration key of one folded word (cached: the words of names recur).

    >>> word_key("zelenskyy")
    'zelenski'
    """
    if ROMAN.match(word) or not word.isalpha():
        return word
    surname_rules, word_rules = _transliteration()
    if surname:
        for pattern, repl in surname_rules:
            word = re.sub(pattern, repl, word)
    for pattern, repl in word_rules:
        word = re.sub(pattern, repl, word)
    return word


def strip_determiners(folded: str) -> str:
    """``l-otan`` -> ``otan``, ``la-russie`` -> ``russie``."""
    determiners = lexicons.words("determiners.txt")
    parts = folded.split("-")
    while len(parts) > 1 and parts[0] in determiners:
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
        head = fold_key(words[0].rstrip("."))
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
        if not all(p in particles for p in fold_key(w).split("-") if p):
            return False
    return False


def person_keys(name: str) -> list[str]:
    """The transliteration keys of the words of a person's name (titles stripped)."""
    return list(_person_keys(name))


@lru_cache(maxsize=1 << 16)
def _person_keys(name: str) -> tuple[str, ...]:
    words = [p for w in person_words(name) for p in fold_key(w).split("-") if p]
    lex = lexicon()
    keys = []
    for i, w in enumerate(words):
        k = word_key(w, surname=i > 0 or len(words) == 1)
        keys.append(lex.surnames.get(k, k))
    return tuple(keys)


@lru_cache(maxsize=1 << 16)
def canonical_person_keys(name: str) -> tuple[str, ...]:
    """The keys that name one person whatever the spelling: first names in their preferred form
    (Volodymyr / Vladimir), a surname alone completed from the lexicon of public figures
    (``persons.tsv``: "Poutine" -> Vladimir Poutine). Read from the name and fixed lexicons only,
    so the id of a name never depends on which other articles were read before it."""
    keys = _person_keys(name)
    if not keys:
        return ()
    if len(keys) == 1:
        return known_persons().get(keys[0], keys)
    given = lexicon().given
    keys = (given.get(keys[0], keys[0]), *keys[1:])
    return misspelt_known_person(keys) or keys


def misspelt_known_person(keys: tuple[str, ...]) -> tuple[str, ...] | None:
    """The public figure of ``persons.tsv`` a full name misspells: the same surname and a first
    name one letter off, which is no first name of its own ("Georgia Meloni" is Giorgia Meloni;
    "Julian X" never becomes "Julien X": both are first names, ``first_names_fr.tsv``), or the
    same first name and a surname of 7+ letters one letter off (a short one
    has real neighbours: "Olaf Cholz" is no Olaf Scholz), when one figure has it."""
    known = known_persons().get(surname_key(keys))
    if known is None:  # the surname misspelt: "Volodymyr Zelensli", same first name
        found = {k for k in known_by_first_name().get(keys[0], ()) if len(k) == len(keys) == 2}
        found = {k for k in found if len(k[1]) >= 7 and one_edit(keys[1], k[1])}
        return found.pop() if len(found) == 1 else None
    if len(known) < 2 or len(keys) != len(known) or keys[1:] != known[1:]:
        return None
    first, theirs = keys[0], known[0]
    if len(first) < 5 or not one_edit(first, theirs) or first in first_names():
        return None
    return known


@cache
def known_by_first_name() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First-name key -> the keys of the public figures of ``persons.tsv`` with that first name."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for keys in set(known_persons().values()):
        if len(keys) > 1:
            found.setdefault(keys[0], []).append(keys)
    return {k: tuple(sorted(v)) for k, v in found.items()}


@cache
def first_names() -> frozenset[str]:
    """Keys of the first names of ``first_names_fr.tsv`` (each one a first name of its own)."""
    given = lexicon().given
    keys = {word_key(fold_key(line.split("\t")[0])) for line in lexicons.lines("first_names_fr.tsv")}
    return frozenset(keys | {given.get(k, k) for k in keys})


def one_edit(a: str, b: str) -> bool:
    """True when two words are one insertion, deletion or substitution apart (not equal).

    >>> one_edit("giorgia", "georgia"), one_edit("marine", "marion")
    (True, False)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def surname_key(keys: tuple[str, ...] | list[str]) -> str:
    """The surname key of a name (its last word that is not a suffix or a regnal number)."""
    last = len(keys) - 1
    while last > 0 and (keys[last] in {"jr", "sr"} or ROMAN.match(keys[last])):
        last -= 1
    return keys[last] if keys else ""


@cache
def known_persons() -> dict[str, tuple[str, ...]]:
    """Surname key -> the keys of the public figure of ``persons.tsv`` with that surname (the
    first line wins: "Macron" alone is Emmanuel Macron)."""
    found: dict[str, tuple[str, ...]] = {}
    given = lexicon().given
    for full, others in lexicons.rows("persons.tsv", 2):
        keys = _person_keys(full.strip())
        if not keys:
            continue
        keys = (given.get(keys[0], keys[0]), *keys[1:]) if len(keys) > 1 else keys
        for n in [full.strip(), *(o.strip() for o in others.split(";") if o.strip())]:
            variant = _person_keys(n)
            if variant:
                found.setdefault(surname_key(variant), keys)
    return found


@cache
def known_person_names() -> dict[tuple[str, ...], str]:
    """Keys of a public figure -> the name to show."""
    return {canonical_person_keys(full.strip()): full.strip() for full, _ in lexicons.rows("persons.tsv", 2)}


def collective_key(name: str) -> str:
    """The folded name of a state, organisation or group, with exonyms joined (``l'OTAN`` -> ``otan``)."""
    key = strip_determiners(fold_key(name))
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
        key = "-".join(canonical_person_keys(name)) or fold_key(name)
        return key or "unknown"
    if type == "anonymous":  # "une riveraine" is the report's "riveraine", the same actor
        name = ONE_OF.sub("", name)
    key = collective_key(name) if type in ("organization", "gpe") else fold_key(name)
    return f"{PREFIX.get(type, type)}-{key or 'unknown'}"


ONE_OF = re.compile(r"^(?:un|une)\s+(?=\S)", re.IGNORECASE)
"""The indefinite article an unnamed speaker's name keeps (``speaker_articles``), no part of its id."""


@lru_cache(maxsize=1 << 16)
def display_name(name: str, type: str) -> str:
    """The name as it should be shown: titles stripped for persons, exonyms joined for states."""
    if type in PERSON_TYPES:
        known = known_person_names().get(canonical_person_keys(name))
        return known or " ".join(person_words(name)) or name.strip()
    if type in ("organization", "gpe"):
        return lexicon().collectives.get(strip_determiners(fold_key(name)), ("", name.strip()))[1]
    return name.strip()


# --------------------------------------------------------------------------------------------
# counts of people: the one recogniser of extraction (a count's words cut from a collective's name,
# ``extract.event_agent_names``) and of resolution (a name that is a count is no actor of the
# network, ``resolve.network_ends``)

CARDINALS = frozenset(
    "zéro zero un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize vingt vingts trente quarante cinquante soixante septante huitante nonante cent cents mille "
    "mil million millions milliard milliards et".split()
)
"""French cardinal numbers in words, and the "et" of "vingt et un": a number written in words is
these joined by hyphens ("dix-sept", "quatre-vingts", "vingt-et-un"). Ordinals count nothing."""
VAGUE_COUNTS = frozenset({"plusieurs", "quelques"})
"""Words that count without a number ("plusieurs ministres", "quelques manifestants")."""
SCALES = frozenset(
    {"dizaine", "dizaines", "centaine", "centaines", "millier", "milliers", "million", "millions"}
)
"""Nouns of an approximate number, followed by "de" ("des centaines de soldats")."""
COUNT_DETERMINERS = frozenset({"les", "des", "ces", "ses", "leurs", "nos"})
"""Determiners before a count ("les deux otages")."""


def readable(name: str) -> str:
    """A headline's capitals written normally: "RUSSIE" -> "Russie" (short acronyms stay)."""
    return name.title() if name.isupper() and len(name) > 4 else name


def number_word(word: str) -> bool:
    """Whether a word writes a number: digits ("2", "1,5", "+3", "1/2"), or a cardinal in words
    ("sept", "Dix-Sept", "quatre-vingts"); not an ordinal ("deuxième"), not "et" alone.

    >>> [w for w in ("500", "2,5", "dix-sept", "cents", "deuxième", "et", "Sept") if number_word(w)]
    ['500', '2,5', 'dix-sept', 'cents', 'Sept']
    """
    text = word.lower().lstrip("+-±~").replace(",", "").replace(".", "")
    if text.isdigit() or (text.count("/") == 1 and all(p.isdigit() for p in text.split("/"))):
        return True
    parts = text.split("-")
    return text != "et" and all(p in CARDINALS for p in parts) and parts[0] != "et"


def is_count(name: str) -> bool:
    """Whether an actor's name is a count of people: "sept ressortissants russes", "les deux
    otages", "2 000 soldats russes", "des milliers de manifestants", "plusieurs ministres"; not "les
    Vingt-Sept" (the European Union: a count written in capitals names a body), nor "les Russes",
    nor "un homme" (one person is no count)."""
    words = name.replace("\u2019", "'").split()
    if words and words[0].lower() in COUNT_DETERMINERS:
        words = words[1:]
    if words and words[0] in {"un", "une", "des", "quelques"} and len(words) > 1 and words[1] in SCALES:
        words = words[1:]  # "une dizaine de", "quelques milliers de"
    if len(words) < 2:
        return False
    first = words[0]
    if first in SCALES:
        return words[1] == "de" or words[1].startswith("d'")
    if first in VAGUE_COUNTS:
        return True
    return number_word(first) and first not in {"un", "une"} and (first == first.lower())
