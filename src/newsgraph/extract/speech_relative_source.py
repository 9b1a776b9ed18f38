"""A source given by a relative pronoun after a preposition: "Le ministre, selon qui « on ne fait pas
grève contre le virus », …", "La maire, pour qui la situation reste préoccupante, …". The words are
the relative clause and the speaker its antecedent, the noun phrase before the comma. The readings of
"selon X, …" (``speech_selon``, ``speech_constructions.source_candidates``) take "qui" for the source
and the rest of the sentence for the words; they leave this construction here."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.attribution import can_speak_noun
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import (
    Candidate,
    inside,
    strip_final_punct,
    words,
    words_among,
)
from newsgraph.extract.speech_content_relative import (
    content_relative_candidates,
    selon_lequel,
    with_content_relatives,
)
from newsgraph.extract.speech_quotes import QUOTE_MARKS, doc_quotes, trim

RELATIVE_SOURCE_WORDS = {"selon", "pour"}
MIN_WORDS = 3


def relative_source(tok: Token) -> bool:
    """A relative after "selon" that the readings of "selon X" leave: ", selon qui …", ", pour qui …"
    (read here) and "selon laquelle …" (``speech_content_relative``): no source after "selon"."""
    return relative_who(tok) or selon_lequel(tok)


def relative_who(tok: Token) -> bool:
    """ "selon" or "pour" followed by the relative "qui" after a comma: ", selon qui …"."""
    doc = tok.doc
    return (
        tok.lower_ in RELATIVE_SOURCE_WORDS
        and 2 <= tok.i < len(doc) - 2
        and doc[tok.i + 1].lower_ == "qui"
        and doc[tok.i - 1].text == ","
    )


def antecedent(tok: Token) -> Token | None:
    """The name or the noun of someone who can speak before the comma, at the head of its name
    ("Jean-Michel Blanquer") or of its noun phrase ("La directrice de l'école"); not a thing ("Ce
    dispositif, pour qui veut …")."""
    head = tok.doc[tok.i - 2]
    while head.head.i < head.i and (
        head.dep_.startswith("flat") or (head.dep_ == "nmod" and head.pos_ == "NOUN")
    ):
        head = head.head  # "La directrice de l'école, pour qui …": the directrice
    return head if head.pos_ == "PROPN" or (head.pos_ == "NOUN" and can_speak_noun(head)) else None


def relative_words(tok: Token, quotes: list[tuple[int, int]]) -> tuple[tuple[int, int], bool] | None:
    """What the relative clause says: the quote that opens it, whole, or the clause up to the comma
    where the main clause resumes (or the end of the sentence)."""
    doc, text = tok.doc, doc_text(tok.doc)
    first = doc[tok.i + 2]
    if first.pos_ in {"VERB", "AUX"}:
        return None  # "pour qui veut travailler": "qui" is the subject, no source
    quote = inside(quotes, first.idx + len(first.text)) if first.text in QUOTE_MARKS else None
    if quote is not None:
        return trim(text, *quote), True
    end = tok.sent.end_char
    for t in doc[tok.i + 2 : tok.sent.end]:
        if t.text in {",", ";", ":"} or "\n" in t.text:
            end = t.idx
            break
    return strip_final_punct(text, trim(text, first.idx, end)), False


def relative_source_candidates(ctx: DocContext, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` with the readings of "X, selon qui …" / "X, pour qui …" (the relative clause is X's
    words) and of "<noun> de X selon laquelle …" added (``with_content_relatives``)."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    quotes = doc_quotes(doc)
    out = []
    for tok in words_among(doc, RELATIVE_SOURCE_WORDS):
        if not relative_who(tok) or inside(quotes, tok.idx):
            continue
        head = antecedent(tok)
        found = relative_words(tok, quotes) if head is not None else None
        if found is None or words(text[found[0][0] : found[0][1]]) < MIN_WORDS:
            continue
        content, direct = found
        out.append(
            Candidate(
                content,
                direct,
                tok.lower_,
                tok,
                speaker_head=head,
                position=tok.idx,
                rule="relative-source",
            )
        )
    relatives = out + content_relative_candidates(ctx)  # "la déclaration de X selon laquelle …"
    return with_content_relatives(doc_text(doc), cands, relatives)
