"""The checks of the negotiation topic's sentence tables (rounds 13 to 32): a row of (sentence,
context, narrower concept) must be tagged ``negotiation`` with that one narrower concept; a ``NOT``
row must give no negotiation at all; a case that still fails is a strict xfail row (``open_row``)."""

from __future__ import annotations

import pytest

from newsgraph.extract.negotiation import negotiation_evidence

NARROWER = ("diplomatic_negotiation", "labour_negotiation", "political_negotiation")


def open_row(text: str, context: str, concept: str | None, reason: str) -> object:
    """A row that still fails: a strict xfail."""
    return pytest.param(text, context, concept, marks=pytest.mark.xfail(strict=True, reason=reason))


def check_found(text: str, context: str, concept: str) -> None:
    found = negotiation_evidence(text, context)
    assert "negotiation" in found, found
    assert [c for c in NARROWER if c in found] == [concept]


def check_not(text: str, context: str) -> None:
    assert negotiation_evidence(text, context) == {}
