"""The author of a document whose release an event reports: the subject of the verb that releases
it or that says something in it, when the document noun itself names no author ("le rapport de la
Cour des comptes" is read by the noun's own "de X").

- The object of a verb of releasing (``author_verbs.tsv``, "release"): "La Cour des comptes a
  publié un rapport", "l'Insee dévoile une étude", "la commission a rendu un rapport".
- The "dans X" of a verb of saying ("say_in", and the verbs of ``speech_verbs.txt``): "Dans un
  rapport publié mardi, Amnesty International dénonce des crimes", "comme le montre la Cour des
  comptes dans un rapport".

Not through a passive ("le maire est épinglé dans un rapport": the one named, not the author), not
through a verb of another sense ("le ministre a lu le rapport", "son nom apparaît dans une étude").
Which subject names an actor is the roles' question (``event_role_actors.actor_of``)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_nominal import has_case
from newsgraph.extract.event_parse import OBJECT_DEPS, SUBJECT_DEPS, lemma
from newsgraph.extract.event_reference import is_passive, with_conjuncts

_AUTHORING = lexicons.tagged("author_verbs.tsv")
RELEASE_VERBS = _AUTHORING["release"]
"""Verbs whose object is the document their subject releases."""
SAY_IN_VERBS = _AUTHORING["say_in"]
"""Verbs whose subject says in the "dans X" document what it finds."""
DOCUMENT_TYPES = frozenset({"report_release"})
"""Kinds of events that are the release of a document by its author."""
IN_CASES = {"dans"}


def says_in(verb: Token) -> bool:
    word = lemma(verb)
    return word in SAY_IN_VERBS or word in lexicons.speech_verbs()


def document_author(token: Token, kind: str) -> list[Token]:
    """The subject tokens that author the document noun ``token`` (see the module); [] when the
    noun hangs on no such verb, on a passive one, or the verb has no subject of its own."""
    if kind not in DOCUMENT_TYPES or token.pos_ not in {"NOUN", "PROPN"}:
        return []
    verb = token.head
    if verb.i == token.i or verb.pos_ != "VERB" or is_passive(verb):
        return []
    released = token.dep_ in OBJECT_DEPS and lemma(verb) in RELEASE_VERBS
    said_in = token.dep_.startswith("obl") and has_case(token, IN_CASES) and says_in(verb)
    if not (released or said_in):
        return []
    return with_conjuncts([c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i != token.i])
