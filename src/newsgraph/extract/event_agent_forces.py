"""The side of an act of war said by a nationality adjective ("les bombardements russes",
"l'offensive russe", "la contre-offensive ukrainienne", "l'artillerie russe a bombardé"): the
state's armed forces, named as the news names them ("les forces russes"), not the state itself.
A report that says "russe" of a strike tells who fired, the army, and an event's reader asks for
the Russians' side; the state stays the agent of what a state does (sanctions, talks, aid,
recognition: "les sanctions européennes", "l'aide américaine"), which the adjective also names.
Only for acts of war (CAMEO 15 posture, 18 assault, 19 fight) and only for an adjective of a
country (not "onusien", "européen": no one army)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsgraph.event_types import cameo_codes
from newsgraph.geo_demonyms import demonym_country, demonym_forms
from newsgraph.model import RoleRef
from newsgraph.names import actor_id

WAR_ROOTS = frozenset({"15", "18", "19"})
"""CAMEO roots of acts an army carries out: posture, assault, fight."""


def armed_side(ref: RoleRef | None, adjective: Token, kind: str) -> RoleRef | None:
    """``ref``, the state a nationality adjective of an act of war names, as that state's forces
    ("les frappes russes": "forces russes"); any other ``ref`` unchanged."""
    if ref is None or ref.type != "gpe" or (cameo_codes().get(kind) or "")[:2] not in WAR_ROOTS:
        return ref
    country = demonym_country(adjective.lower_)
    form = plural_feminine(country) if country is not None else None
    if form is None:
        return ref
    name = f"forces {form}"
    return RoleRef(actor_id(name, "group"), name, ref.role, "group")


@cache
def plural_feminine(country: str) -> str | None:
    """The feminine plural of a country's demonym ("Russie": "russes", "Ukraine": "ukrainiennes"),
    the form that agrees with "forces"; None for a country whose forms the lexicon does not hold."""
    plural = [f for f in demonym_forms(country) if f.endswith("es")]
    return plural[-1] if plural else None
