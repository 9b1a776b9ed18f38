"""The opening of a report, counted in the sentences a reader sees: the parser cuts a sentence at
a hyphen glued between two words ("Les stations | -services sont prises d'assaut"), and such a
piece is no sentence of its own, so the lead's place ("une station-service de Bordeaux") must not
fall out of the report's first sentences because a compound word cut them into more pieces."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsgraph.extract.context import doc_text
from newsgraph.extract.event_scenes import LEAD_SENTENCES, sentences

ENDS = frozenset('.!?…»"')
"""What ends a sentence a reader sees (a closing quotation mark after its full stop)."""

OPENING_KEY = "newsgraph.opening_sentences"


def opening(sdoc: Doc, count: int = LEAD_SENTENCES) -> list[Span]:
    """The parser's sentences that make up the report's first ``count`` sentences: a piece that
    follows one ending with no full stop, or that begins with a hyphen, continues the sentence
    before it (found once per document: every event of a report asks)."""
    found: list[Span] | None = sdoc.user_data.get(OPENING_KEY)
    if found is None:
        found, seen = [], 0
        for span in sentences(sdoc):
            if not found or not continues(found[-1], span):
                seen += 1
            if seen > count:
                break
            found.append(span)
        sdoc.user_data[OPENING_KEY] = found
    return found


def continues(before: Span, span: Span) -> bool:
    """Whether ``span`` goes on with the sentence ``before``: it begins with a hyphen, or with a
    lowercase word after a piece with no full stop (a cut in the middle of a word or clause); not
    a sentence after a headline with no full stop, which begins with a capital."""
    text = doc_text(span.doc)  # sliced, not ``Span.text`` joined again from every token
    last = text[before.start_char : before.end_char].rstrip()
    first = text[span.start_char : span.end_char].lstrip()
    return first[:1] in HYPHENS or (bool(last) and last[-1] not in ENDS and first[:1].islower())


HYPHENS = frozenset("-‑")
