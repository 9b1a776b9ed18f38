"""Resolution: canonical actors across documents, and one node per real-world event.

``resolve`` gives every actor of a batch its canonical id, name and aliases, across the batch and
the documents the ``Registry`` has seen (``groups`` holds the rule, ``registry`` the memory), then
gives reports of one real-world event one ``event_id`` (``events``). Name keys themselves
(``actor_id``) are in the bottom layer, ``newsgraph.names``: extraction uses them too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import cast

from newsgraph.model import Actor, ActorRef, ActorType, Extraction, RoleRef
from newsgraph.names import NEVER_MERGED, actor_id
from newsgraph.resolve.events import assign_event_ids
from newsgraph.resolve.groups import Canonical, useful_aliases
from newsgraph.resolve.registry import Registry

__all__ = ["Registry", "assign_event_ids", "resolve"]


def _ref_id(canon: Mapping[str, Canonical], name: str, type: str) -> Canonical | None:
    if type in NEVER_MERGED or not name.strip():
        return None
    return canon.get(actor_id(name, type))


def _resolve_actor_ref(ref: ActorRef, canon: Mapping[str, Canonical]) -> ActorRef:
    c = _ref_id(canon, ref.name, ref.type)
    if c is None:
        return ref
    return dataclasses.replace(ref, id=c.id, name=c.name, type=cast(ActorType, c.type))


def _resolve_role(ref: RoleRef, canon: Mapping[str, Canonical]) -> RoleRef:
    c = _ref_id(canon, ref.name, ref.type)
    if c is None:
        return ref
    return dataclasses.replace(ref, id=c.id, name=c.name, type=cast(ActorType, c.type))


def _resolve_actors(actors: list[Actor], canon: Mapping[str, Canonical]) -> list[Actor]:
    """Rewrite the actors of one document; two records that became one actor are merged."""
    merged: dict[str, Actor] = {}
    for a in actors:
        c = _ref_id(canon, a.name, a.type)
        if c is not None:
            a = dataclasses.replace(
                a,
                id=c.id,
                name=c.name,
                type=cast(ActorType, c.type),
                aliases=tuple(sorted(useful_aliases({*c.aliases, *a.aliases, a.name}, c.type))),
            )
        prev = merged.get(a.id)
        if prev is not None:
            a = dataclasses.replace(
                prev, aliases=tuple(sorted({*prev.aliases, *a.aliases})), mentions=prev.mentions + a.mentions
            )
        merged[a.id] = a
    return list(merged.values())



def resolve(extractions: Iterable[Extraction], registry: Registry | None = None) -> list[Extraction]:
    """Give every actor of the batch its canonical id, name and aliases, across the batch and the
    documents the registry has seen; then assign event ids. The registry learns the batch."""
    registry = registry if registry is not None else Registry()
    batch = list(extractions)
    seen: set[str | None] = set()
    for ex in batch:
        doc = ex.document.id
        for a in ex.actors:
            seen.add(registry.observe(a.name, a.type, doc, a.aliases))
        for s in ex.statements:
            seen.add(registry.observe(s.speaker.name, s.speaker.type, doc))
        for e in ex.events:
            for r in e.actors:
                seen.add(registry.observe(r.name, r.type, doc))
    canon = registry.canonical(wanted={r for r in seen if r is not None})
    for ex in batch:
        ex.actors = _resolve_actors(ex.actors, canon)
        ex.statements = [
            dataclasses.replace(s, speaker=_resolve_actor_ref(s.speaker, canon)) for s in ex.statements
        ]
        ex.events = [
            dataclasses.replace(e, actors=tuple(_resolve_role(r, canon) for r in e.actors)) for e in ex.events
        ]
    assigned = assign_event_ids([e for ex in batch for e in ex.events])
    i = 0
    for ex in batch:
        ex.events = assigned[i : i + len(ex.events)]
        i += len(ex.events)
    return batch
