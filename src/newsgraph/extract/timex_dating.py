"""The date of a speech act or of an event: the time expression that governs its verb or noun, else
the publication date, marked as such.

A time expression governs a token when it hangs on it in the parse, directly ("a déclaré samedi",
"l'attaque de lundi") or through the circumstance it dates ("lors d'une conférence de presse
samedi", "dans un communiqué publié samedi", "interrogé mardi sur une radio"), or stands right
next to it ("a affirmé, mercredi 9 novembre, le général"); never one inside what was said or done.
An expression that bounds a stretch of time instead of dating the act ("depuis 1970", "jusqu'au
30 mars", "d'ici lundi", "à partir de lundi", "avant le 1er avril") does not date it, nor does
"désormais" or "actuellement" (the present, which the publication date already says). A speech
verb that continues another speech act of its sentence ("a déclaré jeudi le ministre, ajoutant
que...", "a déclaré jeudi ... et a ajouté que") takes that act's date: one speech act, one date.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date
from functools import cache
from itertools import compress
from typing import ClassVar

from spacy.tokens import Doc, Span, Token

from newsgraph import lexicons
from newsgraph.extract.context import doc_text
from newsgraph.extract.speech_quotes import QUOTE_MARKS
from newsgraph.extract.timex_calendar import CALENDAR_VALUE, DateSource, interval, lexicon, unify_apostrophes
from newsgraph.extract.timex_story import LEAD_CHARS, story_day
from newsgraph.extract.timex_tense import AUX_DEPS
from newsgraph.extract.tokens import morph_of, tokens
from newsgraph.lexicons import alternation
from newsgraph.model import TimeMention, TimeValue

# How a time expression hangs on the verb or noun whose date it gives.
ATTACH_DEPS = frozenset({"obl", "obl:mod", "obl:arg", "advmod", "nmod", "xcomp", "appos", "dep"})
CIRCUMSTANCE_DEPS = frozenset({"obl", "obl:mod", "advmod"})
CLIMB_STEPS = 4
# What may stand between a speech verb and its adjacent time expression.
ADJACENT_FILLER = re.compile(
    r"^[\s,]*(?:(?:-t)?-(?:il|elle|ils|elles|on)\b[\s,]*)?(?:(?:encore|aussi|également|ainsi|notamment|déjà|lors)\b[\s,]*)?$",
    re.I,
)
# How a speech verb continues the speech act of the verb it hangs on.
CONTINUING_DEPS = frozenset({"advcl", "conj", "acl"})


def statement_date(
    sdoc: Doc,
    cue_token_index: int,
    times: list[TimeMention],
    anchor: TimeValue | None,
    at_start: bool = True,
) -> tuple[TimeValue | None, DateSource | None]:
    """The date the words were said, and where it came from ("text" or "publication"). With no
    date of its own, a statement takes the story's day the lead tells (``timex_story``) when
    ``sdoc`` is the start of its text (``at_start``: not a later piece of a long text), unless its
    verb tells an act before the story ("avait déclaré")."""
    cue = sdoc[cue_token_index]
    found = _governing(sdoc, cue, times)
    if found is None and (lent := _act_date(sdoc, cue, times)) is not None and _recent(lent, anchor):
        found = lent
    if found is None and (same := _speaker_occasion(sdoc, cue, times)) is not None and _recent(same, anchor):
        found = same
    if found is None and at_start and not _pluperfect(cue):  # "avait déclaré": before the story
        found = lead_story_day(sdoc, times, anchor)
    if found is not None:
        return found, "text"
    return (anchor, "publication") if anchor else (None, None)


def lead_story_day(sdoc: Doc, times: list[TimeMention], anchor: TimeValue | None) -> TimeValue | None:
    """The story's day the report's lead tells, when it is not the publication day (``timex_story``):
    what a statement or an event with no date of its own takes. Answered once per Doc and list of
    times (every undated statement and event of a report asks the same)."""
    last = sdoc.user_data.get(STORY_DAY_KEY)
    if last is not None and last[0] is times and last[1] == times and last[2] == anchor:
        return last[3]  # type: ignore[no-any-return]
    text = doc_text(sdoc)
    lead = [t for t in _starting_in(times, 0, LEAD_CHARS) if not _bound_or_present(text, t)]
    found = story_day(lead, anchor)
    sdoc.user_data[STORY_DAY_KEY] = (times, list(times), anchor, found)
    return found


STORY_DAY_KEY = "newsgraph.lead_story_day"


def _recent(value: TimeValue, anchor: TimeValue | None) -> bool:
    """Whether a date lent by the act a statement continues lies within ``LENT_REACH_DAYS`` before
    the publication (a report continues recent speech, not "les attentats du 13 novembre 2015")."""
    if anchor is None:
        return True
    try:
        first, _ = interval(value)
        _, last = interval(TimeValue(anchor.value[:10], anchor.precision))
    except ValueError:
        return False
    return (date.fromisoformat(last[:10]) - date.fromisoformat(first[:10])).days <= LENT_REACH_DAYS


LENT_REACH_DAYS = 31


def _act_date(sdoc: Doc, cue: Token, times: list[TimeMention], depth: int = 0) -> TimeValue | None:
    """The date governing the speech verb, else the date of the act it goes on with: the verb it
    continues in its sentence, or after "a également déclaré", "a ajouté", "selon X", "pour X" (no
    speech act of its own) the last dated speech act of this paragraph or the one before."""
    chain = [cue, *_same_act(cue), *_sentence_act(cue)]
    for verb in chain:
        if (found := _governing(sdoc, verb, times)) is not None:
            return found
    if depth >= 2 or not any(_continues(verb) for verb in chain):
        return None
    for verb in reversed(_earlier_speech_verbs(chain[-1])):
        if (found := _act_date(sdoc, verb, times, depth + 1)) is not None:
            return found
    return None


def event_date(
    sdoc: Doc, token_index: int, times: list[TimeMention], anchor: TimeValue | None
) -> tuple[TimeValue | None, DateSource | None]:
    """The date of the event a trigger (verb or noun) names: the time expression that governs it
    ("ont évacué le campement mardi", "l'attaque de lundi"), else the publication date marked as
    such (source "publication"); ``(None, None)`` with neither."""
    found = _governing(sdoc, sdoc[token_index], times)
    if found is not None:
        return found, "text"
    return (anchor, "publication") if anchor else (None, None)


def _governing(sdoc: Doc, head: Token, times: list[TimeMention]) -> TimeValue | None:
    """The nearest time expression that dates ``head``, if any."""
    text = doc_text(sdoc)
    sent = head.sent
    governing = [
        t
        for t in _starting_in(times, sent.start_char, sent.end_char)  # only its sentence's can govern
        if CALENDAR_VALUE.match(t.value) and not _bound_or_present(text, t) and _governs(sdoc, head, t)
    ]
    if not governing:
        return None
    best = min(governing, key=lambda t: abs(t.start - head.idx))
    return TimeValue(best.value, best.precision)


_Sorted = tuple[list[TimeMention], list[int], list[int]]  # times, their starts in order, their indexes


class _ByStart:
    """The last list of times asked about, sorted by start: one attribute, replaced whole, so a
    thread that extracts another text at the same time never reads half of another list's order."""

    last: ClassVar[_Sorted | None] = None


