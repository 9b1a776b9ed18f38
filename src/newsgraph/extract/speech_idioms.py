"""Fixed expressions in which a speech verb says nothing ("les parents ont répondu présents", "il
souffle le chaud et le froid", "répondre à l'appel"), from ``ontology/lexicons/speech_idioms.tsv``;
used by :func:`newsgraph.extract.speech_lexicon.speaks_here`."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from newsgraph import lexicons

IDIOM_REACH = 6  # tokens after the verb that an expression may take


def variant_pattern(words: str) -> str:
    """One variant as a regex: apostrophes of both kinds, a final "*" for any ending."""
    parts = []
    for word in words.split():
        tail = r"\w*" if word.endswith("*") else ""
        parts.append(re.escape(word.rstrip("*")).replace("'", "['’]") + tail)
    return r"\s*".join(parts)


@cache
def idioms() -> dict[str, re.Pattern[str]]:
    """Lemma -> a pattern of the words that make it an expression, matched right after the verb."""
    found: dict[str, list[str]] = {}
    for lemma, variants in lexicons.rows("speech_idioms.tsv", 2):
        found.setdefault(lemma.strip(), []).extend(variant_pattern(v) for v in variants.split("|"))
    return {lemma: re.compile(r"(?:" + "|".join(vs) + r")\b", re.IGNORECASE) for lemma, vs in found.items()}


def in_idiom(verb: Token) -> bool:
    """The verb opens one of the lexicon's fixed expressions ("a répondu présent")."""
    pattern = idioms().get(verb.lemma_.lower())
    if pattern is None:
        return False
    doc = verb.doc
    after = doc[verb.i + 1 : min(verb.sent.end, verb.i + 1 + IDIOM_REACH)]
    return bool(after) and pattern.match(after.text) is not None
