"""The name of a body that the tagger read as a common noun (round 38, stm38c).

"Pôle emploi conteste l'enquête et affirme que …", "la Répression des fraudes notait une anomalie":
the head of the subject is a capitalised word inside its sentence, tagged a NOUN, that no lexicon of
speakers lists. Inside a sentence French writes a common noun in lower case, so the capital says the
phrase is a name; a person's name is tagged PROPN far more reliably than a body's (first names, two
capitalised words), so a name read so is a body's: an organisation speaks. The first word of a
sentence, of a quotation or of a line (a heading) is capitalised by position, never read so.
"""

from __future__ import annotations

from spacy.tokens import Token

OPENERS = {".", "!", "?", "…", ":", ";", "«", "“", '"', "„", "—", "–", "-", "(", "["}
"""Tokens after which a word is capitalised by its position, not as a name."""


def untagged_body_name(head: Token) -> bool:
    """A capitalised common noun inside its sentence, not after an opening mark nor at a line's
    start, in a sentence that is not written in capitals.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["De", "son", "côté", ",", "Pôle", "emploi", "conteste"], pos=[
    ...     "ADP", "DET", "NOUN", "PUNCT", "NOUN", "NOUN", "VERB"], sent_starts=[True] + [False] * 6)
    >>> untagged_body_name(doc[4]), untagged_body_name(doc[2])
    (True, False)
    """
    text = head.text
    if head.pos_ != "NOUN" or len(text) < 2 or not text[0].isupper() or not text[1:].islower():
        return False  # an acronym ("la CGT") is read elsewhere; "ÉTAT" of a line in capitals
    doc = head.doc
    k = head.i - 1
    while k >= head.sent.start and (doc[k].pos_ == "DET" or doc[k].dep_ == "det"):
        k -= 1  # "la Répression des fraudes": the word before the determiner
    if k < head.sent.start:
        return False  # the sentence's first word
    before = doc[k]
    return before.text not in OPENERS and "\n" not in before.text and not before.is_space
