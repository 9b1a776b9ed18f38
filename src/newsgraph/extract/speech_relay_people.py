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
  correspondent keeps the words).

A wish, a fear or an expectation the quote lends to others ("« Tous espèrent une forte affluence »,
poursuit le journaliste"; "« Les habitants redoutent une nouvelle crue »") is the correspondent's
account of a mood, not words relayed: the quote stays the correspondent's (``MOOD_VERBS``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.speech_mistagged import may_speak
from newsgraph.geo_demonyms import demonym_country

STANDS_FOR = {"tous", "toutes", "eux"}
"""Subjects that stand for the people just named: "tous" / "toutes" alone, and "eux" of a
dislocated "eux, ils …" (the contrast with others: "Eux, ils évoquent des faillites")."""
SPEAKER_POS = {"NOUN", "PROPN"}
MOOD_VERBS = lexicons.speech_verbs_of("hope") | {"s'attendre", "anticiper"}
"""Verbs of wishing, fearing and expecting (``speech_verbs.txt`` sense "hope", and the expectations of
sense "predict" that are a state of mind, not a forecast given)."""
REFLEXIVE = {"se", "s'", "s’"}
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


def tells_a_mood(cue: str, verb: Token | None) -> bool:
    """The cue is a verb of wishing, fearing or expecting (``MOOD_VERBS``), not its pronominal use
    of a declared stance ("les autorités se veulent prudentes" is the authorities' claim)."""
    if cue not in MOOD_VERBS:
        return False
    return (
        cue.startswith(("s'", "se ")) or verb is None or not any(t.lower_ in REFLEXIVE for t in verb.children)
    )
