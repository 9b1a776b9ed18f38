"""Round 29 speed work (sps29): what was made faster answers as before, and nothing a stage keeps
between documents leaks from one document into the next.

The caches and memos of the statement, time and mention stages are pure functions of strings
(``is_shouting``, ``act_nouns``, the token table's hash -> string map) or kept with one Doc
(``doc.user_data``): two documents sharing a sentence but not its context (the publication date,
the person named before) each get their own answer, in one run, in either order."""

from __future__ import annotations

import pytest

from newsgraph.extract.entities import strip_determiner
from newsgraph.extract.pipeline import extract
from newsgraph.extract.speech_common import is_shouting
from newsgraph.extract.tokens import tokens
from newsgraph.model import Document, TimeValue

SHARED = "« Nous allons rouvrir la piscine avant l'été », a-t-elle déclaré hier."

DOCS = [
    # (id, text, publication day, expected speaker, expected date of the statement)
    (
        "a",
        "La ministre Élisabeth Borne est arrivée à Lille mardi matin. " + SHARED,
        "2022-03-10",
        "Élisabeth Borne",
        "2022-03-09",
    ),
    (
        "b",
        "La maire Martine Aubry a réuni les parents d'élèves à Lille. " + SHARED,
        "2023-05-02",
        "Martine Aubry",
        "2023-05-01",
    ),
]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_shared_sentence_gets_each_documents_context(nlp, order):
    docs = [Document(DOCS[i][0], DOCS[i][1], published=TimeValue(DOCS[i][2], "day")) for i in order]
    found = {x.document.id: x for x in extract(docs, nlp)}
    for doc_id, _, _, speaker, day in DOCS:
        statements = found[doc_id].statements
        assert [s.speaker.name for s in statements] == [speaker]
        assert statements[0].date == TimeValue(day, "day")
        assert [t.value for t in found[doc_id].times if t.text == "hier"] == [day]


def test_same_text_twice_with_other_dates(nlp):
    """The very same text under two publication dates (a rerun report): each its own "hier"."""
    text = DOCS[0][1]
    docs = [
        Document("x", text, published=TimeValue("2022-03-10", "day")),
        Document("y", text, published=TimeValue("2024-01-15", "day")),
    ]
    dates = {x.document.id: [s.date for s in x.statements] for x in extract(docs, nlp)}
    assert dates == {"x": [TimeValue("2022-03-09", "day")], "y": [TimeValue("2024-01-14", "day")]}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("LIRE AUSSI : LES SYNDICATS APPELLENT À LA GRÈVE", True),
        ("Les syndicats appellent à la grève jeudi.", False),
        ("ÉTÉ ÉTÉ ÉTÉ ÉTÉ", True),  # capitals outside ASCII: twelve letters, all capitals
        ("ÉTÉ ÉTÉ ÉTÉ", False),  # nine letters: too short to tell
        ("ABCDEFGHIJKLMmn", True),  # 13 capitals of 15 letters: more than 80 %
        ("ABCDEFGHIJKLMNOPabcd", False),  # 16 of 20: exactly 80 %, not more
        ("AB 12 CD 34 EF 56 GH 78 IJ 90 KL", True),  # digits and spaces are no letters
        ("", False),
    ],
)
def test_shouting_lines(line, expected):
    assert is_shouting(line) is expected


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("un responsable turc", "responsable turc"),
        ("les habitants du quartier", "habitants du quartier"),
        ("porte-parole du gouvernement", "porte-parole du gouvernement"),
    ],
)
def test_strip_determiner(nlp, phrase, expected):
    doc = nlp(phrase)
    assert strip_determiner(doc[:]) == expected


def test_token_table_reads_new_words_as_spacy_does(nlp):
    """Words never seen before in the process (the table's string map grows) and words seen in the
    previous document read back as spaCy gives them."""
    for text in ("Le Zorglubien Kwyjibo Fnarf a parlé.", "Kwyjibo Fnarf et Quuxolème ont parlé."):
        doc = nlp(text)
        table = tokens(doc)
        assert table.text == [t.text for t in doc]
        assert table.lemma == [t.lemma_ for t in doc]
        assert table.pos == [t.pos_ for t in doc]
        assert table.dep == [t.dep_ for t in doc]
