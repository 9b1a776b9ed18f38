"""The "que" that opens a reported clause a few words after a speech verb when the parse did not
hang the clause on the verb; not a "que" of restriction ("ne … que"), of comparison, of an
adverbial subordinator ("pour que"), nor the relative pronoun of the verb's object ("a dénoncé les
agissements de ceux qu'il appelle …"). Used by ``speech_clauses``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.negation_words import NE, NOT_ADVERBS
from newsgraph.extract.speech_common import speech_frames
from newsgraph.extract.speech_que_misread import misread_completive
from newsgraph.extract.tokens import tokens

# what undoes a restrictive "ne … que": not "plus" ("ne veut plus que la paix" restricts still), and "rien"
NEGATION_PARTNERS = (NOT_ADVERBS - {"plus"}) | {"rien"}


def following_que(verb: Token) -> Token | None:
    """A "que" introducing the reported clause a few tokens after the verb (parser missed it)."""
    doc = verb.doc
    tt = tokens(doc)  # the words read from the table: a Token is made only where a rule needs it
    lower, text = tt.lower, tt.text
    # "assure n'avoir donné qu'un coup", "ne vouloir qu'une chose": "ne … que" restricts, it opens
    # no clause; "ne dit pas que …" does
    negated = verb.i > 0 and lower[verb.i - 1] in NE
    adverbial = False  # inside "avant que …," whose verb ("reprenne") is no speech of its own
    for k in range(verb.i + 1, min(len(doc), verb.i + 10)):
        low = lower[k]
        if low in NE and not adverbial:  # "avant qu'il ne parte": an expletive "ne"
            negated = True
        elif low in NEGATION_PARTNERS:
            negated = False
        if low in QUE_FORMS and tt.pos[k] in {"SCONJ", "PRON"}:
            tok = doc[k]
            if relative_pronoun(verb, tok):
                return None  # "a dénoncé les agissements de ceux qu'il appelle …": the object's relative
            if k > 0 and lower[k - 1] in COMPOUND_SUBORDINATORS:
                adverbial = True  # "pour que", "avant que": an adverbial clause; a reported "que" may follow
                continue
            return None if negated or compares(verb, tok) else tok
        adverbial = adverbial and text[k] != ","
        if text[k] in {".", ";", "!", "?"} or "\n" in text[k] or (speech_frames(doc[k]) and not adverbial):
            return None
    return None


QUE_FORMS = frozenset({"que", "qu'", "qu’"})


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
    return (
        top.head.i == verb.i
        and top.dep_ in {"obj", "obl:arg"}
        and not addressee(top)
        and not misread_completive(que, top)  # "a expliqué dans une interview que …"
    )


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
