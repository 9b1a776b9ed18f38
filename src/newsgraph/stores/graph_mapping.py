"""Records -> a property graph under the ontology (ontology/newsgraph.ttl), for Cypher stores.

The one mapping that Neo4j and FalkorDB share. Node labels are the ontology's class names
(``Document``, ``Actor`` with ``Person`` etc. as extra labels, ``Statement``, ``EventReport``,
...), relationship types its object properties in upper snake case (``ng:inDocument`` ->
``IN_DOCUMENT``), property keys its datatype properties (``rdfs:label`` -> ``name``/``names``,
``skos:altLabel`` -> ``aliases``). Every node's key ``id`` is the id its RDF IRI ends with
(``https://newsgraph.org/id/actor/ID`` -> ``(:Actor {id: ID})``), topics and event types are
``(:Topic {id})`` and ``(:EventType {id})`` nodes.

A batch loads with ONE Cypher statement, :data:`LOAD_QUERY`, made of ``UNWIND $rows AS row
MERGE ...`` parts joined by ``WITH count(*)`` (so an empty part does not stop the next): the same
text for every batch, so both engines cache its plan, and one statement is one transaction on
Neo4j and one atomic query on FalkorDB. MERGE on keys makes loads idempotent; multi-valued
labels (``names``, ``aliases``) are merged as sets, as RDF does, but for an actor's one name
(``stores.actor_labels``).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsgraph import queries, rdf
from newsgraph.dates import interval
from newsgraph.model import Actor, Document, Event, Evidence, Place, Record, Statement, TimeMention
from newsgraph.queries import NamedQuery, QueryError
from newsgraph.stores import QueryRejected, QueryResult, actor_labels, derived, derived_read, versions
from newsgraph.stores import format as store_format

KEY = "id"
ACTOR_SUBCLASSES: tuple[str, ...] = tuple(sorted({c for c in rdf.ACTOR_CLASS.values() if c != "Actor"}))
KEYED_LABELS: tuple[str, ...] = (
    "Document",
    "Actor",
    "Place",
    "Evidence",
    "Statement",
    "EventReport",
    "Event",
    "TimeExpression",
    "Topic",
    "EventType",
)
"""Labels whose nodes are merged on ``id`` (actor subclasses are extra labels on ``Actor``)."""
NODE_LABELS: tuple[str, ...] = KEYED_LABELS + ACTOR_SUBCLASSES
SET_VALUED: dict[str, tuple[str, ...]] = {"Actor": ("names", "aliases"), "Place": ("names", "aliases")}
"""List properties merged as sets across writes (several ``rdfs:label`` / ``skos:altLabel``), but
an actor's ``names``: the last write's name alone (``stores.actor_labels``)."""

ROLE_PROPERTIES = ("agent", "target", "participant")
RELATIONSHIPS: tuple[tuple[str, str, str], ...] = (
    ("Actor", "mentionedIn", "Document"),
    ("Place", "mentionedIn", "Document"),
    ("Evidence", "inDocument", "Document"),
    ("TimeExpression", "inDocument", "Document"),
    ("Statement", "inDocument", "Document"),
    ("Statement", "evidence", "Evidence"),
    ("Statement", "eventType", "EventType"),
    ("Statement", "speaker", "Actor"),
    ("Statement", "about", "Actor"),
    ("Statement", "topic", "Topic"),
    ("EventReport", "inDocument", "Document"),
    ("EventReport", "evidence", "Evidence"),
    ("EventReport", "reportOf", "Event"),
    *((node, "eventType", "EventType") for node in ("EventReport", "Event")),
    *((node, prop, "Actor") for node in ("EventReport", "Event") for prop in ROLE_PROPERTIES),
    *((node, "place", "Place") for node in ("EventReport", "Event")),
)
"""(start label, ontology property, end label) for every relationship the mapping writes."""
_RELATIONSHIP_SET = frozenset(RELATIONSHIPS)


class WriteRefused(QueryRejected):
    """A raw query that would write, sent where only reads are allowed."""


def rel_type(prop: str) -> str:
    """The relationship type of an ontology property: ``inDocument`` -> ``IN_DOCUMENT``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", prop).upper()


def _param(kind: str, *parts: str) -> str:
    return "_".join((kind, *parts))


# ---------------------------------------------------------------- the load statement


