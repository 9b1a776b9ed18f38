"""Subjects of a speech verb the parser hung elsewhere (tests/extract/test_reported_r17.py): on the
auxiliary of a compound tense split from its participle by an incise or a quotation mark ("Le
président a, durant l'entretien, « réitéré sa demande … »", "La ministre a ensuite, selon ses
proches, « demandé … »"). Used by ``speech_reported.subject_for``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_subjects import SUBJECT_DEPS

RELATIVE_WORDS = {"qu'", "que", "qu’"}


def auxiliary_subject(verb: Token) -> Token | None:
    """The subject the parse gave to the verb's auxiliary rather than to the verb."""
    for aux in verb.children:
        if not aux.dep_.startswith("aux") or aux.i > verb.i:
            continue
        subj = next((c for c in aux.children if c.dep_ in SUBJECT_DEPS and c.i < aux.i), None)
        if subj is not None and subj.lower_ not in RELATIVE_WORDS:
            return subj
    return None
