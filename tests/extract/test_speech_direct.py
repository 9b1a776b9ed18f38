"""Direct quotes: « … », a-t-il déclaré; X a déclaré : « … »; incises; continued quotes."""

from __future__ import annotations

import pytest
from speech import DIRECT_CASES, check_statement, find, statements


@pytest.mark.parametrize(("text", "speaker", "content", "direct", "type_"), DIRECT_CASES)
def test_direct_quote(nlp, text: str, speaker: str, content: str, direct: bool, type_: str) -> None:
    check_statement(nlp, text, speaker, content, direct, type_)


def test_pronoun_and_continued_quote(nlp) -> None:
    text = (
        "L'ambassadeur américain Michael Carpenter a souligné de nouvelles atrocités.\n"
        "“Elles découvrent des preuves de torture”, a-t-il déclaré. "
        "“L'Ukraine doit libérer tous ses citoyens.”"
    )
    found = statements(nlp, text)
    for part in ("preuves de torture", "libérer tous ses citoyens"):
        (s,) = find(found, part)
        assert s.speaker.name == "Michael Carpenter" and s.direct


def test_one_quote_one_statement(nlp) -> None:
    text = "Le ministre a déclaré : « Nous voulons un cessez-le-feu immédiat et durable. »"
    assert len(find(statements(nlp, text), "cessez-le-feu")) == 1


def test_plain_scare_quotes_are_not_statements(nlp) -> None:
    assert statements(nlp, "La ville vit une « nouvelle réalité » depuis le retrait des troupes.") == []
