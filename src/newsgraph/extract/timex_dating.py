"""The date of a statement: a time expression attached to its speech verb, else the article's one
speech occasion, else the publication date."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.extract.context import doc_text
from newsgraph.extract.timex_calendar import rank
from newsgraph.extract.timex_tense import AUX_DEPS, VERB_POS
from newsgraph.model import TimeMention, TimeValue

DateSource = Literal["text", "publication"]
# How a time expression hangs on the verb whose date it gives (the statement's own clause).
ATTACH_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "advmod", "nmod", "xcomp", "appos", "dep"})
# What may stand between a speech verb and its adjacent time expression.
ADJACENT_FILLER = re.compile(
    r"^[\s,]*(?:(?:-t)?-(?:il|elle|ils|elles|on)\b[\s,]*)?(?:(?:encore|aussi|également|ainsi|notamment|déjà|lors)\b[\s,]*)?$",
    re.I,
)


def statement_date(
    sdoc: Doc, cue_token_index: int, times: list[TimeMention], anchor: TimeValue | None
) -> tuple[TimeValue | None, DateSource | None]:
    """The date the words were said, and where it came from ("text" or "publication").

    The date is a time expression attached to the speech verb in its own clause ("a-t-il déclaré
    samedi", "a affirmé, mercredi 9 novembre, le général"), never one inside what was said. A
    statement without one takes the date of the article's single dated speech occasion, when the
    article dates speech once and only once (reports of one press conference, one interview),
    unless its verb is imperfect or pluperfect ("avait déclaré": an earlier occasion). Otherwise
    the publication date.
    """
    cue = sdoc[cue_token_index]
    governing = [t for t in times if _governs(sdoc, cue, t)]
    if governing:
        best = min(governing, key=lambda t: abs(t.start - cue.idx))
        return TimeValue(best.value, best.precision), "text"
    occasion = _speech_occasion(sdoc, times, anchor)
    if occasion is not None and not _background(cue):
        return occasion, "text"
    return (anchor, "publication") if anchor else (None, None)


def _speech_occasion(sdoc: Doc, times: list[TimeMention], anchor: TimeValue | None) -> TimeValue | None:
    """The one day (not after the publication) at which the article says its speakers spoke, if it
    gives exactly one."""
    key = "newsgraph.timex.occasion:" + ",".join(f"{t.start}-{t.end}-{t.value}" for t in times)
    if key not in sdoc.user_data:
        latest = anchor.value[:10] if anchor else "9999"
        dated = [t for t in times if rank(t.precision) >= rank("day") and t.value[:10] <= latest]
        values = {
            (t.value, t.precision)
            for verb in sdoc
            if verb.pos_ in VERB_POS and verb.lemma_ in speech_lemmas()
            for t in dated
            if _governs(sdoc, verb, t)
        }
        sdoc.user_data[key] = TimeValue(*values.pop()) if len(values) == 1 else None
    found: TimeValue | None = sdoc.user_data[key]
    return found


def _background(verb: Token) -> bool:
    """An imperfect or pluperfect verb ("pensaient", "avait déclaré") tells of an earlier time."""
    tenses = [verb, *(a for a in verb.children if a.dep_ in AUX_DEPS)]
    return any("Imp" in t.morph.get("Tense", []) for t in tenses)


@cache


@cache
def speech_lemmas() -> frozenset[str]:
    """Speech verb lemmas of ``ontology/lexicons/speech_verbs.txt`` (shared with statements)."""
    return frozenset(lexicons.speech_verbs())


def _governs(sdoc: Doc, cue: Token, time: TimeMention) -> bool:
    span = sdoc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None or span.sent != cue.sent:
        return False
    return _attached(span, cue) or _adjacent(sdoc, span, cue)


def _attached(span: Span, cue: Token) -> bool:
    """The time hangs on the cue verb by dependency: directly ("a déclaré samedi") or through the
    circumstance it dates ("lors d'une conférence de presse samedi", "dans un communiqué publié
    samedi"), never through an argument of the verb (what was said or denounced)."""
    tok = span.root
    if tok.dep_ not in ATTACH_DEPS:
        return False
    for _ in range(CLIMB_STEPS):
        head = tok.head
        if head == cue:
            return tok.dep_ in ATTACH_DEPS if tok.i == span.root.i else tok.dep_ in CIRCUMSTANCE_DEPS
        if head.i == tok.i or span.start <= head.i < span.end:
            return False
        is_noun = head.pos_ in ("NOUN", "PROPN") and (
            head.dep_ in CIRCUMSTANCE_DEPS | {"nmod"} or (head.dep_ == "obl:arg" and head.head.pos_ == "ADV")
        )  # "lors d'une conférence": the noun hangs on "lors"
        is_participle = (
            head.pos_ == "VERB" and head.dep_ == "acl" and "Part" in head.morph.get("VerbForm", [])
        )
        is_adverb = head.pos_ == "ADV" and head.dep_ == "advmod"
        if not (is_noun or is_participle or is_adverb):
            return False
        tok = head
    return False


CLIMB_STEPS = 4
CIRCUMSTANCE_DEPS = frozenset({"obl", "obl:mod", "advmod"})


def _adjacent(sdoc: Doc, span: Span, cue: Token) -> bool:
    """The time stands right after the cue ("déclaré, mercredi,") or right before its auxiliaries."""
    text = doc_text(sdoc)
    if span.start_char >= cue.idx + len(cue.text):
        between = text[cue.idx + len(cue.text) : span.start_char]
        return bool(ADJACENT_FILLER.match(between))
    first = min([cue.i, *(c.i for c in cue.children if c.dep_ in AUX_DEPS)])
    between = text[span.end_char : sdoc[first].idx]
    return bool(re.match(r"^[\s,]*$", between))
