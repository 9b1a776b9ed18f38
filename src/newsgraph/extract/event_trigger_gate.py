"""An exact prefilter of the event triggers: a word whose every lexicon row needs a word the
sentence does not have is no trigger there, and ``match_trigger`` is not asked about it.

Most candidate words (a lemma or form of ``event_triggers.tsv``) are rejected by their rows'
requirements: "frapper" wants "missile", "ouvrir" wants "enquête" among its dependents. Those
words are lemmas or forms of tokens of the trigger's own sentence (dependents, subjects, objects,
the governor: every requirement reads the parse tree, and a tree stays inside its sentence). So a
row none of whose alternatives can find its words in the sentence cannot hold, whatever the tree.

The rows are read from ``event_triggers.triggers`` (imported, never copied): a row another rule
adds is gated by what it requires, the same way; the head of a multi-word expression of
``event_phrases`` always passes (its phrase rows are tried before the word's own). Only plain
words and the "^x", "~x", "=x" words are counted as needed; an "@" test, a negated part or a row
without alternatives always passes. ``GATE = False`` asks ``match_trigger`` about every candidate
(``tests/extract/test_speed_events_r16.py`` extracts both ways and compares).

Whatever ``GATE`` says, a word read in a sense that names no happening by its construction is
dropped here too: a noun of nature measuring a bare plural ("une avalanche de critiques",
``event_measure_nouns``), a participle or adjective describing a state ("il était exigeant", "plus
fermés qu'avant", ``event_states``).
"""

from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import HEAD, SENT_START
from spacy.tokens import Doc

from newsgraph.extract.event_measure_nouns import MEASURE_NOUNS, is_measure_metaphor
from newsgraph.extract.event_phrases import phrase_matches
from newsgraph.extract.event_states import is_state
from newsgraph.extract.event_trigger_grammar import INFINITIVE_ENDINGS, present_infinitive
from newsgraph.extract.event_trigger_row import Requires, Trigger
from newsgraph.extract.event_trigger_verbs import misread_verbs
from newsgraph.extract.event_triggers import NOMINAL_POS, trigger_rows
from newsgraph.extract.tokens import tokens

GATE = True
"""Whether the gate skips candidates (False: every candidate goes to ``match_trigger``)."""

SIGNS = ("^", "~", "=")
"""The requirements naming a word of the governor, the subject or the object (sign dropped)."""


@lru_cache(maxsize=4096)
def needed(requires: Requires) -> tuple[frozenset[str], ...] | None:
    """The words each alternative of a row needs, all of them, in the sentence; None when the row
    may hold with no particular word (no alternative, or one needing none: only "@" tests or
    negated parts)."""
    alternatives = Trigger("", "", "", "", requires).alternatives
    if not alternatives:
        return None
    out = []
    for alt in alternatives:
        words = frozenset(
            r[1:] if r[:1] in SIGNS else r for negated, r in alt if not negated and not r.startswith("@")
        )
        if not words:
            return None
        out.append(words)
    return tuple(out)


@lru_cache(maxsize=65536)
def word_needs(lemma_: str, low: str, pos: str) -> tuple[frozenset[str], ...] | None:
    """The alternatives of every row ``_match_trigger`` would try for a word (its lemma, lowercase
    form and part of speech), as the words each needs: the word may trigger only in a sentence
    holding all the words of one of them; None when a row needs none (it may hold anywhere), ()
    when no row of its part of speech is left (it never triggers). Cached: words recur."""
    want = "NOUN" if pos in NOMINAL_POS else "VERB"
    infinitive = pos == "NOUN" and low.endswith(INFINITIVE_ENDINGS)  # is_mistagged_infinitive's words
    out: list[frozenset[str]] = []
    for row in trigger_rows(lemma_, low, want == "VERB"):
        if row.pos != want and not (row.pos == "VERB" and (pos == "ADJ" or infinitive)):
            continue
        alternatives = needed(row.requires)
        if alternatives is None:
            return None
        out.extend(alternatives)
    return tuple(out)


