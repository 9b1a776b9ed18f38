"""GraphML (for yEd, Cytoscape, igraph, networkx and Gephi) with the same attributes as GEXF;
the spells go into a ``spells`` string in Gephi's interval notation, plus ``start`` and ``end``."""

from __future__ import annotations

import io

import networkx as nx

from newsgraph.export.gexf import ALIAS_SEPARATOR, xml_text
from newsgraph.export.network import Network, Spell


def intervals(spells: list[Spell]) -> str:
    """Gephi's notation: ``<[2022-11-01,2022-11-30];[2022-12-05,2022-12-05]>`` ('' when undated)."""
    if not spells:
        return ""
    return "<" + ";".join(f"[{s.isoformat()},{e.isoformat()}]" for s, e in spells) + ">"


def _time(spells: list[Spell]) -> dict[str, str]:
    if not spells:
        return {}
    return {"start": spells[0][0].isoformat(), "end": spells[-1][1].isoformat(), "spells": intervals(spells)}


def to_networkx(net: Network) -> nx.MultiDiGraph:
    """The network as a networkx multigraph (one edge per source, target and relation)."""
    g = nx.MultiDiGraph()
    for n in net.nodes.values():
        attrs: dict[str, object] = {
            "label": n.label,
            "kind": n.kind,
            "type": n.type,
            "aliases": ALIAS_SEPARATOR.join(n.aliases),
            "documents": n.documents,
            "statements": n.statements,
            "events": n.events,
            "items": n.items,
            "latitude": n.lat,
            "longitude": n.lng,
            "country": n.country,
            **_time(n.spells),
        }
        g.add_node(n.id, **{k: v for k, v in attrs.items() if v is not None})
    for e in net.edges:
        g.add_edge(
            e.source,
            e.target,
            key=e.id,
            label=e.relation,
            relation=e.relation,
            weight=float(e.weight),
            **_time(e.spells),
        )
    return g


def _xml_safe(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` whose string ids, keys and attributes XML 1.0 can hold."""

    def clean(value: object) -> object:
        return xml_text(value) if isinstance(value, str) else value

    safe = nx.MultiDiGraph()
    for n, attrs in g.nodes(data=True):
        safe.add_node(clean(n), **{k: clean(v) for k, v in attrs.items()})
    for u, v, key, attrs in g.edges(keys=True, data=True):
        safe.add_edge(clean(u), clean(v), key=clean(key), **{k: clean(a) for k, a in attrs.items()})
    return safe


def to_graphml(net: Network) -> bytes:
    """The network as GraphML (UTF-8), with the characters XML 1.0 forbids dropped."""
    buf = io.BytesIO()
    nx.write_graphml_lxml(
        _xml_safe(to_networkx(net)), buf, encoding="utf-8", prettyprint=True, named_key_ids=True
    )
    return buf.getvalue()
