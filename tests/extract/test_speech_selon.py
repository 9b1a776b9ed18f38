"""Attributions by preposition: "selon X, …" and "Pour X, …"."""

from __future__ import annotations

import pytest
from speech import SELON_CASES, check_statement


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "type_"), SELON_CASES)
def test_selon_and_pour(nlp, text: str, speaker: str, content: str, direct: bool, type_: str) -> None:
    check_statement(nlp, text, speaker, content, direct, type_)
