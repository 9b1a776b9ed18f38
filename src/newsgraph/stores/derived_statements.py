"""The derived tables of statements (see :mod:`newsgraph.stores.derived`): what ``who_said_what``,
``search_statements`` and ``statements_by_actor`` filter and sort by (speaker, document, first and
last day, topics, words, outlet), and every column of their rows, so that a page is a filter and a
slice in memory, with no lookup in the store (``queries/internal/derived_statement_rows``)."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any

from newsgraph.stores.derived_events import Rows, iso_day

ROW_COLUMNS = (
    "statement",
    "date",
    "speaker_id",
    "speaker_name",
    "content",
    "direct",
    "cue",
    "doc_id",
    "evidence",
    "outlet",
    "title",
)
"""The columns of ``derived_statement_rows``: those of the three queries, in another order."""
_STATEMENT, _CONTENT, _DOC, _EVIDENCE, _OUTLET = (
    ROW_COLUMNS.index(c) for c in ("statement", "content", "doc_id", "evidence", "outlet")
)


@dataclass(frozen=True, slots=True)
class StatementKey:
    """What a statement is filtered and sorted by."""

    start: str
    end: str
    doc: str
    id: str
    speaker: str
    topics: frozenset[str]
    dated: bool


def _order(k: StatementKey) -> tuple[str, str, str, str]:
    return (k.start, k.end, k.doc, k.id)


class StatementTables:
    """Statements by topic, speaker and document, in date order, with their rows; ``index`` makes
    the index of words of what was said and of outlets (``derived.NameIndex``)."""

    index: Callable[[Iterable[tuple[str, str]]], Any]

    def _statements(self, statements: Rows, rows: Rows) -> None:
        keys: dict[str, StatementKey] = {}
        topics: dict[str, set[str]] = defaultdict(set)
        for id_, speaker, doc, start, end, topic in statements:
            s, e = iso_day(start), iso_day(end)
            keys.setdefault(
                id_, StatementKey(s or "", e or "", doc, id_, speaker, frozenset(), s is not None)
            )
            topics[id_].update(t for t in topic if t)
        # in date order: by first day, then last day (undated first), document and id
        self.statements = sorted(
            (dataclasses.replace(k, topics=frozenset(topics[i])) for i, k in keys.items()), key=_order
        )
        self.statements_desc = sorted(self.statements, key=lambda k: (k.start, k.end), reverse=True)
        self.by_topic: dict[str, list[StatementKey]] = defaultdict(list)
        self.by_speaker: dict[str, list[StatementKey]] = defaultdict(list)
        self.by_doc: dict[str, list[StatementKey]] = defaultdict(list)
        for k in self.statements:
            self.by_speaker[k.speaker].append(k)
            self.by_doc[k.doc].append(k)
            for t in k.topics:
                self.by_topic[t].append(k)
        # every row of every statement, as the store gave them (a statement of two titles: two rows);
        # the texts many rows repeat (titles, outlets, names) are held once
        self.statement_rows: dict[str, list[tuple[Any, ...]]] = defaultdict(list)
        shared: dict[Any, Any] = {}
        said: list[tuple[str, str]] = []
        outlets: set[tuple[str, str]] = set()
        for row in rows:
            kept = tuple(shared.setdefault(v, v) if isinstance(v, str) else v for v in row)
            self.statement_rows[kept[_STATEMENT]].append(kept)
            said.extend((kept[_STATEMENT], t) for t in (kept[_CONTENT], kept[_EVIDENCE]) if t is not None)
            if kept[_OUTLET] is not None:
                outlets.add((kept[_DOC], kept[_OUTLET]))
        self._said = self.index(said)
        self._outlets = self.index(outlets)

    def statement_page(
        self, name: str, p: Mapping[str, Any], matched: Mapping[str, list[str]], stop: int
    ) -> list[str]:
        """The ids of the statements of a who_said_what, search_statements or statements_by_actor
        query in the query's order, the first ``stop`` of them (the caller cuts the page)."""
        speakers = matched.get("speaker", matched.get("actor"))
        desc = name == "search_statements" and p.get("order") == "desc"
        found: Sequence[StatementKey]
        if desc and p.get("doc") is None and speakers is None and p.get("topic") is None:
            found = self.statements_desc
            desc = False
        elif p.get("doc") is not None:
            found = self.by_doc.get(str(p["doc"]), [])
        elif speakers is not None:
            found = sorted((k for sp in speakers for k in self.by_speaker.get(sp, ())), key=_order)
        elif p.get("topic") is not None:
            found = self.by_topic.get(str(p["topic"]), [])
        else:
            found = self.statements
        topic, since, until = p.get("topic"), iso_day(p.get("since")), iso_day(p.get("until"))
        wanted = set(speakers) if speakers is not None else None
        said = self._said.containing(str(p["text"])) if p.get("text") is not None else None
        outlets = self._outlets.containing(str(p["outlet"])) if p.get("outlet") is not None else None
        if desc:  # newest first (undated last), then as above
            found = sorted(found, key=lambda k: (k.start, k.end), reverse=True)
        kept = (
            k
            for k in found
            if (topic is None or topic in k.topics)
            and (wanted is None or k.speaker in wanted)
            and (since is None or (k.dated and k.end >= since))
            and (until is None or (k.dated and k.start <= until))
            and (said is None or k.id in said)
            and (outlets is None or k.doc in outlets)
        )
        return [k.id for k in islice(kept, stop)]

    def page_rows(self, columns: Sequence[str], ids: list[str]) -> list[list[Any]]:
        """The rows of the statements ``ids``, in that order, as the query's ``columns``."""
        picks = [ROW_COLUMNS.index(c) for c in columns]
        rows = self.statement_rows
        return [[r[i] for i in picks] for s in ids for r in rows.get(s, ())]
