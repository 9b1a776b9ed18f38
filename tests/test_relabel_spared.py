"""What the build process spares without changing what it writes: the registry's shown name kept
until the actor's next observation (``Registry.shown``), and the relabel of the actors whose label
stays the same left out (``stores.actor_labels.Held``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from newsgraph import rdf
from newsgraph.model import Actor, Record
from newsgraph.names import actor_id
from newsgraph.resolve import Registry
from newsgraph.stores import StoreError, actor_labels
from newsgraph.stores.oxigraph import OxigraphStore

# (name, type, document) observed in turn, and the shown name of its raw id after it: made up.
OBSERVED = [
    ("Etat", "organization", "d1", "Etat"),
    ("État", "organization", "d2", "État"),  # a capital's accent wins at once
    ("Matthieu Girard", "person", "d1", "Matthieu Girard"),
    ("Mathieu Girard", "person", "d2", "Matthieu Girard"),  # a tie: the longest
    ("Mathieu Girard", "person", "d3", "Mathieu Girard"),  # most reports
    ("les retraites", "group", "d1", "les retraites"),
    ("les retraités", "group", "d2", "les retraites"),  # a tie, the same length: the first in order
    ("les retraités", "group", "d3", "les retraités"),  # most reports
]


def test_the_shown_name_follows_each_observation():
    registry = Registry()
    for name, type_, doc, shown in OBSERVED:
        registry.observe(name, type_, doc)
        raw = actor_id(name, type_)
        assert registry.shown(raw) == shown, (name, doc)
        assert registry.shown(raw) == shown  # asked again: the same, from the cache


def test_an_unknown_id_has_no_shown_name():
    registry = Registry()
    registry.observe("Etat", "organization", "d1")
    assert registry.shown("org-nowhere") is None


def actor(doc: str, name: str, id_: str = "org-etat") -> Actor:
    return Actor(doc, id_, name, "organization", aliases=(name,), identified=True)


# writes in turn (each a batch of actors) to one store, and the actors the relabel of each names:
# the labels stay as a relabel of every actor leaves them
WRITES: list[tuple[list[Actor], int]] = [
    ([actor("d1", "Etat"), actor("d1", "Mairie", "org-mairie")], 0),  # new to an empty store: one name each
    ([actor("d2", "Etat")], 0),  # unchanged
    ([actor("d3", "État"), actor("d3", "Mairie", "org-mairie")], 1),  # the state's name changes
    ([actor("d4", "État")], 0),
    ([actor("d5", "Etat"), actor("d5", "État")], 1),  # twice in one batch: the last name stays
    ([actor("d6", "Etat"), actor("d6", "Préfecture", "org-prefecture")], 1),  # the prefecture is new
    ([actor("d7", "Gendarmerie", "org-gendarmerie"), actor("d7", "gendarmerie", "org-gendarmerie")], 1),
]


def graph(store: OxigraphStore) -> list[str]:
    return sorted(str(q) for q in store.store.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def test_a_spared_relabel_leaves_the_same_graph(monkeypatch: pytest.MonkeyPatch):
    spared, every = OxigraphStore(None), OxigraphStore(None)
    monkeypatch.setattr(every, "_held", None)  # the relabel of every actor of every batch
    for batch, relabelled in WRITES:
        records: list[Record] = list(batch)
        assert actor_labels.sparql_update(records, spared._held).count('> "') == relabelled
        spared.write(records)
        every.write(records)
        assert graph(spared) == graph(every)


def test_a_store_written_before_is_relabelled_whole(tmp_path: Path):
    """An actor the store held before this process's first write may hold any label."""
    first = OxigraphStore(tmp_path / "store")
    first.write([actor("d1", "Etat")])
    first.close()
    again = OxigraphStore(tmp_path / "store")
    assert actor_labels.sparql_update([actor("d2", "État")], again._held).count('> "') == 1
    again.write([actor("d2", "État")])
    labels = again.store.quads_for_pattern(None, rdf.RDFS_LABEL, None, ox.DefaultGraph())
    assert [q.object.value for q in labels] == ["État"]
    again.close()


class Failing:
    def update(self, text: str) -> Any:
        raise OSError("disk full")


def test_a_failed_relabel_forgets_every_held_label():
    held = actor_labels.Held()
    held.labels["org-mairie"] = "Mairie"
    update = actor_labels.sparql_update([actor("d1", "Etat")], held)
    with pytest.raises(StoreError, match="one label each failed"):
        actor_labels.run(Failing(), update, held)  # type: ignore[arg-type]
    assert held.labels == {}  # no actor's label is known any more: the next write relabels them all
    assert actor_labels.sparql_update([actor("d2", "Mairie", "org-mairie")], held) != ""
