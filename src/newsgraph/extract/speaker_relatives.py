"""The antecedent of a subject relative pronoun that speaks: "des habitants restés dans la ville,
qui souhaitent …", "les pêcheurs installés sur le port, qui réclament …".

The parser hangs the relative clause on the nearest noun, often the place that ends the phrase
before it ("ville", "port"). A noun in a locative phrase (``entities.is_circumstance``: "dans la
ville", "sur le port") that names no one (no name, no role; a town may speak, but not as a place)
tells where the people are, not who speaks: the relative takes up the noun of
people that phrase hangs on, up through a participle ("restés", "installés"), when there is one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import is_circumstance, is_role
from newsgraph.extract.speaker_nouns import speaker_kind
from newsgraph.extract.speech_lexicon import speech_nouns
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.speech_subjects import RELATIVE

SPEAKING_LABELS = {"PER", "ORG", "ANON", "GROUP"}
MAX_STEPS = 3  # place -> participle -> people noun, or place -> people noun


def names_someone(ctx: DocContext, tok: Token) -> bool:
    """A noun that names someone: a person or body named, a role ("le maire", "la mairie")."""
    named = any(m.label in SPEAKING_LABELS for m in ctx.mentions_at(tok.idx))
    return tok.pos_ in {"NOUN", "PROPN"} and (named or is_role(tok))


def can_speak(ctx: DocContext, tok: Token) -> bool:
    """A noun that names someone or a noun of people ("les habitants", "des pêcheurs")."""
    return names_someone(ctx, tok) or (tok.pos_ == "NOUN" and speaker_kind(tok) is not None)


def relative_antecedent(ctx: DocContext, antecedent: Token, verb: Token | None = None) -> Token:
    """The noun the relative clause's speaker is: the parse's antecedent, or, when that is a place
    in a locative phrase or a singular the clause's plural verb cannot agree with ("les salariés de
    l'usine, qui affirment"), the noun of people above it (not past a finite verb: another clause)."""
    plural_verb = verb is not None and "Plur" in verb.morph.get("Number", [])
    disagrees = plural_verb and singular(antecedent)
    if not disagrees and (not is_circumstance(antecedent) or names_someone(ctx, antecedent)):
        return antecedent  # "reçus par le ministre, qui …": the minister may well speak
    node = antecedent
    for _ in range(MAX_STEPS):
        if node.head.i == node.i or node.head.i > antecedent.i:
            break
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and "Fin" in node.morph.get("VerbForm", []):
            break
        if can_speak(ctx, node) and not (disagrees and singular(node)):
            return node
    return antecedent


DE_CASES = {"de", "du", "des", "d'", "d’"}
CONTRACTED = {"du", "des"}  # "du ministre": the article in the preposition


def act_author(ctx: DocContext, noun: Token) -> Token | None:
    """The author of a noun of an act of speech, its "de" complement that can speak ("le communiqué
    de la mairie précise …", "les propos du joueur, qui a affirmé …"): an act says nothing itself,
    its author does (a document may speak: "le rapport de l'ONG estime …"). A bare complement
    ("de presse") classifies the act; the author may hang on it ("le communiqué de presse du club")."""
    if noun.pos_ != "NOUN" or speech_nouns().get(noun.lemma_.lower(), {}).get("kind") != "act":
        return None
    nouns = [noun]
    for node in nouns:
        for c in node.children:
            if c.dep_ != "nmod" or c.i < node.i or not any(k.lower_ in DE_CASES for k in c.children):
                continue
            if c.pos_ == "NOUN" and not any(k.dep_ == "det" or k.lower_ in CONTRACTED for k in c.children):
                nouns.append(c)  # "de presse"
            elif c.pos_ == "PROPN" or can_speak(ctx, c):
                return c
    return None


def singular(tok: Token) -> bool:
    """A noun the parser marks singular, not coordinated with another ("Paul et Marie, qui …")."""
    return "Sing" in tok.morph.get("Number", []) and not any(c.dep_ == "conj" for c in tok.children)


def relative_heads(ctx: DocContext, rel: Token) -> list[Token]:
    """The nouns a subject relative "qui" may take up, best first: the parse's antecedent (through
    ``relative_antecedent``), the antecedent of the first of two coordinated relatives ("des
    propriétaires qui ont adopté un chien, et qui souhaitent …"), then ``comma_antecedent``."""
    verb = rel.head
    heads = []
    first = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.lower_ in RELATIVE), None)
    if verb.dep_ == "conj" and verb.head.dep_.startswith("acl") and first is not None and first.i < rel.i:
        heads = relative_heads(ctx, first)
    elif verb.dep_.startswith("acl") and verb.head.pos_ not in {"VERB", "AUX"}:
        heads = [relative_antecedent(ctx, verb.head, verb)]  # a verb is no antecedent: a misparse
    comma = comma_antecedent(ctx, rel)
    return [*heads, comma] if comma is not None and comma not in heads else heads


COMMA_REACH = 25  # tokens back from the relative to the name it takes up
COMMA_LABELS = {"PER", "ORG", "ANON", "GROUP"}


def comma_antecedent(ctx: DocContext, rel: Token) -> Token | None:
    """The person or body a relative "qui" after a comma takes up when the parse hangs the clause on
    something else: the last one named before it in its sentence, with an apposition or a
    circumstance between but no finite verb and no quote ("explique la journaliste Léa Roux,
    présente sur le plateau, qui précise que …"; "dit Jean Roy, candidat à la mairie, qui
    souhaite …"). A name inside a body's name gives the body's noun ("l'association Vie Libre")."""
    doc = rel.doc
    if rel.i < 2 or doc[rel.i - 1].text != ",":
        return None
    for k in range(rel.i - 2, max(0, rel.i - COMMA_REACH) - 1, -1):
        tok = doc[k]  # the sentence's end by its punctuation (the parser may cut it at a name)
        if (tok.pos_ in {"VERB", "AUX"} and "Fin" in tok.morph.get("VerbForm", [])) or tok.text in STOPS:
            return None
        named = any(m.label in COMMA_LABELS for m in ctx.mentions_at(tok.idx))
        if tok.pos_ not in {"NOUN", "PROPN"} or not named:
            continue
        while tok.dep_ in NAME_DEPS and tok.head.i < tok.i and tok.head.pos_ in {"NOUN", "PROPN"}:
            tok = tok.head  # "l'association Vie Libre", "Marie Roux": the phrase's head
        return tok
    return None


STOPS = QUOTE_MARKS | {".", "!", "?", ";", ":"}
NAME_DEPS = {"flat:name", "nmod", "appos", "amod"}
