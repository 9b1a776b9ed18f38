"""A town's council named by the noun of the town, as the one who acts: "la commune a stoppé son
arrosage", "certaines villes ont mis en place un encadrement des loyers", "la ville a lancé une
campagne". Only as the subject of an active verb that is no verb of undergoing: "la ville a été
bombardée", "la commune a connu des inondations" name the place, not its council ("la municipalité",
"la mairie" are bodies of ``roles.txt`` already; "la ville de Tours" is read as the town)."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import lemma
from newsgraph.extract.event_reference import is_passive

TOWN_NOUNS = frozenset({"commune", "ville"})
"""Nouns of a town that, acting, stand for its council."""
UNDERGOING_VERBS = frozenset(
    {"connaître", "subir", "vivre", "essuyer", "endurer", "encaisser", "affronter", "enregistrer", "être"}
)
"""Verbs whose subject undergoes or hosts the event rather than doing it ("la ville a connu des
inondations", "la commune a vécu une tempête")."""


def town_council(token: Token) -> bool:
    """Whether ``token`` is a town's noun that acts as its council: the subject of an active verb
    (directly: "la commune a interdit"), not of a verb of undergoing."""
    if token.pos_ != "NOUN" or lemma(token) not in TOWN_NOUNS or token.dep_ != "nsubj":
        return False
    verb = token.head
    return verb.pos_ == "VERB" and lemma(verb) not in UNDERGOING_VERBS and not is_passive(verb)
