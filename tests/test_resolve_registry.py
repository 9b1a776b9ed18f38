"""The registry: what resolution remembers across batches, its JSON file and its journal."""

from __future__ import annotations

import json
from pathlib import Path

from newsgraph.resolve import Registry, resolve
from newsgraph.settings import Settings
from resolution import CORPUS, P, doc, ids_of


def test_registry_round_trips_through_json(tmp_path):
    registry = Registry()
    resolve([doc("a", ("Volodymyr Zelenskyy", P), ("la Russie", "gpe")), doc("b", ("Zelensky", P))], registry)
    data = json.loads(json.dumps(registry.to_json()))
    again = Registry.from_json(data)
    assert again.to_json() == registry.to_json()
    path = tmp_path / "reg" / "registry.json"
    registry.save(path)
    loaded = Registry.load(path)
    assert loaded.to_json() == registry.to_json()
    assert loaded.canonical() == registry.canonical()
    out = resolve([doc("c", ("Zelenskiy", P))], loaded)
    assert ids_of(out[0]) == {"volodimir-zelenski"}


def test_registry_load_of_missing_file_is_empty(tmp_path):
    assert Registry.load(tmp_path / "none.json").to_json() == Registry().to_json()


def test_registry_journal_replays_after_a_crash(tmp_path):
    """What was journalled before a batch was stored survives a kill before the next save."""
    from newsgraph.resolve import Registry

    path = tmp_path / "registry.json"
    reg = Registry()
    reg.observe("Volodymyr Zelensky", "person", "first")
    reg.journal(path)
    assert not path.exists()  # nothing saved yet: only the journal
    with (tmp_path / "registry.json.journal").open("a", encoding="utf-8") as f:
        f.write('["Vladimir Poutine", "person", "la')  # a line cut short by the kill
    again = Registry.load(path)
    assert again.to_json() == reg.to_json()
    again.save(path)
    assert not (tmp_path / "registry.json.journal").exists()
    assert Registry.load(path).to_json() == reg.to_json()


def test_checkpoint_journals_and_rewrites_only_a_long_journal(tmp_path):
    """Adding a few names costs a journal line each; the registry file is rewritten once the
    journal passes COMPACT_AFTER observations, and every state loads back the same."""
    from newsgraph.resolve import Registry

    path = tmp_path / "registry.json"
    reg = Registry()
    reg.COMPACT_AFTER = 3  # type: ignore[misc]
    reg.observe("Volodymyr Zelensky", "person", "a")
    reg.observe("la Russie", "gpe", "a")
    reg.checkpoint(path)
    assert not path.exists() and reg.journalled == 2
    assert Registry.load(path).to_json() == reg.to_json()
    reg.observe("Vladimir Poutine", "person", "b")
    reg.observe("Zelensky", "person", "b")
    reg.checkpoint(path)
    assert path.exists() and not (tmp_path / "registry.json.journal").exists() and reg.journalled == 0
    assert Registry.load(path).to_json() == reg.to_json()


def test_journal_after_a_cut_line_and_rollback(tmp_path):
    """A line cut short by a kill does not swallow the next batch's first line; ``rollback``
    gives back the registry as it was before a batch that could not be stored."""
    from newsgraph.resolve import Registry

    path = tmp_path / "registry.json"
    reg = Registry()
    reg.observe("Volodymyr Zelensky", "person", "a")
    reg.journal(path)
    with (tmp_path / "registry.json.journal").open("a", encoding="utf-8") as f:
        f.write('["Vladimir Poutine", "person", "la')  # the kill
    again = Registry.load(path)
    before = again.to_json()
    again.observe("Emmanuel Macron", "person", "b")
    mark = again.journal(path)
    assert Registry.load(path).to_json() == again.to_json()
    assert any(e.names.get("Emmanuel Macron") for e in Registry.load(path).entries.values())
    restored = Registry.rollback(path, mark)
    assert restored.to_json() == before


def test_canonical_for_some_ids_equals_the_whole_resolution():
    """``canonical(wanted=...)`` (what ``benchmarks/actor_variants.py`` asks) gives each wanted id
    the actor the whole grouping gives it."""
    registry = Registry()
    for d, (name, type_) in CORPUS:
        registry.observe(name, type_, d)
    full = registry.canonical()
    ids = sorted(registry.entries)
    assert len(ids) >= 3
    for i in range(len(ids)):
        wanted = set(ids[i : i + 3])
        part = registry.canonical(wanted=wanted)
        assert {r: part[r] for r in wanted} == {r: full[r] for r in wanted}


def test_two_stores_in_one_folder_keep_registries_of_their_own(tmp_path: Path) -> None:
    a = Settings(store_path=tmp_path / "a").registry_file
    b = Settings(store_path=tmp_path / "b").registry_file
    assert a != b and a.parent == b.parent == tmp_path
    assert (
        Settings(store_path=tmp_path / "a", registry_path=tmp_path / "r.json").registry_file
        == tmp_path / "r.json"
    )


def test_a_store_built_with_the_former_shared_registry_keeps_it(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "registry.json").write_text("{}", encoding="utf-8")
    assert Settings(store_path=tmp_path / "old").registry_file == tmp_path / "registry.json"
    # a new store beside it gets its own, never the one an older store holds
    assert Settings(store_path=tmp_path / "new").registry_file == tmp_path / "new.registry.json"


def test_shown_name_puts_back_the_accent_of_a_capital():
    """ "Etat" in most reports and "État" in a few are one spelling: shown with its accent; the count
    of documents still decides between different spellings, and a lower-case accent is a spelling."""
    from newsgraph.resolve.groups import shown_name

    cases = [
        ({"Etat": 5, "État": 2}, "État"),
        ({"Elysée": 3, "Élysée": 1, "Palais": 9}, "Palais"),
        ({"Elysée": 6, "Élysée": 4, "Palais": 9}, "Élysée"),  # 10 documents between the two spellings
        ({"Medvedev": 5, "Medvédev": 2}, "Medvedev"),  # a lower-case accent is another spelling
        ({"Russie": 1}, "Russie"),
    ]
    for names, shown in cases:
        assert shown_name(names) == shown, names


def test_registry_shows_the_accented_capital_whatever_the_order():
    for order in (["Etat", "Etat", "État"], ["État", "Etat", "Etat"]):
        registry = Registry()
        for i, name in enumerate(order):
            registry.observe(name, "organization", f"d{i}")
        assert {c.name for c in registry.canonical().values()} == {"État"}
