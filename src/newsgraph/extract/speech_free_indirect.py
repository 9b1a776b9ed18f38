"""Free indirect speech across sentences: a TV report introduces someone in one sentence and gives
their words in the next, with no verb of saying ("Les infirmières n'en peuvent plus. « On travaille
sans relâche depuis des mois. »", "Le maire reste inquiet. « … »"). The quote is a sentence of its
own, with no incise after it; the sentence before has for subject someone who can speak, a role, a
group of people or an institution (``speech_incises.introduced_quote_candidates`` reads the sentence
before with a verb of saying, and a named person's)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.attribution import can_speak_noun
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import Candidate, inside, token_at, words
from newsgraph.extract.speech_incises import is_fragment
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_subjects import in_prepositional_phrase, subject_of

MIN_QUOTE_WORDS = 4
SPEAKING_LABELS = {"PER", "ORG", "GROUP", "ANON"}


def introducing_subject(ctx: DocContext, sent: Span) -> Token | None:
    """The subject of the sentence before a quote when it can be the quote's speaker: a noun of a
    role, of people or an institution, or a name, subject of the sentence's main predicate and at
    its head (not a pronoun, not inside a prepositional phrase, not after a fronted complement)."""
    root = sent.root
    if root.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"}:
        return None
    head = subject_of(root)
    if head is None or head.pos_ == "PRON" or not sent.start <= head.i < root.i:
        return None
    if in_prepositional_phrase(head) or "\n" in doc_text(sent.doc)[head.idx : root.idx]:
        return None
    named = any(m.label in SPEAKING_LABELS for m in ctx.mentions_at(head.idx))
    return head if named or can_speak_noun(head) else None


def previous_sentence_before(doc_sent_start: int, tok: Token) -> Span | None:
    """The sentence before the one that opens at ``doc_sent_start`` (quote marks and spaces skipped)."""
    doc = tok.doc
    j = doc_sent_start - 1
    while j >= 0 and (doc[j].text in QUOTE_MARKS or doc[j].is_space):
        j -= 1
    if j < 0 or "\n" in doc[j + 1].text or "\n" in doc[j].text:
        return None
    return doc[j].sent


def free_indirect_candidates(
    ctx: DocContext, quotes: list[tuple[int, int]], handled: set[tuple[int, int]]
) -> list[Candidate]:
    """Quotes that make a sentence of their own, introduced by the subject of the sentence before."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for qs, qe in quotes:
        if (qs, qe) in handled:
            continue
        cs, ce = trim(text, qs, qe)
        if words(text[cs:ce]) < MIN_QUOTE_WORDS or is_fragment(text, qs):
            continue
        if grammar.incise_after_quote(doc, qe) is not None or not closes_sentence(text, qe):
            continue
        tok = token_at(doc, qs)
        if tok is None or tok.sent.start == 0:
            continue
        prev = previous_sentence_before(min(tok.sent.start, tok.i), tok)
        if (
            prev is None
            or prev.end_char > qs
            or inside(quotes, prev.start_char)
            or inside(quotes, prev.end_char - 2)
        ):
            continue
        if prev.text.rstrip().endswith(("?", ":")):
            continue  # a question is answered, a colon is read by the colon rule
        if quote_shortly_before(text, quotes, prev.start_char, qs):
            continue  # in a run of quotes the one after a remark continues the last speaker's
        head = introducing_subject(ctx, prev)
        if head is None:
            continue
        out.append(
            Candidate(
                (cs, ce),
                True,
                "dire",
                prev.root,
                speaker_head=head,
                position=qs,
                quote=(qs, qe),
                rule="quote-free-indirect",
            )
        )
    return out


def closes_sentence(text: str, qe: int) -> bool:
    """Nothing but a full stop follows the quote before the next sentence or the line's end."""
    rest = text[qe + 1 : qe + 5].lstrip(" \u00a0")  # after the closing mark
    return not rest or rest[0] in ".!?\n…" or rest[0].isupper()


RUN_WINDOW = 300  # characters before the introducing sentence where a quote makes a run of quotes
SAID_WORDS = 3  # a quote of fewer words ("« 20 heures »") is taken for a title


def quote_shortly_before(text: str, quotes: list[tuple[int, int]], start: int, qs: int) -> bool:
    """Another quote of words said (not a title, "l'invité du « 20 heures »") ends in the introducing
    sentence or shortly before it, in the same paragraph."""
    para = text.rfind("\n", 0, start) + 1
    return any(max(para, start - RUN_WINDOW) <= e < qs and words(text[s:e]) >= SAID_WORDS for s, e in quotes)
