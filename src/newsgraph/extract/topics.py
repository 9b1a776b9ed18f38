"""Topics of a text, from the SKOS scheme in ontology/topics.ttl, with the words that decided them.

``negotiation`` and its narrower concepts come from a graded lexicon read with the statement's
context (``newsgraph.extract.negotiation``). Each other concept's ``skos:hiddenLabel@fr`` values are
French lemmas, word forms or phrases, matched accent- and case-insensitively on word boundaries; the
last word of a label may carry a short inflection (plural, feminine, verb endings).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsgraph import lexicons
from newsgraph.extract.negotiation import negotiation_evidence
from newsgraph.extract.regex_first import prefix_tree

if TYPE_CHECKING:
    from rdflib import Graph
from newsgraph.names import fold

TOPIC_NS = "https://newsgraph.org/ontology/topic/"
TOPICS_TTL = "topics.ttl"
"""The SKOS topic lexicons, under ``ontology/``."""
TOPIC_ORDER = (
    "negotiation",
    "diplomatic_negotiation",
    "labour_negotiation",
    "political_negotiation",
    "military_action",
    "casualties",
    "aid",
    "war_crimes",
    "nuclear_threat",
)
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
def topic_graph(path: Path | None = None) -> Graph:
    """``topics.ttl`` parsed once (rdflib's Turtle parser is slow: a second parse cost a second)."""
    from rdflib import Graph

    graph = Graph()
    graph.parse(path or lexicons.path(TOPICS_TTL), format="turtle")
    return graph


@lru_cache(maxsize=4)
def load_labels(path: Path | None = None) -> dict[str, list[str]]:
    """Topic name -> its French labels (read once, with rdflib)."""
    from rdflib import Namespace
    from rdflib.namespace import RDF, SKOS

    graph = topic_graph(path)
    ns = Namespace(TOPIC_NS)
    labels: dict[str, list[str]] = {}
    for concept in graph.subjects(RDF.type, SKOS.Concept):
        name = str(concept).removeprefix(str(ns))
        found = [
            str(lit)
            for lit in graph.objects(concept, SKOS.hiddenLabel)
            if getattr(lit, "language", None) == "fr"
        ]
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
def any_trigger(path: Path | None = None) -> re.Pattern[str]:
    """Where the literal start of any topic's label may begin (one scan for every topic): a text
    without it holds no label, and no topic's own trigger scan finds anything before it."""
    starts = {label_prefix(lb) for labels in load_labels(path).values() for lb in labels}
    return re.compile("(?=" + prefix_tree(starts) + ")")


@lru_cache(maxsize=4)
def load_starts(path: Path | None = None) -> dict[str, re.Pattern[str]]:
    """Topic name -> a lookahead of the literal starts of its labels (``prefix_tree``): every place
    one of its labels may begin, overlapping places too."""
    return {
        name: re.compile("(?=" + prefix_tree({label_prefix(lb) for lb in labels}) + ")")
        for name, labels in load_labels(path).items()
    }


def _search(name: str, folded: str, start: int = 0) -> str | None:
    """The first label of ``name`` in ``folded``, from ``start`` (before which no label of any topic
    begins): the labels' alternation is tried only where one of their literal starts is, in order
    (every match begins at such a place, so the first that matches is the leftmost match). A
    ``search`` of the alternation from the first such place walked every later character through
    its look-behind and hundreds of alternatives: most of the topics' time."""
    lexicon = load_lexicon()[name]
    for hit in load_starts()[name].finditer(folded, start):
        if (m := lexicon.match(folded, hit.start())) is not None:
            return m.group()
    return None


@lru_cache(maxsize=2048)
def topic_evidence(text: str, context: str = "") -> dict[str, tuple[str, ...]]:
    """Topic -> the words that decided it.

    ``negotiation`` and its narrower concepts are decided by ``newsgraph.extract.negotiation`` from
    ``text`` (the statement and its sentence) and ``context`` (the sentence before, the article's
    title and lead); every other concept by one of its labels in ``text``.

    >>> sorted(topic_evidence("Les syndicats réclament l'ouverture de négociations salariales"))
    ['labour_negotiation', 'negotiation']
    >>> topic_evidence("Le maire a ouvert la réunion du conseil municipal")
    {}
    """
    folded = fold(text or "")
    found: dict[str, tuple[str, ...]] = {}
    if (first := any_trigger().search(folded)) is not None:
        for name in load_lexicon():
            if (word := _search(name, folded, first.start())) is not None:
                found[name] = (word,)
    found.update(negotiation_evidence(text or "", context or ""))
    return found


SENTENCE_BREAK = re.compile(r"[.!?\u2026][\"\u00bb\u201d]?\s")
"""A full stop and a space: where one sentence of a statement's evidence ends and the next begins."""


OPENING = re.compile(r"[\u00ab\u201c]")
CLOSING = re.compile(r"[\u00bb\u201d]")
"""The quotation marks that open and close a quote (a straight one opens it when it is the odd one)."""


def _opening(text: str, start: int, content_start: int) -> int | None:
    """Where the quote that holds ``content_start`` opens, in the sentence that starts at ``start``."""
    found = [
        m.start()
        for m in OPENING.finditer(text, start, content_start)
        if CLOSING.search(text, m.start(), content_start) is None
    ]
    straight = [m.start() for m in re.finditer('"', text[:content_start]) if m.start() >= start]
    if len(straight) % 2:
        found.append(straight[-1])
    return max(found, default=None)


def lead_ins(text: str, sentence: tuple[int, int], content: tuple[int, int]) -> list[tuple[int, int]]:
    """The stretches of the statement's sentence that are sentences before its words, not the sentence
    its words are in: inside the quote that holds the words, its earlier sentences. A long quote is
    split into claims, and an earlier claim is the speaker's sentence before ("Poutine est-il prêt à
    cette concession ? Les blessés ont été évacués": the second claim is about the wounded); it reads
    as the sentence before. A narrator's sentence that leads into the quote stays the statement's
    ("Il espérait des pourparlers. « Il faut d'autres moyens », a-t-il déclaré"), and so does a
    heading glued to the quote with no full stop ("Des pourparlers en cours « Un fait grave », dit-il":
    read as the sentence before, it lost two tagged statements of the check half in round 38).

    >>> t = 'Des pourparlers en cours "Un fait grave. Les civils fuient", dit-il.'
    >>> [t[s:e] for s, e in lead_ins(t, (0, len(t)), (t.index("Les"), t.index('",')))]
    ['Un fait grave. ']
    """
    quote = _opening(text, sentence[0], content[0])
    if quote is None:
        return []
    breaks = list(SENTENCE_BREAK.finditer(text, quote + 1, content[0]))
    return [(quote + 1, breaks[-1].end())] if breaks else []


def own_sentence(
    text: str, sentence: tuple[int, int], content: tuple[int, int], others: Iterable[tuple[int, int]]
) -> str:
    """The statement's sentence without the words of the other statements of the same sentence,
    each cut to a full stop: a word of talks in another clause's reported words is not what this one
    says ("la population ne craint pas que cette escalade aille plus loin, parce que l'armée confirme
    que des pourparlers sont en cours": the population speaks of the escalation, not of the talks).
    Kept: another statement that holds this one (a correspondent's relay is the frame), and one in
    an earlier sentence of the evidence (the sentence before a quote leads into it: "il espérait des
    pourparlers. « Il faut se tourner vers d'autres moyens », a déclaré le général"); one of a later
    sentence is a new speaker's or a new thought ("c'est trop. La directrice espère qu'on l'écoutera
    dans les négociations") and is cut.

    >>> own_sentence("A dit que x, B que y.", (0, 21), (10, 11), [(10, 11), (19, 20)])
    'A dit que x, B que  . .'
    """
    start, end = sentence
    cuts = sorted(
        [
            (max(s, start), min(e, end))
            for s, e in others
            if (s, e) != content and s < end and e > start and _cut(text, content, (s, e))
        ]
        + lead_ins(text, sentence, content)
    )
    kept, at = [], start
    for s, e in cuts:
        if s > at:
            kept.append(text[at:s])
        at = max(at, e)
        kept.append(" . ")
    kept.append(text[at:end])
    return "".join(kept).strip()


def statement_text(
    text: str,
    sentence: tuple[int, int],
    content: tuple[int, int],
    others: Iterable[tuple[int, int]],
    context: str,
) -> tuple[str, str]:
    """The text and the context a statement's topics are read from (``topic_evidence``): its words
    and its own sentence (``own_sentence``); the ``context`` given (the sentence before, the title,
    the lead) after the lead-ins of its sentence (``lead_ins``), which read as the sentence before.

    >>> t = '"Des pourparlers sont en cours. Les civils fuient", dit-il.'
    >>> statement_text(t, (0, len(t)), (32, 49), [(32, 49)], "Guerre en Ukraine")
    ('Les civils fuient " . Les civils fuient", dit-il.', 'Des pourparlers sont en cours.  Guerre en Ukraine')
    """
    words = text[content[0] : content[1]]
    lead_in = " ".join(text[s:e] for s, e in lead_ins(text, sentence, content))
    own = own_sentence(text, sentence, content, others)
    return f"{words} {own}", f"{lead_in} {context}" if lead_in else context


ATTRIBUTED = re.compile(r"[\"\u00bb\u201d]\s*,\s*\w")
"""A closing quote and an attribution after it ("…", rapporte X. "…"): an earlier quote with its own
attribution is a statement of its own, not a lead into this one, and is cut like a later one."""


def _cut(text: str, content: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether ``other`` lies wholly outside ``content``, after it, or before it with no full stop
    between them or with its own attribution (what ``own_sentence`` cuts)."""
    if other[1] <= content[0]:
        between = text[other[1] : content[0]]
        return (
            SENTENCE_BREAK.search(text, other[1] - 1, content[0]) is None
            or ATTRIBUTED.search(between) is not None
        )
    return other[0] >= content[1]


def ordered(names: Iterable[str]) -> tuple[str, ...]:
    """Topic names in the fixed order of ``TOPIC_ORDER`` (others after, by name)."""
    order = {name: i for i, name in enumerate(TOPIC_ORDER)}
    return tuple(sorted(set(names), key=lambda n: (order.get(n, len(order)), n)))


def topics_for(text: str, context: str = "") -> tuple[str, ...]:
    """The topics of ``text`` (see ``topic_evidence``), in a fixed order.

    >>> topics_for("Kiev se dit prête à des pourparlers de paix")
    ('negotiation', 'diplomatic_negotiation')
    """
    return ordered(topic_evidence(text or "", context))
