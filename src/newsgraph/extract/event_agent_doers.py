"""The agent of a strike or a demonstration that its own sentence does not name, read from the noun
by which the report names those who do it: a report on a strike calls its actors "les grévistes"
and one on a demonstration "les manifestants" ("La grève a été reconduite mercredi. [...] Les
grévistes dénoncent une atteinte au droit de grève": the strikers). The noun names the doers of
that kind by its meaning, whatever sentence it stands in, so it is no guess between two actors;
when it qualifies a noun of people, that noun is who they are ("les salariés grévistes": the
employees). The plural only: "une manifestante" quoted is one of them, not the doers. Only for
the kinds these nouns name, and only for an event left with no agent (the caller decides: see
``event_agent_context``)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsgraph.extract.event_parse import MentionIndex, lemma
from newsgraph.extract.event_role_actors import actor_of
from newsgraph.model import Event, RoleRef

DOER_NOUNS = {
    "strike_or_boycott": frozenset({"gréviste"}),
    "demonstrate": frozenset({"manifestant", "contre-manifestant"}),
}
"""Nouns naming the people who do an event of the kind by their meaning: who strikes, who
demonstrates (the agent nouns of "grève" and "manifestation")."""

OTHER_CAUSES = frozenset({"faim"})
"""A complement that makes the doer noun name another act: "les grévistes de la faim"."""

PEOPLE_POS = frozenset({"NOUN", "PROPN"})


def doer_word(token: Token, nouns: frozenset[str]) -> bool:
    """A plural of a doer noun: the doers as a body ("les grévistes", "des manifestantes"), not one
    of them quoted ("estime une manifestante")."""
    word = token.lower_
    return word.endswith("s") and (lemma(token) in nouns or word[:-1] in nouns or word[:-2] in nouns)


def named_doers(event: Event, tokens: Iterable[Token], mentions: MentionIndex) -> RoleRef | None:
    """The first people of the report named by the doer noun of the event's kind (see the module),
    as its agent; None for another kind, or when the report has no such noun the roles read as an
    actor."""
    nouns = DOER_NOUNS.get(event.type)
    if nouns is None or any(r.role == "agent" for r in event.actors):
        return None
    for token in tokens:
        if not doer_word(token, nouns) or any(lemma(c) in OTHER_CAUSES for c in token.children):
            continue  # "les grévistes de la faim": who refuse food, not work
        node = token
        if token.dep_ in {"amod", "acl"} and token.head.pos_ in PEOPLE_POS:
            node = token.head  # "les salariés grévistes": the employees
        ref = actor_of(node, mentions, "agent")
        if ref is not None and not any(r.id == ref.id for r in event.actors):
            return ref
    return None
