"""The work of ``fr_core_news_md``'s attribute ruler, done without its Matcher.

The model's ``attribute_ruler`` holds 23 patterns: twenty copy each token's part of speech into its
tag (``TAG = POS``), three fix white-space tokens (a token tagged SPACE that is no white space
becomes X; a white-space token gets POS and TAG SPACE, an empty morphology and, when it has a
dependency label, the label "dep"). Its Matcher tries every pattern on every token: 5 % of the
parse's CPU time for a table copy and a handful of newline tokens. ``PosTags`` gives every token
the same annotation from the Doc's arrays (the tag column copied from the part-of-speech column
at once; the few white-space tokens fixed one by one, in the ruler's order, on the values read
before any change, as its matches are), and ``use_pos_tags`` puts it in the ruler's place only when
the ruler holds exactly these patterns. ``tests/extract/test_pos_tags.py`` compares every
annotation with ``spacy.load``'s on texts with blank lines, tabs and non-breaking spaces.
"""

from __future__ import annotations

from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

COPIED_POS = (
    "ADJ", "ADP", "ADV", "AUX", "CONJ", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
    "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X", "EOL", "SPACE",
)  # fmt: skip
"""The parts of speech the ruler copies into the tag, one pattern each, in its order."""

RULER_PATTERNS: list[dict[str, Any]] = [
    *({"patterns": [[{"POS": p}]], "attrs": {"TAG": p}, "index": 0} for p in COPIED_POS),
    {
        "patterns": [[{"POS": "SPACE", "IS_SPACE": False}]],
        "attrs": {"TAG": "X", "POS": "X", "MORPH": "_"},
        "index": 0,
    },
    {"patterns": [[{"IS_SPACE": True, "DEP": {"NOT_IN": [""]}}]], "attrs": {"DEP": "dep"}, "index": 0},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"TAG": "SPACE", "POS": "SPACE", "MORPH": "_"}, "index": 0},
]
"""The patterns ``PosTags`` stands for (``AttributeRuler.patterns`` of fr_core_news_md 3.x)."""

NAME = "newsgraph_pos_tags"


class PosTags:
    """The attribute ruler's annotation of RULER_PATTERNS, from the Doc's arrays."""

    def __init__(self, nlp: Language) -> None:
        strings = nlp.vocab.strings
        self.copied = numpy.array([strings[p] for p in COPIED_POS], dtype="uint64")
        self.space = strings["SPACE"]

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        cols = doc.to_array([POS, IS_SPACE, DEP])
        pos, is_space, dep = cols[:, 0], cols[:, 1] == 1, cols[:, 2]
        copy = numpy.isin(pos, self.copied)
        if copy.any():
            tags = doc.to_array([TAG])
            tags[copy] = pos[copy]
            doc.from_array([TAG], cast(Any, tags.reshape(-1, 1)))  # uint64 ids; the stub says float
        for i in numpy.flatnonzero(is_space | (pos == self.space)).tolist():
            token = doc[i]
            if pos[i] == self.space and not is_space[i]:  # a SPACE tag on a word
                token.tag_, token.pos_ = "X", "X"
                token.set_morph("_")  # type: ignore[attr-defined]  # Token.set_morph (spaCy 3), not in its stub
            if is_space[i]:
                if dep[i] != 0:  # a label, not the empty string
                    token.dep_ = "dep"
                token.tag_, token.pos_ = "SPACE", "SPACE"
                token.set_morph("_")  # type: ignore[attr-defined]  # Token.set_morph (spaCy 3), not in its stub
        return doc


@Language.factory(NAME)
def make_pos_tags(nlp: Language, name: str) -> PosTags:
    return PosTags(nlp)


def use_pos_tags(nlp: Language) -> bool:
    """Put ``PosTags`` in the place of the pipeline's attribute ruler when the ruler holds exactly
    RULER_PATTERNS (else leave the ruler). Whether it did."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if getattr(ruler, "patterns", None) != RULER_PATTERNS:
        return False
    nlp.replace_pipe("attribute_ruler", NAME)
    nlp.rename_pipe("attribute_ruler", NAME)
    return True
