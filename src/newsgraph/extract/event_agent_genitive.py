"""Agents and places of a state's acts read from how the place is said: the capital in the "de X"
of a military or coercive act noun is its government acting ("la contre-offensive de Kiev",
"l'offensive de Moscou dans le Donbass", "les sanctions de Washington"), not where it happened;
and the country an expulsion sends people to ("a expulsé des migrants vers le Rwanda") is where
they go, not the state whose authorities expel."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.event_types import cameo_codes
from newsgraph.extract.event_agents import state_of
from newsgraph.extract.event_nominal import de_complements
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex
from newsgraph.extract.event_phrases import inside_phrase
from newsgraph.extract.event_triggers import Trigger, match_trigger
from newsgraph.geo import geocode, government_of
from newsgraph.model import RoleRef

STATE_ACT_ROOTS = frozenset({"15", "16", "17", "18", "19", "20"})
"""CAMEO roots of acts a state does with force or constraint (posture, sanctions, coercion,
assault, fight): a capital whose "de" names the act is the state doing it."""

DESTINATION_CASES = frozenset({"vers"})
"""Prepositions that say where someone is sent ("expulsé vers le Rwanda"), not where the act is."""
SENDING_CASES = DESTINATION_CASES | {"au", "aux", "en"}
"""After an act of sending (an expulsion, an extradition) the prepositions of a country say where to
("extradé aux États-Unis", "expulsé en Algérie", "renvoyé au Mali"); "à" before a town stays where
the act is ("expulsés à Moscou")."""


def capital_agent(token: Token, trig: Trigger, mentions: MentionIndex) -> Token | None:
    """The capital in the first "de X" of a state's act noun whose "de" names who acts ("la
    contre-offensive de Kiev": Ukraine's; "l'offensive de Moscou": Russia's); None for a noun whose
    "de" is what it acts on ("le bombardement de Kiev", "la prise de Kherson"), for a verb, for a
    town that is no capital ("l'offensive de Kherson": where) and for a country (already an
    agent)."""
    if token.pos_ != "NOUN" or trig.de_role != "agent":
        return None
    if (cameo_codes().get(trig.type) or "")[:2] not in STATE_ACT_ROOTS:
        return None
    des = [d for d in de_complements(token) if not inside_phrase(d)]
    if not des:
        return None
    m = mentions.get(des[0])
    if m is None or m.label not in PLACE_LABELS:
        return None
    place = geocode(m.name)
    if place is None or place.type != "city" or government_of(m.name) is None:
        return None
    return des[0]


def sent_to(name: str, scope: list[Token], mentions: MentionIndex, sending: bool = False) -> bool:
    """Whether the place ``name`` is said in the clause as where someone is sent ("expulser vers
    le Rwanda"; after an act of ``sending``, also "extradé aux États-Unis"), which is not the state
    that acts."""
    cases = SENDING_CASES if sending else DESTINATION_CASES
    for t in scope:
        m = mentions.get(t)
        if (
            m is not None
            and m.name == name
            and any(c.dep_ == "case" and c.lower_ in cases for c in t.children)
        ):
            return True
    return False


def acting_capital(t: Token, mentions: MentionIndex) -> bool:
    """Whether a place token is the capital acting in a state's act noun ("la contre-offensive de
    Kiev a permis de reprendre des villages": Kiev is nowhere the villages were taken)."""
    head = t.head
    if head.i == t.i or head.pos_ != "NOUN":
        return False
    trig = match_trigger(head, mentions)
    found = capital_agent(head, trig, mentions) if trig is not None else None
    return found is not None and found.i == t.i


def capital_acting(
    token: Token, trig: Trigger, mentions: MentionIndex, actors: list[RoleRef], used: list[Token]
) -> tuple[list[RoleRef], list[Token]]:
    """The roles with the state a capital stands for as the agent (see ``capital_agent``), when
    no agent is named otherwise; the roles unchanged else."""
    if any(r.role == "agent" for r in actors):
        return actors, used
    cap = capital_agent(token, trig, mentions)
    m = mentions.get(cap) if cap is not None else None
    state = state_of(m.name, "agent") if m is not None else None
    if cap is None or state is None:
        return actors, used
    return [state, *actors], [cap, *used]
