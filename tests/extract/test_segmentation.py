"""No sentence started where French never starts one (``segmentation.sentence_guard``).

spaCy's French parser ended sentences on the hyphen of a name its tokenizer splits ("Royaume -
Uni", "Alpes - Maritimes"), inside lower-case compounds ("auteur - compositeur"), and inside names
("Marine" | "Le Pen"): the rules that read a sentence lost them. Sentences written for this table."""

from __future__ import annotations

import pytest

# --- sentences not cut where French never starts one (``segmentation.sentence_guard``) -----------

ONE_SENTENCE = [
    "Le Royaume-Uni a fermé ses frontières aux voyageurs.",
    "Les pompiers des Alpes-Maritimes sont épuisés après dix jours de feux.",
    "La Croix-Rouge distribue des colis aux familles.",
    "Pour la première fois, Mathilde, auteure-compositrice-interprète, chante aux Francofolies.",
    "Selon Santé Publique France, la surmortalité reste forte cet été.",
    "Hier, Marine Le Pen a tenu un meeting à Perpignan.",
    "Dans la soirée Bruno Le Maire a défendu son budget devant les députés.",
    "Le porte-parole du gouvernement a répondu aux questions des journalistes.",
]

STILL_CUT = [
    # the guard never joins what punctuation separates
    ("Les musiciens jouent sous la pluie.À Naples, la fête continue.", 2),
    ("« On n'en peut plus », lance Julie. « C'est trop », ajoute-t-elle.", 2),
    ("Le Royaume-Uni a annoncé des sanctions. Bruno Le Maire a réagi.", 2),
]


@pytest.mark.parametrize("sentence", ONE_SENTENCE)
def test_no_sentence_starts_inside_a_word_or_a_name(nlp, sentence):
    assert [s.text for s in nlp(sentence).sents] == [sentence]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Le Royaume-Uni a fermé ses frontières aux voyageurs.", "Royaume-Uni"),
        ("Les pompiers des Alpes-Maritimes sont épuisés après dix jours de feux.", "Alpes-Maritimes"),
    ],
)
def test_a_hyphenated_place_kept_in_its_sentence_is_recognised(nlp, sentence, place):
    assert place in [e.text for e in nlp(sentence).ents]


@pytest.mark.parametrize(("text", "count"), STILL_CUT)
def test_punctuation_still_ends_sentences(nlp, text, count):
    assert len(list(nlp(text).sents)) == count


def test_the_guard_marks_only_what_it_must(nlp):
    from newsgraph.extract.segmentation import columns, no_start_here
    from newsgraph.names import first_names

    doc = nlp.make_doc("Il parle. Marine Le Pen vote. Grève à Paris Le président répond")
    marked = {doc[i].text for i in range(1, len(doc)) if no_start_here(columns(doc), i, first_names())}
    assert {"Le", "Pen"} <= marked
    assert "vote" not in marked and "répond" not in marked  # lower-case words are left to the parser
    assert "Marine" not in marked  # after a full stop
    assert "Grève" not in marked and "Paris" not in marked  # "Le" before a lower-case word may open one


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seine-Saint-Denis", True),
        ("Villeneuve-d'Ascq", True),
        ("Anne-Claire", False),  # a compound first name: the tagger's business
        ("Est-ce", False),
        ("peut-être", False),
        ("G7-G20", False),
    ],
)
def test_hyphenated_name(text, name):
    from newsgraph.extract.segmentation import hyphenated_name
    from newsgraph.names import first_names

    assert hyphenated_name(text, first_names()) is name
