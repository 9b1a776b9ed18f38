"""People the NER took for places: a first name tagged a place ("Laurent a porté plainte", "Lula a
attaqué son adversaire"), which the gazetteer then matches loosely to some town ("Laurent" to
Saint-Laurent-du-Maroni). In an actor's slot such a name is a person, not a place that cannot act.
Also other names standing in an actor's slot: a town for its club in a match, the name a common
noun introduces ("le constructeur Renault")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_nominal import is_settlement
from newsgraph.extract.event_parse import PLACE_LABELS, MentionIndex
from newsgraph.geo import geocode
from newsgraph.model import RoleRef
from newsgraph.names import actor_id, first_names, fold_key, fold_place, word_key


def first_name_place(name: str) -> bool:
    """A place mention that reads as a person's name: its first word is a first name and no place
    is called exactly so ("Lula", "Laurent Dupuis"; not "Florence", "Nancy", a town of that name)."""
    words = name.split()
    if not words or len(words) > 3 or word_key(fold_key(words[0])) not in first_names():
        return False
    place = geocode(name)
    return place is None or fold_place(place.name) != fold_place(name)


SPORT_TYPES = {"sport_result", "sport_competition"}
"""Types whose sides are teams: a town that wins or loses is its club ("Lyon a battu Marseille")."""


TEAM_NOUNS = frozenset({"stade", "xv", "quinze", "olympique", "sélection", "onze"})
"""Common nouns a team's name is made of ("le Stade rochelais", "le XV de France", "l'Olympique
lyonnais", "la sélection argentine"): as a side of a match, the team, not a stadium or a number."""

TEAM_NICKNAMES = frozenset({"bleus", "bleues", "tricolores"})
"""What reports call the French national teams ("les Bleus se sont inclinés", "les Bleues ont
battu", "les Tricolores"): as a side of a match, the team (capitalised, not the colour)."""


def team_name(noun: Token) -> str | None:
    """The name a team noun heads: the noun with the adjectives, bare names and "de X" after it ("Stade
    Rochelais", "XV de France"); None for a bare noun ("le stade a été évacué": the venue)."""
    words = [
        t
        for c in noun.children
        if c.i > noun.i and c.dep_ in {"amod", "nmod", "flat:name", "appos"}
        for t in c.subtree
        if t.pos_ not in {"DET", "PUNCT"}
    ]
    if not words or len(words) > 4:
        return None
    return (
        " ".join(t.text for t in sorted([noun, *words], key=lambda t: t.i))
        .replace("d' ", "d'")
        .replace("d’ ", "d’")
    )


def club(token: Token, mentions: MentionIndex, role: str) -> RoleRef | None:
    """The club a town stands for as a side of a match ("Lyon a battu Marseille", "s'est imposé
    face à Toulouse"), or the team a team noun names with its adjective or "de X" ("le Stade
    rochelais a décroché le titre"): an organisation of that name; None for any other word (a
    country stands for its national team as it stands for its state)."""
    named = mentions.get(token)
    if token.lower_ in TEAM_NICKNAMES and token.text[:1].isupper() and token.i > token.sent.start:
        return RoleRef(actor_id(token.text, "organization"), token.text, role, "organization")
    if (
        token.pos_ == "NOUN"
        and token.lemma_.lower() in TEAM_NOUNS
        and (named is None or named.label in PLACE_LABELS)
    ):
        name = team_name(token)
        if name is not None:
            return RoleRef(actor_id(name, "organization"), name, role, "organization")
    m = mentions.get(token)
    if m is None or m.label not in PLACE_LABELS or not is_settlement(m) or first_name_place(m.name):
        return None
    return RoleRef(actor_id(m.name, "organization"), m.name, role, "organization")


def named_apposition(token: Token, mentions: MentionIndex) -> Token | None:
    """The name a common noun of a subject introduces ("le constructeur Renault", "le groupe
    Danone", "l'association Emmaüs"): the person or organisation named right after it, hung on it
    without a preposition (not a place: "la capitale Kiev" stays the city); None when there is none."""
    if token.pos_ != "NOUN" or mentions.get(token) is not None:
        return None
    for c in token.children:
        if (
            c.dep_ in {"nmod", "appos", "flat:name"}
            and c.i > token.i
            and not any(g.dep_ == "case" for g in c.children)
        ):
            m = mentions.get(c)
            if m is not None and m.label in {"PER", "ORG"} and c.i <= token.right_edge.i:
                return c
    return None
