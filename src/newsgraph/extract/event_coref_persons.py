"""The person a definite description of a trade or a status takes up: "Gaspard Ulliel est décédé
[...]. L'acteur était entré en collision avec un autre skieur" (the actor is Ulliel), "Jean Dupont
vit à Kiev depuis huit ans. [...] L'expatrié a tenté de fuir le pays" (the expatriate is Dupont).

A TV report names the person it is about once and then calls them by what they do or are
(``person_descriptions.txt``); the description takes up the person named alone in the nearest
sentence before it that names a person (its own sentence first, then ``PERSON_SENTENCES`` back),
agreeing with the noun's gender, unless the report gives that person a title of another kind
beside the name ("Marie Durand, avocate de la famille [...]. L'actrice" is someone else). Not a
plural ("les acteurs"), a noun with a complement or a relative of its own ("l'acteur du film",
"l'acteur qui l'accompagnait"), an indefinite ("un acteur"), nor after a sentence naming two
people ("Léa Seydoux a rejoint Vincent Cassel. L'acteur": which?)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.context import Mention
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_coref import definite_article, person_taken_up, role_key, titles
from newsgraph.extract.event_parse import MentionIndex, lemma

PERSON_DESCRIPTIONS = lexicons.words("person_descriptions.txt")
"""Trades and statuses a report calls the person it has named by ("l'acteur", "l'expatrié")."""
PERSON_SENTENCES = 5
"""Sentences back a description looks for the person it takes up in (a quote said between
the name and the description is often cut in two or three)."""
OWN_REFERENT_DEPS = frozenset({"nmod", "acl", "acl:relcl", "appos", "flat:name", "amod", "nummod"})
"""Children by which a description names a referent of its own ("l'acteur du film", "l'actrice
principale", "le sportif qui a gagné")."""


def description_word(token: Token) -> str | None:
    """The lexicon's word for a noun ("actrice", lemmatised "acteur": both listed), else None."""
    for word in (token.lower_, lemma(token)):
        if word in PERSON_DESCRIPTIONS:
            return word
    return None


def described_person(token: Token, mentions: MentionIndex) -> Mention | None:
    """The person a singular definite description of ``person_descriptions.txt`` takes up (see
    the module), else None."""
    if token.pos_ != "NOUN" or "Plur" in morph_feats(token).get("Number", []):
        return None
    word = description_word(token)
    if word is None or mentions.get(token) is not None:
        return None
    det = definite_article(token)
    if det is None:
        return None
    if any(c.dep_ in OWN_REFERENT_DEPS for c in token.children):
        return None
    person = person_taken_up(token, det, mentions, PERSON_SENTENCES)
    if person is None:
        return None
    given = titles(token, mentions, person)
    if given and role_key(word) not in given and role_key(lemma(token)) not in given:
        return None  # "Marie Durand, avocate de la famille [...]. L'actrice": another person
    return person
