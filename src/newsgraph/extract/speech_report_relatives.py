"""Relative clauses and participles that say who people are, not what they said: "les ménages qui
souhaitent changer de chaudière", "de nombreux migrants souhaitant rejoindre l'Angleterre"
(moved out of ``speech_reported``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_subjects import SUBJECT_DEPS


def restrictive_relative(verb: Token) -> bool:
    """A verb of a relative clause that defines its noun ("les professionnels qui souhaitent se
    reconvertir"), not set off by a comma ("Le maire, qui affirme que …") nor a cleft ("c'est la
    préfecture qui annonce …")."""
    if defining_participle(verb):
        return True
    if verb.dep_ != "acl:relcl":
        return False
    rel = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ == "qui"), None)
    if rel is None or rel.i == 0 or verb.doc[rel.i - 1].text == ",":
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or verb.doc[rel.i - 1].pos_ == "PROPN" or verb.doc[rel.i - 1].text.isupper():
        return False  # "l'OTAN qui parle de …": a name has no defining relative
    before = verb.doc[max(0, noun.i - 4) : noun.i]
    return not any(t.lemma_ == "être" or t.lower_ in {"c'", "c’", "ce"} for t in before)


def defining_participle(verb: Token) -> bool:
    """A present participle of wishing right after its noun, no comma between: who the people are
    ("de nombreux migrants souhaitant rejoindre l'Angleterre"), not what they said; "un communiqué
    dénonçant …", "des manifestants réclamant …" still say something."""
    doc = verb.doc
    entry = speech_verb(verb)
    return (
        entry is not None
        and entry.sense == "hope"
        and verb.dep_ == "acl"
        and verb.lower_.endswith("ant")
        and verb.head.pos_ == "NOUN"
        and verb.head.i < verb.i
        and doc[verb.i - 1].text != ","
        and doc[verb.i - 1].lower_ != "en"  # a gerund: "… en souhaitant le retour de …" (rep21)
        and not any(t.text == "," for t in doc[verb.head.i : verb.i])
    )
