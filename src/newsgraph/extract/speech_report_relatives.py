"""Relative clauses and participles that say who people are, not what they said: "les ménages qui
souhaitent changer de chaudière", "de nombreux migrants souhaitant rejoindre l'Angleterre"
(moved out of ``speech_reported``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_common import verb_group_start
from newsgraph.extract.speech_lexicon import speech_verb
from newsgraph.extract.speech_subjects import SUBJECT_DEPS


def restrictive_relative(verb: Token) -> bool:
    """A verb of a relative clause that defines its noun ("les professionnels qui souhaitent se
    reconvertir"), not set off by a comma ("Le maire, qui affirme que …") nor a cleft ("c'est la
    préfecture qui annonce …")."""
    if defining_participle(verb):
        return True
    if verb.dep_ != "acl:relcl" or claims(verb):
        return False
    rel = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.lower_ == "qui"), None)
    if rel is None or rel.i == 0 or verb.doc[rel.i - 1].text == ",":
        return False
    noun = verb.head
    if noun.pos_ != "NOUN" or verb.doc[rel.i - 1].pos_ == "PROPN" or verb.doc[rel.i - 1].text.isupper():
        return False  # "l'OTAN qui parle de …": a name has no defining relative
    before = verb.doc[max(0, noun.i - 4) : noun.i]
    return not any(t.lemma_ == "être" or t.lower_ in {"c'", "c’", "ce"} for t in before)


CLAIM_SENSES = frozenset({"say", "claim", "deny", "testify"})
"""Verbs whose every use is an assertion: "une femme qui affirme avoir été agressée", "un témoin
qui dit avoir vu …" report what she said, even in a relative that picks her out."""


def claims(verb: Token) -> bool:
    """A verb of saying or claiming in every use (grade 3 of the lexicon): its relative clause is a
    statement, not a description of its noun."""
    entry = speech_verb(verb)
    return entry is not None and entry.grade >= 3 and entry.sense in CLAIM_SENSES


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


def relative_end(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A speech verb in a relative clause on the subject of the main verb ("un habitant qui assure
    que l'eau était polluée a porté plainte"): its words end before the main verb resumes."""
    noun = verb.head
    if verb.dep_ != "acl:relcl" or noun.dep_ not in SUBJECT_DEPS or noun.head.i <= verb.i:
        return content
    resume = verb_group_start(noun.head)
    if not content[0] < resume.idx < content[1]:
        return content
    last = verb.doc[resume.i - 1]
    while last.i > verb.i and last.is_punct:
        last = verb.doc[last.i - 1]
    return content[0], max(content[0], last.idx + len(last))


def participle_end(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A present participle of speech set off by a comma after its noun ("Le ministre, affirmant que
    la crise était finie, a quitté la salle"): its words end at the comma after which the noun's own
    verb resumes, a finite verb with no subject of its own ("…, a quitté"), however the parser hung
    it (often as the participle's complement). Not after the main verb ("X a parlé, affirmant …")."""
    doc = verb.doc
    if (
        "Part" not in verb.morph.get("VerbForm", [])
        or "Pres" not in verb.morph.get("Tense", [])
        or verb.i < 2
        or doc[verb.i - 1].text != ","
        or any(resumes_finite(t) for t in doc[verb.sent.start : verb.i])
    ):
        return content  # "Le ministre a parlé, affirmant que …": the main verb came before
    for tok in doc[verb.i + 1 : verb.sent.end - 1]:
        if tok.idx >= content[1]:
            break
        if tok.text == "," and tok.idx > content[0] and resumes_finite(doc[tok.i + 1]):
            last = doc[tok.i - 1]
            return content[0], max(content[0], last.idx + len(last))
    return content


NEGATION_OPENERS = {"ne", "n'", "n’"}


def resumes_finite(tok: Token) -> bool:
    """A finite verb or auxiliary right after a comma, a "ne" allowed before it ("…, a quitté",
    "…, n'a pas répondu"): a predicate whose subject came before the comma."""
    if tok.lower_ in NEGATION_OPENERS and tok.i + 1 < len(tok.doc):
        tok = tok.doc[tok.i + 1]
    return tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm", [])
