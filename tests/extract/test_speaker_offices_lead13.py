"""A bare definite office ("le ministre", "la candidate") takes up the public figure named just
before it; anyone else named last, a complement to the office, or a gender that disagrees leaves it
a description. Sentences written for these tests."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Gérald Darmanin a été entendu mercredi par les sénateurs. Pour le ministre, les supporters "
            "sans billet sont responsables des débordements.",
            "Gérald Darmanin",
            "supporters sans billet",
        ),
        (
            "Valérie Pécresse a visité un marché du Vaucluse mardi. La candidate a assuré que les "
            "retraites seraient revalorisées.",
            "Valérie Pécresse",
            "retraites seraient revalorisées",
        ),
        (
            "Emmanuel Macron s'est rendu à Marseille jeudi. Selon le président, la ville aura de "
            "nouvelles écoles d'ici trois ans.",
            "Emmanuel Macron",
            "nouvelles écoles",
        ),
    ],
)
def test_office_takes_up_public_figure(nlp, text: str, speaker: str, content: str) -> None:
    check_construction(nlp, text, speaker, content, False)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a villager named last: the mayor is someone else
        (
            "Jean Dupuis a vu sa grange brûler. Pour le maire, la commune doit renforcer ses moyens.",
            "Jean Dupuis",
        ),
        # the article says a woman, the public figure named last is a man
        (
            "Emmanuel Macron a reçu les syndicats. Selon la ministre, un accord est possible.",
            "Emmanuel Macron",
        ),
        # an office with its complement is another person
        (
            "Emmanuel Macron a reçu les syndicats. Selon le ministre du Travail, un accord est possible.",
            "Emmanuel Macron",
        ),
    ],
)
def test_office_stays_a_description(nlp, text: str, wrong: str) -> None:
    found = statements(nlp, text)
    assert not [s for s in found if s.speaker.name == wrong], described(found)
