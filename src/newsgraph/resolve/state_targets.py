"""The state an act of war falls on when the report names no target: its ground.

"La Turquie a lancé une offensive en Syrie", "les troupes russes ont bombardé Kharkiv", "des
frappes israéliennes à Gaza": the report names who strikes and where, and the target is the
state whose ground that is (CAMEO's convention for an attack on a territory). The rule reads one
event and its own report's places only:

- the event is an act of war on a territory (``GROUND_ACTS``), with no target;
- its agent stands for a state: a state ("Russie", "Moscou"), a nationality alone ("les Russes")
  or armed forces qualified by one (``armed_forces.txt``: "troupes russes", "forces de Kiev");
- its place, named in its sentence, lies in another state (a town, a region or the country itself).

Then that state becomes the event's target ("Turquie -attack-> Syrie"), an actor of the report.
Nothing is added on the agent's own ground ("les forces ukrainiennes ont repris Kherson"), for an
agent that is no state ("le groupe État islamique", "des supporters marocains"), for an act on
people ("tué", "capturé": the people are the target, not the state) nor when a target is named.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

from newsgraph.geo import GeoPlace, country_name, geocode, government_of
from newsgraph.geo_demonyms import demonym_country
from newsgraph.model import Actor, Event, Place, RoleRef
from newsgraph.names import fold
from newsgraph.nations import armed_head

GROUND_ACTS = frozenset({"attack", "air_strike", "shell", "bombing", "invade", "annex", "blockade"})
"""Acts of war on a territory: an offensive, strikes, shelling, an invasion, an annexation."""
WORDS = re.compile(r"[^\W\d_][\w-]*")
COUNTRY_PREPOSITIONS = frozenset(
    {"en", "au", "aux", "sur", "contre", "vers", "dans", "de", "d'", "du", "des"}
)
"""Before a country named as where something happens ("en Syrie", "sur l'Ukraine")."""
BESIDE = frozenset(
    {
        "dessus",
        "dessous",
        "large",
        "pres",
        "près",
        "proximite",
        "proximité",
        "loin",
        "frontiere",
        "frontière",
        "frontieres",
        "frontières",
        "portes",
        "abords",
        "dela",
        "delà",
        "côtes",
        "cotes",
        "direction",
    }
)
"""Words before "de" that make a country a landmark, not the ground: "un missile au-dessus du Japon",
"au large de la Corée", "à la frontière de l'Ukraine", "en direction de la Pologne"."""
ARTICLES = frozenset({"l'", "la", "le", "les"})
DETERMINERS = frozenset({"l", "d", "le", "la", "les", "de", "des", "du", "ces", "leurs", "nos"})


def _state(word: str) -> str | None:
    """The ISO code of the state a word names: a nationality ("russes") or a state or its capital
    ("Kiev", "Russie"); None otherwise."""
    nation = demonym_country(word.lower())
    if nation is not None:
        place = government_of(nation)
        return place.country if place is not None else None
    place = government_of(word) if word[:1].isupper() else None
    return place.country if place is not None else None


def state_of_agent(name: str, type_: str) -> str | None:
    """The ISO code of the state an agent stands for: "Russie", "Moscou" (a state), "les Russes"
    (a nationality alone), "les troupes russes", "l'armée de Kiev" (its forces); None for any
    other agent ("l'État islamique", "des supporters marocains", "Vladimir Poutine")."""
    if type_ == "gpe":
        place = government_of(name)
        return place.country if place is not None else None
    words = [w for w in WORDS.findall(name) if fold(w) not in DETERMINERS]
    if not words:
        return None
    if len(words) == 1:
        return _state(words[0]) if demonym_country(words[0].lower()) is not None else None
    head = fold(words[0])
    if not armed_head(head):
        return None
    return next((s for s in map(_state, words[1:]) if s is not None), None)


def country_of_place(place: Place | None, name: str) -> str | None:
    """The ISO code of the state a place lies in (from the report's place, else the gazetteer)."""
    if place is not None and place.country:
        return place.country
    found = geocode(name)
    return found.country if found is not None else None


def states_named(text: str) -> set[str]:
    """The ISO codes of the states a text names, by name, capital or nationality."""
    return {s for s in map(_state, set(WORDS.findall(text))) if s is not None}


def after_preposition(text: str, start: int) -> bool:
    """Whether the words before ``start`` are a preposition of place, with or without an article
    ("en Syrie", "sur l'Ukraine", "dans la bande de Gaza"; not "à l'Iran", "et la Chine", nor a
    landmark: "au-dessus du Japon", "au large de la Corée")."""
    before = [w.replace("’", "'") for w in re.findall(r"[\w'’]+", text[:start])[-3:]]
    if before and before[-1] in ARTICLES:
        before = before[:-1]
    if len(before) > 1 and before[-1] in {"de", "d'", "du", "des"} and before[-2] in BESIDE:
        return False
    return bool(before) and before[-1] in COUNTRY_PREPOSITIONS


def place_said(event: Event, place: Place | None) -> bool:
    """Whether the event's sentence names its place as where: a town or region named in it, a
    country after a preposition of place ("en Syrie", "sur l'Ukraine"; not "achetés à l'Iran" nor
    "la Chine, qui", a country in another role)."""
    assert event.location is not None
    text = fold(event.evidence.text)
    for name in {event.location.name, *(place.aliases if place is not None else ())}:
        key = fold(name)
        if not key or key not in text:
            continue
        if place is None or place.type != "country":
            return True
        if any(after_preposition(text, m.start()) for m in re.finditer(re.escape(key), text)):
            return True
    return False


def ground_target(event: Event, places: dict[str, Place], report: str = "") -> tuple[str, str] | None:
    """(ISO code, French name) of the state an act of war falls on, when the event names no target
    and its agent is another state's (see the module); None otherwise. ``report`` is the text of
    the report, which must name that state (by name, capital or nationality)."""
    if event.type not in GROUND_ACTS or event.location is None:
        return None
    if any(r.role == "target" for r in event.actors):
        return None
    agents = {state_of_agent(r.name, r.type) for r in event.actors if r.role == "agent"}
    if len(agents) != 1 or None in agents:
        return None
    place = places.get(event.location.id)
    if not place_said(event, place):
        return None
    ground = country_of_place(place, event.location.name)
    if ground is None or ground in agents or not agents <= states_named(event.evidence.text):
        return None  # its own ground, or an agent the sentence does not name (read from another)
    if ground not in states_named(report):
        return None
    return ground, country_name(GeoPlace("", "", "country", country=ground))


def add_ground_targets(
    events: Iterable[Event], places: Iterable[Place], actors: list[Actor], doc: str, report: str = ""
) -> tuple[list[Event], list[Actor]]:
    """The events with the state of their ground as target where ``ground_target`` finds one, and
    the report's actors with those states added (once each; an actor already there is reused)."""
    from newsgraph.resolve.actors import canonical  # actors imports nothing of this module

    by_place = {p.id: p for p in places}
    by_id = {a.id: a for a in actors}
    added: list[Actor] = []
    out = []
    for e in events:
        found = ground_target(e, by_place, report)
        if found is None:
            out.append(e)
            continue
        id_, shown, _ = canonical(found[1], "gpe", doc)
        actor = by_id.get(id_)
        if actor is None:
            actor = Actor(doc, id_, shown, "gpe", identified=True)
            by_id[id_] = actor
            added.append(actor)
        target = RoleRef(actor.id, actor.name, "target", actor.type)
        out.append(dataclasses.replace(e, actors=(*e.actors, target)))
    return out, [*actors, *added]
