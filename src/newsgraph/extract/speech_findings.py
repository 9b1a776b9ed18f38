"""What comes out of a document: "Les jeunes lisent moins. C'est ce qui ressort d'une étude de
l'Ined", "…, c'est ce qui se dégage du rapport", "Il ressort de l'enquête que …", "Ce qui ressort du
sondage, c'est que …". The verb is no verb of saying ("ressortir", "se dégager", "émerger",
"découler", "transparaître"): the document it comes out of is the speaker, and the words are the
sentence before the cleft, the clause before its comma, or the "que" clause after it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.prepositions import DE_FORMS as SOURCE_CASES
from newsgraph.extract.speaker_nouns import figure_nouns, finding_nouns, singular
from newsgraph.extract.speech_cleft import cest_ce_que_content
from newsgraph.extract.speech_common import (
    MIN_CONTENT_WORDS,
    Candidate,
    inside,
    strip_final_punct,
    verb_report,
    words,
)
from newsgraph.extract.speech_lexicon import document_nouns
from newsgraph.extract.speech_quotes import doc_quotes, trim
from newsgraph.extract.tokens import tokens

FINDING_VERBS = frozenset({"ressortir", "dégager", "émerger", "découler", "transparaître"})
"""Verbs of what comes out of a text ("ressortir de", "se dégager de"); "dégager" only reflexive."""
REFLEXIVE_ONLY = frozenset({"dégager"})
REFLEXIVES = frozenset({"se", "s'", "s’"})
SOURCE_DEPS = frozenset({"obl:arg", "obl:mod", "obl"})

CEST_CE_QUI_RE = re.compile(r"^\W*(?:c['’]est|voilà) (?:ce|cela|ça) qui\b", re.IGNORECASE)
"""A sentence that gives the one before to a document: "C'est ce qui ressort de l'étude"."""
CEST_CE_QUI_TAIL_RE = re.compile(
    r"(?:,[\w\s,]{0,20}?|(?<=[.!?…])['’\"»”]?\s+)(?:c['’]est\s+(?:\w+\s+){0,3}?|voilà\s+)"
    r"(?:ce|cela|ça)\s+qui\s+(?:(?:se|s['’])\s*)?$",
    re.IGNORECASE,
)
"""The clause before ", c'est ce qui ressort de X", ", c'est en tout cas ce qui se dégage de X"."""
CEST_QUE_RE = re.compile(r",\s*c['’]est\s+qu(?:e\b|['’])", re.IGNORECASE)
"""What "Ce qui ressort de X" announces: ", c'est que …"."""
IMPERSONAL = frozenset({"il"})
ANNOUNCE_REACH = 160  # characters from the document to its ", c'est que"


def finding_candidates(ctx: DocContext) -> list[Candidate]:
    """Statements of a document something comes out of (module docstring)."""
    doc = ctx.sdoc
    table = tokens(doc)  # the Doc's columns, read once for every stage: no Token made per word
    found = [i for i, lem in enumerate(table.lemma_lower) if lem in FINDING_VERBS and table.pos[i] == "VERB"]
    quotes = doc_quotes(doc) if found else []
    out = []
    for verb in (doc[i] for i in found):
        if inside(quotes, verb.idx):
            continue
        if verb.lemma_.lower() in REFLEXIVE_ONLY and not any(c.lower_ in REFLEXIVES for c in verb.children):
            continue  # "les pompiers dégagent la route"
        source = document_source(verb)
        if source is None:
            continue
        content = finding_content(verb, source)
        if content is None:
            continue
        out.append(verb_report(content, verb, source, "finding"))
    return out


def document_source(verb: Token) -> Token | None:
    """The document the verb's "de" complement names ("ressort de l'étude", "des chiffres de
    l'Insee"), or None."""
    for c in verb.children:
        if c.dep_ not in SOURCE_DEPS or c.i < verb.i or c.pos_ != "NOUN":
            continue
        if not any(k.dep_ == "case" and k.lower_ in SOURCE_CASES for k in c.children):
            continue
        if c.lemma_.lower() in document_nouns() or singular(c) in figure_nouns() | finding_nouns():
            return c
    return None


def finding_content(verb: Token, source: Token) -> tuple[int, int] | None:
    """The words that come out of the document: a "que" clause after an impersonal "il ressort de X",
    the clause after ", c'est que" of "Ce qui ressort de X", else what a cleft gives back."""
    doc, text = verb.doc, doc_text(verb.doc)
    sent = verb.sent
    if any(c.dep_.startswith("expl") and c.lower_ in IMPERSONAL and c.i < verb.i for c in verb.children):
        que = next((t for t in doc[source.i + 1 : sent.end] if t.lower_ in {"que", "qu'", "qu’"}), None)
        span = (que.idx, sent.end_char) if que is not None else None
    elif verb.dep_ == "acl:relcl" and verb.head.lower_ == "ce" and verb.head.i == sent.start:
        m = CEST_QUE_RE.search(text, source.idx, min(len(text), source.idx + ANNOUNCE_REACH))
        after = next((t for t in doc[source.i :] if m is not None and t.idx >= m.end()), None)
        if m is None or after is None or any(c in text[source.idx : m.start()] for c in ".!?"):
            return None  # the parse may end the sentence at the comma: the clause's own is the end
        span = (m.end(), after.sent.end_char)
    else:
        return cest_ce_que_content(verb, CEST_CE_QUI_RE, CEST_CE_QUI_TAIL_RE)
    if span is None:
        return None
    content = strip_final_punct(text, trim(text, *span))
    return content if words(text[content[0] : content[1]]) >= MIN_CONTENT_WORDS else None
