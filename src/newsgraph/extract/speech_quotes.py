"""Quotation spans in French news text: « … », “ … ”, "…" (and „…“), over one or several sentences.

A quote is ``(start, end)`` of its words (without the marks). Directional marks nest with a
stack; straight quotes pair in order; an unclosed quote stops at the end of its paragraph.
Only outermost quotes are returned.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from newsgraph.extract.context import doc_text

OPENERS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
"""Each directional opening mark and the mark that closes it (German-style „ … “ closes on “)."""
CLOSERS = {"»", "”", "›"}
OPENING_MARKS = frozenset({*OPENERS, '"'})
"""A mark that can open a quote: « “ „ ‹ and the straight "."""
CLOSING_MARKS = frozenset({*CLOSERS, '"'})
"""A mark that closes a quote in French text: » ” › and the straight " (“ closes only after „)."""
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS
"""Every quotation mark, the one table the rules read (as a string: ``QUOTE_CHARS``)."""
QUOTE_CHARS = "".join(sorted(QUOTE_MARKS))
OPENING_CHARS = "".join(sorted(OPENING_MARKS))
CLOSING_CHARS = "".join(sorted(CLOSING_MARKS))
PARAGRAPH_RE = re.compile(r"\n[ \t]*\n")
MARKS_RE = re.compile("[" + re.escape(QUOTE_CHARS) + "]")
"""The characters ``find_quotes`` acts on: every other character is passed over by the regex engine."""


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph (blocks separated by a blank line or a line break)."""
    spans, start = [], 0
    for m in re.finditer(r"\n", text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def doc_quotes(doc: Doc) -> list[tuple[int, int]]:
    """``find_quotes`` of an analysed text, computed once per Doc."""
    found: list[tuple[int, int]] | None = doc.user_data.get("newsgraph.quotes")
    if found is None:
        found = doc.user_data["newsgraph.quotes"] = find_quotes(doc_text(doc))
    return found


def find_quotes(text: str) -> list[tuple[int, int]]:
    """Outermost quotations as (start, end) of the quoted words.

    >>> t = 'Il a dit « oui ». Puis "non".'
    >>> [t[s:e] for s, e in find_quotes(t)]
    [' oui ', 'non']
    """
    quotes: list[tuple[int, int, int]] = []  # (start, end, depth)
    for p_start, p_end in paragraphs(text):
        stack: list[tuple[str, int]] = []
        straight_open: int | None = None
        for mark in MARKS_RE.finditer(text, p_start, p_end):
            i = mark.start()
            c = text[i]
            if c == '"' and straight_open is None and stack and closes(text, i):
                _, start = stack.pop()  # “ … " : a straight mark closing a curly or angle quote
                quotes.append((start, i, len(stack)))
            elif c in CLOSERS and not stack and straight_open is not None:
                quotes.append((straight_open, i, 0))  # " … ” : a curly mark closing a straight quote
                straight_open = None
            elif c == '"':
                if straight_open is not None:
                    quotes.append((straight_open, i, len(stack)))
                    straight_open = None
                elif lost_opening(text, i):
                    start = sentence_start_before(text, i, max([p_start] + [e + 1 for _, e, _ in quotes]))
                    quotes.append((start, i, len(stack)))  # « Au lieu de … droite", continue-t-il »
                elif not closes(text, i):  # a closing mark with no quote open opens none
                    straight_open = i + 1
            elif c in OPENERS and not (c == "“" and stack and stack[-1][0] == "„"):
                stack.append((c, i + 1))
            elif c in CLOSERS or (c == "“" and stack and stack[-1][0] == "„"):
                if stack:
                    _, start = stack.pop()
                    quotes.append((start, i, len(stack)))
        # unclosed quotes end with the paragraph
        while stack:
            _, start = stack.pop()
            quotes.append((start, p_end, len(stack)))
        if straight_open is not None and p_end - straight_open < 600:
            quotes.append((straight_open, p_end, 0))
    outer = [(s, e) for s, e, _ in quotes if e > s]
    outer.sort(key=lambda q: (q[0], -q[1]))
    result: list[tuple[int, int]] = []
    for s, e in outer:
        if result and s < result[-1][1]:
            continue  # nested inside the previous quote
        result.append((s, e))
    return result


def lost_opening(text: str, i: int) -> bool:
    """A straight mark with no quote open, placed like a closing one and followed by a comma (an
    incise comes): the quote lost its opening mark ('Il faut partir", explique-t-il')."""
    return closes(text, i) and text[i + 1 : i + 2] == ","


def sentence_start_before(text: str, i: int, floor: int) -> int:
    """Where the sentence holding ``i`` starts (after ". ", "! ", "? " or "… " before a capital),
    not before ``floor``."""
    for m in reversed(list(SENTENCE_END_RE.finditer(text, floor, i))):
        return m.end()
    return floor


SENTENCE_END_RE = re.compile(r"[.!?…]\s+(?=[A-ZÀ-Ý«\"“])")


def closes(text: str, i: int) -> bool:
    """The mark at ``i`` is placed like a closing one: after a word, before a blank or punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in ",.;:!?)…")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without surrounding blanks."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def inside_quote(quotes: list[tuple[int, int]], char: int) -> bool:
    """Whether ``char`` lies inside one of the (sorted, outermost) quotes."""
    i = bisect_right(quotes, char, key=lambda q: q[0]) - 1
    return i >= 0 and char < quotes[i][1]
