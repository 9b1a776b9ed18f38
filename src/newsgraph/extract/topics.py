"""Topics of a text, from the SKOS lexicons in ontology/topics.ttl.

Each concept's ``skos:hiddenLabel@fr`` values are French lemmas, word forms or phrases. They are
matched accent- and case-insensitively on word boundaries; the last word of a label may carry a
short inflection (plural, feminine, verb endings), so a lemma stands for its forms.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from newsgraph import lexicons
from newsgraph.names import fold

TOPIC_NS = "https://newsgraph.org/ontology/topic/"
TOPICS_TTL = "topics.ttl"
"""The SKOS topic lexicons, under ``ontology/``."""
TOPIC_ORDER = ("negotiation", "military_action", "casualties", "aid", "war_crimes", "nuclear_threat")
VERB_ENDINGS = ("er", "ir", "re")


def label_words(label: str) -> list[str]:
    """The folded words of a lexicon label, hyphens dropped."""
    return [w for w in re.findall(r"[\w']+|-", fold(label)) if w != "-"]


def _stem(last: str) -> str:
    """The fixed part of a label's last word (what its inflection pattern starts with)."""
    return last[:-2] if len(last) > 5 and last.endswith(VERB_ENDINGS) else last


def label_pattern(label: str) -> str:
    """A regex for one lexicon label: words joined by any separator, the last one inflectable."""
    words = label_words(label)
    last = words[-1]
    if len(last) > 5 and last.endswith(VERB_ENDINGS):
        last_re = re.escape(last[:-2]) + r"\w{0,5}"
    elif len(last) > 4:
        last_re = re.escape(last) + r"\w{0,3}"
    else:
        last_re = re.escape(last) + r"[sx]?"
    parts = [re.escape(w) for w in words[:-1]] + [last_re]
    return r"(?<!\w)" + r"[\s\-']+".join(parts) + r"(?!\w)"


def label_prefix(label: str) -> str:
    """The literal text every match of ``label_pattern(label)`` starts with."""
    words = label_words(label)
    return words[0] if len(words) > 1 else _stem(words[0])


@lru_cache(maxsize=4)
def load_labels(path: Path | None = None) -> dict[str, list[str]]:
    """Topic name -> its French labels (read once, with rdflib)."""
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDF, SKOS

    graph = Graph()
    graph.parse(path or lexicons.path(TOPICS_TTL), format="turtle")
    ns = Namespace(TOPIC_NS)
    labels: dict[str, list[str]] = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        name = str(concept).removeprefix(str(ns))
        found = [str(lit) for lit in graph.objects(concept, SKOS.hiddenLabel) if getattr(lit, "language", None) == "fr"]
        if found:
            labels[name] = found
    return labels


@lru_cache(maxsize=4)
def load_lexicon(path: Path | None = None) -> dict[str, re.Pattern[str]]:
    """Topic name -> one compiled alternation of its French labels."""
    return {
        name: re.compile("|".join(sorted({label_pattern(lb) for lb in labels}, key=len, reverse=True)))
        for name, labels in load_labels(path).items()
    }


@lru_cache(maxsize=4)
def load_triggers(path: Path | None = None) -> dict[str, re.Pattern[str]]:
    """Topic name -> an alternation of the literal starts of its labels: a cheap scan (no look-behind,
    so the regex engine skips ahead by first character) that finds where a label match may begin."""
    return {
        name: re.compile("|".join(re.escape(p) for p in sorted({label_prefix(lb) for lb in labels}, key=len, reverse=True)))
        for name, labels in load_labels(path).items()
    }


def _occurs(pattern: re.Pattern[str], trigger: re.Pattern[str], folded: str) -> bool:
    """``pattern.search(folded)``, started at the first place one of its labels can begin."""
    hit = trigger.search(folded)
    return hit is not None and pattern.search(folded, hit.start()) is not None


@lru_cache(maxsize=1024)
def topics_for(text: str) -> tuple[str, ...]:
    """The topics whose French lexicon occurs in ``text``, in a fixed order.

    >>> topics_for("Kiev se dit prête à des pourparlers de paix")
    ('negotiation',)
    """
    folded = fold(text or "")
    triggers = load_triggers()
    found = {name for name, pattern in load_lexicon().items() if _occurs(pattern, triggers[name], folded)}
    order = {name: i for i, name in enumerate(TOPIC_ORDER)}
    return tuple(sorted(found, key=lambda n: (order.get(n, len(order)), n)))
