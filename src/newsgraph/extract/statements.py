"""Statements: direct quotes and reported speech, with their speakers."""

from __future__ import annotations

from newsgraph.extract.context import DocContext
from newsgraph.model import Statement


def extract_statements(ctx: DocContext) -> list[Statement]:
    return []
