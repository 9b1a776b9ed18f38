"""The people a speaker's quote relays (round 27b): « Il y a une aide internationale. Les Américains
ont annoncé une aide de 350 millions de dollars », conclut-elle; « Ce qui frappe, c'est la
détermination de ces migrants. Tous nous ont dit qu'ils vont réessayer », note la journaliste.
The speech inside the quote is its own statement (``speech_nested``) when its subject is someone
the quote names:

- a country's people by its demonym, a capitalised plural ("les Américains", "les Européens"): the
  tagger reads some as common nouns, which are in no lexicon of people or roles;
- "tous" / "toutes" alone as subject, or a dislocated "eux, ils …", the people just named: the
  nearest plural noun of people before it, in the quote or the sentence before; with none, no
  statement of its own (a pronoun with no antecedent names no one; in a correspondent's quote, the
  correspondent keeps the words)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_mistagged import may_speak
from newsgraph.geo_demonyms import demonym_country

STANDS_FOR = {"tous", "toutes", "eux"}
"""Subjects that stand for the people just named: "tous" / "toutes" alone, and "eux" of a
dislocated "eux, ils …" (the contrast with others: "Eux, ils évoquent des faillites")."""
SPEAKER_POS = {"NOUN", "PROPN"}
ANTECEDENT_WINDOW = 40  # tokens back from the sentence of "tous": the one or two before


def stands_for_people(head: Token) -> bool:
    """ "Tous disent …", "Eux, ils évoquent …" (the subject may be parsed as "eux" or as "ils")."""
    if head.lower_ in STANDS_FOR:
        return True
    doc = head.doc
    return (
        head.lower_ in {"ils", "elles"}
        and head.i >= 2
        and doc[head.i - 1].text == ","
        and doc[head.i - 2].lower_ in {"eux", "elles"}
    )


def nation_people(head: Token) -> bool:
    """A capitalised plural demonym ("les Américains"; lowercase, "américains" is the adjective)."""
    return (
        head.pos_ in SPEAKER_POS
        and head.text[:1].isupper()
        and "Plur" in head.morph.get("Number", [])
        and demonym_country(head.lower_) is not None
    )


def plural_people(tok: Token) -> bool:
    """A plural noun of people, a group or a country's people: who "tous" may stand for."""
    return (
        tok.pos_ in SPEAKER_POS
        and "Plur" in tok.morph.get("Number", [])
        and (nation_people(tok) or may_speak(tok))
    )


def people_antecedent(head: Token) -> Token | None:
    """The people "tous" or "eux" stands for: the nearest plural noun of people in the sentences
    before its own, or None. Not in its own sentence: "« Ici, seules les milices sont visibles, mais
    tous le reconnaissent … »" is everyone, not the militias."""
    doc = head.doc
    start = head.sent.start
    for tok in reversed(doc[max(0, start - ANTECEDENT_WINDOW) : start]):
        if plural_people(tok):
            return tok
    return None


def mistagged_name(head: Token) -> bool:
    """ "« Le Giec nous le dit : … »": a capitalised name after a determiner, inside the sentence,
    that the tagger read as an adjective, is a body named by the quote."""
    return (
        head.pos_ == "ADJ"
        and head.text[:1].isupper()
        and not head.is_sent_start
        and any(c.dep_ == "det" for c in head.children)
    )


PERSON_PRONOUNS = {
    "il": ("Sing", "Masc"),
    "elle": ("Sing", "Fem"),
    "ils": ("Plur", "Masc"),
    "elles": ("Plur", "Fem"),
}


def quoted_person(head: Token, start: int) -> Token | None:
    """Whom a subject "il", "elle", "ils" or "elles" takes up inside a correspondent's quote that
    starts at ``start`` (a character offset): the nearest subject before it in the quote, a name or a
    noun of someone who may speak, when it agrees in number (and in gender, when the tag gives a
    noun's: "il" takes up no "ville"). « Emmanuel Macron a tenu des propos plus durs. Il a dit qu'il
    faudrait négocier », « Les infirmières ont manifesté. Elles expliquent que … », conclut la
    journaliste: the pronoun's antecedent is inside the quote, which the narration's speakers never
    see. A nearer subject that does not agree, or names no one, stops the search."""
    agreement = PERSON_PRONOUNS.get(head.lower_)
    if agreement is None or head.dep_ != "nsubj":
        return None
    number, gender = agreement
    for tok in reversed(head.doc[: head.i]):
        if tok.idx < start:
            return None
        if tok.dep_ not in {"nsubj", "nsubj:pass"} or tok.pos_ not in SPEAKER_POS:
            continue
        if tok.morph.get("Number", [number]) != [number] or not (tok.pos_ == "PROPN" or may_speak(tok)):
            return None
        if tok.pos_ == "NOUN" and tok.morph.get("Gender", [gender]) != [gender]:
            return None
        return tok
    return None
