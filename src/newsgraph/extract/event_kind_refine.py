"""Narrower kinds of a broad event type: a heat wave, a drought, a flood, a storm, a cold snap, an
earthquake, a collapse, a drowning, rather than a "natural disaster" or an "accident".

The trigger lexicon types a word by the family of events it belongs to; within a family a reader
tells the kind by the trigger's own word ("la canicule", "les crues", "s'est effondré") or, when the
trigger is a generic head, by the word that qualifies it ("une vague de chaleur", "un épisode
cévenol", "l'alerte sécheresse", "la vigilance orange canicule", "des chutes de neige"). The kind is
what the report is about, and a user (or a search by kind) wants "flood", not "natural disaster".
The rows live in ``ontology/lexicons/event_subkinds.tsv``; every kind is a concept of
``ontology/event_types.ttl`` whose broader type is the family it refines. A trigger with no row
that holds keeps its family ("la vigilance orange", "une catastrophe naturelle"). The roles, place
and date are read with the family's type first (``events.event_from_trigger``): only the kind
reported changes."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_parse import lemma

QUALIFIER_DEPS = frozenset({"nmod", "amod", "compound", "appos", "flat", "flat:name", "obl:mod", "nummod"})
"""Dependents that say which kind of a generic head it is ("vague de chaleur", "épisode cévenol",
"alerte canicule"); not a relative clause nor a verb's object, which name other things."""

HOLDER_DEPS = frozenset({"amod", "appos", "compound", "flat"})
"""Qualifiers whose own qualifiers still qualify the trigger ("vigilance rouge canicule"), unlike a
"de X" noun's ("épisodes de forte intensité comme le gel")."""

ALERT_COLOURS = frozenset({"orange", "rouge", "jaune", "vert"})
"""The colours of a weather alert, which the parser often makes the head of the alert's noun ("en
vigilance orange à la neige et au verglas": "vigilance" hangs on "orange", and so does "neige")."""

THERMOMETER_WORDS = frozenset({"température", "mercure", "thermomètre"})
FALLING_VERBS = frozenset({"chuter", "plonger", "dégringoler", "baisser", "descendre", "tomber", "geler"})
"""The thermometer's words are heat unless the temperature falls ("le mercure a plongé à -15")."""


@cache
def subkinds() -> dict[str, dict[str, str]]:
    """Broad type -> (word -> narrower kind), from ``event_subkinds.tsv``."""
    table: dict[str, dict[str, str]] = defaultdict(dict)
    for type_, word, kind in lexicons.rows("event_subkinds.tsv", 3):
        table[type_.strip()].setdefault(word.strip(), kind.strip())
    return dict(table)


def qualifiers(token: Token) -> list[Token]:
    """The words that qualify a trigger, in text order, and those of an adjective or an apposition
    ("vigilance orange canicule": the parser hangs "canicule" on "orange" as often as on "vigilance");
    not those of a noun further down ("des épisodes de forte intensité comme le gel, la grêle ou les
    inondations" names no one kind)."""
    found = [c for c in token.children if c.dep_ in QUALIFIER_DEPS]
    found += [g for c in list(found) if c.dep_ in HOLDER_DEPS for g in c.children if g.dep_ in QUALIFIER_DEPS]
    found += colour_qualifiers(token)
    return sorted(found, key=lambda t: t.i)


def colour_qualifiers(token: Token) -> list[Token]:
    """The words that qualify an alert's colour, the hazard after it, "à X" included: the colour
    under the alert's noun ("en vigilance orange aux orages") or the noun hung on its colour ("19
    départements en vigilance orange à la neige": "vigilance" and "neige" both hang on "orange")."""
    colours = [c for c in token.children if lemma(c) in ALERT_COLOURS]
    if token.dep_ in HOLDER_DEPS and token.head.i != token.i and lemma(token.head) in ALERT_COLOURS:
        colours.append(token.head)
    return [g for c in colours for g in c.children if g.i > c.i and g.dep_ in QUALIFIER_DEPS | {"obl:arg"}]


def refined_type(token: Token, type_: str) -> str:
    """The narrower kind of ``type_`` the trigger ``token`` names, else ``type_`` itself."""
    rows = subkinds().get(type_)
    if not rows:
        return type_
    own = lemma(token)
    kind = rows.get(own) or rows.get(token.lower_)
    if kind is None:
        kind = next((k for q in qualifiers(token) if (k := rows.get(lemma(q)) or rows.get(q.lower_))), None)
    if kind == "heat_wave" and own in THERMOMETER_WORDS and falls(token):
        return rows.get("froid", kind)  # "les températures ont plongé"
    return kind or type_


def falls(token: Token) -> bool:
    """The thermometer's word is the subject of a verb of falling ("le mercure chute", through a modal:
    "les températures pourraient descendre") or is qualified as cold ("des températures polaires")."""
    if any(c.dep_ == "amod" and lemma(c) in COLD_ADJECTIVES for c in token.children):
        return True
    if not token.dep_.startswith("nsubj"):
        return False
    verb = token.head
    return lemma(verb) in FALLING_VERBS or any(
        c.dep_ == "xcomp" and lemma(c) in FALLING_VERBS for c in verb.children
    )


COLD_ADJECTIVES = frozenset(
    {"bas", "négatif", "polaire", "glacial", "sibérien", "hivernal", "froid", "glacé"}
)
"""Adjectives that make the thermometer's word cold ("des températures négatives")."""
