"""A people and its state: two actors with one country code (issue 17, twenty-fourth round).

"les Russes" and "la Russie" stay two nodes of the network (a people is not its state); both
carry the state's ISO code, as GDELT and CAMEO code nationals with their country, so that an
export's reader can fold them (``nations.state_code``; the ``country`` of an actor node in the
exports). Nothing that names the state without being its people takes the code: a party named
after it, nationals described; a body of the state takes it since act35 (with its CAMEO sector:
tests/test_nations_act35.py). Names and sentences are made up.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backends import new_store
from newsgraph.export.network import collect
from newsgraph.model import Actor, Document, Event, Evidence, Extraction, RoleRef
from newsgraph.nations import state_code
from newsgraph.resolve import Registry, resolve
from newsgraph.stores import Store


@pytest.mark.parametrize(
    ("name", "type_", "expected"),
    [
        # a people: a plural demonym alone
        ("les Ukrainiens", "group", "UA"),
        ("Américains", "group", "US"),
        ("des Allemands", "group", "DE"),
        ("les Britanniques", "group", "GB"),
        ("les Nord-Coréens", "group", "KP"),
        ("Français", "organization", "FR"),  # NER tags a people ORG now and then
        # a state, or its capital standing for its government, in headline capitals too
        ("Ukraine", "gpe", "UA"),
        ("Berlin", "gpe", "DE"),
        ("ALLEMAGNE", "gpe", "DE"),
        ("État allemand", "gpe", "DE"),  # a state named by its demonym
        # near misses: named after the state, but not its people nor the state
        ("Russie unie", "organization", None),  # a party
        ("armée ukrainienne", "organization", "UA"),  # a body of the state: its code (act35), sector MIL
        ("ressortissants allemands", "group", None),  # nationals described: a set, not the people
        ("ukrainiens", "group", None),  # an adjective left alone, not the people's noun
        ("l'Ukrainien", "group", None),  # one person
        ("Européens", "group", None),  # no state
        ("Bretons", "group", None),  # a region's people, no state
        ("Lyon", "gpe", None),  # a city that is no capital
        ("Saint-Pétersbourg", "gpe", None),
        ("Ukrainiens", "person", None),  # a people only as a collective
    ],
)
def test_state_code(name, type_, expected):
    assert state_code(name, type_) == expected


Roles = list[tuple[str, str, str]]  # (name, type, role) of an event's actors


def one_report(doc: str, text: str, events: list[tuple[str, Roles]]) -> list[Extraction]:
    """A report whose sentences (split at ". ") are its events, in order: (type, roles) each."""
    sentences = text.split(". ")
    actors = {n: Actor(doc, n, n, t) for _, roles in events for n, t, _ in roles}  # type: ignore[arg-type]
    out = []
    for i, ((type_, roles), sentence) in enumerate(zip(events, sentences, strict=True)):
        start = text.index(sentence)
        refs = tuple(RoleRef(n, n, r, t) for n, t, r in roles)  # type: ignore[arg-type]
        out.append(
            Event(f"e{i}", doc, type_, type_, Evidence(start, start + len(sentence), sentence), None, refs)
        )
    return [Extraction(Document(doc, text), list(actors.values()), [], [], out)]


def stored(backend: str, folder, extractions: list[Extraction]) -> Store:
    """A new store of that backend holding the extractions, resolved."""
    s = new_store(backend, folder)
    for ex in resolve(extractions, Registry()):
        s.write(ex.records())
    return s


def _corpus() -> list[Extraction]:
    text = (
        "Les Ukrainiens ont attaqué une colonne russe. La Russie a bombardé l'Ukraine. "
        "Russie unie a critiqué les Ukrainiens."
    )
    events = [
        ("attack", [("Ukrainiens", "group", "agent"), ("Russie", "gpe", "target")]),
        ("shell", [("Russie", "gpe", "agent"), ("Ukraine", "gpe", "target")]),
        ("disapprove", [("Russie unie", "organization", "agent"), ("Ukrainiens", "group", "target")]),
    ]
    return one_report("doc-ua", text, events)


@pytest.fixture(scope="module", params=["oxigraph", "falkordb"])
def store(request, tmp_path_factory) -> Iterator[Store]:
    s = stored(request.param, tmp_path_factory.mktemp(request.param), _corpus())
    yield s
    s.close()


def test_a_people_and_its_state_are_two_nodes_with_one_code(store):
    nodes = {n.label: n for n in collect(store, {}).nodes.values() if n.kind == "actor"}
    assert {label: n.country for label, n in nodes.items()} == {
        "Ukrainiens": "UA",
        "Ukraine": "UA",
        "Russie": "RU",
        "Russie unie": None,
    }
    assert nodes["Ukrainiens"].id != nodes["Ukraine"].id


def test_the_network_keeps_the_people_apart(store):
    rows = store.query("actor_network", {}).rows
    assert {(src, rel, tgt) for src, _, tgt, _, rel, _ in rows} == {
        ("group-ukrainiens", "attack", "org-russie"),
        ("org-russie", "shell", "org-ukraine"),
        ("org-russie-unie", "disapprove", "group-ukrainiens"),
    }
