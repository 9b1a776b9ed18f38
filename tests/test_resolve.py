"""Resolution across documents: one actor for the names of one person, and event ids after actor ids."""

from __future__ import annotations

import dataclasses

import pytest

from newsgraph import resolve as resolve_mod
from newsgraph.names import actor_id
from newsgraph.resolve import Registry, resolve
from resolution import CORPUS, P, doc, ids_of


def test_surname_alone_of_a_public_figure_is_that_figure_in_any_document():
    out = resolve([doc("a", ("Volodymyr Zelenskyy", P)), doc("b", ("Zelensky", P), speaker=("Zelenskiy", P))])
    target = actor_id("Volodymyr Zelensky", P)
    assert ids_of(out[0]) == ids_of(out[1]) == {target}
    assert out[1].statements[0].speaker.id == target
    assert out[1].events[0].actors[0].id == target
    assert out[1].actors[0].name == out[0].actors[0].name == "Volodymyr Zelensky"  # the lexicon's name


def test_surname_alone_of_anyone_else_stays_its_own_actor():
    """Joining it to a full name seen in another article would make the graph depend on which
    articles share a batch."""
    out = resolve([doc("a", ("Albert Dupontel", P)), doc("b", ("Dupontel", P))])
    assert ids_of(out[1]) == {actor_id("Dupontel", P)} != ids_of(out[0])


def test_ambiguous_surname_is_left_alone():
    out = resolve([doc("a", ("Joe Biden", P)), doc("b", ("Hunter Biden", P)), doc("c", ("Biden", P))])
    assert ids_of(out[2]) == {actor_id("Biden", P)}


def test_first_name_variants_of_one_surname_join():
    out = resolve(
        [doc("a", ("Volodymyr Zelensky", P)), doc("b", ("Vladimir Zelensky", P)), doc("c", ("Zelensky", P))]
    )
    assert {a.id for ex in out for a in ex.actors} == {"volodimir-zelenski"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Oleksiy Reznikov", "Alexeï Reznikov"),
        ("Dmytro Kuleba", "Dmitri Kouleba"),
        ("Serhiy Shoigu", "Sergueï Choïgou"),
    ],
)
def test_first_name_table_joins_languages(a, b):
    out = resolve([doc("a", (a, P)), doc("b", (b, P))])
    assert ids_of(out[0]) == ids_of(out[1]) == {actor_id(a, P)}  # the first form of the table wins


def test_different_first_names_stay_apart():
    out = resolve([doc("a", ("Joe Biden", P)), doc("b", ("Jill Biden", P))])
    assert ids_of(out[0]) != ids_of(out[1])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Julian Gasparutto", "Julien Gasparutto"),
        ("Lee Miller", "Aleksei Miller"),
        ("Bilal Mokono", "Bilal Mokomo"),
    ],
)
def test_spellings_apart_are_not_merged(a, b):
    """Two first names are two people; a one-letter surname slip is not guessed across articles."""
    out = resolve([doc("a", (a, P)), doc("b", (b, P))])
    assert ids_of(out[0]) != ids_of(out[1])
    assert all(b not in x.aliases for x in out[0].actors)


def test_anonymous_and_groups_are_never_merged_into_persons():
    anon = ("un responsable américain", "anonymous")
    group = ("les autorités ukrainiennes", "group")
    out = resolve([doc("a", ("Antony Blinken", P), anon, group, speaker=anon), doc("b", anon, group)])
    speaker = out[0].statements[0].speaker.id
    assert speaker.startswith("anon-") and speaker in ids_of(out[0])
    assert ids_of(out[0]) == {actor_id("Antony Blinken", P), speaker, actor_id(*group)}


def test_an_anonymous_actor_belongs_to_its_own_document():
    """ "un habitant" of one report is not the "un habitant" of every other report."""
    anon = ("un habitant", "anonymous")
    out = resolve([doc("a", anon, speaker=anon), doc("b", anon, speaker=anon)])
    (a,), (b,) = ids_of(out[0]), ids_of(out[1])
    assert a != b and a.startswith("anon-") and b.startswith("anon-")
    assert out[0].statements[0].speaker.id == out[0].events[0].actors[0].id == a
    generic = resolve([doc("a", ("habitants", "group")), doc("b", ("habitants", "group"))])
    assert ids_of(generic[0]) != ids_of(generic[1])