WORDS_KEY = "newsgraph.event_gate_words"


Columns = tuple[list[str], list[str], bool]


def word_columns(doc: Doc) -> Columns:
    """Per token, its lemma lowercased (``event_parse.lemma`` but for the reflexive, added by
    ``sentence_words``) and its lowercase form; and whether every head is in its token's sentence.
    Once per Doc."""
    found: Columns | None = doc.user_data.get(WORDS_KEY)
    if found is None:
        table = tokens(doc)
        found = doc.user_data[WORDS_KEY] = (table.lemma_lower, table.lower, trees_in_sentences(doc))
    return found


REFLEXIVES = frozenset({"s'", "s’"})


def sentence_words(doc: Doc, start: int, end: int) -> set[str]:
    """The words a requirement can find among the tokens ``start`` to ``end``: each token's lemma
    as ``event_parse.lemma`` gives it, its lowercase form and that form without a final "s"
    (``subject_words``), and "" (a trigger with no governor)."""
    lemmas, lower, _ = word_columns(doc)
    lems, lows = lemmas[start:end], lower[start:end]
    out = {"", *lems, *lows}
    out.update([w[:-1] for w in lows if w.endswith("s")])  # a form not ending in "s" is there already
    out.update(  # "la bronchiolite frappe": a present left as its own lemma, read as its infinitive (evn26)
        [
            present_infinitive(w)
            for w, lem in zip(lows, lems, strict=True)
            if w == lem and not w.endswith(INFINITIVE_ENDINGS)
        ]
    )
    if not REFLEXIVES.isdisjoint(out):
        out.add("se")
    return out


def trees_in_sentences(doc: Doc) -> bool:
    """Whether every token's head is in its own sentence (spaCy's parser makes sentences of its
    trees; a Doc whose sentences were set otherwise is read as one sentence)."""
    if len(doc) == 0:
        return True
    heads = doc.to_array(HEAD).astype("int64") + numpy.arange(len(doc))
    sentence = numpy.cumsum(doc.to_array(SENT_START).astype("int64") == 1)
    return bool((sentence[heads] == sentence).all())


def no_sense(doc: Doc, candidates: list[int]) -> list[int]:
    """The candidates whose construction does not exclude every event sense ("un déluge de
    mesures": a measure, see ``event_measure_nouns``; "il était exigeant": a state, ``event_states``)."""
    table = tokens(doc)
    lemmas, pos = table.lemma_lower, table.pos
    return [
        i
        for i in candidates
        if not (lemmas[i] in MEASURE_NOUNS and is_measure_metaphor(doc[i]))
        and not (pos[i] in STATE_POS and is_state(doc[i]))
    ]


STATE_POS = frozenset({"VERB", "ADJ", "AUX"})


def kept(doc: Doc, candidates: list[int], start: int, end: int) -> list[int]:
    """The candidates (token indexes of the sentence ``start`` to ``end``) that may trigger: those
    the gate lets through (``GATE``), then those with a sense (``no_sense``, the costlier test, asked
    of fewer words; two filters of each word alone, so their order changes nothing)."""
    if not GATE or not candidates:
        return no_sense(doc, candidates)
    table, words, out = tokens(doc), None, []
    lemma, lower, pos = table.lemma, table.lower, table.pos
    heads = phrase_matches(doc)  # an expression's head ("garde à vue") is tried by its phrase rows
    misread = misread_verbs(doc)
    for i in candidates:
        if i in heads:
            out.append(i)
            continue
        verb = misread.get(i)  # a verb tagged otherwise ("il ravitaille"): its rows (evt35g)
        alternatives = word_needs(verb, verb, "VERB") if verb else word_needs(lemma[i], lower[i], pos[i])
        if alternatives is None:
            out.append(i)
            continue
        if words is None:
            words = sentence_words(doc, *((start, end) if word_columns(doc)[2] else (0, len(doc))))
        if any(map(words.issuperset, alternatives)):
            out.append(i)
    return no_sense(doc, out)
