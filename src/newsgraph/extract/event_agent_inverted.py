"""Who acts in a relative clause opened by "que" whose subject is said after its verb, as French
puts it when the subject is long or stressed: "l'accord qu'a signé la France", "l'homme qu'a
abattu le policier", "les sanctions qu'a imposées Bruxelles". The parser takes that subject for the
verb's object (and, at times, the noun the clause hangs on for its subject), so the event's agent
and target come out swapped: the noun after the verb acts, the noun before "que" undergoes."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_agent_relatives import OBJECT_RELATIVES, RELATIVE_DEPS
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import OBJECT_DEPS, SUBJECT_DEPS

NOMINAL_POS = {"NOUN", "PROPN"}
AFTER_DEPS = OBJECT_DEPS | {"dep"}
"""How the parser labels a subject said after the verb of a relative clause."""


def inverted_relative(verb: Token) -> tuple[Token, Token] | None:
    """The subject said after ``verb`` in a relative clause opened by an object "que", and the noun
    the clause is about (what the verb acts on): ("France", "accord") for "l'accord qu'a signé la
    France"; None when the clause has its subject before the verb ("l'accord que la France a
    signé"), no noun after the verb ("l'accord qu'elle a signé") or no object "que" ("l'homme qui
    a tué le policier": the antecedent acts)."""
    if "Inf" in morph_feats(verb).get("VerbForm", []):
        return None  # "n'a pas eu d'autre choix que de fuir son palais": no relative clause
    opener = next((c for c in verb.children if c.i < verb.i and c.lower_ in OBJECT_RELATIVES), None)
    if opener is None or opener.dep_ not in OBJECT_DEPS | {"mark"}:
        return None
    after = [c for c in verb.children if c.i > verb.i and c.dep_ in AFTER_DEPS and c.pos_ in NOMINAL_POS]
    if not after:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if (
        not subjects
        and verb.dep_ in RELATIVE_DEPS
        and verb.head.pos_ in NOMINAL_POS
        and verb.head.i < opener.i
    ):
        return after[0], verb.head  # "l'accord qu'a signé la France"
    if len(subjects) == 1 and subjects[0].pos_ in NOMINAL_POS and subjects[0].i == opener.i - 1:
        return after[0], subjects[0]  # the antecedent taken for the subject: "l'homme qu'a tué X"
    return None
