"""Reported words that run on into a second speech verb of the same speaker in a compound tense:
"Le maire a reconnu que les travaux avaient pris du retard et a promis une réouverture en mai".
The words of "reconnaître" stop before "et a promis": "promettre" is a speech act of its own, read
by its own rule. (``statements.coordinated_speech_end`` stops before a simple tense, "… et promet
…"; after "et" an auxiliary opens a new verb group here, where after a participle's auxiliary
"a reconnu et affirmé que …" the same group goes on.)"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.tokens import morph_of

COORDINATORS = frozenset({"et", "mais"})
"""What joins the second verb group to the first."""
AUXILIARIES = frozenset({"avoir", "être"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "expl:subj"})
BETWEEN = frozenset({"ADV", "PRON"})
"""Words that may stand between the auxiliary and the participle ("a aussi promis", "a-t-il dit"
is no case: a pronoun there is a clitic object, "l'a promis")."""


def compound_speech_verb(aux: Token) -> Token | None:
    """The participle of a speech verb that the finite auxiliary ``aux`` opens, with no subject of
    its own ("… et a promis …", "… mais a aussitôt démenti …"); None otherwise."""
    if aux.pos_ != "AUX" or aux.lemma_ not in AUXILIARIES or "Fin" not in morph_of(aux).get("VerbForm", []):
        return None
    doc = aux.doc
    for tok in doc[aux.i + 1 : min(aux.sent.end, aux.i + 4)]:
        if tok.pos_ == "VERB" and "Part" in morph_of(tok).get("VerbForm", []):
            if any(c.dep_ in SUBJECT_DEPS for c in tok.children) or speech_verb(tok, any_pos=True) is None:
                return None
            return tok
        if tok.pos_ not in BETWEEN:
            return None
    return None


def compound_speech_end(cue: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The reported words end before "et"/"mais" + an auxiliary + a speech verb's participle
    ("a reconnu que … et a promis …", "a annoncé … mais a refusé de …") that continues the cue's
    own verb group: the parse makes it the cue's conjunct, or its auxiliary repeats the cue's ("a
    … et a …"). "affirme que les Russes ont avancé et ont annoncé une trêve" goes on: the second
    verb is the reported clause's own."""
    doc = cue.doc
    span = doc.char_span(content[0], content[1], alignment_mode="expand")
    if span is None:
        return content
    own = {c.lower_ for c in cue.children if c.dep_.startswith("aux")}
    for tok in span[1:-2]:
        aux = doc[tok.i + 1]
        if tok.lower_ not in COORDINATORS or (participle := compound_speech_verb(aux)) is None:
            continue
        if participle.head.i == cue.i or aux.lower_ in own:
            before = doc[tok.i - 1]
            return content[0], before.idx + len(before)
    return content


CLAUSE_DEPS = frozenset({"cop", "nsubj", "nsubj:pass", "aux:pass"})
"""The children that make a "subject" the predicate of a clause of its own."""


def own_subject_before(verb: Token, child: Token) -> bool:
    """Whether ``child`` is ``verb``'s own subject before it ("Marie Durand, la propriétaire, a
    questionné …"), not the reported clause the parser hung on an incise verb ("L'accusé est bien
    l'auteur des faits, a estimé le tribunal": "auteur", with its copula, is the clause's predicate)."""
    return (
        child.dep_ == "nsubj"
        and child.i < verb.i
        and child.pos_ in {"NOUN", "PROPN", "PRON"}
        and not clause_predicate(child)
    )


def clause_predicate(tok: Token) -> bool:
    """A word with a copula or a subject of its own: the predicate of a clause ("est bien l'auteur
    des faits"), never the subject of the verb it hangs on."""
    return any(g.dep_ in CLAUSE_DEPS for g in tok.children)
