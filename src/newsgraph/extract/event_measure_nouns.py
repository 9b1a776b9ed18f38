"""A noun of nature used as a measure is no event: "une avalanche de critiques", "un déluge de
mesures", "une vague de départs" say that there were many criticisms, measures, departures, not
that an avalanche, a flood or a wave happened.

The construction is the noun followed by a bare plural "de X" (no determiner, no number): the
plural counts the X. The literal reading keeps a singular matter ("une avalanche de neige", "une
vague de chaleur", "un torrent de boue") or a number that measures the noun itself ("une pluie de
50 millimètres"), and a determined complement names what is hit ("la tempête de la semaine"); a
complement that is itself a disaster or an epidemic says which wave or shower it is ("une vague d'orages",
"des averses de grêle", "la cinquième vague de contaminations"), and is no measure either. The
nouns are in ``ontology/lexicons/measure_metaphors.txt``; what the X itself names (an attack in "une
pluie de frappes") is the X's own trigger.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from newsgraph import lexicons
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_parse import lemma
from newsgraph.extract.event_triggers import trigger_rows

MEASURE_NOUNS = lexicons.words("measure_metaphors.txt")
"""Nouns of a flow or a volley that measure a bare plural "de X"."""

DE_CASES = frozenset({"de", "d'", "d’"})
"""The bare preposition of the measured complement (not "des", "du": an article)."""

DETERMINING_DEPS = frozenset({"det", "nummod", "nmod:poss"})
"""Dependents that make the complement determined or counted ("de ces mesures", "de 50 mm")."""


def is_plural(noun: Token) -> bool:
    """Plural by its morphology, or by a form that is its lemma with the plural "-s"/"-x" the tagger
    missed ("de faillites" tagged singular)."""
    if "Plur" in morph_feats(noun).get("Number", []):
        return True
    low = noun.lower_
    return low.endswith(("s", "x")) and low[:-1] == lemma(noun)


@cache
def literal_types() -> frozenset[str]:
    """The kinds of happening the measure nouns name when read literally (a disaster, an
    epidemic, a pollution: the types of their own trigger rows)."""
    return frozenset(r.type for word in MEASURE_NOUNS for r in trigger_rows(word, word, False))


def literal_kind(noun: Token) -> bool:
    """Whether the complement is itself a happening of those kinds ("d'orages", "de
    contaminations"): the wave is then that very event, not a count. A complement of another kind
    of event is counted ("une avalanche de plaintes", "une tempête de démissions")."""
    return any(r.type in literal_types() for r in trigger_rows(noun.lemma_, noun.lower_, False))


def measured(noun: Token) -> Token | None:
    """The bare plural noun a noun measures ("une avalanche de critiques": "critiques"), or None."""
    for child in noun.children:
        if (
            child.dep_ == "nmod"
            and child.pos_ == "NOUN"
            and is_plural(child)
            and any(c.dep_ == "case" and c.lower_ in DE_CASES for c in child.children)
            and not any(c.dep_ in DETERMINING_DEPS for c in child.children)
            and not literal_kind(child)  # "une vague d'orages", "une vague de contaminations"
        ):
            return child
    return None


def is_measure_metaphor(token: Token) -> bool:
    """A noun of ``MEASURE_NOUNS`` measuring a bare plural "de X" ("un déluge de mesures")."""
    return token.pos_ == "NOUN" and lemma(token) in MEASURE_NOUNS and measured(token) is not None
