"""A time adjunct between a speech verb and its object: "a promis d'ici à l'été un certain nombre de
mesures", "a annoncé d'ici la fin de l'année une aide", "a annoncé en fin de journée la fermeture des
écoles". The parser reads the adjunct's noun as the object (or hangs the object on it), so what was
said came out as "la fin de l'année" or not at all; the object is the noun phrase the adjunct leads
to. Only adjuncts that open with "d'ici" or "en fin / début / milieu de" and close on a word of time
(used by :mod:`newsgraph.extract.speech_clauses`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_objects import ARTICLES, TIME_NOUNS

# Words of time that close the adjunct besides the days, months and units of the lexicon's
# time nouns: the seasons and parts of a day, "la rentrée", the "là" of "d'ici là".
CLOSING_TIME_WORDS = TIME_NOUNS | {
    "là",
    "été",
    "hiver",
    "printemps",
    "automne",
    "journée",
    "matinée",
    "soirée",
    "après-midi",
    "heure",
    "heures",
    "rentrée",
    "semaines",
    "jours",
    "ans",
    "années",
}
# Words inside the adjunct before its last word of time: "la fin de l'", "à", "quelques", "prochain".
INSIDE_WORDS = {
    "fin",
    "début",
    "milieu",
    "de",
    "d'",
    "d’",
    "du",
    "à",
    "au",
    "quelques",
    "prochain",
    "prochaine",
}
PHASES = {"fin", "début", "milieu"}  # "en fin de journée", "en début de semaine"
# What opens the object after the adjunct: an article, a possessive or "plusieurs".
OBJECT_OPENERS = ARTICLES | {"son", "sa", "ses", "leur", "leurs", "plusieurs"}
REACH = 8  # tokens of the adjunct after its opening


def opening_end(verb: Token) -> int | None:
    """The index after "d'ici (à)" or "en fin de" right after the verb, or None."""
    doc, k = verb.doc, verb.i + 1
    low = [t.lower_ for t in doc[k : min(len(doc), k + 3)]]
    if len(low) >= 2 and low[0] in {"d'", "d’"} and low[1] == "ici":
        return k + 3 if len(low) == 3 and low[2] in {"à", "au"} else k + 2
    if len(low) == 3 and low[0] == "en" and low[1] in PHASES and low[2] in {"de", "d'", "d’"}:
        return k + 3
    return None


DISCOURSE_ADJUNCTS = (
    ("de", "son", "côté"),
    ("de", "leur", "côté"),
    ("pour", "sa", "part"),
    ("pour", "leur", "part"),
    ("à", "son", "tour"),
    ("à", "leur", "tour"),
    ("une", "nouvelle", "fois"),
    ("encore", "une", "fois"),
    ("à", "nouveau"),
    ("de", "nouveau"),
)
"""Fixed phrases of reporting that set the speaker beside another or say the act is repeated ("la
CGT dénonce de son côté un passage en force", "réclame à son tour la démission de …", "dénonce une
nouvelle fois …"): the parser may hang the object on their noun ("côté", "tour")."""


def after_discourse_adjunct(verb: Token) -> Token | None:
    """The article or possessive that opens the object after a discourse adjunct of
    ``DISCOURSE_ADJUNCTS`` right after the speech verb, or None."""
    doc, k = verb.doc, verb.i + 1
    for phrase in DISCOURSE_ADJUNCTS:
        end = k + len(phrase)
        if end + 1 < verb.sent.end and tuple(t.lower_ for t in doc[k:end]) == phrase:
            return doc[end] if doc[end].lower_ in OBJECT_OPENERS else None
    return None


def after_time_adjunct(verb: Token) -> Token | None:
    """The token that opens the object after a time adjunct right after the speech verb, or None:
    the shortest run of the adjunct's words ending on a word of time or a number ("2025") and
    followed by an article or a possessive; or after a discourse adjunct ("de son côté")."""
    start = opening_end(verb)
    if start is None:
        return after_discourse_adjunct(verb)
    doc, end = verb.doc, min(verb.sent.end - 1, start + REACH)
    for tok in doc[start:end]:
        closes = tok.lower_ in CLOSING_TIME_WORDS or tok.lemma_.lower() in TIME_NOUNS or tok.like_num
        nxt = doc[tok.i + 1]
        if closes and nxt.lower_ in OBJECT_OPENERS and nxt.i + 1 < verb.sent.end:
            return nxt
        if not (closes or tok.pos_ == "DET" or tok.lower_ in INSIDE_WORDS):
            return None
    return None


def time_adjunct_end(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span of reported words; when they stop on the "d'ici" of their time adjunct ("des
    risques de faillite d'ici | la fin de l'année", the parse hanging the rest on the verb), it runs
    on to its last word of time; a "d'ici" that leads to none is left out."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span) or span[-1].i < 1:
        return start, end
    last = span[-1]
    ici = last if last.lower_ == "ici" else doc[last.i - 1] if last.lower_ in {"à", "au"} else None
    if ici is None or ici.lower_ != "ici" or ici.i < 1 or doc[ici.i - 1].lower_ not in {"d'", "d’"}:
        return start, end
    for tok in doc[last.i + 1 : min(last.sent.end, last.i + 1 + REACH)]:
        closes = tok.lower_ in CLOSING_TIME_WORDS or tok.lemma_.lower() in TIME_NOUNS or tok.like_num
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if closes and (nxt is None or nxt.lower_ not in {"de", "d'", "d’", "du", "prochain", "prochaine"}):
            return start, tok.idx + len(tok)
        if not (closes or tok.pos_ == "DET" or tok.lower_ in INSIDE_WORDS):
            break
    before = doc[ici.i - 1]
    return start, len(doc_text(doc)[: before.idx].rstrip())