def _node_part(label: str) -> str:
    text = f"UNWIND ${_param('n', label)} AS row\nMERGE (n:{label} {{{KEY}: row.{KEY}}})\nSET n += row.props"
    if label == "Actor":  # one name per actor, the batch's (stores.actor_labels)
        return f"{text}\n{actor_labels.CYPHER_ACTOR_NAMES}"
    lists = SET_VALUED.get(label)
    if not lists:
        return text
    merged = ",\n     ".join(
        f"reduce(acc = [], x IN coalesce(n.{p}, []) + row.{p} | "
        f"CASE WHEN x IN acc THEN acc ELSE acc + x END) AS {p}"
        for p in lists
    )
    sets = ", ".join(f"n.{p} = CASE WHEN size({p}) = 0 THEN null ELSE {p} END" for p in lists)
    return f"{text}\nWITH n, {merged}\nSET {sets}" + (
        ", n.name = reduce(m = null, x IN names | CASE WHEN m IS NULL OR x < m THEN x ELSE m END)"
        if "names" in lists
        else ""
    )


def _class_part(label: str) -> str:
    return f"UNWIND ${_param('c', label)} AS key\nMATCH (n:Actor {{{KEY}: key}})\nSET n:{label}"


def _rel_part(start: str, prop: str, end: str) -> str:
    return (
        f"UNWIND ${_param('r', start, prop, end)} AS row\n"
        f"MERGE (a:{start} {{{KEY}: row[0]}})\nMERGE (b:{end} {{{KEY}: row[1]}})\n"
        f"MERGE (a)-[:{rel_type(prop)}]->(b)"
    )


def _load_query() -> str:
    parts = [_node_part(label) for label in KEYED_LABELS]
    parts += [_class_part(label) for label in ACTOR_SUBCLASSES]
    parts += [_rel_part(*spec) for spec in RELATIONSHIPS]
    parts.append(store_format.CYPHER_MARK)  # the store format marker (stores/format.py)
    joined = "".join(f"{p}\nWITH count(*) AS part{i}\n" for i, p in enumerate(parts))
    return f"{joined}RETURN part{len(parts) - 1} AS done"


LOAD_QUERY = _load_query()
"""The one statement every batch is written with; its parameters come from :func:`load_params`."""

NEO4J_SCHEMA: tuple[str, ...] = (
    *(
        f"CREATE CONSTRAINT ng_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.{KEY} IS UNIQUE"
        for label in KEYED_LABELS
    ),
    "CREATE INDEX ng_document_sha256 IF NOT EXISTS FOR (n:Document) ON (n.sha256)",
)
"""Neo4j-only: uniqueness constraints (each backed by an index) on every node key."""

FALKORDB_SCHEMA: tuple[str, ...] = (
    *(f"CREATE INDEX FOR (n:{label}) ON (n.{KEY})" for label in KEYED_LABELS),
    "CREATE INDEX FOR (n:Document) ON (n.sha256)",
)
"""FalkorDB: range indexes on every node key (FalkorDB has no IF NOT EXISTS: 'already indexed'
errors are expected on an existing graph)."""


# ---------------------------------------------------------------- records -> rows


@dataclass(slots=True)
class GraphBatch:
    """A batch of records as nodes (label -> id -> properties) and relationships (spec -> pairs)."""

    nodes: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    classes: dict[str, set[str]] = field(default_factory=dict)
    rels: dict[tuple[str, str, str], set[tuple[str, str]]] = field(default_factory=dict)

    def node(self, label: str, id_: str, **props: Any) -> None:
        row = self.nodes.setdefault(label, {}).setdefault(
            id_, {"props": {}, **{p: [] for p in SET_VALUED.get(label, ())}}
        )
        for key, value in props.items():
            if key == "names" and label == "Actor":  # the last record's name, the others aliases
                row["aliases"].extend(n for n in row["names"] if n not in value and n not in row["aliases"])
                row["names"] = list(value)
            elif key in SET_VALUED.get(label, ()):
                row[key].extend(v for v in value if v not in row[key])
            elif value is not None:
                row["props"][key] = value

    def rel(self, start: str, prop: str, end: str, a: str, b: str) -> None:
        spec = (start, prop, end)
        if spec not in _RELATIONSHIP_SET:
            raise ValueError(f"no relationship {spec} in the mapping")
        self.rels.setdefault(spec, set()).add((a, b))


def _span(value: str | None, start: str = "dateStart", end: str = "dateEnd") -> dict[str, str]:
    """The first and last day of a calendar value as ISO strings (they sort and compare as dates)."""
    span = interval(value) if value else None
    return {start: span[0].isoformat(), end: span[1].isoformat()} if span else {}


def _evidence_id(doc: str, ev: Evidence) -> str:
    return f"{doc}/{ev.start}-{ev.end}"


def _add_evidence(g: GraphBatch, doc: str, ev: Evidence) -> str:
    id_ = _evidence_id(doc, ev)
    g.node("Evidence", id_, start=ev.start, end=ev.end, text=ev.text)
    g.rel("Evidence", "inDocument", "Document", id_, doc)
    return id_


