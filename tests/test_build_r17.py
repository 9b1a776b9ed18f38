"""The build process's cost per report does not grow with the corpus (round 17): after each batch
the build collects and freezes what survives (the registry's entries grow with the corpus, and the
collector's full passes walked them all every few batches)."""

from __future__ import annotations

import gc
import weakref

import pytest

from newsgraph.build import build
from newsgraph.model import Actor, Document, Extraction
from newsgraph.resolve import Registry
from newsgraph.resolve.groups import Entry
from newsgraph.stores.oxigraph import OxigraphStore


class _Cycle:
    """An object that refers to itself: only the cyclic collector can free it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def unfrozen():
    """Each test starts and ends with nothing frozen (other tests count on a normal collector)."""
    gc.unfreeze()
    yield
    gc.unfreeze()


def _documents(n: int) -> list[Document]:
    return [Document(id=f"d{i}", text=f"Texte numéro {i} de la dépêche.") for i in range(n)]


def _extractor(cycles: list[weakref.ref[_Cycle]]):
    """Extractions with one named actor each, leaving a piece of cyclic garbage behind per batch."""

    def run(documents: list[Document]) -> list[Extraction]:
        garbage = _Cycle()
        cycles.append(weakref.ref(garbage))
        del garbage
        return [
            Extraction(
                document=d,
                actors=[Actor(id=f"personne-{d.id}", name=f"Personne {d.id}", type="person", doc=d.id)],
            )
            for d in documents
        ]

    run.resolved = True  # type: ignore[attr-defined]
    return run


@pytest.mark.parametrize("batch_size", [1, 3])
def test_what_a_build_keeps_is_left_out_of_later_collections(unfrozen, tmp_path, batch_size):
    registry = Registry()
    cycles: list[weakref.ref[_Cycle]] = []
    report = build(
        _documents(7),
        OxigraphStore(None),
        registry,
        batch_size=batch_size,
        extractor=_extractor(cycles),
        registry_file=tmp_path / "registry.json",
    )
    assert report.documents == 7 and len(registry.entries) == 7
    tracked = {id(o) for o in gc.get_objects() if isinstance(o, Entry)}  # frozen ones are not listed
    assert not tracked & {id(e) for e in registry.entries.values()}
    # the cycles of every batch were collected before the freeze, not kept for ever
    assert cycles and all(ref() is None for ref in cycles)
