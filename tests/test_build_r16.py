"""The build process's own work made cheaper (round 16): the records travel from the workers as
their class and a tuple of fields (``build_wire``), and a store's quads are made into one list
(``rdf.quads``), with the same objects and the same quads as before."""

from __future__ import annotations

import copyreg
import dataclasses
import pickle

import pytest

from newsgraph import build_wire, rdf
from newsgraph.model import (
    Actor,
    ActorRef,
    Document,
    Event,
    Evidence,
    Extraction,
    PlaceRef,
    Quantity,
    RoleRef,
    Statement,
    TimeMention,
    TimeValue,
)


def _extraction() -> Extraction:
    doc = Document(id="d1", text="Le ministre a déclaré jeudi que la grève continuerait.", title="Grève")
    ev = Evidence(0, 53, doc.text)
    speaker = ActorRef("le-ministre", "le ministre", "person")
    return Extraction(
        document=doc,
        actors=[Actor(id="le-ministre", name="le ministre", type="person", doc="d1", aliases=("ministre",))],
        statements=[
            Statement(
                id="s1",
                doc="d1",
                speaker=speaker,
                content="la grève continuerait",
                direct=False,
                cue="déclarer",
                evidence=ev,
                date=TimeValue("2022-03-10", "day"),
            )
        ],
        events=[
            Event(
                id="e1",
                doc="d1",
                type="strike",
                trigger="grève",
                evidence=ev,
                actors=(RoleRef("le-ministre", "le ministre", "agent", "person"),),
                location=PlaceRef("p1", "Paris"),
                quantities=(Quantity(3.0, "jours", "trois jours"),),
            )
        ],
        times=[
            TimeMention(
                doc="d1", start=27, end=32, text="jeudi", value="2022-03-10", precision="day", type="DATE"
            )
        ],
    )


@pytest.mark.parametrize("cls", build_wire.RECORD_CLASSES, ids=lambda c: c.__name__)
def test_every_model_dataclass_pickles_through_its_reducer(cls):
    assert cls in copyreg.dispatch_table
    assert all(f.init for f in dataclasses.fields(cls))


@pytest.mark.parametrize("protocol", [2, pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL])
def test_an_extraction_comes_back_equal(protocol):
    x = _extraction()
    back = pickle.loads(pickle.dumps([x], protocol=protocol))[0]
    assert back == x
    assert type(back.statements[0].speaker) is ActorRef and back.events[0].location == PlaceRef("p1", "Paris")


def test_a_reducer_refuses_a_field_outside_init():
    @dataclasses.dataclass(frozen=True, slots=True)
    class Odd:
        a: int
        b: int = dataclasses.field(init=False, default=0)

    with pytest.raises(TypeError):
        build_wire.reducer(Odd)


def test_quads_are_the_triples_in_order(sample_records):
    records = [*sample_records, *_extraction().records()]
    assert list(map(str, rdf.quads(records))) == list(map(str, rdf.triples(records)))
    assert len(rdf.quads(records)) == sum(len(rdf.quads([r])) for r in records)


def test_event_roles_and_spans():
    quads = {str(q) for q in rdf.quads(_extraction().records())}
    report, event = "<https://newsgraph.org/id/report/e1>", "<https://newsgraph.org/id/event/e1>"
    agent = "<https://newsgraph.org/ontology#agent> <https://newsgraph.org/id/actor/le-ministre>"
    assert f"{report} {agent}" in quads and f"{event} {agent}" in quads
    day = '"2022-03-10"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert (
        f"<https://newsgraph.org/id/statement/s1> <https://newsgraph.org/ontology#dateStart> {day}" in quads
    )
