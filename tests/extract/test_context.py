"""The quick sentence lookup gives the sentences spaCy gives, for tokens and for spans."""

from __future__ import annotations

from newsgraph.extract.context import DocContext, doc_text, quick_sentences
from newsgraph.model import Document

TEXTS = [
    "Le maire a parlé lundi. Les habitants, inquiets, attendent. « Nous resterons », dit une voisine.",
    "Une seule phrase sans point final",
    "Grève à la SNCF\n\nLes syndicats ont appelé à manifester jeudi. Le ministre répond demain !",
]


def sentences(doc):
    tokens = [(t.sent.start, t.sent.end) for t in doc]
    spans = [(doc[i:j].sent.start, doc[i:j].sent.end) for i in range(len(doc)) for j in (i, i + 1, i + 4)]
    return tokens, spans


def test_quick_sentences_are_spacys(nlp):
    for text in TEXTS:
        doc = nlp(text)
        expected = sentences(doc)
        quick_sentences(doc)
        assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
        assert sentences(doc) == expected


def test_a_context_installs_them_and_keeps_the_text(nlp):
    doc = nlp(TEXTS[0])
    DocContext(document=Document("d", TEXTS[0]), sdoc=doc)
    assert "sent" in doc.user_token_hooks
    assert doc_text(doc) == TEXTS[0]
    doc.user_data.clear()  # the sentence starts are found again when asked
    assert [t.sent.start for t in doc] == [s.start for s in doc.sents for _ in s]
