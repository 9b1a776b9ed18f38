"""Quotation marks: « … », “ … ”, "…", nested and mixed."""

from __future__ import annotations

import pytest

from newsgraph.extract.speech_quotes import find_quotes


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('Il a dit « oui ». Puis "non".', [" oui ", "non"]),
        (
            "“Il faut se demander “Pourquoi?”, a-t-il dit. Fin.”",
            ["Il faut se demander “Pourquoi?”, a-t-il dit. Fin."],
        ),
        ("« Pas de fin\n« Autre", ["Pas de fin", "Autre"]),
    ],
)
def test_find_quotes(text: str, quoted: list[str]) -> None:
    assert [text[s:e].strip() for s, e in find_quotes(text)] == [q.strip() for q in quoted]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ('“C’est fini", dit-il. Puis il part.', ["C’est fini"]),
        ('"C’est fini”, dit-il. Puis "non".', ["C’est fini", "non"]),
        ('« Il a dit "non" hier », a-t-il ajouté.', [' Il a dit "non" hier ']),
    ],
)
def test_find_mixed_quotes(text: str, quoted: list[str]) -> None:
    assert [text[s:e].strip() for s, e in find_quotes(text)] == [q.strip() for q in quoted]
