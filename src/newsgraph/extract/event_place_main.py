"""The report's main place: the place a report names more often than any other, when it names it
at least twice ("Les Grands Buffets de Narbonne [...] le restaurant de Narbonne a augmenté ses
prix"). A TV report is about one place more often than not, and says it again where it comes back
to it, later than its opening; an event that neither its sentence, nor the scene an earlier
sentence set, nor the report's opening, nor its dateline places happened there. A place said once,
or two places said as often as each other (a report that tours two towns), is no main place. A
place that introduces a source ("selon Kiev") or acts as a state ("Moscou a annoncé") is not
counted: it names who speaks or acts, not where."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsgraph.extract.context import Mention
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_place_words import is_source
from newsgraph.extract.event_scenes import acts_as_state
from newsgraph.geo import place_of

MIN_MENTIONS = 2
"""How many times a report names its main place, at the least."""


def main_place(sdoc: Doc, mentions: MentionIndex) -> Mention | None:
    """The place the report names most often, at least ``MIN_MENTIONS`` times and more often than
    any other, as its first mention; else None (found once per document)."""
    key = ("main-place",)
    if key not in mentions.memo:
        counts: Counter[str] = Counter()
        first: dict[str, Mention] = {}
        for t, m in mentions.places(sdoc[:], inner=True):
            if is_source(t) or acts_as_state(t, m):
                continue  # "selon Kiev", "Moscou a annoncé": who speaks or acts
            geo = place_of(m.name)
            name = geo.id if geo is not None else m.name.lower()
            counts[name] += 1
            first.setdefault(name, m)
        ranked = counts.most_common(2)
        alone = bool(ranked) and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        mentions.memo[key] = first[ranked[0][0]] if alone and ranked[0][1] >= MIN_MENTIONS else None
    found: Mention | None = mentions.memo[key]
    return found
