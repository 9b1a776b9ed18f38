"""The agent of an act listed as one of the measures someone decided: "Parmi les mesures décidées
par la préfecture : la fermeture de la N118", "Les mesures annoncées par le maire : l'interdiction
des barbecues et la fermeture des parcs", "Parmi les décisions prises par le gouvernement, la
fermeture des écoles". French reports name who decided once, on the noun of measures, and then
list the acts after a colon or a comma; each act listed is that one's, as the acts of a verb of
deciding are its subject's ("la préfecture a décidé la fermeture").

``measure_setter`` (round 36): the one who sets, keeps, changes or ends a public measure or an aid
is its agent, said as the subject of the verb that does so with the measure as its object
("TotalEnergies a annoncé une ristourne", "le gouvernement va supprimer la ristourne", "Bercy
prolonge l'indemnité") or with the noun of that change as its object ("a proposé l'instauration
d'une indemnité", "a annoncé la prolongation de la remise"); not one who receives, pays for or
judges it ("les foyers vont recevoir un chèque", "les automobilistes saluent la remise")."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.extract.event_parse import lemma, subject_chain
from newsgraph.extract.event_reference import agent_phrases, is_passive

MEASURE_NOUNS = frozenset({"mesure", "décision", "disposition", "annonce", "restriction"})
"""Nouns of what an authority decides, whose items a report lists after them ("les mesures
annoncées : la fermeture...", "parmi les décisions prises, l'interdiction...")."""

DECIDING_VERBS = frozenset(
    {"décider", "annoncer", "prendre", "adopter", "arrêter", "présenter", "dévoiler", "instaurer",
     "imposer", "décréter", "ordonner", "retenir", "mettre", "appliquer", "détailler", "édicter"}
)  # fmt: skip
"""Participles of deciding or announcing on the noun of measures, whose "par X" decided the items
("décidées par la préfecture"); not those of asking for them ("les mesures réclamées par les
syndicats : la fermeture": the unions do not close)."""

LIST_DEPS = frozenset({"appos", "nmod", "parataxis", "dep"})
"""How the parser hangs an item listed after a colon or a comma on the noun of measures, or that
noun on the item ("Parmi les décisions prises, l'interdiction...": the item the root)."""


def measure_deciders(token: Token) -> list[Token]:
    """Who decided the measures a nominal trigger is listed among: the "par X" of the participle
    of the noun of measures it is an item of ("les mesures décidées par la préfecture : la
    fermeture"); [] when the trigger is no such item or the measures' decider is not said."""
    first = token
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":  # "l'interdiction [...] et la fermeture"
        first = first.head
    measures = [first.head] if first.dep_ in LIST_DEPS and first.head.i < first.i else []
    if first.dep_ == "obj" and first.head.dep_ == "acl" and lemma(first.head) in DECIDING_VERBS:
        measures.append(first.head.head)  # "les mesures prises par le préfet : l'interdiction", an object
    measures += [  # "Parmi les décisions prises par X, l'interdiction": the measures hung on the item
        c
        for c in first.children
        if c.dep_ in LIST_DEPS and c.i < first.i and any(g.lower_ == "parmi" for g in c.children)
    ]
    for noun in measures:
        if noun.pos_ != "NOUN" or lemma(noun) not in MEASURE_NOUNS or not listed(noun, first):
            continue
        for participle in (c for c in noun.subtree if c.dep_ == "acl" and lemma(c) in DECIDING_VERBS):
            found = list(agent_phrases(participle))
            if found:
                return found
    return []


def listed(noun: Token, item: Token) -> bool:
    """The item follows the noun of measures after a colon or a comma, as a list does ("les
    mesures annoncées par X : la fermeture"), not as its complement ("la mesure de fermeture")."""
    between = item.doc[noun.i + 1 : item.i]
    return any(t.text in {":", ","} for t in between)


MEASURE_TYPES = frozenset({"policy_measure", "provide_aid", "impose_restrictions"})
"""Kinds of events that are measures or aids someone sets: a rebate, an allowance, a ban."""

SETTING_VERBS = DECIDING_VERBS | frozenset(
    {"prolonger", "supprimer", "maintenir", "proposer", "verser", "étendre", "reconduire", "créer",
     "accorder", "octroyer", "débloquer", "relever", "lancer", "geler", "suspendre",
     "lever", "renforcer", "généraliser", "augmenter", "doubler", "confirmer", "mettre", "instaurer"}
)  # fmt: skip
"""Verbs whose subject sets, keeps, changes or ends the measure that is their object."""

CHANGE_NOUNS = frozenset(
    {"création", "instauration", "prolongation", "suppression", "mise", "maintien", "extension",
     "reconduction", "généralisation", "levée", "suspension", "hausse", "augmentation", "fin",
     "renforcement", "relèvement", "doublement", "gel"}
)  # fmt: skip
"""Nouns of setting, changing or ending a measure, whose "de X" is the measure ("la prolongation
de la remise")."""


def measure_setter(token: Token, kind: str) -> list[Token]:
    """The subject of the active verb of setting or changing a measure whose object is the measure
    (or the noun of that change whose "de X" it is); [] for another kind or another verb."""
    if kind not in MEASURE_TYPES or token.pos_ != "NOUN":
        return []
    node = token
    if node.dep_ == "nmod" and lemma(node.head) in CHANGE_NOUNS and node.head.i < node.i:
        node = node.head  # "la prolongation de la remise": the change is the verb's object
    verb = node.head
    if node.dep_ != "obj" or verb.pos_ != "VERB" or lemma(verb) not in SETTING_VERBS or is_passive(verb):
        return []
    return [t for t in subject_chain(verb) if t.i != token.i and t.pos_ in {"NOUN", "PROPN"}]
