"""The report's main place: the place a report names more often than any other, when it names it
at least twice ("Un incendie a détruit un entrepôt. [...] Les habitants de Mazamet sont sous le
choc. À Mazamet, l'entreprise employait quarante personnes": the fire was at Mazamet). A TV
report is about one place more often than not, and says it again where it comes back to it,
later than its opening; an event that neither its sentence, nor the scene an earlier
sentence set, nor the report's opening, nor its dateline places happened there. A place said once,
or two places said as often as each other (a report that tours two towns), is no main place. A
place that introduces a source ("selon Kiev") or acts as a state ("Moscou a annoncé") is not
counted: it names who speaks or acts, not where; nor a name the gazetteer does not place, a one-word
first name ("Laurent", "Hervé"), which the tagger may have taken for a place, or a place inside a
body's name ("le garde des Sceaux", "l'équipe de France"). Only for the kinds of events that
happen where a report is filmed (``event_place_report.FILMED_TYPES``): a fire, a trial, a
demonstration; not a price's rise, an election, a measure or a drought, which are the country's
and which a report only illustrates in one town."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from newsgraph.extract.context import Mention
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_place_in_names import in_body_name
from newsgraph.extract.event_place_words import is_source
from newsgraph.extract.event_scenes import acts_as_state
from newsgraph.geo import place_of
from newsgraph.names import first_names, fold_key, word_key

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
            if is_source(t) or acts_as_state(t, m) or in_body_name(t, m):
                continue  # "selon Kiev", "Moscou a annoncé", "le garde des Sceaux": no place
            geo = place_of(m.name)
            if geo is None or first_name(m.name):
                continue  # "l'État", a brand, "Hervé": names the gazetteer does not place, or people's
            counts[geo.id] += 1
            first.setdefault(geo.id, m)
        ranked = counts.most_common(2)
        alone = bool(ranked) and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        mentions.memo[key] = first[ranked[0][0]] if alone and ranked[0][1] >= MIN_MENTIONS else None
    found: Mention | None = mentions.memo[key]
    return found


def first_name(name: str) -> bool:
    """A one-word place name that is also a first name ("Hervé", "Laurent"): a person the tagger
    took for a place as often as a town (a main place is counted over the whole report, where a
    person interviewed is named again and again)."""
    words = name.split()
    return len(words) == 1 and word_key(fold_key(words[0])) in first_names()
