"""Reported speech: a speech verb with its clause (X a déclaré que …, c'est ce qu'a affirmé X)."""

from __future__ import annotations

import pytest
from speech import REPORTED_CASES, check_statement, statements


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "type_"), REPORTED_CASES)
def test_reported_speech(nlp, text: str, speaker: str, content: str, direct: bool, type_: str) -> None:
    check_statement(nlp, text, speaker, content, direct, type_)


@pytest.mark.parametrize(
    ("text", "content_end"),
    [
        # glued sentences ("…jeudi.La neige"): the content ends with its own sentence
        (
            "Selon le préfet Marc Girard, la route restera fermée jusqu'à jeudi.La neige continue de tomber.",
            "jusqu'à jeudi",
        ),
        (
            "Le maire Jean Dupuis explique que la rue sera rouverte en 2025."
            "En attendant, les bus sont déviés.",
            "rouverte en 2025",
        ),
        # a curly opening quote closed by a straight one does not swallow the next sentence
        (
            "“C'est un choc pour toute la ville\", "
            "explique le maire Jean Dupuis. Les obsèques auront lieu mardi.",
            "toute la ville",
        ),
    ],
)
def test_content_stops_at_its_sentence(nlp, text: str, content_end: str) -> None:
    (s,) = statements(nlp, text)
    assert s.content.endswith(content_end), s.content


@pytest.mark.parametrize(
    "text",
    [
        # speech verbs used in another sense
        "Lorsque Paul Martin lance sa machine, il doit surveiller le compteur.",
        "En étant prévenu la veille, Paul Martin reporte ses achats.",
        "L'ONU lance une enquête sur les exactions qui auraient été commises dans la région.",
        # a topic announced, not words said
        "Le journaliste Pierre Marchand explique pourquoi le convoi a été arrêté samedi.",
        "En direct de Kiev, la journaliste Anne Roux raconte comment les habitants ont vécu la nuit.",
        # (round 18: "X a exprimé sa colère" is now a stance statement, as the open sets' annotators
        # count "a manifesté son désaccord"; see tests/extract/test_speech_stance_r18.py)
    ],
)
def test_not_a_statement(nlp, text: str) -> None:
    assert statements(nlp, text) == [], [(s.speaker.name, s.content) for s in statements(nlp, text)]
