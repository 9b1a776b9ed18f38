"""Resolution: canonical actors across documents, and one node per real-world event.

``resolve`` gives every actor of a batch its canonical id, type, name and aliases (``actors``:
decided from the record, its document and fixed lexicons, never from the other articles, so the
graph is the same whatever the workers, batch sizes or order), then gives reports of one
real-world event one ``event_id`` (``events``, from each report alone too). The ``Registry``
records what was seen, for the audit (``benchmarks/registry_audit.py``). Name keys themselves
(``actor_id``) are in the bottom layer, ``newsgraph.names``: extraction uses them too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import cast

from newsgraph.model import Actor, ActorRef, ActorType, Extraction, RoleRef
from newsgraph.resolve.actors import canonical, is_actor, is_alias_of, is_identified, joined
from newsgraph.resolve.events import assign_event_ids
from newsgraph.resolve.network_ends import interview_not_visit, keep_bodies_local, set_abroad
from newsgraph.resolve.registry import Registry
from newsgraph.resolve.short_forms import merge_short_forms
from newsgraph.resolve.state_bodies import name_state_bodies, report_state
from newsgraph.resolve.state_targets import add_ground_targets

__all__ = ["Registry", "assign_event_ids", "resolve"]


def _canonical(name: str, type: str, doc: str, short: dict[str, Actor]) -> tuple[str, str, str]:
    """``canonical``, then the full form when the report names this body in full too."""
    id_, shown, type_ = canonical(name, type, doc)
    full = short.get(id_)
    return (full.id, full.name, full.type) if full is not None else (id_, shown, type_)


def _resolve_ref(ref: ActorRef, doc: str, short: dict[str, Actor]) -> ActorRef:
    id_, name, type_ = _canonical(ref.name, ref.type, doc, short)
    return dataclasses.replace(ref, id=id_, name=name, type=cast(ActorType, type_))


def _resolve_role(ref: RoleRef, doc: str, short: dict[str, Actor]) -> RoleRef:
    """The role's actor made canonical; an agent or target that names no actor (a thing, a place
    that is no state: "la cuisine", "Toulon") is kept as a participant, so that who acts on whom
    (``actor_network``) joins actors only."""
    id_, name, type_ = _canonical(ref.name, ref.type, doc, short)
    role = ref.role if ref.role not in {"agent", "target"} or is_actor(ref.name, type_) else "participant"
    return dataclasses.replace(ref, id=id_, name=name, type=cast(ActorType, type_), role=role)


def _resolve_actors(actors: list[Actor], doc: str) -> list[Actor]:
    """Rewrite the actors of one document; two records that became one actor are merged."""
    merged: dict[str, Actor] = {}
    for a in actors:
        id_, name, type_ = canonical(a.name, a.type, doc)
        aliases = {x.strip() for x in (*a.aliases, a.name) if is_alias_of(x, name, type_)}
        a = dataclasses.replace(
            a,
            id=id_,
            name=name,
            type=cast(ActorType, type_),
            aliases=tuple(sorted(aliases)),
            identified=is_identified(id_, name, type_),
        )
        prev = merged.get(a.id)
        merged[a.id] = a if prev is None else joined(prev, a)
    return list(merged.values())


def resolve(extractions: Iterable[Extraction], registry: Registry | None = None) -> list[Extraction]:
    """Give every actor of the batch its canonical id, type, name and aliases, then event ids; the
    registry records the batch's actors (none given: nothing records them, as in a build's worker,
    whose parent records them in its own registry, ``write.observe``)."""
    batch = list(extractions)
    for ex in batch:
        doc = ex.document.id
        ex.actors, short = merge_short_forms(_resolve_actors(ex.actors, doc))
        ex.statements = [
            dataclasses.replace(
                s,
                speaker=_resolve_ref(s.speaker, doc, short),
                about=tuple(_resolve_ref(a, doc, short) for a in s.about),
            )
            for s in ex.statements
        ]
        ex.events = [
            dataclasses.replace(e, actors=tuple(_resolve_role(r, doc, short) for r in e.actors))
            for e in map(interview_not_visit, ex.events)
        ]
        ex.events, ex.actors = add_ground_targets(ex.events, ex.places, ex.actors, doc, ex.document.text)
        if (state := report_state(ex.places)) is not None:  # "le gouvernement": whose, by its places
            named = name_state_bodies(ex.actors, ex.statements, ex.events, doc, state)
            ex.actors, ex.statements, ex.events = named
        if set_abroad(ex.places):  # "le gouvernement" of a report on Nevada is not France's
            ex.actors, ex.statements, ex.events = keep_bodies_local(ex.actors, ex.statements, ex.events, doc)
        if registry is not None:
            for a in ex.actors:
                registry.observe(a.name, a.type, doc, a.aliases)
    assigned = assign_event_ids([e for ex in batch for e in ex.events])
    i = 0
    for ex in batch:
        ex.events = assigned[i : i + len(ex.events)]
        i += len(ex.events)
    return batch
