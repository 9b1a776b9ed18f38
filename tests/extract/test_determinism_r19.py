"""The same text gives the same extraction whatever Python's hash seed: no choice may follow the
order of a set of strings. Found by extracting one report under several PYTHONHASHSEED values: a
participle matching two expressions of one length ("est mise en place" by its form, "mettre en
place" by its lemma) took the row of whichever word the set gave first."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from newsgraph.extract.event_phrases import forms, phrase_rows

SENTENCES = [
    "Une série de dispositifs est mise en place dans les gares pour lutter contre la fraude.",
    "Une cellule de crise a été mise en place à la mairie.",
]

PROBE = """
import sys
from newsgraph.extract.pipeline import load_nlp
from newsgraph.extract.event_phrases import phrase_rows
nlp = load_nlp()
for text in sys.argv[1:]:
    doc = nlp(text)
    print([(t.i, sorted({r.lemma for r in phrase_rows(t)})) for t in doc if phrase_rows(t)])
"""


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (SENTENCES[0], "mise", ("mise", "mettre")),
        ("Les prix sont bloqués.", "prix", ("prix",)),
        ("Deux incendies ont éclaté.", "incendies", ("incendies", "incendie")),
    ],
)
def test_forms_are_ordered_form_first(nlp, text, word, expected):
    token = next(t for t in nlp(text) if t.text == word)
    assert forms(token)[: len(expected)] == expected
    assert len(set(forms(token))) == len(forms(token))


def test_the_written_form_row_wins_a_tie(nlp):
    doc = nlp(SENTENCES[0])
    mise = next(t for t in doc if t.text == "mise")
    assert {r.lemma for r in phrase_rows(mise)} == {"mise en place"}


def test_phrase_rows_do_not_depend_on_the_hash_seed():
    outputs = set()
    for seed in ("0", "2", "5"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run(
            [sys.executable, "-c", PROBE, *SENTENCES], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(run.stdout)
    assert len(outputs) == 1, outputs
