"""What every extraction stage sees of one document."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from newsgraph.model import Document, TimeMention


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an actor or a place in one document.

    ``key`` groups the mentions of one entity inside the document (in-article coreference:
    "Volodymyr Zelensky", "Zelensky", "le président ukrainien" share a key); ``name`` is the
    best name the article gives that entity (the full name where one is known).
    """

    start: int
    end: int
    text: str
    label: str  # PER, ORG, GPE, LOC, ANON (anonymous speaker), GROUP (collective), DEMONYM
    key: str
    name: str


@dataclass(slots=True)
class DocContext:
    document: Document
    sdoc: Doc  # analysed on the cleaned text, which has the same length as document.text
    mentions: list[Mention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)


def doc_text(doc: Doc) -> str:
    """The analysed text, built once per Doc: spaCy's ``Doc.text`` joins every token each time,
    which made per-candidate slicing quadratic on long documents."""
    text = doc.user_data.get("newsgraph_text")
    if text is None:
        text = doc.user_data["newsgraph_text"] = doc.text
    return text  # type: ignore[no-any-return]


def token_starts(doc: Doc) -> list[int]:
    """Character offsets of the tokens, for bisection."""
    starts = doc.user_data.get("newsgraph_starts")
    if starts is None:
        starts = doc.user_data["newsgraph_starts"] = [t.idx for t in doc]
    return starts  # type: ignore[no-any-return]
