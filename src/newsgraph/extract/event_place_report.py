"""The place a TV report was filmed at, said once anywhere in it rather than in its opening: the
journalist's live dateline ("rapporte le journaliste, en direct de Vaulx-en-Velin", "en duplex
depuis Kiev", "notre envoyée spéciale à Odessa"), else the one town the report writes with its
department or country in brackets ("Hélène Geoffroy, la maire de Vaulx-en-Velin (Rhône)"), the
way French news sites say where a report was shot. An event that neither its sentence, nor the
scene an earlier sentence set, nor the report's opening places happened there, when it is of a kind
that happens where a report is filmed (a fire, an assault, a demonstration, a trial), not one of
the whole country the report only illustrates there (an election, a price's rise, a shortage)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsgraph.extract.context import Mention, doc_text
from newsgraph.extract.event_cache import last_token
from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_place_names import named_ref
from newsgraph.extract.event_place_words import bracketed_region, is_located, is_source
from newsgraph.extract.event_triggers import match_trigger
from newsgraph.extract.tokens import indexes_among
from newsgraph.geo import place_of
from newsgraph.model import PlaceRef

FILMED_TYPES = frozenset(
    "fire accident explosion outage pollution crime physical_assault kill death wound"
    " shooting mass_killing terror_attack abduct disappearance rescue emergency_response"
    " hospitalization hospital_saturation demonstrate protest riot obstruct closure traffic_disruption"
    " crowd_rush gathering cultural_event celebration ceremony sales harvest tourism_season trial"
    " court_ruling sentence acquit arrest investigate seize layoff visit campaign_rally".split()
)
"""Kinds of events that happen where a TV report is filmed, which the report's place is lent to;
not elections, votes, appointments, prices, indicators, shortages, measures, nor weather alerts and
heat waves, which are the whole country's or a region's and which a report illustrates in one town."""


def filmed_place(sdoc: Doc, mentions: MentionIndex, kind: str) -> PlaceRef | None:
    """Where an event of ``kind`` that nothing else places happened: the report's place, when the
    event is of a kind that happens where a report is filmed."""
    if kind not in FILMED_TYPES:
        return None
    found = report_place(sdoc, mentions)
    if found is None:
        return None
    return named_ref(found.name)


DATELINE_WORDS = frozenset({"direct", "duplex", "spécial", "spéciale", "spéciaux", "spéciales"})
"""The words of a live or on-the-spot report: "en direct de", "en duplex depuis", "envoyé
spécial à"."""

DATELINE_PREPS = frozenset({"de", "du", "des", "d'", "d’", "depuis", "à", "au", "aux", "en", "dans"})

WINDOW = 6
"""How many words after the preposition the dateline's place may start ("en direct du palais de
l'Élysée")."""

STOPS = frozenset({",", ".", ";", ":", "!", "?", '"', "»", "«"})


def report_place(sdoc: Doc, mentions: MentionIndex) -> Mention | None:
    """The report's place: its live dateline's, else its one town said with where it lies, else
    None (found once per document: every event of the report may ask)."""
    key = ("report-place",)
    if key not in mentions.memo:
        mentions.memo[key] = dateline_place(sdoc, mentions) or bracketed_town(sdoc, mentions)
    found: Mention | None = mentions.memo[key]
    return found


def dateline_place(sdoc: Doc, mentions: MentionIndex) -> Mention | None:
    """The first place named right after "en direct de", "en duplex depuis", "envoyé(e)
    spécial(e) à" ("en direct de Toulouse (Haute-Garonne)": Toulouse), within the phrase."""
    for i in indexes_among(sdoc, DATELINE_WORDS):  # the words from the column: no Token per word
        t = sdoc[i]
        if t.i + 2 >= len(sdoc):
            continue
        if sdoc[t.i + 1].lower_ not in DATELINE_PREPS or not said_of_report(t):
            continue
        end = t.i + 2
        while end < min(len(sdoc), t.i + 2 + WINDOW) and sdoc[end].text not in STOPS:
            end += 1
        found = next(mentions.places(sdoc[t.i + 1 : end], inner=True), None)
        if found is not None:
            return found[1]
    return None


