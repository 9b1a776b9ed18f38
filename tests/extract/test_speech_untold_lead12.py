"""A pronoun speaker in a text's first sentence stands for someone the text never names: the words
stay, with the pronoun as an anonymous speaker (issue 14: sentences read alone). Further on, a
pronoun with no antecedent still gives nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements


@pytest.mark.parametrize(
    ("text", "speaker", "content", "direct"),
    [
        ("Il a estimé que la réforme des retraites était injuste.", "il", "réforme des retraites", False),
        (
            "« Nous ne céderons pas », a-t-elle martelé devant les militants.",
            "elle",
            "Nous ne céderons",
            True,
        ),
        (
            "Ils affirment que les salaires n'ont pas suivi les prix.",
            "ils",
            "salaires n'ont pas suivi",
            False,
        ),
        # a name before it wins
        ("Le maire est arrivé tôt. Il a estimé que la réforme était injuste.", "maire", "réforme", False),
        # a correspondent relaying unnamed words keeps them (test_speech_lead11)
        (
            "« Il se dit confiant pour la suite du chantier », explique le journaliste.",
            "journaliste",
            "confiant",
            True,
        ),
    ],
)
def test_first_sentence_pronoun(nlp, text: str, speaker: str, content: str, direct: bool) -> None:
    check_construction(nlp, text, speaker, content, direct)


def test_first_sentence_pronoun_with_a_noun_phrase_gives_nothing(nlp) -> None:
    """Only said words (a "que" clause or a quote) are kept for an untold pronoun, not a noun phrase."""
    assert statements(nlp, "Il craint une longue grève dans les transports cet hiver.") == []


def test_pronoun_further_on_without_antecedent_gives_nothing(nlp) -> None:
    text = "La neige tombe depuis ce matin sur la vallée. Il a estimé que la route resterait fermée."
    assert not [s for s in statements(nlp, text) if s.speaker.name == "il"], described(statements(nlp, text))
