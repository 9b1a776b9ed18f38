"""Reported speech taken up by a clitic "le" on the speech verb, without quotation marks: the
speaker confirms the clause beside it, before or after.

    Il faudra des mois pour rebâtir l'école, le maire le reconnaît.
    Les prix vont encore monter, les commerçants l'ont annoncé lundi.
    Pourtant, tout le monde le confirme, le nouveau directeur est un homme calme.
    La situation est grave à la centrale, c'est le directeur de l'agence qui le dit.

Only verbs of saying, claiming, announcing and explaining of the graded lexicon (``appeler``,
``prévenir`` take a person as their "le"), with the speaker's noun phrase alone between the comma and
the clitic, and a clause with a finite verb on the other side of the comma.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import (
    MIN_CONTENT_WORDS,
    Candidate,
    in_shouting_line,
    inside,
    speech_verb_forms,
    strip_final_punct,
    verb_report,
    words,
)
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_unquoted import closes_sentence, finite

CLITICS = {"le", "l'", "l’"}
SENSES = {"say", "claim", "announce", "explain", "testify", "predict", "promise"}
SPEAKER_POS = {"NOUN", "PROPN", "PRON"}
PHRASE_POS = SPEAKER_POS | {"DET", "ADJ", "NUM", "ADP"}
SUBORDINATORS = {
    "quand",
    "si",
    "s'",
    "s’",
    "lorsque",
    "lorsqu'",
    "lorsqu’",
    "puisque",
    "comme",
    "dès",
}  # a subordinate: when, not who
SUBJECT_REACH = 6  # tokens of the speaker's noun phrase between the comma and the clitic
CLEFT = ("c'", "c’", "ce")


def clitic_before(verb: Token) -> Token | None:
    """The object clitic "le"/"l'" opening the verb group ("le confirme", "l'ont annoncé")."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "AUX" and doc[k].head.i == verb.i:
        k -= 1
    tok = doc[k] if k >= 0 else None
    if tok is None or tok.lower_ not in CLITICS or tok.pos_ != "PRON":
        return None
    return tok


def speaker_phrase(doc: Doc, start: int, end: int) -> Token | None:
    """The head of the speaker's noun phrase ``doc[start:end]``: its first noun, name or pronoun;
    nothing when the span holds a verb, a subordinator ("Quand le maire l'a dit, …") or a "comme"
    ("comme le dit X" is ``speech_comme``'s)."""
    span = doc[start:end]
    if not 0 < len(span) <= SUBJECT_REACH or any(
        t.pos_ not in PHRASE_POS or t.lower_ in SUBORDINATORS for t in span
    ):
        return None
    return next((t for t in span if t.pos_ in SPEAKER_POS and t.lower_ not in CLITICS), None)


def comma_before(doc: Doc, sent: Span, clitic: Token) -> int | None:
    """The comma that opens the speaker's phrase before the clitic, within its sentence."""
    for k in range(clitic.i - 1, max(sent.start, clitic.i - SUBJECT_REACH - 3) - 1, -1):
        if doc[k].text == ",":
            return k
    return None


def cleft_speaker(doc: Doc, comma: int, clitic: Token) -> Token | None:
    """ ", c'est le directeur de l'agence qui le dit": the noun after "c'est" speaks."""
    if clitic.i - comma < 4 or doc[comma + 1].lower_ not in CLEFT or doc[clitic.i - 1].lower_ != "qui":
        return None
    if doc[comma + 2].lemma_ != "être":
        return None
    return next((t for t in doc[comma + 3 : clitic.i - 1] if t.pos_ in {"NOUN", "PROPN"}), None)


def clause_content(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The clause's characters, when it has a finite verb, enough words and no quotation marks."""
    text = doc_text(doc)
    content = strip_final_punct(text, trim(text, start, end))
    body = text[content[0] : content[1]]
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or words(body) < MIN_CONTENT_WORDS or any(q in body for q in QUOTE_MARKS):
        return None
    if span[0].pos_ in {"SCONJ", "ADP"}:
        return None  # "Quand il est arrivé, le maire l'a dit": when, not what
    return content if any(finite(t) for t in span) else None


def clitic_reading(verb: Token) -> tuple[tuple[int, int], Token] | None:
    """The content and the speaker's head of a speech verb whose "le" takes up the clause beside it."""
    entry = speech_verb(verb)
    if entry is None or entry.sense not in SENSES or "clause" not in entry.frames or entry.pronominal:
        return None
    clitic = clitic_before(verb)
    if clitic is None:
        return None
    doc, sent = verb.doc, verb.sent
    text = doc_text(doc)
    comma = comma_before(doc, sent, clitic)
    line_start = max(sent.start_char, text.rfind("\n", 0, verb.idx) + 1)
    if comma is not None and closes_sentence(doc, verb.i + 1, sent.end):  # "…, le maire le reconnaît."
        head = cleft_speaker(doc, comma, clitic) or speaker_phrase(doc, comma + 1, clitic.i)
        content = clause_content(doc, line_start, doc[comma].idx)
        return (content, head) if content is not None and head is not None else None
    after = verb.i + 1
    if after < sent.end - 1 and doc[after].text == ",":  # "Tout le monde le confirme, …"
        first = comma + 1 if comma is not None else sent.start
        if comma is not None and any(
            t.pos_ not in {"ADV", "CCONJ", "PUNCT"} for t in doc[sent.start : comma]
        ):
            return None  # "Pourtant, …" may open the sentence, nothing else
        head = speaker_phrase(doc, first, clitic.i)
        end = min(
            sent.end_char,
            text.find("\n", verb.idx) if "\n" in text[verb.idx : sent.end_char] else sent.end_char,
        )
        content = clause_content(doc, doc[after + 1].idx, end)
        return (content, head) if content is not None and head is not None else None
    return None


def clitic_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "<clause>, X le confirme." and "X le confirme, <clause>." outside quotes."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for i in speech_verb_forms(doc):
        verb = doc[i]
        if verb.pos_ != "VERB" or inside(quotes, verb.idx) or in_shouting_line(text, verb.idx):
            continue
        found = clitic_reading(verb)
        if found is None:
            continue
        content, head = found
        out.append(verb_report(content, verb, head, "clitic"))
    return out
