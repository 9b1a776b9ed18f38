"""Attributions by "comme": "Comme le rappelle X, …", "…, comme l'a souligné X", "comme il
l'explique, « … »" (used by :mod:`newsgraph.extract.speech_reported`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.attribution_phrases import apposition_end
from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_common import (
    MIN_CONTENT_WORDS,
    sentence_bounds,
    strip_final_punct,
    verb_group_start,
    words,
)
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_quotes import OPENING_MARKS, doc_quotes, trim

COMME_CLITICS = {"le", "l'", "l’", "il", "elle", "ils", "elles", "on"}
DATIVE_CLITICS = frozenset({"nous", "vous", "me", "m'", "m’", "lui", "leur"})
"""Whom X told it ("comme nous l'a expliqué X", "comme me le confie X"): not the speaker, who
follows the verb; with a verb of the third person only ("comme nous l'avons vu" is the newsroom)."""


def dative_clitic(tok: Token, verb: Token) -> bool:
    """``tok`` is an object clitic of whom a third-person speech verb (or its auxiliary) told."""
    finite = next((t for t in verb.doc[tok.i + 1 : verb.i + 1] if t.pos_ in {"AUX", "VERB"}), verb)
    return tok.lower_ in DATIVE_CLITICS and finite.morph.get("Person", []) == ["3"]


def comme_pronoun(verb: Token) -> Token | None:
    """The subject pronoun of "comme il le dit", "comme elle l'a expliqué": the speaker, never a
    noun of the quote that follows."""
    doc = verb.doc
    before = doc[max(0, verb.i - 5) : verb.i]
    comme = next((t for t in reversed(before) if t.lower_ == "comme"), None)
    if comme is None:
        return None
    between = doc[comme.i + 1 : verb.i]
    if not all(t.lower_ in COMME_CLITICS or t.pos_ == "AUX" for t in between):
        return None
    return next((t for t in between if t.lower_ in COMME_CLITICS - {"le", "l'", "l’"}), None)


def quote_after_incise(verb: Token, s_end: int) -> tuple[int, int] | None:
    """The quotation that opens right after the comma closing a "comme" incise ("comme il le dit
    lui-même, « … »"), wherever the incise stands in its sentence."""
    doc = verb.doc
    k = verb.i + 1
    while k < verb.sent.end and (doc[k].pos_ in {"ADV", "PRON"} or doc[k].like_num) and doc[k].text != ",":
        k += 1  # "lui-même", "mardi", "encore"
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].text not in OPENING_MARKS:
        return None
    quote = next((q for q in doc_quotes(doc) if doc[k + 1].idx <= q[0] <= doc[k + 1].idx + 2), None)
    if quote is None or quote[0] > s_end or words(doc_text(doc)[quote[0] : quote[1]]) < MIN_CONTENT_WORDS:
        return None
    return trim(doc_text(doc), *quote)


PAGE_POINTERS = frozenset({"ci-dessus", "ci-dessous", "ci-contre"})
"""What points at the report's own video or pictures: its subject is no source."""


