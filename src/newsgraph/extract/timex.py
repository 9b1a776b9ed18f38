"""French time expressions, normalized to TimeML-style ISO values against the publication date."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import TimeMention, TimeValue


def find_times(text: str, anchor: TimeValue | None, doc_id: str, sdoc: Doc | None = None) -> list[TimeMention]:
    """Every date and time expression in ``text``."""
    return []


def statement_date(
    sdoc: Doc, cue_token_index: int, times: list[TimeMention], anchor: TimeValue | None
) -> tuple[TimeValue | None, str | None]:
    """The date the words were said, and where it came from ("text" or "publication")."""
    return (anchor, "publication") if anchor else (None, None)
