"""The subject of a speech verb the parser hung on it as a modifier.

"En Corse, le bilan provisoire fait état de cinq morts", "À Kiev, les autorités locales affirment
que …": after a fronted place or time the parser may read the finite verb as an adjective or a
clause of the noun before it (``amod``, ``acl``), and give the verb no subject. A finite verb
modifies no noun: that noun is its subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_report_subjects import MODIFIER_DEPS, SUBJECT_NOUNS
from newsgraph.extract.tokens import morph_of


def hung_verb_subject(verb: Token) -> Token | None:
    """The noun a finite speech verb without a subject of its own was hung on, before it, with
    nothing but its own modifiers between ("le bilan provisoire des secours fait état de …")."""
    if verb.dep_ not in MODIFIER_DEPS or "Fin" not in morph_of(verb).get("VerbForm", []):
        return None
    noun = verb.head
    if (
        noun.pos_ not in SUBJECT_NOUNS
        or noun.i > verb.i
        or any(c.dep_.startswith("nsubj") for c in verb.children)
    ):
        return None
    between = verb.doc[noun.i + 1 : verb.i]
    if any(t.pos_ in {"VERB", "AUX", "PRON", "PUNCT", "SCONJ", "CCONJ"} for t in between):
        return None  # "le bilan, qui fait …", "le rapport et l'étude font …"
    return noun
