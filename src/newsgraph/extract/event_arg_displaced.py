"""Agents the parser hung one step away from a nominal trigger, read back to it (issue 17).

French reporting often names where before who: "le déplacement à Nice du président", "la visite à
Kiev du chancelier allemand", "la venue à Marseille d'Emmanuel Macron". The parser then hangs the
"de X" on the place ("Nice du président"), as if the president were a part of Nice, so the noun's
own "de X" (its agent, ``event_roles``) is never seen; so too after the state the event moves
into ("le départ à la retraite des médecins", "le retour en classe des élèves", round 42). And a
verb of calling for an event takes its "à X" as an oblique of its own ("les agents appellent mardi
à une nouvelle grève": "grève" hung as ``obl:mod``), which the instigating verbs' reading (an
object or an ``obl:arg``) misses."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_nominal import de_complements, has_case
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex, lemma

WHERE_CASES = {"à", "au", "aux", "en", "dans"}
"""Prepositions of the place said between a nominal event and its "de X"."""
BARE_STATE_CASES = {"en", "à"}
"""Prepositions of a state a nominal event moves into said bare before its "de X" ("le retour en
classe des élèves", "le départ en vacances des Français", "le retour à domicile des patients")."""
STATE_NOUNS = frozenset({"retraite", "pouvoir"})
"""States said with an article ("le départ à la retraite des médecins", "l'arrivée au pouvoir de la
junte"); any other complement with an article, the one in "au" and "aux" too ("le retour à la
maison de ses parents", "au domicile de ses parents"), is a thing of X's, not a state X moves into."""
STATE_CASES = BARE_STATE_CASES | {"au"}
CALL_CASES = {"à", "au", "aux"}
"""The preposition of what a verb of calling calls for ("appeler à la grève", "aux manifestations")."""


def displaced_de(token: Token, mentions: MentionIndex) -> list[Token]:
    """The "de X" of a nominal trigger that the parser hung on the trigger's own place or state
    complement ("le déplacement à Nice du président": "président" hung on "Nice"; "le départ à la
    retraite des médecins"): X, when X is no place itself ("la visite à Paris de la mairie de Lyon"
    still names who); [] when the noun has a "de X" of its own or no such complement."""
    if token.pos_ not in {"NOUN", "PROPN"} or de_complements(token):
        return []
    found: list[Token] = []
    for place in token.children:
        m = mentions.get(place)
        if place.dep_ != "nmod":
            continue
        where = m is not None and m.label in PLACE_LABELS and has_case(place, WHERE_CASES)
        if not where and not state(place):  # "à Nice", "à la retraite", "en classe"
            continue
        for de in de_complements(place):
            held = mentions.get(de)
            if held is not None and held.label in PLACE_LABELS:
                continue  # "la visite à Saint-Denis de Seine-Saint-Denis": a place of a place
            if de.i > place.i:
                found.append(de)
    return found[:1]


def state(noun: Token) -> bool:
    """A state a nominal event moves into, its "de X" the one who moves ("à la retraite", "en
    classe", "au pouvoir"): a bare common noun after "en" or "à", or one of ``STATE_NOUNS``."""
    if noun.pos_ != "NOUN":
        return False
    if lemma(noun) in STATE_NOUNS:
        return has_case(noun, STATE_CASES)
    return has_case(noun, BARE_STATE_CASES) and not any(c.dep_ == "det" for c in noun.children)


def called_for(token: Token) -> Token | None:
    """The verb of which a nominal trigger is the "à X" left as a free oblique ("appellent par
    ailleurs à une nouvelle grève", the parser's ``obl:mod``), else None."""
    head = token.head
    if token.dep_ != "obl:mod" or head.i == token.i or head.pos_ != "VERB" or not has_case(token, CALL_CASES):
        return None
    return head
