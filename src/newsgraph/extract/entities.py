"""Actor and place mentions: spaCy NER, corrected, with in-article coreference."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.extract.context import Mention


def find_mentions(sdoc: Doc) -> list[Mention]:
    """Actors and places mentioned in the document."""
    return [
        Mention(e.start_char, e.end_char, e.text, e.label_, e.text.lower(), e.text)
        for e in sdoc.ents
        if e.label_ in {"PER", "ORG", "LOC"}
    ]
