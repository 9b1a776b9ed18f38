"""GEXF 1.3 for Gephi: a dynamic graph whose nodes and edges carry spells (dates), so the
timeline can play it, and attributes declared up front (type, aliases, counts, coordinates).

Written with lxml rather than networkx, whose writer emits GEXF that the 1.3 schema rejects.
"""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from newsgraph import __version__
from newsgraph.export.network import Network, Spell

NS = "http://gexf.net/1.3"
NODE_ATTRIBUTES = (  # (id, title, GEXF type)
    ("kind", "kind", "string"),
    ("type", "type", "string"),
    ("aliases", "aliases", "string"),
    ("documents", "documents", "integer"),
    ("statements", "statements", "integer"),
    ("events", "events", "integer"),
    ("items", "items", "integer"),
    ("latitude", "latitude", "double"),
    ("longitude", "longitude", "double"),
    ("country", "country", "string"),
)
EDGE_ATTRIBUTES = (("relation", "relation", "string"),)
ALIAS_SEPARATOR = "|"
# Characters XML 1.0 forbids (C0 controls but tab, LF and CR; surrogates; U+FFFE, U+FFFF): lxml
# raises ValueError on them, and a filter value or a name from an article may hold one.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """``value`` as a string XML 1.0 can hold: the characters it forbids are dropped."""
    return NOT_XML.sub("", str(value))


def _el(parent: etree._Element, tag: str, **attrs: object) -> etree._Element:
    return etree.SubElement(
        parent, f"{{{NS}}}{tag}", {k: xml_text(v) for k, v in attrs.items() if v is not None}
    )


def _spells(parent: etree._Element, spells: list[Spell]) -> None:
    if spells:
        box = _el(parent, "spells")
        for start, end in spells:
            _el(box, "spell", start=start.isoformat(), end=end.isoformat())


def _attvalues(parent: etree._Element, values: dict[str, object]) -> None:
    present = {k: v for k, v in values.items() if v is not None and v != ""}
    if present:
        box = _el(parent, "attvalues")
        for key, value in present.items():
            _el(box, "attvalue", value=value, **{"for": key})


def _description(net: Network) -> str:
    filters = ", ".join(f"{k}={v}" for k, v in sorted(net.filters.items())) or "none"
    return f"Actors and places from news: who speaks about whom, who acts on whom, where. Filters: {filters}."


def to_gexf(net: Network, today: date | None = None) -> bytes:
    """The network as a GEXF 1.3 document (UTF-8)."""
    root = etree.Element(f"{{{NS}}}gexf", nsmap={None: NS}, version="1.3")
    meta = _el(root, "meta", lastmodifieddate=(today or date.today()).isoformat())
    _el(meta, "creator").text = f"newsgraph {__version__}"
    _el(meta, "description").text = xml_text(_description(net))
    graph = _el(
        root,
        "graph",
        defaultedgetype="directed",
        mode="dynamic",
        timeformat="date",
        timerepresentation="interval",
        idtype="string",
    )
    for cls, declared in (("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)):
        attrs = _el(graph, "attributes", **{"class": cls, "mode": "static"})
        for aid, title, kind in declared:
            _el(attrs, "attribute", id=aid, title=title, type=kind)
    nodes = _el(graph, "nodes", count=len(net.nodes))
    for n in net.nodes.values():
        el = _el(nodes, "node", id=n.id, label=n.label)
        _attvalues(
            el,
            {
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
            },
        )
        _spells(el, n.spells)
    edges = _el(graph, "edges", count=len(net.edges))
    for e in net.edges:
        el = _el(
            edges,
            "edge",
            id=e.id,
            source=e.source,
            target=e.target,
            label=e.relation,
            kind=e.relation,
            weight=float(e.weight),
        )
        _attvalues(el, {"relation": e.relation})
        _spells(el, e.spells)
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out
