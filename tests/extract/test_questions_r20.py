"""A speech verb asked about by the reporter is no one's speech (``speech_questions.asked``): "X
envisage-t-il de … ?", "Le gouvernement a-t-il promis que … ?". The same inversion in an incise
after a comma or a quotation, and a question the speaker asks in a "si" clause, stay speech."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements

# (text, a content part no statement may hold)
QUESTIONS = [
    ("Vladimir Poutine envisage-t-il de mobiliser davantage de soldats ?", "mobiliser"),
    ("Emmanuel Macron affirme-t-il vraiment que la guerre est finie ?", "guerre est finie"),
    ("Le gouvernement a-t-il promis que les impôts baisseront l'an prochain ?", "impôts baisseront"),
    ("La ministre estime-t-elle que la réforme sera votée avant l'été ?", "réforme sera votée"),
    ("Les syndicats annoncent-ils une nouvelle grève pour la rentrée ?", "nouvelle grève"),
]

# (text, speaker name part, content part, direct)
STILL_SPEECH = [
    (
        "« Pourquoi la mairie ne fait-elle rien pour les riverains ? », demande-t-il devant la salle.",
        "il",
        "mairie ne fait-elle rien",
        True,
    ),
    (
        "Le maire de Lyon affirme que la piscine rouvrira en septembre.",
        "maire",
        "piscine rouvrira en septembre",
        False,
    ),
    (
        "Anne Roy était à l'Assemblée. La situation est grave, a-t-elle reconnu devant eux. Que faire ?",
        "Anne Roy",
        "situation est grave",
        False,
    ),
]


@pytest.mark.parametrize(("text", "content"), QUESTIONS)
def test_a_question_of_the_reporter_is_no_statement(nlp, text, content):
    found = statements(nlp, text)
    assert not [s for s in found if content.lower() in s.content.lower()], described(found)


@pytest.mark.parametrize(("text", "speaker", "content", "direct"), STILL_SPEECH)
def test_an_incise_or_an_assertion_stays_speech(nlp, text, speaker, content, direct):
    check_construction(nlp, text, speaker, content, direct)
