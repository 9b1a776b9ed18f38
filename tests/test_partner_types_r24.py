"""One list of the event types whose participants are partners (issue 17, twenty-fourth round).

A meeting, talks, a call or an accord with no target joins its partners in the actor network.
The list is ``ng:partners`` in ``ontology/event_types.ttl`` (``event_types.partner_types``); the
Python tables read it from there (``stores.derived_relations.PARTNER_TYPES``) and every query that
joins partners writes it out, in SPARQL as event IRIs and in Cypher as ``et.id IN [...]``. These
tests say where they disagree, so a type added to the ontology is added to the queries too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph import event_types
from newsgraph.stores.derived_relations import PARTNER_TYPES

ROOT = Path(__file__).resolve().parents[1]
QUERIES = [
    *(
        ROOT / "queries" / d / f"{n}.rq"
        for d, n in [("sparql", "actor_network"), ("sparql", "actor_relations")]
    ),
    *(
        ROOT / "queries" / d / f"{n}.cypher"
        for d, n in [("cypher", "actor_network"), ("cypher", "actor_relations")]
    ),
    ROOT / "queries" / "internal" / "derived_network.rq",
    ROOT / "queries" / "internal" / "derived_relations.rq",
    ROOT / "queries" / "internal" / "derived_network.cypher",
    ROOT / "queries" / "internal" / "derived_relations.cypher",
    ROOT / "tests" / "data" / "plain_queries" / "sparql" / "actor_network.rq",
    ROOT / "tests" / "data" / "plain_queries" / "cypher" / "actor_network.cypher",
]
EVENT_IRI = re.compile(r"<https://newsgraph\.org/ontology/event/(\w+)>")
CYPHER_LIST = re.compile(r"et\.id IN \[([^\]]*)\]")


def listed(text: str, cypher: bool) -> list[frozenset[str]]:
    """Every list of event types a query writes out."""
    if cypher:
        return [frozenset(re.findall(r"'(\w+)'", m)) for m in CYPHER_LIST.findall(text)]
    found = frozenset(EVENT_IRI.findall(text))
    return [found] if found else []


def test_the_ontology_says_which_types_have_partners():
    assert event_types.partner_types() == {
        "consult",
        "phone_call",
        "meet",
        "engage_in_negotiation",
        "sign",
        "agree",
    }
    assert PARTNER_TYPES == event_types.partner_types()
    # never inherited: a visit or a mediation is a consultation, not between partners
    assert not {"visit", "host_visit", "mediate", "propose_talks"} & PARTNER_TYPES
    assert PARTNER_TYPES <= event_types.dyadic()  # a partner type is an interaction


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_query_writes_out_the_same_list(path):
    lists = listed(path.read_text(encoding="utf-8"), path.suffix == ".cypher")
    assert lists, f"{path} writes out no list of partner types"
    for found in lists:
        assert found == event_types.partner_types(), (
            f"{path}: {sorted(found)} is not ng:partners of ontology/event_types.ttl "
            f"({sorted(event_types.partner_types())})"
        )


def test_a_list_that_disagrees_is_seen():
    assert listed("AND et.id IN ['consult', 'meet']", cypher=True) == [frozenset({"consult", "meet"})]
    assert listed("VALUES ?et { <https://newsgraph.org/ontology/event/meet> }", cypher=False) == [
        frozenset({"meet"})
    ]