def said_of_report(t: Token) -> bool:
    """ "en direct", "en duplex", "envoyé spécial": the words as a report says where it is shot,
    not "un vol direct de Paris" nor "un dispositif spécial à Lyon"."""
    before = t.doc[t.i - 1].lower_ if t.i > 0 else ""
    if t.lower_ in {"direct", "duplex"}:
        return before == "en"
    return before.startswith("envoy")


def bracketed_town(sdoc: Doc, mentions: MentionIndex) -> Mention | None:
    """The town the report writes with its department or country in brackets ("Vaulx-en-Velin
    (Rhône)"), when it names only one so: a report that tours several towns has no one place."""
    found = bracketed_town_in(sdoc, mentions)
    return found[0] if found is not None else None


def bracketed_town_in(sdoc: Doc, mentions: MentionIndex) -> tuple[Mention, str] | None:
    """``bracketed_town`` and the id of the department or country its brackets name (found once
    per document)."""
    key = ("bracketed-town",)
    if key not in mentions.memo:
        towns: dict[str, tuple[Mention, str]] = {}
        for t, m in mentions.places(sdoc[:], inner=True):
            if is_source(t) or not bracketed_region(t, m):
                continue
            geo = place_of(m.name)
            if geo is not None and geo.type != "city":
                continue  # "la Gironde (France)": a region, not the town filmed
            where = place_of(bracket_text(t, m))
            towns.setdefault(geo.id if geo is not None else m.name.lower(), (m, where.id if where else ""))
        mentions.memo[key] = next(iter(towns.values())) if len(towns) == 1 else None
    found: tuple[Mention, str] | None = mentions.memo[key]
    return found


def bracket_text(t: Token, m: Mention) -> str:
    """The words in the brackets right after a place mention ("Tarare (Rhône)": "Rhône")."""
    doc = t.doc
    end = last_token(t, m.end)
    close = next((x.i for x in doc[end + 2 : end + 8] if x.text == ")"), end + 2)
    return doc[end + 2 : close].text


def town_of_region(
    t: Token, m: Mention, own: bool, token: Token | None, sdoc: Doc, mentions: MentionIndex
) -> Mention | None:
    """The report's one town said with its department ("le maire de Rivière-sur-Tarn (Aveyron)")
    for an event placed in that department ("dans l'Aveyron") by another sentence, or by its own
    only as whose ("un professeur de musique du Rhône"), when the event is of a kind that happens
    where a report is filmed: the town, not the department it lies in; else None."""
    if token is None or (own and is_located(t)):
        return None  # "un incendie s'est déclaré dans l'Aveyron": the sentence says the department
    trigger = match_trigger(token, mentions)
    geo = place_of(m.name)
    if trigger is None or trigger.type not in FILMED_TYPES or geo is None or geo.type != "region":
        return None
    if elsewhere(token):  # read last: it walks the sentence
        return None
    found = bracketed_town_in(sdoc, mentions)
    return found[0] if found is not None and found[1] == geo.id else None


ELSEWHERE = re.compile(r"\blà\s*-\s*bas\b|\bailleurs\b")
"""Words that place an act away from where the report is ("Là-bas, 1 000 hectares ont brûlé")."""

AREA_NOUNS = frozenset({"région", "département", "pays", "territoire"})
"""Nouns of an area said as where ("dans la région", "dans tout le département"): the act is the
area's, not the town's."""


def elsewhere(token: Token) -> bool:
    """Whether the event's sentence places it away from the report's town ("là-bas", "ailleurs":
    read from just before the sentence, which the parser may cut after "Là-bas") or
    across an area ("les pires incendies dans la région")."""
    sent = token.sent
    text = doc_text(token.doc)[max(0, sent.start_char - 8) : sent.end_char].lower()
    return bool(ELSEWHERE.search(text)) or any(x.lower_ in AREA_NOUNS and is_located(x) for x in sent)
