"""An inverted incise inside a correspondent's quote: « Pour l'instant, aucune pénurie, nous assure la
grande distribution. Mais … », explique la journaliste. The correspondent relays a source who is
named by the incise: the words of the incise's sentence before it, inside the quotation, are the
source's claim (not direct: the correspondent's wording), and the correspondent keeps the rest of
the quote (``speech_direct.relayed_speech``).

Only an incise whose subject is a phrase ("la grande distribution", "la sécurité routière", "le
préfet"): an inverted pronoun ("ajoute-t-il") inside a relayed quote may be the correspondent
quoting someone unnamed, and is left to the quote's own speaker.
"""

from __future__ import annotations

import re

from newsgraph.extract.attribution import incise_at
from newsgraph.extract.speech_common import MIN_CONTENT_WORDS, Candidate, verb_report, words
from newsgraph.extract.speech_quotes import trim

SENTENCE_END = re.compile(r"[.;!?…](?=\s)")
INCISE_CLOSERS = {".", ";", "!", "?", "…", ",", ":"}
RELAYED_INCISE = "relayed-incise"


def relayed_incises(text: str, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with, for each correspondent's quote, one candidate per inverted incise inside
    it that names its subject by a phrase and closes its sentence or clause."""
    out = list(cands)
    used = {i for c in cands for i in c.uses}  # an incise another rule reads already
    for relay in cands:
        if not relay.rule.endswith("-journalist") or relay.quote is None or relay.cue_token is None:
            continue
        doc = relay.cue_token.doc
        qs, qe = relay.quote
        span = doc.char_span(qs, qe, alignment_mode="contract")
        if span is None:
            continue
        for comma in span:
            if comma.text != "," or comma.i + 2 >= span.end:
                continue
            incise = incise_at(doc, comma.i + 1, span.end)
            if (
                incise is None
                or incise.subject is None
                or incise.document is not None
                or incise.verb.i in used
            ):
                continue
            subject = incise.subject
            if subject.pos_ not in {"NOUN", "PROPN"} or subject.i < incise.verb.i:
                continue  # "ajoute-t-il", "« …, le ministre affirme »": no inverted phrase
            end = subject.right_edge.i + 1
            if end < span.end and doc[end].text not in INCISE_CLOSERS:
                continue  # the incise runs into a clause of its own: no plain incise
            starts = [m.end() for m in SENTENCE_END.finditer(text, qs, comma.idx)]
            content = trim(text, starts[-1] if starts else qs, comma.idx)
            if words(text[content[0] : content[1]]) < MIN_CONTENT_WORDS:
                continue
            verb = incise.verb
            out.append(verb_report(content, verb, subject, RELAYED_INCISE))
    return out
