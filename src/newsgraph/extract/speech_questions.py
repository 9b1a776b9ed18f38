"""A speech verb asked about is not speech: the reporter's question "Vladimir Poutine envisage-t-il
de mobiliser ?", "Le gouvernement a-t-il promis que … ?" reports nobody's words. French asks it by
inverting a subject clitic after the verb (or its auxiliary) in a sentence closed by "?"; the same
inversion after a comma or a quotation is an incise and stays speech ("« Pourquoi ? », demande-t-il",
"…, peut-on lire dans le rapport")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_quotes import CLOSING_MARKS

INVERTED_CLITICS = frozenset(
    {"-t", "-il", "-elle", "-ils", "-elles", "-on", "-t-il", "-t-elle", "-t-on", "-je", "-tu"}
)
"""The subject clitics French hangs on a verb it inverts ("envisage-t-il", "a-t-elle", "dit-on"),
whole or as the tokenizer cuts them ("-t" then "-il")."""
INCISE_OPENERS = CLOSING_MARKS | {",", "(", "—", "–"}
"""What stands before an inverted verb that closes or interrupts a quotation (an incise)."""


def asked(verb: Token) -> bool:
    """Whether ``verb`` (a speech verb) is the verb of a question: a subject clitic inverted on it or
    on its auxiliary, the sentence ending in "?", and no comma or quotation mark right before the
    verb group (an incise)."""
    group = sorted([verb, *(c for c in verb.children if c.dep_.startswith("aux"))], key=lambda t: t.i)
    doc = verb.doc
    if not any(t.i + 1 < len(doc) and doc[t.i + 1].lower_ in INVERTED_CLITICS for t in group):
        return False
    first = group[0]
    if first.i > 0 and doc[first.i - 1].text in INCISE_OPENERS:
        return False
    tail = [t for t in verb.sent if not t.is_space]
    return bool(tail) and tail[-1].text == "?"
