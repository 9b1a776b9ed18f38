"""A person named just before the role noun a pronoun's search found: "Parmi eux se trouve Irina,
une infirmière qui a marché deux jours. « … », dit-elle" (Irina speaks, not "infirmière").

The narration often introduces someone as "NAME, un(e) ROLE qui …"; the parser does not always make
the role an apposition of the name (it reads two objects), and the tagger misses first names after
a verb. The role is taken to describe the name when only a comma stands between the name and the
role's noun phrase, and the name is a person mention or a known first name.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import DocContext, Mention
from newsgraph.extract.entities import looks_like_person
from newsgraph.extract.entity_spans import first_names
from newsgraph.names import fold_spaced as fold

NOT_PEOPLE = {"GPE", "LOC", "ORG", "DEMONYM"}  # a place or a body before the comma describes no one
APPOSED_DETS = {"un", "une"}  # "Irina, une infirmière"; not "Paris, la capitale"
AGE_UNITS = {"ans", "an"}  # "Irina, 35 ans, une infirmière"


def apposed_name(ctx: DocContext, head: Token) -> tuple[str, int, str] | None:
    """(name, start, key) of the person a singular role noun phrase describes, when it follows the
    name after a comma ("Sandra, une professeure d'université qui …"), an age between or not
    ("Sandra, 41 ans, une professeure …"); None otherwise."""
    doc = head.doc
    det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    if det is None or det.lower_ not in APPOSED_DETS or "Plur" in head.morph.get("Number", []):
        return None
    left = min(det.i, head.left_edge.i)
    if left < 2 or doc[left - 1].text != ",":
        return None
    last = doc[left - 2]
    if last.lower_ in AGE_UNITS and left >= 5 and doc[left - 3].like_num and doc[left - 4].text == ",":
        last = doc[left - 5]  # "Yvonne Roux, 89 ans, une autre résidente": the age between
    if last.pos_ != "PROPN" or not last.text[:1].isupper():
        return None
    covering = ctx.mentions_at(last.idx)
    person = next((m for m in covering if m.label == "PER"), None)
    if person is not None:
        return person.name, person.start, person.key
    if any(m.label in NOT_PEOPLE for m in covering):
        return None
    first = name_start(last)
    if fold(first.text) not in first_names():
        return None
    name = doc[first.i : last.i + 1].text
    return name, first.idx, fold(name)


def name_start(last: Token) -> Token:
    """The first word of the proper name that ends with ``last`` ("Irina Petrova": Irina)."""
    doc = last.doc
    k = last.i
    while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper() and k > last.i - 3:
        k -= 1
    return doc[k]


def apposed_to_mention(ctx: DocContext, m: Mention) -> tuple[str, int, str] | None:
    """:func:`apposed_name` for an anonymous mention ("Irina, une infirmière"): its head noun's."""
    if m.label != "ANON":
        return None
    span = ctx.sdoc.char_span(m.start, m.end, alignment_mode="expand")
    return apposed_name(ctx, span.root) if span is not None and len(span) else None


def introduced(tok: Token) -> bool:
    """A name the report introduces with an age or a person noun in apposition, whatever its place
    in the sentence: "Plus loin, nous rencontrons Odette, 93 ans", "chez Paul Roux, 81 ans", "à
    Irina, une infirmière" (the formula that brings in the next person heard)."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.dep_ == "flat:name":
        return False
    doc = tok.doc
    end = tok.i + 1
    while end < len(doc) and doc[end].dep_ == "flat:name" and doc[end].head.i == tok.i:
        end += 1
    return looks_like_person(doc[tok.i : end])


def apposed(tok: Token) -> bool:
    """A name in apposition to a noun before it: "Elle a une fille, Léa, 8 ans" describes the
    daughter, who is not brought in as the next person heard (the parser may read a conjunct)."""
    doc = tok.doc
    return tok.dep_ in {"appos", "flat:name"} or (
        tok.i >= 2 and doc[tok.i - 1].text == "," and doc[tok.i - 2].pos_ in {"NOUN", "PROPN"}
    )
