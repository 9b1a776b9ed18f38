"""An incise whose verb has an object clitic before it: "…, nous assure la direction.", "…, me
confie une habitante.", "…, leur répond le maire." The parser reads the clitic as the verb's subject
and the inverted subject as its object ("nous assure la direction" as "we run the management");
but "nous" and "vous" are the subject only of a verb of their own person ("nous assurons", "vous
assurez"), and "me", "te", "lui", "leur" never are. After a comma, such a verb followed by a noun
is an inverted attribution: the noun speaks."""

from __future__ import annotations

from spacy.tokens import Token

OBJECT_ONLY = frozenset({"me", "m'", "m’", "te", "t'", "t’", "lui", "leur"})
# "nous" / "vous" with the ending of their own person would be the subject
OWN_PERSON_ENDINGS = {"nous": ("ons", "ommes"), "vous": ("ez", "es")}
SUBJECT_REACH = 4  # tokens after the verb to its inverted subject ("nous assure la grande distribution")


def object_clitic_incise(verb: Token) -> bool:
    """``verb`` follows a comma and an object clitic, does not agree with "nous"/"vous" as its
    subject, and a noun follows it closely."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 2].text != ",":
        return False
    clitic = doc[verb.i - 1].lower_
    endings = OWN_PERSON_ENDINGS.get(clitic)
    if clitic not in OBJECT_ONLY and (endings is None or verb.lower_.endswith(endings)):
        return False
    after = doc[verb.i + 1 : min(len(doc), verb.i + 1 + SUBJECT_REACH)]
    for tok in after:
        if tok.text in {",", ".", ":", ";", "!", "?"} or tok.pos_ in {"VERB", "AUX", "SCONJ"}:
            return False
        if tok.pos_ in {"NOUN", "PROPN"}:
            return True
    return False
