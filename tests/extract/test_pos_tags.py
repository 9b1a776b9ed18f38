"""The attribute ruler's work done from the Doc's arrays (``pos_tags.PosTags``, round 18) gives
every token the annotation ``spacy.load``'s pipeline gives it: tag, part of speech, morphology,
dependency, head, lemma, entities, sentence starts. Both sides guard sentence starts
as the extraction does (``segmentation``, round 28): what is compared is the ruler's work alone."""

from __future__ import annotations

import pytest
import spacy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from newsgraph.extract.pipeline import MODEL
from newsgraph.extract.pos_tags import NAME, RULER_PATTERNS, use_pos_tags
from newsgraph.extract.segmentation import guard_sentence_starts

# texts of our own: blank lines, tabs, runs of spaces, non-breaking spaces, a lone newline,
# headings glued to a body, elisions, numbers, a proper name
TEXTS = [
    "Les agriculteurs bloquaient encore les ronds-points.\n\nTrois tracteurs ont été saisis.",
    "INCENDIE\tÀ Lyon,  les pompiers sont intervenus\u00a0jeudi vers 18 h 30 .\n",
    "« Nous ne reculerons pas », affirme Marguerite Dalloz.L'adjointe au maire s'est réjouie.",
    "\n",
    "   ",
    "A  \n  B\n\n\n- Oui.\n- Non ?",
    "",
]
ATTRS = [TAG, POS, MORPH, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, SENT_START, ORTH]


@pytest.fixture(scope="module")
def stock():
    nlp = spacy.load(MODEL)
    guard_sentence_starts(nlp)
    return nlp


def test_the_model_ruler_holds_the_patterns_replaced(stock):
    assert stock.get_pipe("attribute_ruler").patterns == RULER_PATTERNS


def test_the_extraction_pipeline_runs_pos_tags(nlp):
    assert NAME in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names


@pytest.mark.parametrize("text", TEXTS)
def test_pos_tags_annotate_as_the_attribute_ruler(nlp, stock, text):
    ours, theirs = nlp(text), stock(text)
    assert ours.to_array(ATTRS).tolist() == theirs.to_array(ATTRS).tolist()
    assert [str(t.morph) for t in ours] == [str(t.morph) for t in theirs]


def test_a_ruler_with_other_patterns_is_left(stock):
    nlp = spacy.load(MODEL)
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "zzz"}]], {"TAG": "X"})
    assert not use_pos_tags(nlp) and "attribute_ruler" in nlp.pipe_names
