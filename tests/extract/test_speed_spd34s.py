"""The shortcuts of round 34's statement-side speed work answer as the long way did.

``pas_question_candidates`` starts from the token table's index of "question" instead of walking every
token of the Doc: the same candidates, in the same order, at a text's edges and inside quotes too.
``stance_heads`` finds its heads once per Doc (the stances and the relayed stances both walk them): the
second walk gives the first one's heads, and a Doc parsed again keeps its own."""

from __future__ import annotations

import pytest

from newsgraph.extract.context import DocContext, doc_text
from newsgraph.extract.entities import find_mentions
from newsgraph.extract.speech_pour_opinion import pas_question_candidates
from newsgraph.extract.speech_quotes import doc_quotes
from newsgraph.extract.speech_stance import STANCE_HEADS, stance_head, stance_heads
from newsgraph.model import Document

ROWS = [
    # (text, the contents found, in order)
    ("Pas question pour le maire de fermer la piscine municipale cet été.", ["maire"]),
    ("Il n'est pas question, pour la ministre, de reculer sur la réforme des retraites.", ["ministre"]),
    (
        "Pas question pour le maire de fermer la piscine cet été. "
        "Et pas question non plus pour le préfet de rouvrir la route avant lundi.",
        ["maire"],  # "pas question non plus": no "pour" right after the noun
    ),
    (
        "Pas question pour le maire de fermer la piscine cet été. "
        "Pas question pour la préfète de rouvrir la route avant lundi prochain.",
        ["maire", "préfète"],
    ),
    ("Le maire l'a dit : « pas question pour la mairie de payer les travaux du stade ».", []),  # quoted
    ("Pas question de partir maintenant.", []),  # nobody rules it out
    ("Ce n'est pas question", []),  # the noun among the last words of the text
    ("question pour le maire de fermer la piscine municipale cet été.", []),  # no "pas" before it
    ("", []),
]


@pytest.mark.parametrize(("text", "heads"), ROWS)
def test_pas_question_starts_from_the_index_of_the_noun(nlp, text: str, heads: list[str]) -> None:  # type: ignore[no-untyped-def]
    sdoc = nlp(text)
    ctx = DocContext(Document("t", text), sdoc, find_mentions(sdoc), [])
    found = pas_question_candidates(ctx, doc_quotes(sdoc))
    assert [c.speaker_head.text for c in found if c.speaker_head is not None] == heads
    assert all(doc_text(sdoc)[c.content[0] : c.content[1]].lower().startswith(("pas", "il")) for c in found)


STANCES = [
    "Le gouvernement reconnaît que la réforme a échoué, admet-il.",
    "Les syndicats sont inquiets pour l'avenir du site, et la direction reste optimiste.",
    "Il pleut.",
    "",
]


@pytest.mark.parametrize("text", STANCES)
def test_stance_heads_found_once_per_doc(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    walk = [(t.i, h) for t in doc if (h := stance_head(t.lemma_, t.text)) is not None]
    first = [(t.i, h) for t, h in stance_heads(doc)]
    assert first == walk
    assert STANCE_HEADS in doc.user_data  # kept with its Doc
    assert [(t.i, h) for t, h in stance_heads(doc)] == walk  # the second walk reads what the first found
    again = nlp(text)
    assert STANCE_HEADS not in again.user_data  # a Doc parsed again has its own
    assert [(t.i, h) for t, h in stance_heads(again)] == walk
