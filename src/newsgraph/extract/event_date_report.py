"""The day before publication a report tells, for an event told as done with no date of its own
(round 33): the story's day said anywhere in the report, not only in its lead."""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc, Token

from newsgraph.extract.context import doc_text
from newsgraph.extract.event_cache import morph_feats
from newsgraph.extract.event_date_bounds import until_bound
from newsgraph.extract.timex_story import DAY_VALUE, named_day
from newsgraph.extract.timex_tense import AUX_DEPS
from newsgraph.model import TimeMention, TimeValue


def report_day(
    token: Token, sdoc: Doc, times: list[TimeMention], anchor: TimeValue | None
) -> TimeValue | None:
    """The day before the publication day when the report names it ("mardi 26 juillet", "hier")
    and never names the publication day itself, for an event not told in the present ("Les deux
    incendies se sont déclarés quasi simultanément", a report published on Wednesday that says
    "mardi 26 juillet" further on): what the report tells happened that day. None for an event
    in the present ("les prix flambent": today's), or when the report names its own day too
    (which of the two is then the story's, the text must say)."""
    if in_present(token):
        return None
    key = (id(times), len(times), anchor)
    memo = sdoc.user_data.get(REPORT_DAY_KEY)
    if memo is not None and memo[0] == key and memo[1] is times:
        return memo[2]  # type: ignore[no-any-return]
    found = named_eve(sdoc, times, anchor)
    sdoc.user_data[REPORT_DAY_KEY] = (key, times, found)
    return found


def named_eve(sdoc: Doc, times: list[TimeMention], anchor: TimeValue | None) -> TimeValue | None:
    if anchor is None or anchor.precision not in {"day", "hour", "minute"}:
        return None
    published = date.fromisoformat(anchor.value[:10])
    text = doc_text(sdoc)
    days = set()
    for t in times:
        m = DAY_VALUE.match(t.value)
        if m is None or t.end > len(text) or until_bound(text, t):
            continue
        if named_day().search(t.text) or t.text.lower() == "hier":
            days.add(date.fromisoformat(m.group(1)))
    eve = published - timedelta(days=1)
    return TimeValue(eve.isoformat(), "day") if eve in days and published not in days else None


def in_present(token: Token) -> bool:
    """An event told in the present: a verb trigger, or the verb a noun trigger is the subject,
    object or circumstance of, in the present tense with no auxiliary of a past."""
    verb = token
    if token.pos_ in {"NOUN", "PROPN"}:
        verb = token.head
        if token.dep_ not in {"nsubj", "nsubj:pass", "obj", "obl", "obl:mod"} or verb.i == token.i:
            return False
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(a.dep_ in AUX_DEPS for a in verb.children):
        return False  # "se sont déclarés", "ont lutté": a past
    return "Pres" in morph_feats(verb).get("Tense", []) and "Fin" in morph_feats(verb).get("VerbForm", [])


REPORT_DAY_KEY = "newsgraph.event_report_day"
