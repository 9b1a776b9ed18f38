"""The explorer's pages and helpers without a browser (the browser walk-through is tests/browser)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest
from fastapi.testclient import TestClient

from newsgraph.api.app import create_app
from newsgraph.api.explorer import dates, views, vocab
from newsgraph.api.explorer.highlight import Mark, name_marks, segments
from newsgraph.dates import interval
from newsgraph.settings import Settings

MILLEY_DOC = "001_75a8bacb6ab80d84"


@pytest.mark.parametrize(
    ("value", "start", "end", "precision"),
    [
        ("2022-W45", date(2022, 11, 7), date(2022, 11, 13), "week"),
        ("2022-11", date(2022, 11, 1), date(2022, 11, 30), "month"),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
        ("2022", date(2022, 1, 1), date(2022, 12, 31), "year"),
        ("2022-11-09", date(2022, 11, 9), date(2022, 11, 9), "day"),
        ("2022-11-09T14:30", date(2022, 11, 9), date(2022, 11, 9), "minute"),
    ],
)
def test_a_date_value_covers_its_days(value, start, end, precision):
    s = dates.span(value)
    assert s is not None and (s.start, s.end, s.precision) == (start, end, precision)


@pytest.mark.parametrize("value", ["", None, "2022-13", "2022-02-30", "nov", "2022-W60"])
def test_what_is_not_a_date_has_no_span(value):
    assert dates.span(value) is None


@pytest.mark.parametrize(
    ("value", "lang", "shown"),
    [
        ("2022-W45", "fr", "7–13 nov. 2022"),
        ("2022-W52", "en", "26 Dec 2022 – 1 Jan 2023"),
        ("2022-W48", "en", "28 Nov – 4 Dec 2022"),
        ("2022-11", "en", "1–30 Nov 2022"),
        ("2022-11-09", "fr", "9 nov. 2022"),
        ("2023", "fr", "2023"),
    ],
)
def test_weeks_and_months_are_shown_as_ranges(value, lang, shown):
    assert dates.human(value, lang) == shown


def test_months_between_spans_the_slider():
    assert dates.months_between("2022-11-30", "2023-02") == ["2022-11", "2022-12", "2023-01", "2023-02"]
    assert dates.months_between(None, "2023-02") == []


def test_a_map_marker_counts_every_event_of_its_place_and_lists_the_first_ones():
    where = [
        {"place_id": "p-a", "name": "Aville", "lat": "1.5", "lng": "2"},
        {"place_id": "p-b", "name": "Bville", "lat": 3, "lng": 4},
        {"place_id": "p-c", "name": "Cville", "lat": None, "lng": None},  # not geocoded: no marker
    ]
    at_a = [
        {"place_id": "p-a", "event_type": "attack", "date": f"2022-11-{d:02d}", "reports": d}
        for d in range(1, 13)
    ]
    events = [
        *at_a,
        {"place_id": "p-b", "event_type": "meet", "date": None, "reports": 1},
        {"place_id": "p-c", "event_type": "meet", "date": None, "reports": 1},
    ]
    markers = {m["id"]: m for m in views.places_with_events(events, where, "en")}
    assert sorted(markers) == ["p-a", "p-b"]
    assert markers["p-a"]["count"] == 12 and markers["p-a"]["lat"] == 1.5
    assert [e["reports"] for e in markers["p-a"]["events"]] == list(range(1, views.MARKER_EVENTS + 1))
    assert markers["p-b"]["count"] == 1 and markers["p-b"]["events"] == [
        {"type": "meet", "date": None, "reports": 1}
    ]


def test_overlapping_highlights_cut_the_text_without_losing_any():
    text = "Pour Mark Milley, il existe une fenêtre."
    marks = [
        Mark(0, len(text), "statement", "s-1"),
        Mark(5, 16, "actor", "a-milley"),
        Mark(10, 20, "time", "t-x"),
    ]
    parts = segments(text, marks)
    assert "".join(p.text for p in parts) == text
    covered = {p.text: p.records for p in parts}
    assert covered["Pour "] == ["s-1"]
    assert covered["Milley"] == ["s-1", "a-milley", "t-x"]
    assert [m.record for p in parts for m in p.first_of] == ["s-1", "a-milley", "t-x"]


def test_marks_outside_the_text_are_dropped():
    parts = segments("abc", [Mark(2, 9, "time", "t"), Mark(1, 1, "time", "u")])
    assert [(p.text, p.marks) for p in parts] == [("abc", [])]


def test_names_are_found_as_whole_words_longest_first():
    text = "Mark Milley a parlé. Milley encore; Milleyville non."
    found = [
        (text[m.start : m.end], m.record) for m in name_marks(text, {"Milley": "a-m", "Mark Milley": "a-m"})
    ]
    assert found == [("Mark Milley", "a-m"), ("Milley", "a-m")]


def test_topics_and_event_types_have_both_languages():
    assert vocab.topics()["negotiation"] == {"fr": "négociations", "en": "negotiations"}
    assert vocab.label("event", "withdraw", "en") and vocab.label("event", "withdraw", "fr")
    assert vocab.label("topic", "no_such_topic", "fr") == "no such topic"


@pytest.fixture(scope="module")
def client(built_store):
    with TestClient(create_app(Settings(), store=built_store)) as c:
        yield c


def test_search_page_shows_milleys_card(client):
    r = client.get("/", params={"q": "négociation"})
    assert r.status_code == 200
    cards = re.findall(r'<li class="card".*?</li>', r.text, re.S)
    assert any("Milley" in c and "fenêtre d&#39;opportunité" in c for c in cards)


def test_filters_live_in_the_query_string(client):
    r = client.get("/", params={"topic": "negotiation", "sort": "newest", "speaker": "milley"})
    assert 'value="negotiation" selected' in r.text and 'value="newest" selected' in r.text
    times = re.findall(r'<time datetime="([^"]+)"', r.text)
    spans = [interval(t) for t in times]  # newest first: by first day, then by last day
    assert times and None not in spans and spans == sorted(spans, reverse=True)  # type: ignore[type-var]
    assert all("Milley" in c for c in re.findall(r'class="speaker"[^>]*>([^<]+)<', r.text))


def test_bad_dates_are_named_not_a_traceback(client):
    r = client.get("/", params={"since": "2022-13-45x"})
    assert r.status_code == 200 and "since" in r.text and 'role="alert"' in r.text
    assert client.get("/explore/statements.csv", params={"since": "garbage"}).status_code == 422


def test_csv_has_the_searchs_rows(client):
    r = client.get("/explore/statements.csv", params={"q": "négociation"})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert rows and all("négociation" in (x["content"] + x["evidence"]).lower() for x in rows)


def test_document_view_marks_every_kind(client):
    r = client.get(f"/explore/documents/{MILLEY_DOC}")
    assert r.status_code == 200
    for kind in ("statement", "actor", "time"):
        assert f"k-{kind}" in r.text
    assert "data-record=" in r.text and "Mark Milley" in r.text


def test_an_actor_page_lists_the_events_it_took_part_in(client):
    r = client.get("/explore/actors/org-russie")
    assert r.status_code == 200
    assert '<li class="k-event">' in r.text and "agent" in r.text


def test_unknown_document_and_actor_are_404_pages(client):
    assert client.get("/explore/documents/no-such-doc").status_code == 404
    assert client.get("/explore/actors/no-such-actor").status_code == 404


def test_every_page_answers_in_both_languages_and_loads_nothing_from_outside(client):
    actor = client.get("/actors", params={"q": "milley"}).json()["items"][0]["actor_id"]
    for path in [
        "/",
        f"/explore/documents/{MILLEY_DOC}",
        f"/explore/actors/{actor}",
        "/explore/network",
        "/explore/events",
        "/explore/add",
    ]:
        for lang, word in (("fr", "Déclarations"), ("en", "Statements")):
            r = client.get(path, params={"lang": lang})
            assert r.status_code == 200, path
            assert word in r.text and f'<html lang="{lang}">' in r.text
            assert not re.search(r'(?:src|href)="(?:https?:)?//', r.text.replace('rel="noreferrer"', "")), (
                path
            )


def test_vendored_assets_are_served(client):
    for path in [
        "/explore/static/vendor/cytoscape/cytoscape.min.js",
        "/explore/static/vendor/leaflet/leaflet.js",
        "/explore/static/vendor/world-atlas/countries-50m.json",
        "/explore/static/app.css",
    ]:
        assert client.get(path).status_code == 200, path


def test_iri_parameters_are_bound_as_iris_and_never_break_the_query():
    from newsgraph.queries import NO_SUCH_NODE, bind_sparql

    query = "# @iri doc_id https://newsgraph.org/id/document/\nSELECT * WHERE { ?s ?p ?doc_id_iri }"
    bound = bind_sparql(query, {"doc_id": "001_a"})
    assert '("001_a" <https://newsgraph.org/id/document/001_a>)' in bound
    bad = bind_sparql(query, {"doc_id": "x> } ; DROP ALL ; <y"})
    assert f"<{NO_SUCH_NODE}>" in bad and "DROP" not in bad.split(f"<{NO_SUCH_NODE}>")[1]
    assert "doc_id_iri" not in bind_sparql(query, {}).split("WHERE")[1].split("?p")[0]
