"""Speech that did not happen gives no statement (issue 14): a speech verb in a clause that a wish,
a demand, an expectation, a doubt or a purpose governs. Speech that did happen in a subordinate
clause stays, with its words ending with the clause. Sentences written for these tests."""

from __future__ import annotations

import pytest
from speech import check_construction, described, statements


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        ("Les familles attendaient que la justice confirme que l'accident pouvait être évité.", "justice"),
        ("Les syndicats veulent que le gouvernement annonce une hausse des salaires.", "gouvernement"),
        ("Il faut que le ministre explique pourquoi les écoles restent fermées.", "ministre"),
        ("Les parents exigent que la mairie reconnaisse ses erreurs.", "mairie"),
        ("Il est peu probable que le président annonce sa candidature avant mars.", "président"),
        ("Les élus se mobilisent pour que le préfet déclare l'état de catastrophe naturelle.", "préfet"),
        ("Les riverains espèrent que le maire confirmera l'abandon du projet.", "maire"),
    ],
)
def test_wished_speech_is_no_statement(nlp, text: str, not_speaker: str) -> None:
    found = statements(nlp, text)
    assert not any(not_speaker in s.speaker.name for s in found), described(found)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a concession or a time clause reports what was said, up to the end of the clause
        (
            "Bien que le ministre ait affirmé que la réforme était juste, les syndicats maintiennent "
            "la grève.",
            "ministre",
            "la réforme était juste",
        ),
        (
            "Après que la directrice a annoncé la fermeture du site, les salariés se sont mis en grève.",
            "directrice",
            "la fermeture du site",
        ),
        # the one who asks still speaks
        ("Le maire a demandé que l'État reconnaisse la commune sinistrée.", "maire", "l'État reconnaisse"),
    ],
)
def test_said_in_a_subordinate_clause(nlp, text: str, speaker: str, content: str) -> None:
    check_construction(nlp, text, speaker, content, False)


def test_subordinate_words_stop_with_their_clause(nlp) -> None:
    text = "Bien que le ministre ait affirmé que la réforme était juste, les syndicats maintiennent la grève."
    found = [s for s in statements(nlp, text) if "ministre" in s.speaker.name]
    assert found and all("syndicats" not in s.content for s in found), described(found)
