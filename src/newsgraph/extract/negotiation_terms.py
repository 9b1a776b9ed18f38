"""How a term of the negotiation lexicon is matched: a regex on folded text, words joined by any
separator, a verb with its inflections, a noun with its plural, an article standing for any definite
determiner, a short incise allowed after the first word (used by :mod:`newsgraph.extract.negotiation`)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from newsgraph.names import fold

VERB_ENDINGS = ("er", "ir")
"""Infinitives whose forms the pattern derives (verbs in -re are listed with their forms: nouns
like "guerre" end so too)."""

NEGATION = (
    r"(?:[\s\-']+(?:pas|plus|jamais|point|toujours|enfin|bien|plutot|aussi|egalement|meme|donc|"
    r"notamment|surtout|encore|deja|en effet|\w{3,}ment))?"
)
"""An adverb a conjugated verb may take before its complement ("ne signerons pas cet accord",
"propose plutôt de", "trouver rapidement un accord", "refuse en effet toute alliance")."""


def words_of(term: str) -> list[str]:
    """The words of a term, hyphens dropped (``cessez-le-feu`` -> cessez, le, feu)."""
    return [w for w in re.findall(r"[\w'.]+|-", term) if w != "-"]


def term_pattern(term: str, exact: bool = False) -> str:
    """A regex for one term on folded text (or on accent-free text for a term in capitals): words
    joined by any separator, the last one with a short inflection, an article past the first word
    standing for any definite determiner (``DETERMINERS``); with ``exact`` (a blocked phrase), a
    plural only: the blocked noun "propos" must not take the verb "propose".

    >>> bool(re.search(term_pattern("négocier"), "ils negocient"))
    True
    >>> bool(re.search(term_pattern("CGT"), "la cgt"))
    False
    >>> bool(re.match(term_pattern("propos", exact=True), "propose"))
    False
    >>> bool(re.search(term_pattern("mettre fin à la guerre"), "mettre fin a cette guerre"))
    True
    >>> bool(re.search(term_pattern("reçoit les partenaires sociaux"), "recoit les huit partenaires sociaux"))
    True
    """
    if term.isupper():
        return r"(?<!\w)" + r"[\s\-']+".join(re.escape(w) for w in words_of(term)) + r"(?![^\W\d])"
    words = words_of(fold(term))
    parts = [_inflected(w) + NEGATION if _is_verb(w) else _plural(w) for w in words[:-1]]
    parts[1:] = [_article(w, p) for w, p in zip(words[1:-1], parts[1:], strict=True)]
    if parts:
        parts[0] += INCISE
    last = words[-1]
    if exact:
        last_re = re.escape(last) + ("" if last[-1] in "sx" else r"[sx]?")
    elif _is_verb(last):
        last_re = _inflected(last)
    elif len(last) > 4:
        last_re = re.escape(last) + r"\w{0,3}"
    else:
        last_re = re.escape(last) + r"[sx]?"
    if len(words) > 1:
        last_re = _article(last, last_re)
    return r"(?<!\w)" + r"[\s\-']+".join([*parts, last_re]) + r"(?!\w)"


INCISE = r"(?: ?,[^,.;:!?«»\"]{1,40},)?"
"""A short incise between commas after a phrase's first word ("a reçu, jeudi 8 décembre, les
responsables syndicaux", "ont trouvé, après dix heures de discussions, un accord")."""
INCISED = re.compile(r" ?,[^,]{1,40},")
"""The incise of a matched phrase, dropped from the words kept as evidence."""
DETERMINERS = frozenset("le la les ce cet cette ces".split())
"""The articles that stand, past a phrase's first word, for any definite determiner: definite,
demonstrative, possessive, "tout" ("mettre fin à la guerre" finds "mettre fin à cette guerre",
"rompre le dialogue" finds "rompre tout dialogue", "signer l'accord" finds "signer leur accord").
Not "un", "une" (a new accord is not the one in the news), nor "de", "du", "des", "au": those are
the phrase's preposition ("table des négociations")."""
DEFINITE = "le la les ce cet cette ces son sa ses leur leurs notre nos votre vos tout toute tous toutes"
DETERMINER_RE = "(?:" + "|".join(sorted(DEFINITE.split(), key=len, reverse=True)) + ")"
ELIDED = re.compile(r"l'(?=\w)")
ELIDED_RE = "(?:l'|" + DETERMINER_RE + " )"
"""An elided article at the start of a word past a phrase's first ("conclu l'accord"): it or any
definite determiner."""


