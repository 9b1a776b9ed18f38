"""The "que" that opens a reported clause a few words after a speech verb when the parse did not
hang the clause on the verb; not a "que" of restriction ("ne … que"), of comparison, of an
adverbial subordinator ("pour que"), nor the relative pronoun of the verb's object ("a dénoncé les
agissements de ceux qu'il appelle …"). Used by ``speech_clauses``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_common import speech_frames

NEGATIONS = {"ne", "n'", "n’"}
NEGATION_PARTNERS = {"pas", "jamais", "rien", "point", "guère"}


def following_que(verb: Token) -> Token | None:
    """A "que" introducing the reported clause a few tokens after the verb (parser missed it)."""
    doc = verb.doc
    # "assure n'avoir donné qu'un coup", "ne vouloir qu'une chose": "ne … que" restricts, it opens
    # no clause; "ne dit pas que …" does
    negated = verb.i > 0 and doc[verb.i - 1].lower_ in NEGATIONS
    adverbial = False  # inside "avant que …," whose verb ("reprenne") is no speech of its own
    for tok in doc[verb.i + 1 : min(len(doc), verb.i + 10)]:
        if tok.lower_ in NEGATIONS and not adverbial:  # "avant qu'il ne parte": an expletive "ne"
            negated = True
        elif tok.lower_ in NEGATION_PARTNERS:
            negated = False
        if tok.lower_ in {"que", "qu'", "qu’"} and tok.pos_ in {"SCONJ", "PRON"}:
            if relative_pronoun(verb, tok):
                return None  # "a dénoncé les agissements de ceux qu'il appelle …": the object's relative
            if tok.i > 0 and doc[tok.i - 1].lower_ in COMPOUND_SUBORDINATORS:
                adverbial = True  # "pour que", "avant que": an adverbial clause; a reported "que" may follow
                continue
            return None if negated or compares(verb, tok) else tok
        adverbial = adverbial and tok.text != ","
        if tok.text in {".", ";", "!", "?"} or "\n" in tok.text or (speech_frames(tok) and not adverbial):
            return None
    return None


FREE_RELATIVE_HEADS = {"ce", "c'", "c’", "cela", "ça"}


def relative_pronoun(verb: Token, que: Token) -> bool:
    """A "que" the parse reads as the relative pronoun of a noun or pronoun inside the verb's direct
    object ("a dénoncé les agissements de ceux qu'il appelle …"), not of "ce" ("a dit ce qu'il
    pensait") nor of its addressee ("a dit à la présidente qu'ils …": a "que" clause misread)."""
    rel = que.head
    if que.pos_ != "PRON" or rel.dep_ != "acl:relcl" or rel.head.i == verb.i:
        return False
    antecedent = rel.head
    if not verb.i < antecedent.i < que.i or antecedent.lower_ in FREE_RELATIVE_HEADS:
        return False
    top = antecedent
    while top.head.i != verb.i and top.head.i != top.i:
        top = top.head
    return top.head.i == verb.i and top.dep_ in {"obj", "obl:arg"} and not addressee(top)


def addressee(tok: Token) -> bool:
    """A phrase led by "à": to whom it was said."""
    return any(c.dep_ == "case" and c.lower_ in {"à", "au", "aux"} for c in tok.children)


COMPOUND_SUBORDINATORS = {"pour", "afin", "sans", "avant", "parce", "alors", "tandis", "bien", "dès"}
COMPARATIVES = {"plus", "moins", "aussi", "autant", "davantage", "mieux", "pire", "pis", "plutôt"}


def compares(verb: Token, que: Token) -> bool:
    """A "que" of comparison after the verb ("ne s'attendait pas à la payer plus cher que le prix
    d'origine"): a comparative between them, and no finite verb under the "que"."""
    between = verb.doc[verb.i + 1 : que.i]
    if not any(t.lower_ in COMPARATIVES for t in between):
        return False
    clause = que.head if que.head.i > que.i else None
    return clause is None or "Fin" not in clause.morph.get("VerbForm", [])