def comme_content(verb: Token) -> tuple[int, int] | None:
    """ "Comme le rappelle X, …" / "…, comme l'a souligné X": the main clause is what X said."""
    doc = verb.doc
    first = verb_group_start(verb)
    j = first.i - 1
    while j >= 0 and (doc[j].lower_ in COMME_CLITICS or dative_clitic(doc[j], verb)):
        j -= 1  # "comme le rappelle X", "comme il l'explique", "comme nous l'a dit X"
    if j < 0 or doc[j].lower_ != "comme":
        return None
    comme = doc[j]
    if any(p in doc[verb.i + 1 : incise_limit(verb)].text.lower() for p in PAGE_POINTERS):
        return None  # "Comme le montre le reportage ci-dessus, …": the page's own pictures tell it
    s_start, s_end = sentence_bounds(verb)
    nl_before = doc_text(doc).rfind("\n", 0, comme.idx) + 1
    s_start = max(s_start, nl_before)
    nl = doc_text(doc).find("\n", verb.idx)
    s_end = min(s_end, nl if nl >= 0 else len(doc_text(doc)))
    quoted = quote_after_incise(verb, s_end)
    if quoted is not None:  # "…, car, comme il l'explique, « … »": the quote after the incise
        return quoted
    if not words(doc_text(doc)[s_start : comme.idx]):  # at the head of the sentence: content after the incise
        comma = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.text == "," and t.idx < s_end), None)
        if comma is None:
            return None
        while (stop := apposition_end(doc, comma.i)) is not None and doc[stop].text == ",":
            comma = doc[stop]  # "Comme l'explique X, cheffe du service, les lits …": the apposition is X's
        content = trim(doc_text(doc), comma.idx + 1, s_end)
        if not has_verb(doc, content):  # "Comme l'explique X, du garage Y, « … »": the quote after it
            return next(
                (trim(doc_text(doc), *q) for q in doc_quotes(doc) if content[0] <= q[0] < content[1]), None
            )
    elif comme.i > 0 and (doc[comme.i - 1].text == "," or clitic_after(comme, verb)):
        # "…, comme l'a souligné X" / "… impuissants comme l'expliquent X": the clitic marks the incise
        after = [t for t in doc[verb.i + 1 : verb.sent.end] if t.idx < s_end]
        comma = next((t for t in after if t.text == ","), None)
        if comma is not None and any(
            t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in after if t.i > comma.i
        ):
            return None  # an incise in the middle: too ambiguous ("…, comme l'a dit X, il faut …")
        before = doc[comme.i - 1]
        content = trim(doc_text(doc), s_start, before.idx + (0 if before.text == "," else len(before)))
    else:
        return None
    content = strip_final_punct(doc_text(doc), content)
    return content if words(doc_text(doc)[content[0] : content[1]]) >= MIN_CONTENT_WORDS else None


def has_verb(doc: Doc, content: tuple[int, int]) -> bool:
    """The words before any quotation mark hold a verb: the clause the incise attributes, not a
    rest of its apposition ("du garage Y, « … »", whose quote is what was said)."""
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return False
    before = next((t.i for t in span if t.text in OPENING_MARKS or t.text == '"'), span.end)
    return any(t.pos_ in {"VERB", "AUX"} for t in doc[span.start : before])


def clitic_after(comme: Token, verb: Token) -> bool:
    """ "… impuissants comme l'expliquent X", "… suffit comme nous l'a expliqué X": the object
    clitic after "comme" (and whom it was told) marks the incise."""
    nxt = comme.doc[comme.i + 1]
    if dative_clitic(nxt, verb):
        nxt = comme.doc[nxt.i + 1]
    return nxt.lower_ in {"l'", "l’", "le"}


MISREAD_POS = frozenset({"NOUN", "ADJ"})
SUBJECT_OPENERS = frozenset({"DET", "PROPN"})


def comme_misread(verb: Token) -> tuple[tuple[int, int], Token] | None:
    """ "…, comme le recommande le Giec", "…, comme le note la Cour des comptes": a speech verb after
    "comme le" that the tagger read as a noun (its clitic as an article). The words before are what
    the noun phrase after it said: its content and the head of that noun phrase; None otherwise
    ("comme le juge d'instruction", a noun with its complement, is no verb)."""
    doc = verb.doc
    if verb.pos_ not in MISREAD_POS or verb.i < 2 or verb.i + 2 >= verb.sent.end:
        return None
    if doc[verb.i - 1].lower_ not in {"le", "l'", "l’"} or doc[verb.i - 2].lower_ != "comme":
        return None
    entry = speech_verb(verb, any_pos=True)
    if entry is None or entry.grade < 2 or doc[verb.i + 1].pos_ not in SUBJECT_OPENERS:
        return None
    head = next(
        (t for t in doc[verb.i + 1 : min(verb.sent.end, verb.i + 5)] if t.pos_ in {"NOUN", "PROPN"}), None
    )
    rest = doc[verb.i + 1 : verb.sent.end]
    if head is None or any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []) for t in rest):
        return None
    content = comme_content(verb)
    return (content, head) if content is not None else None


def incise_limit(verb: Token) -> int:
    """Where the subject of a "comme" incise must end: at the comma that closes it ("Comme le
    rappelle une étude de l'Insee, les loyers …": "loyers" is no speaker), else 12 words on."""
    doc = verb.doc
    limit = min(len(doc), verb.i + 12)
    return next((t.i for t in doc[verb.i + 1 : limit] if t.text == ","), limit)
