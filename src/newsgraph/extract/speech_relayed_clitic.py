"""Speech announced by a clitic "le" inside a correspondent's quote (issue 14, round 32): « Les prix
montent, et tous les commerçants que nous avons croisés le disent : ils n'en peuvent plus », explique
la journaliste; « … et le syndicat l'assure, les salaires vont baisser », conclut le journaliste.
The verb's "le" announces the clause after it, which is its subject's speech act relayed by the
correspondent, not the correspondent's own claim.

``speech_clitic`` reads the construction outside quotes, and its candidates give way to any reading
that covers their words, the correspondent's quote among them; here it is read inside the quotes a
correspondent relays, as nested speech (``speech_nested.in_quote_of``: another speech act than the
quote): the correspondent's quote stays a statement, whole, beside it. (Given to
``speech_direct.relayed_speech``, as the other relayed readings are, it cut the quote to the
correspondent's own clause and dropped it when none stands alone: on tvnews2022n one gold statement of
the correspondent's was lost for the one gained.)

Only a subject the quote names by a noun phrase (the verb's own subject, a noun or a name, someone
else than the correspondent: ``third_party``), a verb of saying, claiming or announcing that takes a
clause, followed right away by a colon, or by a comma when nothing but a link ("et", "mais") or the
start of a sentence stands before its subject: after "Les prix montent, le maire le dit, …" the "le"
may take up the clause before as well as the one after.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_clitic import SENSES, cleft_speaker, clitic_before, speaker_phrase
from newsgraph.extract.speech_common import (
    MIN_CONTENT_WORDS,
    Candidate,
    inside,
    speech_verb_forms,
    verb_report,
    words,
)
from newsgraph.extract.speech_direct import third_party
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_nested import NESTED, quote_end
from newsgraph.extract.speech_quotes import QUOTE_MARKS, trim
from newsgraph.extract.speech_unquoted import finite

RELAYED_CLITIC = NESTED + "relayed-clitic"  # nested: the quote it lies in stays a statement too
SUBJECT_POS = {"NOUN", "PROPN"}
RELATIVES = {"qui", "que", "qu'", "qu’", "dont"}
TAIL_REACH = 4  # tokens of an adjunct after the verb that closes the sentence ("ce matin")
ADJUNCT_REACH = 10  # tokens of a prepositional phrase after a comma there (", après les explosions …")
PHRASE_REACH = 12  # tokens of the speaker's phrase before the clitic, a relative clause with it
LINKS = {"et", "mais", "or", "puis", "donc"}
SENTENCE_MARKS = {";", ".", "!", "?", "…", ":"}
SENTENCE_END = re.compile(r"[.;!?…](?=\s|$)")


def relayed_clitic_candidates(ctx: DocContext, relays: list[tuple[int, int]]) -> list[Candidate]:
    """One candidate per clitic-announced speech verb inside a correspondent's quote: its subject
    speaks the clause after the colon or comma that follows it, to the end of its sentence."""
    if not relays:
        return []
    doc, text = ctx.sdoc, doc_text(ctx.sdoc)
    out = []
    for i in speech_verb_forms(doc):
        verb = doc[i]
        relay = inside(relays, verb.idx)
        if relay is None or verb.pos_ != "VERB":
            continue
        found = announced_clause(text, verb, relay) or confirmed_clause(text, verb, relay)
        if found is None:
            continue
        content, subject = found
        cand = verb_report(content, verb, subject, RELAYED_CLITIC)
        if third_party(cand):
            out.append(cand)
    return out


def announced_clause(text: str, verb: Token, relay: tuple[int, int]) -> tuple[tuple[int, int], Token] | None:
    """The clause a "X le dit :" announces inside the quote and the head of X, or None."""
    entry = speech_verb(verb)
    if entry is None or entry.sense not in SENSES or "clause" not in entry.frames or entry.pronominal:
        return None
    clitic = clitic_before(verb)
    if clitic is None or agrees_with_noun(verb):
        return None
    doc = verb.doc
    mark = verb.i + 1
    if mark >= len(doc) or doc[mark].text not in {":", ","}:
        return None
    subject = phrase_head(clitic, colon=doc[mark].text == ":")
    if subject is None:
        return None
    start = doc[mark].idx + 1
    end = quote_end(text, relay)
    stop = SENTENCE_END.search(text, start, end)
    return clause_of(text, verb, trim(text, start, stop.start() if stop is not None else end), subject)


def confirmed_clause(text: str, verb: Token, relay: tuple[int, int]) -> tuple[tuple[int, int], Token] | None:
    """ "« <clause>, le maire l'a confirmé »", "« <clause>, c'est le directeur qui le dit ce matin »":
    the clause before the comma, from the start of its sentence inside the quote, and the speaker
    between the comma and the clitic, the verb closing the sentence (an adjunct of time at most)."""
    entry = speech_verb(verb)
    if entry is None or entry.sense not in SENSES or "clause" not in entry.frames or entry.pronominal:
        return None
    clitic = clitic_before(verb)
    if clitic is None or agrees_with_noun(verb):
        return None
    doc = verb.doc
    end = quote_end(text, relay)
    tail = [t for t in doc[verb.i + 1 :] if t.idx < end]
    stop = next((k for k, t in enumerate(tail) if t.text in SENTENCE_MARKS), len(tail))
    if not closing_tail(tail[:stop]):
        return None
    comma = next(
        (t for t in reversed(doc[max(0, clitic.i - PHRASE_REACH - 4) : clitic.i]) if t.text == ","), None
    )
    if comma is None or comma.idx <= relay[0]:
        return None
    subject = cleft_speaker(doc, comma.i, clitic) or speaker_phrase(doc, comma.i + 1, clitic.i)
    if subject is None or subject.pos_ not in SUBJECT_POS:
        return None
    starts = [m.end() for m in SENTENCE_END.finditer(text, relay[0], comma.idx)]
    return clause_of(text, verb, trim(text, starts[-1] if starts else relay[0], comma.idx), subject)


def closing_tail(tail: list[Token]) -> bool:
    """What may follow the verb that closes "c'est le directeur qui le dit": an adjunct of time at
    most ("ce matin"), then at most one prepositional phrase after a comma ("…, après les fortes
    explosions sur le site"), neither with a verb of its own."""
    comma = next((k for k, t in enumerate(tail) if t.text == ","), len(tail))
    rest = tail[comma + 1 :]
    if comma > TAIL_REACH or any(finite(t) for t in tail):
        return False
    return not rest or (
        rest[0].pos_ == "ADP" and len(rest) <= ADJUNCT_REACH and not any(t.text == "," for t in rest)
    )


def clause_of(
    text: str, verb: Token, content: tuple[int, int], subject: Token
) -> tuple[tuple[int, int], Token] | None:
    """The content and speaker when the content is a clause: a finite verb, enough words, no marks."""
    body = text[content[0] : content[1]].lstrip('«»“”" ')
    content = (content[1] - len(body), content[1])
    span = verb.doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None or words(body) < MIN_CONTENT_WORDS or any(q in body for q in QUOTE_MARKS):
        return None
    return (content, subject) if any(finite(t) for t in span) else None


def phrase_head(clitic: Token, colon: bool) -> Token | None:
    """The head of the speaker's phrase before the clitic (the parse often hangs it elsewhere:
    "et le syndicat l'assure" as a relative of "syndicat"): its first noun or name, before any
    relative ("tous les habitants que nous avons croisés le disent"), when the phrase opens its
    clause. Only a link ("et", "mais") or a sentence's start may stand before it, so that the "le"
    takes up no clause before; a plain comma will do when a colon announces the clause after."""
    doc = clitic.doc
    k = clitic.i - 1
    while k >= 0 and clitic.i - k <= PHRASE_REACH and not opener(doc[k]):
        k -= 1
    if k >= 0 and not opener(doc[k]):
        return None
    linked = k >= 0 and doc[k].lower_ in LINKS
    if k >= 0 and doc[k].text == "," and not colon:
        return None
    if linked and k >= 1 and doc[k - 1].text not in {",", *SENTENCE_MARKS, *QUOTE_MARKS} and not colon:
        return None
    for tok in doc[k + 1 : clitic.i]:
        if tok.lower_ in RELATIVES or tok.pos_ in {"VERB", "AUX"}:
            return None
        if tok.pos_ in SUBJECT_POS:
            return tok
    return None


def opener(tok: Token) -> bool:
    """What may open the clause of the speaker's phrase: a link, a comma, a sentence's mark."""
    return tok.lower_ in LINKS or tok.text in QUOTE_MARKS or tok.text == "," or tok.text in SENTENCE_MARKS


def agrees_with_noun(verb: Token) -> bool:
    """ "La ministre l'avait annoncée, …": a participle agreeing in the feminine or the plural with
    its "l'" takes up a noun said before, not the clause after (that "le" is neuter: "l'a annoncé")."""
    morph = verb.morph
    return "Part" in morph.get("VerbForm", []) and (
        "Fem" in morph.get("Gender", []) or "Plur" in morph.get("Number", [])
    )
