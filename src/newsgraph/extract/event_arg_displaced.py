"""Agents the parser hung one step away from a nominal trigger, read back to it (issue 17).

French reporting often names where before who: "le déplacement à Nice du président", "la visite à
Kiev du chancelier allemand", "la venue à Marseille d'Emmanuel Macron". The parser then hangs the
"de X" on the place ("Nice du président"), as if the president were a part of Nice, so the noun's
own "de X" (its agent, ``event_roles``) is never seen. And a verb of calling for an event takes its
"à X" as an oblique of its own ("les agents appellent mardi à une nouvelle grève": "grève" hung as
``obl:mod``), which the instigating verbs' reading (an object or an ``obl:arg``) misses."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_nominal import de_complements, has_case
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex

WHERE_CASES = {"à", "au", "aux", "en", "dans"}
"""Prepositions of the place said between a nominal event and its "de X"."""
CALL_CASES = {"à", "au", "aux"}
"""The preposition of what a verb of calling calls for ("appeler à la grève", "aux manifestations")."""


def displaced_de(token: Token, mentions: MentionIndex) -> list[Token]:
    """The "de X" of a nominal trigger that the parser hung on the trigger's own place complement
    ("le déplacement à Nice du président": "président" hung on "Nice"): X, when X is no place itself
    ("la visite à Paris de la mairie de Lyon" still names who); [] when the noun has a "de X" of its
    own or no place complement."""
    if token.pos_ not in {"NOUN", "PROPN"} or de_complements(token):
        return []
    found: list[Token] = []
    for place in token.children:
        m = mentions.get(place)
        if place.dep_ != "nmod" or m is None or m.label not in PLACE_LABELS:
            continue
        if not has_case(place, WHERE_CASES):
            continue
        for de in de_complements(place):
            held = mentions.get(de)
            if held is not None and held.label in PLACE_LABELS:
                continue  # "la visite à Saint-Denis de Seine-Saint-Denis": a place of a place
            if de.i > place.i:
                found.append(de)
    return found[:1]


def called_for(token: Token) -> Token | None:
    """The verb of which a nominal trigger is the "à X" left as a free oblique ("appellent par
    ailleurs à une nouvelle grève", the parser's ``obl:mod``), else None."""
    head = token.head
    if token.dep_ != "obl:mod" or head.i == token.i or head.pos_ != "VERB" or not has_case(token, CALL_CASES):
        return None
    return head
