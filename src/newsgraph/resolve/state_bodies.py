"""Which state's body a bare "le gouvernement", "la justice", "la police" is (issue 17).

French news names the bodies every state has by their head noun alone when the report says whose
they are by where it is set: "le gouvernement a annoncé une aide pour les PME" in a report on
French firms is the French government, "la décision du gouvernement est attendue" in a report set
in Italy the Italian one. One node "gouvernement" for all of them mixes every state's government
and gives none of them a state. So a bare body of every state (``national_bodies.txt`` tagged
``any``; ``network_ends.is_bare_state_body``) is named after the state of its report, as French
news names it in full ("gouvernement français", "justice italienne"), which ``nations.state_of``
codes with the state and its sector; the name the report used stays an alias, so that who said it
reads the same.

The state of a report is read from the places it names (``Extraction.places``): France when every
one of them is French, or when it names none (the corpus is French national news, which names no
place for what happens in France: "le gouvernement a annoncé, lundi, ..."); the one state they are
all in when it is abroad ("en Chine", "à Pékin"). A report whose places lie in several states, one
of them France or not, does not say which state's body it is: its bodies stay as they are (the
report set wholly abroad keeps them to itself: ``network_ends.keep_bodies_local``).

Decided from one report alone, like the rest of resolution.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from functools import cache

from newsgraph import lexicons
from newsgraph.geo import FRENCH_LANDS
from newsgraph.geo_demonyms import state_adjective
from newsgraph.model import Actor, ActorRef, Event, Place, RoleRef, Statement
from newsgraph.names import fold, fold_key, strip_determiners
from newsgraph.nations import state_of
from newsgraph.resolve.actors import canonical, joined
from newsgraph.resolve.network_ends import is_bare_state_body, refs_moved

ARTICLE = re.compile(r"^(?:les?\s+|la\s+|l['’]\s*)", re.I)
"""The article a body's name may still begin with ("le gouvernement", "l'exécutif")."""
HOME = "FR"
"""The state of the outlets of the corpus, whose reports name no place for what happens there."""


@cache
def feminine_bodies() -> frozenset[str]:
    """Folded head nouns of ``national_bodies.txt`` tagged ``f``: "police", "justice"."""
    return frozenset(fold(w) for w in lexicons.selection("national_bodies.txt", "f"))


def report_state(places: Iterable[Place]) -> str | None:
    """The ISO code of the state a report is set in, by the places it names: France when all of
    them are French or it names none, else the one state they are all in; None when several."""
    states = {p.country for p in places if p.country}
    if states <= FRENCH_LANDS:
        return HOME
    return next(iter(states)) if len(states) == 1 else None


def state_body_name(name: str, code: str) -> str | None:
    """The name a bare body of every state has as the body of state ``code`` ("gouvernement" ->
    "gouvernement français", "justice" -> "justice française"), or None: not such a body, a state
    with no demonym in the lexicon, or a body the state's name does not code (``nations.state_of``:
    "syndicats" are no body of the state)."""
    if not is_bare_state_body(name):
        return None
    bare = strip_determiners(fold_key(name))
    adjective = state_adjective(code, feminine=fold(bare) in feminine_bodies())
    if adjective is None:
        return None
    full = f"{ARTICLE.sub('', name.strip())} {adjective}"
    return full if state_of(full, "organization") is not None else None  # "syndicats": no body of it


def name_state_bodies(
    ex_actors: list[Actor], statements: list[Statement], events: list[Event], doc: str, code: str
) -> tuple[list[Actor], list[Statement], list[Event]]:
    """A report's actors, statements and events with its bare bodies of every state named as the
    bodies of state ``code`` (``state_body_name``), the bare name kept as an alias; a body the report
    also names in full becomes one actor with it."""

    def moved[R: (Actor, ActorRef, RoleRef)](ref: R) -> R:
        if ref.type not in {"organization", "group"}:
            return ref
        full = state_body_name(ref.name, code)
        if full is None:
            return ref
        id_, shown, type_ = canonical(full, "organization", doc)
        if isinstance(ref, Actor):
            aliases = tuple(sorted({*ref.aliases, ref.name}))
            return dataclasses.replace(ref, id=id_, name=shown, type=type_, aliases=aliases)  # type: ignore[arg-type]
        return dataclasses.replace(ref, id=id_, name=shown, type=type_)  # type: ignore[arg-type]

    merged: dict[str, Actor] = {}
    for a in map(moved, ex_actors):
        prev = merged.get(a.id)
        merged[a.id] = a if prev is None else joined(prev, a)
    said, done = refs_moved(statements, events, moved)
    return list(merged.values()), said, done
