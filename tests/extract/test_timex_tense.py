"""The tense of the governing verb chooses between the last and the next "samedi"."""

from __future__ import annotations

import pytest
from times import SAT, THU, one

from newsgraph.extract.timex_tense import tense_at, verb_tense
from newsgraph.model import TimeValue

TENSED = [
    ("Le ministre se rendra jeudi à Kiev.", THU, "jeudi", "2022-11-10", "day"),
    ("Le ministre se rendra lundi à Kiev.", THU, "lundi", "2022-11-14", "day"),
    ("Le ministre s'est rendu lundi à Kiev.", THU, "lundi", "2022-11-07", "day"),
    ("Le président va signer samedi l'accord.", THU, "samedi", "2022-11-12", "day"),
    ("La réunion est prévue samedi à Bruxelles.", THU, "samedi", "2022-11-12", "day"),
    (
        "Il quittera ses fonctions le 30 octobre.",
        TimeValue("2002-09-14", "day"),
        "le 30 octobre",
        "2002-10-30",
        "day",
    ),
    ("Les élections se tiendront en janvier.", SAT, "janvier", "2023-01", "month"),
    (
        "La neige n'arrêtera pas de tomber dans la nuit de vendredi à samedi.",
        TimeValue("2022-12-09", "day"),
        "dans la nuit de vendredi à samedi",
        "2022-12-09",
        "day",
    ),
    ("La production a chuté en décembre.", TimeValue("2023-02-01", "day"), "décembre", "2022-12", "month"),
]


@pytest.mark.parametrize(("sentence", "anchor", "text", "value", "precision"), TENSED)
def test_find_times_with_tense(nlp, sentence, anchor, text, value, precision):
    assert one(sentence, anchor, nlp) == (text, value, precision)


@pytest.mark.parametrize(
    ("sentence", "expression", "tense"),
    [
        ("Il a parlé samedi.", "samedi", "past"),
        ("Il parlera samedi.", "samedi", "future"),
        ("Il doit se rendre lundi à Paris.", "lundi", "future"),
        ("Il parle samedi.", "samedi", "present"),
    ],
)
def test_tense(nlp, sentence, expression, tense):
    start = sentence.index(expression)
    assert tense_at(nlp(sentence), start, start + len(expression)) == tense


# statement_date: (sentence, cue word, anchor, expected value, precision, source)
def test_verb_tense_survives_a_passive_infinitive_cycle(nlp):
    """An infinitive passive auxiliary points back at its participle: no endless recursion."""
    from spacy.tokens import Doc

    doc = Doc(
        nlp.vocab,
        words=["être", "classée"],
        heads=[1, 1],
        deps=["aux:pass", "ROOT"],
        pos=["AUX", "VERB"],
        morphs=["VerbForm=Inf", "VerbForm=Part"],
    )
    assert verb_tense(doc[1]) in {None, "past", "present", "future"}
