"""One shown name per actor: the name an actor's records carry when they are written.

Each report spells an actor its own way ("Etat", "État", "Phillipe Amouyel"), and a record carries
its report's spelling. A store keeps one label per actor, the name of the last batch that wrote it
(``stores.actor_labels``), so the build writes every actor it knows under the registry's shown name
(``groups.shown_name``: the spelling most of the actor's reports use, capital accents kept), the
report's own spelling staying an alias. An actor's entry in the registry only changes when a report
that mentions it is observed, and that report's batch writes the actor: the label the store keeps
is the shown name of every report, whatever the batches. A group ("les chefs d'entreprise", never
merged) has no entry, but the registry counts its spellings the same way (``Registry.spellings``);
an actor of one report only (an anonymous one, ``names.scoped_id``) keeps its report's spelling.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from newsgraph.model import Actor, Extraction, Record
from newsgraph.names import actor_id
from newsgraph.resolve.registry import Registry


def labelled(actor: Actor, registry: Registry) -> Actor:
    """``actor`` under the registry's shown name of its entry (its own spelling an alias), or as
    it is when the registry holds no entry of its id."""
    shown = registry.shown(actor.id) if actor_id(actor.name, actor.type) == actor.id else None
    if shown is None or shown == actor.name:
        return actor
    aliases = tuple(sorted({*actor.aliases, actor.name}))
    return dataclasses.replace(actor, name=shown, aliases=aliases)


def records(extractions: Iterable[Extraction], registry: Registry) -> list[Record]:
    """The records of a batch, its actors under their shown names (``labelled``)."""
    out: list[Record] = []
    for x in extractions:
        for r in x.records():
            out.append(labelled(r, registry) if isinstance(r, Actor) else r)
    return out
