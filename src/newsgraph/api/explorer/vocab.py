"""Topics and event types with their French and English labels, read from the ontology's SKOS files."""

from __future__ import annotations

from functools import cache

import pyoxigraph as ox

from newsgraph.resources import resource_dir

SKOS = "http://www.w3.org/2004/02/skos/core#"


@cache
def _labels(filename: str, namespace: str) -> dict[str, dict[str, str]]:
    """Concept local name -> {language: prefLabel}, for the concepts under ``namespace``."""
    store = ox.Store()
    store.load(path=str(resource_dir("ontology") / filename), format=ox.RdfFormat.TURTLE)
    out: dict[str, dict[str, str]] = {}
    for quad in store.quads_for_pattern(None, ox.NamedNode(SKOS + "prefLabel"), None):
        subject, label = quad.subject, quad.object
        if not isinstance(subject, ox.NamedNode) or not isinstance(label, ox.Literal):
            continue
        name = subject.value.removeprefix(namespace)
        if name and name != subject.value and "/" not in name and label.language:
            out.setdefault(name, {})[label.language] = label.value
    return dict(sorted(out.items()))


def topics() -> dict[str, dict[str, str]]:
    """Topic name (``negotiation``) -> its labels."""
    return _labels("topics.ttl", "https://newsgraph.org/ontology/topic/")


def event_types() -> dict[str, dict[str, str]]:
    """Event type name (``withdraw``) -> its labels."""
    return {
        k: v
        for k, v in _labels("event_types.ttl", "https://newsgraph.org/ontology/event/").items()
        if k != "scheme"
    }


def label(kind: str, name: str | None, lang: str) -> str:
    """The label of a topic or an event type in ``lang``, else its name."""
    if not name:
        return ""
    table = topics() if kind == "topic" else event_types()
    return table.get(name, {}).get(lang) or name.replace("_", " ")
