"""What the statement rules share: the speech verb lexicon, the candidate record, and small
helpers over the text and the parse (tokens at offsets, clause spans, lines in capitals)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract.context import token_starts
from newsgraph.extract.speech_lexicon import (
    form_lemma,
    multiword_head_forms,
    multiword_heads,
    speaks_here,
    speech_verb,
    speech_verbs,
)
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.speech_speakers import Speaker
from newsgraph.extract.speech_subjects import PRONOUNS_PL, PRONOUNS_SG
from newsgraph.extract.tokens import indexes_among, tokens

_WORDS = lexicons.tagged("statement_words.tsv")
_PRONOUNS = lexicons.tagged("pronouns.tsv")
RELATIVE_PRONOUNS = frozenset().union(*(ws for tag, ws in _PRONOUNS.items() if tag.startswith("relative_")))
CLAUSE_DEPS = {"ccomp"}
INFINITIVE_DEPS = {"xcomp"}
OBJECT_DEPS = {"obj"}
CLITICS = PRONOUNS_SG | PRONOUNS_PL
MIN_QUOTE_WORDS = 4
MIN_CONTENT_WORDS = 3
WORD_RE = re.compile(r"\w+")


def speech_frames(tok: Token) -> frozenset[str]:
    """The frames of a speech verb token (grade 2 or more in the graded lexicon) used as an act of
    speech of its clause (see ``speech_lexicon.speaks_here``), or an empty set. Answered once per
    token (the rules ask of the same verbs again and again: around each quote, each clause)."""
    memo: dict[int, frozenset[str]] = tok.doc.user_data.setdefault(FRAMES_MEMO, {})
    found = memo.get(tok.i)
    if found is None:
        found = memo[tok.i] = _speech_frames(tok)
    return found


FRAMES_MEMO = "newsgraph.speech_frames"


VERBAL_POS = frozenset({"VERB", "AUX"})
"""The parts of speech of an act of speech. (A noun or adjective whose tag said VERB was once let
through too; the tag is the part of speech copied (``pos_tags``), so that test never held.)"""


def _speech_frames(tok: Token) -> frozenset[str]:
    if tok.pos_ not in VERBAL_POS:
        return frozenset()
    entry = speech_verb(tok)
    if entry is None or entry.grade < 2 or not speaks_here(tok):
        return frozenset()
    return entry.frames


@lru_cache(maxsize=65536)
def may_be_speech_verb(lemma: str, text: str) -> bool:
    """Whether ``speech_verb`` can find an entry for a token of this lemma and form, whatever its part
    of speech, ``any_pos`` or reflexive: its lemma or form heads a multi-word verb, its lemma is a verb
    of the lexicon, or its form is one (cached by word: most words are no speech verb)."""
    lem, lex = lemma.lower(), speech_verbs()
    if lem in multiword_heads() or text.lower() in multiword_head_forms():
        return True
    if lex.get(lem.removeprefix("s'").removeprefix("se ")):
        return True
    bare = form_lemma(text)
    return bare is not None and bool(lex.get(bare))


SPEECH_FORMS = "newsgraph.speech_forms"


def speech_verb_forms(doc: Doc) -> list[int]:
    """The indexes of the tokens ``speech_verb`` may answer for (``may_be_speech_verb``), found once
    per Doc from the token table: the rules that look for speech verbs over the whole document walk
    these (about one token in ten) instead of making every token."""
    found: list[int] | None = doc.user_data.get(SPEECH_FORMS)
    if found is None:
        table = tokens(doc)
        found = doc.user_data[SPEECH_FORMS] = list(  # map: the cached test called without a loop's frame
            compress(range(len(table)), map(may_be_speech_verb, table.lemma, table.text))
        )
    return found


def words_among(doc: Doc, forms: Collection[str]) -> Iterator[Token]:
    """The tokens whose lowercase form is one of ``forms``, in order, read from the token table (the
    others are never made)."""
    return (doc[i] for i in indexes_among(doc, forms))


@dataclass
class Candidate:
    """A statement before its speaker is resolved."""

    content: tuple[int, int]
    direct: bool
    cue: str
    cue_token: Token | None
    speaker_head: Token | None = None  # resolved with speaker_from_head
    speaker: Speaker | None = None  # already known
    continuation: bool = False  # a quote continuing the previous speaker's words
    position: int = 0  # where the attribution is, for pronoun resolution order
    quote: tuple[int, int] | None = None
    extra_evidence: tuple[int, int] | None = None
    rule: str = ""
    uses: set[int] = field(default_factory=set)  # token indexes of speech verbs this consumed
    relayed_by: Candidate | None = None  # the correspondent's quote this one displaced (relayed_speech)


def verb_quote(
    content: tuple[int, int], quote: tuple[int, int], verb: Token, head: Token | None, rule: str
) -> Candidate:
    """A direct quote a speech verb attributes: the verb is the cue and the position, its subject
    (or inverted subject) ``head`` the speaker to resolve."""
    return Candidate(
        content,
        True,
        verb.lemma_.lower(),
        verb,
        speaker_head=head,
        position=verb.idx,
        quote=quote,
        rule=rule,
        uses={verb.i},
    )


def verb_report(
    content: tuple[int, int], verb: Token, head: Token | None, rule: str, cue: str | None = None
) -> Candidate:
    """Indirect words a speech verb reports: the verb is the cue token and the position, its subject
    ``head`` the speaker to resolve; ``cue`` when the cue is not the verb's lemma (a multiword entry,
    a stance phrase, "voir" for "X y voit …")."""
    return Candidate(
        content,
        False,
        cue if cue is not None else verb.lemma_.lower(),
        verb,
        speaker_head=head,
        position=verb.idx,
        rule=rule,
        uses={verb.i},
    )


@lru_cache(maxsize=1024)
def words(text: str) -> int:
    """The words of ``text``, counted once per text: the rules count the same quotes and contents
    again, one after another (three counts in four are repeats; a long quote's takes ~8 us)."""
    return len(WORD_RE.findall(text))


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering ``char``, else the first token starting after it."""
    starts = token_starts(doc)
    i = bisect_right(starts, char) - 1
    if i >= 0 and char < starts[i] + len(doc[i]):
        return doc[i]
    return doc[i + 1] if i + 1 < len(doc) else None


def inside(spans: list[tuple[int, int]], char: int) -> tuple[int, int] | None:
    for s, e in spans:  # a loop, not a generator: called for every token by several rules
        if s <= char < e:
            return s, e
    return None


ASCII_LOWERCASE = tuple("abcdefghijklmnopqrstuvwxyz")
"""Letters ``str.isupper`` says no to: counted with ``str.count`` (26 scans from C), a line of prose
is told from a line in capitals without a test per character."""


@lru_cache(maxsize=1024)
def is_shouting(text: str) -> bool:
    """A line in capitals (a related-article link or a kicker), parsed badly by the model."""
    lowercase = sum(map(text.count, ASCII_LOWERCASE))  # letters that are not capitals, at least
    if 5 * lowercase >= len(text):  # prose: capitals can be at most four times as many (not > 0.8)
        return False
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 12 and sum(map(str.isupper, letters)) / len(letters) > 0.8


@lru_cache(maxsize=4)
def shouting_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the lines in capitals, computed once per document (a TV report is one long line:
    testing the line of every verb again made extraction quadratic)."""
    spans, start = [], 0
    for line in text.split("\n"):
        if is_shouting(line):
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return tuple(spans)


def in_shouting_line(text: str, char: int) -> bool:
    spans = shouting_lines(text)
    return bool(spans) and any(s <= char <= e for s, e in spans)


def clause_span(head: Token) -> tuple[int, int]:
    """Character span of a token's subtree, without edge punctuation."""
    toks = [t for t in head.subtree]
    while toks and ((toks[0].is_punct and toks[0].text not in QUOTE_MARKS) or toks[0].is_space):
        toks = toks[1:]
    while toks and ((toks[-1].is_punct and toks[-1].text not in QUOTE_MARKS) or toks[-1].is_space):
        toks = toks[:-1]
    if not toks:
        return head.idx, head.idx + len(head)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def sentence_bounds(tok: Token) -> tuple[int, int]:
    sent = tok.sent
    return sent.start_char, sent.end_char


def verb_group_start(verb: Token) -> Token:
    """The first token of a verb with its auxiliaries and clitics ("a-t-il déclaré" -> "a")."""
    first = verb
    for child in verb.children:
        if child.i < first.i and (
            child.dep_.startswith("aux")
            or child.lower_ in CLITICS
            or child.text in {"-t"}
            or (child.dep_ in {"advmod", "expl:comp", "expl:pv"} and child.i >= verb.i - 3)
        ):
            first = child
    return first


def inverted_clitic(verb: Token) -> Token | None:
    """The inverted subject pronoun of "a-t-il déclaré", "dit-elle"."""
    doc = verb.doc
    for tok in doc[max(0, verb.i - 3) : min(len(doc), verb.i + 3)]:
        if tok.text.startswith("-") and tok.lower_ in CLITICS:
            return tok
    return None


def strip_final_punct(text: str, span: tuple[int, int]) -> tuple[int, int]:
    s, e = span
    while e > s and text[e - 1] in ".;:!?, ":
        e -= 1
    return s, e
