"""Reported words that run on into a quotation read as a statement of its own: "Le président
dénonce une invasion et menace de « sanctions … »", "Il a demandé de faire le maximum, « mais aussi
de … »". The reported reading stops where its own words stop (before the comma or the "et" that
leads to the quotation), so the two speech acts give two statements; otherwise the reported words,
overlapping the quotation, were dropped as a second reading of it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_common import MIN_CONTENT_WORDS, strip_final_punct, words
from newsgraph.extract.speech_quotes import QUOTE_CHARS, trim

# The last boundary of a clause or a coordination before the quotation, and at most a few words
# after it ("et menace de", ", mais aussi", ", en rappelant que").
LEAD_IN_RE = re.compile(r"(?:[,;]|\s(?:et|mais|puis)\s)(?:[^\W\d_]+['’]?\s*){0,4}$")
# A quotation after a bare comma is another speech act only when it opens with a conjunction
# ("…, « mais aussi de … »"); otherwise it qualifies the words before ("une décision injuste,
# « prise sans concertation »").
CONJUNCTION_RE = re.compile(r"\s*(?:mais|et|puis|ou|car|donc|ainsi que|tout en)\b", re.IGNORECASE)


def another_act(text: str, lead: str, quote_start: int) -> bool:
    """The words between the reported words and the quotation (``lead``, from a comma, a
    semicolon or a conjunction on) lead to another speech act, not to a qualification."""
    if lead.strip() not in {",", ";"}:
        return True
    return CONJUNCTION_RE.match(text, quote_start) is not None


def before_quote(text: str, content: tuple[int, int], quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """The reported words before a quotation (one of ``quotes``, read as a statement) that opens
    inside them and ends with them or after; the content unchanged when none does, or when the
    words before it are too few to stand alone."""
    start, end = content
    for qs, qe in quotes:
        if not (start < qs < end and qe >= end - 1):
            continue
        lead = text[start:qs].rstrip(QUOTE_CHARS + " ")
        m = LEAD_IN_RE.search(lead)
        if m is None or not another_act(text, m.group(), qs):
            return content
        clipped = strip_final_punct(text, trim(text, start, start + m.start()))
        return clipped if words(text[clipped[0] : clipped[1]]) >= MIN_CONTENT_WORDS else content
    return content


def own_words_before_quote(
    verb: Token, content: tuple[int, int], rule: str, quotes: list[tuple[int, int]]
) -> bool:
    """A speech verb whose quotation was read as a statement still says something of its own when
    its reported words end before that quotation, later in its sentence: "a demandé à ses
    ministres de faire le maximum, « mais aussi de … », conclut-elle"."""
    if rule in {"incise", "comme", "cest-ce-que"}:
        return False
    sent_end = verb.sent.end_char
    quote = next((q for q in quotes if verb.idx < q[0] < sent_end), None)
    text = doc_text(verb.doc)
    if quote is None or content[1] > quote[0]:
        return False
    between = text[content[1] : quote[0]].rstrip(QUOTE_CHARS + " ")
    # a colon makes the quotation the words announced ("évoquant des frappes : « … »"), not others
    return (
        not between.endswith(":")
        and another_act(text, between, quote[0])
        and words(text[content[0] : content[1]]) >= MIN_CONTENT_WORDS
    )
