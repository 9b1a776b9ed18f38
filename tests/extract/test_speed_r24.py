"""The twenty-fourth speed round: the subject test of ``event_parse.subject_chain`` reads one set of
labels made once (not a union per child tested), and finds the subjects it found before."""

from __future__ import annotations

import pytest

from newsgraph.extract import pipeline
from newsgraph.extract.event_parse import (
    ANY_SUBJECT_DEPS,
    PASSIVE_SUBJECT_DEPS,
    SUBJECT_DEPS,
    subject_chain,
)


def test_one_set_of_subject_labels() -> None:
    assert ANY_SUBJECT_DEPS == SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS


SUBJECTS = [
    # (sentence, verb, the subject words subject_chain finds)
    ("Les pompiers ont éteint l'incendie.", "éteint", ["pompiers"]),
    ("Le suspect a été interpellé par la police.", "interpellé", ["suspect"]),
    ("Les grévistes ont manifesté puis bloqué le dépôt.", "bloqué", ["grévistes"]),
    ("Il s'était retiré de la course.", "retiré", ["Il"]),
    ("Il s'est produit une explosion dans l'usine.", "produit", []),
]


@pytest.mark.parametrize(("text", "verb", "subjects"), SUBJECTS)
def test_subject_chain(text: str, verb: str, subjects: list[str]) -> None:
    doc = pipeline.load_nlp()(text)
    token = next(t for t in doc if t.text == verb)
    assert [t.text for t in subject_chain(token)] == subjects
