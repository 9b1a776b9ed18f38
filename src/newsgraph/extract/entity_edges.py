"""The edges of a name's span mended (issue 17): a name never ends inside a word nor starts or ends
on a quotation mark, a bracket, a slash or a dash.

A span that stops on a piece of a word glued to the rest ("Queen'" of "Queen's", "l’" of
"l’Enseignement", "Boughida-" of "Boughida-Bakour", "eux-" of "eux-mêmes", "c’" of "c’est") is
carried to the word's end when the word belongs to the name (an elided article or preposition, or a
capitalised piece: "Queen's", "Dall'Agnol", "de l’Enseignement"), else cut back before the piece and
the function words left dangling before it ("habitants comme c’" -> "habitants").
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from newsgraph.extract.context import span_text
from newsgraph.extract.tokens import Tokens, tokens

JUNK_RE = re.compile(r"^[\"'’‘`´«»“”„‹›\[\]{}/\\|*_–—−,;:-]+$")
"""A token no name starts or ends with: quotation marks, brackets, slashes, dashes."""
OPENERS = frozenset({"(", "["})
BELONGING_ELISIONS = frozenset({"l'", "l’", "d'", "d’"})
"""Elided article and preposition: the word they are glued to belongs to the name before them."""
VERBAL = frozenset({"VERB", "AUX"})
DANGLING = frozenset({"ADP", "DET", "SCONJ", "CCONJ", "PRON", "PUNCT", "PART"})
"""Function words a name does not end with once the piece of word after them is cut."""


def dangling(tt: Tokens, i: int) -> bool:
    """A short lowercase function word ("de", "comme", "les"; "d’" "c’"): no name ends with one. A
    longer word the tagger calls a preposition is left alone ("Cour suprême")."""
    return tt.pos[i] in DANGLING and tt.text[i].islower() and len(tt.text[i]) <= 5


def is_junk(tt: Tokens, i: int) -> bool:
    """A token made of quotation marks, brackets, slashes, dashes, commas, semicolons or colons only."""
    return bool(JUNK_RE.match(tt.text[i]))


PIECE = frozenset({"'", "’", "-"})
"""How a piece of a word the tokenizer split off ends or the next piece begins."""


def glued(tt: Tokens, i: int) -> bool:
    """Whether the token at ``i`` is followed, without a space, by more of its word ("Queen'" "s",
    "l’" "Enseignement", "eux" "-" "mêmes")."""
    if i + 1 >= len(tt) or tt.space[i]:
        return False
    word, after = tt.text[i], tt.text[i + 1]
    if after[:1] == "-" and tt.pos[i + 1] == "PRON":
        return False  # "Faudra-t-il", "Aviez-vous": an inverted subject, a word of its own
    return (word[-1:] in PIECE and after[:1].isalnum()) or (after[:1] == "-" and after[1:2].isalnum())


def word_start(tt: Tokens, i: int) -> int:
    """Index of the first token of the word the token at ``i`` is a piece of."""
    while i > 0 and not tt.space[i - 1] and (tt.text[i - 1][-1:] in PIECE or tt.text[i][:1] in PIECE):
        i -= 1
    return i


def word_end(tt: Tokens, i: int) -> int:
    """Index past the last token of the word the token at ``i`` is a piece of."""
    while glued(tt, i) or (
        i + 1 < len(tt) and not tt.space[i] and tt.text[i + 1] == "-" and glued(tt, i + 1)
    ):
        i += 1
    return i + 1


ELISION_RE = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’]$", re.I)
"""An elided function word ("l’", "d’", "c’", "qu’", "jusqu’", "J’" at a sentence's start)."""


def belongs(tt: Tokens, piece: int) -> bool:
    """Whether the word begun at ``piece`` belongs to the name ending in it: an elided article or
    preposition before a noun ("de l’Enseignement", not "l’ont"), a capitalised piece ("Queen's",
    "Dall'Agnol"), any other piece but a pronoun's ("eux-mêmes") or an elided pronoun or
    conjunction ("c’est", "jusqu’à", "J’ai")."""
    first = tt.text[piece].lstrip("\"'«“ ")
    if ELISION_RE.match(first):
        after = tt.pos[piece + 1] if piece + 1 < len(tt) else ""
        return first.lower() in BELONGING_ELISIONS and tt.pos[piece] != "PRON" and after not in VERBAL
    if first[:1].isupper():
        return True
    return tt.pos[piece] not in {"PRON", "SCONJ"} | VERBAL


MEASURE_WORDS = frozenset({"%", "pour", "cent", "pourcent", ","})
UNITS = frozenset({"%", "cent", "euros", "euro", "€", "dollars", "$"})
"""The units of a measure by which a thing is raised or cut: a percentage, a sum of money."""


def without_measure(tt: Tokens, end: int, keep: int) -> int:
    """``end`` before a measure the span runs into: "ses 25 employés de 4 %", "une hausse de 3,5 %",
    "de 3 euros" (a complement "de" + number + unit, which names no one)."""
    if end - 1 <= keep or tt.lower[end - 1] not in UNITS:
        return end
    j = end - 2  # before the unit
    while j > keep and (
        tt.pos[j] == "NUM" or tt.text[j].lower() in MEASURE_WORDS or tt.text[j][:1].isdigit()
    ):
        j -= 1
    if j > keep and tt.lower[j] in {"de", "d'", "d’"} and j + 1 < end and tt.text[j + 1][:1].isdigit():
        while j - 1 > keep and tt.pos[j - 1] in {"ADV", "ADP"}:
            j -= 1  # "de plus de 3 %", "près de 600 000 euros": how near, not who
        return j
    return end


def mended(tt: Tokens, start: int, end: int, keep: int | None = None) -> tuple[int, int]:
    """``(start, end)`` of a name's span with its edges mended (never past ``keep``, a token that
    must stay in the span, e.g. a noun phrase's head); ``start == end`` when nothing is left."""
    # a quotation mark or bracket among the leading function words: the name starts after it
    first_content = start
    while first_content < end and (tt.pos[first_content] in DANGLING or is_junk(tt, first_content)):
        first_content += 1
    if keep is not None:
        first_content = min(first_content, keep)
    for i in range(first_content - 1, start - 1, -1):
        if is_junk(tt, i):
            start = i + 1
            break
    end = mended_end(tt, start, end, start if keep is None else keep)
    end = without_pronoun(tt, end, start if keep is None else keep)
    end = without_measure(tt, end, start if keep is None else keep)
    while end > start and is_junk(tt, end - 1) and (keep is None or end - 1 > keep):
        end -= 1
    while end > start and tt.text[end - 1] in OPENERS:
        end -= 1
    while start < end and is_junk(tt, start) and (keep is None or start < keep):
        start += 1
    return start, end


def without_pronoun(tt: Tokens, end: int, keep: int) -> int:
    """``end`` before a pronoun the span ends with ("les infirmiers eux-mêmes", "la ville certaines",
    "en moins pour nous") and the function words it leaves dangling; a pronoun glued to a name
    ("qu'EDF") or in a compound ("qui-vive") is no pronoun of its own."""
    while end - 1 > keep:
        first = word_start(tt, end - 1)
        alone = first == end - 1 or tt.lower[end - 1] in {"même", "mêmes"}
        if first <= keep or tt.pos[first] != "PRON" or not tt.text[first].islower() or not alone:
            break
        end = first
    while end - 1 > keep and dangling(tt, end - 1) and word_start(tt, end - 1) == end - 1:
        end -= 1  # "ministère de l'Économie les déclarations fiscales de"
    return end


def mended_end(tt: Tokens, start: int, end: int, keep: int) -> int:
    """Where a span ending at ``end`` ends once the word it stops inside is completed or cut."""
    n = len(tt)
    for _ in range(4):  # a word completed may be glued to a compound's next part, and so on
        if end <= start or end >= n:
            break
        if glued(tt, end - 1):
            piece = word_start(tt, end - 1)
            if piece <= keep and ELISION_RE.match(tt.text[piece].lstrip("\"'«“ ")) and not belongs(tt, piece):
                return start  # "« J’adore …»": a name that is an elided pronoun is none
            if belongs(tt, piece) or piece <= keep:
                end = word_end(tt, end - 1)
                continue
            end = piece
            while end > max(start + 1, keep + 1) and dangling(tt, end - 1):
                end -= 1
            break
        if tt.text[end - 1][-1:] in {"-", "/"} and len(tt.text[end - 1]) > 1 and tt.text[end][:1].isupper():
            # "Hunga Tonga- Hunga Ha’apai", "Snuipp/ FSU": a compound broken by a stray space
            while end < n and tt.text[end][:1].isupper():
                end = word_end(tt, end)
            continue
        break
    return end


def with_adjectives(tt: Tokens, start: int, end: int) -> int:
    """``end`` past the lowercase adjectives of the capitalised singular common noun an
    organisation's or a place's span ends with ("Conseil" of "le Conseil constitutionnel", "Cour
    suprême", "Banque centrale européenne"): the capital makes the noun an institution's name, its
    adjectives are part of that name; a participle or an adjective of another number is a predicate
    ("le Kazakhstan privilégiés"), a plural noun no institution ("des Canadair grecs")."""
    last = end - 1
    if end <= start or tt.pos[last] != "NOUN" or not tt.text[last][:1].isupper():
        return end
    doc = tt.doc
    if doc[last].morph.to_dict().get("Number") == "Plur":
        return end
    while end < len(tt) and tt.pos[end] == "ADJ" and tt.dep[end] == "amod" and tt.head[end] == last:
        word = doc[end]
        if not word.text.isalpha() or not word.text.islower() or not tt.space[end - 1]:
            break
        if "VerbForm" in (feats := word.morph.to_dict()) or feats.get("Number") == "Plur":
            break
        end += 1
    return end


def mended_span(span: Span, keep: int | None = None) -> Span | None:
    """``span`` with its edges mended (its label kept), or None when nothing of it is left; an
    organisation or a place is carried past its adjectives (``with_adjectives``)."""
    tt = tokens(span.doc)
    start, end = mended(tt, span.start, span.end, keep)
    if span.label_ in {"ORG", "LOC"}:
        end = with_adjectives(tt, start, end)
    if start >= end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(span.doc, start, end, label=span.label_)


ABBREVIATIONS = frozenset({"jr", "sr", "st", "ste", "cie", "co", "inc", "ltd", "dr", "me", "mme", "mgr"})
"""Abbreviations a name may end with, period and all ("Martin Luther King Jr.", "Smith & Co.")."""


def name_text(span: Span) -> str:
    """The span's text without the sentence's period the tokenizer left on its last token ("s." of
    "Christie's." at a sentence end): a name ends with a period only as an abbreviation's ("Jr.",
    "S.A.", an initial "J.")."""
    text = span_text(span)
    word = span[-1].text
    stem = word[:-1]
    if len(word) < 2 or word[-1] != "." or "." in stem or stem.lower() in ABBREVIATIONS:
        return text
    i = span.end - 1
    piece = i > 0 and not span.doc[i - 1].whitespace_ and span.doc[i - 1].text[-1:] in PIECE
    return text[:-1] if piece or (len(stem) > 1 and stem.isalpha()) else text


def mended_spans(spans: list[Span]) -> list[Span]:
    """Entity spans with their edges mended; a span carried to its word's end takes in the span that
    began inside it ("ministère de l’" + "Enseignement Supérieur")."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        fixed = mended_span(span)
        if fixed is None:
            continue
        if out and fixed.start < out[-1].end:
            last = out[-1]
            if fixed.end > last.end:
                out[-1] = Span(span.doc, last.start, fixed.end, label=last.label_)
            continue
        out.append(fixed)
    return out
