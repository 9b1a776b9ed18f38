"""The clause a postposed source phrase attributes (rep33): "Des hourras ont résonné sur la place
Rouge, mais la démonstration de force a été sans éclat, selon les experts" gives the experts the
clause beside "selon" ("la démonstration de force a été sans éclat"), not the sentence's first one,
which ``statements.first_clause`` would keep; "Le maire a fait ses comptes, ce sera selon lui moins
cher" gives the mayor the clause that holds the phrase. A clause starts after a comma before a
coordinated clause with its own subject (", mais la démonstration …", ", c'est d'abord …")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.attribution import new_clause_after
from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_common import MIN_CONTENT_WORDS, words
from newsgraph.extract.speech_quotes import trim

OPENERS = frozenset({"et", "mais", "puis", "or", "car"})
"""The coordinator after the comma: the source's words start after it."""
SUBORDINATORS = frozenset({"tandis", "alors", "pendant"})  # "…, alors que …": two words


def source_clause(doc: Doc, content: tuple[int, int], source: Token) -> tuple[int, int]:
    """The part of ``content`` from the last new clause that opens before the source phrase at
    ``source``: the whole of it when no such clause opens, or when what is left is too short."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return content
    start = content[0]
    for i in range(span.start + 1, min(span.end - 1, source.i)):
        if doc[i].text == "," and new_clause_after(doc, i):
            k = i + 1 + (doc[i + 1].lower_ in OPENERS) + 2 * (doc[i + 1].lower_ in SUBORDINATORS)
            start = doc[k].idx if k < len(doc) else start
    if start == content[0] or words(doc_text(doc)[start : content[1]]) < MIN_CONTENT_WORDS:
        return content
    return start, content[1]


def postposed_content(
    doc: Doc, bounds: tuple[int, int], before: str, after: str, source: Token
) -> tuple[int, int]:
    """What a source phrase that does not lead its clause attributes, in the sentence ``bounds``:
    with (almost) nothing after it ("…, selon X."), the clause beside it in the words ``before`` it;
    else ("ce qui, selon X, n'était …") the clause that holds it (``source_clause`` of either)."""
    text = doc_text(doc)
    s_start, s_end = bounds
    whole = trim(text, s_start, s_start + len(before)) if words(after) < 2 else trim(text, s_start, s_end)
    return source_clause(doc, whole, source)


APPRAISAL_POS = frozenset({"ADJ", "ADV"})


def verbless_appraisal(doc: Doc, content: tuple[int, int], s_start: int, source: Token) -> bool:
    """ "Inacceptable, selon les syndicats.", "Trop cher, d'après les clients.": a verbless appraisal of an
    adjective (with its adverbs), the whole sentence before a postposed source phrase, is the
    source's verdict though it has fewer words than a statement needs. A participle counts as an
    adjective ("Inadapté, selon les syndicats"), a finite verb or a noun does not."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or content[0] > s_start or doc_text(doc)[content[1] : source.idx].strip() != ",":
        return False
    kept = [t for t in span if not t.is_punct]
    return any(t.pos_ == "ADJ" or "Part" in t.morph.get("VerbForm", []) for t in kept) and all(
        t.pos_ in APPRAISAL_POS or "Part" in t.morph.get("VerbForm", []) for t in kept
    )


VARIATION = lexicons.tagged("statement_words.tsv")["variation"]
CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "—", "–"})


def depending_on(selon: Token) -> bool:
    """ "Les prix varient selon les régions", "une hausse variable selon les secteurs": after a word
    of variation in its clause (no punctuation between them), "selon X" says what the variation
    follows, not who says so ("La situation a changé, selon le maire" keeps its source)."""
    doc = selon.doc
    for t in reversed(doc[selon.sent.start : selon.i]):
        if t.text in CLAUSE_MARKS:
            return False
        if t.lemma_.lower() in VARIATION or t.lower_ in VARIATION:
            return True
    return False
