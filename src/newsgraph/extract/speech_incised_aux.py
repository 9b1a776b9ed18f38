"""A compound tense split by an incise: "Le maire a, lors du conseil municipal de lundi soir,
annoncé la fermeture …", "Le président a, pour la première fois depuis le début de la guerre,
évoqué …" (tests/extract/test_reported_r17.py). The participle's "avoir" stands before the incise,
further back than the few words ``speech_lexicon.speaks_here`` looks at, and the parser often hangs
it elsewhere; the participle is still the verb of an act of speech, not a participle of a noun
("les chiffres annoncés")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_quotes import OPENING_MARKS
from newsgraph.extract.tokens import morph_of

INCISE_REACH = 30  # tokens back from the participle to the auxiliary
OPENINGS = OPENING_MARKS | {","}


def avoir_before_incise(participle: Token) -> bool:
    """A finite "avoir" followed by a comma opens an incise that ends with a comma (or a quotation
    mark) right before the participle, with no finite verb inside the incise."""
    doc = participle.doc
    j = participle.i - 1
    while j > participle.sent.start and doc[j].text in OPENINGS - {","}:
        j -= 1  # « réitéré … »: the quotation mark after the incise's comma
    if doc[j].text != ",":
        return False
    for tok in reversed(doc[max(participle.sent.start, participle.i - INCISE_REACH) : j]):
        forms = morph_of(tok).get("VerbForm", [])
        if tok.lemma_ == "avoir" and "Fin" in forms:
            return tok.i + 1 < j and doc[tok.i + 1].text == ","
        if "Fin" in forms:
            return False  # a clause of its own inside: "…, qui a été annoncé,"
    return False
