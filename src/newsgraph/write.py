"""The one write path, for ``newsgraph build`` and POST /documents: which documents of a batch
are new, and writing them with the actor registry kept in step with the store.

A document id names one text. A document whose text is stored already is skipped; one whose id
is stored with another text is a conflict (refused, 409 over HTTP, a named skip in ``build``)
unless the caller asks to replace it: then its old version is forgotten and the new one written
in the same transaction (``Store.write(replace=...)``).

The registry is journalled before the store is written (so that a kill after the write cannot
lose a name the store holds), checkpointed after, and rolled back when the write fails. A kill
between the journal and the write leaves observations of documents the store never got:
:func:`reconcile` drops them when the registry is next opened for writing.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsgraph.model import Document, Extraction
from newsgraph.resolve import Registry, labels
from newsgraph.resolve.registry import _journal_path as journal_path
from newsgraph.stores import Store


@dataclass(slots=True)
class Seen:
    """What a run handed out so far: content hashes, and the text (hash) of each id."""

    hashes: set[str] = field(default_factory=set)
    ids: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Triage:
    fresh: list[Document] = field(default_factory=list)
    """To extract and write."""
    known: list[Document] = field(default_factory=list)
    """Their text is stored already (or came earlier in this run): nothing to do."""
    conflicts: list[Document] = field(default_factory=list)
    """Their id is stored (or came earlier in this run) with another text, and is not replaced."""
    replace: set[str] = field(default_factory=set)
    """Ids of fresh documents whose stored version they replace."""


def triage(
    documents: Sequence[Document], store: Store, *, replace: bool = False, seen: Seen | None = None
) -> Triage:
    """Sort a batch into fresh, known and conflicting documents (``seen`` carries what earlier
    batches of the same run handed out; two texts under one id in one run are a conflict even
    with ``replace``: which one would be meant?)."""
    seen = seen if seen is not None else Seen()
    hashes = {d.content_hash for d in documents} - seen.hashes
    known = store.known_documents(hashes) if hashes else set()
    ids = {d.id for d in documents} - set(seen.ids)
    stored = store.stored_versions(ids) if ids else {}
    out = Triage()
    for d in documents:
        h = d.content_hash
        if seen.ids.get(d.id, h) != h:
            out.conflicts.append(d)
            continue
        if d.id in stored and h not in stored[d.id]:
            if not replace:
                out.conflicts.append(d)
                continue
            out.replace.add(d.id)
            out.fresh.append(d)
        elif h in seen.hashes or h in known or d.id in seen.ids:
            out.known.append(d)
        else:
            out.fresh.append(d)
        seen.hashes.add(h)
        seen.ids[d.id] = h
    return out


def conflict_message(d: Document) -> str:
    return (
        f"document {d.id!r} is stored with another text; send it with replace=true "
        "(newsgraph build --replace) to replace it"
    )


def write_batch(
    extractions: Sequence[Extraction],
    store: Store,
    registry: Registry,
    registry_file: Path,
    replace: Collection[str] = (),
) -> None:
    """Journal the registry, write the batch (forgetting the documents of ``replace`` in the
    same transaction), checkpoint; on any failure, roll the registry back and re-raise."""
    records = labels.records(extractions, registry)  # one shown name per actor
    mark = registry.journal(registry_file)
    try:
        if replace:
            store.write(records, replace=replace)
        else:
            store.write(records)
    except BaseException:
        restored = Registry.rollback(registry_file, mark)
        registry.__dict__.update(vars(restored))
        raise
    registry.checkpoint(registry_file)


def reconcile(registry_file: Path, store: Store) -> int:
    """Drop from the registry's journal the observations of documents the store does not hold
    (a kill between journal and write); returns how many were dropped. Call before
    ``Registry.load`` when opening the registry for writing, with no write in flight."""
    journal = journal_path(Path(registry_file))
    if not journal.exists():
        return 0
    lines = journal.read_bytes().splitlines(keepends=True)
    docs: list[str | None] = []
    for line in lines:
        try:
            _, _, doc, _ = json.loads(line)
            docs.append(doc if isinstance(doc, str) else None)
        except (ValueError, TypeError):
            docs.append(None)  # a line cut short by a crash: Registry.load skips it anyway
    stored = set(store.stored_versions({d for d in docs if d is not None})) if any(docs) else set()
    keep = [
        line if line.endswith(b"\n") else line + b"\n"
        for line, doc in zip(lines, docs, strict=True)
        if doc in stored
    ]
    dropped = len(lines) - len(keep)
    if dropped:
        tmp = journal.with_suffix(journal.suffix + ".tmp")
        tmp.write_bytes(b"".join(keep))
        tmp.replace(journal)
    return dropped


def open_registry(registry_file: Path, store: Store) -> Registry:
    """The registry, reconciled with the store, for a writer."""
    reconcile(registry_file, store)
    return Registry.load(registry_file)


def observe(extractions: Iterable[Extraction], registry: Registry) -> None:
    """Record in the registry the actors of extractions resolved elsewhere (by the workers of a
    build), exactly as ``resolve`` records the actors it resolves."""
    for x in extractions:
        doc = x.document.id
        for a in x.actors:
            registry.observe(a.name, a.type, doc, a.aliases)


def documents_in(items: Iterable[Extraction]) -> set[str]:
    return {x.document.id for x in items}
