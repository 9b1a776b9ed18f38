"""Noun phrases of an event's clause that name no one it acts on, though the parse puts them where
a target stands: the source of the report ("sont détenus d'après les autorités russes", "selon
Kiev"), a name in parentheses that situates a place ("s'est réunie à Prague (République tchèque)"),
and a media crew a person receives or meets for the report itself ("a reçu une équipe de France 2
dans sa loge"). Without these, the actor network joins the source, the country of the venue or the
broadcaster to the event's agent."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.entities import non_actor_kind

SOURCE_CASES = frozenset({"selon"})
"""Prepositions that introduce who says so, not who is acted on: "selon X" ("d'après X" is the
preposition "de" with its fixed "après")."""
SOURCE_FIXED = frozenset({"après"})


def is_source(token: Token) -> bool:
    """ "selon les autorités", "d'après Moscou": the phrase gives the source of the report."""
    return any(
        c.dep_ == "case"
        and (
            c.lower_ in SOURCE_CASES
            or any(g.dep_ == "fixed" and g.lower_ in SOURCE_FIXED for g in c.children)
        )
        for c in token.children
    )


def is_parenthesised(token: Token) -> bool:
    """A name between parentheses ("à Prague (République tchèque)", "Lens (Pas-de-Calais)"): an
    aside that situates what comes before it."""
    return token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "("


def aside(token: Token) -> bool:
    """A phrase that names no target of the event: a source or a parenthesised aside."""
    return is_source(token) or is_parenthesised(token)


def media_crew(name: str, event_type: str, meeting_types: frozenset[str] | set[str]) -> bool:
    """The broadcaster of a crew received or met for the report ("a reçu une équipe de TF1"):
    no party to a meeting or a visit."""
    return event_type in meeting_types and non_actor_kind(name) == "media"
