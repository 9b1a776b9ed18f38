"""Extractions made up for resolution tests (imported by the test_resolve* modules)."""

from __future__ import annotations

from newsgraph.model import Actor, ActorRef, Document, Event, Evidence, Extraction, RoleRef, Statement
from newsgraph.names import actor_id

EV = Evidence(0, 1, "x")


def doc(doc_id: str, *people: tuple[str, str], speaker: tuple[str, str] | None = None) -> Extraction:
    """An extraction with actors (name, type), a statement by ``speaker`` and an event with them."""
    d = Document(doc_id, "x")
    actors = [Actor(doc_id, actor_id(n, t), n, t, (n,)) for n, t in people]  # type: ignore[arg-type]
    statements = []
    if speaker:
        ref = ActorRef(actor_id(*speaker), speaker[0], speaker[1])  # type: ignore[arg-type]
        statements.append(Statement(f"s-{doc_id}", doc_id, ref, "content", True, "a déclaré", EV))
    roles = tuple(RoleRef(actor_id(n, t), n, "agent", t) for n, t in people)  # type: ignore[arg-type]
    events = [Event(f"e-{doc_id}", doc_id, "meet", "rencontré", EV, actors=roles)]
    return Extraction(d, actors, [], statements, events)


def ids_of(ex: Extraction) -> set[str]:
    return {a.id for a in ex.actors}


P = "person"


CORPUS = [
    ("a", ("Zelensky", P)),
    ("b", ("Volodymyr Zelenskyy", P)),
    ("c", ("Dmitri Peskov", P)),
    ("d", ("Peskoff", P)),
    ("e", ("Vladimir Zelensky", P)),
    ("f", ("Poutine", P)),
    ("g", ("Vladimir Putin", P)),
]
