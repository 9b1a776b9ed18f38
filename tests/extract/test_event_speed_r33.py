"""The event stage's work in a cheaper order (round 33, spd33e) answers as before: a row's
alternatives tried cheapest requirement first are the lexicon's, part for part, and the trigger test
still answers as its definition (``test_trigger_speed_r29.reference_row``, the lexicon's order); the
gate keeps the candidates a row can hold for (its subset test made with ``issuperset``); the gate's
words belong to their own document; "les 27" reads the text made once per Doc."""

from __future__ import annotations

from collections import Counter

import pytest
from test_trigger_speed_r29 import reference_row

from newsgraph.extract import entities
from newsgraph.extract.event_agent_members import union_of_members
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_phrases import phrase_matches
from newsgraph.extract.event_trigger_gate import kept, no_sense, sentence_words, word_columns, word_needs
from newsgraph.extract.event_trigger_grammar import INFINITIVE_ENDINGS, present_infinitive
from newsgraph.extract.event_trigger_row import cost, split_requires
from newsgraph.extract.event_triggers import match_trigger, triggers

# sentences of our own: rows whose alternatives mix a word, the subject's words and "@" tests
SENTENCES = [
    "Le président s'est rendu à Berlin jeudi pour rencontrer le chancelier.",
    "La ministre a accueilli son homologue italien à Paris, puis elle a échangé avec Pedro Sánchez.",
    "Les troupes russes ont reculé près de Kherson et ont abandonné plusieurs villages.",
    "Les dirigeants africains se sont réunis à Dakar ; la conférence s'est tenue sans la presse.",
    "Les manifestants s'étaient déplacés jusqu'à Nantes, où les pompiers sont arrivés vers midi.",
    "Les 27 ont adopté de nouvelles sanctions, a indiqué l'Union européenne mardi.",
]


def walked_sentence_words(doc, start, end):
    """The gate's words of a sentence read token by token (the definition ``sentence_words`` keeps)."""
    out = {""}
    for t in doc[start:end]:
        low, lem = t.lower_, t.lemma_.lower()
        out |= {low, lem}
        if low.endswith("s"):
            out.add(low[:-1])
        if low == lem and not low.endswith(INFINITIVE_ENDINGS):
            out.add(present_infinitive(low))
    if out & {"s'", "s’"}:
        out.add("se")
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_words_are_the_words_read_token_by_token(nlp, sentence):
    doc = nlp(sentence)
    for sent in doc.sents:
        assert sentence_words(doc, sent.start, sent.end) == walked_sentence_words(doc, sent.start, sent.end)


def test_the_gate_columns_belong_to_their_document(nlp):
    """Two documents asked in turn: each one's words, never the other's."""
    first, second = nlp("La grève a commencé lundi."), nlp("Un incendie ravage la forêt.")
    for _ in range(2):
        for doc in (first, second):
            assert word_columns(doc)[1] == [t.lower_ for t in doc]
            assert sentence_words(doc, 0, len(doc)) == walked_sentence_words(doc, 0, len(doc))
    assert "grève" in sentence_words(first, 0, len(first))
    assert "grève" not in sentence_words(second, 0, len(second))


@pytest.mark.parametrize("sentence", SENTENCES)
def test_kept_is_its_definition(nlp, sentence):
    """Every word of the sentence a candidate: kept when an expression's head, when a row needs no
    word, or when one alternative's words are all in the sentence (``<=``, as written first)."""
    doc = nlp(sentence)
    for sent in doc.sents:
        words, heads = sentence_words(doc, sent.start, sent.end), phrase_matches(doc)
        candidates = list(range(sent.start, sent.end))
        gated = [
            i
            for i in candidates
            if i in heads
            or (needs := word_needs(doc[i].lemma_, doc[i].lower_, doc[i].pos_)) is None
            or any(alt <= words for alt in needs)
        ]
        assert kept(doc, candidates, sent.start, sent.end) == no_sense(doc, gated)


def test_alternatives_keep_the_lexicon_parts_cheapest_first():
    """Every row of the lexicon: the alternatives tried after the sets (``split_requires``'s last
    field) are the lexicon's, part for part, each with its parts in increasing cost, and an
    alternative needing an "@" test comes after every one needing none."""
    mixed = 0
    for rows in triggers().values():
        for row in rows:
            rest = split_requires(row.requires)[-1]
            assert Counter(frozenset(Counter(a).items()) for a in rest) <= Counter(
                frozenset(Counter(a).items()) for a in row.alternatives
            )
            for alt in rest:
                costs = [cost(r) for _, r in alt]
                assert costs == sorted(costs)
            worst = [max(cost(r) for _, r in alt) for alt in rest]
            assert worst == sorted(worst)
            mixed += any(len({cost(r) for _, r in alt}) > 1 for alt in rest)
    assert mixed > 100  # not a lexicon with nothing to reorder


@pytest.mark.parametrize("sentence", SENTENCES)
def test_match_trigger_is_its_definition(nlp, sentence):
    doc = nlp(sentence)
    mentions = MentionIndex(doc, entities.find_mentions(doc))
    found = [match_trigger(t, mentions) for t in doc]
    assert found == [reference_row(t, mentions) for t in doc]


def test_the_sentences_trigger():
    """Not a table where nothing triggers: rows with an "@" test among their alternatives."""
    assert any(
        any(r.startswith("@") for alt in row.alternatives for _, r in alt) for row in triggers()["rendre"]
    )


def test_union_of_members_reads_the_document_text(nlp):
    """ "Les 27" is the Union when the text names Europe (read from the text made once per Doc)."""
    doc = nlp(SENTENCES[-1])
    union = union_of_members(next(t for t in doc if t.text == "27"), "agent")
    assert union is not None and union.role == "agent"
    other = nlp("Les 27 ont été relâchés dans la soirée, a indiqué la police.")
    assert union_of_members(next(t for t in other if t.text == "27"), "agent") is None
