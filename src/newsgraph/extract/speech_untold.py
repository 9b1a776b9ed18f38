"""Speakers the text never names: a personal pronoun in the text's first sentence ("Il a promis …",
« … », assure-t-elle), kept as an anonymous speaker rather than dropped (a sentence read alone, a
report that opens on its speaker's words)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_quotes import CLOSING_CHARS, OPENING_CHARS
from newsgraph.extract.speech_speakers import Speaker

EDGE_BEFORE, EDGE_AFTER = " \n\u00a0" + OPENING_CHARS, " \u00a0," + CLOSING_CHARS
UNTOLD = {"il": "anonymous", "elle": "anonymous", "ils": "group", "elles": "group"}


def untold_pronoun(head: Token, quote: tuple[int, int] | None = None) -> Speaker | None:
    """A pronoun in the text's first sentence stands for someone the text never names (a sentence
    read alone, a report that opens on "Il a promis …"): the words stay, with the pronoun as an
    anonymous speaker. Further on, a pronoun that finds no antecedent is dropped (a wrong guess
    would be worse than none). The parser often ends a sentence at the closing mark of an opening
    quote: « … », assure-t-il still belongs to the first sentence."""
    word = head.lower_.split("-")[-1]  # "a-t-elle": "-elle"
    kind = UNTOLD.get(word)
    text = doc_text(head.doc)  # made once per Doc, not joined again from every token
    first = head.sent.start == 0 or (
        quote is not None
        and not text[: quote[0]].strip(EDGE_BEFORE)
        and not text[quote[1] : head.sent.start_char].strip(EDGE_AFTER)
    )
    if kind is None or not first or head.pos_ != "PRON":
        return None
    return Speaker(word, kind, head.idx, ("anon:" if kind == "anonymous" else "group:") + word)
