"""How a place mention is said: after which preposition ("à X", "en X", "selon X"), as a source,
as a place's name or a common noun's; shared by the event's place (event_circumstances) and the
scene a report sets (event_scenes)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import Mention
from newsgraph.extract.event_amounts import PLACE_NOUNS
from newsgraph.extract.event_cache import last_token
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex, lemma
from newsgraph.extract.event_place_issuers import issuing_seat
from newsgraph.extract.event_place_outlets import in_outlet_name
from newsgraph.geo import geocode, government_of, locality, place_of

LOCATION_PREPS = lexicons.words("place_prepositions.txt")


PARTNER_PREPS = {"avec", "contre", "entre"}


SOURCE_CASES = {"selon", "après"}
"""Prepositions of a source ("selon Kiev", "d'après Moscou"): who says, never where."""


def is_source(t: Token) -> bool:
    """A place name that introduces who says ("selon Kiev", "d'après Moscou", "Pour Kiev, ..."), or
    a seat that issues a document ("un communiqué de l'Élysée": ``issuing_seat``)."""
    if issuing_seat(t):
        return True
    cases = [c for c in t.children if c.dep_ in {"case", "fixed"}]
    cases += [g for c in cases for g in c.children if g.dep_ == "fixed"]
    if any(c.lower_ in SOURCE_CASES for c in cases):
        return True
    after = t.doc[t.right_edge.i + 1] if t.right_edge.i + 1 < len(t.doc) else None
    return (
        any(c.lower_ == "pour" for c in cases)
        and t.i - t.sent.start <= 2
        and after is not None
        and after.text == ","
    )


def stands_for_place(t: Token, m: Mention, token: Token | None) -> bool:
    """Whether a place mention outside the event's own phrase can be where it happened: not a
    source ("selon Kiev"), not the state that acts through the trigger's "de X" ("l'offensive de
    la Russie contre l'Ukraine"), and, when the gazetteer does not know the name, only a name said
    as where ("à X", "en X", "dans X"): the NER's place label alone is not enough ("la Nupes", "le
    budget de l'État")."""
    if is_source(t):
        return False
    if (
        token is not None
        and t.head.i == token.i
        and t.dep_ == "nmod"
        and any(c.dep_ == "case" and c.lower_ in {"de", "du", "des", "d'", "d’"} for c in t.children)
        and government_of(m.name) is not None
    ):
        return False
    return said_as_place(t, m)


DE_CASES = {"de", "du", "des", "d'", "d’"}


WEB_ADDRESS = re.compile(r"^\S+\.[a-z]{2,4}$")
"""A site's address: a word, a dot and a lowercase ending, no place's name."""


def no_name(t: Token, m: Mention) -> bool:
    """A place mention that is one capitalised common noun with its article, which the gazetteer
    does not know ("l'État", "la Nation"), so no place's name; not a name of nouns ("l'Île aux
    Serpents"), nor a web address ("sur france.tv", "franceinfo.fr")."""
    if WEB_ADDRESS.search(m.name):
        return True
    span = t.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span[0].pos_ != "NOUN":
        return False
    word = span[0].text  # a word, not a road's or a unit's code ("l'A7", "la RN7")
    # with its article, as common nouns are ("de l'État"), not a foreign village the tagger took
    # for a noun ("à Przewodow")
    article = any(c.dep_ == "det" and c.pos_ == "DET" for c in span[0].children)
    return article and word.isalpha() and word[1:].islower() and place_of(m.name) is None


def in_longer_name(t: Token, m: Mention, mentions: MentionIndex) -> bool:
    """A place word that begins a longer name the NER cut ("les gazoducs Nord | Stream", tagged
    LOC then MISC): the next word is capitalised, in a name of another kind, and no place; or a
    news outlet's name ("le 12/13 de France 3", "une équipe de France Télévisions"). Found once per
    place mention: every event of the report asks of the places of its opening."""
    key = ("longer-name", t.i, m.start, m.end)
    found: bool | None = mentions.memo.get(key)
    if found is None:
        found = mentions.memo[key] = _in_longer_name(t, m, mentions)
    return found


def _in_longer_name(t: Token, m: Mention, mentions: MentionIndex) -> bool:
    if in_outlet_name(t, m):
        return True
    doc = t.doc
    j = last_token(t, m.end) + 1
    if j >= len(doc) or not doc[j].text[:1].isupper() or doc[j].ent_type_ not in {"MISC", "ORG"}:
        return False
    nm = mentions.by_token.get(j)
    return doc[j].ent_iob_ == "B" and (nm is None or nm.label not in PLACE_LABELS)


def said_as_place(t: Token, m: Mention) -> bool:
    """A place mention the gazetteer knows, or one the sentence says as a place: after "à", "en",
    "dans", "sur", ..., a "de X" of a place noun ("la commune de Bihucourt"), or a name holding a
    known place ("l'aéroport d'Orly"), a place acted on ("frappe la Provence", "la Dordogne a été
    touchée"), a place in brackets after another ("Mardyck (Nord)"), a place noun with its name ("le
    musée du Louvre"); not the subject of an active verb ("la Nupes affiche") nor the "de X" of any
    other noun ("le budget de l'État")."""
    if place_of(m.name) is not None:
        return True
    if no_name(t, m):
        return False
    if is_located(t):
        return True
    span = t.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is not None and any(x.text[:1].isupper() and named_inside(x) for x in span[1:]):
        return True
    if t.i > 0 and t.doc[t.i - 1].text == "(":
        return True  # "Avranches (Manche)": the département or country of a place, as news write it
    if bracketed_region(t, m):
        return True  # "le camp de Canjuers (Var)": a name said with where it lies is a place's
    if lemma(t) in PLACE_NOUNS and any(c.dep_ == "nmod" and c.pos_ == "PROPN" for c in t.children):
        return True  # the mention is a place noun and its name: "la forêt de Chiberta"
    if not is_introduced(t):
        # "la chaleur frappe la Provence", "la Bretagne a été touchée": the place acted on
        return t.dep_ in {"obj", "nsubj:pass"}
    cases = {c.lower_ for c in t.children if c.dep_ == "case"}
    if cases and cases <= DE_CASES:  # "ils sont tous de la Nupes": whose, not where
        return t.dep_ == "nmod" and lemma(t.head) in PLACE_NOUNS
    # "vis-à-vis de l'État", "face à l'Hexagone": a preposition of no place
    return not cases or bool(cases & LOCATION_PREPS)


