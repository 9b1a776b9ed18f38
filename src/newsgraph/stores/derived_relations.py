"""The derived table of ``actor_relations`` (see :mod:`newsgraph.stores.derived`): for every actor,
whom it speaks about or acts on (direction ``out``) and who speaks about or acts on it (``in``),
by relation (``speaks_about`` or an event type), with the number of nodes that say so.

The query's text counts, for one actor, every statement and every event report (of an interaction
type, neither negated nor hypothetical, as ``actor_network`` counts them; the event merged from
several reports is not counted again) that names it as speaker, about, agent or target: on the
graph of 2022 a few thousand nodes for Macron, each read by a few lookups (90 ms at p50). Here the
counts are made once per state of the store from one row per node, role and actor
(``derived_relations``) and an answer is a sort of one actor's counts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from newsgraph import event_types
from newsgraph.stores.derived_events import Rows

PAIRS = (("speaker", "about"), ("agent", "target"))
"""(out, in): the roles that make an edge, from the first actor to the second."""
PARTNER_TYPES = event_types.partner_types()
"""Event types whose participants are partners (a meeting, talks, an accord): ``ng:partners`` in
``ontology/event_types.ttl``, the list the network queries write out (``queries/*/actor_network``,
``actor_relations``, ``derived_network``, ``derived_relations``; tests/test_partner_types_r24.py)."""
PARTNERS = "participant"
"""The role of the partners of a meeting, talks or an accord with no target (the derived query
gives it for those types only): the agent acts on each partner, or, with no agent, each partner on
the partners whose ids sort after its own, once ("la rencontre entre X et Y")."""


def pairs(held: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """(source, target, source role) of one node's edges, from its actors by role."""
    out = [
        (source, target, source_role)
        for source_role, target_role in PAIRS
        for source in held.get(source_role, ())
        for target in held.get(target_role, ())
    ]
    partners = held.get(PARTNERS, set())
    if partners and not held.get("target"):
        agents = held.get("agent", set())
        out += [(a, p, "agent") for a in agents for p in partners]
        if not agents:
            out += [(a, b, "agent") for a in partners for b in partners if a < b]
    return out


class RelationTables:
    """Per actor, ``(direction, relation, other) -> weight``; ``nodes`` (the names of the actors)
    comes from the class that uses this one."""

    nodes: dict[str, dict[str, Any]]

    def _relations(self, rows: Rows) -> None:
        roles: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        types: dict[str, set[str]] = defaultdict(set)
        for item, role, actor, type_ in rows:
            roles[item][role].add(actor)
            types[item].add(type_)
        counts: dict[str, dict[tuple[str, str, str], int]] = defaultdict(lambda: defaultdict(int))
        for item, held in roles.items():
            for source, target, source_role in pairs(held):
                if source == target:
                    continue
                # a statement is one relation whatever its type; an event, one per type
                kinds = ("speaks_about",) if source_role == "speaker" else sorted(types[item])
                for relation in kinds:
                    counts[source][("out", relation, target)] += 1
                    counts[target][("in", relation, source)] += 1
        self.relations = {actor: dict(held) for actor, held in counts.items()}

    def actor_relations(self, p: Mapping[str, Any], stop: int | None = None) -> list[list[Any]]:
        """The actor's relations with named actors: out before in, heaviest first, then by the
        other's id and the relation."""
        actors = self.nodes["actor"]
        found = []
        for (direction, relation, other), weight in self.relations.get(str(p["actor_id"]), {}).items():
            o = actors.get(other)
            if o is not None and o.labels:
                found.append((direction != "out", -weight, other, relation, min(o.labels)))
        found.sort()
        return [
            ["in" if inward else "out", relation, other, name, -weight]
            for inward, weight, other, relation, name in found
        ]
