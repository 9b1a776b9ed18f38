"""One document id names one text: what a store holds under an id, and the texts that forget a
document's old version in the same transaction that writes its new one (``write(replace=...)``).

The texts live in ``queries/write/`` (``forget_documents.ru`` for SPARQL stores,
``forget_documents.cypher`` for Cypher stores).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from newsgraph import rdf
from newsgraph.resources import resource_dir

STORED_VERSIONS_CYPHER = "MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.sha256 AS sha256"
ID_BATCH = 500


@cache
def _text(name: str) -> str:
    return (resource_dir("queries") / "write" / name).read_text(encoding="utf-8")


def doc_iris(ids: Iterable[str]) -> str:
    """The documents' IRIs in SPARQL syntax (checked IRIs: an id cannot close the ``<...>``)."""
    return " ".join(str(rdf.doc_iri(i)) for i in sorted(set(ids)))


def sparql_forget(ids: Iterable[str]) -> str:
    """A SPARQL Update that forgets the documents ``ids``; end it with ``;`` and more operations."""
    return _text("forget_documents.ru").replace("{{docs}}", doc_iris(ids))


def sparql_forget_and_insert(ids: Iterable[str], ntriples: bytes) -> bytes:
    """One update request: forget ``ids``, then insert the new triples."""
    return sparql_forget(ids).encode("utf-8") + b" ;\nINSERT DATA {\n" + ntriples + b"}\n"


def cypher_forget() -> str:
    """The Cypher that forgets the documents of ``$forget``, ending with a ``WITH`` so that the
    load statement can follow it in the same query."""
    lines = [line for line in _text("forget_documents.cypher").splitlines() if not line.startswith("//")]
    return "\n".join(lines).strip() + "\n"


def stored_versions_sparql(ids: Iterable[str]) -> str:
    """A SELECT of (?doc, ?sha256) for the documents ``ids``."""
    return f"SELECT ?doc ?sha256 WHERE {{ VALUES ?doc {{ {doc_iris(ids)} }} ?doc <{rdf.NG}sha256> ?sha256 }}"


def doc_id(iri: str) -> str:
    """The id of a document IRI."""
    return iri.removeprefix(rdf.ID + "document/")
