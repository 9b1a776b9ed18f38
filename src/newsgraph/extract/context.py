"""What every extraction stage sees of one document."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from functools import wraps
from typing import Concatenate, ParamSpec, TypeVar

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.tokens import tokens
from newsgraph.model import Document, TimeMention


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an actor or a place in one document.

    ``key`` groups the mentions of one entity inside the document (in-article coreference:
    "Volodymyr Zelensky", "Zelensky", "le président ukrainien" share a key); ``name`` is the
    best name the article gives that entity (the full name where one is known).
    """

    start: int
    end: int
    text: str
    label: str  # PER, ORG, GPE, LOC, ANON (anonymous speaker), GROUP (collective), DEMONYM
    key: str
    name: str


PLACE_LABELS = frozenset({"LOC", "GPE"})
"""The mention labels of places (NER's LOC and GPE)."""

MENTION_REACH = 500  # characters: longer than any mention, so a lookup need not look further back


@dataclass(slots=True)
class DocContext:
    document: Document
    sdoc: Doc  # analysed on the cleaned text, which has the same length as document.text
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    offset: int = 0
    """Where ``document.text`` starts in the whole text: a long text is analysed in pieces, each
    ``document`` then being one piece; record ids are made with whole-text offsets."""
    lead: str | None = None
    """The first sentence of the whole text, for pieces after the first (None: this Doc's first)."""
    _index: tuple[list[Mention], list[Mention], list[int]] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        quick_sentences(self.sdoc)

    def _sorted(self) -> tuple[list[Mention], list[int]]:
        """The mentions by start, built once (per-statement scans of every mention were
        quadratic on long documents)."""
        if self._index is None or self._index[0] is not self.mentions:
            ordered = sorted(self.mentions, key=lambda m: (m.start, -m.end))
            self._index = (self.mentions, ordered, [m.start for m in ordered])
        return self._index[1], self._index[2]

    def mentions_within(self, start: int, end: int) -> list[Mention]:
        """Mentions inside the character range, in text order."""
        ordered, starts = self._sorted()
        lo, hi = bisect_left(starts, start), bisect_right(starts, end)
        return [m for m in ordered[lo:hi] if m.end <= end]

    def mentions_at(self, char: int) -> list[Mention]:
        """Mentions covering the character, in text order."""
        ordered, starts = self._sorted()
        lo, hi = bisect_left(starts, char - MENTION_REACH), bisect_right(starts, char)
        return [m for m in ordered[lo:hi] if m.start <= char < m.end]


TEXT_KEY = "newsgraph_text"


def doc_text(doc: Doc) -> str:
    """The analysed text, built once per Doc: spaCy's ``Doc.text`` joins every token each time,
    which made per-candidate slicing quadratic on long documents."""
    text: str | None = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


P = ParamSpec("P")
R = TypeVar("R")


def per_doc(key: str) -> Callable[[Callable[Concatenate[Doc, P], R]], Callable[Concatenate[Doc, P], R]]:
    """Answer ``fn(doc, *args)`` once per Doc and arguments, kept in ``doc.user_data[key]`` (dropped with
    the Doc's other memos by ``pipeline.release``). For a pure function of the Doc and plain values
    (offsets, never a Token: tokens are made afresh at each read) that several rules ask about the
    same places: the incise after each quote is read by four rules."""

    def decorate(fn: Callable[Concatenate[Doc, P], R]) -> Callable[Concatenate[Doc, P], R]:
        @wraps(fn)
        def memo(doc: Doc, /, *args: P.args, **kwargs: P.kwargs) -> R:
            found: dict[Hashable, R] | None = doc.user_data.get(key)
            if found is None:
                found = doc.user_data[key] = {}
            at = (args, tuple(kwargs.items()))  # by value: offsets, words
            if at not in found:
                found[at] = fn(doc, *args, **kwargs)
            return found[at]

        return memo

    return decorate


def per_context(
    key: str,
) -> Callable[[Callable[Concatenate[DocContext, P], R]], Callable[Concatenate[DocContext, P], R]]:
    """Answer ``fn(ctx, *args)`` once per Doc, mention list and arguments, kept in
    ``ctx.sdoc.user_data[key]`` (dropped by ``pipeline.release``; mentions found again start afresh). For
    a pure function of the context's Doc and mentions and of tokens of that Doc (keyed by their index:
    tokens are made afresh at each read) or plain values: the speaker rules ask about the same subject
    heads and pronouns again, one rule after another. A token of another Doc is answered without it."""

    def decorate(fn: Callable[Concatenate[DocContext, P], R]) -> Callable[Concatenate[DocContext, P], R]:
        @wraps(fn)
        def memo(ctx: DocContext, /, *args: P.args, **kwargs: P.kwargs) -> R:
            doc = ctx.sdoc
            at = tuple(a.i if isinstance(a, Token) and a.doc is doc else a for a in args)
            if kwargs or any(isinstance(a, Token) for a in at):
                return fn(ctx, *args, **kwargs)
            held: tuple[list[Mention], int, dict[Hashable, R]] | None = doc.user_data.get(key)
            if held is None or held[0] is not ctx.mentions or held[1] != len(ctx.mentions):
                held = doc.user_data[key] = (ctx.mentions, len(ctx.mentions), {})
            found = held[2]
            if at not in found:
                found[at] = fn(ctx, *args, **kwargs)
            return found[at]

        return memo

    return decorate


def span_text(span: Span) -> str:
    """``span.text`` sliced from the Doc's text made once (``doc_text``), not joined again from the
    span's tokens: the same string, as a span ends at its last token's end."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_starts(doc: Doc) -> list[int]:
    """Character offsets of the tokens, for bisection (the token table's column: do not change it)."""
    return tokens(doc).idx


SENT_STARTS = "newsgraph.sent_starts"


def quick_sentences(doc: Doc) -> None:
    """Make ``Token.sent`` and ``Span.sent`` a bisection over the sentence starts, found once per
    Doc. spaCy's own first checks every token of the Doc for sentence annotation, then walks to
    the sentence's ends (13 µs a call on a news report; the stages ask tens of thousands of
    times). The hooks return the same sentence spaCy would: from the last sentence start at or
    before the (first) token to the next one after it."""
    if "sent" in doc.user_token_hooks or len(doc) == 0 or not doc.has_annotation("SENT_START"):
        return
    doc.user_token_hooks["sent"] = _token_sentence
    doc.user_span_hooks["sent"] = _span_sentence


def _sentence(doc: Doc, i: int) -> Span:
    found: tuple[list[int], dict[int, Span]] | None = doc.user_data.get(SENT_STARTS)
    if found is None:
        found = doc.user_data[SENT_STARTS] = (tokens(doc).sent_starts, {})
    starts, spans = found
    k = bisect_right(starts, i)
    sent = spans.get(k)  # one Span per sentence, made on first use
    if sent is None:
        sent = spans[k] = doc[starts[k - 1] if k else 0 : starts[k] if k < len(starts) else len(doc)]
    return sent


def _token_sentence(token: Token) -> Span:
    return _sentence(token.doc, token.i)


def _span_sentence(span: Span) -> Span:
    return _sentence(span.doc, span.start)


def sentence_before(ctx: DocContext, at: int) -> Span | None:
    """The sentence before the one at character ``at`` (None in the first sentence)."""
    doc = ctx.sdoc
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span[0].sent.start == 0:
        return None
    return doc[span[0].sent.start - 1].sent


def sentence_before_start(ctx: DocContext, at: int) -> int:
    """Where the sentence before the one at ``at`` starts (characters)."""
    prev = sentence_before(ctx, at)
    return 0 if prev is None else prev.start_char