def _add(g: GraphBatch, r: Record) -> None:
    match r:
        case Document():
            g.node(
                "Document",
                r.id,
                sha256=r.content_hash,
                language=r.language,
                title=r.title or None,
                published=r.published.value if r.published else None,
                publishedPrecision=r.published.precision if r.published else None,
                outlet=r.outlet or None,
                url=r.url or None,
                source=r.source or None,
                text=r.text,
                **_span(r.published.value if r.published else None, "publishedStart", "publishedEnd"),
            )
        case Actor():
            g.node("Actor", r.id, names=[r.name], aliases=list(r.aliases), identified=r.identified or None)
            cls = rdf.ACTOR_CLASS.get(r.type, "Actor")
            if cls != "Actor":
                g.classes.setdefault(cls, set()).add(r.id)
            g.rel("Actor", "mentionedIn", "Document", r.id, r.doc)
        case Place():
            has_point = r.lat is not None and r.lon is not None
            g.node(
                "Place",
                r.id,
                names=[r.name],
                aliases=list(r.aliases),
                placeType=r.type,
                lat=float(r.lat) if has_point else None,  # type: ignore[arg-type]
                long=float(r.lon) if has_point else None,  # type: ignore[arg-type]
                geonamesId=r.geonames_id,
                countryCode=r.country or None,
            )
            g.rel("Place", "mentionedIn", "Document", r.id, r.doc)
        case Statement():
            g.node(
                "Statement",
                r.id,
                content=r.content,
                direct=bool(r.direct),
                cue=r.cue,
                date=r.date.value if r.date else None,
                datePrecision=r.date.precision if r.date else None,
                dateSource=r.date_source or None,
                topicWords=list(r.topic_words) or None,
                **_span(r.date.value if r.date else None),
            )
            g.node("EventType", "make_statement")
            g.rel("Statement", "eventType", "EventType", r.id, "make_statement")
            g.rel("Statement", "inDocument", "Document", r.id, r.doc)
            g.rel("Statement", "speaker", "Actor", r.id, r.speaker.id)
            for actor in r.about:
                g.rel("Statement", "about", "Actor", r.id, actor.id)
            for topic in r.topics:
                g.node("Topic", topic)
                g.rel("Statement", "topic", "Topic", r.id, topic)
            g.rel("Statement", "evidence", "Evidence", r.id, _add_evidence(g, r.doc, r.evidence))
        case Event():
            event = r.event_id or r.id
            g.node(
                "EventReport",
                r.id,
                trigger=r.trigger,
                cameoCode=r.cameo or None,
                date=r.date.value if r.date else None,
                datePrecision=r.date.precision if r.date else None,
                dateSource=r.date_source,
                modality=r.modality,
                quantities=[f"{q.value:g} {q.unit}" for q in r.quantities] or None,
                **_span(r.date.value if r.date else None),
            )
            g.node("Event", event, cameoCode=r.cameo or None)
            g.node("EventType", r.type, dyadic=r.type in rdf.DYADIC or None)
            g.rel("EventReport", "reportOf", "Event", r.id, event)
            g.rel("EventReport", "inDocument", "Document", r.id, r.doc)
            for label, id_ in (("EventReport", r.id), ("Event", event)):
                g.rel(label, "eventType", "EventType", id_, r.type)
                for role in r.actors:
                    prop = role.role if role.role in {"agent", "target"} else "participant"
                    g.rel(label, prop, "Actor", id_, role.id)
                if r.location:
                    g.rel(label, "place", "Place", id_, r.location.id)
            g.rel("EventReport", "evidence", "Evidence", r.id, _add_evidence(g, r.doc, r.evidence))
        case TimeMention():
            id_ = f"{r.doc}/{r.start}-{r.end}"
            g.node(
                "TimeExpression",
                id_,
                start=r.start,
                end=r.end,
                text=r.text,
                value=r.value,
                datePrecision=r.precision,
                timexType=r.type,
                **_span(r.value),
            )
            g.rel("TimeExpression", "inDocument", "Document", id_, r.doc)


def graph_batch(records: Iterable[Record]) -> GraphBatch:
    """The nodes and relationships of a batch of records, one row per key."""
    g = GraphBatch()
    for r in records:
        _add(g, r)
    return g


def load_params(records: Iterable[Record]) -> dict[str, Any]:
    """The parameters of :data:`LOAD_QUERY` for a batch (every part's list, empty when unused,
    and the store format the marker records)."""
    g = graph_batch(records)
    params: dict[str, Any] = {}
    for label in KEYED_LABELS:
        rows = g.nodes.get(label, {})
        params[_param("n", label)] = [{KEY: id_, **row} for id_, row in sorted(rows.items())]
    for label in ACTOR_SUBCLASSES:
        params[_param("c", label)] = sorted(g.classes.get(label, ()))
    for spec in RELATIONSHIPS:
        params[_param("r", *spec)] = [list(pair) for pair in sorted(g.rels.get(spec, ()))]
    params["store_format"] = store_format.FORMAT_VERSION
    return params


