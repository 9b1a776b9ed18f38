"""A place said with a landmark near it: "Montrouge, près de Paris", "Boutcha, située à 30 km
de Kiev", "Saint-Jean, non loin de Bordeaux", "Vénissieux, dans la banlieue de Lyon", "Pierrefeu (à
20 km de Toulon)". French reports name a small place, then a larger and better-known one
nearby so that the viewer can find it; the event happened in the first, the second is only a
landmark (its reference point), as a department in brackets only says where a town lies."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import Mention, doc_text
from newsgraph.extract.event_amounts import PLACE_NOUNS
from newsgraph.extract.event_cache import last_token
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex, lemma
from newsgraph.extract.event_place_words import is_introduced
from newsgraph.extract.prepositions import DE_FORMS as DE_WORDS

NEAR_ANCHORS = frozenset(
    {"près", "loin", "proximité", "portes", "banlieue", "abords", "environs", "km", "kilomètres",
     "kilomètre", "mètres", "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est",
     "sud-ouest", "heure", "heures", "minutes", "pays", "cœur", "coeur", "pied", "bord", "bords", "large",
     "frontière", "confins", "périphérie", "région", "département", "sortie", "entrée"}
)  # fmt: skip
"""Words that say nearness to a landmark or a distance from it ("près de", "non loin de", "à 15 km
de", "au nord de", "dans la banlieue de", "à une heure de"), or a larger area the place is in, named
by what it is known for or by its landmark ("au pays du Reblochon", "au cœur des Alpes", "au pied du
mont Blanc", "dans la région de Toulon"): one of them must be said."""
NEAR_FILLERS = frozenset(
    {"à", "a", "au", "aux", "dans", "en", "non", "pas", "très", "tout", "quelques", "une", "un",
     "environ", "la", "le", "les", "l'", "l’", "situé", "située", "situés", "situées", "vingtaine",
     "dizaine", "centaine", "petite", "petites", "seulement", "route", "voiture"}
)  # fmt: skip
"""Other words of such a phrase: prepositions, articles, "située", rough numbers ("une vingtaine
de kilomètres"), degree ("tout près de")."""
MAX_WORDS = 9
"""The longest phrase between the place and its landmark ("située à une vingtaine de kilomètres au
nord de" is nine words)."""


def landmark_of(t: Token, m: Mention, mentions: MentionIndex) -> Token | None:
    """The first token of the place a comma or bracket after place ``t`` names as a landmark near it
    ("Montrouge, près de Paris": Paris), else None. The phrase between must be one of
    nearness or distance and end in "de" right before the landmark."""
    doc = t.doc
    end = last_token(t, m.end)
    if end + 3 >= len(doc) or doc[end + 1].text not in {",", "("}:
        return None
    anchored = False
    for j in range(end + 2, min(len(doc), end + 3 + MAX_WORDS)):
        x = doc[j]
        word = x.lower_
        qm = mentions.by_token.get(j)
        if qm is not None and qm is not m and qm.label in PLACE_LABELS:
            return x if anchored and doc[j - 1].lower_ in DE_WORDS | {"la", "le", "l'", "l’", "les"} else None
        if word in NEAR_ANCHORS:
            anchored = True
        elif not (word in NEAR_FILLERS or word in DE_WORDS or x.like_num):
            return None
    return None


def said_where(t: Token, m: Mention, mentions: MentionIndex, qualified: bool) -> bool:
    """A name said with where it lies (``qualified``: in brackets or after a comma, "de Pierrefeu, dans
    le Var", "à Conty (Somme)"), or with a landmark near it ("à Oppau, à 20 km
    de Mannheim"): a place, whatever label the NER gave it; not a house's name ("la résidence des
    Pins, dans le Var")."""
    return not house_name(t) and (qualified or landmark_of(t, m, mentions) is not None)


QUALIFIER_HEADS = frozenset({"en", "dans", "au", "aux"})


def comma_owner(t: Token) -> Token | None:
    """The name a place after a comma says where it lies ("de Pierrefeu, dans le
    Var") or names as its landmark ("à Pierrefeu, dans la région de Toulon"): that name when it
    is a proper noun said as a place, whatever the NER made of it; else None. The comma's
    counterpart of ``bracket_owner``."""
    doc, j, anchored = t.doc, t.i - 1, False
    while j > 0 and t.i - j <= MAX_WORDS and doc[j].text != ",":
        word = doc[j].lower_
        anchored = anchored or word in NEAR_ANCHORS or (word in QUALIFIER_HEADS and doc[j - 1].text == ",")
        if not (word in NEAR_ANCHORS or word in NEAR_FILLERS or word in DE_WORDS or doc[j].like_num):
            return None
        j -= 1
    if j < 1 or doc[j].text != "," or not anchored:
        return None
    owner = doc[j - 1]
    return owner if owner.pos_ == "PROPN" and owner.text[:1].isupper() and is_introduced(owner) else None


TOWN_NOUNS = frozenset({"station", "hameau", "lieu-dit", "agglomération", "métropole", "arrondissement"})
"""Nouns of an inhabited place, beside ``PLACE_NOUNS``, whose "de X" names a town ("la station de ski
de La Norma")."""
NAME_ARTICLES = frozenset({"La", "Le", "Les", "L'", "L’"})


def owner_mention(o: Token, mentions: MentionIndex) -> Mention | None:
    """The place a name said with where it lies stands for, when it is said as a place ("de Pierrefeu",
    "à Oppau", "la station de La Norma", with its capitalised article) and the NER saw no place,
    organisation or body in it (a person's or a thing's label, or none); not the "de X" of a noun
    of no place ("la résidence des Pins, dans le Var": a house's name, the department
    says where). Labelled "PLACE": a place by what the sentence says; else None."""
    m = mentions.get(o)
    if (m is not None and m.label not in {"PER", "MISC"}) or not is_introduced(o):
        return None
    if house_name(o):
        return None
    doc, start = o.doc, o.i  # the whole name, not its last word ("à Milton Keynes, en Angleterre")
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    if m is not None:
        start = min(start, next((x.i for x in doc[max(0, o.i - 6) : o.i + 1] if x.idx >= m.start), o.i))
    name = doc[start]
    first = doc[start - 1] if start > 0 and doc[start - 1].text in NAME_ARTICLES else name
    said = doc_text(doc)[first.idx : o.idx + len(o.text)]  # the Doc's text joined once, not per call
    return Mention(first.idx, o.idx + len(o.text), said, "PLACE", o.lower_, said)


def house_name(o: Token) -> bool:
    """The "de X" of a noun of no place ("la résidence des Pins", "le domaine de X"): a house's
    or an estate's name, not a town's."""
    head = o.head
    return o.dep_ == "nmod" and head.pos_ == "NOUN" and lemma(head) not in PLACE_NOUNS | TOWN_NOUNS
