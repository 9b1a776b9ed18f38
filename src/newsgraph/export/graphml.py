"""GraphML (for yEd, Cytoscape, igraph, networkx and Gephi) with the same attributes as GEXF;
the spells go into a ``spells`` string in Gephi's interval notation, plus ``start`` and ``end``.

Written element by element with lxml's incremental writer, with the keys networkx would declare
(``named_key_ids``), so ``networkx.read_graphml`` reads it back typed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import chain

from lxml import etree

from newsgraph.export.gexf import xml_text
from newsgraph.export.network import Edge, Network, Node, Spell
from newsgraph.export.sink import Sink

NS = "http://graphml.graphdrawing.org/xmlns"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
TIME = (("start", "string"), ("end", "string"), ("spells", "string"))
KEYS = {  # for -> (name, GraphML type), in the order of the data of one element
    "node": (
        ("label", "string"),
        ("kind", "string"),
        ("type", "string"),
        ("aliases", "string"),
        ("documents", "long"),
        ("statements", "long"),
        ("events", "long"),
        ("items", "long"),
        ("latitude", "double"),
        ("longitude", "double"),
        ("country", "string"),
        ("sector", "string"),
        *TIME,
    ),
    "edge": (("label", "string"), ("relation", "string"), ("weight", "double"), *TIME),
}


def intervals(spells: list[Spell]) -> str:
    """Gephi's notation: ``<[2022-11-01,2022-11-30];[2022-12-05,2022-12-05]>`` ('' when undated)."""
    if not spells:
        return ""
    return "<" + ";".join(f"[{s.isoformat()},{e.isoformat()}]" for s, e in spells) + ">"


def _time(spells: list[Spell]) -> dict[str, str]:
    if not spells:
        return {}
    return {"start": spells[0][0].isoformat(), "end": spells[-1][1].isoformat(), "spells": intervals(spells)}


def _data(el: etree._Element, values: dict[str, object]) -> etree._Element:
    for key, value in values.items():
        if value is not None:
            d = etree.SubElement(el, "data", key=key)
            d.text = xml_text(repr(value) if isinstance(value, float) else value)
    return el


def _node(n: Node) -> etree._Element:
    values: dict[str, object] = {"label": n.label, **n.attributes(), **_time(n.spells)}
    return _data(etree.Element("node", id=xml_text(n.id)), values)


def _edge(e: Edge) -> etree._Element:
    el = etree.Element("edge", source=xml_text(e.source), target=xml_text(e.target), id=xml_text(e.id))
    values = {"label": e.relation, "relation": e.relation, "weight": float(e.weight), **_time(e.spells)}
    return _data(el, values)


def graphml_chunks(network: Callable[[], Network]) -> Iterator[bytes]:
    """The network as GraphML (UTF-8), the characters XML 1.0 forbids dropped, in chunks: the
    keys go out before ``network()`` reads the graph, then one node or edge at a time."""
    sink = Sink()
    with etree.xmlfile(sink, encoding="utf-8", buffered=False) as xf:
        xf.write_declaration()
        root = {f"{{{XSI}}}schemaLocation": SCHEMA}
        with xf.element(f"{{{NS}}}graphml", root, nsmap={None: NS, "xsi": XSI}):
            xf.write("\n")
            for scope, keys in KEYS.items():
                for name, kind in keys:
                    key = {"id": name, "for": scope, "attr.name": name, "attr.type": kind}
                    xf.write(etree.Element("key", key), pretty_print=True)
            xf.flush()
            yield sink.take()
            net = network()
            with xf.element(f"{{{NS}}}graph", edgedefault="directed"):
                xf.write("\n")
                for el in chain(map(_node, net.nodes.values()), map(_edge, net.edges)):
                    xf.write(el, pretty_print=True)
                    if sink.full:
                        xf.flush()
                        yield sink.take()
            xf.write("\n")
    yield sink.take()


def to_graphml(net: Network) -> bytes:
    """The network as GraphML (UTF-8), with the characters XML 1.0 forbids dropped."""
    return b"".join(graphml_chunks(lambda: net))
