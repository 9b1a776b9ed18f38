"""End to end on the sample corpus: the questions the product exists to answer."""

from __future__ import annotations


def test_milley_window_of_opportunity_for_negotiation(built_store):
    rows = built_store.query("who_said_what", {"topic": "negotiation"}).dicts()
    hits = [r for r in rows if "fenêtre d'opportunité pour la négociation" in r["content"]]
    assert hits, [r["content"] for r in rows]
    assert any("Milley" in r["speaker_name"] and r["date"] == "2022-11-09" for r in hits), hits
    assert all("fenêtre d'opportunité" in r["evidence"] for r in hits)
    assert all(r["doc_id"] == "001_75a8bacb6ab80d84" for r in hits)


def test_zelensky_is_one_actor_across_articles(built_store):
    rows = built_store.query("search_actors", {"q": "zelensk"}).dicts()
    persons = [r for r in rows if r["type"] == "Person"]
    assert len(persons) == 1, persons
    assert persons[0]["documents"] >= 2


def test_withdrawal_from_kherson_is_one_event_reported_three_times(built_store):
    rows = built_store.query("events", {"type": "withdraw", "place": "kherson"}).dicts()
    assert rows, "no withdrawal from Kherson"
    assert max(r["documents"] for r in rows) >= 3, rows
