"""Nouns of people the tokenizer split at their hyphen: "une aide" "-" "soignante", "le maître" "-"
"nageur", "un sapeur" "-" "pompier", "l'état" "-" "major", "le député" "-" "maire".

spaCy's French tokenizer keeps some compounds whole ("porte-parole", "sous-préfet") and cuts the
others, and the parser then hangs the three pieces anywhere: the subject of "raconte" may be the
hyphen, "Selon l'état-major" may govern "état" alone. A speaker read from one piece is cut
("maître", "sage", "député-") or lost (the hyphen or "état" names no one). The whole word is what
``roles.txt`` lists and what speaks: its last piece stands for it as the head (``is_role`` and
``np_span`` join the pieces before a head), and its determiner is whichever piece the parser gave
it to. Only lowercase compounds are concerned: a split proper name ("Jean-Pierre") is the tagger's.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.entities import is_role, np_span
from newsgraph.extract.speaker_nouns import speaker_kind

MAX_PIECES = 4  # "lieutenant-colonel", "commissaire-priseur", rarely more than two words


def compound_bounds(tok: Token) -> tuple[int, int]:
    """The first and last token indices of the hyphenated word ``tok`` is a piece of: word pieces
    glued to bare "-" tokens ("aide" "-" "soignante"); ``(tok.i, tok.i)`` when it is none. An
    inverted clitic ("-t-il") is a token of its own that starts with its hyphen, not a bare one."""
    doc = tok.doc

    def hyphen(i: int) -> bool:
        return (
            0 <= i < len(doc) and doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_
        )

    def word(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text.isalpha()

    first = last = tok.i
    if tok.text == "-" and hyphen(tok.i) and word(tok.i - 1) and word(tok.i + 1):
        first, last = tok.i - 1, tok.i + 1
    elif not word(tok.i):
        return tok.i, tok.i
    while hyphen(first - 1) and word(first - 2) and last - first < 2 * MAX_PIECES:
        first -= 2
    while hyphen(last + 1) and word(last + 2) and last - first < 2 * MAX_PIECES:
        last += 2
    return first, last


def compound_head(tok: Token) -> Token:
    """The last piece of a lowercase hyphenated noun of people the tokenizer split, standing for
    the whole word ("soignante" of "aide-soignante"), else ``tok`` itself."""
    first, last = compound_bounds(tok)
    if first == last:
        return tok
    doc = tok.doc
    if any(doc[k].text[:1].isupper() for k in range(first, last + 1, 2)):
        return tok  # a name ("Jean-Pierre", "Sri-Lankais"): the tagger's business
    end = doc[last]
    if end.pos_ not in {"NOUN", "ADJ", "PROPN", "VERB"}:
        return tok
    return end if is_role(end) or speaker_kind(end) is not None else tok


def compound_determiner(tok: Token) -> Token | None:
    """The determiner of a (possibly split) noun: a child of any of its pieces, before it."""
    first, last = compound_bounds(tok)
    doc = tok.doc
    for k in range(first, last + 1):
        det = next((c for c in doc[k].children if c.dep_ == "det" and c.i < first), None)
        if det is not None:
            return det
    return None


def compound_span(head: Token) -> Span:
    """The noun phrase of a (possibly split) noun: the phrases of all its pieces, from the first
    piece's modifiers to the last one's complements ("sage-femme de la maternité")."""
    first, last = compound_bounds(head)
    spans = [np_span(head.doc[k]) for k in range(first, last + 1, 2)]
    start, end = min(s.start for s in spans), max(s.end for s in spans)
    return head.doc[start : stranded_adjectives(head, end)]


def stranded_adjectives(head: Token, end: int) -> int:
    """The end of a subject phrase past the adjectives the parser cut from it and made a second
    subject of the same verb: "le président du troisième constructeur [automobile américain] a
    annoncé" (``automobile`` an adjective subject, ``américain`` hung on it). Only adjectives right
    after the phrase, a subject and its own dependents, up to the verb's words."""
    doc = head.doc
    if head.dep_ != "nsubj" or end >= len(doc):
        return end
    first = doc[end]
    if first.pos_ != "ADJ" or first.dep_ != "nsubj" or first.head.i != head.head.i or first.i > head.head.i:
        return end
    k = end
    while k < len(doc) and doc[k].pos_ == "ADJ" and (doc[k].i == first.i or doc[k].head.i == first.i):
        k += 1
    return k


def split_word(tok: Token) -> bool:
    """A piece of a hyphenated word the tokenizer split."""
    first, last = compound_bounds(tok)
    return first < last
