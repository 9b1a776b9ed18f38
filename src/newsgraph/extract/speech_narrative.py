"""The narrative infinitive of reporting: a sentence "Et de + a speech verb" whose words are a quote
("Le maire reconnaît des retards. Et de souligner que « personne ne pouvait prévoir … »", "Et
d'ajouter : « … »"). The infinitive has no subject of its own: the speaker is the subject of the
sentence before, or, when that sentence names none, the speaker of the statement before (the
construction continues what someone was saying)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import Candidate, inside, token_at, words
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_subjects import subject_of

MIN_WORDS = 3
DE = {"de", "d'", "d’"}
QUE = {"que", "qu'", "qu’", ":"}


def narrative_quote_candidates(
    ctx: DocContext, quotes: list[tuple[int, int]], taken: list[Candidate]
) -> list[Candidate]:
    """A quote right after "Et de <speech verb> que" / "Et d'<speech verb> :" opening its sentence,
    unless a candidate of ``taken`` reads it already."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    done = {c.quote for c in taken}
    out = []
    for qs, qe in quotes:
        cs, ce = trim(text, qs, qe)
        tok = token_at(doc, qs)
        if tok is None or (qs, qe) in done or words(text[cs:ce]) < MIN_WORDS:
            continue
        found = narrative_verb(doc, tok.i)
        if found is None:
            continue
        verb, lemma = found
        head = previous_subject(doc, verb.sent, quotes)
        out.append(
            Candidate(
                (cs, ce),
                True,
                lemma,
                verb,
                speaker_head=head,
                continuation=head is None,
                position=qs,
                quote=(qs, qe),
                rule="quote-narrative",
                uses={verb.i},
            )
        )
    return out


def narrative_verb(doc: Doc, i: int) -> tuple[Token, str] | None:
    """The infinitive of "Et de <verb> [que|:]" right before the quote opening at token ``i``."""
    j = i - 1
    while j >= 0 and (doc[j].text in QUOTE_MARKS or doc[j].is_space):
        j -= 1
    if j < 3 or doc[j].lower_ not in QUE:
        return None
    verb = doc[j - 1]
    if "Inf" not in verb.morph.get("VerbForm", []) or doc[j - 2].lower_ not in DE:
        return None
    if doc[j - 3].lower_ != "et" or not sentence_opening(doc, j - 3):
        return None
    entry = grammar.speech_verb(verb, any_pos=True)
    if entry is None or entry.grade < 2 or "clause" not in entry.frames:
        return None
    return verb, entry.lemma.replace("_", " ")


def sentence_opening(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a sentence: after a full stop or at a paragraph's start."""
    k = i - 1
    while k >= 0 and doc[k].is_space and "\n" not in doc[k].text:
        k -= 1
    return k < 0 or doc[k].text in {".", "!", "?", "…"} or "\n" in doc[k].text


def previous_subject(doc: Doc, sent: Span, quotes: list[tuple[int, int]]) -> Token | None:
    """The subject of the main verb of the sentence before ``sent``, outside any quote and not a
    demonstrative ("c'est …"); else None (the speaker of the statement before speaks on)."""
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    subj = subject_of(prev.root)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN", "PRON"} or subj.i < prev.start:
        return None
    if inside(quotes, subj.idx) is not None or subj.lower_ in DEMONSTRATIVES:
        return None  # the subject of a quoted sentence, or "c'" of "c'est"
    return subj


DEMONSTRATIVES = {"ce", "c'", "c’", "cela", "ça", "ceci"}
