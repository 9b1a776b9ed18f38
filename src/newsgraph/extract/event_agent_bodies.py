"""A body named right after the noun of its kind when the NER gives the name no actor label: "le
groupe russe LockBit 3.0" (tagged miscellaneous), "l'association Les Restos du Cœur", "le magazine
« Que choisir »" (a name in quotation marks the parser reads as a clause). The kind noun says the
name is an organisation's; without it ("LockBit a revendiqué") the name stays unread."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.entity_spans import non_actor_kind
from newsgraph.extract.event_agent_kin import contiguous
from newsgraph.extract.event_parse import MentionIndex, lemma
from newsgraph.model import RoleRef
from newsgraph.names import actor_id

BODY_NOUNS = frozenset(
    {
        # firms and their kinds: "le groupe Danone", "la société X", "le constructeur X"
        "groupe", "société", "entreprise", "firme", "compagnie", "constructeur", "fabricant",
        "enseigne", "marque", "banque", "laboratoire", "opérateur", "start-up", "distributeur",
        # bodies of people: "l'association X", "l'ONG X", "le collectif X", "le syndicat X"
        "association", "ong", "organisation", "collectif", "syndicat", "fondation", "parti",
        "mouvement", "club", "institut", "réseau",
        # the press, when it acts in the news (an inquiry, a revelation): "le magazine X"
        "magazine", "journal", "quotidien", "hebdomadaire", "mensuel", "site",
    }
)  # fmt: skip
"""Nouns of a kind of organisation that introduce its name in apposition ("le groupe X")."""

QUOTES_OPEN = frozenset({'"', "«", "“"})
QUOTES_CLOSE = frozenset({'"', "»", "”"})
NAME_DEPS = frozenset({"appos", "flat:name", "nmod"})
QUOTED_NAME_MAX = 6
"""The most words a quoted name may have ("« Que choisir »", "« 60 millions de consommateurs »")."""


def named_body(token: Token, mentions: MentionIndex, role: str) -> RoleRef | None:
    """The organisation a kind noun introduces by a name the NER left unlabelled or miscellaneous:
    a capitalised proper noun hung on it without a preposition, or a quoted name right after it
    (or after its adjective: "le groupe russe LockBit"); None otherwise."""
    if token.pos_ != "NOUN" or lemma(token) not in BODY_NOUNS or mentions.get(token) is not None:
        return None
    name = quoted_name(token) or apposed_name(token, mentions)
    if name is None or non_actor_kind(name) not in {None, "media"}:
        return None  # "la marque Fiat 500": a product
    return RoleRef(actor_id(name, "organization"), name, role, "organization")


def apposed_name(token: Token, mentions: MentionIndex) -> str | None:
    for c in token.children:
        if (
            c.dep_ in NAME_DEPS
            and c.pos_ == "PROPN"
            and c.i > token.i
            and c.text[:1].isupper()
            and not any(g.dep_ == "case" for g in c.children)
            and all(t.pos_ in {"ADJ", "PUNCT"} for t in token.doc[token.i + 1 : c.i])  # "groupe russe X"
        ):
            m = mentions.get(c)
            if m is not None and m.label != "MISC":
                return None  # a person, a place: read as such elsewhere
            words = contiguous([t for t in c.subtree if t.dep_ != "punct"], c.i)  # "LockBit 3.0"
            return " ".join(t.text for t in words)
    return None


def quoted_name(token: Token) -> str | None:
    doc = token.doc
    start = token.i + 1
    while start < len(doc) and doc[start].pos_ == "ADJ":
        start += 1
    if start >= len(doc) or doc[start].text not in QUOTES_OPEN:
        return None
    for end in range(start + 1, min(len(doc), start + QUOTED_NAME_MAX + 2)):
        if doc[end].text in QUOTES_CLOSE:
            inside = doc[start + 1 : end]
            return inside.text if inside.text[:1].isupper() else None
    return None