def test_unknown_speaker_with_a_known_name_becomes_the_person():
    out = resolve([doc("a", ("Volodymyr Zelensky", P)), doc("b", speaker=("Zelensky", "unknown"))])
    speaker = out[1].statements[0].speaker
    assert (speaker.id, speaker.type) == ("volodimir-zelenski", "person")


@pytest.mark.parametrize("order", [1, -1])
def test_unknown_speaker_named_like_an_organisation_joins_it(order):
    docs = [doc("a", ("la Russie", "gpe"), ("OTAN", "organization")), doc("b", speaker=("l'Otan", "unknown"))]
    out = resolve(docs[::order])
    by_doc = {ex.document.id: ex for ex in out}
    assert by_doc["b"].statements[0].speaker.id == "org-otan"
    assert {a.type for a in by_doc["a"].actors} == {"gpe", "organization"}


def test_a_surname_tagged_as_organisation_follows_the_person():
    docs = [
        doc("a", ("Volodymyr Zelenskyy", P)),
        doc("b", ("Volodymyr Zelenskyy", P), ("Zelenskyy", "organization")),
    ]
    out = resolve(docs)
    assert ids_of(out[1]) == {"volodimir-zelenski"}
    assert out[1].actors[0].mentions == 2


def test_organisation_is_not_turned_into_a_surname_alone():
    docs = [doc(str(i), ("Russes", P)) for i in range(3)] + [doc("o", ("Russes", "organization"))]
    out = resolve(docs)
    assert ids_of(out[-1]) == {"org-russes"}


def test_organisation_seen_as_organisation_stays_one():
    docs = [doc(str(i), ("Wagner", "organization")) for i in range(3)] + [doc("p", ("Richard Wagner", P))]
    out = resolve(docs)
    assert ids_of(out[0]) == {"org-wagner"}


def test_two_records_of_one_actor_in_a_document_are_merged():
    out = resolve([doc("a", ("Volodymyr Zelenskyy", P), ("Zelenskiy", P))])
    assert len(out[0].actors) == 1
    assert {"Volodymyr Zelenskyy", "Zelenskiy"} <= set(out[0].actors[0].aliases)


def _all_ids(
    batches: list[list[tuple[str, tuple[str, str]]]], registry: Registry | None = None
) -> dict[str, set[str]]:
    registry = registry or Registry()
    final: dict[str, set[str]] = {}
    for batch in batches:
        resolve([doc(d, p) for d, p in batch], registry)
    # a last pass over everything with the full registry: what a rebuild would give
    for ex in resolve([doc(d, p) for d, p in CORPUS], registry):
        final[ex.document.id] = ids_of(ex)
    return final


def test_batch_order_does_not_change_ids():
    one = _all_ids([CORPUS])
    two = _all_ids([CORPUS[3:], CORPUS[:3]])
    three = _all_ids([[c] for c in reversed(CORPUS)])
    assert one == two == three
    assert one["a"] == one["b"] == one["e"] == {"volodimir-zelenski"}
    assert one["c"] == one["d"] == {actor_id("Dmitri Peskov", P)}
    assert one["f"] == one["g"] == {actor_id("Vladimir Putin", P)}


def test_a_later_batch_resolves_against_what_earlier_ones_learned():
    registry = Registry()
    resolve([doc("a", ("Volodymyr Zelenskyy", P))], registry)
    out = resolve([doc("b", ("Zelensky", P))], registry)
    assert ids_of(out[0]) == {"volodimir-zelenski"}


def test_event_ids_are_assigned_after_actor_ids(monkeypatch):
    seen: list[list[str]] = []

    def assign_event_ids(events):
        seen.append([r.id for e in events for r in e.actors])
        return [dataclasses.replace(e, event_id="ev-" + e.id) for e in events]

    monkeypatch.setattr(resolve_mod, "assign_event_ids", assign_event_ids)
    out = resolve([doc("a", ("Volodymyr Zelenskyy", P)), doc("b", ("Zelensky", P))])
    assert seen == [["volodimir-zelenski", "volodimir-zelenski"]]
    assert [ex.events[0].event_id for ex in out] == ["ev-e-a", "ev-e-b"]
