"""Reports of one real-world event in several articles share one event id."""

from __future__ import annotations

import pytest

from newsgraph.model import Event, Evidence, PlaceRef, RoleRef, TimeValue
from newsgraph.resolve.events import assign_event_ids, merge_key


def report(doc: str, type_: str, agent: str | None, place: str | None, day: str | None) -> Event:
    actors = (RoleRef(agent.lower(), agent, "agent", "gpe"),) if agent else ()
    return Event(
        id=f"{doc}-{type_}",
        doc=doc,
        type=type_,
        trigger=type_,
        evidence=Evidence(0, 1, "x"),
        actors=actors,
        location=PlaceRef(place.lower(), place) if place else None,
        date=TimeValue(day, "day" if len(day) == 10 else "month") if day else None,
    )


def test_same_withdrawal_across_articles_merges():
    events = [
        report("a", "withdraw", "Russie", "Kherson", "2022-11-12"),  # undated: the publication date
        report("b", "withdraw", "Moscou", "Kherson", "2022-11-09"),
        report("c", "withdraw", "troupes russes", "Kherson", "2022-11-11"),
        report("d", "withdraw", "Russie", "Kherson Oblast", "2022-W45"),
    ]
    ids = {e.event_id for e in assign_event_ids(events)}
    assert len(ids) == 1 and None not in ids


def test_an_event_id_does_not_depend_on_the_other_reports_of_the_batch():
    alone = assign_event_ids([report("a", "withdraw", "Russie", "Kherson", "2022-11-10")])
    together = assign_event_ids(
        [
            report("b", "withdraw", "Russie", "Kherson", "2022-11-30"),
            report("a", "withdraw", "Russie", "Kherson", "2022-11-10"),
            report("c", "withdraw", "Russie", None, "2022-11-10"),
        ]
    )
    assert alone[0].event_id == together[1].event_id


@pytest.mark.parametrize(
    ("other", "why"),
    [
        (report("b", "withdraw", "Russie", "Kharkiv", "2022-11-09"), "other place"),
        (report("b", "withdraw", "Ukraine", "Kherson", "2022-11-09"), "other agent"),
        (report("b", "attack", "Russie", "Kherson", "2022-11-09"), "other type"),
        (report("b", "withdraw", "Russie", "Kherson", "2022-09-01"), "months apart"),
    ],
)
def test_different_events_stay_apart(other, why):
    first = report("a", "withdraw", "Russie", "Kherson", "2022-11-10")
    a, b = assign_event_ids([first, other])
    assert a.event_id != b.event_id, why


def test_merge_key_folds_casualties_and_spelling():
    assert merge_key(report("a", "kill", "Russie", "Kherson", None)) == merge_key(
        report("b", "wound", "forces russes", "Kherson", None)
    )
