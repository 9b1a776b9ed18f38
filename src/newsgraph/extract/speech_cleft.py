"""Words said before a presentative or a cleft that names their speaker after it: "Les prix vont
grimper. C'est ce qu'a affirmé le ministre", "La crise sera un déclic, c'est ce qu'espère la société",
"…, voilà ce que nous confie X" ("voilà" points back to what was just said; "voici" announces what
follows). Moved out of ``speech_reported`` (round 41), which reads them among its verb candidates."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract import speech_gate
from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_common import MIN_CONTENT_WORDS, verb_group_start, words
from newsgraph.extract.speech_quotes import CLOSING_MARKS, trim
from newsgraph.extract.speech_subjects import postposed_subject

CEST_CE_QUE_RE = re.compile(r"^\W*(?:c['’]est|voilà) (?:ce|cela|ça) qu['’e]", re.IGNORECASE)
"""A sentence that gives the one before to its speaker: "C'est ce qu'a affirmé X", "Voilà ce que nous
confie X" ("voilà" points back to what was just said; "voici" announces what follows)."""


def cest_ce_que_content(
    verb: Token, opener: re.Pattern[str] | None = None, tail: re.Pattern[str] | None = None
) -> tuple[int, int] | None:
    """ "C'est ce qu'a affirmé X", "Voilà ce que nous confie X": the previous sentence is what X said.
    Another relative ("c'est ce qui ressort de X", ``speech_findings``) brings its own ``opener`` and
    ``tail`` patterns."""
    sent = verb.sent
    if speech_gate.GATE and not C_EST.search(doc_text(verb.doc), sent.start_char, sent.end_char):
        return None  # no "c'est" in the sentence: neither reading can match (a cheap test first)
    if any(t.text == ":" for t in verb.doc[verb.i + 1 : sent.end]):
        return None  # "Voilà ce que réclament les syndicats : …": the colon announces what they say
    if not (opener or CEST_CE_QUE_RE).match(sent.text) or verb.i - sent.start > 8:
        return cest_ce_que_inside(verb, tail or CEST_CE_QUE_TAIL_RE)
    if sent.start == 0:
        return None
    prev = verb.doc[sent.start - 1].sent
    start, end = trim(doc_text(verb.doc), prev.start_char, prev.end_char)
    return (start, end) if words(doc_text(verb.doc)[start:end]) >= MIN_CONTENT_WORDS else None


C_EST = re.compile(r"c['’]est|voilà", re.IGNORECASE)  # what both readings hold in the verb's sentence
CEST_CE_QUE_TAIL_RE = re.compile(
    r"(?:,[\w\s,]{0,20}?|(?<=[.!?…])['’\"»”]?\s+)(?:c['’]est\s+(?:\w+\s+){0,3}?|voilà\s+)(?:ce|cela|ça)\s+qu(?:e\s+|['’]\s*)"
    r"(?P<subject>(?:[\w'’-]+\s+){0,5}?(?:vien(?:t|nent)\s+(?:\w+\s+){0,2}?d['’e]\s*))?"
    r"(?:(?:me|m['’]|nous|vous|leur|lui)\s*)?$",
    re.IGNORECASE,
)
"""The clause before ", c'est ce qu'annonce X", ", c'est en tout cas ce qu'affirme X", ", voilà ce
que nous confie X", ", voilà ce que les habitants viennent de me dire" (a subject before "venir de",
the recent past, then the speech verb); or the sentence before, when the parse left "Voilà ce que …"
in the sentence of a quotation it closes ("« ‘…' Voilà ce que nous confie X »")."""


def cest_ce_que_inside(verb: Token, tail: re.Pattern[str]) -> tuple[int, int] | None:
    """ "La crise sera un déclic, c'est ce qu'espère la société": the clause before the comma."""
    text = doc_text(verb.doc)
    start = verb_group_start(verb)
    sent_start = max(verb.sent.start_char, text.rfind("\n", 0, verb.idx) + 1)
    m = tail.search(text, sent_start, start.idx)
    if m is None:
        return None
    content = trim(text, sent_start, m.start())
    return content if words(text[content[0] : content[1]]) >= MIN_CONTENT_WORDS else None


def cleft_subject(doc: Doc, verb: Token) -> Token | None:
    """Who speaks in "c'est ce qu'a affirmé X" / "voilà ce que nous confie X": the subject of "venir
    de" before the verb, else its own subject after it ("l'entourage du ministre", no role noun),
    else the first speaker after it; never past a closing mark, in the incise that closes a quote
    ("« …, voilà ce que nous confie l'entourage », indique la journaliste")."""
    limit = min(len(doc), verb.i + 16)
    limit = next((t.i for t in doc[verb.i + 1 : limit] if t.text in CLOSING_MARKS), limit)
    own = next((c for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i < limit), None)
    if own is not None and own.pos_ in {"NOUN", "PROPN"}:
        return own
    return recent_past_subject(verb) or postposed_subject(doc, verb, limit)


def recent_past_subject(verb: Token) -> Token | None:
    """ "…, voilà ce que les habitants viennent de me dire": the subject of "venir de" (the recent
    past) before the speech verb it governs."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_ != "venir" or head.i >= verb.i:
        return None
    return next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
