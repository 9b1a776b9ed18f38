"""Which ends of who-acts-on-whom a reader would take for actors of the network (issue 17).

Three constructions of French reporting give an event an agent or a target that is no node of the
actor network although extraction reads it right:

- a count of people ("la police a arrêté sept ressortissants russes", "deux Français ont été
  libérés"): a set of people of one report, not an actor met again in other reports;
- a bare body that every state has ("le gouvernement", "la police", "la justice") in a report set
  wholly abroad ("Au Nevada, un éleveur a attaqué en justice le gouvernement"): that country's
  body, not the French one the same words name in a report on France: named after that country
  (``state_bodies``), or kept to its report when its name cannot say which (a state the lexicon
  gives no demonym);
- a news outlet received or met ("l'actrice a reçu une équipe de France 2 dans sa loge"): an
  interview, not a visit; the outlet stays a participant of the event, not its target.

Each is decided from one record and its own report, like the rest of resolution.
"""

from __future__ import annotations

import dataclasses
import operator
import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from newsgraph import lexicons
from newsgraph.geo import FRENCH_LANDS
from newsgraph.model import Actor, ActorRef, Event, Place, RoleRef, Statement, stable_id
from newsgraph.names import fold, fold_key, strip_determiners
from newsgraph.names import is_count as is_count  # a count of people: the recogniser extraction uses too

HOSTING = frozenset({"host_visit", "visit", "meet"})
"""Event types whose target is received, visited or met: an outlet there is an interview."""


@cache
def bodies_of_every_state() -> frozenset[str]:
    """Folded head nouns of ``national_bodies.txt`` tagged ``any``: bodies every state has
    ("gouvernement", "police"), unlike France's own ("Élysée", "Matignon", "intersyndicale")."""
    return frozenset(fold(w) for w in lexicons.selection("national_bodies.txt", "any"))


def is_bare_state_body(name: str) -> bool:
    """ "le gouvernement", "la police": a body every state has, named with no country
    ("gouvernement américain", "police norvégienne" name theirs)."""
    return fold(strip_determiners(fold_key(name))) in bodies_of_every_state()


def set_abroad(places: Iterable[Place]) -> bool:
    """Whether a report is set wholly abroad: it names places, none of them in France ("Au Nevada",
    "en Chine"). The states it names as actors do not count: "la Russie" acts in many a report
    set in France."""
    states = {p.country for p in places if p.country}
    return bool(states) and not states & FRENCH_LANDS


def local_body_id(id_: str, name: str, type_: str, doc: str, abroad: bool) -> str:
    """The id of a bare body of every state in a report set abroad, kept to its report (the
    document-scoped id of ``resolve.actors.scoped_id``: out of the network); any other id as is."""
    if not abroad or type_ not in {"organization", "group"} or not is_bare_state_body(name):
        return id_
    return f"org-{stable_id(doc, size=8)}-{id_.split('-', 1)[1] if '-' in id_ else id_}"


@cache
def media_names() -> tuple[frozenset[str], tuple[str, ...]]:
    """Folded names of news outlets (``media.txt``; ``non_actors.tsv`` kind ``media``), and the
    prefixes of the latter's lines that end in "*"."""
    names = {n for n, _ in lexicons.rows("media.txt", 2)}
    prefixes = []
    for name, kind in lexicons.rows("non_actors.tsv", 2):
        if kind.strip() == "media":
            if name.endswith("*"):
                prefixes.append(name[:-1])
            else:
                names.add(name)
    return frozenset(names), tuple(prefixes)


def is_media(name: str) -> bool:
    """ "France 2", "TF1", "l'AFP": a news outlet, by name (article aside)."""
    names, prefixes = media_names()
    key = fold(name.strip())
    bare = re.sub(r"^(?:le |la |les |l')", "", key)
    return key in names or bare in names or any(bare.startswith(p) for p in prefixes)


CREW = re.compile(
    r"\b(?:[eé]quipes?|journalistes?|reporters?|cam[eé]ras?)\s+(?:de\s+(?:la\s+|l')?|d'|du\s+)$", re.I
)
"""The words before an outlet whose crew is named ("une équipe de", "des journalistes du")."""


def crew_of(name: str, sentence: str) -> bool:
    """Whether the sentence names ``name`` as the owner of a crew: "a reçu une équipe de France
    Télévisions", "des journalistes du Monde": those received are the crew, not the outlet."""
    sentence = sentence.replace("\u2019", "'")
    start = sentence.find(name)
    while start >= 0:
        if CREW.search(sentence[:start]):
            return True
        start = sentence.find(name, start + 1)
    return False


def interview_not_visit(event: Event) -> Event:
    """An outlet received or met, or its crew, is an interview, not a visit: "elle a reçu une
    équipe de TF1" keeps TF1 as a participant, not the target of ``host_visit``."""

    def guest(name: str) -> bool:
        return is_media(name) or crew_of(name, event.evidence.text)

    if event.type not in HOSTING or not any(r.role == "target" and guest(r.name) for r in event.actors):
        return event
    roles = tuple(
        dataclasses.replace(r, role="participant") if r.role == "target" and guest(r.name) else r
        for r in event.actors
    )
    return dataclasses.replace(event, actors=roles)


def keep_bodies_local(
    ex_actors: list[Actor], statements: list[Statement], events: list[Event], doc: str
) -> tuple[list[Actor], list[Statement], list[Event]]:
    """A report's actors, statements and events with its bare bodies of every state kept to the
    report (``local_body_id``): called for a report set wholly abroad (``set_abroad``)."""

    def moved[R: (Actor, ActorRef, RoleRef)](ref: R) -> R:
        id_ = local_body_id(ref.id, ref.name, ref.type, doc, True)
        if id_ == ref.id:
            return ref
        return (
            dataclasses.replace(ref, id=id_, identified=False)
            if isinstance(ref, Actor)
            else dataclasses.replace(ref, id=id_)
        )

    said, done = refs_moved(statements, events, moved)
    return [moved(a) for a in ex_actors], said, done


def refs_moved(
    statements: list[Statement], events: list[Event], moved: Callable[[Any], Any]
) -> tuple[list[Statement], list[Event]]:
    """The statements and events with each actor reference (speaker, about, role) passed through
    ``moved``, which gives back the reference itself when it stays; a record none of whose
    references moved is kept as it is, not copied (most reports name no body these rules move)."""
    said = []
    for s in statements:
        speaker, about = moved(s.speaker), tuple(map(moved, s.about))
        same = speaker is s.speaker and all(map(operator.is_, about, s.about))
        said.append(s if same else dataclasses.replace(s, speaker=speaker, about=about))
    done = []
    for e in events:
        roles = tuple(map(moved, e.actors))
        done.append(e if all(map(operator.is_, roles, e.actors)) else dataclasses.replace(e, actors=roles))
    return said, done
