"""The registry's file: ``Registry.to_text`` is the text ``json.dumps(to_json(), ensure_ascii=False,
indent=1)`` wrote before it, byte for byte (a build's registry files are compared across versions)."""

from __future__ import annotations

import json

import pytest

from newsgraph.resolve import Registry

P, G, ORG = "person", "group", "organization"

# (name, type, document) observations; each row is one registry
REGISTRIES = [
    [],
    [("Élisabeth Borne", P, "d1")],
    [
        ("Élisabeth Borne", P, "d1"),
        ("Elisabeth Borne", P, "d2"),
        ("la Première ministre Élisabeth Borne", P, "d3"),
    ],
    [("les chefs d'entreprise", G, "d1")],
    [("les chefs d'entreprise", G, "d1"), ("Les chefs d'entreprise", G, "d2"), ("la CGT", ORG, "d2")],
    [('le "collectif" \\ des riverains', ORG, "dépêche"), ("Jean’Marc Durand", P, "récit")],
    [("l'ONU", ORG, "a"), ("les Nations unies", ORG, "b"), ("l'ONU", ORG, "c"), ("l'ONU", ORG, "b")],
    [("Zo\u00e9 \u4e2d\u6587 \U0001f600", P, "x\ty"), ("les \u00e9lus\u00a0locaux", G, "ligne\nsuivante")],
]


def _registry(rows: list[tuple[str, str, str]], aliases: tuple[str, ...] = ()) -> Registry:
    registry = Registry()
    for name, type_, doc in rows:
        registry.observe(name, type_, doc, aliases)
    return registry


@pytest.mark.parametrize("rows", REGISTRIES)
@pytest.mark.parametrize("aliases", [(), ("un autre nom", "\u00c9tat")])
def test_to_text_is_the_indented_json_of_to_json(rows, aliases):
    registry = _registry(rows, aliases)
    assert registry.to_text() == json.dumps(registry.to_json(), ensure_ascii=False, indent=1)


def test_an_entry_without_names_or_documents_is_written_as_json_writes_it():
    """An entry read from an older file may lack names, aliases or documents (``from_json``)."""
    registry = Registry.from_json({"entries": {"x": {"type": P}}, "spellings": {"g-y": {}}})
    assert registry.to_text() == json.dumps(registry.to_json(), ensure_ascii=False, indent=1)


def test_save_writes_to_text_and_loads_back(tmp_path):
    registry = _registry(REGISTRIES[4] + REGISTRIES[6])
    path = tmp_path / "registry.json"
    registry.save(path)
    assert path.read_text(encoding="utf-8") == json.dumps(registry.to_json(), ensure_ascii=False, indent=1)
    assert Registry.load(path).to_json() == registry.to_json()