def named_inside(x: Token) -> bool:
    """A word inside a longer name that names a place: one the gazetteer knows ("l'aéroport
    d'Orly"), or a small town after "de" ("l'usine Stellantis de Sochaux", "la raffinerie
    TotalEnergies de Donges"), which only the table of localities holds."""
    if geocode(x.text) is not None:
        return True
    return x.i > 0 and x.doc[x.i - 1].lower_ in DE_CASES and locality(x.text) is not None


def has_place_case(token: Token) -> bool:
    return any(c.dep_ in {"case", "fixed"} and c.lower_ in LOCATION_PREPS for c in token.children)


def is_introduced(t: Token) -> bool:
    """A place token after a preposition ("à Kherson", "de la ville de X", "dans la capitale, X")."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and (
        prev.lower_ in LOCATION_PREPS
        or (prev.pos_ == "DET" and t.i > 1 and (t.doc[t.i - 2].lower_ in LOCATION_PREPS))
    ):
        return True
    if has_place_case(t):
        return True
    return t.dep_ in {"appos", "nmod", "flat:name"} and t.head.i != t.i and has_place_case(t.head)


IN_PREPS = {"en", "à", "au", "aux", "dans"}


def is_located(t: Token) -> bool:
    """A place said as where ("en Ukraine", "au nord-est de l'Ukraine"), not whose ("la grande ville
    de l'ouest de l'Ukraine")."""
    prev = t.doc[t.i - 1] if t.i > 0 else None
    if prev is not None and prev.lower_ in IN_PREPS:
        return True
    heads = [t, t.head] if t.dep_ == "nmod" and t.head.i != t.i else [t]
    return any(c.dep_ == "case" and c.lower_ in IN_PREPS for h in heads for c in h.children)


def bracketed_region(t: Token, m: Mention) -> bool:
    """Whether the mention is followed by a region or country in brackets ("Canjuers (Var)",
    "Mardyck (Nord)", "Cardiff (Royaume-Uni)"): news say so where a town lies."""
    doc = t.doc
    end = last_token(t, m.end)
    if end + 2 >= len(doc) or doc[end + 1].text != "(":
        return False
    close = next((x.i for x in doc[end + 2 : end + 8] if x.text == ")"), None)
    if close is None or close == end + 2:
        return False
    geo = place_of(doc[end + 2 : close].text)
    return geo is not None and geo.type in {"region", "country"}


def named_with_class(t: Token) -> bool:
    """A place said with the noun of its class ("la ville de Sievierodonetsk est ciblée", "l'île de
    Groix a été placée en alerte"): a place whatever its role in the clause, so the story's place as
    surely as one after "à" or "en", and a town rather than the region an "en X" around it names."""
    if t.dep_ == "nmod" and t.head.i != t.i and lemma(t.head) in PLACE_NOUNS:
        return any(c.dep_ == "case" and c.lower_ in DE_CASES for c in t.children)
    return lemma(t) in PLACE_NOUNS and any(c.dep_ == "nmod" and c.pos_ == "PROPN" for c in t.children)


MEASURE_WORDS = frozenset(
    "équivalent équivalente équivaloir superficie surface taille comparable semblable égal".split()
)
"""Words of a size compared with a place's ("l'équivalent d'une ville comme Paris", "une surface
comparable à celle de Lyon", "la taille de la Corse")."""


SHOP_SIZES = frozenset({"grand", "moyen"})
"""Adjectives of "une grande surface", "une moyenne surface": a shop, not a size."""


def compared(t: Token) -> bool:
    """A place named as a yardstick ("10 000 hectares brûlés, l'équivalent de Paris"): a size, not
    where anything happened; found on the noun phrases above it, up to the clause's verb."""
    node = t
    for _ in range(4):
        head = node.head
        if head.i == node.i or (head.pos_ in {"VERB", "AUX"} and lemma(head) != "équivaloir"):
            return False
        if lemma(head) in MEASURE_WORDS and not any(lemma(c) in SHOP_SIZES for c in head.children):
            return True  # not "une grande surface de Rennes", a shop
        node = head
    return False


COMPASS_POINTS = frozenset(
    {"nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "centre"}
)
"""Points of the compass a movement heads to ("le feu progresse vers le Sud"): a direction."""


def heading(t: Token, m: Mention) -> bool:
    """A point of the compass said as where a movement heads ("le feu a progressé vers le Sud",
    "l'orage se décale vers le Nord et le Nord-Est"): a direction, not where anything happened
    (not "dans le Nord", the department, nor "vers Saumos", a town)."""
    if m.name.lower().replace(" ", "-") not in COMPASS_POINTS:
        return False
    node = t.head if t.dep_ == "conj" and t.head.i != t.i else t
    return any(c.dep_ == "case" and c.lower_ == "vers" for c in node.children)
