"""Dates as intervals: every date value has a first and a last day in the graph, ``since`` and
``until`` keep what overlaps the range, and rows sort by the first day (not as text)."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.dates import interval, query_bounds
from newsgraph.model import Actor, ActorRef, Document, Evidence, Statement, TimeValue
from newsgraph.stores.graph_mapping import graph_batch


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022", (date(2022, 1, 1), date(2022, 12, 31))),
        ("2022-02", (date(2022, 2, 1), date(2022, 2, 28))),
        ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
        ("2022-W45", (date(2022, 11, 7), date(2022, 11, 13))),
        ("2021-W52", (date(2021, 12, 27), date(2022, 1, 2))),
        ("2022-11-14", (date(2022, 11, 14), date(2022, 11, 14))),
        ("2022-11-14T09:30", (date(2022, 11, 14), date(2022, 11, 14))),
        ("2022-02-30", None),
        ("2022-W54", None),
        ("2022-13", None),
        ("nov", None),
        ("PRESENT_REF", None),
    ],
)
def test_interval(value, expected):
    assert interval(value) == expected


def test_query_bounds_take_the_first_day_of_since_and_the_last_of_until():
    assert query_bounds("2022-11", "2022-W48") == (date(2022, 11, 1), date(2022, 12, 4))
    assert query_bounds(None, "2022") == (None, date(2022, 12, 31))
    with pytest.raises(ValueError, match="since='hier'"):
        query_bounds("hier", None)
    with pytest.raises(ValueError, match="until='2022-11-14T10:00'"):
        query_bounds(None, "2022-11-14T10:00")


SPEAKER = ActorRef("a-x", "Xavier Exemple", "person")


def said(id_: str, value: str, precision: str) -> Statement:
    at = sum(map(ord, id_))  # one evidence span per statement
    return Statement(
        id_,
        "d1",
        SPEAKER,
        f"propos {id_}",
        False,
        "dire",
        Evidence(at, at + 5, f"phrase {id_}"),
        ("negotiation",),
        TimeValue(value, precision),
        "text",
    )  # type: ignore[arg-type]


RECORDS = [
    Document("d1", "z" * 2000, "Titre", TimeValue("2022-11", "month"), "Outlet"),
    Actor("d1", "a-x", "Xavier Exemple", "person"),
    said("s-day", "2022-11-14", "day"),
    said("s-week", "2022-W45", "week"),  # 7-13 Nov: as text it sorts after 2022-11-14
    said("s-month", "2022-10", "month"),
    said("s-year", "2022", "year"),
    said("s-late-week", "2022-W48", "week"),  # 28 Nov - 4 Dec
]


@pytest.fixture(scope="module")
def store():
    from newsgraph.stores.oxigraph import OxigraphStore

    s = OxigraphStore(None, cache_size=0)
    s.write(RECORDS)
    yield s
    s.close()


def statement_ids(store, name: str = "who_said_what", **params: str) -> list[str]:
    rows = store.query(name, params).dicts()
    return [r["statement"] for r in rows]


def test_rows_sort_by_first_day_not_as_text(store):
    assert statement_ids(store) == ["s-year", "s-month", "s-week", "s-day", "s-late-week"]
    assert statement_ids(store, "statements_by_actor", actor="exemple") == [
        "s-year",
        "s-month",
        "s-week",
        "s-day",
        "s-late-week",
    ]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        (
            {"until": "2022-11"},
            ["s-year", "s-month", "s-week", "s-day", "s-late-week"],
        ),  # W48 starts in November
        ({"since": "2022-12"}, ["s-year", "s-late-week"]),  # W48 ends in December
        ({"since": "2022-11-10", "until": "2022-11-12"}, ["s-year", "s-week"]),
        ({"since": "2022-W46", "until": "2022-W46"}, ["s-year", "s-day"]),  # 14-20 Nov
        ({"since": "2023"}, []),
    ],
)
def test_since_until_keep_what_overlaps(store, params, expected):
    assert statement_ids(store, **params) == expected


def test_graph_holds_start_and_end_of_every_date(store):
    rows = store.raw(
        """SELECT ?v ?s ?e WHERE { ?x ng:date ?v ; ng:dateStart ?s ; ng:dateEnd ?e } ORDER BY ?v"""
    ).rows
    assert ["2022-W48", "2022-11-28", "2022-12-04"] in rows
    doc = store.raw("SELECT ?s ?e WHERE { ?d ng:publishedStart ?s ; ng:publishedEnd ?e }").rows
    assert doc == [["2022-11-01", "2022-11-30"]]
    nodes = graph_batch(RECORDS).nodes
    week = nodes["Statement"]["s-week"]["props"]
    assert (week["dateStart"], week["dateEnd"]) == ("2022-11-07", "2022-11-13")
    assert nodes["Document"]["d1"]["props"]["publishedEnd"] == "2022-11-30"
