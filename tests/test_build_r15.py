"""Build overheads outside the extraction stages (round 15): the registry's rewrites amortised
over the names observed, the derived tables' node sets collected only when rows are pending, and
the extraction workers' set-up (forkserver preload, GC thresholds)."""

from __future__ import annotations

import gc
import os
from multiprocessing import forkserver

import pytest


@pytest.mark.parametrize(
    ("names", "observed", "rewritten"),
    [
        (4, 4, True),  # a small registry: COMPACT_AFTER (3 here) decides
        (4, 3, False),
        (40, 10, False),  # 40 names: a rewrite waits for more than 20 observations
        (40, 20, False),
        (40, 21, True),
    ],
)
def test_registry_rewrite_waits_for_half_its_size(tmp_path, names, observed, rewritten):
    from newsgraph.resolve import Registry

    path = tmp_path / "registry.json"
    reg = Registry()
    reg.COMPACT_AFTER = 3  # type: ignore[misc]
    for i in range(names):
        reg.observe(f"Personne Numéro{i:03d}", "person", "a")
    reg.save(path)
    for i in range(observed):  # names seen again in another report
        reg.observe(f"Personne Numéro{i % names:03d}", "person", "b")
    mtime = path.stat().st_mtime_ns
    os.utime(path, ns=(mtime - 10**9, mtime - 10**9))
    reg.checkpoint(path)
    assert (path.stat().st_mtime_ns != mtime - 10**9) is rewritten
    assert (tmp_path / "registry.json.journal").exists() is not rewritten
    assert Registry.load(path).to_json() == reg.to_json()  # every state loads back the same


def test_after_write_asks_for_the_nodes_only_with_rows_pending():
    from newsgraph.stores import derived

    calls: list[int] = []

    def nodes() -> set[str]:
        calls.append(1)
        return {"https://newsgraph.org/id/actor/x"}

    d = derived.Derived(lambda full: {}, update=lambda rows, touched: rows)
    d.after_write(1, nodes)  # nothing pending (no saved rows): the nodes are not collected
    assert calls == []
    d._pending = derived.Pending(0, object(), set())  # rows of the store before the write
    d.after_write(1, nodes)
    assert calls == [1] and d._pending.touched == {"https://newsgraph.org/id/actor/x"}
    assert d._pending.generation == 1


def test_worker_context_keeps_the_preload_of_others():
    from newsgraph import parallel

    server = forkserver._forkserver
    before = getattr(server, "_preload_modules", None)
    try:
        server._preload_modules = ["__main__", "newsgraph.stores.oxigraph_pool"]
        parallel._context()
        assert server._preload_modules == [
            "__main__",
            "newsgraph.stores.oxigraph_pool",
            *parallel.PRELOAD,
        ]
        parallel._context()  # twice: nothing added twice
        assert server._preload_modules.count(parallel.PRELOAD[0]) == 1
    finally:
        server._preload_modules = before


def test_worker_initializer_raises_the_young_gc_threshold(monkeypatch):
    from newsgraph import parallel
    from newsgraph.extract import pipeline

    monkeypatch.setattr(pipeline, "load_nlp", lambda model: None)
    monkeypatch.setattr(gc, "freeze", lambda: None)
    before = gc.get_threshold()
    try:
        parallel._load_model("any")
        assert gc.get_threshold() == (parallel.GC_GEN0, *before[1:])
    finally:
        gc.set_threshold(*before)
