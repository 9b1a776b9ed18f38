"""Amounts stated with an event: money ("400 millions de dollars") and, for casualty reports,
head counts ("12 morts", "quatre morts", "vingt-deux blessés", "une dizaine de morts"). The words are
in ``ontology/lexicons/amounts.tsv`` and ``event_nouns.tsv``.

A head count in words is read as French writes it: units and tens added ("soixante-dix" 70,
"vingt et un" 21), "quatre-vingt(s)" 80, "cent(s)" and "mille" multiplying what comes before
("deux cents" 200, "trois mille" 3000). An approximate count with one of "une dizaine, vingtaine…
centaine, un millier" is read as its round number (a report's "une dizaine de morts" is its figure;
the quantity's text keeps the word that says it is approximate); a count with no number, "des
dizaines de morts", "plusieurs centaines de blessés", gives none."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.event_types import CASUALTY_TYPES, HEAD_COUNT_TYPES
from newsgraph.lexicons import alternation
from newsgraph.model import Quantity

_AMOUNTS = lexicons.rows("amounts.tsv", 3)
SCALE = {word: float(value) for word, kind, value in _AMOUNTS if kind == "scale"}
CURRENCIES = {word: value for word, kind, value in _AMOUNTS if kind == "currency"}
_NOUNS = lexicons.tagged("event_nouns.tsv")
MILITARY_NOUNS = _NOUNS["military"]
PEOPLE_NOUNS = _NOUNS["people"]
BODY_NOUNS = _NOUNS["body"]
"""Institutions and trades that act: "le parquet", "les douaniers"."""
QUANTITY_NOUNS = _NOUNS["quantity"]
"""Nouns of number that act through their "de X": "des milliers de manifestants"."""
PHASE_NOUNS = _NOUNS["phase"]
"""Nouns of an event's start or return whose bare "de X" is the event: "des départs de feu"."""
PARTY_NOUNS = _NOUNS["party"]
"""Nouns of a party to one event whose definite "de X" is that event: "le suspect de la fusillade"."""
PERSON_SUFFIXES = ("iste", "logue", "icien", "icienne", "culteur", "cultrice")
"""Endings of nouns that name a person by a doctrine, a science or a trade ("les complotistes", "un
spéléologue", "son homologue", "les praticiens", "un riziculteur"), which no lexicon lists in full
(round 46; resolution already takes "-iste" nouns for actors)."""
SUFFIX_THINGS = frozenset(
    {
        "liste",
        "piste",
        "kyste",
        "triste",
        "dialogue",
        "catalogue",
        "prologue",
        "épilogue",
        "monologue",
        "analogue",
    }
)
"""Nouns of those endings that name a thing."""
PLACE_NOUNS = _NOUNS["place"]
"""Nouns whose "de X" names a place: "la région de Koursk"."""
CASUALTY_NOUNS = MILITARY_NOUNS | PEOPLE_NOUNS | _NOUNS["casualty"]
DEAD_NOUNS = _NOUNS["casualty"]
DEATH_NOUNS = DEAD_NOUNS | {"personne"}
"""A death's head count names the dead ("quatre morts", "dix personnes"): not "père de 3 enfants"."""

NUMBER = r"\d{1,3}(?:[\s\u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[,.]\d+)?"
SCALE_WORDS = alternation(SCALE)
MONEY_RE = re.compile(
    rf"(?P<num>{NUMBER})\s*(?P<scale>{SCALE_WORDS})?\s*(?:de\s+|d')?"
    rf"(?P<cur>{alternation(CURRENCIES)})",
    re.I,
)
COUNT_RE = re.compile(
    rf"(?P<num>{NUMBER})\s*(?P<scale>{SCALE_WORDS})?\s*(?:de\s+|d')?(?P<noun>[a-zà-ÿ]+)", re.I
)


