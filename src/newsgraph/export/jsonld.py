"""JSON-LD written as a stream: one ``@graph`` array of node objects, one per subject (a subject
whose triples come apart gets a second node object, which JSON-LD merges), compacted by hand with
the context generated from the ontology. Every value the context does not coerce is written in
its explicit form (``{"@id": ...}``, ``{"@value": ..., "@type": ...}``), so expansion gives back
the very triples."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from newsgraph.export.sink import CHUNK

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
GEN_DELIMS = ("/", "#", ":", "?", "[", "]", "@")
SEEN = 50_000  # compacted IRIs remembered, at most


class Compactor:
    """Terms, coercions and prefixes of a JSON-LD context, applied to RDF terms."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        simple = {k: v for k, v in context.items() if isinstance(v, str)}
        # prefixes usable in compact IRIs (JSON-LD 1.1: a simple term whose IRI ends with a gen-delim)
        self.prefixes = sorted(
            ((iri, name) for name, iri in simple.items() if "://" in iri and iri.endswith(GEN_DELIMS)),
            key=lambda p: -len(p[0]),
        )
        self.terms: dict[str, str] = {}
        self.coerce: dict[str, str] = {}
        self._seen: dict[str, str] = {}  # IRIs compacted lately (objects come back often)
        for name, value in context.items():
            iri = value if isinstance(value, str) else value.get("@id")
            if not isinstance(iri, str) or "://" in iri:
                continue  # a prefix, not a term
            full = self._expand(iri)
            self.terms[full] = name
            if isinstance(value, dict) and "@type" in value:
                kind = value["@type"]
                self.coerce[full] = kind if kind == "@id" else self._expand(kind)

    def _expand(self, curie: str) -> str:
        prefix, _, suffix = curie.partition(":")
        return next((iri + suffix for iri, name in self.prefixes if name == prefix), curie)

    def iri(self, iri: str) -> str:
        """A compact IRI (``ng:Statement``) where a prefix fits, else the IRI itself."""
        known = self._seen.get(iri)
        if known is not None:
            return known
        out = iri
        for base, name in self.prefixes:
            if iri.startswith(base) and len(iri) > len(base) and not iri[len(base) :].startswith("//"):
                out = f"{name}:{iri[len(base) :]}"
                break
        if len(self._seen) >= SEEN:
            self._seen.clear()
        self._seen[iri] = out
        return out

    def ref(self, term: Any) -> str:
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else self.iri(term.value)

    def key(self, predicate: str) -> str:
        return "@type" if predicate == RDF_TYPE else self.terms.get(predicate) or self.iri(predicate)

    def value(self, predicate: str, term: Any) -> Any:
        if predicate == RDF_TYPE and isinstance(term, ox.NamedNode):
            return self.terms.get(term.value) or self.iri(term.value)
        coerce = self.coerce.get(predicate)
        if isinstance(term, ox.NamedNode | ox.BlankNode):
            return self.ref(term) if coerce == "@id" else {"@id": self.ref(term)}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        if datatype == (coerce or XSD_STRING):
            return term.value
        if datatype == XSD_STRING:
            return {"@value": term.value}
        return {"@value": term.value, "@type": self.iri(datatype)}

    def node(self, subject: Any, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        node: dict[str, Any] = {"@id": self.ref(subject)}
        for predicate, obj in pairs:
            key, value = self.key(predicate), self.value(predicate, obj)
            held = node.get(key)
            if held is None:
                node[key] = value
            elif isinstance(held, list):
                held.append(value)
            else:
                node[key] = [held, value]
        return node


def jsonld_chunks(context: Mapping[str, Any], triples: Iterable[Any]) -> Iterator[bytes]:
    """``{"@context": ..., "@graph": [...]}`` in chunks, holding one subject's triples at a time."""
    c = Compactor(context)
    yield ('{"@context": ' + json.dumps(context, ensure_ascii=False, indent=1) + ',\n"@graph": [').encode()
    parts: list[str] = []
    held = 0
    subject: Any = None
    pairs: list[tuple[str, Any]] = []
    first = True

    def flush() -> str:
        nonlocal first
        text = ("\n" if first else ",\n") + json.dumps(c.node(subject, pairs), ensure_ascii=False)
        first = False
        return text

    for t in triples:
        if subject is not None and t.subject != subject:
            parts.append(flush())
            held += len(parts[-1])
            pairs = []
            if held >= CHUNK:
                yield "".join(parts).encode("utf-8")
                parts, held = [], 0
        subject = t.subject
        pairs.append((t.predicate.value, t.object))
    if subject is not None:
        parts.append(flush())
    parts.append("\n]}\n")
    yield "".join(parts).encode("utf-8")
