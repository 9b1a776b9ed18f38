"""The events stage's answers found once per document (round 29, speed) answer as the walks they
replace, and never cross from one document to another: ``event_cache`` (lemmas, clause walks,
carriers), a subtree's text sliced from the Doc's text, the place tokens of a sentence read by
bisection (``MentionIndex.places``), and whole extractions of two documents that share a sentence,
read in turn."""

from __future__ import annotations

import gc

import pytest

from newsgraph.extract import entities, timex
from newsgraph.extract.context import DocContext
from newsgraph.extract.event_cache import ELIDED_LEMMAS, doc_memo, lemmas
from newsgraph.extract.event_modality import _carrier, carrier
from newsgraph.extract.event_parse import (
    CLAUSE_DEPS,
    PLACE_LABELS,
    MentionIndex,
    _clause_indexes,
    clause_tokens,
    subtree_text,
)
from newsgraph.extract.events import extract_events
from newsgraph.extract.tokens import tokens
from newsgraph.model import Document, TimeValue

ANCHOR = TimeValue("2023-03-15", "day")

# sentences of our own: nominal triggers on light verbs, subordinate clauses, places inside names
SENTENCES = [
    "Les pompiers ont mené une opération de sauvetage à Grenoble, où trois randonneurs s’étaient perdus.",
    "La CGT a appelé à la grève jeudi et les cheminots ont cessé le travail dans la région de Lille.",
    "L'hôpital de Verdun a été évacué après l'incendie qui a touché le quartier.",
    "Les habitants de la région de Valence, qu'on disait épargnés, ont dû quitter leurs maisons.",
    "Il pleuvait sur la ville et personne n'est sorti.",
]


def walked_clause(token):
    """The clause walk as written before the cache (the reference)."""

    def inside(c):
        return c.dep_ not in CLAUSE_DEPS or (c.dep_ == "xcomp" and c.pos_ in {"NOUN", "PROPN"})

    out, stack = [token], [c for c in token.children if inside(c)]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if inside(c))
    return sorted(out, key=lambda t: t.i)


def scanned_places(mentions, words, inner):
    """``MentionIndex.places`` as written before the bisection: every token looked at."""
    from newsgraph.extract.event_parse import after_de, is_people

    seen, out = set(), []
    for t in words:
        m = mentions.by_token.get(t.i)
        if (
            inner
            and t.i in mentions.inner_places
            and (m is None or m.label not in PLACE_LABELS)
            and after_de(t)
        ):
            m = mentions.inner_places[t.i]
        if m is not None and m.label in PLACE_LABELS and id(m) not in seen and not is_people(t, m):
            seen.add(id(m))
            out.append((t.i, m))
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_cached_walks_equal_the_plain_ones(nlp, sentence):
    doc = nlp(sentence)
    column = tokens(doc).lemma_lower
    assert lemmas(doc) == [ELIDED_LEMMAS.get(x, x) for x in column]
    for t in doc:
        assert [x.i for x in clause_tokens(t)] == [x.i for x in walked_clause(t)] == _clause_indexes(t)
        assert clause_tokens(t) == clause_tokens(t)  # asked again: the same answer from the memo
        assert subtree_text(t) == doc[t.left_edge.i : t.right_edge.i + 1].text
        assert carrier(t).i == (_carrier(t) if t.pos_ in {"NOUN", "PROPN"} else t).i
    mentions = MentionIndex(doc, entities.find_mentions(doc))
    for inner in (False, True):
        for span in [doc[:], *doc.sents, doc[2:7]]:
            expected = scanned_places(mentions, span, inner)
            assert [(t.i, m) for t, m in mentions.places(span, inner=inner)] == expected
            assert [(t.i, m) for t, m in mentions.places(list(span), inner=inner)] == expected


def test_each_document_has_its_own_memo(nlp):
    first, second = nlp("Les grévistes ont bloqué le dépôt."), nlp("Les grévistes ont bloqué le dépôt.")
    memo = doc_memo(first)
    memo[("probe", 0)] = "first"
    assert doc_memo(first) is memo
    assert ("probe", 0) not in doc_memo(second)  # same words, another document: nothing carried over
    assert doc_memo(first).get(("probe", 0)) is None  # the slot moved on; the first is asked afresh
    other = nlp("Elle s’est rendue à Paris.")
    assert lemmas(other)[1] == "se"  # the elided word written out, for this document's words
    assert lemmas(first)[0] == "le"


def test_the_slot_keeps_no_document_alive(nlp):
    doc = nlp("Les secours sont intervenus dans la nuit.")
    lemmas(doc)
    del doc
    gc.collect()
    fresh = nlp("Un incendie a ravagé un entrepôt.")
    assert lemmas(fresh)[1] == "incendie"


def events_of(sdoc, text: str):
    document = Document("t", text, published=ANCHOR)
    ctx = DocContext(document, sdoc, entities.find_mentions(sdoc), timex.find_times(text, ANCHOR, "t", sdoc))
    return extract_events(ctx)


# two reports that share a sentence whose event takes its place from the report's opening
SHARED = "Un homme a été interpellé dans la soirée."
REPORTS = {
    "Lyon": f"À Lyon, une bijouterie a été braquée mardi. {SHARED}",
    "Marseille": f"À Marseille, une bijouterie a été braquée mardi. {SHARED}",
}


def test_documents_sharing_a_sentence_each_get_their_own_answer(nlp):
    parsed = {town: nlp(text) for town, text in REPORTS.items()}
    alone = {town: repr(events_of(nlp(text), text)) for town, text in REPORTS.items()}
    for _ in range(2):  # read in turn, twice: each answer as when its report is read alone
        for town, text in REPORTS.items():
            found = events_of(parsed[town], text)
            assert repr(found) == alone[town]
            arrest = next(e for e in found if e.type == "arrest")
            assert arrest.location is not None and arrest.location.name == town
