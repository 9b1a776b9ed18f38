"""Exact shortcuts of round 36 (spd36), each checked against the walk it replaces on sentences
written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.extract import event_trigger_verbs
from newsgraph.extract.event_trigger_verbs import KEY, may_have_rows, misread_verbs

SENTENCES = [
    "Il ravitaille les habitants du village isolé.",
    "Elle ne surveille plus la digue depuis l'orage.",
    "Le village se barricade avant la tempête.",
    "Plusieurs tombes ont été cambriolées pendant la nuit.",
    "Depuis lundi, la péniche ravitaille les riverains.",
    "Les boulangers du quartier ravitaillent gratuitement les sinistrés.",
    "La ravitaille des troupes arrive tard, très tard, trop tard.",
    "Les attaques des rebelles ont visé la capitale et ses faubourgs.",
    "Le ministre Jean Dupont annonce calmement une réforme des retraites.",
]


def ungated(doc):
    """misread_verbs with every noun, adjective and adverb read (the walk before the gate)."""
    saved = event_trigger_verbs.may_have_rows
    event_trigger_verbs.may_have_rows = lambda low: True
    try:
        doc.user_data.pop(KEY, None)
        return misread_verbs(doc)
    finally:
        event_trigger_verbs.may_have_rows = saved
        doc.user_data.pop(KEY, None)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_misread_verbs_gate_is_exact(nlp, sentence):
    doc = nlp(sentence)
    assert misread_verbs(doc) == ungated(doc)


def test_misread_verbs_gate_keeps_the_verbs(nlp):
    found = [v for s in SENTENCES[:6] for v in misread_verbs(nlp(s)).values()]
    assert "ravitailler" in found  # the walk still reads what it is for


@pytest.mark.parametrize(
    "low,expected",
    [
        ("ravitaille", True),  # a present of "ravitailler", which has VERB rows
        ("ravitaillent", True),
        ("cambriolées", True),  # a participle of "cambrioler"
        ("maison", False),
        ("calmement", False),
        ("rebelles", False),
    ],
)
def test_may_have_rows(low, expected):
    assert may_have_rows(low) is expected
