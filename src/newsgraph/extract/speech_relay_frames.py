"""Who a correspondent's quote may relay (round 28 split from ``speech_incises``): the incise's
speaker is a correspondent ("précise le journaliste", a name the report gives as a journalist), and
a speech verb before the quote, in its sentence, gives the quoted words to its own subject: "Le Quai
d'Orsay a dénoncé « … », conclut X" (the verb governs the quote) or "Les ministres ont affirmé :
« … », conclut le journaliste" (a frame announcing it with a colon)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph import lexicons
from newsgraph.extract import attribution as grammar
from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.speech_common import token_at
from newsgraph.extract.speech_constructions import sentence_start
from newsgraph.extract.speech_lexicon import speaks_here
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.speech_reported import subject_for


def relay_subject(verb: Token) -> Token | None:
    """The subject of a speech verb that relays a quote: its own, its auxiliary's, else the nearest
    subject before it in its sentence ("Le Quai d'Orsay a de son côté dénoncé …": the parser may
    take "côté" for an object and miss the subject)."""
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if own is not None:
        return own
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        if tok.dep_ in {"nsubj", "nsubj:pass"}:
            return tok
    return subject_for(verb)


JOURNALIST_WORDS = lexicons.tagged("speaker_words.tsv")["newsroom_role"]
"""A correspondent's noun: the one list of newsroom nouns, ``speaker_words.tsv``'s ``newsroom_role`` rows."""

JOURNALIST_RE = re.compile(
    r"\b(?:journaliste|correspondante?|envoyée? spéciale?|reporter|présentat(?:eur|rice))\b", re.IGNORECASE
)


def is_journalist(ctx: DocContext, head: Token, last: bool) -> bool:
    """The speaker of an incise is a correspondent ("précise le journaliste", "rapporte Alexandre
    Peyrout" named elsewhere as a journalist, "poursuit-elle" after one)."""
    if head.lower_.lstrip("-").removeprefix("t-") in {"il", "elle"}:
        return last
    if head.lemma_.lower() in JOURNALIST_WORDS:
        return True
    text = doc_text(ctx.sdoc)
    keys = {m.key for m in ctx.mentions_at(head.idx) if m.label == "PER"}
    return any(
        JOURNALIST_RE.search(text[max(0, m.start - 40) : m.end]) for m in ctx.mentions if m.key in keys
    )


def speech_verb_between(doc: Doc, start: int, end: int) -> Token | None:
    """The last speech verb (grade 2 or more, with a clause or object frame) between two offsets,
    outside quotes: "Le Quai d'Orsay a dénoncé ce soir « une arrestation … », conclut X"."""
    first, last = token_at(doc, start), token_at(doc, end)
    if first is None or last is None:
        return None
    for tok in reversed(doc[first.i : last.i]):
        entry = grammar.speech_verb(tok)
        if entry is not None and entry.grade >= 2 and {"clause", "np"} & entry.frames and speaks_here(tok):
            return None if passive(tok) else tok
    return None


def relays_colon_frame(ctx: DocContext, subject: Token | None, last_journalist: bool) -> bool:
    """The incise after the quote names a correspondent, who may relay the words a frame before
    the quote gives to someone else."""
    return subject is not None and is_journalist(ctx, subject, last_journalist)


def colon_frame_verb(doc: Doc, text: str, qs: int) -> Token | None:
    """The speech verb of a frame that announces the quote with a colon, in the quote's own
    sentence, its subject a noun phrase: "Dans la matinée, les ministres ont affirmé : « … »,
    conclut le journaliste" (the ministers' words, which the correspondent relays). No finite verb
    may stand between it and the colon ("Le maire a annoncé des travaux qui inquiètent : « … »"
    is no frame of the quote), and a pronoun subject ("Il a dit : « … », ajoute-t-elle") is left to
    the correspondent."""
    j = qs - 1
    while j >= 0 and (text[j] in QUOTE_MARKS or text[j].isspace()):
        j -= 1
    if j < 0 or text[j] != ":":
        return None
    verb = speech_verb_between(doc, sentence_start(doc, qs), j)
    colon = token_at(doc, j)
    if verb is None or colon is None:
        return None
    if any(t.pos_ == "VERB" and "Fin" in t.morph.get("VerbForm", []) for t in doc[verb.i + 1 : colon.i]):
        return None
    head = relay_subject(verb)
    if (
        head is None
        or head.pos_ not in {"NOUN", "PROPN"}
        or head.i > verb.i
        or head.lemma_.lower() in JOURNALIST_WORDS
    ):
        return None
    return verb


def passive(verb: Token) -> bool:
    """ "Des sanctions ont été prononcées contre « … »": a passive's subject said nothing."""
    return any(c.dep_ in {"aux:pass", "nsubj:pass"} for c in verb.children)
