"""The event stage's shortcuts give what the long way gives (issue 14, round 16).

``event_trigger_gate`` skips the candidate words whose every trigger row needs a word their
sentence lacks. Every sentence of the event test tables (the parametrized rows of the
``test_event_*`` modules) and sentences of our own (requirement words in the trigger's sentence,
in another one, or nowhere) are extracted with the gate and without it: the events must be equal,
field by field."""

from __future__ import annotations

from pathlib import Path

import pytest
from tables import table_sentences
from test_event_constructions import events_of

from newsgraph.extract import event_trigger_gate
from newsgraph.extract.event_trigger_gate import kept, needed, sentence_words, trees_in_sentences, word_needs
from newsgraph.extract.event_triggers import NOMINAL_POS, TRIGGER_POS, Trigger, trigger_rows
from newsgraph.extract.tokens import tokens

HERE = Path(__file__).parent

OWN = [
    # a verb whose rows want a word of its object or of its subject, present in its sentence
    "Deux missiles ont frappé la gare de Kramatorsk vendredi matin.",
    "Un individu a frappé un passant à coups de poing devant la mairie.",
    "Les gendarmes ont ouvert le feu sur la voiture qui fonçait vers eux.",
    "L'enseigne a ouvert un nouveau magasin à Rennes le mois dernier.",
    "La marque lance un nouveau modèle de voiture électrique.",
    # the same verbs, their rows' words absent: no event, with or without the gate
    "La crise a frappé durement les ménages modestes.",
    "Elle a ouvert la fenêtre pour aérer la pièce.",
    "Le club a lancé un appel aux bénévoles du quartier.",
    # the word a row wants in the next sentence only: not this trigger's dependent
    "Le voisin a ouvert la porte. Le feu avait pris dans la cuisine.",
    "Il a tiré les leçons de la défaite. Une balle perdue a été retrouvée plus tard.",
    # nouns, reflexives, participles, an adjective the tagger made of a verb
    "La manifestation contre la réforme a réuni des milliers de personnes à Nantes.",
    "Le ministre s'est rendu à Kiev pour rencontrer le président ukrainien.",
    "Les habitants évacués ont pu regagner leur domicile dans la soirée.",
    "Blessé, le conducteur a été transporté à l'hôpital de Lens.",
]


SENTENCES = OWN + table_sentences(path.stem for path in sorted(HERE.glob("test_event_*.py")))


def test_the_tables_are_found():
    assert len(SENTENCES) > 300  # the event tables hold several hundred sentences


def extracted(nlp, text: str, gate: bool) -> list[str]:
    event_trigger_gate.GATE = gate
    try:
        return [repr(e) for e in events_of(nlp, text)]
    finally:
        event_trigger_gate.GATE = True


@pytest.mark.parametrize("text", SENTENCES, ids=range(len(SENTENCES)))
def test_same_events_with_and_without_the_gate(nlp, text):
    assert extracted(nlp, text, True) == extracted(nlp, text, False)


def row(requires: str) -> Trigger:
    """A lexicon row's requirements, parsed as ``event_triggers.triggers`` parses them."""
    req = tuple(
        tuple((p.startswith("!"), p.lstrip("!")) for p in alt.split("+")) for alt in requires.split("|")
    )
    return Trigger("x", "VERB", "t", "-", req)


NEEDED = [
    ("feu", (frozenset({"feu"}),)),
    ("=usine|=porte+~usine", (frozenset({"usine"}), frozenset({"porte", "usine"}))),
    ("^procéder|missile|!crise", (frozenset({"procéder"}), frozenset({"missile"}))),
    ("@PERSON+coup|poing", (frozenset({"coup"}), frozenset({"poing"}))),
    ("=ligne+!pêche", (frozenset({"ligne"}),)),
    ("missile|@MILITARY", None),  # an "@" test alone needs no word
    ("!crise|!inflation", None),  # vetoes only: no alternative to hold
    ("!crise+!inflation|obus", None),  # an alternative of negated parts needs no word
]


@pytest.mark.parametrize(("requires", "expected"), NEEDED)
def test_needed_words_of_a_row(requires, expected):
    assert needed(row(requires).requires) == expected


WORD_NEEDS = [
    ("ouvrir", "ouvert", "VERB", frozenset({"feu"}), True),
    ("ouvrir", "ouvert", "VERB", frozenset({"fenêtre"}), False),
    ("ouvrir", "ouvert", "ADJ", frozenset({"feu"}), True),  # an adjective reads the verb rows
    ("frapper", "frappé", "VERB", frozenset({"crise"}), True),  # "@MILITARY" alone needs no word
]


@pytest.mark.parametrize(("lemma", "form", "pos", "words", "expected"), WORD_NEEDS)
def test_word_needs_of_the_rows_of_its_part_of_speech(lemma, form, pos, words, expected):
    alternatives = word_needs(lemma, form, pos)
    assert (alternatives is None or any(alt <= words for alt in alternatives)) == expected


def test_a_noun_reads_the_noun_rows_only():
    assert word_needs("tirer", "tirs", "NOUN") == ()  # "tirer" has verb rows only
    # a form that may be an infinitive the tagger took for a noun ("va tirer") reads them (typ18)
    assert word_needs("tirer", "tirer", "NOUN") != ()


@pytest.mark.parametrize("text", OWN)
def test_sentence_words_hold_every_lemma_and_form(nlp, text):
    doc = nlp(text)
    words = sentence_words(doc, 0, len(doc))
    for t in doc:
        lem = t.lemma_.lower()
        assert {"se" if lem in {"s'", "s’"} else lem, t.lower_, t.lower_.removesuffix("s")} <= words


@pytest.mark.parametrize("text", OWN)
def test_parsed_sentences_hold_their_trees(nlp, text):
    assert trees_in_sentences(nlp(text))


def test_the_gate_skips_a_verb_whose_words_are_elsewhere(nlp):
    doc = nlp("Elle a ouvert la fenêtre pour aérer la pièce. Le feu avait pris dans la cuisine.")
    table = tokens(doc)
    candidates = [
        i
        for i, (p, lem, low) in enumerate(zip(table.pos, table.lemma, table.lower, strict=True))
        if p in TRIGGER_POS and trigger_rows(lem, low, p not in NOMINAL_POS)
    ]
    first = next(s for s in doc.sents)
    inside = [i for i in candidates if i < first.end]
    assert any(table.lemma[i] == "ouvrir" for i in inside)
    assert not any(table.lemma[i] == "ouvrir" for i in kept(doc, inside, first.start, first.end))
