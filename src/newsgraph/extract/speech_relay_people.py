"""The people a speaker's quote relays (round 27b): « Il y a une aide internationale. Les Américains
ont annoncé une aide de 350 millions de dollars », conclut-elle; « Ce qui frappe, c'est la
détermination de ces migrants. Tous nous ont dit qu'ils vont réessayer », note la journaliste.
The speech inside the quote is its own statement (``speech_nested``) when its subject is someone
the quote names:

- a country's people by its demonym, a capitalised plural ("les Américains", "les Européens"): the
  tagger reads some as common nouns, which are in no lexicon of people or roles;
- "tous" / "toutes" alone as subject, the people just named: the nearest plural noun of people
  before it, in the quote or the sentence before; with none, no statement (a pronoun with no
  antecedent names no one)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.speech_mistagged import may_speak
from newsgraph.geo import demonym_country

ALL_OF_THEM = {"tous", "toutes"}
SPEAKER_POS = {"NOUN", "PROPN"}
ANTECEDENT_WINDOW = 40  # tokens back from "tous": the quote's sentence and the one before


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


def all_of_them_antecedent(head: Token) -> Token | None:
    """The people "tous" stands for: the nearest plural noun of people before it, or None."""
    doc = head.doc
    for tok in reversed(doc[max(0, head.i - ANTECEDENT_WINDOW) : head.i]):
        if plural_people(tok):
            return tok
    return None