def _starting_in(times: list[TimeMention], start: int, end: int) -> list[TimeMention]:
    """The times that start in [start, end): found by bisection (a long text has thousands of times
    and of statements, and each statement asks), the order kept for the last list asked about."""
    last = _ByStart.last
    if last is None or last[0] is not times or len(last[2]) != len(times):
        order = sorted(range(len(times)), key=lambda i: times[i].start)
        last = _ByStart.last = (times, [times[i].start for i in order], order)
    _, starts, order = last
    return [times[order[i]] for i in range(bisect_left(starts, start), bisect_left(starts, end))]


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before an expression that make it a bound ("depuis", "jusqu'au"), and the words
    that are the present itself ("désormais")."""
    lx = lexicon()
    words = alternation(lx["relation_prepositions"])
    bound = re.compile(rf"(?:^|[\s(,])(?:{words})\s*(?:le|la|les|l'|du|des|ce|cet|cette)?\s*$", re.I)
    present = re.compile(rf"^(?:{alternation(lx['present_refs'])})$", re.I)
    return bound, present


def _bound_or_present(text: str, time: TimeMention) -> bool:
    bound, present = _patterns()
    before = unify_apostrophes(text[max(0, time.start - 30) : time.start])
    return bool(bound.search(before) or present.match(unify_apostrophes(time.text)))


def _same_act(cue: Token) -> list[Token]:
    """The speech verbs of its sentence whose act ``cue`` goes on with: the verb it is coordinated
    with ("a déclaré jeudi ... et a ajouté"), the one before a present participle ("a déclaré jeudi
    le ministre, ajoutant que"), the one that reports it ("a déclaré mercredi qu'il espérait", not
    "qu'il avait promis"), and so on up (nearest first)."""
    speech = speech_lemmas()
    chain: list[Token] = []
    tok = cue
    for _ in range(3):
        if tok.dep_ == "conj" and tok.head.lemma_ in speech and tok.head.i < tok.i:
            tok = tok.head
        elif tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_ in speech and not _pluperfect(tok):
            tok = tok.head  # "a déclaré mercredi qu'il espérait": said then, not before
        elif (
            tok.lower_.endswith("ant")
            and "Part" in morph_of(tok).get("VerbForm", [])
            and (before := _speech_verbs_in(tok.doc, tok.sent.start, tok.i))
        ):
            tok = tok.doc[before[-1]]
        else:
            break
        chain.append(tok)
    return chain


def _sentence_act(cue: Token) -> list[Token]:
    """For "selon X", "pour X" (no act of their own): the speech verbs of their sentence, nearest
    first ("a déclaré mardi qu'il espérait un accord, selon lui"; "« ... », selon X, a indiqué
    jeudi le ministre")."""
    if cue.pos_ != "ADP":
        return []
    sent, doc = cue.sent, cue.doc
    verbs = [doc[i] for i in _speech_verbs_in(doc, sent.start, sent.end) if not _pluperfect(doc[i])]
    return sorted(verbs, key=lambda t: abs(t.i - cue.i))


def _pluperfect(verb: Token) -> bool:
    """ "avait annoncé": an act before the one that reports it."""
    return any(a.dep_ in AUX_DEPS and "Imp" in morph_of(a).get("Tense", []) for a in verb.children)


def _continues(cue: Token) -> bool:
    """Whether the speech verb says it goes on with an act told before ("a également déclaré",
    "a ajouté"), or the attribution has no act of its own ("selon X"), with no speech verb before
    it in its own sentence."""
    lx = lexicon()
    if _speech_verbs_in(cue.doc, cue.sent.start, cue.i):
        return False
    if cue.pos_ == "ADP":  # "selon X", "pour X": what X said on the occasion told before
        return True
    return cue.lemma_ in lx["continuation_verbs"] or any(
        c.dep_ == "advmod" and c.lower_ in lx["continuation_adverbs"] for c in cue.children
    )


LEAD_PARAGRAPHS = 2


SPEAKER_NAMES_KEY = "newsgraph.speaker_names"


def _speaker_names(cue: Token) -> frozenset[str]:
    """The proper nouns naming who speaks: in the subject of a speech verb, in the phrase "selon X"
    hangs on (read once per token: each statement of a report compares its speaker with the same
    earlier speech verbs)."""
    memo: dict[int, frozenset[str]] = cue.doc.user_data.setdefault(SPEAKER_NAMES_KEY, {})
    found = memo.get(cue.i)
    if found is None:
        found = memo[cue.i] = _names_of_speaker(cue)
    return found


def _names_of_speaker(cue: Token) -> frozenset[str]:
    if cue.pos_ == "ADP":
        words = list(cue.head.subtree)
    elif subjects := [c for c in cue.children if c.dep_ in ("nsubj", "nsubj:pass")]:
        words = [t for s in subjects for t in s.subtree]
    else:  # an inverted subject the parse did not attach: the words after the verb, to the next verb
        words = []
        for t in cue.doc[cue.i + 1 : cue.i + INVERTED_REACH]:  # (the parse may cut the sentence)
            if t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS | {".", ";", ":"}:
                break
            words.append(t)
    return frozenset(t.lower_ for t in words if _name_word(t))


def _name_word(t: Token) -> bool:
    """A word of a name: a proper noun, or a capitalized noun inside the sentence ("Dupont")."""
    if len(t.text) < 2 or not t.is_title:
        return False
    inside = not t.is_sent_start and t.i > 0 and not t.nbor(-1).is_punct
    return t.pos_ == "PROPN" or (t.pos_ == "NOUN" and inside)


INVERTED_REACH = 20


def _speaker_occasion(sdoc: Doc, cue: Token, times: list[TimeMention]) -> TimeValue | None:
    """The date of the dated speech act of the same named speaker told just before (in the
    paragraph or the one before: "a affirmé mercredi le général Milley [...] « ... », a déclaré le
    général Milley"), or, for words in the title or the lead, told anywhere after (the lead sums
    up the story the body tells)."""
    names = _speaker_names(cue)
    if not names:
        return None
    text = doc_text(sdoc)
    candidates = list(reversed(_earlier_speech_verbs(cue)))
    in_lead = _sentence_back(cue.sent, LEAD_SENTENCES).start == 0  # one of the text's first sentences
    if in_lead and len(re.findall(r"\n\s*", text[: cue.sent.start_char].lstrip())) < LEAD_PARAGRAPHS:
        candidates += [sdoc[i] for i in _speech_verbs_in(sdoc, cue.sent.end, len(sdoc))]  # after its sentence
    for verb in candidates:
        if names & _speaker_names(verb) and (found := _act_date(sdoc, verb, times, 1)) is not None:
            return found
    return None


SPEECH_VERBS_KEY = "newsgraph.speech_verbs"


def _speech_verbs_in(doc: Doc, start: int, end: int) -> list[int]:
    """The indexes of the speech verbs (verbs of ``speech_lemmas``) among the tokens ``start``..``end`` - 1,
    in order: the document's are found once, from its token table."""
    found: list[int] | None = doc.user_data.get(SPEECH_VERBS_KEY)
    if found is None:
        tt, pos = tokens(doc), tokens(doc).pos
        lemmas = compress(range(len(tt)), map(speech_lemmas().__contains__, tt.lemma))  # few: test those
        found = doc.user_data[SPEECH_VERBS_KEY] = [i for i in lemmas if pos[i] == "VERB"]
    return found[bisect_left(found, start) : bisect_left(found, end)]


def _earlier_speech_verbs(cue: Token) -> list[Token]:
    """The speech verbs before ``cue``'s sentence, in its paragraph and the one before."""
    doc, text = cue.doc, doc_text(cue.doc)
    end = cue.sent.start_char
    window = _sentence_back(cue.sent, EARLIER_SENTENCES)  # "just before": a bounded look-back
    breaks = [window.start_char + m.start() for m in re.finditer(r"\n\s*", text[window.start_char : end])]
    begin = breaks[-2] if len(breaks) >= 2 else window.start_char
    idx = tokens(doc).idx
    return [doc[i] for i in _speech_verbs_in(doc, window.start, cue.sent.start) if begin <= idx[i] < end]


EARLIER_SENTENCES = 12  # how far back "the paragraph and the one before" may reach
LEAD_SENTENCES = 4  # the title and lead are among the text's first sentences


def _sentence_back(sent: Span, n: int) -> Span:
    """The sentence ``n`` sentences before ``sent`` (or the text's first)."""
    for _ in range(n):
        if sent.start == 0:
            break
        sent = sent.doc[sent.start - 1].sent
    return sent


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
    """The time hangs on the cue by dependency: directly ("a déclaré samedi") or through the
    circumstance it dates ("lors d'une conférence de presse samedi", "dans un communiqué publié
    samedi", "interrogé mardi"), never through an argument of the verb (what was said or done)."""
    tok = span.root
    if tok.dep_ not in ATTACH_DEPS:
        # "ont évacué le campement mardi matin": a bare date the parse took for an object; "s'exprimant
        # lundi devant la presse, il a affirmé": one of the participle that dates the words
        if tok.dep_ != "obj" or not _bare(tok):
            return False
        if tok.head == cue:
            return True
    for _ in range(CLIMB_STEPS):
        head = tok.head
        if head == cue:
            # the time itself, or the circumstance it dates ("interrogé mardi": an adverbial clause)
            return tok.dep_ in (ATTACH_DEPS if tok.i == span.root.i else CIRCUMSTANCE_DEPS | {"advcl"})
        if head.i == tok.i or span.start <= head.i < span.end:
            return False
        if tok.i == span.root.i and _bare(tok) and head.head == cue and head.dep_ == "obj" and head.i < tok.i:
            # "ont évacué le campement mardi": a bare date the parse hung on the object (not a
            # date in brackets describing it: "l'ancienne ministre (1991)")
            return not span.doc[span.start - 1].is_bracket if span.start else True
        if _bounded(head):
            return False  # "depuis l'incendie de mardi": a bound, through the noun it dates
        is_noun = head.pos_ in ("NOUN", "PROPN") and (
            head.dep_ in CIRCUMSTANCE_DEPS | {"nmod"} or (head.dep_ == "obl:arg" and head.head.pos_ == "ADV")
        )  # "lors d'une conférence": the noun hangs on "lors"
        is_participle = (
            head.pos_ == "VERB"
            and head.dep_ in ("acl", "advcl")
            and "Part" in morph_of(head).get("VerbForm", [])
            and not any(c.dep_ in AUX_DEPS for c in head.children)
        )  # "publié samedi", "interrogé mardi"
        is_adverb = head.pos_ == "ADV" and head.dep_ == "advmod"
        if not (is_noun or is_participle or is_adverb):
            return False
        tok = head
    return False


def _bounded(tok: Token) -> bool:
    """A phrase introduced by a word of bounds ("depuis", "jusqu'à", "avant", "après")."""
    words = _bound_words()
    return any(
        c.dep_ in ("case", "fixed", "mark") and c.lower_.replace("’", "'") in words for c in tok.children
    )


@cache
def _bound_words() -> frozenset[str]:
    """The one-word relation prepositions of the lexicon ("depuis", "avant"), and "jusqu'"."""
    single = {w for w in lexicon()["relation_prepositions"] if " " not in w and "'" not in w}
    return frozenset(single | {"jusqu'"})


def _bare(tok: Token) -> bool:
    """A time phrase without a preposition of its own ("mardi", not "de mardi")."""
    return not any(c.dep_ == "case" for c in tok.children)


def _adjacent(sdoc: Doc, span: Span, cue: Token) -> bool:
    """The time stands right after the cue ("déclaré, mercredi,") or, set off by a comma, right
    before it or its auxiliaries ("le ministre, samedi, a déclaré")."""
    text = doc_text(sdoc)
    if span.start_char >= cue.idx + len(cue.text):
        between = text[cue.idx + len(cue.text) : span.start_char]
        return bool(ADJACENT_FILLER.match(between))
    first = min([cue.i, *(c.i for c in cue.children if c.dep_ in AUX_DEPS)])
    between = text[span.end_char : sdoc[first].idx]
    return bool(re.match(r"^\s*,[\s,]*$", between))