UNIT_WORDS = {
    word: value
    for value, words in enumerate(
        (
            "zéro|un une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
            "onze|douze|treize|quatorze|quinze|seize"
        ).split("|")
    )
    for word in words.split()
} | {"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
"""Cardinals that add to what comes before them ("soixante-dix-sept": 60 + 10 + 7)."""
TIMES_WORDS = {"cent": 100, "cents": 100, "mille": 1000, "mil": 1000, "million": 1e6, "millions": 1e6}
"""Cardinals that multiply what comes before them ("deux cents", "trois mille")."""
APPROXIMATE = {
    "dizaine": 10,
    "douzaine": 12,
    "quinzaine": 15,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
}
"""Nouns of a round number, counted by "un(e)" or a cardinal ("une dizaine de", "deux centaines de")."""
_WORD = f"(?:{alternation(UNIT_WORDS.keys() | TIMES_WORDS.keys())})"
_WORDS = rf"{_WORD}(?:(?:-et-|\s+et\s+|-|\s+){_WORD})*"
WORD_COUNT_RE = re.compile(
    rf"(?<![\w-])(?P<num>{_WORDS})(?:\s+(?P<approx>{alternation(APPROXIMATE)})s?)?\s+(?:de\s+|d')?"
    rf"(?P<noun>[a-zà-ÿ]+)",
    re.I,
)


def suffixed_person(token: Token) -> bool:
    """A noun of a person by its ending (``PERSON_SUFFIXES``), read on its form too, the parser's
    lemma of a rare word being unsure ("suprémaciste": "suprémacist")."""
    forms = {token.lemma_.lower(), token.lower_.removesuffix("s")}
    return any(f.endswith(PERSON_SUFFIXES) and f not in SUFFIX_THINGS for f in forms)


def word_value(words: str) -> float:
    """The value of a cardinal in words: "vingt-deux" 22, "quatre-vingt-dix" 90, "deux cents" 200,
    "trois mille cinq cents" 3500."""
    parts = [p for p in re.split(r"[-\s]+", words.lower()) if p != "et"]
    total = current = 0.0
    for i, part in enumerate(parts):
        if part in {"vingt", "vingts"} and i and parts[i - 1] == "quatre":
            current += 76  # "quatre-vingt(s)": four times twenty, the four already added
        elif part in {"cent", "cents"}:
            current = max(current, 1) * 100
        elif part in TIMES_WORDS:
            total += max(current, 1) * TIMES_WORDS[part]
            current = 0
        else:
            current += UNIT_WORDS[part]
    return total + current


def parse_number(num: str, scale: str | None) -> float:
    value = (
        float(re.sub(r"[\s\u00a0\u202f.]", "", num).replace(",", "."))
        if re.search(r"\d[\s\u00a0\u202f.]\d{3}", num)
        else float(num.replace(",", "."))
    )
    return value * SCALE.get((scale or "").lower(), 1)


def quantities(type_: str, texts: list[str], dead: list[str] | None = None) -> tuple[Quantity, ...]:
    """Money amounts, and head counts for casualty reports, stated in the given texts. ``dead``: the
    texts of a death's subjects, whose leading count is the count of the dead, whatever the noun
    ("trois marins ont péri"; not "la chanteuse, mère de trois enfants")."""
    for text in dead or [] if type_ == "death" else []:
        m = re.match(r"(?:les\s+|ces\s+)?(?=\S)", text, re.I)
        count = head_count(text[m.end() if m else 0 :], None, leading=True)
        if count is not None:
            return (count,)
    out: list[Quantity] = []
    for text in texts:
        for m in MONEY_RE.finditer(text):
            unit = CURRENCIES.get(m.group("cur").lower(), m.group("cur"))
            out.append(Quantity(parse_number(m.group("num"), m.group("scale")), unit, m.group(0)))
        if type_ in HEAD_COUNT_TYPES and not out:
            count = head_count(text, CASUALTY_NOUNS if type_ in CASUALTY_TYPES else DEATH_NOUNS)
            if count is not None:
                out.append(count)
        if out:
            break
    return tuple(out)


def head_count(text: str, nouns: frozenset[str] | set[str] | None, leading: bool = False) -> Quantity | None:
    """The first count of people among ``nouns`` (None: of any noun) in the text, in digits or in
    words (``leading``: only one the text starts with)."""
    found: list[tuple[int, Quantity]] = []
    for m in COUNT_RE.finditer(text):
        if (nouns is None or m.group("noun").lower().rstrip("sx") in nouns) and not re.fullmatch(
            r"\d{4}", m.group("num")
        ):
            value = parse_number(m.group("num"), m.group("scale"))
            found.append((m.start(), Quantity(value, "people", m.group(0))))
            break
    for m in WORD_COUNT_RE.finditer(text):
        noun = m.group("noun").lower().rstrip("sx")
        if m.group("num").lower() in {"un", "une"} and not m.group("approx") and noun not in DEAD_NOUNS:
            continue  # "un homme", "une femme": an article more than a count; "un mort" counts one
        if nouns is None or noun in nouns:
            value = word_value(m.group("num")) * APPROXIMATE.get((m.group("approx") or "").lower(), 1)
            found.append((m.start(), Quantity(value, "people", m.group(0))))
            break
    found = [f for f in found if not leading or f[0] == 0]
    return min(found, key=lambda f: f[0])[1] if found else None
