"""Reported judgement by interpretive "voir": what a speaker reads into a fact it takes up.

- "Le gouvernement y voit une solution au problème des délais": "y" takes up the fact, the object
  is the speaker's judgement of it ("une solution au problème des délais");
- "Les syndicats voient là une provocation": "là" takes it up the same way.

The verb of seeing is a verb of judgement only with that clitic or adverb and an object with a
singular article ("un", "une", "le", "la", "l'") that no verb of its own describes: "on y voit des
enfants jouer", "les enquêteurs y voient un homme qui court" are what a camera shows, "n'y voit pas
d'inconvénient" is left to the negation rules. The generic "on" and the first and second persons
(the reporter's "on y voit", "nous y voyons") never speak here.

Also the word a speaker used, quoted after "parler de" ("le ministre a riposté en parlant de
« carabistouilles »", "les États-Unis parlent déjà "d'invasion""): the quoted word is what was said,
a content of one word the verb rules find too short. Both are called from ``speech_stance``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.entities import is_role
from newsgraph.extract.prepositions import DE_FORMS as OF
from newsgraph.extract.speaker_nouns import speaker_kind
from newsgraph.extract.speech_common import (
    Candidate,
    clause_span,
    in_shouting_line,
    inside,
    verb_report,
    words,
)
from newsgraph.extract.speech_quotes import CLOSING_MARKS, OPENING_MARKS, doc_quotes
from newsgraph.extract.speech_reported import subject_for
from newsgraph.extract.tokens import tokens

TAKE_UPS = frozenset({"y", "là"})
"""The words that take up the fact interpreted: the clitic "y" and the adverb "là"."""

SINGULAR_ARTICLES = frozenset({"un", "une", "le", "la", "l'", "l’"})
NOT_SPEAKERS = frozenset({"on", "je", "j'", "j’", "nous", "tu", "vous", "qu'", "que", "qu’", "qui"})
# negation_words.NE | NOT_ADVERBS but "point", as written: kept so (a one-word difference, not measured)
NEGATIONS = frozenset({"ne", "n'", "n’", "pas", "jamais", "guère", "plus"})


def interpreted_object(verb: Token) -> Token | None:
    """The object of a "voir" that takes up a fact with "y" or "là", when it is a singular noun
    phrase with no verb describing it; else None."""
    if verb.lemma_ != "voir" or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    if not any(c.lower_ in TAKE_UPS for c in doc_around(verb)):
        return None
    if any(c.lower_ in NEGATIONS and c.dep_ == "advmod" for c in kids):
        return None
    obj = next((c for c in kids if c.dep_ == "obj" and c.i > verb.i and c.pos_ == "NOUN"), None)
    if obj is None:
        return None
    det = next((c for c in obj.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in SINGULAR_ARTICLES:
        return None
    if any(described_by_verb(c) for c in obj.children):
        return None  # "un homme qui court", "un homme courir": what is seen
    if speaker_kind(obj) is not None or is_role(obj):
        return None  # "les enquêteurs y voient un homme armé": a person is seen, not judged
    if any(c.dep_ == "xcomp" for c in kids):
        return None  # "on y voit des enfants jouer"
    return obj


def described_by_verb(child: Token) -> bool:
    """A relative clause, a participle or a bare infinitive on the object (what is seen doing
    something), not an infinitive complement of the noun ("une occasion de relancer …")."""
    if child.dep_ == "acl:relcl":
        return True
    if child.dep_ != "acl" or child.pos_ not in {"VERB", "AUX"}:
        return False
    return not any(m.dep_ == "mark" and m.lower_ in {"de", "d'", "d’", "à", "pour"} for m in child.children)


TRAILING_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "nmod", "advmod"})


def judgement_end(verb: Token, obj: Token) -> int:
    """Where the judgement ends: after the object and the phrases of the verb that follow it with no
    comma between ("y voit une menace | pour les commerces", the parser hanging the complement on
    the verb)."""
    end = obj.right_edge
    for c in sorted(verb.children, key=lambda t: t.i):
        if c.i <= end.i:
            continue
        if c.dep_ not in TRAILING_DEPS or c.left_edge.i != end.i + 1:
            break
        end = c.right_edge
    while end.i > obj.i and end.is_punct:
        end = end.doc[end.i - 1]
    return end.idx + len(end)


def doc_around(verb: Token) -> list[Token]:
    """The tokens right before and after the verb (after an auxiliary too: "y a vu")."""
    doc = verb.doc
    near = [doc[i] for i in (verb.i - 1, verb.i + 1) if 0 <= i < len(doc)]
    aux = [c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i]
    if aux and aux[0].i > 0:
        near.append(doc[aux[0].i - 1])
    return near


def lemma_tokens(doc: Doc, lemma: str) -> list[Token]:
    """The tokens of this lemma, in order, found in the token table (no Token made for the others)."""
    return [doc[i] for i, found in enumerate(tokens(doc).lemma) if found == lemma]


def interpretive_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "X y voit / voit là un(e) …" outside quotes: the object is X's judgement."""
    doc = ctx.sdoc
    text = doc_text(doc)
    quoted = quotes + doc_quotes(doc)
    out = []
    for verb in lemma_tokens(doc, "voir"):
        if inside(quoted, verb.idx) or in_shouting_line(text, verb.idx):
            continue
        obj = interpreted_object(verb)
        if obj is None:
            continue
        subject = subject_for(verb)
        if subject is None or subject.i > verb.i or subject.lower_ in NOT_SPEAKERS:
            continue
        content = (clause_span(obj)[0], judgement_end(verb, obj))
        if words(text[content[0] : content[1]]) < 2:
            continue
        out.append(verb_report(content, verb, subject, "interpret-voir", cue="voir"))
    return out


MAX_QUOTED_WORDS = 4


def quoted_word_span(verb: Token) -> tuple[int, int] | None:
    """The quoted word or short phrase right after "parler de" ("en parlant de « mensonges »",
    "parlent déjà "d'invasion""): the words inside the marks, with a "d'" written inside; else None."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV" and i - verb.i <= 2:
        i += 1  # "parlent déjà", "parle même"
    if i + 2 >= len(doc):
        return None
    if doc[i].lower_ in OF and doc[i + 1].text in OPENING_MARKS:
        start, first = doc[i + 2].idx, i + 2  # de « mensonges »: the word inside the marks
    elif doc[i].text in OPENING_MARKS and doc[i + 1].lower_ in OF:
        start, first = doc[i + 1].idx, i + 2  # "d'invasion"
    else:
        return None
    for k in range(first, min(len(doc), first + MAX_QUOTED_WORDS + 1)):
        if doc[k].text in CLOSING_MARKS:
            return (start, doc[k - 1].idx + len(doc[k - 1])) if k > first else None
        if doc[k].is_punct:
            return None
    return None


def word_used_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """ "X parle de « mot »": the word X used, quoted by the reporter, is what X said (a one-word
    object the verb rules find too short to be a content)."""
    doc = ctx.sdoc
    text = doc_text(doc)
    out = []
    for verb in lemma_tokens(doc, "parler"):
        if verb.pos_ != "VERB" or in_shouting_line(text, verb.idx):
            continue
        if inside(quotes + doc_quotes(doc), verb.idx):
            continue
        content = quoted_word_span(verb)
        if content is None:
            continue
        subject = subject_for(verb)
        if subject is None or subject.lower_ in NOT_SPEAKERS:
            continue
        out.append(verb_report(content, verb, subject, "word-used", cue="parler"))
    return out
