"""The people a fronted place hides: "À Marseille, des commerçants dénoncent l'insécurité", "Dans la
Meuse, des ouvriers réclament une hausse". The parser often hangs the subject "des commerçants" on
the place before the comma (a complement or a conjunct of "Marseille"), and the place of the
locative phrase is then read as the subject of the speech verb: the people after the comma speak.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_nouns import speaker_kind

LOCATIVES = {"à", "dans", "en", "au", "aux"}
HUNG_DEPS = {"nmod", "conj", "appos"}


def fronted_people(head: Token) -> Token | None:
    """The plural noun of people the parser hung on a fronted locative place (after its comma), when
    ``head`` is that place; else None."""
    if head.pos_ not in {"PROPN", "NOUN"} or not any(
        c.dep_ == "case" and c.lower_ in LOCATIVES and c.i < head.i for c in head.children
    ):
        return None
    doc = head.doc
    for c in head.children:
        if c.dep_ not in HUNG_DEPS or c.i <= head.i or c.pos_ != "NOUN":
            continue
        if "Plur" not in c.morph.get("Number", []) or not (is_role(c) or speaker_kind(c) == "group"):
            continue
        between = doc[head.i + 1 : c.i]  # the comma may hang on either
        if any(t.text == "," for t in between) and not any(t.pos_ in {"VERB", "AUX"} for t in between):
            return c
    return None
