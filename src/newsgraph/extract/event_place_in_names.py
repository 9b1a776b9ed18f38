"""Place names that are part of the name of someone who acts, so no event's place: a party or a
body of the collectives lexicon ("La France insoumise", tagged "France" then nothing), a team named
by its country ("l'équipe de France", "la sélection d'Argentine"); not an institution named by
where it is ("le CHU de Bordeaux", "la mairie de Paris")."""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import Mention, doc_text
from newsgraph.extract.prepositions import DE_FORMS as DE_CASES
from newsgraph.extract.tokens import tokens
from newsgraph.geo import geocode
from newsgraph.names import fold_key, lexicon, strip_determiners

BODY_NOUNS = lexicons.words("place_named_bodies.txt")
"""Nouns that with "de X" name a team or body ("l'équipe de France")."""
NAME_WINDOW = 3
"""How many words before and after a place word a body's name may reach ("La France insoumise")."""


@cache
def body_names() -> frozenset[str]:
    """The folded names (and aliases) of the collectives lexicon that hold more than one word."""
    return frozenset(k for k in lexicon().collectives if "-" in k)


IN_NAME_KEY = "newsgraph.in_body_name"
"""``doc.user_data`` key of ``in_body_name``'s answers for one Doc: every event of a report asks of
the places of its opening sentences again."""


def in_body_name(t: Token, m: Mention) -> bool:
    """Whether the place word ``t`` (of mention ``m``) is inside the name of a body: "La France
    insoumise a tenu un meeting", "l'équipe de France a gagné"; not a collective that is itself a
    place ("les États-Unis"). Answered once per Doc, place word and mention (``IN_NAME_KEY``)."""
    memo: dict[tuple[int, int, int], bool] = t.doc.user_data.setdefault(IN_NAME_KEY, {})
    key = (t.i, m.start, m.end)
    found = memo.get(key)
    if found is None:
        found = memo[key] = named_team(t) or represented(t, m) or _in_longer_name(t, m)
    return found


def _in_longer_name(t: Token, m: Mention) -> bool:
    """Whether a span of a few words around ``t`` is a body's name longer than the place's own."""
    doc = t.doc
    text, names = doc_text(doc), body_names()  # the Doc's text joined once, not per call
    lo, hi = max(0, t.i - NAME_WINDOW), min(len(doc), t.i + NAME_WINDOW + 1)
    own = name_key(text[m.start : m.end])
    table = tokens(doc)  # the offsets from the columns: no Token made per span tried
    idx, forms = table.idx, table.text
    # a span whose last word ends in a word no body's name ends in is none (most ends: not folded)
    ends, enders = [last_word(forms[e], text[idx[e] - 1 : idx[e]]) for e in range(t.i, hi)], name_ends()
    for start in range(lo, t.i + 1):
        for end in range(t.i + 1, hi + 1):
            last, leading = ends[end - 1 - t.i]
            if last is not None and last not in enders and not (leading and end - 1 > start):
                continue
            words = text[idx[start] : idx[end - 1] + len(forms[end - 1])]  # doc[start:end].text
            # a name longer than the place's own: not "les États-Unis", "l'Assemblée nationale"
            if (key := name_key(words)) != own and key in names and geocode(words) is None:
                return True
    return False


@cache
def name_ends() -> frozenset[str]:
    """The last folded word of each name of ``body_names`` (a name's key keeps its last word)."""
    return frozenset(k.rsplit("-", 1)[-1] for k in body_names())


@lru_cache(maxsize=65536)
def last_word(form: str, before: str) -> tuple[str | None, bool]:
    """The last word of a span's key when the span ends with the word ``form`` (``fold_key``'s last
    part: ``fold`` folds each character alone), and whether it goes on into the word before, when
    that is in the span (the form's only part, from its first character, glued to a letter or digit
    ``before`` it: "COP27"); None when the form has no letter or digit (the last word is before it)."""
    key = fold_key(form)
    if not key:
        return None, False
    glued = "-" not in key and fold_key(form[:1]) != "" and fold_key(before) != ""
    return key.rsplit("-", 1)[-1], glued


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """The folded key of a name without its leading determiners (cached: the same words recur)."""
    return strip_determiners(fold_key(text))


def named_team(t: Token) -> bool:
    """A place in the "de X" of a team noun ("l'équipe de France", "la sélection d'Argentine"), not
    one of a place noun ("la ville de Lyon") nor of an institution's ("le CHU de Bordeaux", "la
    mairie de Paris": where it is)."""
    head = t.head
    if t.dep_ != "nmod" or head.i == t.i or head.i > t.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(c.dep_ == "case" and c.lower_ in DE_CASES for c in t.children):
        return False
    return head.lower_ in BODY_NOUNS


REPRESENTATION_NOUNS = frozenset({"ambassade", "consulat", "centre", "institut", "maison", "mission"})
"""Nouns of a country's or a people's house abroad: with "de X" and a country or region, they name
whose house it is ("l'ambassade de Russie", "le Centre culturel de Chine", "le Centre culturel
du Tibet"), while the event happens where the house stands ("devant l'ambassade de Russie à
Paris")."""


def represented(t: Token, m: Mention) -> bool:
    """A country or region in the "de X" of an embassy or consulate, or of an institution whose
    capitalised name holds it ("le Centre culturel de Chine"): whose house, not where. Not "le centre
    de Lyon" (lowercase, a town's centre) nor "l'ambassade de France à Kiev"'s Kiev."""
    head = t.head
    if t.dep_ != "nmod" or head.i == t.i or head.i > t.i or head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if not any(c.dep_ == "case" and c.lower_ in DE_CASES for c in t.children):
        return False
    word = head.lower_
    if word not in REPRESENTATION_NOUNS or (
        word not in {"ambassade", "consulat"} and not head.text[0].isupper()
    ):
        return False
    geo = geocode(m.name)
    return geo is None or geo.type in {"country", "region"}
