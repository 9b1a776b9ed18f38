"""The trigger test and its gate with each piece of work done once (round 29, spt29) answer as the
plain definitions they replace: a token's row is the first whose vetoes all fail and one of whose
alternatives holds, each requirement read by ``holds``; the governors found once per (document,
token) never answer for another document; the multi-word expressions read from the token table are
those read token by token."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsgraph.extract import entities
from newsgraph.extract.event_expected import lifted_vetoes
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_phrases import (
    GAP_POS,
    MAX_GAP,
    forms,
    inside_phrase,
    phrase_matches,
    phrase_rows,
    phrase_table,
)
from newsgraph.extract.event_trigger_gate import sentence_words
from newsgraph.extract.event_trigger_grammar import _governors, governors, present_infinitive
from newsgraph.extract.event_triggers import (
    NOMINAL_POS,
    TRIGGER_POS,
    holds,
    is_imperative,
    is_mistagged_infinitive,
    match_trigger,
    names_place_or_person,
    trigger_rows,
)

# sentences of our own: rows with vetoes on the governor (lifted by a modality or not), requirements
# on the governor, the subject, the object, several words at once, "@" tests, expressions, participles
SENTENCES = [
    "Les syndicats réclament une augmentation des salaires et une baisse des prix de l'essence.",
    "Le verdict est attendu lundi et la grève pourrait être reconduite.",
    "Elle a passé son bac de philosophie et a battu le record du monde du 100 mètres.",
    "Le groupe a acquis une société lyonnaise, puis la fréquentation a reculé de 10 %.",
    "Le président a consulté les syndicats avant de constituer le gouvernement.",
    "Le suspect a été placé en garde à vue pour délit de fuite.",
    "Les deux hommes ont été passés à tabac par des inconnus à Marseille.",
    "La bronchiolite frappe les nourrissons et les hôpitaux sont saturés.",
    "Une enquête ouverte par le parquet de Lyon vise l'entreprise, qui a licencié 300 salariés.",
    "Votez pour votre recette préférée : le jury annoncera le gagnant dimanche.",
    "Le missile qui a frappé la ville a fait trois morts, selon la police.",
    "Les habitants évacués ont pu regagner leurs maisons après l'incendie.",
]


def reference_row(token, mentions):
    """``match_trigger`` written from its definition: every row of the word's part of speech in
    order, each requirement read by ``holds``."""
    pos = token.pos_
    if pos not in TRIGGER_POS:
        return None
    want = "NOUN" if pos in NOMINAL_POS and not is_mistagged_infinitive(token) else "VERB"
    rows = phrase_rows(token) + trigger_rows(token.lemma_, token.lower_, want == "VERB")
    if not rows or inside_phrase(token):
        return None
    if (want == "VERB" and is_imperative(token)) or (
        want == "NOUN" and names_place_or_person(token, mentions)
    ):
        return None
    lifted = lifted_vetoes(token)
    for row in rows:
        if row.pos != want and not (row.pos == "VERB" and pos == "ADJ"):
            continue
        if any(
            holds(v, token, mentions, veto=True) and not (v.startswith("^") and v[1:] in lifted)
            for v in row.vetoes
        ):
            continue
        alternatives = row.alternatives
        if not alternatives or any(
            all(holds(r, token, mentions) != neg for neg, r in alt) for alt in alternatives
        ):
            return row
    return None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_match_trigger_is_its_definition(nlp, sentence):
    doc = nlp(sentence)
    mentions = MentionIndex(doc, entities.find_mentions(doc))
    assert [match_trigger(t, mentions) for t in doc] == [reference_row(t, mentions) for t in doc]


def test_the_table_finds_triggers():
    """Not a table where nothing triggers: the equality above is of rows, not of Nones only."""
    assert trigger_rows("augmentation", "augmentation", False)
    assert trigger_rows("acquérir", "acquis", True)


def made_doc(words, heads, deps, pos):
    """A Doc parsed by hand (no model): lemmas are the words."""
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=words)


def test_governors_never_answer_for_another_document():
    """The same token index governed by another verb in each Doc, asked in turn: each answer is its
    own Doc's, also after the other Doc was asked about (the memo is one document's)."""
    opened = made_doc(
        ["ouvrir", "une", "enquête"], [0, 2, 0], ["ROOT", "det", "obj"], ["VERB", "DET", "NOUN"]
    )
    closed = made_doc(
        ["fermer", "une", "enquête"], [0, 2, 0], ["ROOT", "det", "obj"], ["VERB", "DET", "NOUN"]
    )
    for _ in range(2):
        for doc, verb in ((opened, "ouvrir"), (closed, "fermer"), (opened, "ouvrir")):
            found = governors(doc[2])
            assert verb in found
            assert found == _governors(doc[2])


@pytest.mark.parametrize("sentence", SENTENCES)
def test_governors_once_are_governors_walked(nlp, sentence):
    doc = nlp(sentence)
    assert [governors(t) for t in doc] == [_governors(t) for t in doc]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_words_read_each_present_as_its_infinitive(nlp, sentence):
    doc = nlp(sentence)
    words = sentence_words(doc, 0, len(doc))
    for t in doc:
        if t.lower_ == t.lemma_.lower() and not t.lower_.endswith(("er", "ir", "re")):
            assert present_infinitive(t.lower_) in words


def walked_phrases(doc):
    """The expressions of a Doc found token by token (``forms`` of each Token): the reference."""
    table, found = phrase_table(), {}
    for token in doc:
        entries = [e for f in forms(token) for e in table.get(f, ())]
        for rest, rows in sorted(entries, key=lambda e: -len(e[0])):
            i, end = token.i + 1, None
            for word in rest:
                gap = 0
                while i < len(doc) and word not in forms(doc[i]) and doc[i].pos_ in GAP_POS and gap < MAX_GAP:
                    i, gap = i + 1, gap + 1
                if i >= len(doc) or word not in forms(doc[i]):
                    break
                i += 1
            else:
                end = i
            if end is not None:
                found[token.i] = (end, rows)
                break
    return found


def test_expressions_from_the_table_are_those_walked(nlp):
    docs = [nlp(s) for s in SENTENCES]
    assert sum(len(phrase_matches(d)) for d in docs) >= 3  # garde à vue, délit de fuite, passer à tabac
    for doc in docs:
        assert phrase_matches(doc) == walked_phrases(doc)
