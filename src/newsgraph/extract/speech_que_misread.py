"""A reported "que" clause the parser hung as a relative on the noun of a prepositional phrase
between the speech verb and the clause: "a expliqué dans une interview au Monde que le budget …",
"a affirmé lors d'une conférence de presse que …", the press's way of placing the speech act. The
clause is the verb's when it closes the sentence, unless it is a true relative: its verb a
participle that agrees with the noun ("dans l'interview qu'il a accordée", the object "que" moved
before it), or words after it (a later "que" clause, the verb's own object). Used by
``speech_que.relative_pronoun``."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.tokens import morph_of

ADDRESSEE_CASES = frozenset({"à", "au", "aux"})
COMPLEMENTS = frozenset({"obj", "cop", "xcomp", "ccomp", "iobj", "expl", "aux:pass", "nsubj:pass"})


def misread_completive(que: Token, phrase: Token) -> bool:
    """The "que" heads a reported clause, not a relative on a noun of the prepositional phrase
    ``phrase`` (an oblique of the speech verb, not its object nor its addressee)."""
    if phrase.dep_ not in {"obl:arg", "obl:mod", "obl"}:
        return False
    cases = [c.lower_ for c in phrase.children if c.dep_ == "case"]
    if not cases or cases[0] in ADDRESSEE_CASES:
        return False
    rel = que.head
    if not any(c.dep_.startswith("nsubj") and c.i != que.i for c in rel.children):
        return False  # "dans le livre que publie X": no subject of its own before the verb
    if agrees_as_object(rel, que.head.head) or not complete_without(rel, que):
        return False
    rest = que.doc[rel.right_edge.i + 1 : que.sent.end]
    return all(t.is_punct or t.is_space for t in rest)  # the clause closes the sentence


def complete_without(rel: Token, que: Token) -> bool:
    """The clause has an object, an attribute, a passive or a clause of its own besides the "que"
    ("que le budget serait en baisse", "qu'elle avait souffert de dépression"), so the "que" fills no
    gap in it; "le rapport qu'il a rédigé", "le livre qu'il a écrit en prison" lack their object."""
    deps = {c.dep_ for c in rel.children if c.i != que.i}
    return rel.pos_ != "VERB" or any(d in COMPLEMENTS or d.split(":")[0] in COMPLEMENTS for d in deps)


def agrees_as_object(rel: Token, antecedent: Token) -> bool:
    """A past participle with "avoir" marked feminine or plural as its antecedent is ("l'interview
    qu'il a accordée", "les propos qu'il a tenus"): the "que" is its moved object."""
    morph = morph_of(rel)
    if "Part" not in morph.get("VerbForm", []) or not any(c.lemma_ == "avoir" for c in rel.children):
        return False
    marked = "Fem" in morph.get("Gender", []) or "Plur" in morph.get("Number", [])
    noun = morph_of(antecedent)
    return marked and morph.get("Gender") == noun.get("Gender") and morph.get("Number") == noun.get("Number")
