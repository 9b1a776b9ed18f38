"""Persons recognised by the construction that introduces them, where the tagger missed them or
called them a place: a name followed by an age ("Nadia, 80 ans, vit …"), by a person noun in
apposition ("Florian, un responsable d'équipe", "Wydiane Khaoua, directrice …"), or named as the
speaker of a closing incise (« … », confie Marion). Lone words must be first names of
``first_names_fr.tsv`` except before an age; a name after "à", "en", "dans" stays a place."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from newsgraph import lexicons
from newsgraph.extract.entity_names import is_known_place
from newsgraph.extract.entity_spans import first_names
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.tokens import Tokens, tokens
from newsgraph.names import fold_spaced as fold

PERSON_NOUN_RE = re.compile(r"(?:trice|teur|teuse|euse|iste|ienne|ien|ante|ière|ier|logue|aire)s?$")
"""Endings of nouns of agents and inhabitants ("créatrice", "habitante", "retraitée" is in roles)."""
RETYPED = frozenset({"LOC", "GPE", "ORG", "MISC", "PER"})
"""Labels of a name checked (a PER so introduced is kept PER: "Marion" is also a town)."""
WHERE_BEFORE = frozenset({"à", "a", "en", "dans", "vers", "au", "aux", "sur", "depuis", "près", "chez"})
"""A name after these is said as where ("à Paris, 2 ans après"), or is a firm the person before
works for ("analyste chez MPI Europe, spécialiste …")."""
AFTER_AGE_VERBAL = frozenset({"VERB", "AUX"})
ARTICLES = frozenset({"un", "une", "le", "la", "l'", "l’"})
AGE_MAX_WORDS = 4


def _roles() -> frozenset[str]:
    return lexicons.words("roles.txt")


def _speech_verbs() -> frozenset[str]:
    return lexicons.words("speech_verbs.txt")


def _capitalised(tt: Tokens, i: int) -> bool:
    return tt.text[i][:1].isupper() and not tt.punct[i]


def capitalised(tt: Tokens) -> list[bool]:
    """``_capitalised`` of every token, one walk of two columns (``person_spans`` asks of each)."""
    return [t[:1].isupper() and not p for t, p in zip(tt.text, tt.punct, strict=True)]


NO_NAME_START = frozenset({"DET", "ADP", "PRON", "CCONJ", "ADV"})
"""Tags of capitalised words that start no name ("Le", "Pour", "Il" opening a sentence)."""


def age_after(tt: Tokens, j: int) -> bool:
    """ ", 45 ans," or ", âgée de 45 ans" from ``j`` (the comma), the age closed by a comma, a
    bracket, a full stop or a verb ("Raoul, 71 ans, est …"), not "Paris, 2 ans après"."""
    n = len(tt.text)
    if j >= n or tt.text[j] != ",":
        return False
    k = j + 1
    if k < n and tt.lower[k] in {"âgé", "âgée"} and k + 1 < n and tt.lower[k + 1] == "de":
        k += 2
    if not (k + 1 < n and tt.text[k].isdigit() and len(tt.text[k]) <= 3 and tt.lower[k + 1] == "ans"):
        return False
    if k + 2 >= n:
        return True
    nxt = k + 2
    return tt.text[nxt] in {",", ")", ".", ";"} or tt.pos[nxt] in AFTER_AGE_VERBAL


def person_noun_after(tt: Tokens, j: int) -> bool:
    """ ", une habitante", ", directrice de …", ", le fils": a role noun of ``roles.txt`` (with or
    without article), or an agent noun after "un"/"une"."""
    n = len(tt.text)
    if j + 1 >= n or tt.text[j] != ",":
        return False
    k = j + 1
    article = tt.lower[k] in ARTICLES
    if article:
        k += 1
    if k >= n or not tt.text[k][:1].islower():
        return False
    roles = _roles()
    lower, lemma = tt.lower[k], tt.lemma[k].lower()
    if lower in roles or lemma in roles or lower.rstrip("s") in roles:
        return True
    return article and tt.lower[j + 1] in {"un", "une"} and bool(PERSON_NOUN_RE.search(lower))


def speech_incise_before(tt: Tokens, i: int) -> bool:
    """« … », confie Marion: a verb of saying right before ``i``, after a comma that closes a quote."""
    if i < 3 or tt.text[i - 2] != ",":
        return False
    if tt.text[i - 3] not in QUOTE_MARKS:
        return False
    return tt.lemma[i - 1].lower() in _speech_verbs()


def _introduced(tt: Tokens, start: int, end: int, lone_first_name: bool, org: bool = False) -> bool:
    """Whether the name at [start, end) is introduced as a person by what follows or precedes it
    (an organisation's name is not retyped by an apposition: "Île-de-France Mobilités, exploitant
    du réseau")."""
    if start > 0 and tt.lower[start - 1] in WHERE_BEFORE:
        return False
    if start > 1 and tt.text[start - 1] == "," and apposed_to_noun(tt, start - 2):
        return False  # "une fille, Léa, 8 ans": named in apposition to a noun, not brought in
    if age_after(tt, end):
        return True
    if end - start == 1 and not lone_first_name:
        return False
    return (not org and person_noun_after(tt, end)) or speech_incise_before(tt, start)


def particle_name_end(tt: Tokens, i: int, covered: set[int]) -> int:
    """The end of "Marine Le Pen", "Loïc de la Mornais" from the first name at ``i``: a capitalised
    article or a "de"/"du"/"de la" and one capitalised word (not a town the gazetteer knows: "Pierre
    de Lyon" is said of a place), none of it tagged; else 0."""
    n = len(tt.text)
    j = i + 1
    if j < n and tt.text[j] in {"Le", "La"}:
        j += 1
    elif j < n and tt.text[j] in {"de", "du", "d'", "d’"}:
        j += 2 if j + 1 < n and tt.text[j] == "de" and tt.text[j + 1] in {"la", "La"} else 1
    else:
        return 0
    if j >= n or j in covered or not _capitalised(tt, j) or set(range(i, j)) & covered:
        return 0
    if tt.text[j - 1] in {"de", "du", "la", "d'", "d’"} and is_known_place(tt.text[j]):
        return 0
    return j + 1


def apposed_to_noun(tt: Tokens, k: int) -> bool:
    """A noun phrase ends at ``k`` that is no circumstance ("une fille", not "Sur le marché")."""
    if tt.pos[k] != "NOUN":
        return False
    while k > 0 and tt.pos[k - 1] in {"DET", "ADJ", "NOUN"}:
        k -= 1
    return k == 0 or tt.pos[k - 1] != "ADP"


def is_first_name(word: str) -> bool:
    return fold(word) in first_names()


def person_spans(sdoc: Doc, spans: list[Span]) -> tuple[list[Span], set[int]]:
    """``spans`` with place/organisation names introduced as persons retyped PER, and persons
    introduced so that the tagger left out added (untagged names of one to three capitalised
    words); with the starts of all the names so introduced (no later relabelling makes them places)."""
    tt = tokens(sdoc)
    cap = capitalised(tt)
    out = []
    introduced: set[int] = set()
    covered: set[int] = set()
    for s in spans:
        covered.update(range(s.start, s.end))
        if s.label_ in RETYPED and len(s) <= 3 and all(cap[s.start : s.end]):
            lone = len(s) == 1 and is_first_name(s.text)
            if _introduced(tt, s.start, s.end, lone or len(s) > 1, org=s.label_ == "ORG" and not lone):
                s = Span(sdoc, s.start, s.end, label="PER")
                introduced.add(s.start)
        out.append(s)
    n = len(tt.text)
    pos = tt.pos
    at = 0  # where the walk is: a name found ends it further on
    # the capitalised words neither covered nor function words, in order: where a name may start
    for i in (k for k, c in enumerate(cap) if c and k not in covered and pos[k] not in NO_NAME_START):
        if i < at:
            continue
        end = i + 1
        while end < n and end - i < 3 and end not in covered and cap[end] and tt.space[end - 1]:
            end += 1
        first = is_first_name(tt.text[i])
        if first and (whole := particle_name_end(tt, i, covered)):
            out.append(Span(sdoc, i, whole, label="PER"))  # "Marine Le Pen", "Loïc de la Mornais"
            introduced.add(i)
            at = whole
            continue
        words = range(i, end)
        proper = all(pos[k] == "PROPN" for k in words)
        if (first or proper) and _introduced(tt, i, end, first):
            out.append(Span(sdoc, i, end, label="PER"))
            introduced.add(i)
        at = end
    return sorted(out, key=lambda s: s.start), introduced
