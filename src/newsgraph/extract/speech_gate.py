"""Exact prefilters of the statement rules: where a construction's reader cannot find anything, the
work is skipped, and only there.

Each gate is built from what the reader itself tests (the same lexicons, the same word lists,
imported, never copied), so a row added to a lexicon is admitted by the gate as it is by the
reader: a gate may only skip work whose output is provably empty. ``GATE = False`` runs every
reader everywhere (``tests/extract/test_statement_gate_r14.py`` extracts both ways and compares).

- ``incise_possible``: an inverted incise (", analyse X", ", a-t-il ajouté", ", fait-il
  remarquer", ", peut-on lire dans …") needs a speech verb form, the head of a periphrase or an
  "-on" of a document reading among the first tokens after its comma.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

from newsgraph.extract.attribution_phrases import PERIPHRASTIC_HEADS
from newsgraph.extract.speech_common import speech_verb_forms
from newsgraph.extract.tokens import tokens

GATE = True
"""Whether the gates skip work (False: every reader reads everything, for the equality tests)."""

INCISE_REACH = 4
"""Tokens after the comma where the speech verb of an incise closing a sentence must stand
(``speech_unquoted`` reads an incise only when its verb is at most 3 tokens after the comma)."""
DOCUMENT_READINGS = {"-on", "-t-on"}
"""The clitic of "peut-on lire", "lit-on", "entend-on" (``attribution.document_reading``)."""


def incise_possible(doc: Doc, first: int, reach: int = INCISE_REACH) -> bool:
    """Whether ``attribution.incise_at(doc, first, …)`` can find an incise whose verb is among the
    ``reach`` tokens from ``first``: that verb is a token ``speech_verb`` may answer for
    (``speech_verb_forms``), the infinitive after a periphrastic head ("fait-il remarquer") or the
    verb of a document reading, whose "-on" stands before it or is it."""
    if not GATE:
        return True
    end = min(len(doc), first + reach)
    forms = speech_verb_forms(doc)
    k = bisect_left(forms, first)
    if k < len(forms) and forms[k] < end:
        return True
    table = tokens(doc)
    return any(
        table.lower[i] in DOCUMENT_READINGS or table.lemma[i].lower() in PERIPHRASTIC_HEADS
        for i in range(first, end)
    )
