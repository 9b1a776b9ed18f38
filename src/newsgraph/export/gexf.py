"""GEXF 1.3 for Gephi: a dynamic graph whose nodes and edges carry spells (dates), so the
timeline can play it, and attributes declared up front (type, aliases, counts, coordinates).

Written with lxml's incremental writer rather than networkx, whose writer emits GEXF that the 1.3
schema rejects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date

from lxml import etree

from newsgraph import __version__
from newsgraph.export.network import Edge, Network, Node, Spell
from newsgraph.export.sink import Sink

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
    ("sector", "sector", "string"),
)
EDGE_ATTRIBUTES = (("relation", "relation", "string"),)
# Characters XML 1.0 forbids (C0 controls but tab, LF and CR; surrogates; U+FFFE, U+FFFF): lxml
# raises ValueError on them, and a filter value or a name from an article may hold one.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(value: object) -> str:
    """``value`` as a string XML 1.0 can hold: the characters it forbids are dropped."""
    return NOT_XML.sub("", str(value))


def _el(parent: etree._Element | None, tag: str, **attrs: object) -> etree._Element:
    """An element without a namespace of its own: written inside the root element, whose default
    namespace is GEXF's, it is read as GEXF's (and the namespace is not declared again on each)."""
    clean = {k: xml_text(v) for k, v in attrs.items() if v is not None}
    if parent is None:
        return etree.Element(tag, clean)
    return etree.SubElement(parent, tag, clean)


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


def _description(filters: Mapping[str, str]) -> str:
    shown = ", ".join(f"{k}={v}" for k, v in sorted(filters.items())) or "none"
    return f"Actors and places from news: who speaks about whom, who acts on whom, where. Filters: {shown}."


def _node(n: Node) -> etree._Element:
    el = _el(None, "node", id=n.id, label=n.label)
    _attvalues(el, n.attributes())
    _spells(el, n.spells)
    return el


def _edge(e: Edge) -> etree._Element:
    el = _el(
        None,
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
    return el


def gexf_chunks(
    filters: Mapping[str, str], network: Callable[[], Network], today: date | None = None
) -> Iterator[bytes]:
    """The network as a GEXF 1.3 document (UTF-8), in chunks written with lxml's incremental
    writer. The head goes out before ``network()`` reads the graph; nodes and edges, one element
    at a time, once it has (a node's counts and spells need every item behind it)."""
    sink = Sink()
    with etree.xmlfile(sink, encoding="UTF-8", buffered=False) as xf:
        xf.write_declaration()
        with xf.element(f"{{{NS}}}gexf", nsmap={None: NS}, version="1.3"):
            meta = _el(None, "meta", lastmodifieddate=(today or date.today()).isoformat())
            _el(meta, "creator").text = f"newsgraph {__version__}"
            _el(meta, "description").text = xml_text(_description(filters))
            xf.write("\n", meta, pretty_print=True)
            graph = {
                "defaultedgetype": "directed",
                "mode": "dynamic",
                "timeformat": "date",
                "timerepresentation": "interval",
                "idtype": "string",
            }
            with xf.element(f"{{{NS}}}graph", graph):
                xf.write("\n")
                for cls, declared in (("node", NODE_ATTRIBUTES), ("edge", EDGE_ATTRIBUTES)):
                    attrs = _el(None, "attributes", **{"class": cls, "mode": "static"})
                    for aid, title, kind in declared:
                        _el(attrs, "attribute", id=aid, title=title, type=kind)
                    xf.write(attrs, pretty_print=True)
                xf.flush()
                yield sink.take()
                net = network()
                for tag, elements in (
                    ("nodes", map(_node, net.nodes.values())),
                    ("edges", map(_edge, net.edges)),
                ):
                    count = len(net.nodes) if tag == "nodes" else len(net.edges)
                    with xf.element(f"{{{NS}}}{tag}", count=str(count)):
                        xf.write("\n")
                        for el in elements:
                            xf.write(el, pretty_print=True)
                            if sink.full:
                                xf.flush()
                                yield sink.take()
                    xf.write("\n")
    yield sink.take()


def to_gexf(net: Network, today: date | None = None) -> bytes:
    """The network as a GEXF 1.3 document (UTF-8)."""
    return b"".join(gexf_chunks(net.filters, lambda: net, today))
