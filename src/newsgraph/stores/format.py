"""The store format marker: which shape of data a store holds, so that a store written by an older
newsgraph says "rebuild" instead of answering wrongly.

Some answers need data that a write adds and that older builds did not write: the actor network
joins only actors marked ``ng:identified`` and events of types marked ``ng:dyadic`` (seventeenth
round); a store built before that answers the network with no rows at all, silently. Every write
path (``Store.write``: ``newsgraph build``, ``POST /documents``, ``--replace``) records the format
it writes, and the commands that open a store read it back (:func:`check`):

- SPARQL stores (embedded Oxigraph): one triple in a named graph of its own, outside the default
  graph every query and dump reads: ``GRAPH <{ID}store> { <{ID}store> ng:storeFormat 1 }``, where
  ``{ID}`` is ``https://newsgraph.org/id/``;
- Cypher stores (FalkorDB, Neo4j): one node ``(:NewsgraphStore {id: "store", format: 1})``,
  merged by the load statement of every batch.

A store with documents and no marker was built before the marker existed (round seventeen or
earlier); a store with neither is empty and new (nothing to be wrong about; the first write marks
it); a marker above :data:`FORMAT_VERSION` was written by a newer newsgraph, whose data this code
may misread. What each command does with a store that is not current is :func:`check`'s ``strict``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from newsgraph import rdf
from newsgraph.stores import NEEDS_CURRENT as NEEDS_CURRENT  # the queries that need format 1
from newsgraph.stores import StoreError

FORMAT_VERSION = 1
"""The format this code writes and needs. 1: actors carry ``ng:identified``, event types
``ng:dyadic`` (what the actor network joins). Raise it when a write adds data that queries need,
and say so in the README's "Store format" section."""

META_IRI = rdf.ID + "store"
"""The store itself: the subject of the marker, and the named graph that holds it."""
FORMAT_PREDICATE = rdf.NG + "storeFormat"

MARKER_LABEL = "NewsgraphStore"
"""The label of the Cypher stores' marker node."""
CYPHER_FORMAT = f"MATCH (m:{MARKER_LABEL}) RETURN m.format AS format"
CYPHER_DOCUMENT = "MATCH (d:Document) RETURN d.id AS id LIMIT 1"
"""What the Cypher stores read of their format: the marker's value, and whether a document is there."""
CYPHER_MARK = f"MERGE (m:{MARKER_LABEL} {{id: 'store'}}) ON CREATE SET m.format = $store_format"
"""The last part of every load statement (``graph_mapping.LOAD_QUERY``): an unmarked store is
marked by its first write; the writers refuse a store that is not current before it comes to that."""

REBUILD = (
    "rebuild it: move the store aside (or choose a new --store) and run `newsgraph build PATH...` "
    "again on the articles"
)


class State(Enum):
    CURRENT = "current"
    EMPTY = "empty"  # no marker and no document: a new store, marked by its first write
    OLDER = "older"  # no marker with documents, or a marker below FORMAT_VERSION
    NEWER = "newer"  # a marker above FORMAT_VERSION


@dataclass(frozen=True, slots=True)
class StoredFormat:
    """What a store says of its format: the marker's version (None: no marker), and whether it
    holds any document."""

    version: int | None
    documents: bool

    @property
    def state(self) -> State:
        if self.version is None:
            return State.OLDER if self.documents else State.EMPTY
        if self.version < FORMAT_VERSION:
            return State.OLDER
        if self.version > FORMAT_VERSION:
            return State.NEWER
        return State.CURRENT


class StoreFormatError(StoreError):
    """A store whose format this code cannot use: written by an older newsgraph (rebuild it) or a
    newer one (upgrade newsgraph)."""


def message(where: str, stored: StoredFormat) -> str:
    """What to tell the user of the store ``where`` (a path or a server) when it is not current.

    >>> message("s", StoredFormat(None, True)).split(";")[0]  # doctest: +NORMALIZE_WHITESPACE
    'the store at s was built by an older newsgraph (no store format marker,
     this version needs format 1)'
    """
    state = stored.state
    found = "no store format marker" if stored.version is None else f"store format {stored.version}"
    if state is State.NEWER:
        return (
            f"the store at {where} was built by a newer newsgraph ({found}, this version knows "
            f"formats up to {FORMAT_VERSION}); upgrade newsgraph to read or write it"
        )
    if state is State.OLDER:
        return (
            f"the store at {where} was built by an older newsgraph ({found}, this version needs "
            f"format {FORMAT_VERSION}); the actor network and what it feeds would be empty or wrong; "
            + REBUILD
        )
    return f"the store at {where} is in format {FORMAT_VERSION}"


def check(stored: StoredFormat, where: str, *, strict: bool) -> str | None:
    """None when the store can be used as it is; a warning to print when it is older but
    ``strict`` is off (the command's answer does not depend on what it lacks); raises
    StoreFormatError for a newer store, and for an older one when ``strict``.

    >>> check(StoredFormat(None, False), "s", strict=True) is None  # empty and new
    True
    >>> check(StoredFormat(None, True), "s", strict=False).startswith("the store at s was built by an older")
    True
    """
    state = stored.state
    if state in (State.CURRENT, State.EMPTY):
        return None
    if state is State.NEWER or strict:
        raise StoreFormatError(message(where, stored))
    return message(where, stored)


def check_store(store: object, where: str, *, strict: bool) -> str | None:
    """:func:`check` on an open store; a store that cannot tell (no ``stored_format``: a remote
    SPARQL server, which other programs may write too) is not checked."""
    reader = getattr(store, "stored_format", None)
    if reader is None:
        return None
    return check(reader(), where, strict=strict)


def from_cypher(formats: list[object], documents: bool) -> StoredFormat:
    """The answers of :data:`CYPHER_FORMAT` (its values) and :data:`CYPHER_DOCUMENT` (any row)."""
    versions = [int(v) for v in formats if v is not None]  # type: ignore[call-overload]
    return StoredFormat(max(versions) if versions else None, documents)
