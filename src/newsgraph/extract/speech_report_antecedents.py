"""The antecedent of a non-restrictive "qui" that speaks (tests/extract/test_reported_r21.py).

French reporting adds a speech act to a speaker in a relative clause set off by a comma: "« … »,
témoigne une habitante, qui explique que …", "indique Jean Dupont, candidat à la mairie, qui
souhaite supprimer …". The parser often hangs such a clause on the main verb (``advcl``) or on a
noun far before (inside the quote), so the "qui" has no antecedent or the wrong one. A comma right
before "qui" says the antecedent is the noun phrase that ends at that comma: its head, climbed
through its complements and up an apposition to the name it describes. Used by
``speech_reported.subject_for``.
"""

from __future__ import annotations

from spacy.tokens import Token

RELATIVE_SUBJECTS = {"qui"}
NOUN_PHRASE_DEPS = {"nmod", "amod", "flat:name", "nummod", "fixed", "compound", "det", "case"}
"""What holds a word inside the noun phrase it ends."""
HEADS = {"NOUN", "PROPN", "PRON"}
MAX_CLIMB = 8


def comma_antecedent(relative: Token) -> Token | None:
    """The head of the noun phrase ending right before ", qui" when the parse gives this "qui"
    another antecedent (or none): "témoigne l'une d'entre elles, qui explique …" -> "une";
    "indique Jean Dupont, candidat à la mairie, qui …" -> "Jean". None when the parse's antecedent
    already ends at the comma ("Le maire, qui a annoncé …") or no noun phrase ends there.

    A name is a whole speaker: the climb stops at a proper noun that is neither a piece of a longer
    name nor a noun's complement ("PDG de TotalEnergies"), and after an apposition ("candidat" ->
    "Jean"), never past a verb or a clause."""
    doc = relative.doc
    if relative.lower_ not in RELATIVE_SUBJECTS or relative.i < 2 or doc[relative.i - 1].text != ",":
        return None
    comma = relative.i - 1
    clause = relative.head
    parsed = clause.head if clause.dep_.startswith("acl") else None
    if parsed is not None and parsed.right_edge.i == comma - 1:
        return None  # the parse's antecedent ends at the comma: it is right
    node = doc[comma - 1]
    for _ in range(MAX_CLIMB):
        if node.pos_ == "PROPN" and node.dep_ not in {"flat:name", "nmod"}:
            break  # a name heads its phrase; not "de TotalEnergies" of "PDG de TotalEnergies"
        if node.dep_ == "appos" and node.head.i < node.i:
            node = node.head
            break
        if node.dep_ not in NOUN_PHRASE_DEPS or node.head.i == node.i or node.head.i >= comma:
            break
        node = node.head
    if any(c.dep_ == "case" for c in node.children):
        return None  # a circumstance ("présente sur le plateau du 13 Heures, qui …"): no antecedent
    return node if node.pos_ in HEADS else None


GERUND_MARKS = {"en"}
MAX_GERUND_CLIMB = 3


def gerund_main(verb: Token) -> Token | None:
    """The verb of the main clause a gerund depends on: "L'ancien ministre a fait bondir la droite
    en souhaitant le retour du service militaire" -> "bondir", whose subject the gerund shares
    (the parser often hangs the gerund on the object: "partie … en souhaitant"). None for a verb
    that is no gerund ("en" + a present participle)."""
    if not verb.lower_.endswith("ant") or not any(
        c.dep_ == "mark" and c.lower_ in GERUND_MARKS and c.i == verb.i - 1 for c in verb.children
    ):
        return None
    node = verb
    for _ in range(MAX_GERUND_CLIMB):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.i < verb.i:
            return node
    return None
