"""Speech that did not happen: a speech verb in a clause that a wish, a demand, an expectation, a
doubt or a purpose governs reports no words ("les syndicats veulent que le gouvernement annonce …",
"les victimes attendaient que la justice confirme …", "il est peu probable que le président
annonce …", "pour que le ministre reconnaisse …"). A concession ("bien qu'il ait affirmé …") or a
time clause ("après qu'il a déclaré …") still reports what was said, and its words end with the
clause: "Bien que le ministre ait affirmé que la réforme était juste, les syndicats …".

A belief told in the past without a "que" clause is narration, not words: "la famille pensait faire
des économies", "le chasseur avait cru voir un sanglier", "c'est ce que croyait ce couple" (what
they hoped before the facts said otherwise). A present belief ("le ministre pense pouvoir conclure")
and a past one with its clause ("le maire pensait que la route rouvrirait") still report a view.

A negated speech verb whose words follow it as an object, a prepositional object or an infinitive
keeps its negation in the words ("ne croient pas à un retrait", "n'exclut pas de faire appel"):
without it they say the opposite."""

from __future__ import annotations

import re

from spacy.tokens import Token

from newsgraph.extract.context import doc_text
from newsgraph.extract.negation_words import NE, NOT_ADVERBS

# Verbs and adjectives whose "que" clause is wished for, asked for, expected or doubted, not told
WISHING = {
    "vouloir",
    "souhaiter",
    "désirer",
    "attendre",
    "exiger",
    "demander",
    "réclamer",
    "espérer",
    "redouter",
    "craindre",
    "refuser",
    "préférer",
    "ordonner",
    "imposer",
    "proposer",
    "suggérer",
    "falloir",
    "douter",
    "probable",
    "improbable",
    "possible",
    "impossible",
    "nécessaire",
    "important",
    "essentiel",
    "indispensable",
    "urgent",
    "temps",
}
# Conjunctions of purpose and of what has not happened yet
UNREAL_MARKS = {"pour", "afin", "avant", "sans", "jusqu'à"}
QUE = {"que", "qu'", "qu’"}
# Verbs of belief: in the past with an infinitive or a "ce que", a belief narrated, not said
BELIEVING = {"penser", "croire", "imaginer", "s'imaginer"}
CLAUSE_DEPS = {"ccomp", "csubj", "advcl", "acl", "xcomp"}


def unasserted(verb: Token) -> bool:
    """The speech verb's clause is wished, asked, expected, doubted or a purpose, or the verb
    narrates a past belief: nobody spoke."""
    if past_belief(verb):
        return True
    if verb.dep_ not in CLAUSE_DEPS or verb.head is verb:
        return False
    marks = [c for c in verb.children if c.dep_ == "mark"]
    if not any(m.lower_ in {"que", "qu'", "qu’"} for m in marks):
        return False
    if any(m.lower_ in UNREAL_MARKS for m in marks) or any(
        m.lower_ in {"que", "qu'", "qu’"} and m.i > 0 and verb.doc[m.i - 1].lower_ in UNREAL_MARKS
        for m in marks
    ):
        return True
    return verb.head.lemma_.lower() in WISHING or verb.head.lower_ in WISHING


def past_belief(verb: Token) -> bool:
    """A verb of belief in the imperfect or a compound past ("pensait", "avait cru") that governs no
    "que" clause: "pensait faire une bonne affaire", "a cru tout perdre", "ce que croyait X"."""
    if verb.lemma_.lower() not in BELIEVING:
        return False
    imperfect = "Imp" in verb.morph.get("Tense", []) and "Fin" in verb.morph.get("VerbForm", [])
    compound = "Part" in verb.morph.get("VerbForm", []) and any(
        c.dep_ == "aux:tense" and c.lemma_ == "avoir" for c in verb.children
    )
    if not (imperfect or compound):
        return False
    return not any(  # the clause under any label: a long sentence's parse may call it "dep"
        (c.dep_ == "mark" and c.lower_ in QUE)
        or any(m.dep_ == "mark" and m.lower_ in QUE for m in c.children)
        for c in verb.children
    )


def subordinate_end(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """A speech verb in a clause placed before the main one ("Bien qu'il ait affirmé que …, les
    syndicats maintiennent …"): the words stop before the main clause's subject."""
    main = verb.head
    if verb.dep_ != "advcl" or main.i < verb.i or content[0] < verb.idx:
        return content
    if not any(c.dep_ == "mark" and c.i < verb.i for c in verb.children):
        return content  # a subordinate clause opens with its conjunction ("bien que", "après que", "si")
    subject = next((c for c in main.children if c.i > verb.i and c.dep_ in {"nsubj", "nsubj:pass"}), None)
    if subject is None:
        return content
    last = subject.left_edge.i - 1
    while last > verb.i and verb.doc[last].is_punct:
        last -= 1
    end = verb.doc[last].idx + len(verb.doc[last])
    return (content[0], end) if content[0] < end < content[1] else content


QUE_START = re.compile(r"\s*(?:que\b|qu['’])", re.IGNORECASE)


def negated_start(verb: Token, content: tuple[int, int]) -> tuple[int, int]:
    """The words of a negated speech verb that follow it as its object, its prepositional object or
    its infinitive start at "ne" ("ne croient pas à un retrait volontaire", "n'exclut pas de faire
    appel", "ne juge pas la dose nécessaire"); a "que" clause, words before the verb and words
    farther than one preposition after it keep their start."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return content
    ne = [c for c in verb.children if c.lower_ in NE and c.i < verb.i]
    neg = [c for c in verb.children if c.lower_ in NOT_ADVERBS and c.dep_ == "advmod"]
    if not ne or not neg or verb.i - ne[0].i > 4:
        return content
    text = doc_text(verb.doc)
    verb_end = max(t.idx + len(t) for t in [verb, *neg])
    if not verb_end <= content[0] or len(text[verb_end : content[0]].split()) > 1:
        return content
    if QUE_START.match(text, content[0]):
        return content
    return (ne[0].idx, content[1])
