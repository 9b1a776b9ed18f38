"""Hostile text never crashes or hangs extraction: a table of nasty inputs, each run in a forked
child with a time limit, and property-based tests (hypothesis) on generated text."""

from __future__ import annotations

import multiprocessing
import os
import time
import traceback
from datetime import timedelta

import psutil
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsgraph.extract.pipeline import extract
from newsgraph.model import Document

QUOTES = "«»\"“”„‘’'‹›「」"
SCRIPTS = "aéèçœÀÉ Zеленский Київ مرحبا שלום 東京 한국 👩‍👩‍👧 a\u0301 \u200b\u200e\u202e\u00a0\ufeff"
GARBAGE = bytes(range(256)) * 40


def check(document: Document) -> int:
    """Extract one document and check the records point into its text; the statement count."""
    [x] = list(extract([document]))
    n = len(document.text)
    for s in x.statements:
        assert 0 <= s.evidence.start <= s.evidence.end <= n
        assert document.text[s.evidence.start : s.evidence.end] == s.evidence.text
    for e in x.events:
        assert 0 <= e.evidence.start <= e.evidence.end <= n
    return len(x.statements)


def _child(text: str, conn) -> None:  # type: ignore[no-untyped-def]
    try:
        conn.send(("ok", check(Document("hostile", text))))
    except BaseException as e:
        conn.send(("crash", f"{type(e).__name__}: {e}\n{traceback.format_exc(limit=-4)}"))


def bounded(text: str, seconds: float) -> tuple[str, object]:
    """("ok", statements), ("crash", traceback) or ("hang", seconds): extraction in a forked
    child (the loaded model is shared), killed once it has used ``seconds`` of CPU time. CPU time,
    not wall time: on a shared machine a busy neighbour slows the child's clock, not its work (a
    wall-clock cap of ten times the limit still ends a child that waits on nothing)."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(text, child), daemon=True)
    proc.start()
    child.close()
    watched = psutil.Process(proc.pid)
    deadline = time.monotonic() + 10 * seconds
    try:
        while time.monotonic() < deadline:
            if parent.poll(1.0):
                result = parent.recv()
                proc.join(10)
                return result  # type: ignore[no-any-return]
            used = watched.cpu_times()
            if used.user + used.system > seconds:
                break
        proc.kill()
        proc.join(10)
        return "hang", seconds
    finally:
        parent.close()


HOSTILE = [
    pytest.param("", id="empty"),
    pytest.param(" \n\t\r\u00a0 ", id="blank"),
    pytest.param("\x00" * 1000, id="nul"),
    pytest.param(GARBAGE.decode("latin-1"), id="binary-as-latin1"),
    pytest.param(GARBAGE.decode("utf-8", "replace"), id="binary-replaced"),
    pytest.param(
        "Le ministre a déclaré : « Poutine a affirmé “ nous « ne » céderons ” jamais » lundi.",
        id="nested-quotes",
    ),
    pytest.param("« « Il a dit » \" “ ” » « ' ‘ ’ » » » « « « Macron a dit « oui.", id="unbalanced-quotes"),
    pytest.param("»" * 200 + " a déclaré Macron " + "«" * 200, id="quote-walls"),
    pytest.param(SCRIPTS * 50, id="mixed-scripts"),
    pytest.param("Zelensky a dit : « " + "très " * 20_000 + "»", id="100KB-quote"),
    pytest.param("Emmanuel Macron a déclaré que la guerre continuait. " * 4_000, id="200KB-one-line"),
    pytest.param("a" * 1_000_000, id="1MB-one-word"),
    pytest.param("=" * 20_000, id="20KB-punctuation-run"),
    pytest.param("«" * 20_000, id="20KB-quote-run"),
    pytest.param("Macron a dit « \ud800 » hier.", id="lone-surrogate"),
    pytest.param(os.urandom(2000).decode("utf-8", "surrogateescape"), id="surrogateescape-bytes"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_neither_crashes_nor_hangs(nlp, text):
    # about 6 s for the slowest of these alone; the bound catches a hang or a quadratic stage
    # (minutes), with room for a busy machine
    status, detail = bounded(text, seconds=60)
    assert status == "ok", detail


@pytest.mark.slow
def test_5mb_on_one_line(nlp):
    """5 MB of French on one line (nlp.max_length is 10 M): finishes, in time linear in its size
    (spaCy alone takes minutes here; the bound only catches a hang or a quadratic stage)."""
    text = "Le président Volodymyr Zelensky a affirmé : « Nous ne céderons pas », lundi à Kiev. " * 60_000
    assert len(text.encode("utf-8")) >= 5_000_000
    status, detail = bounded(text, seconds=900)
    assert status == "ok", detail


WORDS = st.sampled_from(
    [
        "Macron",
        "Poutine",
        "Zelensky",
        "a",
        "déclaré",
        "dit",
        "affirmé",
        "que",
        "la",
        "guerre",
        "Kiev",
        "lundi",
        "le",
        "14",
        "novembre",
        "2022",
        "selon",
        "lui",
        "l'OTAN",
        "«",
        "»",
        "“",
        "”",
        '"',
        ":",
        ",",
        ".",
        "\n",
        "—",
        "-",
        "(",
        ")",
        "…",
        "?",
        "!",
    ]
)
SENTENCES = st.lists(WORDS, min_size=0, max_size=120).map(" ".join)
ANY_TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=1500)
MIXED = st.text(alphabet=st.sampled_from(list(QUOTES + SCRIPTS + " .,:;\n")), max_size=1500)
PROPERTY = settings(
    max_examples=40, deadline=timedelta(seconds=10), suppress_health_check=[HealthCheck.too_slow]
)


@PROPERTY
@given(text=SENTENCES)
def test_quote_soup_sentences(nlp, text):
    check(Document("h", text))


@PROPERTY
@given(text=ANY_TEXT)
def test_any_unicode_text(nlp, text):
    check(Document("h", text))


@PROPERTY
@given(text=MIXED, published=st.sampled_from([None, "2022", "2022-11", "2022-11-09"]))
def test_quotes_and_scripts(nlp, text, published):
    from newsgraph.ingest import parse_published

    check(Document("h", text, published=parse_published(published)))
