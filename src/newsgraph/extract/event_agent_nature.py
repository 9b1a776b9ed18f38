"""No agent for a happening of nature: a heat wave, a flood, a storm, a drought, an earthquake or an
epidemic is done by nobody. The subject of the verb a report tells it with is the one who undergoes
it or the place it strikes ("L'Inde fait face à une canicule", "L'Australie a enregistré des
inondations record", "La Chine fait face à une vague de Covid"), never its agent; a state put
there is at most the event's place, when it has none. A fire is left its agent unless that agent
is a state or a place: somebody may set a fire ("un pyromane a mis le feu"), no state does by
burning ("la Grèce brûle"); an accident, an explosion, an outage have their authors."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from newsgraph import lexicons
from newsgraph.event_types import broader
from newsgraph.extract.event_place_names import named_ref
from newsgraph.model import Event
from newsgraph.names import fold

NATURE_KINDS = frozenset({"natural_disaster", "epidemic"})
"""The scheme's kinds (with all below them) of what nature does: weather, floods, earthquakes,
landslides, eruptions, and the spread of a disease."""
PLACE_ONLY_KINDS = frozenset({"fire"})
"""Kinds that a person may cause but a state or a place never performs."""
PLACE_TYPES = frozenset({"gpe"})
"""Actor types that stand for a place: a state, a region, a city."""


@cache
def declaring_bodies() -> frozenset[str]:
    """Folded head nouns of the bodies that name one institution alone (``national_bodies.txt``:
    "gouvernement", "parlement"): kept as agents of a happening of nature, which they do
    not make but declare or recognise ("la commune a été placée en état de catastrophe naturelle par
    le gouvernement")."""
    return lexicons.words("national_bodies.txt")


ISSUERS = frozenset({"prefet", "prefete", "prefecture", "meteo"})
"""Heads of the authorities that issue the alerts about a happening of nature (the prefect, the
weather service), kept as the agent of an event whose sentence names an alert (``ALERTS``): they
never cause one, so named its doer there they issued the alert ("placés en vigilance orange par
Météo France", "la vigilance sécheresse a été enclenchée par la préfecture"); elsewhere they only
describe it ("un épisode qualifié de sérieux par Météo France")."""
ALERTS = ("vigilance", "alerte")


def declares(name: str, sentence: str = "") -> bool:
    words = [w for w in fold(name).replace("-", " ").split() if w not in {"le", "la", "l'"}]
    if not words:
        return False
    alert = any(a in fold(sentence) for a in ALERTS)
    return words[0] in declaring_bodies() or (words[0] in ISSUERS and alert)


@cache
def kind_class(kind: str) -> str | None:
    """ "nature" for a kind under ``NATURE_KINDS``, "place" for one under ``PLACE_ONLY_KINDS``, at any
    depth of the scheme; None for any other."""
    up, seen = broader(), set()
    while kind not in seen:
        if kind in NATURE_KINDS:
            return "nature"
        if kind in PLACE_ONLY_KINDS:
            return "place"
        seen.add(kind)
        if kind not in up:
            return None
        kind = up[kind]
    return None


def unacted(event: Event) -> Event:
    """The event without the agents a happening of nature cannot have (see the module); the first
    state or place dropped becomes its place when it has none; ``event`` itself when nothing goes."""
    kind = kind_class(event.type)
    if kind is None:
        return event
    gone = [
        r
        for r in event.actors
        if r.role == "agent"
        and ((kind == "nature" and not declares(r.name, event.evidence.text)) or r.type in PLACE_TYPES)
    ]
    if not gone:
        return event
    kept = tuple(r for r in event.actors if r not in gone)
    place = event.location
    if place is None:
        state = next((r for r in gone if r.type in PLACE_TYPES), None)
        place = named_ref(state.name) if state is not None else None
    return replace(event, actors=kept, location=place)
