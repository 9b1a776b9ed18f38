"""The firefighters of a fire report as the agent of its firefighting said without one: "Des
sapeurs-pompiers sont mobilisés depuis lundi. [...] L'incendie a été fixé dans la nuit", "Le feu
est maîtrisé, mais les pompiers surveillent": in French reporting a fire is fixed, contained and
fought by the firefighters the report names, and a passive or a bare participle leaves them out.
Only for the acts of fighting a fire (fixer, maîtriser, circonscrire, lutter, combattre, éteindre),
only when the report names firefighters, and never for a fire not yet fixed ("le feu n'est
toujours pas fixé") nor one that may be ("pourrait être maîtrisé")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import MentionIndex, lemma
from newsgraph.extract.event_role_actors import actor_of
from newsgraph.model import Event, RoleRef

FIREFIGHTING_VERBS = frozenset({"fixer", "maîtriser", "circonscrire", "lutter", "combattre", "éteindre"})
"""Verbs of fighting a fire, whose doer a fire report leaves to the firefighters it names."""
FIREFIGHTERS = frozenset({"pompier", "sapeur-pompier", "pompiers", "sapeurs-pompiers"})
"""Lemmas (and plural forms the lemmatiser keeps) of the firefighters a report names."""
FIREFIGHTING_TYPES = frozenset({"emergency_response"})
TOLD_MODALITIES = frozenset({"asserted", "reported"})


def firefighters_named(token: Token) -> Token | None:
    """The report's mention of firefighters nearest to ``token`` (earlier ones first), else None."""
    named = [
        t for t in token.doc if t.pos_ == "NOUN" and (lemma(t) in FIREFIGHTERS or t.lower_ in FIREFIGHTERS)
    ]
    if not named:
        return None
    earlier = [t for t in named if t.i < token.i]
    return earlier[-1] if earlier else named[0]


def firefighting_agent(token: Token, event: Event, mentions: MentionIndex) -> RoleRef | None:
    """The firefighters the report names, for an agentless act of fighting a fire told as done
    (see the module); None for any other event."""
    if event.type not in FIREFIGHTING_TYPES or event.modality not in TOLD_MODALITIES:
        return None
    if any(r.role == "agent" for r in event.actors) or lemma(token) not in FIREFIGHTING_VERBS:
        return None
    named = firefighters_named(token)
    if named is None:
        return None
    ref = actor_of(named, mentions, "agent")
    return ref if ref is not None and ref.type == "group" else None