# ---------------------------------------------------------------- named queries


def bind_cypher(
    q: NamedQuery, params: Mapping[str, object], limit: int | None = None, offset: int = 0
) -> tuple[str, dict[str, object]]:
    """A named query's text and driver parameters: every declared parameter is passed (unset ones
    as null, meaning "no filter"), with the nodes of each ``# @match`` as ``NAME_match``, and
    paging is appended as ``SKIP $page_offset LIMIT $page_limit``. ``params`` are checked ones
    (``NamedQuery.check_params``), with their matches (``derived.bind``)."""
    if q.cypher is None:
        raise QueryError(f"query {q.name!r} has no Cypher version")
    names = [*q.params, *(f"{m.param}_match" for m in q.matches)]
    values: dict[str, object] = {p: _plain(params.get(p)) for p in names}
    text = q.cypher.rstrip().rstrip(";").rstrip()
    if offset:
        text += "\nSKIP $page_offset"
        values["page_offset"] = int(offset)
    if limit is not None:
        text += "\nLIMIT $page_limit"
        values["page_limit"] = int(limit)
    return text, values


def load_statement(records: Iterable[Record], replace: Collection[str] = ()) -> tuple[str, dict[str, Any]]:
    """The query and parameters that write a batch; with ``replace`` (document ids), the same
    query first forgets those documents (one transaction)."""
    params: dict[str, Any] = load_params(records)
    if not replace:
        return LOAD_QUERY, params
    return versions.cypher_forget() + LOAD_QUERY, {**params, "forget": sorted(set(replace))}


def _plain(value: object) -> object:
    """A driver parameter: dates as ISO strings (the graph keeps dateStart/dateEnd as such)."""
    return value.isoformat() if isinstance(value, date) else value


class CypherReads:
    """What the Cypher stores answer alike, in terms of their own read-only ``raw``."""

    def raw(self, text: str, params: Mapping[str, object] | None = None) -> QueryResult:
        raise NotImplementedError

    def known_documents(self, hashes: Iterable[str]) -> set[str]:
        wanted = sorted(set(hashes))
        if not wanted:
            return set()
        return {
            row[0] for row in self.raw(queries.internal("known_documents", "cypher"), {"hashes": wanted}).rows
        }

    def stored_versions(self, ids: Iterable[str]) -> dict[str, set[str]]:
        wanted = sorted(set(ids))
        out: dict[str, set[str]] = {}
        for i in range(0, len(wanted), versions.ID_BATCH):
            rows = self.raw(versions.STORED_VERSIONS_CYPHER, {"ids": wanted[i : i + versions.ID_BATCH]}).rows
            for doc, sha in rows:
                out.setdefault(doc, set()).add(sha)
        return out

    def ping(self) -> None:
        self.raw("MATCH (n) RETURN 1 AS one LIMIT 1")

    def stored_format(self) -> store_format.StoredFormat:
        """The store's format marker node (``stores.format``), and whether it holds any document."""
        formats = [row[0] for row in self.raw(store_format.CYPHER_FORMAT).rows]
        return store_format.from_cypher(formats, bool(self.raw(store_format.CYPHER_DOCUMENT).rows))

    def query(
        self, name: str, params: Mapping[str, object], limit: int | None = None, offset: int = 0
    ) -> QueryResult:
        q = queries.get(name)
        if q.cypher is None:
            raise QueryError(f"query {q.name!r} has no Cypher version")
        bound = q.check_params(params)
        answered = derived.answer(q, bound, self._tables_of(), self._generation, limit, offset, self.max_rows)
        if answered is not None:
            return answered
        bound = derived.bind(q, bound, self.tables, "cypher")
        text, values = bind_cypher(q, bound, limit=limit, offset=offset)
        return self.raw(text, values)

    _generation = 0
    _derived: derived.Derived | None = None
    max_rows = 10_000

    def every_row(self, text: str) -> list[list[Any]]:
        """Every row of a read query, past the row limit (the derived tables); a store whose
        engine cuts results pages through them."""
        return self.raw(text).rows

    def _tables_of(self) -> derived.Derived:
        if self._derived is None:
            self._derived = derived.Derived(
                lambda full: derived_read.read_cypher(self.every_row, full), live=self.live_tables
            )
        return self._derived

    def tables(self) -> derived.Tables:
        """The derived tables of the graph as it is now (read again after a write through this
        store: ``_generation``)."""
        return self._tables_of().tables(self._generation)

    live_tables = False
    """True for a store that other processes may write (a server): its tables are read again for
    each query that needs them."""