PRENOMINAL = (
    "nouveau nouveaux nouvelle nouvelles principaux principales differents differentes divers diverses "
    "autres grands grandes deux trois quatre cinq six sept huit neuf dix onze douze"
)
PRENOMINAL_RE = r"(?:[\s\-']+(?:" + "|".join(sorted(PRENOMINAL.split(), key=len, reverse=True)) + "))?"
"""A numeral or a prenominal adjective a determiner slot may take before the phrase's noun ("consulter
les nouveaux dirigeants des partis", "reçoit les huit organisations syndicales", "les différents
responsables syndicaux")."""


def _article(word: str, pattern: str) -> str:
    """The pattern of a word past a phrase's first, its article (or elided article) made a slot, a
    numeral or a prenominal adjective allowed after it."""
    if word in DETERMINERS:
        return DETERMINER_RE + PRENOMINAL_RE
    if ELIDED.match(word):
        return ELIDED_RE + pattern[len(re.escape(word[:2])) :]
    return pattern


def _plural(word: str) -> str:
    """A word inside a phrase, with the plural a noun takes ("entretiens avec", "accords de paix")."""
    return re.escape(word) + (r"[sx]?" if len(word) > 3 and word[-1] not in "sx" else "")


def _is_verb(word: str) -> bool:
    return len(word) > 5 and word.endswith(VERB_ENDINGS)


def _inflected(verb: str) -> str:
    """A verb's stem with any short ending (négocier -> négocient, négocié, négociera), not a noun in
    -ion ("proposer de" must not block "la proposition de la direction")."""
    return re.escape(verb[:-2]) + r"(?!\w{0,3}ion(?!\w))\w{0,5}"


ACCENTS = re.compile("[\u0300-\u034e\u0350-\u036f]+")
"""The combining diacritics of Latin letters (U+034F, a joiner of class 0, is not one): removed by one
regex pass, where a Python loop over every character was half the topic's time."""
NON_ASCII = re.compile(r"[^\x00-\x7f]")


def unaccent(text: str) -> str:
    """Accents stripped, case kept: what terms in capitals are matched against (``fold`` of
    :mod:`newsgraph.names` is this, lowercased): the text decomposed (NFKD), its combining marks
    dropped.

    >>> unaccent("L’Élysée reçoit")
    "L'Elysee recoit"
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    if text.isascii():
        return text
    stripped = ACCENTS.sub("", unicodedata.normalize("NFKD", text))
    if any(unicodedata.combining(c) for c in set(NON_ASCII.findall(stripped))):
        return "".join(c for c in stripped if not unicodedata.combining(c))
    return stripped


class TermGates:
    """What ``Matcher.find`` tries at a place where a term may start: of the text's next ``size``
    characters, the starts that index terms (longest first, each once; one slice and one lookup
    instead of one per length), and per start one alternation of its terms' patterns, which
    matches at a place exactly when one of them does (one call where a term is found at one
    place in 30)."""

    __slots__ = ("_keys", "any", "index", "size")

    def __init__(self, index: dict[str, tuple[tuple[re.Pattern[str], Any], ...]], size: int) -> None:
        self.index, self.size = index, size
        self.any = {k: re.compile("|".join(f"(?:{p.pattern})" for p, _ in v)) for k, v in index.items()}
        self._keys: dict[str, tuple[str, ...]] = {}  # filled as texts come: few windows recur

    def keys_at(self, window: str) -> tuple[str, ...]:
        """The starts of ``window`` (``size`` characters of the text, fewer at its end) that index
        terms, longest first."""
        found = self._keys.get(window)
        if found is None:
            starts = (window[:n] for n in range(self.size, 0, -1))
            found = self._keys[window] = tuple(dict.fromkeys(k for k in starts if k in self.index))
        return found


TITLE_NOUN = re.compile(r"(?:negociat|mediat)(?:eur|rice)s?")
"""The role nouns of negotiating, which also name a person's trade."""
APPOSED = re.compile(r"(?:,|\()\s?$")
"""Right before a role noun, a comma or a bracket with no article: a title in apposition (", le
médiateur a proposé" may be a new clause's subject)."""


def title(hit: tuple[str, Any, int, int], folded: str) -> bool:
    """A role noun in apposition to a person, her title ("Paul Durand, négociateur CGT, dénonce",
    "Anne Roux (médiatrice)"): it names who speaks, not what the words are about."""
    word, entry, start, _ = hit
    return (
        entry.role == "act"
        and TITLE_NOUN.fullmatch(word) is not None
        and APPOSED.search(folded, max(0, start - 2), start) is not None
    )
