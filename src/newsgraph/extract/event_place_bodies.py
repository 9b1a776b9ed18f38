"""The town an institution that acts in an event is named by: "le tribunal de Nanterre a condamné
…", "la Bourse de Paris chutait de 4 %", "la mairie de Margencel a ouvert la salle des fêtes". French
names a court, a town hall, a hospital or a stock exchange by the town it sits in, and what it does
it does there; the NER takes the whole name for an organisation, so no place mention is left for
the event. Only institutions that sit where they are named (``place_seat_heads.txt``), not a firm's
organs ("la direction d'Orange": a company named like a town); not a body named by a country ("la
Banque de France", "l'ambassade de France" sits abroad), nor a sport club's match."""

from __future__ import annotations

import re

from newsgraph import lexicons
from newsgraph.extract.event_place_names import TEAM_KINDS, named_ref
from newsgraph.geo import place_of
from newsgraph.model import PlaceRef, RoleRef

SEAT_HEADS = lexicons.words("place_seat_heads.txt")
"""Head nouns of institutions named by the town they sit in ("tribunal", "mairie", "bourse")."""
NAMED_BY_TOWN = re.compile(
    r"^(?:l['’])?([\w-]+)(?: [\w'’-]+){0,2}? (?:de |d['’]|du )(?:la |l['’])?"
    r"((?:La |Le |Les )?[A-ZÀ-Ý][\w'’ -]*)$"
)
"""An institution's name: its head noun, at most two words of its kind ("tribunal correctionnel", "cour
d'appel"), then "de" and a capitalised name ("de Nanterre", "du Havre" with "du" read as "de Le")."""
SEAT_ROLES = frozenset({"agent", "target"})
SEAT_TYPES = frozenset({"city", "region"})
"""Places an institution is named by and sits in: a town, a department or a region, not a country."""


def seat_town(actors: list[RoleRef], kind: str) -> PlaceRef | None:
    """The town or region the first agent or target named "HEAD de X" sits in, X being a town or
    region the gazetteer knows and HEAD an institution's noun of ``SEAT_HEADS``; else None."""
    if kind in TEAM_KINDS:
        return None
    for r in actors:
        found = NAMED_BY_TOWN.match(r.name) if r.role in SEAT_ROLES else None
        if found is None or found[1].lower() not in SEAT_HEADS:
            continue
        name = found[2].strip()
        own = place_of(name)
        geo = own or (place_of(f"Le {name}") if " du " in r.name else None)  # "du Havre"
        if geo is not None and geo.type in SEAT_TYPES:
            return named_ref(name if own is not None else geo.name)
    return None
