"""Whether a common noun outside the role lexicon can be the speaker of a speech verb.

A speech verb used in its speech frame (``speech_common.speech_frames``) asks for a subject that
can speak; the role lexicon (``roles.txt``, ``people_nouns.txt``) cannot list every occupation and
group of the news. This module recognises the rest by the shape of the noun, with
``speaker_nouns.tsv`` for what the shape gets wrong:

- an acronym ("la RNA", "le SNES", "la FNSEA" untagged): an organisation;
- an agent noun, by the endings French derives nouns of people with (-eur/-euse/-rice, -iste,
  -ien/-ienne, -ant/-ante, -ier/-ière, -aire, -logue): "les hôtesses", "un pisciculteur", "les
  kinésithérapeutes" are people, unless the noun is a thing of that shape ("le moteur", "le
  montant", "le dossier": ``not_speaker``);
- an adjective or participle used as a noun of people ("les scientifiques", "un professionnel"),
  listed because the same words are mostly adjectives (``adjective``);
- a group or a person's status of another shape ("les talibans", "la presse", "une hôtesse").

A noun of quantity ("des centaines de femmes", "la plupart des élus") speaks for its complement.

The caller gives the kind of speaker: a plural (or a group noun) is a group, an acronym an
organisation, else an anonymous person.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.names import fold

AGENT_ENDINGS = (
    "eur",
    "euse",
    "rice",
    "iste",
    "ien",
    "ienne",
    "ant",
    "ante",
    "ier",
    "iere",
    "aire",
    "logue",
    "ologue",
    "naute",
)
MIN_AGENT_LETTERS = 6  # "peur", "leur", "gant", "rien" are too short to be derived agent nouns


@cache
def _classes() -> dict[str, frozenset[str]]:
    return lexicons.tagged("speaker_nouns.tsv")


def singular(token: Token) -> str:
    """The lowercase singular of a noun: its lemma, else the form without a plural s or x."""
    lemma = token.lemma_.lower()
    low = token.lower_
    if lemma and lemma != low:
        return lemma
    return low[:-1] if low.endswith(("s", "x")) and len(low) > 3 else low


def is_acronym(token: Token) -> bool:
    """An acronym in capitals ("RNA", "SNCF", "CFDT"): the name of an organisation."""
    text = token.text
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def agent_noun(word: str) -> bool:
    """A noun of people by its derivational ending, unless listed as a thing of that shape."""
    folded = fold(word)
    if len(folded) < MIN_AGENT_LETTERS or word in _classes().get("not_speaker", frozenset()):
        return False
    return folded.endswith(AGENT_ENDINGS)


def speaker_kind(head: Token) -> str | None:
    """``organization``, ``group``, ``anonymous`` for a noun outside the role lexicon that can speak,
    else None."""
    if head.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"}:
        return None
    if is_acronym(head):
        return "organization"
    word = singular(head)
    classes = _classes()
    plural = "Plur" in head.morph.get("Number", []) or head.lower_.endswith(("s", "x"))
    if word in classes.get("group", frozenset()):
        return "group"
    if word in classes.get("person", frozenset()) or word in classes.get("adjective", frozenset()):
        return "group" if plural else "anonymous"
    if head.pos_ == "NOUN" and agent_noun(word):
        return "group" if plural else "anonymous"
    return None


def counted_people(head: Token, can_speak: Callable[[Token], bool]) -> Token | None:
    """The people a noun of quantity counts ("des centaines de femmes", "plus d'une centaine
    d'agriculteurs", "la majorité des élus"), when they can speak."""
    if singular(head) not in _classes().get("quantity", frozenset()):
        return None
    for child in head.children:
        if child.dep_ == "nmod" and child.i > head.i and child.pos_ in {"NOUN", "ADJ", "VERB"}:
            case = next((c for c in child.children if c.dep_ == "case"), None)
            if case is not None and case.lower_ in {"de", "d'", "d’", "des"} and can_speak(child):
                return child
    return None
