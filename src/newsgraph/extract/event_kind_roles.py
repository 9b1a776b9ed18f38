"""Who undergoes a society event though the parse makes them its subject: the subject of a
reflexive "se faire" + infinitive ("un homme s'est fait agresser", "la touriste s'est fait voler son
sac": the man is assaulted, the tourist robbed), and the victims of an event or their kin as the
subject of the sentence that names it ("les familles des victimes de l'accident étaient présentes":
nobody in that phrase caused the accident).

Nor are those who answer a disaster its agents ("l'incendie a été éteint par les pompiers").
These are constructions of French reporting on crime and accidents; without them the victim (or the
firefighter) is recorded as the agent of what befell them (or what they fought)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_nominal import impersonal
from newsgraph.extract.event_parse import lemma, subject_chain
from newsgraph.model import RoleRef

REFLEXIVES = frozenset({"se", "s'", "s’"})

VICTIM_NOUNS = frozenset({"victime", "rescapé", "survivant", "sinistré", "endeuillé"})
"""Nouns of those an event befell: a phrase through one of them names no agent of that event."""


RESPONDER_NOUNS = frozenset(
    {"pompier", "sapeur-pompier", "secours", "secouriste", "sauveteur", "canadair", "bombardier", "sapeur"}
)
"""Those who answer a fire, a flood or an accident: never its agent ("l'incendie a été éteint par
les pompiers", "le feu combattu par 300 pompiers")."""


def causative_faire(token: Token) -> Token | None:
    """The reflexive "faire" of "s'est fait agresser", hung on the infinitive (as the parser often
    does) or governing it; None otherwise."""
    if "Inf" not in morph_feats(token).get("VerbForm", []):
        return None
    faire = next((c for c in token.children if lemma(c) == "faire" and c.i < token.i), None)
    if faire is None and token.dep_ in {"xcomp", "ccomp"} and lemma(token.head) == "faire":
        faire = token.head
    if faire is None:
        return None
    near = [*faire.children, *token.children]
    return faire if any(c.lower_ in REFLEXIVES for c in near) else None


def undergoers_of_causative(token: Token) -> set[int]:
    """The subject of a reflexive "se faire" + the trigger infinitive: the one who undergoes it."""
    faire = causative_faire(token)
    if faire is None:
        return set()
    return {t.i for t in [*subject_chain(token), *subject_chain(faire)]}


def victim_noun(trigger: Token) -> Token | None:
    """The victim noun a nominal trigger hangs under, through nouns only: "les victimes de
    l'accident", "les parents des victimes du crash"."""
    node = trigger
    while node.i != node.head.i and node.dep_ in {"nmod", "conj"} and node.head.pos_ in {"NOUN", "PROPN"}:
        node = node.head
        if lemma(node) in VICTIM_NOUNS:
            return node
    return None


def through_victims(agent: Token, name: str, victim: Token) -> bool:
    """The agent's phrase is the victims' or holds them: its token is the victim noun or governs it,
    or the mention it names spans it ("les parents des victimes de l'accident de Millas")."""
    return agent.i == victim.i or agent.i in {a.i for a in victim.ancestors} or victim.lower_ in name.lower()


def undergone(
    token: Token, type_: str, actors: list[RoleRef], used: list[Token]
) -> tuple[list[RoleRef], list[Token]]:
    """The roles of an event with its undergoers out of the agent role: the subject of a reflexive
    "se faire" becomes the target; a phrase that reaches the trigger through its victims, or the
    firefighters and rescuers of a disaster, are no agent."""
    causative = undergoers_of_causative(token) if token.pos_ in {"VERB", "AUX"} else set()
    victim = victim_noun(token) if token.pos_ in {"NOUN", "PROPN"} else None
    responder = impersonal(type_)
    out_actors: list[RoleRef] = []
    out_used: list[Token] = []
    for r, t in zip(actors, used, strict=True):
        if r.role == "agent" and t.i in causative:
            r = replace(r, role="target")
        elif r.role == "agent" and victim is not None and through_victims(t, r.name, victim):
            continue
        elif r.role == "agent" and responder and lemma(t) in RESPONDER_NOUNS:
            continue
        out_actors.append(r)
        out_used.append(t)
    return out_actors, out_used
