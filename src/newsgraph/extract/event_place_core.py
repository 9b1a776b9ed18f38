"""The place of a report's headline events: an event told in the report's opening sentences (what the
report is about) that neither its sentence, the scene before it nor the opening places happened
where the report was filmed, whatever its kind: "Le prix du carburant a encore grimpé", in a report
filmed "en direct de Marseille" or that names "Aubagne (Bouches-du-Rhône)" and no other town so.
``event_place_report.filmed_place`` lends that place to events of the kinds that happen where a
report is filmed, wherever they are told; here any kind is lent it, but only in the opening, where
the report says what it is about; not to an act said of a whole country (an invasion, a war), nor
when its sentence places it away from the report ("ailleurs", "dans la région")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsgraph.extract.event_parse import MentionIndex
from newsgraph.extract.event_place_lead import opening
from newsgraph.extract.event_place_names import named_ref
from newsgraph.extract.event_place_report import elsewhere, report_place
from newsgraph.extract.event_place_scale import country_scale
from newsgraph.model import Event


def in_opening(token: Token) -> bool:
    """Whether the token is in the report's opening sentences (its summary and first lines)."""
    return any(s.start <= token.i < s.end for s in opening(token.doc))


def core_place(token: Token, event: Event, mentions: MentionIndex) -> Event:
    """``event`` placed where the report was filmed when it is told in the opening and has no place;
    ``event`` unchanged otherwise."""
    if event.location is not None or country_scale(event.type, token) or not in_opening(token):
        return event
    found = report_place(token.doc, mentions)
    if found is None or elsewhere(token):
        return event
    return replace(event, location=named_ref(found.name))
