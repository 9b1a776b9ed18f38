"""The group a partitive pronoun speaker is one of: "Les ouvriers ont débrayé. « … », prévient l'un
d'entre eux" (one of the workers speaks), "Nous rencontrons deux infirmières. « … », explique l'une
d'elles" (one of the nurses).

"l'un(e) d'entre eux / elles", "l'un(e) d'eux / d'elles" take up a plural group of people the
narration just put forward, agreeing in gender ("elles" only women): the last plural noun of people
of the narration sentence before (the nearest group, whatever its function: "Pour les commerçants,
c'est une catastrophe. « … », dit l'un d'eux"), or the one before it when the sentence before goes
on about that group as "ils" / "elles" (a sentence about anything else ends the search). The
speaker is then named "l'un des ouvriers", "l'une des infirmières"; with no group found it keeps its
bare partitive name.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsgraph.extract.context import DocContext
from newsgraph.extract.entities import is_role
from newsgraph.extract.speaker_antecedents import group_agrees
from newsgraph.extract.speaker_nouns import person_noun, speaker_kind
from newsgraph.extract.speech_quotes import doc_quotes, inside_quote

ONE_OF = {"un": "l'un", "une": "l'une", "l'un": "l'un", "l'une": "l'une", "l’un": "l'un", "l’une": "l'une"}
"""The partitive heads that pick one person out of a group ("l'un", "une")."""
OF_GROUP = {"eux": "ils", "elles": "elles"}
"""The stressed plural pronoun that closes the partitive, and the subject pronoun that agrees with
the same group ("l'un d'entre eux" takes up what "ils" would)."""
OF_WORDS = {"d'", "de", "entre"}
TAKEN_UP_BACK = 3  # sentences going on about the group as "ils" / "elles" the search steps over


def one_of_group(ctx: DocContext, words: list[Token]) -> tuple[str, Token] | None:
    """("l'un des ouvriers", group head) for the partitive ``words`` ("l'un d'entre eux", "une
    d'elles"); None when they are no such partitive or no group agrees."""
    texts = [t.lower_.replace("’", "'") for t in words]
    if texts[:1] == ["l'"]:
        texts = ["l'" + texts[1], *texts[2:]] if len(texts) > 1 else texts  # "l'" "un" read apart
    one = ONE_OF.get(texts[0])
    if one is None or len(texts) < 3 or texts[-1] not in OF_GROUP or not set(texts[1:-1]) <= OF_WORDS:
        return None
    if not any(t in {"d'", "de"} for t in texts[1:-1]):
        return None
    pronoun = OF_GROUP[texts[-1]]
    group = nearest_group(ctx, words[0].sent.start, pronoun)
    if group is None:
        return None
    return f"{one} des {group_words(group)}", group


def group_words(head: Token) -> str:
    """The group's noun with the adjectives right after it ("employés russes", "jeunes agriculteurs"
    keeps only "agriculteurs": a prenominal adjective is left out)."""
    end = head.i + 1
    doc = head.doc
    while end < len(doc) and doc[end].dep_ == "amod" and doc[end].head.i == head.i and doc[end].pos_ == "ADJ":
        end += 1
    return doc[head.i : end].text


def nearest_group(ctx: DocContext, start: int, pronoun: str) -> Token | None:
    """The last plural noun of people, with a determiner or a number, in the narration sentence
    before token ``start`` (whatever its function: a subject, an object, a fronted "Pour les X"),
    agreeing with the pronoun ("elles": women only), outside quoted words; or, when that sentence
    goes on about a group as "ils" / "elles" ("Elles ont 70 euros par mois."), in the one before."""
    doc = ctx.sdoc
    quotes = doc_quotes(doc)
    for _ in range(TAKEN_UP_BACK + 1):
        prev = narration_before(ctx, start)
        if prev is None:
            return None
        taken_up = any(t.dep_ == "nsubj" and t.lower_ in {"ils", "elles"} for t in prev)
        for tok in reversed([] if taken_up else prev):  # "ils" there is the group, not its other nouns
            if (
                tok.pos_ != "NOUN"
                or "Plur" not in tok.morph.get("Number", [])
                or inside_quote(quotes, tok.idx)
            ):
                continue
            det = next((c for c in tok.children if c.dep_ == "det"), None)
            counted = any(c.dep_ == "nummod" for c in tok.children)  # "deux infirmières"
            demonym = any(m.label == "DEMONYM" for m in ctx.mentions_at(tok.idx))  # "les Français"
            if (det is None and not counted) or not (
                demonym or speaker_kind(tok) == "group" or is_role(tok) or person_noun(tok)
            ):
                continue
            if "Inf" in tok.head.morph.get("VerbForm", []):
                continue  # "pour aider les soldats": no argument of the sentence's own verbs
            if group_agrees(tok, pronoun == "elles"):
                return tok
        if not taken_up:
            return None  # a sentence about something else leaves the group before it behind
        start = prev.start
    return None


def narration_before(ctx: DocContext, start: int, back: int = 4) -> Span | None:
    """The nearest sentence ending before token ``start`` that has narration words (not only quoted
    words or a lone quotation mark the sentencizer cut off: "« On va … », dit l'un d'eux")."""
    doc = ctx.sdoc
    quotes = doc_quotes(doc)
    for _ in range(back):
        if start == 0:
            return None
        sent = doc[start - 1].sent
        if any(not t.is_punct and not inside_quote(quotes, t.idx) for t in sent):
            return sent
        start = sent.start
    return None
