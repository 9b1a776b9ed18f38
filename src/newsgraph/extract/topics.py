"""Topics of a text, from the SKOS lexicons in ontology/topics.ttl.

Each concept's ``skos:hiddenLabel@fr`` values are French lemmas, word forms or phrases. They are
matched accent- and case-insensitively on word boundaries; the last word of a label may carry a
short inflection (plural, feminine, verb endings), so a lemma stands for its forms.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

TOPIC_NS = "https://newsgraph.org/ontology/topic/"
TOPICS_TTL = Path(__file__).resolve().parents[3] / "ontology" / "topics.ttl"
TOPIC_ORDER = ("negotiation", "military_action", "casualties", "aid", "war_crimes", "nuclear_threat")
VERB_ENDINGS = ("er", "ir", "re")


def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes; same length as ``text`` for ASCII-foldable input."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def label_pattern(label: str) -> str:
    """A regex for one lexicon label: words joined by any separator, the last one inflectable."""
    words = re.findall(r"[\w']+|-", fold(label))
    words = [w for w in words if w != "-"]
    last = words[-1]
    if len(last) > 5 and last.endswith(VERB_ENDINGS):
        last_re = re.escape(last[:-2]) + r"\w{0,5}"
    elif len(last) > 4:
        last_re = re.escape(last) + r"\w{0,3}"
    else:
        last_re = re.escape(last) + r"[sx]?"
    parts = [re.escape(w) for w in words[:-1]] + [last_re]
    return r"(?<!\w)" + r"[\s\-']+".join(parts) + r"(?!\w)"


@lru_cache(maxsize=4)
def load_lexicon(path: Path = TOPICS_TTL) -> dict[str, re.Pattern[str]]:
    """Topic name -> one compiled alternation of its French labels (read once, with rdflib)."""
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDF, SKOS

    graph = Graph()
    graph.parse(path, format="turtle")
    ns = Namespace(TOPIC_NS)
    lexicon: dict[str, re.Pattern[str]] = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        name = str(concept).removeprefix(str(ns))
        labels = [str(lit) for lit in graph.objects(concept, SKOS.hiddenLabel) if getattr(lit, "language", None) == "fr"]
        if labels:
            alternation = "|".join(sorted({label_pattern(lb) for lb in labels}, key=len, reverse=True))
            lexicon[name] = re.compile(alternation)
    return lexicon


def topics_for(text: str) -> tuple[str, ...]:
    """The topics whose French lexicon occurs in ``text``, in a fixed order.

    >>> topics_for("Kiev se dit prête à des pourparlers de paix")
    ('negotiation',)
    """
    folded = fold(text or "")
    found = {name for name, pattern in load_lexicon().items() if pattern.search(folded)}
    order = {name: i for i, name in enumerate(TOPIC_ORDER)}
    return tuple(sorted(found, key=lambda n: (order.get(n, len(order)), n)))
