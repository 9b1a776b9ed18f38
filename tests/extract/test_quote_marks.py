"""One table of quotation marks (``speech_quotes``) read by every rule: the same constructions give
the same statement whatever marks the text uses — French guillemets, English curly quotes, straight
quotes, German-style „ … “ and single guillemets ‹ … › (relayed press quotes)."""

from __future__ import annotations

import pytest
from speech import check_construction

from newsgraph.extract.speech_quotes import (
    CLOSERS,
    CLOSING_MARKS,
    OPENERS,
    OPENING_MARKS,
    QUOTE_CHARS,
    QUOTE_MARKS,
    find_quotes,
)

STYLES = [("«\u00a0", "\u00a0»"), ("“", "”"), ('"', '"'), ("„", "“"), ("‹", "›")]

# (sentence with {o} and {c} for the marks, speaker part, content part, direct)
CONSTRUCTIONS = [
    (
        "{o}Nous ne fermons aucune porte à la discussion{c}, indique Paul Martin.",
        "Paul Martin",
        "aucune porte",
        True,
    ),
    (
        "{o}La réforme sera votée avant l'été, quoi qu'il arrive{c}, estime la ministre Claire Dubois.",
        "Claire Dubois",
        "votée avant l'été",
        True,
    ),
    (
        "Le maire de la commune, Jean Lefort, a déclaré : {o}Nous rouvrirons l'école dès lundi matin.{c}",
        "Jean Lefort",
        "rouvrirons l'école",
        True,
    ),
]


@pytest.mark.parametrize("marks", STYLES, ids=lambda m: m[0].strip())
@pytest.mark.parametrize("text,speaker,content,direct", CONSTRUCTIONS, ids=lambda v: str(v)[:30])
def test_every_mark_style_gives_the_statement(nlp, marks, text, speaker, content, direct):
    check_construction(nlp, text.format(o=marks[0], c=marks[1]), speaker, content, direct)


@pytest.mark.parametrize("marks", STYLES, ids=lambda m: m[0].strip())
def test_find_quotes_pairs_every_style(marks):
    text = f"Il a dit {marks[0]}nous viendrons demain{marks[1]} puis il est parti."
    (start, end), *rest = find_quotes(text)
    assert not rest
    assert text[start:end].strip("\u00a0 ") == "nous viendrons demain"


def test_the_table_is_one_idea():
    assert set(OPENERS) | {'"'} == OPENING_MARKS
    assert CLOSERS | {'"'} == CLOSING_MARKS
    assert set(OPENERS.values()) <= QUOTE_MARKS  # "“" closes „ … “ and opens “ … ”
    assert set(QUOTE_CHARS) == QUOTE_MARKS and len(QUOTE_CHARS) == len(QUOTE_MARKS)
