"""The registry and the store agree after a kill between the registry's journal and the store
write (issue 12, finding 10): the journal then holds observations of a document the store never
got; opening the registry for writing (``write.open_registry``) drops them.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from newsgraph import write
from newsgraph.resolve import Registry
from newsgraph.stores.oxigraph import OxigraphStore

SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from newsgraph import write
    from newsgraph.model import Actor, Document, Extraction
    from newsgraph.resolve import resolve
    from newsgraph.stores.oxigraph import OxigraphStore

    root = Path(sys.argv[1])
    store = OxigraphStore(root / "store")
    registry = write.open_registry(root / "registry.json", store)

    def article(doc_id, name):
        d = Document(id=doc_id, text=f"{name} a parlé ({doc_id}).")
        return Extraction(d, [Actor(doc=doc_id, id="x", name=name, type="person")])

    stored = resolve([article("doc-stored", "Alice Martin")], registry)
    write.write_batch(stored, store, registry, root / "registry.json")
    lost = resolve([article("doc-lost", "Bruno Petit")], registry)

    def killed(records, replace=()):
        os.kill(os.getpid(), signal.SIGKILL)  # after the journal, before the write

    store.write = killed
    write.write_batch(lost, store, registry, root / "registry.json")
""")


def docs_of(registry: Registry) -> set[str]:
    return {d for entry in registry.entries.values() for d in entry.docs}


def test_a_kill_between_journal_and_write_leaves_them_consistent(tmp_path: Path):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], env=env, capture_output=True, timeout=300
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()[-2000:]
    registry_file = tmp_path / "registry.json"
    # the reproduction: the journal remembers a document the store does not hold
    assert docs_of(Registry.load(registry_file)) == {"doc-stored", "doc-lost"}
    store = OxigraphStore(tmp_path / "store")
    try:
        assert set(store.stored_versions(["doc-stored", "doc-lost"])) == {"doc-stored"}
        registry = write.open_registry(registry_file, store)
        assert docs_of(registry) == {"doc-stored"}
        assert docs_of(Registry.load(registry_file)) == {"doc-stored"}  # the journal itself is mended
        assert write.reconcile(registry_file, store) == 0  # and stays so
    finally:
        store.close()


def test_a_failed_write_rolls_the_registry_back(tmp_path: Path):
    from newsgraph.model import Actor, Document, Extraction
    from newsgraph.resolve import resolve
    from newsgraph.stores import StoreError

    class Failing(OxigraphStore):
        def write(self, records, replace=()):  # type: ignore[no-untyped-def]
            raise StoreError("disk full")

    store = Failing(None)
    registry = Registry()
    d = Document(id="doc-failed", text="Carla Nunes a parlé.")
    batch = resolve([Extraction(d, [Actor(doc=d.id, id="c", name="Carla Nunes", type="person")])], registry)
    try:
        write.write_batch(batch, store, registry, tmp_path / "registry.json")
    except StoreError:
        pass
    assert docs_of(registry) == set() and docs_of(Registry.load(tmp_path / "registry.json")) == set()
