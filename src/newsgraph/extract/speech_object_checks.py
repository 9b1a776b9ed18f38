"""Whether the object of a speech verb is what was said: not a short thing the speaker owns ("a
exprimé sa colère") unless the verb announces it or aims it at someone ("annonce sa candidature",
"réclame sa démission"), nor an indirect question that only names a topic ("explique pourquoi …")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.speech_common import CLAUSE_DEPS, WORD_RE
from newsgraph.extract.speech_lexicon import speech_nouns, speech_verb

_WORDS = lexicons.tagged("statement_words.tsv")
POSSESSIVES = _WORDS["possessive"]
SHORT_NP_WORDS = (
    3  # "a exprimé sa colère", "lance son lave-vaisselle": a short possessed object is not what was said
)
INTERROGATIVES = _WORDS["interrogative"]
"""An indirect question is a topic, not what was said: "explique pourquoi …", "raconte comment …"."""


def announces(verb: Token) -> bool:
    """A verb of announcing in every use ("annonce sa candidature", "confirme son départ"): what the
    speaker owns is what they made public."""
    entry = speech_verb(verb, any_pos=True)
    return entry is not None and entry.sense == "announce" and entry.grade >= 3


OTHERS_THING_SENSES = {"ask", "criticize"}
"""Senses whose possessed object is someone else's: "réclame sa démission", "dénonce son attitude"."""


def announces_or_asks(verb: Token) -> bool:
    """A verb whose short possessed object is still what was said: one of announcing in every use
    ("annonce sa candidature"), or a demand or a criticism aimed at someone ("la majorité réclame sa
    démission", "l'opposition critique sa gestion")."""
    if announces(verb):
        return True
    entry = speech_verb(verb, any_pos=True)
    return entry is not None and entry.sense in OTHERS_THING_SENSES and "np" in entry.frames


CLAIMED_STANCES = _WORDS["claimed_stance"]
CLAIMING_SENSES = frozenset({"say", "claim", "deny"})


def is_possessed_thing(text: str, content: tuple[int, int], verb: Token | None = None) -> bool:
    """ "sa colère", "ses premières mesures": an object owned by the speaker, not words said; not a
    stance a verb of claiming asserts ("clame son innocence", "nie sa responsabilité": ``verb``)."""
    found = WORD_RE.findall(text[content[0] : content[1]].lower())
    short = bool(found) and found[0] in POSSESSIVES and len(found) <= SHORT_NP_WORDS
    return short and not (verb is not None and claims_stance(verb, found))


def claims_stance(verb: Token, found: list[str]) -> bool:
    """A verb of saying, claiming or denying in every use (grade 3) whose possessed object is a
    stance of ``claimed_stance``: "il clame son innocence" says "I am innocent"."""
    entry = speech_verb(verb, any_pos=True)
    return (
        entry is not None
        and entry.grade >= 3
        and entry.sense in CLAIMING_SENSES
        and any(w in CLAIMED_STANCES for w in found[1:])
    )


def is_indirect_question(text: str, verb: Token, content: tuple[int, int]) -> bool:
    """ "explique pourquoi …", "raconte comment …", "détaille à quoi …": a topic announced, not words said."""
    between = text[verb.idx + len(verb) : content[0]].lower()
    if re.search(r"\bqu(?:e|['’])", between):
        return False
    first = WORD_RE.findall(text[content[0] : content[1]].lower())[:2]
    if first[:1] and first[0] in INTERROGATIVES:
        return True
    return first in (["à", "quoi"], ["ce", "qui"], ["ce", "que"], ["ce", "qu"]) or bool(
        re.search(r"\b(?:pourquoi|comment|combien|à quoi)\s*$", between)
    )


ACT_NP_WORDS = 4  # "un discours", "une courte allocution", "une conférence de presse"
ADJUNCT_PREPOSITIONS = frozenset("devant à au aux lors pendant depuis dans".split())


def names_the_act(text: str, content: tuple[int, int], verb: Token) -> bool:
    """ "a prononcé un discours", "a fait une courte déclaration": a short object that names the act
    of speech, not its words; unless the verb aims at it ("dénonce un discours haineux")."""
    found = WORD_RE.findall(text[content[0] : content[1]].lower())
    cut = next((i for i, w in enumerate(found) if i and w in ADJUNCT_PREPOSITIONS), len(found))
    found = found[:cut]  # "un discours devant les élus": the act and where it was made
    if not found or len(found) > ACT_NP_WORDS:
        return False
    entry = speech_verb(verb, any_pos=True)
    if entry is not None and entry.sense in OTHERS_THING_SENSES:
        return False
    acts = {n for n, a in speech_nouns().items() if a.get("kind") == "act"}
    return any(w in acts for w in found[1:3])


