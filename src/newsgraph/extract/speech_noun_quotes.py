"""A quote set after a comma at the end of a sentence whose verb takes a speech noun as object:
"Mardi, la ministre a lancé un avertissement aux industriels, « les prix doivent baisser »",
"Le maire a adressé un message aux familles, « personne ne sera oublié »". The quote is the
speech act the noun names; the verb's subject says it (a colon would make it the colon rules')."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import Candidate, token_at, verb_quote, words
from newsgraph.extract.speech_lexicon import speech_nouns
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_subjects import subject_of

MIN_WORDS = 3
LOOK_BACK = 10  # tokens between the speech noun and the comma


def noun_quote_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    nouns = act_nouns()
    out = []
    for qs, qe in quotes:
        cs, ce = trim(text, qs, qe)
        if words(text[cs:ce]) < MIN_WORDS or not ends_sentence(text, qe):
            continue
        tok = token_at(doc, qs)
        if tok is None:
            continue
        i = before_quote(doc, tok)
        if i < 2 or doc[i].text != "," or grammar.incise_after_quote(doc, qe) is not None:
            continue
        found = speech_noun_object(doc, i, nouns)
        if found is None:
            continue
        verb, head = found
        out.append(verb_quote((cs, ce), (qs, qe), verb, head, "quote-noun"))
    return out


def before_quote(doc: Doc, tok: Token) -> int:
    """The index of the token before the quote opening at ``tok``, past its marks and spaces on
    the same line (-1: none)."""
    i = tok.i - 1
    while i >= 0 and (doc[i].text in QUOTE_MARKS or (doc[i].is_space and "\n" not in doc[i].text)):
        i -= 1
    return i


@cache
def act_nouns() -> frozenset[str]:
    """Nouns of a speech act that can stand for the words after them ("un avertissement")."""
    return frozenset(
        n for n, a in speech_nouns().items() if a.get("kind") == "act" and a.get("grade", "1") >= "2"
    )


def ends_sentence(text: str, qe: int) -> bool:
    """Nothing but closing marks and a full stop (or the line's end) after the quote."""
    j = qe
    while j < len(text) and text[j] in ' »”"›\u00a0':
        j += 1
    return j >= len(text) or text[j] in ".!?\n…"


def speech_noun_object(doc: Doc, comma: int, nouns: frozenset[str]) -> tuple[Token, Token] | None:
    """The verb whose object, a speech noun, stands before the comma (no finite verb between),
    and the verb's subject."""
    start = doc[comma].sent.start
    for j in range(comma - 1, max(start - 1, comma - LOOK_BACK - 1), -1):
        t = doc[j]
        if t.text in {",", ";", ":", "."} | QUOTE_MARKS:
            return None
        if t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm", []):
            return None
        if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns or t.dep_ != "obj":
            continue
        verb = t.head
        if verb.pos_ != "VERB" or verb.i > t.i:
            return None
        head = subject_of(verb)
        return (verb, head) if head is not None and head.i < verb.i else None
    return None


ANNOUNCERS = {"ce", "c'", "c’"}  # "voici ce que répondait X :", "c'est ce qu'a dit X :"


def announced_quote_candidates(ctx: DocContext, quotes: list[tuple[int, int]]) -> list[Candidate]:
    """A quote after a colon announced by "ce que" and a speech verb with its subject after it:
    "Voici ce que répondait Jean Morel, un dirigeant du groupe, lorsqu'on l'interrogeait : « … »"
    (the clause between the speaker and the colon is no content)."""
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for qs, qe in quotes:
        cs, ce = trim(text, qs, qe)
        tok = token_at(doc, qs)
        if tok is None or words(text[cs:ce]) < MIN_WORDS:
            continue
        i = before_quote(doc, tok)
        if i < 3 or doc[i].text != ":":
            continue
        found = announcing_verb(doc, i) or linked_clause_verb(doc, i)
        if found is None:
            continue
        verb, head = found
        out.append(verb_quote((cs, ce), (qs, qe), verb, head, "quote-announced"))
    return out


def announcing_verb(doc: Doc, colon: int) -> tuple[Token, Token] | None:
    """ "ce que" + a speech verb + its subject, in the sentence before the colon."""
    start = doc[colon].sent.start
    for j in range(max(start, colon - 30), colon - 2):
        if doc[j].lower_ not in ANNOUNCERS or doc[j + 1].lower_ not in {"que", "qu'", "qu’"}:
            continue
        k = j + 2
        while k < colon and doc[k].lemma_ in {"avoir", "être"}:
            k += 1
        verb = doc[k]
        entry = grammar.speech_verb(verb, any_pos=True)
        if entry is None or entry.grade < 2:
            return None
        head = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i > verb.i), None)
        if head is None and k + 1 < colon and doc[k + 1].pos_ in {"PROPN", "NOUN", "DET"}:
            head = grammar.np_head(doc, k + 1, colon)
        return (verb, head) if head is not None else None
    return None


CLAUSE_LINKS = {"quand", "lorsque", "lorsqu'", "lorsqu’", "tandis", "alors", "et", "mais"}


def linked_clause_verb(doc: Doc, colon: int) -> tuple[Token, Token] | None:
    """A second clause led by a link word, its subject and a speech verb right before the colon:
    "« … », assure-t-il, quand un autre détaille : « … »", "tandis que sa voisine ajoute : « … »",
    and the narrative infinitive "et sa fille de renchérir : « … »"."""
    verb = doc[colon - 1]
    entry = grammar.speech_verb(verb, any_pos=True)
    if entry is None or entry.grade < 2:
        return None
    narrative = doc[colon - 2].lower_ in {"de", "d'", "d’"}
    end = colon - 2 if narrative else colon - 1
    start = doc[colon].sent.start
    for j in range(end - 1, max(start - 1, end - 8), -1):
        t = doc[j]
        if t.text in {",", ";", "."} | QUOTE_MARKS:
            return None
        if t.lower_ not in CLAUSE_LINKS or (narrative and t.lower_ != "et"):
            continue
        k = j + 1
        if t.lower_ in {"tandis", "alors"}:
            if doc[k].lower_ not in {"que", "qu'", "qu’"}:
                return None
            k += 1
        if k >= end or doc[k].pos_ not in {"DET", "PROPN", "NOUN", "PRON", "ADJ"}:
            return None
        head = grammar.np_head(doc, k, end)
        return (verb, head) if head is not None else None
    return None
