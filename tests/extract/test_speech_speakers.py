"""Who speaks: pronouns, anonymous speakers and the first-name lexicon."""

from __future__ import annotations

import pytest
from speech import find, statements


def test_anonymous_is_never_guessed_into_a_person(nlp) -> None:
    text = (
        "Le président Volodymyr Zelensky est à Kherson. "
        "La ville est libre, a déclaré un responsable américain."
    )
    (s,) = find(statements(nlp, text), "La ville est libre")
    assert s.speaker.type == "anonymous" and "Zelensky" not in s.speaker.name


@pytest.mark.xfail(
    strict=True, reason="'elle' only resolves to persons and anonymous speakers, not to a country"
)
def test_pronoun_for_a_country(nlp) -> None:
    text = (
        "La journaliste Agnès Martin est à Kiev. La Russie a fait une annonce vendredi : "
        "elle affirme vouloir se concentrer sur le Donbass."
    )
    (s,) = find(statements(nlp, text), "se concentrer sur le Donbass")
    assert s.speaker.name == "Russie"


def test_first_names_lexicon() -> None:
    from newsgraph.extract.speaker_gender import first_names

    names = first_names()
    assert len(names) > 300 and names["marie"] == "f" and names["jean"] == "m" and "dominique" not in names