def object_only(verb: Token, first: Token, finite: list[Token]) -> bool:
    """The words after the verb are its direct object and their only finite verbs are relatives
    ("ont refusé un article clé du projet, qui portait sur …", even hung on the speech verb): a noun
    phrase, no clause without "que". "a reconnu les faits, il a reconnu être …" has a clause."""
    obj = next((c for c in verb.children if object_or_inverted_subject(verb, c, first)), None)
    if obj is None:
        return False
    inside = {t.i for t in obj.subtree}
    return all(t.i in inside or relative_verb(t) or relative_verb(auxiliated(t)) for t in finite)


def object_or_inverted_subject(verb: Token, child: Token, first: Token) -> bool:
    """``child`` is the verb's object, or its subject after it ("…, a assuré le ministre, qui doit …":
    the words after an incise verb name who speaks), and the words after the verb start with it."""
    after = child.dep_ == "nsubj" and child.i > verb.i
    return (child.dep_ == "obj" or after) and child.left_edge.i <= first.i <= child.i


def auxiliated(tok: Token) -> Token:
    """The verb an auxiliary serves ("qui a demandé": "a" serves "demandé"), else the token itself."""
    return tok.head if tok.dep_.startswith("aux") else tok


def relative_verb(verb: Token) -> bool:
    """A verb whose subject or object is a relative pronoun ("qui portait", "que le texte visait")."""
    return any(c.dep_ in {"nsubj", "obj"} and "Rel" in c.morph.get("PronType", []) for c in verb.children)


def comma_relative(clause: Token) -> bool:
    """A relative clause after a comma the parser hangs on a speech verb as its clause ("…, a
    estimé le préfet, qui appelle au calme"): it says who the speaker is, not what was said."""
    first = clause.left_edge
    return (
        first.i > 0
        and first.doc[first.i - 1].text == ","
        and (relative_verb(clause) or relative_verb(auxiliated(first)))
        and "Rel" in first.morph.get("PronType", [])
    )


def clause_child(verb: Token) -> Token | None:
    """The clause a speech verb governs after it ("a estimé que …", "a dit il viendra"), not a
    relative after a comma hung on it."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in CLAUSE_DEPS and c.i > verb.i and not comma_relative(c) and not condition(verb, c)
        ),
        None,
    )


CONDITION_MARKS = {"si", "s'", "s’"}


def condition(verb: Token, clause: Token) -> bool:
    """ "appelle la population à rester aux abris si elle le peut": a "si" clause after the
    infinitive the verb governs is its condition, not an indirect question ("se demande si …")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.i == clause.left_edge.i), None)
    return (
        mark is not None
        and mark.lower_ in CONDITION_MARKS
        and any(c.dep_ == "xcomp" and verb.i < c.i < mark.i for c in verb.children)
    )


ADDRESSEE_CASES = frozenset({"à", "au", "aux"})


def addressee_words(verb: Token, before: int) -> set[int]:
    """The words of the verb's "à" complements before ``before``: whom the words were told to ("a
    signalé aux gendarmes …", "a confié à ses proches …")."""
    return {
        t.i
        for c in verb.children
        if c.dep_ == "obl:arg"
        and verb.i < c.i < before
        and any(k.dep_ == "case" and k.lower_ in ADDRESSEE_CASES for k in c.children)
        for t in c.subtree
    }


def adverbial_infinitive(verb: Token, clause: Token, dep: str = "advcl") -> bool:
    """ "raconte n'avoir jamais vu autant de patients": an infinitive right after the verb, with no
    preposition or mark of its own ("pour", "avant de", "sans"), that the parser hung as an adverbial
    clause is the verb's infinitive complement; also after whom the words were told to ("a signalé
    aux gendarmes avoir été frappée")."""
    inf = "Inf" in clause.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") and c.i < clause.i and "Inf" in c.morph.get("VerbForm", [])
        for c in clause.children
    )
    return (
        clause.dep_ == dep
        and inf
        and verb.i < clause.left_edge.i
        and not any(c.dep_ in {"mark", "case"} for c in clause.children)
        and only_adverbs_or_addressee(verb, clause.left_edge.i)
    )


def told_infinitive(verb: Token) -> Token | None:
    """ "a raconté à la juge avoir entendu deux coups de feu": a bare infinitive the parser hung on
    whom the words were told to (a noun takes no bare infinitive): the verb's complement."""
    for told in verb.children:
        if told.dep_ != "obl:arg" or told.i < verb.i or told.i not in addressee_words(verb, len(verb.doc)):
            continue
        for c in told.children:
            if c.dep_ == "acl" and c.i > told.i and adverbial_infinitive(verb, c, dep="acl"):
                return c
    return None


def only_adverbs_or_addressee(verb: Token, before: int) -> bool:
    """Nothing but adverbs and whom the words were told to between the verb and ``before``."""
    told = addressee_words(verb, before)
    return all(t.pos_ == "ADV" or t.i in told for t in verb.doc[verb.i + 1 : before])
