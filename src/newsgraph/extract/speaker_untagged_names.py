"""The name of a body that the tagger read as a common noun (round 38, stm38c).

"Pôle emploi conteste l'enquête et affirme que …", "la Répression des fraudes notait une anomalie":
the head of the subject is a capitalised word inside its sentence, tagged a NOUN, that no lexicon of
speakers lists. Inside a sentence French writes a common noun in lower case, so the capital says the
phrase is a name; a person's name is tagged PROPN far more reliably than a body's (first names, two
capitalised words), so a name read so is a body's: an organisation speaks. Only after a comma or a
word in lower case: the first word of a sentence, of a quotation or of a line is capitalised by
position, and after another capitalised word the name starts before it ("UFC-Que Choisir demande …",
a heading glued to the text: "Choisir" alone names no one).
"""

from __future__ import annotations

from spacy.tokens import Token


def untagged_body_name(head: Token) -> bool:
    """A capitalised common noun inside its sentence, after a comma or a word in lower case (its
    determiners aside).

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["De", "son", "côté", ",", "Pôle", "emploi", "conteste"], pos=[
    ...     "ADP", "DET", "NOUN", "PUNCT", "NOUN", "NOUN", "VERB"], sent_starts=[True] + [False] * 6)
    >>> untagged_body_name(doc[4]), untagged_body_name(doc[2])
    (True, False)
    >>> doc = Doc(Vocab(), words=["UFC-Que", "Choisir", "demande"], pos=["PROPN", "NOUN", "VERB"],
    ...     sent_starts=[True, False, False])
    >>> untagged_body_name(doc[1])
    False
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
    before = doc[k].text
    return before == "," or (before[:1].isalpha() and before[:1].islower())
